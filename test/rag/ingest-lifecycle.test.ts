import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLibraryItem } from "../../src/rag/get-library-item.ts";
import { createHashingEmbedder } from "../../src/rag/hashing-embedder.ts";
import { ingestFolder } from "../../src/rag/ingest-folder.ts";
import { retrieve } from "../../src/rag/retrieve.ts";
import { createTestContext, type TestContext } from "../support/test-context.ts";

const FIXTURES = new URL("../fixtures/library-small/", import.meta.url).pathname;

let context: TestContext;
let dir: string;
beforeAll(async () => {
  context = await createTestContext();
  dir = mkdtempSync(join(tmpdir(), "liangyan-library-"));
  cpSync(FIXTURES, dir, { recursive: true });
});
afterAll(() => context.close());

describe("ingesting a folder over time", () => {
  it("adds everything once, then changes nothing", async () => {
    expect(await ingestFolder(context, dir)).toMatchObject({ added: 6, embedded: 6, retired: 0 });
    expect(await ingestFolder(context, dir)).toMatchObject({ unchanged: 6, embedded: 0 });
  });

  it("re-embeds a changed item, keeps its old version, and retires an item gone from the folder", async () => {
    const pets = join(dir, "pets.yaml");
    writeFileSync(pets, readFileSync(pets, "utf8").replace("售价129元", "售价119元"));
    const finance = join(dir, "finance.yaml");
    const kept = readFileSync(finance, "utf8").split("\n- id: t-fin-benefit-current")[0] ?? "";
    writeFileSync(finance, `${kept}\n`);

    const report = await ingestFolder(context, dir);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 4, retired: 1, embedded: 1 });

    const changed = await getLibraryItem(context, "t-pets-product-catfood");
    expect(changed?.version).toBe(2);
    expect(changed?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(changed?.text).toContain("119元");

    const retired = await getLibraryItem(context, "t-fin-benefit-current");
    expect(retired?.status).toBe("retired");
    const found = await retrieve(context, { query: "积分 礼遇", industry: "finance", k: 10 });
    expect(found.map((r) => r.id)).not.toContain("t-fin-benefit-current");
  });

  it("a file that fails to load retires nothing, and its error names the file", async () => {
    writeFileSync(join(dir, "broken.yaml"), "- id: [unclosed\n");
    const report = await ingestFolder(context, dir);
    expect(report.retired).toBe(0);
    expect(report.rejections.some((r) => r.origin.includes("broken.yaml"))).toBe(true);
    rmSync(join(dir, "broken.yaml"));
  });

  it("an invalid edit is rejected by file, index and field, and the stored version stays searchable", async () => {
    const pets = join(dir, "pets.yaml");
    const original = readFileSync(pets, "utf8");
    writeFileSync(pets, original.replace("kind: faq", "kind: gossip"));
    const report = await ingestFolder(context, dir);
    expect(report.rejections).toContainEqual(
      expect.objectContaining({ origin: expect.stringMatching(/pets\.yaml#1$/), field: "kind" }),
    );
    expect(report.retired).toBe(0);
    expect((await getLibraryItem(context, "t-pets-faq-switch"))?.status).toBe("active");
    writeFileSync(pets, original);
  });

  it("a new embedder re-embeds the whole library instead of mixing vector spaces", async () => {
    const before = context.embedder;
    context.embedder = createHashingEmbedder({ dimensions: 128 });
    try {
      const report = await ingestFolder(context, dir);
      expect(report.embedded).toBeGreaterThanOrEqual(5);
      const { rows } = await context.db.query<{ embedder: string }>(
        "SELECT DISTINCT embedder FROM library_chunks",
      );
      expect(rows.map((r) => r.embedder)).toEqual([context.embedder.id]);
      const found = await retrieve(context, { query: "猫粮 换粮", industry: "pets", k: 3 });
      expect(found.map((r) => r.id)).toContain("t-pets-faq-switch");
    } finally {
      context.embedder = before;
    }
  });
});
