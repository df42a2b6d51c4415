import { OpenAPIHono } from "@hono/zod-openapi";
import { checkText } from "../../compliance/check-text.ts";
import { CheckRequestSchema, VerdictSchema } from "../../compliance/verdict-schema.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

export function complianceRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/compliance/check",
      summary:
        "Check any text: rules, personal data, required elements, then the judge; a verdict with spans",
      permission: "compliance:check",
      request: { body: { required: true, content: { "application/json": { schema: CheckRequestSchema } } } },
      responses: {
        200: { description: "The verdict", content: { "application/json": { schema: VerdictSchema } } },
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const verdict = await checkText(input, c.get("context").compliance);
      return c.json(VerdictSchema.parse(verdict), 200);
    },
  );

  return app;
}
