// Named word lists a rule pattern refers to as {NAME}. A kind of claim (a guarantee of an outcome, a
// disease said to go away) is one pattern over whole lists, so a disease or a guarantee word added to the
// list reaches every pattern of that kind at once instead of the few a pattern happened to spell out.

/** list name -> its words */
export type Vocabulary = Readonly<Record<string, readonly string[]>>;

/** {NAME} with capitals, digits or underscores; a regex quantifier ({0,8}) never looks like this */
const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)\}/g;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** a list as one non-capturing alternation, longest words first so 高血压 wins over 高血 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map((word) => word.replace(REGEX_SPECIAL, "\\$&")).join("|")})`;
}

/**
 * Replaces every {NAME} in a pattern by its list. A name the vocabulary lacks throws, naming `owner`:
 * left in place it would be matched literally and the pattern would silently never fire.
 */
export function expandPattern(pattern: string, vocabulary: Vocabulary, owner: string): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => {
    const words = vocabulary[name];
    if (!words || words.length === 0) throw new Error(`${owner}: unknown word list {${name}}`);
    return alternation(words);
  });
}
