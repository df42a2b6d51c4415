// Public surface of the compliance engine.
export { checkText, MAX_TEXT_UNITS } from "./check-text.ts";
export { assessClaims } from "./claims/assess-claims.ts";
export { type ClaimModel, loadClaimModel } from "./claims/model.ts";
export type { Judge, JudgeResult, RuleHint } from "./judge/judge.ts";
export { llmJudge } from "./judge/llm-judge.ts";
export { type CompiledPack, compilePack } from "./rules/compile-pack.ts";
export { loadRulePack, type RulePack, type RuleSource, withRules } from "./rules/rule-pack.ts";
export * from "./types.ts";
