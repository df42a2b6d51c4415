import { describe, expect, it } from "vitest";
import { crashAndResume } from "../../scripts/bulk-crash.ts";

const FIXTURES = new URL("../fixtures/library-generation/", import.meta.url).pathname;

describe("a bulk job killed with SIGKILL part-way", () => {
  it("finishes after a restart with exactly one draft per item: none lost, none duplicated", async () => {
    const result = await crashAndResume({
      n: 300,
      killAt: 0.2,
      contentDir: FIXTURES,
      industries: ["pets", "finance"],
      concurrency: 1,
    });
    expect(result.killed_at).toBeGreaterThan(0);
    expect(result.killed_at).toBeLessThan(300);
    expect(result).toMatchObject({ drafts: 300, items_succeeded: 300, lost: 0, duplicated: 0 });
    expect(result.released).toBe(result.left_running);
  }, 300_000);
});
