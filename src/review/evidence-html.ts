// The evidence pack as a page a person reads and prints: Handlebars escapes every value it inserts.
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { type LabelTable, label } from "../domain/labels.ts";
import { chinaDateTime } from "../shared/china-time.ts";
import type { EvidencePack } from "./evidence-pack.ts";
import { highlightSegments } from "./highlight-segments.ts";

const handlebars = Handlebars.create();
handlebars.registerHelper("inc", (value: number) => value + 1);
// Slugs and instants as a person reads them: the console's words (src/domain/labels.ts), China time.
handlebars.registerHelper("label", (table: LabelTable, slug: unknown) =>
  label(table, slug == null ? null : String(slug)),
);
handlebars.registerHelper("time", (instant: unknown) => chinaDateTime(instant as string | null));
const template = handlebars.compile(readFileSync(new URL("./evidence-page.hbs", import.meta.url), "utf8"), {
  strict: false,
});

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
    statusLabel: label("status", pack.status),
    reasonLabel: label("reason", pack.decision.reason_code),
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
