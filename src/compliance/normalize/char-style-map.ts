// Reads houbb's character-style table (compliance-rules/variants/houbb_char_style_map.tsv, Apache-2.0).
import { readFileSync } from "node:fs";

const TABLE_URL = new URL("../../../compliance-rules/variants/houbb_char_style_map.tsv", import.meta.url);

let rows: Array<[string, string, string]> | undefined;

function readRows(): Array<[string, string, string]> {
  rows ??= readFileSync(TABLE_URL, "utf8")
    .split("\n")
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => line.split("\t"))
    .filter((cells) => cells.length >= 4)
    .map((cells) => [cells[0] ?? "", cells[1] ?? "", cells[3] ?? ""]);
  return rows;
}

/** from → to for one of the tables ("num" folds to an ASCII digit, "english" to a letter). */
export function readCharStyleMap(table: "num" | "english"): Map<string, string> {
  return new Map(
    readRows()
      .filter(([, , name]) => name === table)
      .map(([from, to]) => [from, to]),
  );
}
