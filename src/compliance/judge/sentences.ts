// Splits text into sentences with their original offsets (the judge's spans).
const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;\n]*/g;

export function sentences(text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const trimmed = raw.replace(/[\s。！？!?；;]+$/u, "");
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim().length === 0) continue;
    found.push({ start: match.index + lead, end: match.index + trimmed.length, text: trimmed.trimStart() });
  }
  return found;
}
