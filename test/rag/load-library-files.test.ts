import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LibraryItemSchema } from "../../src/rag/library-item.ts";
import { loadLibraryFiles, type RawItem } from "../../src/rag/load-library-files.ts";
import { minimalDocx } from "./helpers/minimal-docx.ts";
import { minimalPdf } from "./helpers/minimal-pdf.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "library");
let library: string;

beforeAll(async () => {
  library = await mkdtemp(join(tmpdir(), "liangyan-library-"));
  await cp(FIXTURES, library, { recursive: true });
  await writeFile(
    join(library, "documents", "product-sheet.docx"),
    minimalDocx(["益生菌固体饮料，每袋含活菌100亿CFU。", "本品不能代替药物。"]),
  );
  await writeFile(
    join(library, "documents", "product-sheet.pdf"),
    minimalPdf(["稳盈90天业绩比较基准2.6%-3.2%（年化）。", "理财非存款，产品有风险，投资须谨慎。"]),
  );
  await writeWorkbook(join(library, "cases.xlsx"));
  // Written here rather than kept as a fixture: the formatter would refuse a broken YAML file.
  await writeFile(join(library, "broken.yaml"), "id: broken-yaml\ntitle: [unclosed\n");
});

afterAll(async () => {
  await rm(library, { recursive: true, force: true });
});

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("素材");
  sheet.addRow([
    "编号",
    "类型",
    "受众",
    "行业",
    "标题",
    "正文",
    "渠道",
    "适用客户",
    "权益类型",
    "短句",
    "生效日期",
    "失效日期",
    "来源",
    "审核人",
  ]);
  sheet.addRow([
    "beauty-benefit-001",
    "benefit",
    "customer",
    "beauty",
    "会员日满赠",
    { richText: [{ text: "会员日满299元" }, { text: "赠旅行装一份，赠完即止。" }] },
    "group|private",
    "existing",
    "gift",
    "会员日满299元赠旅行装一份",
    new Date(Date.UTC(2025, 4, 1)),
    new Date(Date.UTC(2025, 4, 31)),
    "活动方案",
    "市场部 陈洁",
  ]);
  // The second sheet is not read: items come from the first only.
  workbook.addWorksheet("说明").addRow(["编号"]).commit();
  await workbook.xlsx.writeFile(path);
}

const byOrigin = (items: RawItem[]) => new Map(items.map((item) => [item.origin, item.record]));

describe("loadLibraryFiles", () => {
  it("reads every kind of file, in sorted order, skipping README, _ and . files", async () => {
    const { items } = await loadLibraryFiles(library);
    expect(items.map((item) => item.origin)).toEqual([
      "cases.csv:row 2",
      "cases.csv:row 4",
      "cases.xlsx:row 2",
      "documents/product-sheet.docx",
      "documents/product-sheet.pdf",
      "finance/opt-out.yml",
      "finance/wealth-products.yaml#0",
      "finance/wealth-products.yaml#1",
      "notices/risk-warning.md",
    ]);
  });

  it("yields records the item schema accepts", async () => {
    const { items } = await loadLibraryFiles(library);
    for (const { origin, record } of items) {
      const parsed = LibraryItemSchema.safeParse(record);
      expect(parsed.error?.issues ?? [], origin).toEqual([]);
    }
  });

  it("reports unreadable files and orphan sidecars without stopping", async () => {
    const { errors } = await loadLibraryFiles(library);
    expect(errors.map((error) => error.origin)).toEqual(["broken.yaml", "documents/orphan.pdf.yaml"]);
    expect(errors[0]?.message).toMatch(/^Flow sequence .* at line 3, column 1$/);
  });

  it("reads CSV with Chinese headers and list cells", async () => {
    const record = byOrigin((await loadLibraryFiles(library)).items).get("cases.csv:row 2");
    expect(record).toEqual({
      id: "pets-case-001",
      kind: "customer_case",
      audience: "customer",
      industry: "pets",
      title: "布偶猫换粮案例",
      text: "换粮按 7 天逐步过渡，第一天新旧粮 1:3，猫咪肠胃适应良好。",
      stages: ["interest", "decision"],
      tiers: ["regular", "price_sensitive"],
      channels: ["private", "group"],
      tags: ["换粮", "肠胃"],
      valid_from: "2025-03-01",
      approved_by: "运营部 李娜",
      source: "门店案例库",
    });
  });

  it("reads the first sheet of a workbook, rich text and dates included", async () => {
    const record = byOrigin((await loadLibraryFiles(library)).items).get("cases.xlsx:row 2");
    expect(record).toMatchObject({
      text: "会员日满299元赠旅行装一份，赠完即止。",
      audience: "customer",
      channels: ["group", "private"],
      customers: ["existing"],
      clause: "会员日满299元赠旅行装一份",
      valid_from: "2025-05-01",
      valid_until: "2025-05-31",
    });
  });

  it("takes Markdown front matter as fields and the body as text", async () => {
    const record = byOrigin((await loadLibraryFiles(library)).items).get("notices/risk-warning.md");
    expect(record).toMatchObject({
      id: "fin-risk-warning",
      valid_until: "2026-12-31",
      text: "理财非存款，产品有风险，投资须谨慎。\n\n过往业绩不代表未来表现，请您在购买前仔细阅读产品说明书与风险揭示书。",
    });
  });

  it("takes a document's text and its sidecar's fields", async () => {
    const records = byOrigin((await loadLibraryFiles(library)).items);
    expect(records.get("documents/product-sheet.docx")).toMatchObject({
      id: "hf-probiotic-sheet",
      text: "益生菌固体饮料，每袋含活菌100亿CFU。\n\n本品不能代替药物。",
    });
    const pdf = records.get("documents/product-sheet.pdf") as { id: string; text: string };
    expect(pdf.id).toBe("finance-sheet-pdf");
    expect(pdf.text.replace(/\s/g, "")).toBe(
      "稳盈90天业绩比较基准2.6%-3.2%（年化）。理财非存款，产品有风险，投资须谨慎。",
    );
  });
});

describe("loadLibraryFiles on bad input", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "liangyan-bad-library-"));
    await mkdir(join(dir, "docs"));
    await writeFile(join(dir, "docs", "corrupt.pdf"), "not a pdf");
    await writeFile(join(dir, "docs", "corrupt.pdf.yaml"), "id: corrupt-pdf\n");
    await writeFile(join(dir, "docs", "no-sidecar.docx"), minimalDocx(["正文"]));
    await writeFile(join(dir, "docs", "texted.docx"), minimalDocx(["正文"]));
    await writeFile(join(dir, "docs", "texted.docx.yaml"), "id: texted\ntext: 不该在这里\n");
    await writeFile(join(dir, "both-texts.md"), "---\nid: both\ntext: 前言里的正文\n---\n正文里的正文\n");
    await writeFile(join(dir, "scalar.yaml"), "just a string\n");
    await writeFile(join(dir, "empty.yaml"), "");
    await writeFile(join(dir, "notes.txt"), "not an item file");
    // Excel on Chinese Windows saves CSV as GB18030: 编号 is B1E0 BAC5 there.
    await writeFile(
      join(dir, "gbk.csv"),
      Buffer.concat([Buffer.from([0xb1, 0xe0, 0xba, 0xc5]), Buffer.from(",title\ngbk-001,x\n")]),
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reports each bad file by origin and field, and still loads the rest", async () => {
    const { items, errors } = await loadLibraryFiles(dir);
    expect(items).toEqual([{ origin: "gbk.csv:row 2", record: { id: "gbk-001", title: "x" } }]);
    expect(errors.map(({ origin, field }) => ({ origin, field }))).toEqual([
      { origin: "both-texts.md", field: "text" },
      { origin: "docs/corrupt.pdf", field: undefined },
      { origin: "docs/no-sidecar.docx", field: undefined },
      { origin: "docs/texted.docx.yaml", field: "text" },
      { origin: "scalar.yaml", field: undefined },
    ]);
  });

  it("never throws, not even for a missing folder", async () => {
    const { items, errors } = await loadLibraryFiles(join(dir, "missing"));
    expect(items).toEqual([]);
    expect(errors[0]?.message).toMatch(/cannot read the folder/);
  });
});
