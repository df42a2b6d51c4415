// The model's prompts: Handlebars templates in prompts/ (one per channel, partials for persona, stage, tier,
// material and repair feedback), compiled once. The version is a content hash of every template.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { Channel } from "../domain/vocabulary.ts";
import type { RetrievedItem } from "../rag/retrieve.ts";
import type { GenerateRequest } from "./generate-request.ts";
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

const MAX_FRAMES = 4;

function frameView(item: RetrievedItem) {
  return {
    item_id: item.id,
    title: item.title,
    ...(item.product ? { product: item.product } : {}),
    ...(item.tone ? { tone: item.tone } : {}),
    ...(item.benefit_types.length ? { benefit_types: item.benefit_types } : {}),
    ...(item.openings.length ? { openings: item.openings } : {}),
    text: item.text,
  };
}

function factView(item: RetrievedItem) {
  return {
    item_id: item.id,
    kind: item.kind,
    ...(item.notice_type ? { notice_type: item.notice_type } : {}),
    ...(item.benefit_type ? { benefit_type: item.benefit_type } : {}),
    ...(item.product ? { product: item.product } : {}),
    ...(item.clause ? { clause: item.clause } : {}),
    ...(item.valid_until ? { valid_until: item.valid_until } : {}),
    title: item.title,
    text: item.text,
  };
}

/** The request's free text, as one JSON document: data the model reads, never instructions it follows. */
export function requestData(request: GenerateRequest): string {
  return JSON.stringify({
    product: request.product ?? null,
    benefit: request.benefit ?? null,
    persona: {
      name: request.persona.name ?? null,
      interests: request.persona.interests,
      strengths: request.persona.strengths,
    },
    customer_interests: request.customer_interests,
    customer: request.customer ?? null,
    notes: request.notes ?? null,
  });
}

/** A fence the data cannot close: derived from the data itself, so text inside cannot guess it. */
function boundaryOf(data: string, seed: string): string {
  return `request-data-${createHash("sha256").update(`${seed}\0${data}`).digest("hex").slice(0, 16)}`;
}

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
  // One JSON object per line: a value can never start a line of its own or look like another entry.
  handlebars.registerHelper("json", (value: unknown) => JSON.stringify(value));
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
      const data = requestData(request);
      const view = {
        channel: request.channel,
        stage: request.stage,
        tier: request.tier,
        scenario: request.scenario,
        message_type: request.message_type,
        persona: { tone: request.persona.tone },
        industry_name: INDUSTRY_NAMES[request.industry] ?? request.industry,
        brand: material.brand ?? "品牌",
        frames: material.frames.slice(0, MAX_FRAMES).map(frameView),
        facts: material.items.filter((item) => item.kind !== "phrasing").map(factView),
        guidance: material.guidance.map((item) => ({ title: item.title, rule: item.text })),
        request_data: data,
        boundary: boundaryOf(data, input.seed),
        feedback: hasFeedback ? feedback : null,
      };
      const template = channels.get(request.channel);
      if (!template) throw new Error(`no prompt template for ${request.channel}`);
      return { system: system(view).trim(), user: template(view).trim() };
    },
  };
}
