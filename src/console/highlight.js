// Marks each finding in place: the text is cut at every finding boundary (findings may overlap) and each piece
// covered by a finding becomes a <mark> naming its reasons. The same cut as src/review/highlight-segments.ts.

/**
 * The open findings of the version on screen (compliance and grounding; a finding a second reviewer dismissed
 * is not highlighted), as one list with what a reviewer needs to read.
 */
export function allFindings(draft) {
  if (draft.review) {
    return draft.review.findings
      .filter((f) => !f.dismissal)
      .map((f) => ({
        start: f.start,
        end: f.end,
        severity: f.severity,
        excerpt: f.excerpt,
        article: f.article,
        suggestion: f.suggestion,
        rule: f.rule_id,
      }));
  }
  const findings = (draft.verdict?.findings ?? []).map((f) => ({
    start: f.start,
    end: f.end,
    severity: f.severity,
    excerpt: f.excerpt,
    article: f.article,
    suggestion: f.suggestion,
    rule: f.rule_id,
  }));
  const grounding = draft.grounding?.findings ?? [];
  for (const g of grounding) {
    findings.push({
      start: g.start,
      end: g.end,
      severity: "block",
      excerpt: g.claim,
      article: "素材依据：数字与利益点须来自引用素材",
      suggestion: g.message ?? "引用的素材中没有这一内容",
      rule: `grounding.${g.kind}`,
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function segments(text, findings) {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    if (f.end <= f.start) continue;
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = [];
    findings.forEach((f, index) => {
      if (f.end > f.start && f.start <= start && f.end >= end) covering.push(index);
    });
    out.push({ text: text.slice(start, end), findings: covering });
  }
  return out;
}

/** Renders the text into `container` with DOM nodes only (never innerHTML: the text is untrusted). */
export function renderHighlighted(container, text, findings) {
  container.replaceChildren();
  for (const piece of segments(text, findings)) {
    if (piece.findings.length === 0) {
      container.append(document.createTextNode(piece.text));
      continue;
    }
    const mark = document.createElement("mark");
    const block = piece.findings.some((i) => findings[i].severity === "block");
    mark.className = block ? "sev-block" : "sev-warn";
    mark.dataset.findings = piece.findings.map((i) => i + 1).join(",");
    mark.title = piece.findings
      .map((i) => `#${i + 1} ${findings[i].article}：${findings[i].suggestion}`)
      .join("\n");
    mark.textContent = piece.text;
    const tag = document.createElement("sup");
    tag.className = "finding-ref";
    tag.textContent = piece.findings.map((i) => i + 1).join(",");
    container.append(mark, tag);
  }
}
