// The evidence pack as a page a person reads and prints: Handlebars escapes every value it inserts.
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { EvidencePack } from "./evidence-pack.ts";
import { highlightSegments } from "./highlight-segments.ts";

const handlebars = Handlebars.create();
handlebars.registerHelper("inc", (value: number) => value + 1);
const template = handlebars.compile(readFileSync(new URL("./evidence-page.hbs", import.meta.url), "utf8"), {
  strict: false,
});

const STATUS_LABELS: Record<string, string> = { approved: "通过", rejected: "驳回" };
export const REASON_LABELS: Record<string, string> = {
  absolute_term: "绝对化用语",
  unsupported_claim: "无依据的宣称",
  missing_disclosure: "缺少必要提示",
  pii: "包含个人信息",
  tone: "语气不当",
  factual_error: "事实错误",
  other: "其他",
};

export function renderEvidenceHtml(pack: EvidencePack): string {
  const generator = (pack.generation.generator ?? {}) as {
    kind?: string;
    name?: string;
    model?: string | null;
  };
  const segments = highlightSegments(pack.text, pack.findings).map((segment) => ({
    text: segment.text,
    findings: segment.findings,
    cls: segment.findings.some((at) => pack.findings[at]?.severity === "block") ? "block" : "warn",
    title: segment.findings
      .map((at) => `${pack.findings[at]?.article ?? ""} ${pack.findings[at]?.suggestion ?? ""}`)
      .join("\n"),
  }));
  return template({
    pack,
    segments,
    statusLabel: STATUS_LABELS[pack.status] ?? pack.status,
    reasonLabel: REASON_LABELS[pack.decision.reason_code ?? ""] ?? "",
    aiLabel: `${pack.ai_generated.ai_generated ? "AI 生成内容" : "非 AI 生成"}；要求显式标识：${
      pack.ai_generated.label_requested ? "是" : "否"
    }；文中标识：${pack.ai_generated.label_present ? "有" : "无"}`,
    generatorLabel:
      generator.kind === "composer"
        ? `离线素材组装（${generator.name ?? "composer"}），非大模型`
        : `大模型 ${generator.name ?? ""} ${generator.model ?? ""}`.trim(),
    requestJson: JSON.stringify(pack.request, null, 2),
  });
}
