// Drafts for review tests, stored straight with insertDraft and checked by the real compliance engine, so the
// tests do not depend on the generator and every verdict is one the engine really gives.
import { randomUUID } from "node:crypto";
import { createApiKey } from "../../../src/auth/api-keys.ts";
import type { Role } from "../../../src/auth/permissions.ts";
import { checkText } from "../../../src/compliance/check-text.ts";
import type { Verdict } from "../../../src/compliance/types.ts";
import type { Channel, Industry } from "../../../src/domain/vocabulary.ts";
import type { Citation, DraftStatus, SourceSnapshot } from "../../../src/drafts/draft.ts";
import { insertDraft } from "../../../src/drafts/insert-draft.ts";
import type { TestContext } from "../../support/test-context.ts";

export interface TestActor {
  id: string;
  key: string;
  role: Role;
}

export async function actorFor(
  context: TestContext,
  role: Role,
  name = `${role} 测试员`,
): Promise<TestActor> {
  const created = await createApiKey(context.db, { role, name });
  return { id: created.actor.id, key: created.key, role };
}

export const SOURCES: SourceSnapshot[] = [
  {
    id: "fin-product-wenying",
    version: 2,
    kind: "product_fact",
    title: "稳盈30天 产品要素",
    text: "稳盈30天为R2级（中低风险）净值型理财产品，每30天开放一次申购赎回。",
    source: "产品说明书 2026版",
    approved_by: "合规部 王敏",
  },
  {
    id: "fin-notice-risk",
    version: 1,
    kind: "notice",
    title: "风险提示",
    text: "理财有风险，投资需谨慎。",
    source: "监管要求",
    approved_by: "合规部 王敏",
  },
  {
    id: "fin-case-retired",
    version: 1,
    kind: "customer_case",
    title: "退休客户配置案例",
    text: "张阿姨把一部分活期资金配置到稳盈30天，每月开放日可以灵活安排。",
    source: "客户案例库",
    approved_by: "合规部 李强",
  },
];

export const TEXTS = {
  clean: "稳盈30天是R2级（中低风险）净值型理财产品，每30天开放一次申购赎回。理财有风险，投资需谨慎。",
  block: "稳盈30天是最好的理财产品，每30天开放一次申购赎回。理财有风险，投资需谨慎。",
} as const;

export interface DraftOptions {
  author: TestActor;
  body?: string;
  status?: DraftStatus;
  industry?: Industry;
  channel?: Channel;
  verdict?: Verdict;
  citations?: Citation[];
  sources?: SourceSnapshot[];
  /** The stored structure; by default the body itself as the channel's text, so content and body agree. */
  content?: unknown;
}

// One check per distinct text: the verdict depends only on the text, industry and channel.
const verdicts = new Map<string, Promise<Verdict>>();
function verdictOf(
  context: TestContext,
  text: string,
  industry: Industry,
  channel: Channel,
): Promise<Verdict> {
  const key = JSON.stringify([text, industry, channel]);
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = checkText({ text, industry, channel }, context.compliance);
    verdicts.set(key, verdict);
  }
  return verdict;
}

export async function storeDraft(context: TestContext, options: DraftOptions): Promise<string> {
  const id = `drf_${randomUUID()}`;
  const body = options.body ?? TEXTS.clean;
  const industry = options.industry ?? "finance";
  const channel = options.channel ?? "moments";
  const verdict = options.verdict ?? (await verdictOf(context, body, industry, channel));
  const status = options.status ?? (verdict.verdict === "block" ? "blocked" : "pending_review");
  await insertDraft(context.db, {
    id,
    status,
    channel,
    industry,
    stage: "interest",
    tier: "regular",
    scenario: null,
    message_type: null,
    product: "稳盈30天",
    author_id: options.author.id,
    plan_id: null,
    plan_day: null,
    plan_slot: null,
    job_id: null,
    job_item_key: null,
    request: { channel, industry, stage: "interest", tier: "regular", product: "稳盈30天" },
    content: options.content ?? { channel, text: body, edited_as_text: true },
    body,
    citations: options.citations ?? [
      { item_id: "fin-product-wenying", item_version: 2, claim: "每30天开放一次申购赎回" },
      { item_id: "fin-notice-risk", item_version: 1, claim: "理财有风险，投资需谨慎。" },
    ],
    sources: options.sources ?? SOURCES,
    verdict,
    grounding: { grounded: true, checked: 2, findings: [] },
    generator: {
      kind: "composer",
      name: "offline-composer",
      model: null,
      prompt_version: "moments@3",
      ai_generated: true,
      ai_label: false,
    },
    prompt: "【系统】只使用检索到的素材……",
    usage: null,
    timings: { retrieve_ms: 3, generate_ms: 1, check_ms: 2 },
    steps: [{ step: "check", at: "2026-11-29T08:00:00.000Z", ms: 2, outcome: verdict.verdict }],
  });
  return id;
}

/** A verdict with one warn finding on a span of the body, as the judge would give it. */
export function warnVerdict(body: string, excerpt: string, rulePackVersion = "1.0.0+test"): Verdict {
  const start = body.indexOf(excerpt);
  return {
    verdict: "needs_attention",
    findings: [
      {
        source: "judge",
        rule_id: "judge.classifier.harassment",
        category: "harassment",
        label: "harassment",
        article: "《广告法》第四十三条",
        severity: "warn",
        start,
        end: start + excerpt.length,
        excerpt,
        suggestion: "语气偏催促，建议改为邀请式表达",
      },
    ],
    rule_pack_version: rulePackVersion,
    judge: { name: "ngram-classifier" },
    reasons: [],
  };
}

/** Like any client: the key always, a JSON content type only when there is a body. */
export function authorized(key: string, init: RequestInit = {}): RequestInit {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return { ...init, headers };
}
