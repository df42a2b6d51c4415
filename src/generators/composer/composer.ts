// The offline composer: each draft is ONE approved frame for its channel, stage, scenario (and message type),
// its slots filled only from items eligible for the segment, shaped for its channel. It asks no model and is
// never presented as one (kind "composer").
import type { ChannelContent } from "../channel-content.ts";
import {
  GenerationError,
  type GenerationInput,
  type GenerationOutput,
  type Generator,
} from "../generator.ts";
import { composeOutbound } from "./compose-outbound.ts";
import { chooseFrames, type FilledFrame } from "./frame-fill.ts";
import { loadPhrases, type Phrases } from "./phrases.ts";
import { citationsOf, type Piece } from "./pieces.ts";
import { shapeGroup, shapeMoments, shapePrivate, shapeSms } from "./shape.ts";

/** The rep's name fills {顾问姓名} when the request gives it; other merge fields stay for the sending tool. */
function personalize(text: string, name: string | undefined): string {
  return name ? text.replaceAll("{顾问姓名}", name) : text;
}

export function compose(
  input: GenerationInput,
  phrases: Phrases,
): { content: ChannelContent; pieces: Piece[]; frame: FilledFrame } {
  const { request, material, variant, attempt, seed, avoid } = input;
  const rotation = variant + attempt;
  const choice = chooseFrames({ request, material, avoid }, seed, rotation);
  const filled = choice.filled[rotation % Math.max(choice.filled.length, 1)];
  if (!filled) {
    const why = choice.unfillable.map((entry) => `${entry.frame.id}: ${entry.reason}`).join("; ");
    throw new GenerationError(
      "no_material",
      `no approved frame fits this request${why ? ` (${why})` : ""}`,
      false,
    );
  }
  const frame: FilledFrame = { ...filled, text: personalize(filled.text, request.persona.name) };
  const turn = Math.floor(rotation / Math.max(choice.filled.length, 1));
  const shaped = (() => {
    switch (request.channel) {
      case "moments":
        return shapeMoments(material, frame);
      case "group":
        return shapeGroup(material, frame);
      case "private":
        return shapePrivate(material, frame);
      case "sms":
        return shapeSms(material, frame);
      case "outbound":
        return composeOutbound(material, frame, phrases, turn);
    }
  })();
  return { content: shaped.content, pieces: [...frame.pieces, ...shaped.added], frame };
}

export function createComposer(): Generator {
  const { phrases, version } = loadPhrases();
  return {
    kind: "composer",
    name: "liangyan-composer",
    model: null,
    promptVersion: version,
    async generate(input): Promise<GenerationOutput> {
      const { content, pieces } = compose(input, phrases);
      return { content, citations: citationsOf(pieces), prompt: null, usage: null, model: null };
    },
  };
}
