// Splits a text at every finding boundary so overlapping findings can each be marked in place.
import type { Finding } from "../compliance/types.ts";

export interface Segment {
  text: string;
  /** Indexes into the findings list of the findings covering this segment (empty: plain text). */
  findings: number[];
}

export function highlightSegments(
  text: string,
  findings: readonly Pick<Finding, "start" | "end">[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const finding of findings) {
    if (finding.end <= finding.start) continue; // a missing element has no span to mark
    cuts.add(Math.max(0, Math.min(text.length, finding.start)));
    cuts.add(Math.max(0, Math.min(text.length, finding.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const covering = findings.flatMap((finding, at) =>
      finding.start <= start && finding.end >= end && finding.end > finding.start ? [at] : [],
    );
    segments.push({ text: text.slice(start, end), findings: covering });
  }
  return segments;
}
