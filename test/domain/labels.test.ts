// One vocabulary table: every slug the code can put in front of a person has a Chinese label, so a new status,
// kind or error code cannot reach the console, the evidence pack or an export as a bare slug.
import { describe, expect, it } from "vitest";
import { ROLES } from "../../src/auth/permissions.ts";
import { DOMAIN_ERROR_CODES } from "../../src/domain/errors.ts";
import { LABELS, label } from "../../src/domain/labels.ts";
import * as vocabulary from "../../src/domain/vocabulary.ts";
import { DRAFT_STATUSES } from "../../src/drafts/draft.ts";
import { PLAN_SLOTS } from "../../src/generators/plan-schedule.ts";
import { ITEM_STATUSES, JOB_STATUSES } from "../../src/jobs/job.ts";
import { validateRow } from "../../src/jobs/job-row.ts";
import { PLAN_EVENT_ACTIONS } from "../../src/plans/plan-events.ts";
import { PLAN_STATUSES } from "../../src/plans/plan-record.ts";
import { AUDIENCES, ITEM_KINDS } from "../../src/rag/library-item.ts";
import { AUDIT_ACTIONS } from "../../src/review/audit.ts";
import { REASON_CODES } from "../../src/review/lifecycle.ts";

const COVERAGE: Array<[keyof typeof LABELS, readonly string[]]> = [
  ["channel", vocabulary.CHANNELS],
  ["industry", vocabulary.INDUSTRIES],
  ["stage", vocabulary.STAGES],
  ["tier", vocabulary.TIERS],
  ["scenario", vocabulary.SCENARIOS],
  ["message_type", vocabulary.GROUP_MESSAGE_TYPES],
  ["benefit_type", vocabulary.BENEFIT_TYPES],
  ["tone", vocabulary.TONES],
  ["purpose", vocabulary.PLAN_PURPOSES],
  ["status", DRAFT_STATUSES],
  ["plan_status", PLAN_STATUSES],
  ["plan_slot", PLAN_SLOTS],
  ["plan_event", PLAN_EVENT_ACTIONS],
  ["reason", REASON_CODES],
  ["action", AUDIT_ACTIONS],
  ["role", ROLES],
  ["job_status", JOB_STATUSES],
  ["job_item_status", ITEM_STATUSES],
  ["kind", ITEM_KINDS],
  ["audience", AUDIENCES],
  ["problem", DOMAIN_ERROR_CODES],
];

describe("labels", () => {
  it.each(COVERAGE)("every %s slug has a Chinese label", (table, slugs) => {
    const labels = LABELS[table] as Record<string, string>;
    const missing = slugs.filter((slug) => !labels[slug]);
    expect(missing).toEqual([]);
    for (const slug of slugs) expect(labels[slug]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("labels within a table are distinct, so two slugs never read the same", () => {
    for (const [table, labels] of Object.entries(LABELS)) {
      if (table === "field" || table === "finding_source") continue;
      const values = Object.values(labels as Record<string, string>);
      expect(new Set(values).size, table).toBe(values.length);
    }
  });

  it("label() falls back to the slug rather than an empty cell, and leaves an absent value empty", () => {
    expect(label("status", "approved")).toBe("已通过");
    expect(label("status", "some_future_status")).toBe("some_future_status");
    expect(label("status", null)).toBe("");
  });

  it("a job sheet reads back the words an export with Chinese headers writes", () => {
    const row = validateRow({
      row: 2,
      cells: { 行业: "银行理财", 渠道: "1对1私聊", 阶段: "兴趣期", 客户层级: "高净值客户", 语气: "严谨" },
    });
    expect(row).toMatchObject({
      request: {
        industry: "finance",
        channel: "private",
        stage: "interest",
        tier: "high_value",
        persona: { tone: "rigorous" },
      },
    });
  });
});
