import type { Actor } from "../auth/permissions.ts";
import type { CheckPool } from "../check-pool/check-pool.ts";
import type { AppContext } from "../context.ts";
import type { Logger } from "../observability/logger.ts";

export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor;
    context: AppContext;
    /** this request's logger: every line carries its request id */
    log: Logger;
    /** worker threads for compliance checks of long texts, when the server runs them */
    checkPool: CheckPool | undefined;
    /** aborts when the server begins to shut down: streams end with an `end` event */
    shutdown: AbortSignal;
  };
}
