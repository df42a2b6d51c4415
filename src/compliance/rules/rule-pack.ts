// Loads the YAML rule pack (compliance-rules/) into validated rules with a version that names its content.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { LABELS, type Label, type Severity } from "../types.ts";
import { expandPattern, type Vocabulary } from "./vocabulary.ts";

export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../../compliance-rules/", import.meta.url));

/** regexes, where an entry may itself be a list: a rule can add its own to a shared YAML anchor ([*an_aim, "..."]) */
const patternList = z
  .array(z.union([z.string(), z.array(z.string())]))
  .transform((entries) => entries.flat())
  .default([]);

const ExceptionsSchema = z
  .object({
    phrases: z.array(z.string()).default([]),
    before: z.array(z.string()).default([]),
    after: z.array(z.string()).default([]),
    /** regexes over the whole text: when one matches (and no `document_unless` does), hits become warnings */
    document: patternList,
    document_unless: patternList,
    /** regexes anchored at the hit, over the hit plus the rest of its clause (noise removed): 最好用7天过渡 */
    after_patterns: patternList,
    /** regexes anchored at the hit, over its sentence before it: 疫苗该补针了，可预防猫瘟 */
    before_patterns: patternList,
  })
  .default(noExceptions);

/** a rule with no exception of any kind (a stored term, a test's rule), each list its own */
export function noExceptions(): z.infer<typeof ExceptionsSchema> {
  return {
    phrases: [],
    before: [],
    after: [],
    document: [],
    document_unless: [],
    after_patterns: [],
    before_patterns: [],
  };
}

export const RuleSchema = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  article: z.string().min(1),
  severity: z.enum(["block", "warn"]),
  industries: z.array(z.string()).default([]),
  not_industries: z.array(z.string()).default([]),
  channels: z.array(z.string()).default([]),
  terms: z.array(z.string().min(1)).default([]),
  patterns: z.array(z.string().min(1)).default([]),
  suggestion: z.string().default(""),
  exceptions: ExceptionsSchema,
  /** terms that are claims only in some contexts (第一 but not 第一次): their hits are candidates the claim model confirms */
  ambiguous_terms: z.array(z.string().min(1)).optional(),
  /** every hit of the rule is such a candidate (broad regex families) */
  ambiguous: z.boolean().optional(),
  /** the rule only adds coverage: its hit is dropped where another rule of its label has one overlapping it, so a
   * reviewer sees one finding per claim (最好 and 最好的理财产品 are one boast) */
  defers: z.boolean().optional(),
});
export type RuleSource = z.infer<typeof RuleSchema>;

const IndexSchema = z.object({
  name: z.string(),
  version: z.string(),
  files: z.array(z.string()),
  allowlist: z.string(),
  homophones: z.string(),
  /** named word lists patterns use as {NAME} */
  vocabulary: z.string().optional(),
  categories: z.record(z.string(), z.enum(LABELS)),
});

export interface Rule extends RuleSource {
  label: Label;
  severity: Severity;
}

export interface RulePack {
  name: string;
  /** semver + content hash, e.g. 1.0.0+3f2a9c1d0b7e */
  version: string;
  rules: Rule[];
  allowlist: string[];
  homophones: Record<string, string[]>;
  categories: Record<string, Label>;
  vocabulary: Vocabulary;
  /** ids of added rules left out (unknown category) */
  skipped: string[];
}

const VocabularySchema = z.object({
  words: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.array(z.string().min(1)).min(1)),
});

/** the rule with every {NAME} in its regexes replaced by that word list */
function expandRule(rule: RuleSource, vocabulary: Vocabulary): RuleSource {
  const expand = (sources: string[]) =>
    sources.map((source) => expandPattern(source, vocabulary, `rule ${rule.id}`));
  const { exceptions } = rule;
  return {
    ...rule,
    patterns: expand(rule.patterns),
    exceptions: {
      ...exceptions,
      document: expand(exceptions.document),
      document_unless: expand(exceptions.document_unless),
      after_patterns: expand(exceptions.after_patterns),
      before_patterns: expand(exceptions.before_patterns),
    },
  };
}

function readYaml(dir: string, file: string): { text: string; data: unknown } {
  const text = readFileSync(join(dir, file), "utf8");
  return { text, data: parse(text) };
}

export function loadRulePack(dir: string = DEFAULT_RULES_DIR): RulePack {
  const hash = createHash("sha256");
  const index = readYaml(dir, "pack.yaml");
  hash.update(index.text);
  const meta = IndexSchema.parse(index.data);
  const rules: RuleSource[] = [];
  for (const file of meta.files) {
    const { text, data } = readYaml(dir, file);
    hash.update(`\0${file}\0${text}`);
    rules.push(...z.object({ rules: z.array(RuleSchema) }).parse(data).rules);
  }
  const allow = readYaml(dir, meta.allowlist);
  hash.update(`\0${allow.text}`);
  const homophones = readYaml(dir, meta.homophones);
  hash.update(`\0${homophones.text}`);
  let vocabulary: Vocabulary = {};
  if (meta.vocabulary) {
    const words = readYaml(dir, meta.vocabulary);
    hash.update(`\0${words.text}`);
    vocabulary = VocabularySchema.parse(words.data).words;
  }
  const version = `${meta.version}+${hash.digest("hex").slice(0, 12)}`;
  const pack: RulePack = {
    name: meta.name,
    version,
    rules: [],
    allowlist: z.object({ phrases: z.array(z.string()) }).parse(allow.data).phrases,
    homophones: z.object({ chars: z.record(z.string(), z.array(z.string())) }).parse(homophones.data).chars,
    categories: meta.categories,
    vocabulary,
    skipped: [],
  };
  for (const rule of rules) {
    const label = meta.categories[rule.category];
    if (!label) throw new Error(`rule ${rule.id}: unknown category ${rule.category}`);
    pack.rules.push({ ...expandRule(rule, vocabulary), label });
  }
  return pack;
}

/**
 * Adds rules (e.g. terms an admin stored in the database) and re-versions the pack: by `extraVersion`
 * when given (the database revision), else by a hash of the added rules. Added rules with a category the
 * pack does not know, or naming a word list it lacks, are left out and listed in `skipped`, so bad stored
 * data cannot stop the engine.
 */
export function withRules(pack: RulePack, extra: readonly RuleSource[], extraVersion?: string): RulePack {
  const rules = [...pack.rules];
  const skipped = [...pack.skipped];
  for (const source of extra) {
    const label = pack.categories[source.category];
    if (!label) {
      skipped.push(source.id);
      continue;
    }
    try {
      rules.push({ ...expandRule(source, pack.vocabulary), label });
    } catch {
      skipped.push(source.id);
    }
  }
  let version = pack.version;
  if (extraVersion) version = `${pack.version}.${extraVersion}`;
  else if (extra.length > 0)
    version = `${pack.version}.${createHash("sha256").update(JSON.stringify(extra)).digest("hex").slice(0, 8)}`;
  return { ...pack, rules, version, skipped };
}
