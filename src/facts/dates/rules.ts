// The date rules, as data: one pattern each (named groups, bounded quantifiers) plus the
// function that turns its groups into a TIMEX3 value. Candidates from all rules compete in
// find.ts: the longest span wins, then the earlier rule.
import type { TimexType } from '../../types.js';
import { fixedHolidays, matchPeriodCues, notYearFollowers, setAdverbs, vagueReferenceWords } from '../../lexicon/dates.js';
import { easterSunday, formatDay, formatWeek, nthWeekdayOfMonth, type Day } from './calendar.js';
import { loopedPattern } from '../../regex.js';
import {
  currentQuarter,
  deicticDay,
  durationValue,
  monthDayValue,
  monthNumber,
  monthValue,
  offsetValue,
  parseNumber,
  parseOrdinal,
  partOfDayCode,
  quarterValue,
  relativeUnitValue,
  seasonCode,
  weekdayNumber,
  weekdayValue,
  yearForMonth,
  type Groups,
  type ResolveContext,
  type TimexValue,
} from './normalize.js';
import {
  AMOUNT_MODIFIER,
  CALENDAR_UNIT,
  DAY_NUMBER,
  FIXED_HOLIDAY,
  MONTH_ANY,
  MONTH_FULL,
  NUMBER,
  ORDINAL,
  QUARTER_ORDINAL,
  SET_ADVERB,
  UNIT,
  UNIT_PLURAL,
  UNIT_SINGULAR,
  VAGUE_NUMBER,
  WEEKDAY,
  YEAR,
  words,
} from './patterns.js';

export interface DateRule {
  id: string;
  type: TimexType;
  pattern: RegExp;
  value(g: Groups, ctx: ResolveContext): TimexValue | null;
  /** A cheap test every match needs: the rule is skipped for an article without it. */
  trigger?: RegExp;
  /**
   * The named group that is the rule's required part (a month name, a unit word): the rule is then
   * tried only within reach before where that part occurs, not at every index (same matches).
   */
  anchor?: string;
  /** Extra check on the text around the match (e.g. "May" must look like the month). */
  accept?(text: string, start: number, end: number, g: Groups): boolean;
}

// ---------- shared fragments ----------
const MONTH_TRIGGER = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const B = '(?<![A-Za-z0-9$£€#_\\-])'; // left word boundary that also refuses "$1990", "#20", "-5"
/** `B` said in code, for anchors: a match may begin at i when the character before is none of those. */
export const afterBoundary = (text: string, i: number): boolean => {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || c === 163 || c === 8364 || c === 35 || c === 95 || c === 45);
};
/** The left boundary's source, for a test that holds `afterBoundary` to it. */
export const leftBoundarySource = B;
const E = '(?![A-Za-z0-9_])';
const S = '\\s{1,3}';
const TIMEZONE = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|IST|JST|MSK)';
const SEASON = words(['spring', 'summer', 'fall', 'autumn', 'winter']);
const PART_OF_DAY = words(['morning', 'afternoon', 'evening', 'night']);
const EDGE = words(['early', 'late', 'earlier', 'later', 'mid']);
const DAY_WORD = words(['the day before yesterday', 'the day after tomorrow', 'yesterday', 'today', 'tomorrow', 'tonight']);
const NOT_YEAR_AFTER = words([...notYearFollowers]);
const SPOKEN_YEAR = `(?:[Nn]ineteen|[Tt]wo\\sthousand(?:\\sand)?)[-\\s](?:${words(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'])}|(?:${words(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine)`;
const NEWSPAPER_WORDS = words(['Times', 'Telegraph', 'Mirror', 'Express', 'Herald', 'Post', 'Mail', 'Tribune', 'Independent', 'Sport', 'Star', 'Night Live', 'Night Football', 'School', 'Bloody']);

// whitespace runs as loops: the rules are read by named groups only
const rx = (source: string): RegExp => loopedPattern(source, 'g');
const g0 = (g: Groups): string => g['0'] ?? '';
const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s{1,5}/g, ' ');

function spokenYear(text: string): number | null {
  const s = lower(text).replace(/-/g, ' ');
  const m = /^(nineteen|two thousand(?: and)?) (.{1,30})$/.exec(s);
  if (!m) return null;
  const rest = parseNumber(m[2]!);
  if (rest === null) return null;
  return m[1] === 'nineteen' ? 1900 + rest : 2000 + rest;
}

function yearOf(g: Groups, key = 'year'): number | null {
  const y = g[key];
  if (!y) return null;
  if (/^\d{4}$/.test(y)) return Number(y);
  if (/^'?\d{2}$/.test(y)) {
    const n = Number(y.replace("'", ''));
    return n < 30 ? 2000 + n : 1900 + n;
  }
  return spokenYear(y);
}

function seasonValue(ctx: ResolveContext, code: string, modifier: string, year: number | null): TimexValue {
  if (year !== null) return { value: `${year}-${code}` };
  const ref = ctx.ref;
  if (!ref) return { value: `XXXX-${code}` };
  const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const first = start[code] ?? 1;
  const last = first + 2;
  const mod = lower(modifier);
  let y = ref.y;
  if (mod === 'this past') y = ref.m >= first ? ref.y : ref.y - 1;
  else if (mod === 'last' || mod === 'past') y = ref.y - 1;
  else if (mod === 'this') y = ref.y;
  else if (mod === 'next' || mod === 'this coming' || mod === 'coming') y = ref.m < first ? ref.y : ref.y + 1;
  else if (ctx.tense === 'past' && ref.m < first && code !== 'WI') y = ref.y - 1;
  return { value: `${y}-${code}` };
}

function clockValue(g: Groups, ctx: ResolveContext, dayText: string | undefined): TimexValue | null {
  let hour = Number(g.hour ?? 'NaN');
  const min = g.min ? Number(g.min) : null;
  const ampm = lower(g.ampm).replace(/[.\s]/g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (!(hour >= 0 && hour <= 24)) return null;
  const time = `T${String(hour).padStart(2, '0')}:${String(min ?? 0).padStart(2, '0')}`;
  const day = dayPart(dayText, ctx);
  return { value: `${day}${time}`, type: 'TIME' };
}

/** The day an attached word names ("Tuesday", "Nov. 9", "yesterday"), default the reference day. */
function dayPart(dayText: string | undefined, ctx: ResolveContext): string {
  if (dayText) {
    const wd = weekdayNumber(dayText.trim());
    if (wd) return weekdayValue(ctx, wd, '').value;
    const deictic = deicticDay(ctx, dayText.trim());
    if (deictic) return deictic.value;
    const md = /^(?<month>[A-Za-z.]{3,10})\s{1,3}(?<day>\d{1,2})/.exec(dayText.trim());
    const month = monthNumber(md?.groups?.month);
    if (md && month) {
      const v = monthDayValue(ctx, month, Number(md.groups!.day), null);
      if (v) return v.value;
    }
  }
  return ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
}

function holidayValue(name: string, ctx: ResolveContext, modifier = ''): TimexValue | null {
  const key = lower(name).replace(/’/g, "'");
  const fixed = fixedHolidays[key];
  const resolveYear = (m: number, d: number): number | null => {
    if (!ctx.ref) return null;
    if (modifier === 'last') return ctx.ref.y - 1 + (m < ctx.ref.m - 1 ? 1 : 0);
    if (modifier === 'next') return ctx.ref.y + (m > ctx.ref.m ? 0 : 1);
    if (modifier === 'this') return ctx.ref.y;
    return yearForMonth(ctx, m, d);
  };
  let day: Day | null = null;
  if (fixed) {
    const y = resolveYear(fixed[0], fixed[1]);
    if (y === null) return { value: `XXXX-${String(fixed[0]).padStart(2, '0')}-${String(fixed[1]).padStart(2, '0')}` };
    day = { y, m: fixed[0], d: fixed[1] };
  } else {
    const y = resolveYear(key.startsWith('easter') ? 4 : key.startsWith('memorial') ? 5 : key.startsWith('labor') ? 9 : 11, 15);
    if (y === null) return { value: 'XXXX-XX-XX' };
    if (key.startsWith('thanksgiving')) day = nthWeekdayOfMonth(y, 11, 4, 4);
    else if (key.startsWith('easter')) day = easterSunday(y);
    else if (key.startsWith('memorial')) {
      const first = nthWeekdayOfMonth(y, 6, 1, 1);
      day = { y, m: 5, d: first.d + 31 - 7 };
    } else if (key.startsWith('labor')) day = nthWeekdayOfMonth(y, 9, 1, 1);
    else if (key.startsWith('election')) {
      const monday = nthWeekdayOfMonth(y, 11, 1, 1);
      day = { y, m: 11, d: monday.d + 1 };
    }
  }
  if (!day) return null;
  // "Easter week" is the (ISO) week the feast falls in
  if (key.endsWith('week')) return { value: formatWeek(day) };
  return { value: formatDay(day), day };
}

function quarterRuleValue(g: Groups, ctx: ResolveContext): TimexValue | null {
  const unit = lower(g.unit);
  const ord = parseOrdinal(g.ord?.replace(/-$/, ''));
  const mods = lower(g.mods);
  const det = lower(g.det);
  const span = lower(g['0']);
  let y: number | null = yearOf(g, 'qyear') ?? yearOf(g, 'ofyear');
  const rel = lower(g.ryear || g.ofrel);
  if (y === null && rel && ctx.ref) y = ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
  const explicitYear = y !== null;
  const yearAgo = /year-(?:ago|earlier|before)|comparable|corresponding|prior-year/.test(mods);
  const latest = /\b(?:latest|recent|most recent|past)\b/.test(span);
  if (unit === 'half') {
    if (!ord || ord > 2) return null;
    const hy = y ?? (ctx.ref ? ctx.ref.y - (yearAgo ? 1 : 0) : null);
    return { value: hy === null ? `XXXX-H${ord}` : `${hy}-H${ord}` };
  }
  // the last completed quarter before the reference date
  const completed = currentQuarter({ ...ctx, quarter: null });
  const focus = latest ? completed : currentQuarter(ctx);
  if (!ord) {
    if (y !== null) return focus ? quarterValue(y, focus.q, false) : { value: String(y) };
    if (det === 'last' || det === 'next') return relativeUnitValue(ctx, det, 'quarter');
    if (!focus) return { value: 'XXXX-QX' };
    return quarterValue(focus.y - (yearAgo ? 1 : 0), focus.q, !yearAgo);
  }
  if (ord > 4) return null;
  if (y === null) {
    if (!ctx.ref) return { value: `XXXX-Q${ord}` };
    y = ctx.ref.y;
    // early in the year, "the fourth quarter" is last year's
    if (ord > Math.floor((ctx.ref.m - 1) / 3) + 1 && ctx.tense !== 'future') y -= 1;
    if (yearAgo) y -= 1;
  }
  return quarterValue(y, ord, !yearAgo && !explicitYear);
}

const relativeModifier = words([
  'last', 'this', 'next', 'past', 'coming', 'previous', 'the past', 'the last', 'the next',
  'the coming', 'the previous', 'the following', 'the same', 'that', 'this past', 'this coming',
  'the current', 'current', 'the preceding', 'the prior', 'later that', 'earlier that', 'that same',
]);
const RANGE_EDGE = words([
  'earlier', 'later', 'early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of',
  'the middle of', 'the rest of', 'the remainder of', 'the balance of', 'sometime', 'some time',
  'the first half of', 'the second half of', 'end of', 'the close of',
]);

function unitModifierValue(g: Groups, ctx: ResolveContext): TimexValue | null {
  const mod = lower(g.mod).replace(/^(?:later|earlier) /, 'the ').replace(/^that same$/, 'the same');
  const unit = lower(g.unit);
  const code = seasonCode(unit);
  if (code) return seasonValue(ctx, code, mod.replace(/^the /, ''), null);
  if (mod === 'the past' || mod === 'the last') {
    // "the past year": TimeBank treats it as the year before
    return relativeUnitValue(ctx, 'last', unit);
  }
  if (mod === 'the next' || mod === 'the coming') {
    if (unit === 'day' || unit === 'morning') return relativeUnitValue(ctx, 'the following', unit);
    return relativeUnitValue(ctx, 'next', unit);
  }
  if (mod === 'the current' || mod === 'current') return relativeUnitValue(ctx, 'this', unit);
  if (mod === 'that' || mod === 'the same') return relativeUnitValue(ctx, 'the same', unit);
  return relativeUnitValue(ctx, mod, unit);
}

// ---------- the rules ----------
/** Words of a match report within reach of a bare half or quarter (see the date/quarter rule). */
const matchPeriodContext = new RegExp(`(?<![A-Za-z])(?:${[...matchPeriodCues].sort((a, b) => b.length - a.length).map((w) => w.replace('-', '[- ]?')).join('|')})(?![A-Za-z])`, 'gi');

/** Two different match-report words: one alone ("goal", "game") is common in business news too. */
function isMatchReport(window: string): boolean {
  const seen = new Set<string>();
  for (const m of window.matchAll(matchPeriodContext)) if (seen.add(m[0].toLowerCase().replace(/[- ]/g, '')).size >= 2) return true;
  return false;
}

export const dateRules: readonly DateRule[] = [
  {
    id: 'time/clock',
    trigger: /\d\s{0,2}[AaPp]\.?\s?[Mm]/,
    type: 'TIME',
    pattern: rx(
      `${B}(?:[Aa]round\\s{1,2})?(?<hour>1[0-2]|0?[1-9])(?::(?<min>[0-5]\\d))?\\s{0,2}(?<ampm>[AaPp]\\.\\s?[Mm](?:\\.(?=,|\\s{1,3}(?:[a-z(]|${TIMEZONE}|${WEEKDAY}|${MONTH_ANY}|${DAY_WORD})))?|[AaPp][Mm]${E})` +
        `(?:\\s{1,2}\\(?${TIMEZONE}\\)?)?(?:,?\\s{1,2}(?<day>${WEEKDAY}|${DAY_WORD}|(?:${MONTH_ANY})\\s{1,2}${DAY_NUMBER})${E})?`,
    ),
    value: (g, ctx) => clockValue(g, ctx, g.day),
  },
  {
    id: 'time/24h',
    trigger: /\d:\d\d/,
    type: 'TIME',
    pattern: rx(`${B}(?<hour>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?:\\s{1,2}(?:${TIMEZONE}|local\\stime|hours|hrs))${E}`),
    value: (g, ctx) => clockValue(g, ctx, undefined),
  },
  {
    id: 'time/noon',
    trigger: /noon|midnight|midday/i,
    type: 'TIME',
    pattern: rx(`${B}(?:(?<day1>${WEEKDAY}|${DAY_WORD})\\s{1,2})?(?<word>${words(['noon', 'midnight', 'midday'])})(?:,?\\s{1,2}(?<day>${WEEKDAY}|${DAY_WORD})${E})?${E}`),
    value: (g, ctx) => {
      const code = partOfDayCode(g.word) ?? 'T12:00';
      const day = dayPart(g.day ?? g.day1, ctx);
      return { value: day + (code === 'T24:00' ? 'T24:00' : code), type: 'TIME' };
    },
  },
  {
    id: 'time/hour-in-the-part-of-day',
    trigger: /in\sthe\s(?:morning|afternoon|evening)/,
    type: 'TIME',
    pattern: rx(`${B}(?<hour>1[0-2]|[1-9]|${words(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'])})(?:\\so'clock)?\\sin\\sthe\\s(?<pod>morning|afternoon|evening)${E}`),
    value: (g, ctx) => {
      let hour = parseNumber(g.hour) ?? 0;
      if (g.pod !== 'morning' && hour < 12) hour += 12;
      return { value: `${dayPart(undefined, ctx)}T${String(hour).padStart(2, '0')}:00`, type: 'TIME' };
    },
  },
  {
    id: 'time/day-part-of-day',
    anchor: 'pod',
    trigger: /morning|afternoon|evening|night/i,
    type: 'TIME',
    pattern: rx(
      `${B}(?:(?<edge>${EDGE})\\s{1,3})?(?<day>${WEEKDAY}|${words(['yesterday', 'today', 'tomorrow', 'this', 'last', 'the next', 'the following', 'the previous', 'that', 'the same', 'later this', 'earlier this', 'early this', 'late this'])})\\s{1,3}(?<pod>${PART_OF_DAY})${E}`,
    ),
    value: (g, ctx) => {
      const code = partOfDayCode(g.pod) ?? 'TMO';
      const dayWord = lower(g.day).replace(/^(?:later|earlier|early|late) /, '');
      let base: string;
      if (dayWord === 'last' && lower(g.pod) === 'night') base = deicticDay(ctx, 'yesterday')!.value;
      else if (dayWord === 'last') base = deicticDay(ctx, 'yesterday')!.value;
      else if (dayWord === 'this') base = dayPart(undefined, ctx);
      else if (dayWord === 'the next' || dayWord === 'the following') {
        const v = relativeUnitValue(ctx, 'the following', 'day');
        base = v?.value ?? 'XXXX-XX-XX';
      } else if (dayWord === 'the previous') base = relativeUnitValue(ctx, 'the previous', 'day')?.value ?? 'XXXX-XX-XX';
      else if (dayWord === 'that' || dayWord === 'the same') base = relativeUnitValue(ctx, 'the same', 'day')?.value ?? 'XXXX-XX-XX';
      else base = dayPart(g.day, ctx);
      return { value: base + code, type: 'TIME' };
    },
  },
  {
    id: 'time/part-of-day',
    trigger: /morning|afternoon|evening|overnight|night/i,
    type: 'TIME',
    pattern: rx(`${B}(?<word>${words(['early in the morning', 'late in the morning', 'early in the afternoon', 'late in the afternoon', 'early in the evening', 'late in the evening', 'late at night', 'the morning', 'the afternoon', 'the evening', 'mid-afternoon', 'mid afternoon', 'midafternoon', 'mid-morning', 'midmorning', 'overnight'])})(?:,?\\s{1,2}(?<day>${WEEKDAY}|${DAY_WORD}))?${E}`),
    value: (g, ctx) => {
      const w = lower(g.word);
      const code = /morning/.test(w) ? 'TMO' : /afternoon/.test(w) ? 'TAF' : /evening/.test(w) ? 'TEV' : 'TNI';
      const base = g.day ? dayPart(g.day, ctx) : ctx.anchor ? formatDay(ctx.anchor) : dayPart(undefined, ctx);
      return { value: base + code, type: 'TIME' };
    },
  },
  {
    id: 'date/month-day',
    anchor: 'month',
    trigger: MONTH_TRIGGER,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<weekof>[Tt]he\\s{1,3}week\\s{1,3}of)\\s{1,3})?(?:[Aa]round\\s{1,2})?(?:(?<wd>${WEEKDAY}),?\\s{1,3})?(?<month>${MONTH_ANY})(?<![A-Za-z]\\.[A-Za-z]{1,5})\\s{0,2}(?<day>${DAY_NUMBER})(?!-\\d)(?:(?:,\\s{0,2}|\\s{1,2})(?<year>${YEAR})(?!\\d|,\\d))?`,
    ),
    value: (g, ctx) => {
      const month = monthNumber(g.month);
      const day = parseOrdinal(g.day);
      if (!month || !day) return null;
      const v = monthDayValue(ctx, month, day, yearOf(g));
      // "the week of March 6" is the (ISO) week that contains the day
      if (g.weekof && v?.day) return { value: formatWeek(v.day) };
      return v;
    },
  },
  {
    id: 'date/day-month',
    anchor: 'month',
    trigger: MONTH_TRIGGER,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<wd>${WEEKDAY}),?\\s{1,3})?(?:the\\s(?=\\d{1,2}(?:st|nd|rd|th)?\\sof\\s))?(?<day>${DAY_NUMBER})(?:\\sof)?\\s{1,2}(?<month>${MONTH_ANY})(?:,?\\s{1,2}(?<year>${YEAR})(?!\\d|,\\d))?${E}`,
    ),
    value: (g, ctx) => {
      const month = monthNumber(g.month);
      const day = parseOrdinal(g.day);
      if (!month || !day) return null;
      return monthDayValue(ctx, month, day, yearOf(g));
    },
  },
  {
    id: 'date/iso',
    trigger: /\d{4}-\d\d-\d\d/,
    type: 'DATE',
    pattern: rx(`${B}(?<year>${YEAR})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\d-])`),
    value: (g, ctx) => monthDayValue(ctx, Number(g.month), Number(g.day), Number(g.year)),
  },
  {
    id: 'date/us-numeric',
    trigger: /\d\/\d{1,2}\//,
    type: 'DATE',
    pattern: rx(`${B}(?<month>1[0-2]|0?[1-9])\\/(?<day>3[01]|[12]\\d|0?[1-9])\\/(?<year>${YEAR}|\\d{2})(?![\\d/])`),
    value: (g, ctx) => monthDayValue(ctx, Number(g.month), Number(g.day), yearOf(g)),
  },
  {
    id: 'date/month-year',
    anchor: 'month',
    trigger: MONTH_TRIGGER,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<edge>${RANGE_EDGE})[-\\s]{1,3})?(?<month>${MONTH_ANY})(?:\\s{1,2}of)?,?\\s{1,2}(?:(?<year>${YEAR}|${SPOKEN_YEAR})(?!\\d|,\\d)|(?<rel>this|last|next)\\syear${E})`,
    ),
    value: (g, ctx) => {
      const month = monthNumber(g.month);
      if (!month) return null;
      let year = yearOf(g);
      if (year === null && g.rel && ctx.ref) year = ctx.ref.y + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0);
      return monthValue(ctx, month, year);
    },
  },
  {
    id: 'date/month',
    anchor: 'month',
    trigger: MONTH_TRIGGER,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<mod>${words(['last', 'this', 'next', 'this past', 'this coming', 'early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the first half of', 'the second half of', 'end', 'earlier in', 'later in'])})[-\\s]{1,3})?(?<month>${MONTH_FULL})(?![A-Za-z0-9]|\\s{1,2}\\d|-\\d)`),
    accept: (text, start, end, g) => acceptBareMonth(text, start, end, g),
    value: (g, ctx) => {
      const month = monthNumber(g.month);
      if (!month) return null;
      const mod = lower(g.mod);
      if (ctx.ref && (mod === 'last' || mod === 'this past')) {
        // "last May": a year ago unless it is several months back this year
        return monthValue(ctx, month, month >= ctx.ref.m - 1 ? ctx.ref.y - 1 : ctx.ref.y);
      }
      if (ctx.ref && (mod === 'next' || mod === 'this coming')) {
        return monthValue(ctx, month, month <= ctx.ref.m ? ctx.ref.y + 1 : ctx.ref.y);
      }
      if (ctx.ref && mod === 'this') return monthValue(ctx, month, ctx.ref.y);
      return monthValue(ctx, month, null);
    },
  },
  {
    id: 'date/weekday',
    anchor: 'wd',
    trigger: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<mod>${words(['last', 'this', 'next', 'this past', 'this coming', 'the previous', 'the following', 'coming', 'early', 'late'])})\\s{1,3})?(?<wd>${WEEKDAY})(?!s\\b|\\s{1,3}(?:${NEWSPAPER_WORDS})${E})${E}`,
    ),
    value: (g, ctx) => {
      const wd = weekdayNumber(g.wd);
      if (!wd) return null;
      const mod = lower(g.mod);
      return weekdayValue(ctx, wd, /^(?:early|late)$/.test(mod) ? '' : mod);
    },
  },
  {
    id: 'date/deictic-day',
    anchor: 'word',
    trigger: /yesterday|today|tomorrow|tonight/i,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<edge>${EDGE})\\s{1,3})?(?<word>${DAY_WORD})${E}`),
    accept: (text, start) => !/USA\s{1,2}$/.test(text.slice(Math.max(0, start - 5), start)),
    value: (g, ctx) => {
      const w = lower(g.word);
      if (w === 'tonight') {
        const d = deicticDay(ctx, 'today');
        return d ? { value: d.value + 'TNI', type: 'TIME' } : null;
      }
      return deicticDay(ctx, w);
    },
  },
  {
    id: 'date/relative-unit',
    anchor: 'unit',
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<edge>${RANGE_EDGE})[-\\s]{1,3})?(?<mod>${relativeModifier})\\s{1,3}(?<unit>${CALENDAR_UNIT}|${SEASON}|day|morning)${E}(?!-|['’]s\\s{1,3}(?:${QUARTER_ORDINAL}|fiscal|quarter)|\\s{1,3}(?:ago|earlier|later|of|${words(['quarter', 'period', 'half'])})${E})`,
    ),
    value: (g, ctx) => {
      const v = unitModifierValue(g, ctx);
      if (v && lower(g.unit) === 'morning') return { ...v, value: v.value + 'TMO', type: 'TIME' };
      return v;
    },
  },
  {
    id: 'duration/the-year-ended',
    trigger: /year\s{1,3}(?:ended|ending|to|through)/i,
    type: 'DURATION',
    pattern: rx(`${B}(?:the|The)\\s{1,3}(?:(?:fiscal|financial|calendar|full)\\s{1,3})?year(?=\\s{1,3}(?:ended|ending|to|through)${E})`),
    value: () => ({ value: 'P1Y', type: 'DURATION' }),
  },
  {
    id: 'date/the-unit',
    anchor: 'unit',
    type: 'DATE',
    pattern: rx(`${B}(?:(?<edge>${RANGE_EDGE})[-\\s]{1,3})?(?<det>the|The)\\s{1,3}(?:(?<adj>full|entire|whole|calendar|same)\\s{1,3})?(?<unit>${words(['year', 'month', 'week', 'weekend', 'day'])})${E}(?!-|['’]s\\s{1,3}(?:${QUARTER_ORDINAL}|fiscal|quarter)|\\s{1,3}(?:${YEAR}|ago|earlier|before|after|later|of|two|ahead)${E})`),
    value: (g, ctx) => {
      const unit = lower(g.unit);
      if (unit === 'day' && !ctx.anchor && !ctx.ref) return null;
      // "the day" is the day being told about; "the year", "the week" are the reference date's
      return relativeUnitValue(ctx, unit === 'day' ? 'the same' : 'this', unit);
    },
  },
  {
    id: 'date/fiscal-year',
    trigger: /fiscal|financial/i,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<det>${words(['the current', 'the latest', 'the last', 'the next', 'the previous', 'this', 'last', 'next', 'the', 'its'])})\\s{1,3})(?:fiscal|financial)\\s{1,3}year${E}(?!\\s{1,3}(?:ended|ending|to|through)${E})`),
    value: (g, ctx) => {
      const det = lower(g.det);
      const mod = /last|previous/.test(det) ? 'last' : /next/.test(det) ? 'next' : 'this';
      if (det === 'the') return { value: 'P1Y', type: 'DURATION' };
      return relativeUnitValue(ctx, mod, 'year');
    },
  },
  {
    id: 'date/offset',
    anchor: 'dir',
    trigger: /ago|earlier|from\snow|hence|before\sthat|previously/i,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<amod>${AMOUNT_MODIFIER})\\s{1,3})?(?:(?<n>${NUMBER})|(?<vague>${VAGUE_NUMBER}))\\s{1,3}(?:(?<unit>${UNIT})|(?<unit2>${UNIT_PLURAL})\\s{1,3}or\\s{1,3}(?:${UNIT_PLURAL}|so))(?:\\s{1,3}or\\s{1,3}so)?\\s{1,3}(?<dir>${words(['ago', 'earlier', 'from now', 'hence', 'before that', 'previously'])})${E}`,
    ),
    value: (g, ctx) => {
      const n = g.vague ? null : parseNumber(g.n);
      const v = offsetValue(ctx, n, g.unit ?? g.unit2 ?? '', lower(g.dir).replace(/ that$/, ''));
      return v;
    },
  },
  {
    id: 'date/quarter',
    anchor: 'unit',
    trigger: /quarter|half/i,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<det>${words(['the', 'this', 'last', 'next', 'that'])})\\s{1,3})?` +
        `(?:(?<qyear>${YEAR})\\s{1,3}|(?<ryear>${words(['this', 'last', 'next'])})\\s{1,3}year['’]s\\s{1,3}|(?:${words(['fiscal', 'calendar', 'latest', 'recent', 'current', 'same', 'flat', 'comparable', 'corresponding', 'year-ago', 'year-earlier', 'year-before', 'prior-year', 'strong', 'weak', 'disappointing', 'difficult', 'sluggish', 'traditionally'])})[\\s-]{1,3}){0,3}` +
        `(?<mods>)(?:(?<ord>${QUARTER_ORDINAL})\\s{1,3}(?:fiscal\\s{1,3})?)?(?<unit>quarter|half|Quarter|Half)${E}(?![-'’]|\\s{1,3}(?:century|mile|point|inch|hour|cent|percent|million|billion|a\\s)${E})` +
        `(?:\\s{1,3}(?:of\\s{1,3})?(?:(?<ofyear>${YEAR})(?!\\d|,\\d)|(?<ofrel>this|last|next)\\s{1,3}year${E}|fiscal\\s{1,3}(?<ofyear2>${YEAR})))?`,
    ),
    accept: (text, start, end, g) => {
      const span = text.slice(start, end);
      // a bare "quarter"/"half" is a fraction; "each quarter" is a SET handled elsewhere
      if (!g.ord && !/^(?:the|this|last|next|that)\s/i.test(span)) return false;
      // "a quarter of the vote", "the half of it": fractions
      if (!g.ord && !g.ofyear && !g.ofrel && /^\s{1,3}of\s/.test(text.slice(end, end + 5))) return false;
      if (lower(g.unit) === 'half' && !g.ord) return false;
      // "a scrappy first half", "the fourth quarter" of a match: a period of play, not of the year
      if (!g.qyear && !g.ryear && !g.ofyear && !g.ofrel && !g.ofyear2 && !/fiscal/i.test(text.slice(start, end)) && isMatchReport(text.slice(Math.max(0, start - 300), end + 300)))
        return false;
      return true;
    },
    value: (g, ctx) => {
      const span = g0(g);
      const mods = /year-(?:ago|earlier|before)|comparable|corresponding|prior-year/i.exec(span)?.[0];
      return quarterRuleValue({ ...g, mods: mods ?? '', ofyear: g.ofyear ?? g.ofyear2 }, ctx);
    },
  },
  {
    id: 'date/quarter-adjective',
    trigger: /-quarter|-half/i,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<qyear>${YEAR})\\s{1,3}|(?:fiscal|Fiscal)[\\s-]{1,3})?(?<ord>${QUARTER_ORDINAL})-(?<unit>quarter|half|Quarter|Half)${E}(?!-)`),
    value: (g, ctx) => quarterRuleValue({ ...g, mods: '' }, ctx),
  },
  {
    id: 'date/period',
    trigger: /period|quarter/i,
    type: 'DATE',
    pattern: rx(`${B}(?:the|The|its)\\s{1,3}(?:(?<yr>${YEAR})|(?<mod>${words(['latest', 'year-ago', 'year-earlier', 'comparable', 'corresponding', 'comparable year-ago', 'comparable year-earlier', 'same', 'recent'])}))\\s{1,3}(?:period|quarter)${E}`),
    value: (g, ctx) => {
      const mod = lower(g.mod);
      if (g.yr) return { value: g.yr };
      const focus = currentQuarter(ctx);
      if (!focus) return { value: mod === 'latest' ? 'PRESENT_REF' : 'PAST_REF' };
      const yearAgo = /ago|earlier|comparable|corresponding|same/.test(mod);
      return quarterValue(focus.y - (yearAgo ? 1 : 0), focus.q, !yearAgo);
    },
  },
  {
    id: 'date/year-ago-adjective',
    trigger: /year-(?:ago|earlier|before)/i,
    type: 'DATE',
    pattern: rx(`${B}(?<word>${words(['year-ago', 'year-earlier', 'year-before'])})${E}(?!-)`),
    value: (g, ctx) => {
      if (ctx.financial && ctx.quarter) return quarterValue(ctx.quarter.y - 1, ctx.quarter.q);
      return ctx.ref ? { value: String(ctx.ref.y - 1) } : { value: 'XXXX' };
    },
  },
  {
    id: 'date/year',
    anchor: 'year',
    trigger: /(?:1[5-9]|20)\d\d/,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?<pre>${words(['fiscal', 'calendar', 'the year', 'the fiscal year', 'mid', 'early', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the first half of', 'the second half of', 'the last half of', 'the latter half of', 'the first two quarters of', 'the last two quarters of', 'end', 'the summer of', 'the spring of', 'the fall of', 'the autumn of', 'the winter of', 'summer', 'spring', 'autumn', 'winter', 'post', 'pre'])})[-\\s]{1,3})?` +
        `(?<year>${YEAR})(?![\\d%]|,\\d|\\.\\d|-\\d|\\s{1,3}(?:${NOT_YEAR_AFTER})${E}|\\s{1,3}(?:to|and|or)\\s{1,3}\\d{1,3}${E}|\\s{0,2}(?:${TIMEZONE}|hrs|hours|local\\stime)${E})${E}`,
    ),
    accept: (text, start) => {
      // a number after another number ("25 1990") or a label ("No. 1990", "Route 1990") is not a year
      const before = text.slice(Math.max(0, start - 12), start);
      if (/(?:\d[,.]|\d\s{1,2}|\b(?:than|nearly|almost|approximately|roughly)\s{1,3}|\bNo\.\s{0,2}|\bnumber\s|\bpage\s|\bRoute\s|\bFlight\s|\bRoom\s)$/i.test(before)) return false;
      return true;
    },
    value: (g) => {
      const pre = lower(g.pre);
      const season = /(summer|spring|autumn|fall|winter)/.exec(pre)?.[1];
      if (season) return { value: `${g.year}-${seasonCode(season)}` };
      // TIMEX3 halves: "the first half of 1989" -> 1989-H1; two quarters make a half
      if (/\b(?:first (?:half|two quarters))\b/.test(pre)) return { value: `${g.year}-H1` };
      if (/\b(?:(?:second|last|latter) half|last two quarters)\b/.test(pre)) return { value: `${g.year}-H2` };
      return { value: g.year ?? '' };
    },
  },
  {
    id: 'date/year-end',
    trigger: /year.{1,3}end|end\sof\sthe\syear/i,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<=\\b(?<since>[Ss]ince)\\s{1,3})|)(?:(?<around>around)\\s{1,3})?(?:the\\s{1,3})?(?<word>year[-\\s]end|year['’]s\\s{1,3}end|end\\s{1,3}of\\s{1,3}the\\s{1,3}year)${E}`),

    value: (g, ctx) => {
      if (!ctx.ref) return { value: 'XXXX-12-31' };
      const since = Boolean(g.since) || (ctx.tense === 'past' && ctx.ref.m < 6);
      const y = since ? ctx.ref.y - 1 : ctx.ref.y;
      return { value: /-/.test(g.word ?? '') ? `${y}-12-31` : String(y) };
    },
  },
  {
    id: 'date/the-year-period',
    trigger: /\d{4}\s{1,3}(?:period|season|fiscal)/,
    type: 'DATE',
    pattern: rx(`${B}(?:the|The)\\s{1,3}(?<year>${YEAR})\\s{1,3}(?:period|season|fiscal\\syear)${E}`),
    value: (g) => ({ value: g.year ?? '' }),
  },
  {
    id: 'date/spoken-year',
    trigger: /nineteen|two\sthousand/i,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?:(?:[Tt]he\\s{1,3})?(?:year|winter|summer|spring|fall|autumn)\\s{1,3}(?:of\\s{1,3})?)?(?<year>${SPOKEN_YEAR})|(?:[Tt]he\\s{1,3})?year\\s{1,3}(?<year2000>two\\sthousand))${E}`,
    ),
    value: (g) => {
      const span = lower(g0(g));
      const y = g.year2000 ? 2000 : spokenYear(g.year ?? '');
      if (y === null) return null;
      const season = /(summer|spring|autumn|fall|winter)/.exec(span)?.[1];
      return { value: season ? `${y}-${seasonCode(season)}` : String(y) };
    },
  },
  {
    id: 'date/decade',
    trigger: /0['’]?s\b/,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<the>the\\s{1,3})?(?<edge>early|late|mid)[-\\s]{1,2})?(?:(?<dec>(?:1[5-9]|20)\\d0)['’]?s|['’](?<short>\\d0)['’]?s)${E}`),
    value: (g) => ({ value: g.dec ? g.dec.slice(0, 3) : `19${g.short!.slice(0, 1)}` }),
  },
  {
    id: 'date/decade-words',
    trigger: /ties\b/i,
    type: 'DATE',
    pattern: rx(`${B}(?:the|The)\\s{1,3}(?:(?:early|late|mid)[-\\s]{1,2})?(?<word>${words(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'])})${E}`),
    value: (g) => {
      const tens: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      return { value: `19${tens[lower(g.word)] ?? 'X'}` };
    },
  },
  {
    id: 'date/century',
    trigger: /century/i,
    type: 'DATE',
    pattern: rx(
      `${B}(?:(?:[Tt]he\\s{1,3})?(?<ord>${ORDINAL}|\\d{1,2}(?:st|nd|rd|th))[-\\s]century|(?<rel>${words(['this', 'last', 'next', 'the last', 'the next'])})\\s{1,3}century)${E}(?!-)`,
    ),
    value: (g, ctx) => {
      const ord = parseOrdinal(g.ord);
      if (ord) return { value: String(ord - 1).padStart(2, '0') };
      if (!ctx.ref) return { value: 'XX' };
      const c = Math.floor(ctx.ref.y / 100);
      const rel = lower(g.rel).replace(/^the /, '');
      return { value: String(rel === 'last' ? c - 1 : rel === 'next' ? c + 1 : c) };
    },
  },
  {
    id: 'date/season',
    anchor: 'season',
    trigger: /spring|summer|fall|autumn|winter/i,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<edge>${words(['early', 'late', 'mid', 'the end of', 'the beginning of'])})[-\\s]{1,3})?(?:(?<mod>${words(['this past', 'this coming', 'last', 'this', 'next', 'the', 'the early', 'the late'])})\\s{1,3})(?<season>${SEASON})${E}(?!\\s{1,3}(?:of|${YEAR})${E})`),
    value: (g, ctx) => seasonValue(ctx, seasonCode(g.season) ?? 'XX', lower(g.mod).replace(/^the ?(?:early|late)?$/, ''), null),
  },
  {
    id: 'date/holiday',
    anchor: 'name',
    trigger: /christmas|new\syear|independence\sday|valentine|halloween|boxing\sday|thanksgiving|easter|memorial\sday|labor\sday|election\sday/i,
    type: 'DATE',
    pattern: rx(`${B}(?:(?<mod>${words(['last', 'this', 'next'])})\\s{1,3})?(?<name>${FIXED_HOLIDAY}|${words(['thanksgiving day', 'thanksgiving', 'easter sunday', 'easter week', 'easter', 'memorial day', 'labor day', 'election day'])})${E}`),
    accept: (text, start, end, g) => /^[A-Z]/.test(g.name ?? text.slice(start, end)),
    value: (g, ctx) => holidayValue(g.name ?? '', ctx, lower(g.mod)),
  },
  {
    id: 'date/vague-reference',
    type: 'DATE',
    pattern: rx(`${B}(?<word>${words(Object.keys(vagueReferenceWords).filter((w) => !['once', 'future', 'current', 'recent'].includes(w)))})${E}(?!-)`),
    accept: (text, start, end, g) => {
      const w = lower(g.word);
      if (w === 'now') {
        // "now-defunct", "now that"; keep "now" the adverb
        return !/^-/.test(text.slice(end, end + 1));
      }
      return true;
    },
    value: (g) => ({ value: vagueReferenceWords[lower(g.word)] ?? 'PRESENT_REF' }),
  },
  {
    id: 'date/recent-units',
    anchor: 'unit',
    trigger: /recent|coming|future|past|upcoming/i,
    type: 'DATE',
    pattern: rx(`${B}(?:the\\s{1,3})?(?<mod>${words(['recent', 'coming', 'future', 'past', 'upcoming'])})\\s{1,3}(?<unit>${words(['years', 'months', 'weeks', 'days', 'quarters', 'decades'])})${E}`),
    value: (g) => {
      const mod = lower(g.mod);
      const unit = lower(g.unit);
      if (mod === 'recent' && /months|weeks|quarters/.test(unit)) {
        return { value: durationValue(null, unit) ?? 'PAST_REF', type: 'DURATION' };
      }
      if (mod === 'past') return { value: 'PAST_REF' };
      if (mod === 'coming' || mod === 'upcoming') return { value: durationValue(null, unit) ?? 'FUTURE_REF', type: 'DURATION' };
      return { value: mod === 'recent' ? 'PAST_REF' : 'FUTURE_REF' };
    },
  },
  {
    id: 'date/current',
    trigger: /current/i,
    type: 'DATE',
    pattern: rx(`${B}(?<word>[Cc]urrent)(?=\\s{1,3}[a-z]{3,20})${E}`),
    accept: (text, _start, end) => !/^\s{1,3}(?:account|affairs|events|law|rules?|system|form|version|model|members?|level|price|prices|rate|rates|crisis|situation|conditions?|trend|policy|policies|regime|government|administration|leader|leadership|owner)\b/.test(text.slice(end, end + 16)),
    value: () => ({ value: 'PRESENT_REF' }),
  },
  {
    id: 'set/adverb',
    trigger: /daily|weekly|monthly|yearly|hourly|nightly/i,
    type: 'SET',
    pattern: rx(`${B}(?<word>${SET_ADVERB})${E}`),
    value: (g) => ({ value: setAdverbs[lower(g.word)] ?? 'P1D' }),
  },
  {
    id: 'set/every',
    trigger: /every|each/i,
    type: 'SET',
    pattern: rx(`${B}(?:every|each|Every|Each)\\s{1,3}(?:(?<other>other)\\s{1,3})?(?:(?<unit>${UNIT_SINGULAR})|(?<wd>${WEEKDAY})|(?<month>${MONTH_FULL})|(?<season>${SEASON}))${E}`),
    value: (g) => {
      if (g.wd) return { value: `XXXX-WXX-${weekdayNumber(g.wd)}` };
      if (g.month) return { value: `XXXX-${String(monthNumber(g.month)).padStart(2, '0')}` };
      if (g.season) return { value: `XXXX-${seasonCode(g.season)}` };
      if (lower(g.unit) === 'quarter') return { value: g.other ? 'P2Q' : 'P1Q' };
      const v = durationValue(g.other ? 2 : 1, g.unit ?? '');
      return v ? { value: v } : null;
    },
  },
  {
    id: 'set/weekday-plural',
    trigger: /days\b/,
    type: 'SET',
    pattern: rx(`${B}(?<wd>${words(['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'])})${E}`),
    accept: (text, start) => /^[A-Z]/.test(text.slice(start, start + 1)),
    value: (g) => ({ value: `XXXX-WXX-${weekdayNumber(lower(g.wd).slice(0, -1))}` }),
  },
  {
    id: 'duration/amount',
    anchor: 'unit',
    type: 'DURATION',
    pattern: rx(
      `${B}(?:(?<amod>${AMOUNT_MODIFIER}|[Oo]ver(?=\\s{1,3}an?\\s))\\s{1,3}(?![Tt]he\\s))?(?:(?:the|The)\\s{1,3}(?:(?<rel>${words(['past', 'last', 'next', 'first', 'previous', 'final', 'coming', 'following', 'remaining', 'latest', 'entire', 'full', 'initial', 'same', 'subsequent', 'ensuing', 'preceding', 'year-earlier', 'year-ago'])})\\s{1,3})?(?:(?<amod2>${words(['nearly', 'almost', 'about', 'more than', 'roughly'])})\\s{1,3})?)?` +
        `(?:(?<n>${NUMBER})(?:\\s{1,3}(?:to|or)\\s{1,3}(?<n2>${NUMBER}))?|(?<vague>${VAGUE_NUMBER}))\\s{1,3}(?:(?:${words(['more', 'additional', 'straight', 'consecutive', 'trading', 'business', 'working', 'full', 'long', 'short', 'solid', 'whole', 'extra', 'calendar'])})\\s{1,3})?(?<unit>${UNIT})${E}(?<half>\\s{1,3}and\\s{1,3}a\\s{1,3}half)?(?!-|['’][A-Za-z]|\\s{1,3}(?:or\\s{1,3}so|old|ago|earlier|from\\snow|hence)${E})`,
    ),
    accept: (text, start, end, g) => {
      const unit = lower(g.unit);
      const n = lower(g.n);
      if ((unit === 'second' || unit === 'quarter' || unit === 'half') && /^(?:a|an|half an?)$/.test(n)) return false;
      // "$60 a year", "four flights a week", "24 hours a day": a rate, not a duration
      if (/^(?:a|an)$/.test(n) && !g.amod && /(?:\d|\b(?:million|billion|percent|times|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|dozen)\b)[^\d.,;:!?()"]{0,25}$/i.test(text.slice(Math.max(0, start - 40), start))) return false;
      if (/^(?:quarters?)$/.test(unit) && !g.rel && !g.vague && !/\d|two|three|four|five|six|seven|eight/.test(n)) return false;
      // "three quarters of the vote" is a fraction
      if (/^quarters?$/.test(unit) && !g.vague && /^\s{1,3}of\s/.test(text.slice(end, end + 5))) return false;
      return true;
    },
    value: (g) => {
      const n = g.vague ? null : parseNumber(g.n?.replace(/\s{1,3}(?:full|single|whole|additional|extra)$/i, ''));
      if (!g.vague && n === null) return null;
      // "a minute and a half"; a range ("two to three weeks") keeps its lower bound
      const v = durationValue(n === null ? null : n + (g.half ? 0.5 : 0), g.unit ?? '');
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    id: 'duration/adjective',
    anchor: 'unit',
    trigger: /-(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)/i,
    type: 'DURATION',
    pattern: rx(`${B}(?<n>\\d{1,3}(?:\\.\\d)?|${words(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'hundred', 'half', 'several', 'multi'])}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-(?<unit>${UNIT_SINGULAR}|${words(['decades', 'years'])})${E}(?!-(?:old|olds)${E}|\\s{1,3}old${E})`),
    value: (g) => {
      const word = lower(g.n);
      const n = word === 'several' || word === 'multi' ? null : word === 'half' ? 0.5 : parseNumber(word);
      const v = durationValue(n, g.unit ?? '');
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    id: 'duration/long-adjective',
    trigger: /-long\b/i,
    type: 'DURATION',
    pattern: rx(`${B}(?<unit>${words(['day', 'week', 'month', 'year', 'decade', 'days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours'])})-long${E}`),
    value: (g) => {
      const unit = lower(g.unit);
      const v = durationValue(/s$/.test(unit) ? null : 1, unit);
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    id: 'duration/the-units-ahead',
    trigger: /ahead/i,
    type: 'DURATION',
    pattern: rx(`${B}(?:the|The)\\s{1,3}(?<unit>${words(['days', 'weeks', 'months', 'years', 'decades'])})\\s{1,3}ahead${E}`),
    value: (g) => {
      const v = durationValue(null, g.unit ?? '');
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    id: 'date/units-ago',
    trigger: /ago/i,
    type: 'DATE',
    pattern: rx(`${B}(?<unit>${words(['days', 'weeks', 'months', 'years', 'decades'])})\\s{1,3}ago${E}`),
    value: () => ({ value: 'PAST_REF' }),
  },
  {
    id: 'duration/vague-plural',
    anchor: 'unit',
    trigger: /(?:years|months|weeks|decades|centuries|days|hours)\b/i,
    type: 'DURATION',
    pattern: rx(`(?<=\\b(?:[Ff]or|[Oo]ver|[Ww]ithin|[Ff]or\\s{1,3}the\\s{1,3}past|[Ii]n)\\s{1,3})(?:(?<the>the)\\s{1,3})?(?<unit>${words(['years', 'months', 'weeks', 'decades', 'centuries', 'days', 'hours'])})${E}(?!\\s{1,3}(?:ago|of|to|earlier|later|before|after|ahead|past|that|when)${E}|['’-])`),
    accept: (text, start, end, g) => !g.the || /^\s{0,3}/.test(text.slice(end)) && /[Oo]ver\s{1,3}$/.test(text.slice(Math.max(0, start - 6), start)),
    value: (g) => {
      const v = durationValue(null, g.unit ?? '');
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
];

/** A month name alone must look like the month: not "Theresa May", "may" the modal, "March" the verb. */
function acceptBareMonth(text: string, start: number, _end: number, g: Groups): boolean {
  if (g.mod) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const prev = /([A-Za-z'’.]{1,20})\s{1,3}$/.exec(before)?.[1] ?? '';
  const temporalPrep = /^(?:in|since|until|till|by|of|from|to|through|during|before|after|between|and|or|early|late|mid|last|next|this|that|each|every|for|around|about|on|the|as|since|last|its)$/i;
  if (g.month === 'May' || g.month === 'March') return temporalPrep.test(prev);
  // a capitalised word just before (not starting a sentence) makes it part of a name: "Million Man March"
  const sentenceStart = /(?:^|[.!?:"“\n]\s{0,3})[A-Za-z'’.]{1,20}\s{1,3}$/.test(before);
  if (/^[A-Z]/.test(prev) && !sentenceStart && !temporalPrep.test(prev)) return false;
  return true;
}
