import { OpenAPIHono, z } from "@hono/zod-openapi";
import { listDraftVersions } from "../../review/draft-versions.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

const VersionSchema = z.object({
  version: z.number().int(),
  status: z.string(),
  body: z.string(),
  verdict: z.string(),
  made_by: z.string(),
  made_by_name: z.string(),
  created_at: z.string(),
  current: z.boolean(),
});

export function draftVersionRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/drafts/{id}/versions",
      summary: "Every text the draft has had, oldest first, the current one last (to compare versions)",
      permission: "drafts:read_own",
      request: { params: z.object({ id: z.string().min(1).max(200) }) },
      responses: {
        200: {
          description: "The versions",
          content: { "application/json": { schema: z.object({ versions: z.array(VersionSchema) }) } },
        },
        404: { description: "No such draft (or not yours)" },
      },
    }),
    async (c) => {
      const versions = await listDraftVersions(c.get("context"), c.get("actor"), c.req.valid("param").id);
      return c.json({ versions }, 200);
    },
  );
  return app;
}
