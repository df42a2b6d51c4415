// Liangyan's users read and set dates in China time, whatever time zone the server runs in: material valid
// until 11-29 stops at midnight in Shanghai, not at 08:00 there (midnight UTC).
export const CHINA_TIME_ZONE = "Asia/Shanghai";

const dateParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: CHINA_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in China at `instant`. */
export function chinaDate(instant: Date): string {
  return dateParts.format(instant);
}

const timeParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: CHINA_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** A moment as a person in China reads it: "2026-11-29 16:05:00" (an ISO string or a Date; "" for none). */
export function chinaDateTime(instant: Date | string | null | undefined): string {
  if (instant === null || instant === undefined || instant === "") return "";
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = Object.fromEntries(timeParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
