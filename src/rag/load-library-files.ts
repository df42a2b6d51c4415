import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import YAML from "yaml";
import { readDocumentText } from "./read-document-text.ts";
import { readCsvTable, readXlsxTable, type Table } from "./read-tables.ts";
import { recordsFromTable } from "./records-from-table.ts";

export { recordsFromTable } from "./records-from-table.ts";

/** One item as found in a file, not yet validated; `origin` says where (file, list index or row). */
export interface RawItem {
  origin: string;
  record: unknown;
}

/** A file that could not be read at all. */
export interface LoadError {
  origin: string;
  field?: string;
  message: string;
}

interface Loaded {
  items: RawItem[];
  errors: LoadError[];
}

// Metadata for a .docx or .pdf lives beside it in NAME.docx.yaml / NAME.pdf.yaml.
const SIDECAR = /\.(docx|pdf)\.ya?ml$/i;

/**
 * Reads every item file under `dir`, in sorted path order so that runs are repeatable:
 * - .yaml / .yml: one item, or a list of items (origin `path#index`, from 0);
 * - .md: front matter holds the fields, the body is `text`;
 * - .csv and .xlsx (first sheet): a header row, then one item a row (origin `path:row N`, as the sheet
 *   numbers rows), headers as in recordsFromTable;
 * - .docx / .pdf: the document's text is `text`, every other field comes from its sidecar NAME.docx.yaml.
 * README.md, names starting with "_" or "." and other file types are skipped. A file that cannot be read
 * becomes a LoadError and the others still load; this never throws.
 */
export async function loadLibraryFiles(dir: string): Promise<Loaded> {
  const result: Loaded = { items: [], errors: [] };
  let paths: string[];
  try {
    paths = await listFiles(dir);
  } catch (error) {
    return { items: [], errors: [{ origin: dir, message: `cannot read the folder: ${messageOf(error)}` }] };
  }
  const present = new Set(paths);
  for (const path of paths) {
    try {
      const loaded = await loadFile(dir, path, present);
      result.items.push(...loaded.items);
      result.errors.push(...loaded.errors);
    } catch (error) {
      result.errors.push({ origin: path, message: messageOf(error) });
    }
  }
  return result;
}

async function loadFile(root: string, path: string, present: Set<string>): Promise<Loaded> {
  const full = join(root, path);
  const lower = path.toLowerCase();
  if (SIDECAR.test(lower)) {
    const document = path.replace(/\.ya?ml$/i, "");
    if (present.has(document)) return { items: [], errors: [] };
    return { items: [], errors: [{ origin: path, message: `metadata for ${document}, which is not there` }] };
  }
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return loadYaml(path, await readFile(full, "utf8"));
  if (lower.endsWith(".md")) return loadMarkdown(path, await readFile(full, "utf8"));
  if (lower.endsWith(".csv")) return fromTable(path, await readCsvTable(full));
  if (lower.endsWith(".xlsx")) return fromTable(path, await readXlsxTable(full));
  if (lower.endsWith(".docx")) return loadDocument(root, path, present, "docx");
  if (lower.endsWith(".pdf")) return loadDocument(root, path, present, "pdf");
  return { items: [], errors: [] };
}

function loadYaml(path: string, content: string): Loaded {
  const value: unknown = YAML.parse(content);
  if (value === null || value === undefined) return { items: [], errors: [] };
  if (Array.isArray(value))
    return { items: value.map((record, index) => ({ origin: `${path}#${index}`, record })), errors: [] };
  if (isMapping(value)) return { items: [{ origin: path, record: value }], errors: [] };
  return {
    items: [],
    errors: [{ origin: path, message: "expected an item (a mapping) or a list of items" }],
  };
}

function loadMarkdown(path: string, content: string): Loaded {
  // The `yaml` package rather than gray-matter's bundled js-yaml (YAML 1.1), so front matter reads exactly as a
  // .yaml file does (`no` stays a string). Passing options also turns off gray-matter's cache, which hands out
  // the same object for the same content.
  const file = matter(content, { engines: { yaml: (source) => (YAML.parse(source) ?? {}) as object } });
  if (!isMapping(file.data))
    return { items: [], errors: [{ origin: path, message: "front matter is not a mapping" }] };
  const body = file.content.trim();
  if (body && "text" in file.data) {
    return {
      items: [],
      errors: [{ origin: path, field: "text", message: "text is in both the front matter and the body" }],
    };
  }
  return { items: [{ origin: path, record: body ? { ...file.data, text: body } : file.data }], errors: [] };
}

function fromTable(path: string, table: Table): Loaded {
  return {
    items: recordsFromTable(table.rows, (index) => `${path}:row ${table.rowNumbers[index]}`),
    errors: [],
  };
}

async function loadDocument(
  root: string,
  path: string,
  present: Set<string>,
  kind: "docx" | "pdf",
): Promise<Loaded> {
  const sidecar = [`${path}.yaml`, `${path}.yml`].find((candidate) => present.has(candidate));
  if (!sidecar) {
    return { items: [], errors: [{ origin: path, message: `needs its metadata in ${path}.yaml beside it` }] };
  }
  const metadata: unknown = YAML.parse(await readFile(join(root, sidecar), "utf8"));
  if (!isMapping(metadata))
    return { items: [], errors: [{ origin: sidecar, message: "expected a mapping of item fields" }] };
  if ("text" in metadata) {
    return {
      items: [],
      errors: [{ origin: sidecar, field: "text", message: `the text comes from ${path}; remove it here` }],
    };
  }
  const text = await readDocumentText(join(root, path), kind);
  // A scanned PDF has pages but no text layer; say so rather than let validation report a missing text.
  if (!text)
    return {
      items: [],
      errors: [{ origin: path, field: "text", message: "no text could be extracted (a scan?)" }],
    };
  return { items: [{ origin: path, record: { ...metadata, text } }], errors: [] };
}

/** Relative paths with "/" under root, sorted by name at each level. Symbolic links are not followed. */
async function listFiles(root: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const paths: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) paths.push(...(await listFiles(root, path)));
    else if (entry.isFile() && entry.name.toLowerCase() !== "readme.md") paths.push(path);
  }
  return paths;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first line only: YAML errors go on with a code frame, which reads badly in a one-line report. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n", 1)[0] ?? message).replace(/:$/, "");
}
