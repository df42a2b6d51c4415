import { OpenAPIHono, z } from "@hono/zod-openapi";
import { DomainError } from "../../domain/errors.ts";
import { CHANNELS, INDUSTRIES, SCENARIOS, STAGES, TIERS } from "../../domain/vocabulary.ts";
import { getLibraryItem } from "../../rag/get-library-item.ts";
import { ingestItems } from "../../rag/ingest-items.ts";
import { ingestSheet } from "../../rag/ingest-sheet.ts";
import { AUDIENCES, ITEM_KINDS } from "../../rag/library-item.ts";
import { listLibraryItems } from "../../rag/list-library-items.ts";
import { retrieve } from "../../rag/retrieve.ts";
import type { AppEnv } from "../app-env.ts";
import { authorizedRoute } from "../authorized-route.ts";

const kindsParam = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((kind) => kind.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(ITEM_KINDS)));

const SearchQuerySchema = z
  .object({
    query: z.string().trim().min(1).max(500),
    industry: z.enum(INDUSTRIES),
    stage: z.enum(STAGES).optional(),
    tier: z.enum(TIERS).optional(),
    channel: z.enum(CHANNELS).optional(),
    scenario: z.enum(SCENARIOS).optional(),
    kinds: kindsParam.optional().openapi({ type: "string", description: "Comma-separated item kinds" }),
    k: z.coerce.number().int().min(1).max(50).default(5),
    at: z.iso.date().optional().describe("Material must be valid on this day (default today)"),
    mode: z.enum(["hybrid", "vector", "keyword"]).default("hybrid"),
    audience: z.enum(AUDIENCES).optional().describe("customer text or guidance only (default both)"),
  })
  .strict();

const SearchResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      kind: z.string(),
      audience: z.enum(AUDIENCES),
      industry: z.string(),
      title: z.string(),
      product: z.string().nullable(),
      text: z.string(),
      score: z.number(),
      source: z.string(),
      approved_by: z.string(),
      valid_until: z.string().nullable(),
      benefit_type: z.string().nullable(),
      notice_type: z.string().nullable(),
      tags: z.array(z.string()),
    }),
  ),
});

// Items are validated one by one by the ingest verb (so one bad item does not sink the batch); the route
// only checks the envelope.
const IngestBodySchema = z.union([
  z.object({ items: z.array(z.record(z.string(), z.unknown())).min(1).max(1000) }).strict(),
  z
    .record(z.string(), z.unknown())
    .refine((value) => !("items" in value), "send one item, or { items: [...] }"),
]);

const IngestFormSchema = z.object({
  file: z
    .any()
    .openapi({ type: "string", format: "binary", description: ".xlsx (first sheet) or CSV, one item a row" }),
});

const IngestReportSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  retired: z.number().int(),
  rejected: z.number().int(),
  embedded: z.number().int(),
  embedder: z.string(),
  rejections: z.array(
    z.object({
      origin: z.string(),
      id: z.string().optional(),
      field: z.string().optional(),
      message: z.string(),
    }),
  ),
});

const ItemSchema = z
  .object({ id: z.string(), versions: z.array(z.object({ version: z.number().int() }).passthrough()) })
  .passthrough();

const ListItemsQuerySchema = z
  .object({
    industry: z.enum(INDUSTRIES).optional(),
    kind: z.enum(ITEM_KINDS).optional(),
    status: z.enum(["active", "retired"]).default("active"),
    contains: z.string().trim().min(1).max(100).optional().describe("Part of the title or text"),
    limit: z.coerce.number().int().min(1).max(100).default(30),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();

const ItemPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      industry: z.string(),
      title: z.string(),
      product: z.string().nullable(),
      version: z.number().int(),
      status: z.string(),
      source: z.string(),
      approved_by: z.string(),
      valid_until: z.string().nullable(),
      updated_at: z.string(),
    }),
  ),
  next_cursor: z.string().nullable(),
});

export function libraryRoutes() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/library/search",
      summary: "Search approved material with hard filters and hybrid ranking",
      permission: "library:read",
      request: { query: SearchQuerySchema },
      responses: {
        200: { description: "Ranked items", content: { "application/json": { schema: SearchResultSchema } } },
      },
    }),
    async (c) => {
      const input = c.req.valid("query");
      const results = await retrieve(c.get("context"), input);
      return c.json(SearchResultSchema.parse({ results }), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "post",
      path: "/v1/library/items",
      summary:
        "Add or update approved items (one, { items: [...] }, or a multipart .xlsx/CSV sheet); bad items are reported by index or row and field",
      permission: "library:write",
      request: {
        body: {
          // Each content type is validated when it is the one sent (required: true would run both validators).
          required: false,
          content: {
            "application/json": { schema: IngestBodySchema },
            "multipart/form-data": { schema: IngestFormSchema },
          },
        },
      },
      responses: {
        200: {
          description: "Ingest report",
          content: { "application/json": { schema: IngestReportSchema } },
        },
        422: { description: "No item was valid, or the file cannot be read" },
      },
    }),
    async (c) => {
      const isForm = (c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
      let report: Awaited<ReturnType<typeof ingestItems>>;
      if (isForm) {
        const { file } = c.req.valid("form" as never) as z.output<typeof IngestFormSchema>;
        if (!(file instanceof File)) {
          throw new DomainError("invalid_request", "attach the spreadsheet as the form field 'file'", [
            { in: "body", field: "file", message: "expected a file" },
          ]);
        }
        report = await ingestSheet(c.get("context"), c.get("actor"), {
          filename: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        });
      } else {
        const body = c.req.valid("json" as never) as z.output<typeof IngestBodySchema> | undefined;
        if (!body) {
          throw new DomainError(
            "invalid_request",
            "send one item or { items: [...] } as JSON, or a spreadsheet",
            [{ in: "body", field: "(root)", message: "required" }],
          );
        }
        const list = Array.isArray(body.items) ? body.items : [body];
        const records = list.map((record, index) => ({ origin: `items[${index}]`, record }));
        report = await ingestItems(c.get("context"), {
          records,
          collection: "api",
          retireMissing: false,
          actor: c.get("actor"),
        });
      }
      const accepted = report.added + report.updated + report.unchanged;
      if (accepted === 0) {
        throw new DomainError(
          "invalid_request",
          `no item was valid: ${report.rejections.map((r) => `${r.origin}.${r.field ?? ""}: ${r.message}`).join("; ")}`,
          report.rejections.map((r) => ({
            in: "body",
            field: `${r.origin}${r.field ? `.${r.field}` : ""}`,
            message: r.message,
          })),
        );
      }
      return c.json(IngestReportSchema.parse(report), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/library/items",
      summary: "Browse items by industry, kind and status, in id order, keyset-paged",
      permission: "library:read",
      request: { query: ListItemsQuerySchema },
      responses: {
        200: { description: "A page of items", content: { "application/json": { schema: ItemPageSchema } } },
      },
    }),
    async (c) => {
      const page = await listLibraryItems(c.get("context"), c.req.valid("query"));
      return c.json(ItemPageSchema.parse(page), 200);
    },
  );

  app.openapi(
    authorizedRoute({
      method: "get",
      path: "/v1/library/items/{id}",
      summary: "One item with its versions",
      permission: "library:read",
      request: { params: z.object({ id: z.string().min(1).max(120) }) },
      responses: {
        200: { description: "The item", content: { "application/json": { schema: ItemSchema } } },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const item = await getLibraryItem(c.get("context"), id);
      if (!item) throw new DomainError("not_found", `no library item '${id}'`);
      return c.json(ItemSchema.parse(item), 200);
    },
  );

  return app;
}
