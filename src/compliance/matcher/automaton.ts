// Aho-Corasick over UTF-16 code units, stored as a double array in typed arrays.
// Patterns are matched in one pass; every match (overlapping ones included) is reported.

export interface Match {
  /** index of the pattern in the list given to buildAutomaton */
  pattern: number;
  /** [begin, end) in the scanned units */
  begin: number;
  end: number;
}

export interface Automaton {
  symbolOf: Uint16Array;
  base: Int32Array;
  check: Int32Array;
  failure: Int32Array;
  outputStart: Int32Array;
  outputs: Int32Array;
  patternLengths: Int32Array;
  patternCount: number;
}

interface TrieNode {
  children: Map<number, number>;
  outputs: number[];
}

function buildTrie(patterns: readonly string[], symbolOf: Uint16Array): TrieNode[] {
  const nodes: TrieNode[] = [{ children: new Map(), outputs: [] }];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const symbol = symbolOf[pattern.charCodeAt(i)] ?? 0;
      const current = nodes[node] as TrieNode;
      let next = current.children.get(symbol);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ children: new Map(), outputs: [] });
        current.children.set(symbol, next);
      }
      node = next;
    }
    (nodes[node] as TrieNode).outputs.push(index);
  });
  return nodes;
}

function assignSymbols(patterns: readonly string[]): { symbolOf: Uint16Array; count: number } {
  const symbolOf = new Uint16Array(0x10000);
  let count = 0;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (symbolOf[code] === 0) symbolOf[code] = ++count;
    }
  }
  return { symbolOf, count };
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { symbolOf, count } = assignSymbols(patterns);
  const trie = buildTrie(patterns, symbolOf);
  const position = new Int32Array(trie.length); // trie node -> double-array state
  let capacity = Math.max(1024, trie.length * 2 + count + 2);
  let base = new Int32Array(capacity);
  let check = new Int32Array(capacity).fill(-1);
  const used = new Uint8Array(capacity * 4);
  check[0] = 0;
  let firstFree = 1;
  const order: number[] = [0];
  for (let cursor = 0; cursor < order.length; cursor++) {
    const nodeIndex = order[cursor] as number;
    const node = trie[nodeIndex] as TrieNode;
    const state = position[nodeIndex] as number;
    if (node.children.size === 0) continue;
    const symbols = [...node.children.keys()].sort((a, b) => a - b);
    const smallest = symbols[0] as number;
    while (firstFree < capacity && check[firstFree] !== -1) firstFree++;
    let offset = Math.max(1, firstFree - smallest);
    for (;;) {
      if (offset >= used.length) break;
      if (
        used[offset] === 0 &&
        symbols.every((symbol) => offset + symbol >= capacity || check[offset + symbol] === -1)
      )
        break;
      offset++;
    }
    const highest = offset + (symbols[symbols.length - 1] as number);
    if (highest >= capacity) {
      const grown = Math.max(capacity * 2, highest + 1);
      const nextBase = new Int32Array(grown);
      nextBase.set(base);
      const nextCheck = new Int32Array(grown).fill(-1);
      nextCheck.set(check);
      base = nextBase;
      check = nextCheck;
      capacity = grown;
    }
    used[offset] = 1;
    base[state] = offset;
    for (const symbol of symbols) {
      const child = node.children.get(symbol) as number;
      check[offset + symbol] = state;
      position[child] = offset + symbol;
      order.push(child);
    }
  }
  const failure = new Int32Array(capacity);
  const outputLists: number[][] = new Array(capacity);
  outputLists[0] = [];
  for (const nodeIndex of order) {
    const node = trie[nodeIndex] as TrieNode;
    const state = position[nodeIndex] as number;
    const own = outputLists[state] ?? [];
    outputLists[state] = own;
    for (const [symbol, child] of node.children) {
      const childState = position[child] as number;
      let fallback = failure[state] as number;
      let target = 0;
      if (state !== 0) {
        for (;;) {
          const next = (base[fallback] as number) + symbol;
          if (check[next] === fallback && next !== fallback) {
            target = next;
            break;
          }
          if (fallback === 0) break;
          fallback = failure[fallback] as number;
        }
      }
      failure[childState] = target;
      outputLists[childState] = [...(trie[child] as TrieNode).outputs, ...(outputLists[target] ?? [])];
    }
  }
  const outputStart = new Int32Array(capacity + 1);
  let total = 0;
  for (let state = 0; state < capacity; state++) {
    outputStart[state] = total;
    total += outputLists[state]?.length ?? 0;
  }
  outputStart[capacity] = total;
  const outputs = new Int32Array(total);
  for (let state = 0; state < capacity; state++) {
    const list = outputLists[state];
    if (list) outputs.set(list, outputStart[state] as number);
  }
  const patternLengths = Int32Array.from(patterns, (pattern) => pattern.length);
  return {
    symbolOf,
    base,
    check,
    failure,
    outputStart,
    outputs,
    patternLengths,
    patternCount: patterns.length,
  };
}

/** Calls onMatch for every occurrence of every pattern in units[0, length). */
export function scanUnits(
  automaton: Automaton,
  units: Uint16Array,
  length: number,
  onMatch: (pattern: number, begin: number, end: number) => void,
): void {
  const { symbolOf, base, check, failure, outputStart, outputs, patternLengths } = automaton;
  let state = 0;
  for (let i = 0; i < length; i++) {
    const symbol = symbolOf[units[i] as number] as number;
    if (symbol === 0) {
      state = 0;
      continue;
    }
    for (;;) {
      const next = (base[state] as number) + symbol;
      if (check[next] === state && next !== 0) {
        state = next;
        break;
      }
      if (state === 0) break;
      state = failure[state] as number;
    }
    const from = outputStart[state] as number;
    const to = outputStart[state + 1] as number;
    for (let k = from; k < to; k++) {
      const pattern = outputs[k] as number;
      onMatch(pattern, i + 1 - (patternLengths[pattern] as number), i + 1);
    }
  }
}

export function matchAll(automaton: Automaton, units: Uint16Array, length: number): Match[] {
  const matches: Match[] = [];
  scanUnits(automaton, units, length, (pattern, begin, end) => matches.push({ pattern, begin, end }));
  return matches;
}

export function stringUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
