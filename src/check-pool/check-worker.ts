// Runs inside a worker thread: the same checkText as the request thread, over an engine built here from the
// pack the request thread sends (compiled once per pack) and the same kind of judge.
import { checkText } from "../compliance/check-text.ts";
import { classifierJudge } from "../compliance/judge/classifier-judge.ts";
import type { Judge } from "../compliance/judge/judge.ts";
import { llmJudge } from "../compliance/judge/llm-judge.ts";
import { type CompiledPack, compilePack } from "../compliance/rules/compile-pack.ts";
import type { RulePack } from "../compliance/rules/rule-pack.ts";
import type { CheckInput, Verdict } from "../compliance/types.ts";

export type JudgeSpec =
  | { kind: "classifier" }
  | { kind: "llm"; options: { baseURL: string; apiKey: string; model: string; timeoutMs?: number } };

export interface CheckTask {
  input: CheckInput;
  /** identifies the pack; `pack` is compiled the first time a worker sees the key */
  packKey: number;
  pack: RulePack;
  judge: JudgeSpec;
}

let compiled: { key: number; pack: CompiledPack } | undefined;
let judge: { spec: string; judge: Judge } | undefined;

function judgeFor(spec: JudgeSpec): Judge {
  const key = JSON.stringify(spec);
  if (judge?.spec !== key) {
    judge = { spec: key, judge: spec.kind === "llm" ? llmJudge(spec.options) : classifierJudge() };
  }
  return judge.judge;
}

export interface CheckResult {
  verdict: Verdict;
  /** time spent in the engine itself, without the trip to and from the thread */
  engineMs: number;
}

export default async function check(task: CheckTask): Promise<CheckResult> {
  if (compiled?.key !== task.packKey) compiled = { key: task.packKey, pack: compilePack(task.pack) };
  const started = performance.now();
  const verdict = await checkText(task.input, { rulePack: compiled.pack, judge: judgeFor(task.judge) });
  return { verdict, engineMs: performance.now() - started };
}
