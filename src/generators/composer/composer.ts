// The offline composer: assembles each channel's draft from retrieved approved material with the layouts and
// phrases of prompts/composer/. It asks no model and is never presented as one (kind "composer").
import type { ChannelContent } from "../channel-content.ts";
import type { GenerationInput, GenerationOutput, Generator } from "../generator.ts";
import { composeContext } from "./compose-context.ts";
import { composeGroup } from "./compose-group.ts";
import { type Composed, composeMoments } from "./compose-moments.ts";
import { composeOutbound } from "./compose-outbound.ts";
import { composePrivate } from "./compose-private.ts";
import { composeSms } from "./compose-sms.ts";
import { loadLayouts } from "./layouts.ts";
import { loadPhrases } from "./phrases.ts";
import { citationsOf } from "./pieces.ts";

export function createComposer(): Generator {
  const layouts = loadLayouts();
  const { phrases } = loadPhrases();
  const compose = (input: GenerationInput): Composed<ChannelContent> => {
    const context = composeContext(input, phrases);
    switch (input.request.channel) {
      case "moments":
        return composeMoments(context, layouts);
      case "group":
        return composeGroup(context, layouts);
      case "private":
        return composePrivate(context, layouts);
      case "sms":
        return composeSms(context, layouts);
      case "outbound":
        return composeOutbound(context);
    }
  };
  return {
    kind: "composer",
    name: "liangyan-composer",
    model: null,
    promptVersion: layouts.version,
    async generate(input): Promise<GenerationOutput> {
      const { content, pieces } = compose(input);
      return { content, citations: citationsOf(pieces), prompt: null, usage: null, model: null };
    },
  };
}
