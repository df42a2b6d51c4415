// The text of a frame (an approved phrasing with typed slots): which slots it uses and, for an outbound script,
// its 【sections】. Pure functions shared by validation at ingest and by the composer.

/** Typed slots a frame may hold; each is filled only from items eligible for the request (docs/library-format.md). */
export const FRAME_SLOTS = ["brand", "product", "fact", "benefit", "deadline", "notice", "opening"] as const;
export type FrameSlot = (typeof FRAME_SLOTS)[number];

const SLOT = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isFrameSlot(name: string): name is FrameSlot {
  return (FRAME_SLOTS as readonly string[]).includes(name);
}

/** Every double-brace name in a text, in order, repeats included (unknown names too, for validation). */
export function slotNamesOf(text: string): string[] {
  return [...text.matchAll(SLOT)].map((match) => match[1] ?? "");
}

/** The text with its double-brace slots blanked out, so single-brace merge fields can be read apart. */
export function withoutSlots(text: string): string {
  return text.replace(SLOT, "");
}

/** Fills the slots of a frame; a slot with no value stays as it is (and is then a hole nobody may send). */
export function fillSlots(text: string, values: Partial<Record<FrameSlot, string>>): string {
  return text.replace(SLOT, (whole, name: string) => (isFrameSlot(name) ? (values[name] ?? whole) : whole));
}

/** Outbound sections, by the marker a writer uses, to the field of the script they fill. */
export const OUTBOUND_SECTIONS = {
  开场: "opening",
  目的: "purpose",
  利益点: "benefit",
  询问: "question",
  有意向: "interested",
  暂不需要: "not_now",
  详情: "asks_details",
  异议: "objection",
  投诉: "complaint",
  勿扰: "do_not_call",
  加企微: "add_wechat_work",
  结束: "closing",
} as const;
export type OutboundSection = (typeof OUTBOUND_SECTIONS)[keyof typeof OUTBOUND_SECTIONS];
export const REQUIRED_OUTBOUND_SECTIONS = ["开场", "目的", "利益点", "询问", "结束"] as const;
const REPEATABLE = new Set(["询问", "异议"]);

export interface ScriptLine {
  marker: string;
  section: OutboundSection;
  text: string;
}

const SECTION_LINE = /^【([^】]{1,10})】\s*(.*)$/;

/** The lines of an outbound frame, or the problems that stop it from being one. */
export function parseScript(text: string): { lines: ScriptLine[]; problems: string[] } {
  const lines: ScriptLine[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const match = SECTION_LINE.exec(line);
    const marker = match?.[1] ?? "";
    const section = (OUTBOUND_SECTIONS as Record<string, OutboundSection>)[marker];
    if (!match || !section) {
      problems.push(
        `every line of an outbound frame starts with a section marker (${Object.keys(OUTBOUND_SECTIONS)
          .map((name) => `【${name}】`)
          .join("")}); not: “${line.slice(0, 30)}”`,
      );
      continue;
    }
    if (seen.has(marker) && !REPEATABLE.has(marker)) problems.push(`section 【${marker}】 appears twice`);
    seen.add(marker);
    if (!match[2]?.trim()) problems.push(`section 【${marker}】 is empty`);
    lines.push({ marker, section, text: match[2]?.trim() ?? "" });
  }
  for (const marker of REQUIRED_OUTBOUND_SECTIONS) {
    if (!seen.has(marker)) problems.push(`an outbound frame needs a 【${marker}】 line`);
  }
  return { lines, problems };
}

/** An objection line of a script: 客户说“…”：answer (the trigger in quotes, then the answer). */
export function splitObjection(text: string): { trigger: string; answer: string } | null {
  const match = /^[^“"]{0,8}[“"]([^”"]{2,60})[”"][:：，,]?\s*(.+)$/.exec(text);
  return match?.[1] && match[2] ? { trigger: match[1], answer: match[2] } : null;
}
