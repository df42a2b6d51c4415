// The visible label 《人工智能生成合成内容标识办法》 (in force since 2025-09-01) asks for on AI-generated text. The
// composer is not a model, so its label says what it is: machine-assembled from approved material.
import type { Generator } from "./generator.ts";

export const AI_LABEL = "（本内容由AI辅助生成）";
export const COMPOSER_LABEL = "（本内容由系统根据已审核素材辅助生成）";

export function visibleLabel(generator: Pick<Generator, "kind">): string {
  return generator.kind === "llm" ? AI_LABEL : COMPOSER_LABEL;
}
