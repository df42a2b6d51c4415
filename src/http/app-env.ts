import type { Actor } from "../auth/permissions.ts";
import type { AppContext } from "../context.ts";

export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor;
    context: AppContext;
  };
}
