import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";

export interface GenerateItemInput {
  context: AppContext;
  /** The job's author: the drafts are theirs, and go to review like any other. */
  actor: Actor;
  request: unknown;
  jobId: string;
  /** The item's idempotency key: a second run of the same item stores no second draft. */
  itemKey: string;
  /** 1 on the first try; more on a retry or after a worker died holding the item. */
  attempt: number;
}

/** Generates the drafts of one job item and returns their ids. Throws when the item should be retried. */
export type GenerateItem = (input: GenerateItemInput) => Promise<{ draftIds: string[] }>;
