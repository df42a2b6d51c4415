// One interface for whatever writes the draft: the offline composer or an OpenAI-compatible model.
import type { Finding } from "../compliance/types.ts";
import type { Citation } from "../drafts/draft.ts";
import type { ChannelContent } from "./channel-content.ts";
import type { GenerateRequest } from "./generate-request.ts";
import type { GroundingFinding } from "./grounding.ts";
import type { Material } from "./material.ts";

export interface GenerationInput {
  request: GenerateRequest;
  material: Material;
  /** 0-based variant index; variants of one request must differ. */
  variant: number;
  /** 0 for the first try, then 1, 2 for repairs. */
  attempt: number;
  seed: string;
  /** What the checks said about the previous attempt (empty on the first). */
  feedback: { findings: Finding[]; grounding: GroundingFinding[]; error?: string };
  /** Items a previous attempt used around a blocked span: the composer picks other material. */
  avoid: ReadonlySet<string>;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface GenerationOutput {
  content: ChannelContent;
  citations: Citation[];
  /** The rendered prompt (a model) or null (the composer asks nothing). */
  prompt: string | null;
  usage: Usage | null;
  model: string | null;
}

export interface Generator {
  kind: "llm" | "composer";
  name: string;
  model: string | null;
  /** Content hash of the templates that shaped the output. */
  promptVersion: string;
  generate(input: GenerationInput): Promise<GenerationOutput>;
}

export type GenerationFailureCode =
  | "malformed_output"
  | "timeout"
  | "upstream_error"
  | "rate_limited"
  | "no_material";

/** A failure the pipeline records on the draft (never thrown past it). `repairable`: worth asking again. */
export class GenerationError extends Error {
  constructor(
    readonly code: GenerationFailureCode,
    message: string,
    readonly repairable: boolean,
    readonly prompt: string | null = null,
  ) {
    super(message);
  }
}
