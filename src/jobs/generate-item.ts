import { AsyncLocalStorage } from "node:async_hooks";
import type { AppContext } from "../context.ts";
import type { Database, Queryable } from "../db/database.ts";
import { generateDrafts } from "../generators/generate-drafts.ts";
import { GenerationError, type Generator } from "../generators/generator.ts";
import { MAX_ATTEMPTS } from "../generators/run-variant.ts";
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
 * drafts of the first) and a seed fixed by the key (a retry composes the same text).
 *
 * One difference from an interactive call: there, a provider that fails for good (timeouts, 429s and 5xx past
 * the client's retries, or malformed answers past the repairs) still leaves a blocked draft that says so; in a
 * job that would turn a passing outage into hundreds of drafts nobody can use, and the item's key would return
 * them on every retry. So for a job item a final provider failure stops the store (the INSERT INTO drafts is
 * refused, in or out of a transaction), and the item fails with the reason, to be retried by the queue's backoff
 * or `retry`. A draft that the checks blocked is still stored: a drafted item for a reviewer to edit.
 * (An option of generateDrafts to throw instead of storing such a draft would replace this interception.)
 */
export const generateJobItem: GenerateItem = async ({ context, actor, request, jobId, itemKey }) => {
  const seeded = { ...(request as Record<string, unknown>) };
  seeded.seed ??= itemKey;
  const drafts = await itemFailures.run([], () =>
    generateDrafts(jobContextOf(context), actor, seeded, { jobId, jobItemKey: itemKey }),
  );
  return { draftIds: drafts.map((draft) => draft.id) };
};

// The failures seen while generating the current item. The job context itself is built once per context, so
// what generation memoizes per context (retrieved material) serves every item of every job.
const itemFailures = new AsyncLocalStorage<GenerationError[]>();
const jobContexts = new WeakMap<AppContext, AppContext>();

function jobContextOf(context: AppContext): AppContext {
  let jobContext = jobContexts.get(context);
  if (!jobContext) {
    jobContext = {
      ...context,
      generator: watchFailures(context.generator),
      db: refuseStoreAfterFailure(context.db),
    };
    jobContexts.set(context, jobContext);
  }
  return jobContext;
}

/** Records each failure the pipeline cannot get past: non-repairable, or repairable on its last attempt. */
function watchFailures(generator: Generator): Generator {
  return {
    ...generator,
    async generate(input) {
      try {
        return await generator.generate(input);
      } catch (error) {
        const failure =
          error instanceof GenerationError
            ? error
            : new GenerationError(
                "upstream_error",
                error instanceof Error ? error.message : String(error),
                false,
              );
        if (!failure.repairable || input.attempt + 1 >= MAX_ATTEMPTS) itemFailures.getStore()?.push(failure);
        throw error;
      }
    },
  };
}

const DRAFT_INSERT = /^\s*INSERT\s+INTO\s+drafts\b/i;

/** After a final provider failure of the current item, the statement that would store its drafts is refused. */
function refuseDraftInsert(sql: string): Promise<never> | undefined {
  const failures = itemFailures.getStore() ?? [];
  const failure = failures[0];
  if (!failure || !DRAFT_INSERT.test(sql)) return undefined;
  const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : "";
  return Promise.reject(new ItemGenerationFailed(failure.code, `${failure.message}${more}`));
}

function guarded(target: Queryable): Queryable {
  return {
    query: (sql, params) => refuseDraftInsert(sql) ?? target.query(sql, params),
    exec: (sql) => refuseDraftInsert(sql) ?? target.exec(sql),
  };
}

function refuseStoreAfterFailure(db: Database): Database {
  return {
    kind: db.kind,
    ...guarded(db),
    close: () => db.close(),
    transaction: (work) => db.transaction((tx) => work(guarded(tx))),
  };
}
