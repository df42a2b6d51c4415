import { OpenAPIHono, z } from "@hono/zod-openapi";
import { acceptRuleProposal } from "../../review/accept-rule-proposal.ts";
import { listProposals } from "../../review/list-proposals.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

const AcceptBodySchema = z
  .object({
    threshold: z.number().int().min(1).max(100).optional(),
    severity: z.enum(["block", "warn"]).optional(),
    suggestion: z.string().trim().min(1).max(300).optional(),
  })
  .strict();

const AcceptResultSchema = z.object({
  proposal: z.record(z.string(), z.unknown()),
  term_id: z.string(),
  revision: z.number().int(),
  rule_pack_version: z.string(),
});

export function ruleProposalRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/review/proposals",
      summary:
        "Proposed rule terms (kind=rule, from repeated rejections) or exceptions (kind=exception, from repeated dismissals), keyset-paged",
      permission: "drafts:read_all",
      request: {
        query: z
          .object({
            kind: z.enum(["rule", "exception"]).default("rule"),
            threshold: z.coerce.number().int().min(1).max(100).optional(),
            limit: z.coerce.number().int().min(1).max(100).default(20),
            cursor: z.string().min(1).max(500).optional(),
          })
          .strict(),
      },
      responses: {
        200: {
          description: "A page of proposals",
          content: {
            "application/json": {
              schema: z.object({
                proposals: z.array(z.record(z.string(), z.unknown())),
                next_cursor: z.string().nullable(),
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const page = await listProposals(c.get("context"), c.get("actor"), c.req.valid("query"));
      return c.json(
        page as unknown as { proposals: Record<string, unknown>[]; next_cursor: string | null },
        200,
      );
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/review/proposals/{id}/accept",
      summary: "Accept a rule addition proposed by the learning report into the rule pack (admin)",
      permission: "rules:write",
      request: {
        params: z.object({ id: z.string().regex(/^prop_[0-9a-f]{16}$/) }),
        body: { required: false, content: { "application/json": { schema: AcceptBodySchema } } },
      },
      responses: {
        200: {
          description: "The rule term added",
          content: { "application/json": { schema: AcceptResultSchema } },
        },
        404: { description: "No open proposal with this id" },
      },
    }),
    async (c) => {
      const body = c.req.valid("json") ?? {};
      const result = await acceptRuleProposal(c.get("context"), c.get("actor"), {
        id: c.req.valid("param").id,
        ...body,
      });
      return c.json(AcceptResultSchema.parse(result), 200);
    },
  );
  return app;
}
