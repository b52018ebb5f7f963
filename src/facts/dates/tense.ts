// The tense of the clause around a date expression: it decides whether "Friday" or "May 23"
// without a year is the past or the coming one.
//
// Like HeidelTime's news strategy, the verb nearest BEFORE the expression in its sentence decides
// (the verb governing a fronted or trailing time adverbial is usually the last one before it);
// only when no verb cue precedes it does the first cue after it count. Prepositions and nouns that
// merely suggest the future ("until", "deadline", "upcoming") are weak: they count only when the
// clause has no verb cue at all.
import type { Document } from '../../document.js';
import {
  futureCues,
  irregularPastVerbs,
  pastCues,
  presentCues,
  reportingVerbs,
  weakFutureCues,
} from '../../lexicon/dates.js';
import type { Tense } from './normalize.js';

const alternation = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}'))
    .join('|');

/** One pattern, two named alternatives: which one matched tells the tense of the cue. */
const verbCue = new RegExp(
  `(?<![A-Za-z'])(?:(?<future>${alternation(futureCues)})|(?<past>${alternation(irregularPastVerbs)}|${alternation(pastCues)}|[a-z]{2,20}ed)|(?<present>${alternation(presentCues)}))(?![A-Za-z])`,
  'gi',
);
const weakFuture = new RegExp(`(?<![A-Za-z'])(?:${alternation(weakFutureCues)})(?![A-Za-z])`, 'i');
const reportedRightBefore = new RegExp(`\\b(?:${alternation(reportingVerbs)})\\s{1,3}(?:on\\s{1,3})?$`, 'i');

const afterBareBe = /\bbe\s{1,3}$/i;

/** How far around the expression (within its sentence) the cues are looked for. */
const BEFORE = 160;
const AFTER = 60;

/** Clause edges that a governing verb does not cross: a semicolon, a colon, a dash, a closing quote. */
const clauseEdge = /[;:]|\s--?\s|''|”/g;

function lastClauseStart(s: string): number {
  let at = 0;
  clauseEdge.lastIndex = 0;
  for (let m = clauseEdge.exec(s); m; m = clauseEdge.exec(s)) at = m.index + m[0].length;
  return at;
}

function cueTense(m: RegExpExecArray): Tense {
  return m.groups?.future ? 'future' : m.groups?.present ? 'present' : 'past';
}

export function tenseAround(doc: Document, start: number, end: number): Tense {
  if (reportedRightBefore.test(doc.text.slice(Math.max(0, start - 20), start))) return 'past';
  const sentence = doc.sentenceAt(start);
  const from = Math.max(sentence?.start ?? 0, start - BEFORE);
  const to = Math.min(sentence?.end ?? doc.text.length, end + AFTER);
  let before = doc.text.slice(from, start);
  before = before.slice(lastClauseStart(before));
  // the last verb cue before the expression
  let last: Tense | null = null;
  verbCue.lastIndex = 0;
  for (let m = verbCue.exec(before); m; m = verbCue.exec(before)) {
    // a participle after a bare "be" ("will be named", "to be completed") carries no tense of its own
    if (m.groups?.past && afterBareBe.test(before.slice(Math.max(0, m.index - 8), m.index))) continue;
    last = cueTense(m);
  }
  if (!last) {
    // else the first one after it
    const after = doc.text.slice(end, to);
    verbCue.lastIndex = 0;
    const next = verbCue.exec(after);
    if (next) last = cueTense(next);
  }
  if (last && last !== 'present') return last;
  // a present-tense clause (or none) with "until", "deadline", "upcoming" looks ahead
  if (weakFuture.test(doc.text.slice(from, to))) return 'future';
  return 'present';
}
