// The labelled lines the claim model learns from (JSONL: text, labels, spans, industry, channel and, for
// lines modelled on a published case, its source_url). Lines modelled on one case form one group, so
// cross-validation never puts a case on both sides of a fold.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";

const LineSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  labels: z.array(z.string()).min(1),
  spans: z.array(z.tuple([z.string(), z.string()])).default([]),
  industry: z.string().nullish(),
  channel: z.string().nullish(),
  source_url: z.string().nullish(),
  note: z.string().nullish(),
});

export interface CorpusLine {
  id: string;
  text: string;
  /** gold labels without "ok" and "evasion" (empty: a compliant line) */
  labels: string[];
  evasion: boolean;
  /** gold spans as offsets (a span text that does not occur is left out) */
  spans: Array<{ start: number; end: number; label: string }>;
  industry?: string;
  channel?: string;
  /** the case it was modelled on, or the line itself */
  group: string;
  file: string;
  /** the line as written, for the eval's metrics */
  raw: { labels: string[]; spans: Array<[string, string]>; note?: string };
}

export function readCorpusFile(path: string): CorpusLine[] {
  const file = basename(path);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((raw, index) => {
      const parsed = LineSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      const line = parsed.data;
      const spans: CorpusLine["spans"] = [];
      for (const [substring, label] of line.spans) {
        const start = line.text.indexOf(substring);
        if (start >= 0 && substring.length > 0) spans.push({ start, end: start + substring.length, label });
      }
      return {
        id: line.id,
        text: line.text,
        labels: line.labels.filter((label) => label !== "ok" && label !== "evasion"),
        evasion: line.labels.includes("evasion"),
        spans,
        industry: line.industry ?? undefined,
        channel: line.channel ?? undefined,
        group: line.source_url ? `url:${line.source_url}` : `line:${file}#${line.id}`,
        file,
        raw: { labels: line.labels, spans: line.spans, note: line.note ?? undefined },
      };
    });
}
