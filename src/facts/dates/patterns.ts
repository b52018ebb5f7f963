// Regex fragments built from the word lists (longest word first, bounded quantifiers only).
import {
  fixedHolidays,
  monthNames,
  numberWords,
  ordinalWords,
  setAdverbs,
  weekdayNames,
} from '../../lexicon/dates.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// plain code-unit order for ties: localeCompare would start ICU's collator (10-20 ms of start-up)
const byLength = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** Alternation of words, each also with its first letter upper-cased ("last" -> last|Last). */
export function words(list: readonly string[]): string {
  const all = new Set<string>();
  for (const w of list) {
    // every word may start in either case ("Thanksgiving day", "Thanksgiving Day")
    const pattern = w
      .split(' ')
      .map((part) => {
        const first = part.charAt(0);
        const upper = first.toUpperCase();
        const rest = escape(part.slice(1));
        const lowerFirst = first.toLowerCase();
        return lowerFirst === upper ? escape(first) + rest : `[${lowerFirst}${upper}]${rest}`;
      })
      .join('\\s{1,3}');
    all.add(pattern);
  }
  // longest first, so that "the past" is tried before "the"
  return [...all].sort(byLength).join('|');
}

/** Alternation of words exactly as written (capitalised month names). */
export function exact(list: readonly string[]): string {
  return [...new Set(list)].sort(byLength).map(escape).join('|');
}

const fullMonths = Object.keys(monthNames).filter((m) => !m.includes('.') && (m.length > 4 || m === 'June' || m === 'July' || m === 'May'));
const abbreviatedMonths = Object.keys(monthNames).filter((m) => !fullMonths.includes(m));

/** A month name (full, capitalised) or abbreviation (Jan., Sept.). */
export const MONTH_FULL = exact(fullMonths);
export const MONTH_ANY = exact([...fullMonths, ...abbreviatedMonths.filter((m) => m.endsWith('.')), 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Aug', 'Apr']);
export const MONTH_UPPER = exact(fullMonths.map((m) => m.toUpperCase()));
export const WEEKDAY = words(Object.keys(weekdayNames).filter((w) => !w.endsWith('.')));
export const YEAR = '(?:1[5-9]|20)\\d{2}';
/** A day of the month: 1-31, with an optional ordinal suffix; never the start of a longer number. */
export const DAY_NUMBER = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d|[:/.]\\d|,\\d{3})';

const unitWords = ['second', 'minute', 'hour', 'day', 'night', 'week', 'weekend', 'fortnight', 'month', 'quarter', 'year', 'decade', 'century'];
const plural = (u: string): string => (u === 'century' ? 'centuries' : u + 's');
export const UNIT = words([...unitWords, ...unitWords.map(plural)]);
export const UNIT_SINGULAR = words(unitWords);
export const UNIT_PLURAL = words(unitWords.map(plural));
export const CALENDAR_UNIT = words(['week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century']);

const simpleNumbers = Object.keys(numberWords).filter((w) => !['a', 'an', 'half', 'couple', 'hundred', 'dozen'].includes(w));
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const wordNumber = `(?:(?:${words(tens)})(?:[-\\s](?:${units.join('|')}))?|${words(simpleNumbers)})`;
/** A count: digits, number words ("twenty-four", "a hundred"), fractions ("1 1/2"). */
export const NUMBER =
  `(?:\\d{1,3}(?:,\\d{3}){1,2}|\\d{1,4}(?:\\.\\d{1,2})?(?:\\s\\d\\/\\d)?|(?:[Aa]n?\\s)?(?:${wordNumber}\\s)?[Hh]undred|[Aa]\\s[Dd]ozen|${wordNumber}(?:\\sand\\sa\\shalf)?|[Aa]n?(?:\\s(?:full|single|whole|additional|extra))?|(?:[Aa]\\s)?[Cc]ouple\\sof|[Hh]alf\\san?)`;
export const VAGUE_NUMBER = words(['several', 'a few', 'few', 'many', 'a couple of', 'couple of', 'some', 'a number of']);
export const ORDINAL = words(Object.keys(ordinalWords).filter((w) => !/^\d/.test(w)));
export const QUARTER_ORDINAL = `(?:${words(['first', 'second', 'third', 'fourth'])}|1st|2nd|3rd|4th)`;
export const SET_ADVERB = words(Object.keys(setAdverbs));
export const FIXED_HOLIDAY = words(Object.keys(fixedHolidays));

/** Modifiers of an amount that TimeBank keeps inside the span ("nearly two years"). */
export const AMOUNT_MODIFIER = words([
  'nearly', 'almost', 'about', 'around', 'more than', 'less than', 'fewer than', 'at least',
  'up to', 'no more than', 'no less than', 'under', 'roughly', 'approximately', 'well over',
  'at most', 'close to', 'upwards of',
]);
