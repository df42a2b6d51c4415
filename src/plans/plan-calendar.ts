// Where a plan's items fall in time: day N of a plan starting on a date is a calendar date in China, with its
// weekday, and each slot has the clock time the rep sends it at. Pure functions of the plan's data.
import { chinaDate } from "../shared/china-time.ts";

/** When each slot goes out: group greetings at 09:00, moments at lunch time, 1:1 in the afternoon, deals at 20:00. */
export const SLOT_TIMES: Record<string, string> = {
  "group_09:00": "09:00",
  moments: "12:30",
  private: "15:00",
  "group_20:00": "20:00",
};

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

/** The date `days` after a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? "";
}

/** A plan without a chosen start begins the day after it was made (China time). */
export function startDateOf(request: { start_date?: string | undefined }, createdAt: Date): string {
  return request.start_date ?? addDays(chinaDate(createdAt), 1);
}

export interface SlotTime {
  date: string;
  weekday: string;
  time: string;
}

/** Day 1 is the start date. */
export function slotTime(startDate: string, day: number, slot: string): SlotTime {
  const date = addDays(startDate, day - 1);
  return { date, weekday: weekdayOf(date), time: SLOT_TIMES[slot] ?? "" };
}

/** Items of one day in the order they go out. */
export function compareSlots(a: string, b: string): number {
  return (SLOT_TIMES[a] ?? "99:99").localeCompare(SLOT_TIMES[b] ?? "99:99");
}
