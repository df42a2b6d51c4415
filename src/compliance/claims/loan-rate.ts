// A loan's annual rate stated on its own (借款年利率：10%-16%, 贷款年化利率6%起) is the disclosure the PBoC asks a
// loan's marketing to show, not a promised return; the finance head learned rates and percentages from yield
// promises and reads the bare figure as one.
const LOAN_RATE =
  /^[^，。！？\n]{0,6}(借款|贷款|借贷|分期|信贷)[^，。！？\n]{0,4}(年化|综合年化)?(年)?(利率|费率|成本)[:：\s为是]*[\d.]+\s*[%％]?(\s*[-~～至到—–]\s*[\d.]+\s*[%％]?)?\s*(起)?[，。\s]*$/;

/** Whether the excerpt only states a loan's annual rate. */
export function statesLoanRate(excerpt: string): boolean {
  return LOAN_RATE.test(excerpt);
}
