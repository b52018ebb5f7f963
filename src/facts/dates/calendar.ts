// Calendar arithmetic on plain UTC days and TIMEX3 value formatting. Pure, no clock.

export interface Day {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function parseIsoDay(s: string | null | undefined): Day | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const toUtc = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d);
const fromUtc = (ms: number): Day => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(day: Day): number {
  const wd = new Date(toUtc(day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((toUtc(thursday) - jan1) / 86_400_000 / 7) + 1;
  return { year: thursday.y, week };
}

export const formatDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number): string => pad(y, 4);
export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;
export const formatQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;

/** Month number (1-12) of the nth weekday of a month (for holidays such as Thanksgiving). */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Day {
  const first = { y, m, d: 1 };
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return { y, m, d: 1 + offset + (n - 1) * 7 };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
