import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/run-cli.ts";

const FIXTURES = join(ROOT, "test/fixtures/library-generation");
const dataDir = mkdtempSync(join(tmpdir(), "liangyan-bulk-cli-"));
const env = {
  ...process.env,
  LIANGYAN_DATA_DIR: dataDir,
  LIANGYAN_CONTENT_DIR: FIXTURES,
  DATABASE_URL: "",
  LLM_MODEL: "",
};
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(args: string[], extra: Record<string, string> = {}) {
  return runCli(args, { ...env, ...extra });
}

describe("liangyan bulk", () => {
  it("names bad rows by row and column, runs the good ones when asked, and exports", async () => {
    expect((await run(["ingest"])).code).toBe(0);
    const key =
      (await run(["keys", "create", "--role", "ops", "--name", "运营"])).stdout.trim().split("\n").at(-1) ??
      "";
    const sheet = join(dataDir, "批量.csv");
    writeFileSync(
      sheet,
      [
        "行业,阶段,客户层级,渠道,备注",
        "宠物,破冰期,普通,朋友圈,",
        "宠物,兴趣期,普通,抖音,",
        "宠物,决策期,土豪,私聊,",
        "金融,兴趣期,高净值,私聊,",
      ].join("\n"),
    );
    const refused = await run(["bulk", sheet], { LIANGYAN_API_KEY: key });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^row 3, column 渠道: /m);
    expect(refused.stderr).toMatch(/^row 4, column 客户层级: /m);

    const ran = await run(["bulk", sheet, "--skip-invalid"], { LIANGYAN_API_KEY: key });
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toMatch(/skipped row 3, column 渠道/);
    expect(ran.stderr).toMatch(/ignored columns: 备注/);
    expect(ran.stderr).toMatch(/100\.0% 2\/2 ok 2 failed 0/);
    const summary = JSON.parse(ran.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
    expect(summary).toMatchObject({ status: "completed", items: 2, succeeded: 2, drafts: 2 });

    const out = join(dataDir, "approved.csv");
    const exported = await run(["jobs", "export", String(summary.job), "--out", out, "--headers", "zh"], {
      LIANGYAN_API_KEY: key,
    });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/wrote 0 approved drafts/);
    expect(existsSync(out)).toBe(true);
  }, 300_000);
});
