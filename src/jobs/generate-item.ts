import { generateDrafts, ProviderFailedError } from "../generators/generate-drafts.ts";
import type { GenerateItem } from "./item-generator.ts";

/** The provider failed for good on this try: the item is retried later and no draft is stored now. */
export class ItemGenerationFailed extends Error {
  override readonly name = "ItemGenerationFailed";
  /** A provider outage may pass; missing material (no_material) does not until the library changes. */
  readonly retryable: boolean;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.retryable = code !== "no_material";
  }
}

/**
 * A job item through the one generation verb, generateDrafts, with the item's key (a second run returns the
 * drafts of the first) and a seed fixed by the key (a retry composes the same text). A final provider failure
 * fails the item instead of storing a blocked draft (failOnProviderError), so the queue's backoff or `retry`
 * tries again; a draft that the checks blocked is still stored, a drafted item for a reviewer to edit.
 */
export const generateJobItem: GenerateItem = async ({ context, actor, request, jobId, itemKey }) => {
  const seeded = { ...(request as Record<string, unknown>) };
  seeded.seed ??= itemKey;
  try {
    const drafts = await generateDrafts(context, actor, seeded, {
      jobId,
      jobItemKey: itemKey,
      failOnProviderError: true,
    });
    return { draftIds: drafts.map((draft) => draft.id) };
  } catch (error) {
    if (error instanceof ProviderFailedError) throw new ItemGenerationFailed(error.code, error.message);
    throw error;
  }
};
