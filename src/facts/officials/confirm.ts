import type { Document } from '../../document.js';
import { analyzeSentence, type NlpTerm } from '../../nlp.js';
import type { NameSpan } from './person-name.js';
import type { Word } from './words.js';

/**
 * Asking compromise whether a candidate name is a person: only for the few readings the
 * lexicon cannot settle, and only on a window of words around the name (compromise is slow).
 */

export const rejectingTags = ['Place', 'Organization', 'Date', 'Month', 'WeekDay', 'Value', 'Country', 'City', 'Region', 'Currency'];

/** Compromise's opinion of the words [from, to): 'person', 'thing' or 'unknown'. */
export const windowCache = new WeakMap<Document, Map<string, readonly NlpTerm[]>>();

/**
 * Compromise terms around the words [from, to): a few words of context on each side are
 * tagged, not the whole sentence (compromise is the slow part of this extractor).
 */
export function nlpWindow(doc: Document, words: readonly Word[], from: number, to: number): readonly NlpTerm[] {
  const a = words[Math.max(0, from - 3)]!.start;
  const b = words[Math.min(words.length, to + 3) - 1]!.end;
  let cache = windowCache.get(doc);
  if (!cache) {
    cache = new Map();
    windowCache.set(doc, cache);
  }
  const key = `${a}:${b}`;
  let terms = cache.get(key);
  if (!terms) {
    terms = analyzeSentence(doc.text.slice(a, b), a);
    cache.set(key, terms);
  }
  return terms;
}

/** Compromise's opinion of the words [from, to): 'person', 'thing' or 'unknown'. */
export function nlpOpinion(doc: Document, words: readonly Word[], from: number, to: number): 'person' | 'thing' | 'unknown' {
  const a = words[from]!.start;
  const b = words[to - 1]!.end;
  const terms = nlpWindow(doc, words, from, to).filter((t) => t.end > a && t.start < b);
  if (!terms.length) return 'unknown';
  if (terms.some((t) => t.tags.has('Person') && !t.tags.has('Honorific'))) return 'person';
  if (terms.some((t) => rejectingTags.some((tag) => t.tags.has(tag)))) return 'thing';
  return 'unknown';
}

/** The sentence (for compromise) that holds word `i`. */
export function sentenceOf(doc: Document, words: readonly Word[], i: number): number {
  return doc.sentenceAt(words[i]!.start)?.index ?? 0;
}

export function opinionOf(doc: Document, words: readonly Word[], span: NameSpan): 'person' | 'thing' | 'unknown' {
  return nlpOpinion(doc, words, span.nameStart, span.end);
}

/** A one-word name must not be a plural noun or a thing ("Workers", "Prosecutions"). */
export function singleNameOk(doc: Document, words: readonly Word[], span: NameSpan, needPerson: boolean): boolean {
  if (needPerson) {
    const opinion = opinionOf(doc, words, span);
    if (opinion !== 'person') return false;
  }
  const w = words[span.nameStart]!;
  const term = nlpWindow(doc, words, span.nameStart, span.end).find((t) => t.start <= w.start && w.start < t.end);
  if (term && term.tags.has('Plural') && !term.tags.has('Person')) return false;
  return true;
}
