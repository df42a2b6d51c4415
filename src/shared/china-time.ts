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
