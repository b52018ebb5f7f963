// Turning matched words into TIMEX3 values, resolved against the reference date (news style).
import type { TimexType } from '../../types.js';
import {
  monthNames,
  numberWords,
  ordinalWords,
  partOfDayCodes,
  seasonCodes,
  timeUnits,
  weekdayNames,
} from '../../lexicon/dates.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  isoWeekday,
  isValidDay,
  quarterOf,
  type Day,
} from './calendar.js';

export type Tense = 'past' | 'present' | 'future';

/** What a value function may know besides its own words. */
export interface ResolveContext {
  /** The reference date (document creation time), or null. */
  ref: Day | null;
  /** Tense of the clause around the expression (future when a will/'ll/scheduled cue is near). */
  tense: Tense;
  /** The last fully specified day the article mentioned, for "the following day". */
  anchor: Day | null;
  /** The last quarter the article mentioned ("the quarter", "the year-ago quarter"). */
  quarter: { y: number; q: number } | null;
  /** True once the article talks about quarters: "a year earlier" then means the year-ago quarter. */
  financial: boolean;
  /** The year of the last date the article mentioned, for "that year", "the following year". */
  anchorYear: number | null;
  /** The month of the last date the article mentioned, for "the following month". */
  anchorMonth: { y: number; m: number } | null;
}

export interface TimexValue {
  value: string;
  type?: TimexType;
  /** A fully specified day this expression refers to (becomes the anchor for later ones). */
  day?: Day;
  quarter?: { y: number; q: number };
}

export type Groups = Readonly<Record<string, string | undefined>>;

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s{1,5}/g, ' ');

export function monthNumber(word: string | undefined): number | null {
  if (!word) return null;
  const key = word.trim();
  const cap = key.charAt(0).toUpperCase() + key.slice(1).toLowerCase();
  return monthNames[key] ?? monthNames[cap] ?? null;
}

export function weekdayNumber(word: string | undefined): number | null {
  if (!word) return null;
  return weekdayNames[word.toLowerCase()] ?? null;
}

/** "23", "twenty-four", "a hundred", "1 1/2", "two and a half": the number, or null when vague/unknown. */
export function parseNumber(text: string | undefined): number | null {
  if (!text) return null;
  const s = lower(text).trim();
  const digits = /^(\d{1,3}(?:,\d{3}){0,3}|\d{1,9})(?:\.(\d{1,3}))?(?: (\d)\/(\d))?$/.exec(s);
  if (digits) {
    let n = Number(digits[1]!.replace(/,/g, '') + (digits[2] ? '.' + digits[2] : ''));
    if (digits[3] && digits[4]) n += Number(digits[3]) / Number(digits[4]);
    return n;
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const part of s.replace(/-/g, ' ').split(' ')) {
    if (part === 'and' || part === 'of' || part === '') continue;
    if (part === 'couple') {
      current = 2;
      any = true;
      continue;
    }
    if (part === 'a' || part === 'an') {
      current = current || 1;
      any = true;
      continue;
    }
    const n = numberWords[part];
    if (n === undefined) return null;
    any = true;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 0.5) current = current === 1 && total === 0 ? 0.5 : current + 0.5;
    else current += n;
  }
  total += current;
  return any ? total : null;
}

export function parseOrdinal(text: string | undefined): number | null {
  if (!text) return null;
  const s = lower(text);
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  if (digits) return Number(digits[1]);
  return ordinalWords[s] ?? null;
}

/** Normalise a duration: (2, "week") -> P2W, (6, "hour") -> PT6H, (null, "year") -> PXY. */
export function durationValue(n: number | null, unitWord: string): string | null {
  const unit = singularUnit(unitWord);
  const spec = timeUnits[unit];
  if (!spec) return null;
  let amount = n;
  let letter = spec.letter;
  if (letter === 'DE') {
    letter = 'Y';
    amount = n === null ? null : n * 10;
    if (n === null) return 'PXE';
  } else if (letter === 'CE') {
    letter = 'Y';
    amount = n === null ? null : n * 100;
    if (n === null) return 'PXC';
  } else if (letter === 'Q') {
    if (n === null) return 'PXQ';
    letter = 'M';
    amount = n * 3;
  } else if (unit === 'fortnight') {
    amount = n === null ? null : n * 2;
  }
  if (amount !== null && !Number.isInteger(amount)) {
    // "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
    const smaller: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: spec.time ? ['S', 60, true] : ['D', 30, false], D: ['H', 24, true], H: ['M', 60, true], W: ['D', 7, false] };
    const next = smaller[letter];
    if (next) {
      const whole = Math.floor(amount);
      const rest = Math.round((amount - whole) * next[1]);
      const head = whole ? `${whole}${letter}` : '';
      if (spec.time) return `PT${head}${rest}${next[0]}`;
      return next[2] ? `P${head}T${rest}${next[0]}` : `P${head}${rest}${next[0]}`;
    }
  }
  const num = amount === null ? 'X' : formatAmount(amount);
  return spec.time ? `PT${num}${letter}` : `P${num}${letter}`;
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export function singularUnit(word: string): string {
  const w = lower(word);
  if (w === 'centuries') return 'century';
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

// ---------- resolution against the reference date ----------

/**
 * The year of a month (and day) written without a year: the occurrence nearest the reference date,
 * where one on the wrong side of it for the clause's tense counts as farther away. News mostly reports
 * what happened, so without a tense cue a future date still counts as a little farther, and a bare
 * month ("in March") as much farther: a coming month is nearly always announced with a future verb.
 */
export function yearForMonth(ctx: ResolveContext, month: number, day: number | null): number | null {
  const ref = ctx.ref;
  if (!ref) return null;
  if (day === null && month === ref.m) return ref.y;
  // a future-tense clause looks ahead (HeidelTime): this year's month unless it is already over
  if (ctx.tense === 'future') return month < ref.m ? ref.y + 1 : ref.y;
  const at = (y: number): number => Date.UTC(y, month - 1, day ?? 15);
  const now = Date.UTC(ref.y, ref.m - 1, ref.d);
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const signed = (at(y) - now) / 86_400_000;
    const full = day === null ? 150 : 90;
    const wrongSide = ctx.tense === 'past' && signed > 0;
    const presentFuture = ctx.tense === 'present' && signed > 0;
    const penalty = wrongSide ? full : presentFuture ? (day === null ? full : full / 2) : 0;
    const distance = Math.abs(signed) + penalty;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  return best;
}

export function monthDayValue(ctx: ResolveContext, month: number, day: number, year: number | null): TimexValue | null {
  const y = year ?? yearForMonth(ctx, month, day);
  if (y === null) return isValidDay(2000, month, day) ? { value: `XXXX-${pad2(month)}-${pad2(day)}` } : null;
  if (!isValidDay(y, month, day)) return null;
  const d = { y, m: month, d: day };
  return { value: formatDay(d), day: d };
}

export function monthValue(ctx: ResolveContext, month: number, year: number | null): TimexValue {
  const y = year ?? yearForMonth(ctx, month, null);
  return { value: y === null ? `XXXX-${pad2(month)}` : formatMonth(y, month) };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A weekday: the past one (or today) in past clauses, the coming one in future clauses. */
export function weekdayDay(ctx: ResolveContext, weekday: number, modifier: string): Day | null {
  const ref = ctx.ref;
  if (!ref) return null;
  const mod = lower(modifier);
  // "the previous Friday", "the following Monday" are anaphoric: counted from the day being told about
  if (ctx.anchor && (mod === 'the previous' || mod === 'the following')) {
    const wd = isoWeekday(ctx.anchor);
    return mod === 'the previous'
      ? addDays(ctx.anchor, -((wd - weekday + 7) % 7 || 7))
      : addDays(ctx.anchor, (weekday - wd + 7) % 7 || 7);
  }
  const refWd = isoWeekday(ref);
  if (mod === 'last' || mod === 'this past' || mod === 'the previous' || mod === 'previous') {
    const back = (refWd - weekday + 7) % 7 || 7;
    return addDays(ref, -back);
  }
  if (mod === 'next' || mod === 'this coming' || mod === 'coming' || mod === 'the following' || mod === 'following') {
    const ahead = (weekday - refWd + 7) % 7 || 7;
    return addDays(ref, ahead);
  }
  if (mod === 'this') {
    return addDays(ref, weekday - refWd);
  }
  if (ctx.tense === 'future') {
    const ahead = (weekday - refWd + 7) % 7;
    return addDays(ref, ahead);
  }
  const back = (refWd - weekday + 7) % 7;
  return addDays(ref, -back);
}

export function weekdayValue(ctx: ResolveContext, weekday: number, modifier: string): TimexValue {
  const day = weekdayDay(ctx, weekday, modifier);
  if (!day) return { value: `XXXX-WXX-${weekday}` };
  return { value: formatDay(day), day };
}

/** "today", "yesterday", "tomorrow" and friends. */
export function deicticDay(ctx: ResolveContext, word: string): TimexValue | null {
  const offsets: Record<string, number> = {
    today: 0, tonight: 0, yesterday: -1, tomorrow: 1,
    'the day before yesterday': -2, 'the day after tomorrow': 2,
  };
  const offset = offsets[lower(word)];
  if (offset === undefined) return null;
  if (!ctx.ref) return { value: 'XXXX-XX-XX' };
  const day = addDays(ctx.ref, offset);
  return { value: formatDay(day), day };
}

export function partOfDayCode(word: string | undefined): string | null {
  return word ? (partOfDayCodes[lower(word)] ?? null) : null;
}

export function seasonCode(word: string | undefined): string | null {
  return word ? (seasonCodes[lower(word)] ?? null) : null;
}

/** "last week", "this month", "next year", "the following day", "that year" ... */
export function relativeUnitValue(ctx: ResolveContext, modifier: string, unit: string): TimexValue | null {
  const mod = lower(modifier).replace(/^the /, '');
  const u = singularUnit(unit);
  const anchored = /^(?:following|next|previous|same|day before|that|preceding|prior)$/.test(mod) && lower(modifier).startsWith('the') || mod === 'that' || mod === 'same';
  const base = anchored ? (ctx.anchor ?? ctx.ref) : ctx.ref;
  const step =
    /^(?:last|past|previous|preceding|prior)$/.test(mod) ? -1 : /^(?:next|coming|following)$/.test(mod) ? 1 : 0;
  if (!base) {
    if (u === 'year') return { value: 'XXXX' };
    if (u === 'month') return { value: 'XXXX-XX' };
    if (u === 'week') return { value: 'XXXX-WXX' };
    if (u === 'day') return { value: 'XXXX-XX-XX' };
    return null;
  }
  if (anchored && u === 'year' && ctx.anchorYear !== null) return { value: formatYear(ctx.anchorYear + step) };
  if (anchored && u === 'month' && ctx.anchorMonth) {
    const d = addMonths({ ...ctx.anchorMonth, d: 1 }, step);
    return { value: formatMonth(d.y, d.m) };
  }
  switch (u) {
    case 'day': {
      const day = addDays(base, step);
      return { value: formatDay(day), day };
    }
    case 'week':
      return { value: formatWeek(addDays(base, 7 * step)) };
    case 'weekend': {
      // "(over) the weekend" told in the past tense on a weekday is the weekend just gone,
      // which belongs to the previous ISO week
      const gone = step === 0 && !anchored && ctx.tense === 'past' && isoWeekday(base) <= 5 ? -7 : 0;
      return { value: formatWeek(addDays(base, 7 * step + gone)) + '-WE' };
    }
    case 'month': {
      const d = addMonths(base, step);
      return { value: formatMonth(d.y, d.m) };
    }
    case 'quarter': {
      const q0 = base.y * 4 + quarterOf(base.m) - 1 + step;
      return { value: formatQuarter(Math.floor(q0 / 4), (q0 % 4) + 1) };
    }
    case 'year':
      return { value: formatYear(base.y + step) };
    case 'decade':
      return { value: String(Math.floor((base.y + 10 * step) / 10)) };
    case 'century':
      return { value: String(Math.floor((base.y + 100 * step) / 100)) };
    default:
      return null;
  }
}

/** "two days ago", "a year earlier", "three weeks later": the point that far from the reference/anchor. */
export function offsetValue(ctx: ResolveContext, n: number | null, unit: string, direction: string): TimexValue | null {
  const dir = lower(direction);
  const sign = /^(?:ago|earlier|before|previously|back)$/.test(dir) ? -1 : 1;
  const base = dir === 'ago' || dir === 'from now' || dir === 'hence' ? ctx.ref : (ctx.anchor ?? ctx.ref);
  const u = singularUnit(unit);
  if (n === null || !Number.isInteger(n)) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  if (!base) {
    if (u === 'year') return { value: 'XXXX' };
    if (u === 'month') return { value: 'XXXX-XX' };
    if (u === 'day') return { value: 'XXXX-XX-XX' };
    return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  }
  switch (u) {
    case 'day': {
      const day = addDays(base, sign * n);
      return { value: formatDay(day), day };
    }
    case 'week':
      return { value: formatWeek(addDays(base, sign * 7 * n)) };
    case 'month': {
      const d = addMonths(base, sign * n);
      return { value: formatMonth(d.y, d.m) };
    }
    case 'year': {
      const focus = ctx.financial ? currentQuarter(ctx) : null;
      if (n === 1 && focus && dir !== 'from now') return { value: formatQuarter(focus.y - 1, focus.q) };
      return { value: formatYear(base.y + sign * n) };
    }
    case 'decade':
      return { value: String(Math.floor((base.y + sign * 10 * n) / 10)) };
    case 'century':
      return { value: String(Math.floor((base.y + sign * 100 * n) / 100)) };
    case 'quarter': {
      const q0 = base.y * 4 + quarterOf(base.m) - 1 + sign * n;
      return { value: formatQuarter(Math.floor(q0 / 4), (q0 % 4) + 1) };
    }
    case 'hour':
    case 'minute':
      return { value: formatDay(base), type: 'TIME' };
    default:
      return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  }
}

/** The quarter an article means by "the quarter": the last one it named, else the last completed one. */
export function currentQuarter(ctx: ResolveContext): { y: number; q: number } | null {
  if (ctx.quarter) return ctx.quarter;
  if (!ctx.ref) return null;
  const q0 = ctx.ref.y * 4 + quarterOf(ctx.ref.m) - 2;
  return { y: Math.floor(q0 / 4), q: (q0 % 4) + 1 };
}

/** The year a quarter without a year belongs to: this year's, unless it has not begun yet in a past clause. */
export function yearForQuarter(ctx: ResolveContext, q: number): number | null {
  if (!ctx.ref) return null;
  const refQ = quarterOf(ctx.ref.m);
  if (q > refQ && ctx.tense === 'past' && !ctx.financial) return ctx.ref.y - 1;
  return ctx.ref.y;
}

export function quarterValue(y: number | null, q: number, focus = true): TimexValue {
  if (y === null) return { value: `XXXX-Q${q}` };
  return focus ? { value: formatQuarter(y, q), quarter: { y, q } } : { value: formatQuarter(y, q) };
}

