// The tense of the clause around a date expression: it decides whether "Friday" or "May 23"
// without a year is the past or the coming one.
import type { Document } from '../../document.js';
import { futureCues, irregularPastVerbs, reportingVerbs } from '../../lexicon/dates.js';
import type { Tense } from './normalize.js';

const alternation = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}'))
    .join('|');

const futureCue = new RegExp(`(?:^|[^A-Za-z'])(?:${alternation(futureCues)})(?![A-Za-z])`, 'i');
const reportedRightBefore = new RegExp(`\\b(?:${alternation(reportingVerbs)})\\s{1,3}(?:on\\s{1,3})?$`, 'i');
const pastVerb = new RegExp(`\\b(?:${alternation(irregularPastVerbs)}|[a-z]{2,20}ed)\\b`, 'i');

/** How far around the expression (within its sentence) the cues are looked for. */
const BEFORE = 70;
const AFTER = 20;

export function tenseAround(doc: Document, start: number, end: number): Tense {
  if (reportedRightBefore.test(doc.text.slice(Math.max(0, start - 20), start))) return 'past';
  const sentence = doc.sentenceAt(start);
  const from = Math.max(sentence?.start ?? 0, start - BEFORE);
  const to = Math.min(sentence?.end ?? doc.text.length, end + AFTER);
  const window = doc.text.slice(from, to);
  if (futureCue.test(window)) return 'future';
  return pastVerb.test(window) ? 'past' : 'present';
}
