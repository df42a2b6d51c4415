// What the claim model is trained on: the corpus modelled on published cases (corpus/), the first lines
// written for this repo (train.jsonl), our own earlier holdout sets (holdout*.jsonl, written by us,
// measured first and then given to training), and the approved library (content-library/): approved copy
// is compliant by definition, and the composer builds every draft from it. Never anything from ../shared.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CorpusLine } from "../../src/compliance/claims/training/corpus.ts";
import { loadLibraryFiles } from "../../src/rag/load-library-files.ts";
import { validateItems } from "../../src/rag/validate-items.ts";

const here = fileURLToPath(new URL("./", import.meta.url));

export function trainingFiles(): string[] {
  const corpusDir = `${here}corpus/`;
  let corpus: string[] = [];
  try {
    corpus = readdirSync(corpusDir)
      .filter((name) => name.endsWith(".jsonl") && !name.startsWith("cases-"))
      .sort()
      .map((name) => `${corpusDir}${name}`);
  } catch {
    corpus = [];
  }
  const own = readdirSync(here)
    .filter((name) => name === "train.jsonl" || /^holdout(-\d+)?\.jsonl$/.test(name))
    .sort()
    .map((name) => `${here}${name}`);
  return [...own, ...corpus];
}

export const LIBRARY_DIR = fileURLToPath(new URL("../../content-library/", import.meta.url));

/** Every approved library item as a compliant line (its own group: items are not modelled on cases). */
export async function libraryLines(dir = LIBRARY_DIR): Promise<CorpusLine[]> {
  const loaded = await loadLibraryFiles(dir);
  const { valid } = validateItems(loaded.items);
  return valid.map(({ item }) => ({
    id: item.id,
    text: item.text,
    labels: [],
    evasion: false,
    spans: [],
    industry: item.industry,
    group: `library:${item.id}`,
    file: "content-library",
    raw: { labels: ["ok"], spans: [], note: "Approved library item." },
  }));
}
