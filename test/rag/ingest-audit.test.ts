// Ingest is a write verb like the others: it takes an actor, checks the permission, and every change to the
// library writes its audit row in the transaction of the change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/auth/permissions.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { ingestItems } from "../../src/rag/ingest-items.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

let context: TestContext;
const ops: Actor = { id: "act_ops", name: "运营 小王", role: "ops" };
const sales: Actor = { id: "act_sales", name: "销售 小周", role: "sales" };

const record = (id: string, text: string) => ({
  origin: id,
  record: {
    id,
    kind: "faq",
    audience: "customer",
    industry: "pets",
    title: "换粮要几天",
    text,
    source: "客服知识库",
    approved_by: "品牌部 林悦",
  },
});

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

async function audit() {
  const { rows } = await context.db.query<{
    item_id: string;
    item_version: number;
    action: string;
    actor_id: string;
  }>("SELECT item_id, item_version, action, actor_id FROM library_audit ORDER BY id");
  return rows;
}

describe("ingest audit", () => {
  it("names the API caller on each added and updated item, and writes nothing for an unchanged one", async () => {
    const first = "换粮建议7天过渡，新旧粮按比例逐步替换。";
    await ingestItems(context, {
      records: [record("pets-faq-switch", first)],
      collection: "api",
      retireMissing: false,
      actor: ops,
    });
    await ingestItems(context, {
      records: [record("pets-faq-switch", first)],
      collection: "api",
      retireMissing: false,
      actor: ops,
    });
    await ingestItems(context, {
      records: [record("pets-faq-switch", "换粮建议7到10天过渡，新旧粮按比例逐步替换。")],
      collection: "api",
      retireMissing: false,
      actor: ops,
    });
    expect(await audit()).toEqual([
      { item_id: "pets-faq-switch", item_version: 1, action: "added", actor_id: "act_ops" },
      { item_id: "pets-faq-switch", item_version: 2, action: "updated", actor_id: "act_ops" },
    ]);
  });

  it("a retirement by a folder ingest is the system actor's, and the trail refuses changes", async () => {
    await ingestItems(context, {
      records: [record("pets-faq-bath", "幼犬三个月内不建议洗澡。")],
      collection: "files:/x",
      retireMissing: false,
    });
    await ingestItems(context, { records: [], collection: "files:/x", retireMissing: true });
    const rows = (await audit()).filter((row) => row.item_id === "pets-faq-bath");
    expect(rows.map((row) => [row.action, row.actor_id])).toEqual([
      ["added", "system"],
      ["retired", "system"],
    ]);
    await expect(context.db.query("UPDATE library_audit SET actor_id = 'someone'")).rejects.toThrow(
      /append-only/,
    );
  });

  it("refuses a caller without library:write and changes nothing", async () => {
    const before = await audit();
    await expect(
      ingestItems(context, {
        records: [record("pets-faq-food", "成猫每天两餐。")],
        collection: "api",
        retireMissing: false,
        actor: sales,
      }),
    ).rejects.toSatisfy((error) => error instanceof DomainError && error.code === "forbidden");
    expect(await audit()).toEqual(before);
    const { rows } = await context.db.query("SELECT 1 FROM library_items WHERE id = 'pets-faq-food'");
    expect(rows).toEqual([]);
  });
});
