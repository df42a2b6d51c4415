// Every date and time a person reads is China time (Asia/Shanghai), whatever the browser's time zone.
const ZONE = "Asia/Shanghai";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** 2026-11-29 16:05 (China time). */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const parts = Object.fromEntries(
    dateTime.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** How long something has waited, in the largest whole unit: 不到 1 分钟, 5 分钟, 3 小时, 2 天. */
export function age(iso: string, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return "不到 1 分钟";
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} 小时`;
  return `${Math.floor(hours / 24)} 天`;
}

/** 12月7日 周一, from a YYYY-MM-DD date and its weekday. */
export function dayHeading(date: string, weekday: string): string {
  const [, month, day] = date.split("-").map(Number);
  return `${month}月${day}日 ${weekday}`;
}
