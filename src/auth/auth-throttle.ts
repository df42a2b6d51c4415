// Failed authentications are counted per client address and per key prefix in fixed windows, in the
// database so every process sharing it sees the same counts. A subject over its limit is refused (429) before
// its key is even looked at: a guesser must not learn whether a guess was right while throttled.
// Successful requests cost one indexed read and write nothing, unlike a general request limiter that counts
// (and uncounts) every request.
import type { Queryable } from "../db/database.ts";

export interface ThrottleLimits {
  /** failed attempts allowed per client address in one window */
  perAddress: number;
  /** failed attempts allowed per key prefix in one window */
  perPrefix: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perAddress: 20, perPrefix: 10, windowSeconds: 60 };

export interface ThrottleSubjects {
  address: string;
  /** the key's first characters; absent when no key was sent */
  prefix?: string | undefined;
}

function subjects(who: ThrottleSubjects): Array<{ scope: "address" | "prefix"; subject: string }> {
  return [
    { scope: "address" as const, subject: who.address },
    ...(who.prefix ? [{ scope: "prefix" as const, subject: who.prefix }] : []),
  ];
}

export interface AuthThrottle {
  /** Seconds until the caller may try again, or 0 when it may try now. */
  retryAfter(who: ThrottleSubjects): Promise<number>;
  recordFailure(who: ThrottleSubjects): Promise<void>;
}

/** Windows older than this are deleted now and then, so addresses seen once do not pile up. */
const KEEP_SECONDS = 86_400;
const PRUNE_EVERY = 500;

export function createAuthThrottle(db: Queryable, limits: ThrottleLimits = DEFAULT_THROTTLE): AuthThrottle {
  let sincePrune = 0;
  return {
    async retryAfter(who) {
      const list = subjects(who);
      const { rows } = await db.query<{ wait: number }>(
        `SELECT ceil(extract(epoch FROM (f.window_start + make_interval(secs => $3)) - now()))::int AS wait
           FROM auth_failures f JOIN unnest($1::text[], $2::text[]) AS s(scope, subject)
             ON f.scope = s.scope AND f.subject = s.subject
          WHERE f.window_start > now() - make_interval(secs => $3)
            AND f.failures >= CASE f.scope WHEN 'address' THEN $4::int ELSE $5::int END`,
        [
          list.map((entry) => entry.scope),
          list.map((entry) => entry.subject),
          limits.windowSeconds,
          limits.perAddress,
          limits.perPrefix,
        ],
      );
      return Math.max(0, ...rows.map((row) => Math.max(1, Number(row.wait))));
    },
    async recordFailure(who) {
      for (const { scope, subject } of subjects(who)) {
        // one statement per subject: a window that has passed starts again at one
        await db.query(
          `INSERT INTO auth_failures (scope, subject, window_start, failures) VALUES ($1, $2, now(), 1)
           ON CONFLICT (scope, subject) DO UPDATE SET
             failures = CASE WHEN auth_failures.window_start <= now() - make_interval(secs => $3)
                             THEN 1 ELSE auth_failures.failures + 1 END,
             window_start = CASE WHEN auth_failures.window_start <= now() - make_interval(secs => $3)
                                 THEN now() ELSE auth_failures.window_start END`,
          [scope, subject, limits.windowSeconds],
        );
      }
      if (++sincePrune >= PRUNE_EVERY) {
        sincePrune = 0;
        await db.query("DELETE FROM auth_failures WHERE window_start < now() - make_interval(secs => $1)", [
          Math.max(KEEP_SECONDS, limits.windowSeconds),
        ]);
      }
    },
  };
}
