// `liangyan generate` and `liangyan plan` through the real entry: the same verbs as the API, JSON out.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/run-cli.ts";

const FIXTURES = join(ROOT, "test/fixtures/library-generation");
const dataDir = mkdtempSync(join(tmpdir(), "liangyan-gen-cli-"));
const env = { ...process.env, LIANGYAN_DATA_DIR: dataDir, LLM_MODEL: "", LIANGYAN_API_KEY: "" };

function run(args: string[]) {
  return runCli(args, env);
}

let key = "";
beforeAll(async () => {
  expect((await run(["ingest", FIXTURES])).code).toBe(0);
  key =
    (await run(["keys", "create", "--role", "sales", "--name", "cli rep"])).stdout
      .trim()
      .split("\n")
      .at(-1) ?? "";
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("liangyan generate / plan", () => {
  it("generate prints the stored drafts as JSON", async () => {
    const result = await run([
      "generate",
      "--key",
      key,
      "--request",
      JSON.stringify({ channel: "moments", industry: "pets", stage: "interest", tier: "regular" }),
      "--variants",
      "2",
      "--name",
      "小周",
    ]);
    expect(result.code).toBe(0);
    const { drafts } = JSON.parse(result.stdout) as {
      drafts: Array<{ id: string; status: string; generator: { kind: string } }>;
    };
    expect(drafts).toHaveLength(2);
    expect(drafts.every((draft) => draft.id.startsWith("drf_") && draft.generator.kind === "composer")).toBe(
      true,
    );
  });

  it("plan prints every item's draft id; bad input exits 2 naming the field; no key exits 1", async () => {
    const plan = await run([
      "plan",
      "--key",
      key,
      "--industry",
      "pets",
      "--tier",
      "regular",
      "--stage",
      "icebreak",
      "--purpose",
      "break_ice",
      "--period",
      "7",
    ]);
    expect(plan.code).toBe(0);
    const body = JSON.parse(plan.stdout) as { id: string; items: Array<{ draft_id: string }> };
    expect(body.items).toHaveLength(7 * 3 + 4);
    expect(body.items.every((item) => item.draft_id.startsWith("drf_"))).toBe(true);

    const bad = await run([
      "generate",
      "--key",
      key,
      "--channel",
      "group",
      "--industry",
      "pets",
      "--stage",
      "icebreak",
      "--tier",
      "regular",
    ]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).errors[0].field).toBe("message_type");

    const anonymous = await run([
      "generate",
      "--channel",
      "sms",
      "--industry",
      "pets",
      "--stage",
      "icebreak",
      "--tier",
      "regular",
    ]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/--key/);
  });
});
