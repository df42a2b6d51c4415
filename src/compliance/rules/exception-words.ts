// The words a rule's `after` exceptions list, read once per compiled pack: the claim model's readings that mirror
// a rule (official titles after 国家级, measure words after 第一) use the rule's own list rather than a copy of it.
import type { CompiledPack } from "./compile-pack.ts";

const wordsByPack = new WeakMap<CompiledPack, Map<string, readonly string[]>>();

export function exceptionAfterWords(pack: CompiledPack, ruleId: string): readonly string[] {
  let byRule = wordsByPack.get(pack);
  if (!byRule) {
    byRule = new Map();
    wordsByPack.set(pack, byRule);
  }
  let words = byRule.get(ruleId);
  if (!words) {
    words = pack.rules.find((rule) => rule.id === ruleId)?.exceptions.after ?? [];
    byRule.set(ruleId, words);
  }
  return words;
}
