// The composer's channel layouts: Handlebars templates in prompts/composer/, compiled once.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";

export const COMPOSER_DIR = new URL("../../../prompts/composer/", import.meta.url);

export type LayoutName = "moments" | "group" | "private" | "sms";

export interface Layouts {
  render(name: LayoutName, view: Record<string, unknown>): string;
  /** sha256 of every composer file (layouts and phrases), so a changed phrase is a new version. */
  version: string;
}

export function loadLayouts(dir: URL = COMPOSER_DIR): Layouts {
  const handlebars = Handlebars.create();
  const hash = createHash("sha256");
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(dir).sort()) {
    const source = readFileSync(new URL(file, dir), "utf8");
    hash.update(`\0${file}\0${source}`);
    // Copy, not HTML: nothing is escaped.
    if (file.endsWith(".hbs"))
      compiled.set(file.slice(0, -4), handlebars.compile(source, { noEscape: true }));
  }
  return {
    version: `composer-${hash.digest("hex").slice(0, 12)}`,
    render(name, view) {
      const template = compiled.get(name);
      if (!template) throw new Error(`no composer layout ${name}.hbs`);
      return template(view).trim();
    },
  };
}
