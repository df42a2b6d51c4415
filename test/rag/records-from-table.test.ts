import { describe, expect, it } from "vitest";
import { recordsFromTable } from "../../src/rag/load-library-files.ts";

describe("recordsFromTable", () => {
  it("maps Chinese headers to fields and splits list cells on any common separator", () => {
    const items = recordsFromTable(
      [
        {
          编号: "pets-case-001",
          类型: "customer_case",
          阶段: "interest|decision",
          客户层级: "regular, price_sensitive",
          渠道: "private、group；sms",
          标签: "换粮，肠胃",
          生效日期: "2025-03-01",
        },
      ],
      (row) => `sheet:row ${row + 2}`,
    );
    expect(items).toEqual([
      {
        origin: "sheet:row 2",
        record: {
          id: "pets-case-001",
          kind: "customer_case",
          stages: ["interest", "decision"],
          tiers: ["regular", "price_sensitive"],
          channels: ["private", "group", "sms"],
          tags: ["换粮", "肠胃"],
          valid_from: "2025-03-01",
        },
      },
    ]);
  });

  it("takes schema field names in any case and width, and 内容 as text", () => {
    const [item] = recordsFromTable([{ " ID ": "a-1", Ｔｉｔｌｅ: "标题", 内容: "正文内容" }], String);
    expect(item?.record).toEqual({ id: "a-1", title: "标题", text: "正文内容" });
  });

  it("omits empty cells, skips empty rows and keeps each row's own origin", () => {
    const items = recordsFromTable(
      [{ 编号: "a-1", 产品: "  " }, { 编号: "", 产品: "" }, { 编号: "a-3" }],
      (row) => `row ${row}`,
    );
    expect(items).toEqual([
      { origin: "row 0", record: { id: "a-1" } },
      { origin: "row 2", record: { id: "a-3" } },
    ]);
  });

  it("keeps an unknown header as it is, for validation to name", () => {
    const [item] = recordsFromTable([{ 编号: "a-1", 备注: "内部备注" }], String);
    expect(item?.record).toEqual({ id: "a-1", 备注: "内部备注" });
  });

  it("keeps __proto__ and constructor headers as plain fields, for validation to reject", () => {
    const row: Record<string, string> = Object.fromEntries([
      ["编号", "a-1"],
      ["__proto__", "x"],
      ["constructor", "y"],
    ]);
    const [item] = recordsFromTable([row], String);
    expect(Object.getPrototypeOf(item?.record)).toBe(Object.prototype);
    expect(Object.keys(item?.record ?? {})).toEqual(["id", "__proto__", "constructor"]);
  });
});
