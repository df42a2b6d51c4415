// The model's prompts: Handlebars templates in prompts/ (one per channel, partials for persona, stage, tier,
// material and repair feedback), compiled once. The version is a content hash of every template.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { Channel } from "../domain/vocabulary.ts";
import type { GenerationInput } from "./generator.ts";

export const PROMPTS_DIR = new URL("../../prompts/", import.meta.url);

const INDUSTRY_NAMES: Record<string, string> = {
  finance: "银行理财",
  insurance: "保险",
  pharma: "医药零售",
  medical: "医疗服务",
  health_food: "保健食品",
  beauty: "美妆护肤",
  mother_baby: "母婴",
  pets: "宠物",
  jewelry: "珠宝",
  education: "教育培训",
  auto: "汽车",
  manufacturing: "制造业",
  retail: "零售",
  food_beverage: "食品饮料",
};

export interface RenderedPrompt {
  system: string;
  user: string;
}

export interface Prompts {
  version: string;
  render(input: GenerationInput): RenderedPrompt;
}

export function loadPrompts(dir: URL = PROMPTS_DIR): Prompts {
  const handlebars = Handlebars.create();
  handlebars.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper("join", (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === "string" ? separator : "、") : "",
  );
  const hash = createHash("sha256");
  const read = (relative: string) => {
    const source = readFileSync(new URL(relative, dir), "utf8");
    hash.update(`\0${relative}\0${source}`);
    return source;
  };
  for (const file of readdirSync(new URL("partials/", dir)).sort()) {
    if (file.endsWith(".hbs")) handlebars.registerPartial(file.slice(0, -4), read(`partials/${file}`));
  }
  const compile = (relative: string) => handlebars.compile(read(relative), { noEscape: true, strict: false });
  const system = compile("system.hbs");
  const channels = new Map<Channel, Handlebars.TemplateDelegate>(
    (["moments", "group", "private", "sms", "outbound"] as const).map((channel) => [
      channel,
      compile(`${channel}.hbs`),
    ]),
  );
  return {
    version: `prompts-${hash.digest("hex").slice(0, 12)}`,
    render(input) {
      const { request, material, feedback } = input;
      const hasFeedback =
        feedback.findings.length > 0 || feedback.grounding.length > 0 || Boolean(feedback.error);
      const view = {
        ...request,
        industry_name: INDUSTRY_NAMES[request.industry] ?? request.industry,
        brand: material.brand ?? "品牌",
        items: material.items,
        request_benefit: material.requestBenefit,
        feedback: hasFeedback ? feedback : null,
      };
      const template = channels.get(request.channel);
      if (!template) throw new Error(`no prompt template for ${request.channel}`);
      return { system: system(view).trim(), user: template(view).trim() };
    },
  };
}
