// Numbers as written in news: "14,000", "1.3 million", "twenty-one", "a dozen", "10-15",
// "between 10 and 15". Pattern sources (bounded) and a parser; usable by other extractors.
import { fixedNumberPhrases, scaleWords, tensWords, unitWords, vagueAmountWords } from '../../lexicon/numbers.js';

/** Longest first, regex-escaped alternation of words or phrases (spaces become `\s{1,3}`). */
export function alternation(words: Iterable<string>): string {
  // ties in code-unit order: localeCompare would start ICU's collator at import (10-20 ms)
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '\\s{1,3}'),
    )
    .join('|');
}

const units = alternation(Object.keys(unitWords));
const tens = alternation(Object.keys(tensWords));
/** Number words in a row ("twenty-one", "three hundred and twenty"); checked by `parseSingleNumber`. */
const numberWordSource = `(?:${alternation([...Object.keys(unitWords), ...Object.keys(tensWords), 'hundred', 'thousand', 'million'])})`;
const wordNumber = `(?:${numberWordSource}(?:(?:[-\\s]{1,2}|\\s{1,2}and\\s{1,2})${numberWordSource}){0,3})`;
const digitNumber = `(?:\\d{1,3}(?:,\\d{3}){1,3}(?![\\d,])|\\d{1,7}(?:\\.\\d{1,3})?(?!\\d|[.,]\\d))(?:\\s{0,2}(?:million|thousand|billion)\\b|(?:m|bn)\\b)?`;
const fixedPhrases = alternation(Object.keys(fixedNumberPhrases).filter((p) => p !== 'both'));

/** One number, digits or words. Case-insensitive use. */
export const singleNumberSource = `(?:${fixedPhrases}|${digitNumber}|${wordNumber})`;

/** A number or a range of numbers: "10-15", "10 to 15", "two or three", "between 10 and 15". */
export const numberPatternSource = `(?:between\\s{1,3}${singleNumberSource}\\s{1,3}(?:and|to)\\s{1,3}${singleNumberSource}|${singleNumberSource}(?:\\s{0,2}(?:-|–|to|or)\\s{0,2}${singleNumberSource})?)`;

/** Vague amounts: "dozens", "hundreds", "several". */
export const vagueAmountSource = `(?:${alternation(vagueAmountWords)})`;

const wordValues: Readonly<Record<string, number>> = { ...unitWords, ...tensWords, a: 1, an: 1 };

/** Parse one number ("1.3 million", "twenty-one", "a dozen", "14,000"); null when not a number. */
export function parseSingleNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s{1,10}/g, ' ').trim();
  if (text in fixedNumberPhrases) return fixedNumberPhrases[text]!;
  const digits = /^(\d{1,3}(?:,\d{3}){1,3}|\d{1,7}(?:\.\d{1,3})?)\s{0,2}([a-z]{0,8})$/.exec(text);
  if (digits) {
    const base = Number(digits[1]!.replace(/,/g, ''));
    const scaleWord = digits[2] ?? '';
    const scale = scaleWord ? scaleWords[scaleWord] : 1;
    if (scale === undefined || !Number.isFinite(base)) return null;
    return Math.round(base * scale);
  }
  // word numbers: sum of groups, each group multiplied by the scale that closes it
  let total = 0;
  let group = 0;
  let seen = false;
  for (const word of text.split(/[\s-]{1,3}/)) {
    if (word === 'and' || word === '') continue;
    if (word in wordValues) {
      group += wordValues[word]!;
      seen = true;
    } else if (word === 'dozen') {
      group = (group || 1) * 12;
      seen = true;
    } else if (word === 'hundred') {
      group = (group || 1) * 100;
      seen = true;
    } else if (word === 'thousand' || word === 'million' || word === 'billion') {
      total += (group || 1) * scaleWords[word]!;
      group = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + group : null;
}

export interface ParsedNumber {
  value: number;
  /** Set for ranges. */
  min: number | null;
  max: number | null;
  range: boolean;
}

/** Parse a number or a range ("10-15", "between 10 and 15", "two or three"). */
export function parseNumber(raw: string): ParsedNumber | null {
  const text = raw.toLowerCase().replace(/\s{1,10}/g, ' ').trim();
  const between = /^between (.{1,60}?) (?:and|to) (.{1,60})$/.exec(text);
  const range = between ?? /^(.{1,60}?) ?(?:-|–| to | or ) ?(.{1,60})$/.exec(text);
  if (range) {
    const a = parseSingleNumber(range[1]!);
    const b = parseSingleNumber(range[2]!);
    if (a !== null && b !== null && b > a) return { value: a, min: a, max: b, range: true };
    // "twenty-one" is not a range: fall through
  }
  const value = parseSingleNumber(text);
  return value === null ? null : { value, min: null, max: null, range: false };
}
