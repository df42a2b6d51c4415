// Compliance checks of long texts run on worker threads, so one large or adversarial text never holds the
// request thread (and every other request, /healthz included) for its whole duration. Short texts are checked
// in place: a round trip to a thread costs more than they do.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { checkText } from "../compliance/check-text.ts";
import type { Engine } from "../compliance/default-engine.ts";
import type { RulePack } from "../compliance/rules/rule-pack.ts";
import type { CheckInput, Verdict } from "../compliance/types.ts";
import { DomainError } from "../domain/errors.ts";
import type { CheckResult, CheckTask, JudgeSpec } from "./check-worker.ts";

/** Texts at least this long go to a thread. */
export const POOL_MIN_TEXT = 2_000;

export interface CheckPoolOptions {
  /** threads; default one fewer than the machine's cores (the request thread keeps one), at least one */
  threads?: number;
  /** checks waiting for a thread before new ones are refused with 503; default 8 per thread */
  maxQueue?: number;
  /** the judge the threads build: the offline classifier unless an LLM judge is configured */
  judge?: JudgeSpec;
  /** how long a refused client should wait, in seconds */
  retryAfterSeconds?: number;
}

export interface CheckPool {
  check(input: CheckInput, engine: Engine): Promise<Verdict>;
  /** the same, on a thread whatever the length, with the engine's own time (benchmarks) */
  checkOnThread(input: CheckInput, engine: Engine): Promise<CheckResult>;
  /** checks waiting for a thread (for /metrics) */
  readonly queued: number;
  close(): Promise<void>;
}

export function createCheckPool(options: CheckPoolOptions = {}): CheckPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const piscina = new Piscina<CheckTask, CheckResult>({
    filename: new URL("./worker-entry.js", import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? threads * 8,
    idleTimeout: 60_000,
  });
  const judge = options.judge ?? { kind: "classifier" };
  // each pack object gets a number, so a thread recompiles only when the pack really changed
  const packKeys = new WeakMap<RulePack, number>();
  let nextKey = 1;
  const keyOf = (pack: RulePack) => {
    let key = packKeys.get(pack);
    if (key === undefined) {
      key = nextKey++;
      packKeys.set(pack, key);
    }
    return key;
  };
  const onThread = async (input: CheckInput, engine: Engine): Promise<CheckResult> => {
    const pack = engine.rulePack.pack;
    try {
      return await piscina.run({ input, pack, packKey: keyOf(pack), judge });
    } catch (error) {
      if (error instanceof Error && /queue is at limit/i.test(error.message)) {
        const retryAfter = options.retryAfterSeconds ?? 2;
        throw new DomainError(
          "overloaded",
          `too many long texts are being checked; retry in ${retryAfter} s`,
          [],
          { retry_after: retryAfter },
        );
      }
      throw error;
    }
  };
  return {
    async check(input, engine) {
      if (input.text.length < POOL_MIN_TEXT) return checkText(input, engine);
      return (await onThread(input, engine)).verdict;
    },
    checkOnThread: onThread,
    get queued() {
      return piscina.queueSize;
    },
    close: () => piscina.destroy(),
  };
}
