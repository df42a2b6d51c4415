// A fresh test context with the real content library ingested (each test file gets its own database).

import { authenticate } from "../../src/auth/api-keys.ts";
import type { Actor } from "../../src/auth/permissions.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

export const CONTENT_LIBRARY = new URL("../../content-library/", import.meta.url).pathname;

export async function libraryContext(
  options: Parameters<typeof createTestContext>[0] = {},
): Promise<TestContext & { actor(role?: Actor["role"]): Promise<Actor> }> {
  const context = await createTestContext(options);
  await ingestFolder(context, CONTENT_LIBRARY);
  return Object.assign(context, {
    async actor(role: Actor["role"] = "sales") {
      const actor = await authenticate(context.db, await context.keyFor(role));
      if (!actor) throw new Error("no actor");
      return actor;
    },
  });
}
