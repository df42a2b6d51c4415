// Library items from an uploaded sheet (the console's 导入素材): good rows go in, every refused row is named by
// its row number and field, a sheet with no good row is a 400 listing them, and an unreadable file a 422.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const SHEET = [
  "编号,类型,受众,行业,标题,正文,来源,审核人",
  "pets-upload-1,product_fact,customer,pets,冻干鸡胸肉,冻干鸡胸肉每袋100克，原料只有鸡胸肉。,产品说明书 2026版,运营 王芳",
  "pets-upload-2,product_fact,customer,火星,坏行业,这一行的行业不存在。,产品说明书 2026版,运营 王芳",
].join("\n");

let context: TestContext;
let app: ReturnType<typeof createApp>;
let opsKey: string;
let salesKey: string;

beforeAll(async () => {
  context = await createTestContext();
  app = createApp(context);
  opsKey = await context.keyFor("ops", "运营 王芳");
  salesKey = await context.keyFor("sales");
});
afterAll(() => context.close());

function upload(content: string | Uint8Array<ArrayBuffer>, name: string, key = opsKey) {
  const form = new FormData();
  form.set("file", new File([content], name));
  return app.request("/v1/library/items", {
    method: "POST",
    headers: { authorization: `Bearer ${key}` },
    body: form,
  });
}

describe("POST /v1/library/items with a spreadsheet", () => {
  it("ingests the good rows and names each refused row and field", async () => {
    expect((await upload(SHEET, "items.csv", salesKey)).status).toBe(403);
    const response = await upload(SHEET, "items.csv");
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      added: number;
      rejected: number;
      rejections: Array<{ origin: string; field?: string }>;
    };
    expect(report.added).toBe(1);
    expect(report.rejected).toBe(1);
    expect(report.rejections).toEqual([
      expect.objectContaining({ origin: "items.csv 第 3 行", field: "industry" }),
    ]);
    const item = await app.request("/v1/library/items/pets-upload-1", {
      headers: { authorization: `Bearer ${opsKey}` },
    });
    expect(item.status).toBe(200);
    expect(((await item.json()) as { approved_by: string }).approved_by).toBe("运营 王芳");
  });

  it("a sheet with no good row is a 400 naming the rows; a file that is no sheet a 422 naming the file", async () => {
    const bad = await upload(
      SHEET.split("\n")
        .filter((_, index) => index !== 1)
        .join("\n"),
      "bad.csv",
    );
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field)).toContain("bad.csv 第 2 行.industry");
    const broken = await upload(new Uint8Array([0x50, 0x4b, 1, 2, 3]), "broken.xlsx");
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe("file");
  });
});
