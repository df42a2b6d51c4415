// A draft has one text: `body`, the text the checks read, the reviewer approves and a rep sends. Its structured
// content (moments text + call to action, an outbound script's sections ...) is either what the body was
// flattened from, or the body itself marked as edited text. Nothing else is stored, and a stored structure
// that does not flatten to the body (written before this rule, or by hand) is never shown.
import { isDeepStrictEqual } from "node:util";
import { DomainError } from "../domain/errors.ts";
import { type ChannelContent, ChannelContentSchema } from "../generators/channel-content.ts";
import { flattenContent } from "../generators/flatten-content.ts";

type ContentRecord = Record<string, unknown>;

function recordOf(content: unknown): ContentRecord {
  return content && typeof content === "object" && !Array.isArray(content) ? (content as ContentRecord) : {};
}

/** The visible AI label the generator appended to the body (kept with the content as `ai_label`). */
function labelOf(content: unknown): string | null {
  const label = recordOf(content).ai_label;
  return typeof label === "string" && label.length > 0 ? label : null;
}

function bodyOfStructure(content: ChannelContent, label: string | null): string {
  const flat = flattenContent(content);
  return label ? `${flat}\n${label}` : flat;
}

/** True when the stored content is exactly what the body says: its flattening, or the body as edited text. */
export function contentMatchesBody(content: unknown, channel: string, body: string): boolean {
  const record = recordOf(content);
  if (record.edited_as_text === true) return record.channel === channel && record.text === body;
  // A generation that failed stores its error and no text at all.
  if ("error" in record) return body === "";
  const parsed = ChannelContentSchema.safeParse(content);
  return (
    parsed.success &&
    parsed.data.channel === channel &&
    bodyOfStructure(parsed.data, labelOf(content)) === body
  );
}

/**
 * The body as content. After a free-text edit the generator's structure (text + call to action, greeting + line
 * + question ...) no longer describes it, so it is not kept pretending to. Group messages keep their type and
 * send time (neither is text anyone reads).
 */
export function textAsContent(previous: unknown, channel: string, body: string): ContentRecord {
  const record = recordOf(previous);
  const keep = channel === "group" ? { message_type: record.message_type, send_at: record.send_at } : {};
  return { channel, ...keep, text: body, edited_as_text: true };
}

/** What the API, the console and the evidence pack show as a draft's content. */
export function shownContent(draft: { content: unknown; channel: string; body: string }): unknown {
  if (contentMatchesBody(draft.content, draft.channel, draft.body)) return draft.content;
  return { ...textAsContent(draft.content, draft.channel, draft.body), structure_withheld: true };
}

export interface EditedText {
  body: string;
  content: unknown;
}

const invalid = (field: string, message: string) =>
  new DomainError("invalid_request", `${field}: ${message}`, [{ in: "body", field, message }]);

/**
 * The one text of an edit. With `content`, the body is derived from it (so every field a rep would send is
 * checked); a `body` sent beside it must be that same text. With `body` alone, the content is the body.
 */
export function editedText(
  draft: { channel: string; message_type: string | null; content: unknown },
  input: { body?: string | undefined; content?: unknown },
): EditedText {
  if (input.content === undefined) {
    if (input.body === undefined) throw invalid("body", "send the edited text as body (or content)");
    return { body: input.body, content: textAsContent(draft.content, draft.channel, input.body) };
  }
  const parsed = ChannelContentSchema.safeParse(input.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ["content", ...(issue?.path ?? []).map(String)].join(".");
    throw invalid(field, issue?.message ?? "not this channel's content");
  }
  const content = parsed.data;
  if (content.channel !== draft.channel) {
    throw invalid("content.channel", `this draft is a ${draft.channel} draft`);
  }
  if (content.channel === "group" && draft.message_type && content.message_type !== draft.message_type) {
    throw invalid("content.message_type", `this draft is a ${draft.message_type} message`);
  }
  if (content.channel === "outbound") {
    // The pitch note is the generator's advice to the rep, not text anyone hears: an edit may not write one.
    const stored = recordOf(draft.content).strategy;
    if (!isDeepStrictEqual({ ...content.strategy }, stored)) {
      throw invalid("content.strategy", "the call strategy is the generator's and is not edited");
    }
  }
  const label = labelOf(draft.content);
  const body = bodyOfStructure(content, label);
  if (input.body !== undefined && input.body !== body) {
    throw invalid("body", "the body is derived from content: send one of them, or the same text");
  }
  return { body, content: label ? { ...content, ai_label: label } : content };
}
