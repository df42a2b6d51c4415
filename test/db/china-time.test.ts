// Dates are China dates whatever the server's time zone: at 00:30 in Shanghai (16:30 UTC the day before),
// material valid until "yesterday" is no longer offered and SQL casts land on the Shanghai day. The same
// file runs under another TZ in .ci/run, and a child process is started here under three TZ values.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestItems } from "../../src/rag/ingest-items.ts";
import { retrieve } from "../../src/rag/retrieve.ts";
import { chinaDate } from "../../src/shared/china-time.ts";
import { ROOT } from "../support/run-cli.ts";
import { createTestContext, type DatabasePath, type TestContext } from "../support/test-context.ts";

const HALF_PAST_MIDNIGHT_IN_SHANGHAI = new Date("2026-11-29T16:30:00Z");

function item(id: string, validity: { valid_from?: string; valid_until?: string }) {
  return {
    origin: id,
    record: {
      id,
      kind: "benefit",
      audience: "customer",
      industry: "beauty",
      title: "会员积分兑换小样",
      text: "会员可用积分兑换精华小样，每人限领一份，兑完即止。",
      benefit_type: "points",
      // An offer needs its clause and last day (docs/library-format.md).
      clause: "会员可用积分兑换精华小样，每人限领一份",
      valid_until: "2026-12-31",
      source: "会员权益说明",
      approved_by: "品牌部 林悦",
      ...validity,
    },
  };
}

describe("China dates", () => {
  it("the calendar date turns at midnight in Shanghai", () => {
    expect(chinaDate(new Date("2026-11-29T15:59:59Z"))).toBe("2026-11-29");
    expect(chinaDate(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-30");
    expect(chinaDate(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });

  // Three Node processes with tsx at once: seconds alone, minutes on a loaded two-core machine.
  it("today() is the Shanghai date in a process running under any TZ", { timeout: 300_000 }, async () => {
    const code = `import { today } from "./src/context.ts";
      console.log(today({ now: () => new Date("${HALF_PAST_MIDNIGHT_IN_SHANGHAI.toISOString()}") }));`;
    const zones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];
    const results = await Promise.all(
      zones.map(
        (zone) =>
          new Promise<{ zone: string; date: string; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
              cwd: ROOT,
              env: { ...process.env, TZ: zone },
            });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (chunk) => {
              stdout += chunk;
            });
            child.stderr.on("data", (chunk) => {
              stderr += chunk;
            });
            child.on("close", () => resolve({ zone, date: stdout.trim(), stderr }));
          }),
      ),
    );
    expect(results).toEqual(zones.map((zone) => ({ zone, date: "2026-11-30", stderr: "" })));
  });
});

describe.each<DatabasePath>(["pglite", "pg"])("China dates on the %s path", (path) => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestContext({ path, now: HALF_PAST_MIDNIGHT_IN_SHANGHAI });
    await ingestItems(context, {
      records: [
        item("beauty-points-ended", { valid_until: "2026-11-29" }),
        item("beauty-points-starts", { valid_from: "2026-11-30" }),
      ],
      collection: "api",
      retireMissing: false,
    });
  });
  afterAll(() => context.close());

  it("material that ended on the Shanghai day before is gone; material starting today is offered", async () => {
    const found = await retrieve(context, { query: "积分兑换小样", industry: "beauty", k: 5 });
    expect(found.map((entry) => entry.id)).toEqual(["beauty-points-starts"]);
  });

  it("the database reads instants as Shanghai dates and times", async () => {
    const { rows } = await context.db.query<{ day: string; shown: string }>(
      "SELECT ($1::timestamptz)::date::text AS day, ($1::timestamptz)::text AS shown",
      [HALF_PAST_MIDNIGHT_IN_SHANGHAI.toISOString()],
    );
    expect(rows[0]).toEqual({ day: "2026-11-30", shown: "2026-11-30 00:30:00+08" });
  });
});
