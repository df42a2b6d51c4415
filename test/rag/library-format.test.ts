// The library format (docs/library-format.md): every rule names the field it holds on, the finance worked
// example passes whole, and ingest stores what generation reads (audience, customers, tone, clause...).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { ingestItems } from "../../src/rag/ingest-items.ts";
import { loadLibraryFiles } from "../../src/rag/load-library-files.ts";
import { retrieve } from "../../src/rag/retrieve.ts";
import { validateItems } from "../../src/rag/validate-items.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const base = {
  audience: "customer",
  industry: "finance",
  title: "t",
  source: "s",
  approved_by: "a",
};
const offer = {
  ...base,
  id: "t-offer",
  kind: "benefit",
  benefit_type: "coupon",
  text: "首次开户绑卡可领10元立减金，每人一次。",
  clause: "首次开户绑卡可领10元立减金（每人一次）",
  valid_until: "2026-12-31",
  customers: ["new"],
};
const frame = {
  ...base,
  id: "t-frame",
  kind: "phrasing",
  channels: ["private"],
  text: "{客户称呼}您好，我是{{brand}}的{顾问姓名}。{{benefit}}，{{deadline}}前有效。需要我把入口发您吗？",
};

function problems(record: Record<string, unknown>): Array<{ field?: string; message: string }> {
  return validateItems([{ origin: "x.yaml#0", record }]).rejected.map(({ field, message }) => ({
    ...(field ? { field } : {}),
    message,
  }));
}

describe("library format rules", () => {
  it("accepts a well-formed offer and frame", () => {
    expect(problems(offer)).toEqual([]);
    expect(problems(frame)).toEqual([]);
  });

  it("an offer needs its clause and last day, and a clause says no number its text does not", () => {
    const { clause: _clause, valid_until: _until, ...bare } = offer;
    expect(problems(bare).map((p) => p.field)).toEqual(["clause", "valid_until"]);
    expect(problems({ ...offer, clause: "首次开户绑卡可领20元立减金" })).toEqual([
      { field: "clause", message: expect.stringContaining("20") },
    ]);
    expect(problems({ ...offer, clause: "首次开户绑卡可领10元立减金。" })[0]?.field).toBe("clause");
  });

  it("names unknown slots, holes and misplaced slots", () => {
    expect(problems({ ...frame, text: `${frame.text}{{price}}` })[0]).toMatchObject({
      field: "text",
      message: expect.stringContaining("{{price}} is not a slot"),
    });
    expect(problems({ ...frame, text: frame.text.replace("{{brand}}", "{品牌}") })[0]?.message).toContain(
      "{品牌} is a hole",
    );
    expect(problems({ ...offer, text: "{{benefit}}可领10元立减金。" })[0]?.message).toContain(
      "only a frame (phrasing) has slots",
    );
    expect(problems({ ...frame, text: frame.text.replace("{{benefit}}，", "") })[0]?.message).toContain(
      "{{deadline}}",
    );
  });

  it("keeps guidance out of customer kinds and customer text out of policies", () => {
    expect(problems({ ...frame, audience: "guidance" })[0]?.field).toBe("audience");
    expect(problems({ ...base, id: "t-policy", kind: "policy", text: "不得承诺收益。" })[0]?.field).toBe(
      "audience",
    );
  });

  it("checks each channel's frame shape", () => {
    expect(problems({ ...frame, channels: ["private", "moments"] })[0]?.field).toBe("channels");
    expect(problems({ ...frame, text: "{客户称呼}您好。这是一条消息。再见。" })[0]?.message).toContain(
      "soft question",
    );
    const group = { ...frame, channels: ["group"], message_types: ["morning", "welcome"] };
    expect(problems(group)[0]?.field).toBe("message_types");
    const script = {
      ...frame,
      channels: ["outbound"],
      text: "【开场】您好，我是和信银行的AI助理。\n随便说一句",
    };
    const messages = problems(script).map((p) => p.message);
    expect(messages.some((m) => m.includes("section marker"))).toBe(true);
    expect(messages.some((m) => m.includes("【结束】"))).toBe(true);
    expect(problems({ ...frame, text: "{{opening}}{客户称呼}您好。好的。可以吗？" })[0]?.field).toBe(
      "openings",
    );
  });

  it("an sms_signature notice is the signature alone", () => {
    const notice = {
      ...base,
      id: "t-sig",
      kind: "notice",
      notice_type: "sms_signature",
      text: "【和信银行】",
    };
    expect(problems(notice)).toEqual([]);
    expect(problems({ ...notice, text: "短信须以【和信银行】开头" })[0]?.field).toBe("text");
  });

  it("the finance worked example is valid whole", async () => {
    const dir = new URL("../../content-library/finance/", import.meta.url).pathname;
    const { items, errors } = await loadLibraryFiles(dir);
    const { valid, rejected } = validateItems(items);
    expect(errors).toEqual([]);
    expect(rejected).toEqual([]);
    expect(valid.length).toBeGreaterThanOrEqual(40);
    expect(valid.filter(({ item }) => item.audience === "guidance").length).toBeGreaterThan(0);
  });
});

describe("ingest stores the format's fields", () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestContext({ now: new Date("2026-12-01T08:00:00Z") });
  });
  afterAll(async () => {
    await context.close();
  });

  it("keeps audience, customers, tone, clause, openings and benefit_types, and retrieval filters by audience", async () => {
    const dir = new URL("../../content-library/finance/", import.meta.url).pathname;
    const report = await ingestFolder(context, dir);
    expect(report.rejected).toBe(0);
    const { rows } = await context.db.query<Record<string, unknown>>(
      `SELECT id, audience, customers, tone, clause, openings, benefit_types FROM library_items
       WHERE id IN ('fin-benefit-new-account-coupon', 'fin-frame-moments-interest-relaxed', 'fin-policy-no-promise',
         'fin-phrase-group-deals-roundup') ORDER BY id`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        id: "fin-benefit-new-account-coupon",
        customers: ["new"],
        clause: expect.any(String),
      }),
      expect.objectContaining({
        id: "fin-frame-moments-interest-relaxed",
        tone: "relaxed",
        openings: expect.arrayContaining([expect.any(String)]),
      }),
      expect.objectContaining({
        id: "fin-phrase-group-deals-roundup",
        benefit_types: ["coupon", "red_packet", "points"],
      }),
      expect.objectContaining({ id: "fin-policy-no-promise", audience: "guidance" }),
    ]);
    const filter = { industry: "finance" as const, query: "承诺 收益 保本", k: 50 };
    const customer = await retrieve(context, { ...filter, audience: "customer" });
    const guidance = await retrieve(context, { ...filter, audience: "guidance" });
    expect(customer.length).toBeGreaterThan(0);
    expect(customer.every((item) => item.audience === "customer")).toBe(true);
    expect(guidance.map((item) => item.id)).toContain("fin-policy-no-promise");
    expect(guidance.every((item) => item.audience === "guidance")).toBe(true);
  });

  it("an item posted over the API is rejected by field, and the good one goes in", async () => {
    const report = await ingestItems(context, {
      records: [
        { origin: "items[0]", record: { ...offer, id: "t-api-offer" } },
        { origin: "items[1]", record: { ...offer, id: "t-api-bad", clause: undefined } },
      ],
      collection: "api",
      retireMissing: false,
    });
    expect(report.added).toBe(1);
    expect(report.rejections).toEqual([
      { origin: "items[1]", id: "t-api-bad", field: "clause", message: expect.stringContaining("clause") },
    ]);
  });
});
