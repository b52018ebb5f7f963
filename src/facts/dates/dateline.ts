// The date an article carries itself: a news dateline ("KYIV, May 23, 2024 (Reuters) -"), a
// "Published 23 May 2024" / "Updated: 2024-05-23" line, or a line holding only a date.
// Only a fully specified day (with its year) counts; anything else gives null.
import { isValidDay } from './calendar.js';
import { monthNumber } from './normalize.js';
import { MONTH_ANY, WEEKDAY } from './patterns.js';
// (whitespace runs as loops: the patterns are read by named groups only)
import { loopedPattern as rx } from '../../regex.js';

/** How far into the text a dateline may appear. */
const HEAD_LENGTH = 1500;

const DAY = '(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:19|20)\\d{2})';
const MONTH = `(?<month>${MONTH_ANY})`;
const WEEKDAY_PREFIX = `(?:(?:${WEEKDAY}),?\\s{1,3})?`;

/** The date shapes, each with named groups year, month, day. */
const dateShapes = [
  `${WEEKDAY_PREFIX}${MONTH}\\s{0,2}${DAY},?\\s{1,3}${YEAR}`,
  `${WEEKDAY_PREFIX}${DAY}\\s{1,2}(?:of\\s{1,2})?${MONTH},?\\s{1,3}${YEAR}`,
  `${YEAR}-(?<monthNumber>0[1-9]|1[0-2])-${'(?<day>0[1-9]|[12]\\d|3[01])'}`,
];

const datelineRules = dateShapes.flatMap((shape) => [
  // KYIV, May 23, 2024 (Reuters) -  /  WASHINGTON, Ukraine, 23 May 2024 -
  rx(`(?:^|\\n)\\s{0,5}[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s{1,3}[A-Z][A-Za-z.'’ -]{1,30}){0,2},\\s{1,3}${shape}(?![\\d])`),
  // Published 23 May 2024 / Updated: 2024-05-23 / Posted on Thursday, May 23, 2024
  rx(`\\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast\\s[Uu]pdated|[Dd]ate|PUBLISHED|UPDATED)(?:\\s{1,3}on)?:?\\s{0,3}${shape}(?![\\d])`),
  // a line that starts with a date
  rx(`(?:^|\\n)\\s{0,5}${shape}(?![\\d])`),
]);

// "WASHINGTON, Aug. 11 (AP) --": a capitalised place, a comma, the date, then the agency or a dash.
const datelineSpan = rx(
  `(?:^|\\n)\\s{0,5}[A-Z][A-Z.'’ -]{1,40}(?:,\\s{1,3}[A-Za-z.'’ -]{1,30}){0,2},\\s{1,3}(?<date>${WEEKDAY_PREFIX}${MONTH}\\s{0,2}${DAY}(?:,?\\s{1,3}${YEAR})?)(?=\\s{0,3}(?:\\(|--|_|-|—|–))`,
  'g',
);

/**
 * Where the article's own dateline date is: TimeBank does not annotate it (it is the document's
 * creation time, not a date the article reports), so the date rules skip it.
 */
export function findDatelineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  datelineSpan.lastIndex = 0;
  for (let m = datelineSpan.exec(text); m; m = datelineSpan.exec(text)) {
    const date = m.groups?.date ?? '';
    const end = m.index + m[0].length;
    spans.push([end - date.length, end]);
  }
  return spans;
}

export function findDatelineDate(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  // every shape has a year: most articles have none near the top
  if (!/(?:19|20)\d\d/.test(head)) return null;
  for (const rule of datelineRules) {
    const m = rule.exec(head);
    const g = m?.groups;
    if (!g?.year || !g.day) continue;
    const year = Number(g.year);
    const month = g.monthNumber ? Number(g.monthNumber) : monthNumber(g.month);
    const day = Number(g.day);
    if (!month || !isValidDay(year, month, day)) continue;
    return `${g.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
