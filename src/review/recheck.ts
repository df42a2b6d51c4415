// The compliance check an edit re-runs: the context's engine (pack compiled and judge loaded once at start),
// the same one generation checks with, so an edited draft is judged by the rules that judged the original.
import { checkText } from "../compliance/check-text.ts";
import type { CheckInput, Verdict } from "../compliance/types.ts";
import type { AppContext } from "../context.ts";

export type CheckFunction = (input: CheckInput) => Promise<Verdict>;

export function complianceCheckOf(context: Pick<AppContext, "compliance">): CheckFunction {
  return (input) => checkText(input, context.compliance);
}
