import { OpenAPIHono, z } from "@hono/zod-openapi";
import { checkText } from "../../compliance/check-text.ts";
import { CheckRequestSchema, VerdictSchema } from "../../compliance/verdict-schema.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

/**
 * The longest text one request may check. The engine's work is linear in the text and long texts run on
 * worker threads, but a limit keeps one request's cost known; longer texts are refused up front with 422.
 */
export const MAX_CHECK_TEXT = 100_000;

const HttpCheckRequestSchema = CheckRequestSchema.extend({
  text: z
    .string()
    .max(MAX_CHECK_TEXT)
    .describe(`The text to check, at most ${MAX_CHECK_TEXT} characters (422 above)`),
}).strict();

export function complianceRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/compliance/check",
      summary:
        "Check any text: rules, personal data, required elements, then the judge; a verdict with spans",
      description:
        `Texts up to ${MAX_CHECK_TEXT} characters; longer ones get 422 naming the limit. Long texts are checked ` +
        "on worker threads; when all are busy and their queue is full the answer is 503 with Retry-After. " +
        "Findings are listed up to 20 per rule and 200 in all; findings_total counts them all.",
      permission: "compliance:check",
      // the text is read, never stored, and evasions (NUL, lone surrogates between characters) are what the
      // check must see, so this route opts out of the storable-text refinement
      acceptsAnyText: true,
      request: {
        body: { required: true, content: { "application/json": { schema: HttpCheckRequestSchema } } },
      },
      responses: {
        200: { description: "The verdict", content: { "application/json": { schema: VerdictSchema } } },
        503: { description: "Every check thread is busy and the queue is full: retry after Retry-After" },
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const engine = c.get("context").compliance;
      const pool = c.get("checkPool");
      const verdict = pool ? await pool.check(input, engine) : await checkText(input, engine);
      return c.json(VerdictSchema.parse(verdict), 200);
    },
  );

  return app;
}
