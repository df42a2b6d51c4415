import { type LibraryItem, LibraryItemSchema } from "./library-item.ts";

export interface ItemRejection {
  origin: string;
  id?: string;
  field?: string;
  message: string;
}

export interface ValidatedItem {
  origin: string;
  item: LibraryItem;
}

/**
 * Validates raw records one by one: a bad record is reported by its origin (file and index, or request
 * index) and field, and never stops the good ones. A repeated id keeps the first and rejects the rest.
 */
export function validateItems(records: ReadonlyArray<{ origin: string; record: unknown }>): {
  valid: ValidatedItem[];
  rejected: ItemRejection[];
} {
  const valid: ValidatedItem[] = [];
  const rejected: ItemRejection[] = [];
  const seen = new Map<string, string>();
  for (const { origin, record } of records) {
    const rawId = record && typeof record === "object" ? (record as { id?: unknown }).id : undefined;
    const id = typeof rawId === "string" ? rawId : undefined;
    const parsed = LibraryItemSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || undefined;
        rejected.push({ origin, ...(id ? { id } : {}), ...(field ? { field } : {}), message: issue.message });
      }
      continue;
    }
    const first = seen.get(parsed.data.id);
    if (first) {
      rejected.push({
        origin,
        id: parsed.data.id,
        field: "id",
        message: `duplicate id, first defined at ${first}`,
      });
      continue;
    }
    seen.set(parsed.data.id, origin);
    valid.push({ origin, item: parsed.data });
  }
  return { valid, rejected };
}
