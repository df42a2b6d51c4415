// The offline default judge: the n-gram classifier scored on the whole text, its span the strongest sentence. Catches paraphrases no listed
// term covers (pressure, disguised promises). Its findings ask for a human look (severity warn).
import { type ClassifierModel, loadModel, predict } from "../classifier/model.ts";
import type { CheckInput, Finding, Label } from "../types.ts";
import type { Judge, JudgeResult } from "./judge.ts";
import { LABEL_ARTICLES } from "./label-articles.ts";
import { sentences } from "./sentences.ts";

/** Longer texts are judged on their first sentences only; the rules still see everything. */
const MAX_SENTENCES = 400;

export function classifierJudge(model: ClassifierModel = loadModel()): Judge {
  return {
    name: "ngram-classifier",
    model: model.trained_on,
    async judge(input: CheckInput): Promise<JudgeResult> {
      const findings: Finding[] = [];
      const parts = sentences(input.text).slice(0, MAX_SENTENCES);
      const whole = predict(model, parts.map((part) => part.text).join("。"));
      for (const [label, probability] of whole) {
        const head = model.labels[label as Label];
        if (!head || probability < head.threshold) continue;
        // the span is the sentence that carries the label most
        let best = parts[0];
        let bestScore = -1;
        for (const part of parts) {
          const score = predict(model, part.text).get(label) ?? 0;
          if (score > bestScore) {
            best = part;
            bestScore = score;
          }
        }
        if (!best) continue;
        const info = LABEL_ARTICLES[label as Label];
        findings.push({
          source: "judge",
          rule_id: `judge.classifier.${label}`,
          category: label,
          label: label as Label,
          article: info.article,
          severity: "warn",
          start: best.start,
          end: best.end,
          excerpt: input.text.slice(best.start, best.end),
          suggestion: `${info.suggestion}（模型置信度 ${probability.toFixed(2)}）`,
        });
      }
      return { status: "ok", findings, model: model.trained_on };
    },
  };
}
