// regexgen ships no types: it turns a list of strings into one regex that matches exactly them.
declare module "regexgen" {
  export default function regexgen(inputs: readonly string[], flags?: string): RegExp;
}
