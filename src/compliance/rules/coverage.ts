// Whether one range lies inside another of many: allowlisted phrases and excepted words around a hit.

export interface Range {
  begin: number;
  end: number;
}

/**
 * Ranges sorted by start with the furthest end reached so far: whether some range covers a hit is then one
 * binary search, so a text with thousands of hits and thousands of allowed phrases stays linear-ish.
 */
export interface Coverage {
  begins: number[];
  reach: number[];
}

export function coverageOf(ranges: readonly Range[] | undefined): Coverage | undefined {
  if (!ranges || ranges.length === 0) return undefined;
  const sorted = [...ranges].sort((a, b) => a.begin - b.begin);
  const begins: number[] = [];
  const reach: number[] = [];
  let furthest = -1;
  for (const range of sorted) {
    furthest = Math.max(furthest, range.end);
    begins.push(range.begin);
    reach.push(furthest);
  }
  return { begins, reach };
}

export function covered(hit: Range, coverage: Coverage | undefined): boolean {
  if (!coverage) return false;
  // the last range starting at or before the hit; any range that covers it starts there or earlier
  let low = 0;
  let high = coverage.begins.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((coverage.begins[middle] ?? 0) <= hit.begin) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return last >= 0 && (coverage.reach[last] ?? -1) >= hit.end;
}
