import type { Document, Token } from '../../document.js';
import { honorifics, peerageTitles } from '../../lexicon/titles.js';
import { capitalizedFunctionWords, nonNameWords } from '../../lexicon/people.js';
import { abbreviationWords, titleWords } from './words.js';

/** The token without a possessive "'s" or "’s" (what `/['’]s$/u` would remove, without a regex per token). */
export const bareToken = (t: Token): string => {
  const text = t.text;
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 0x73) return text;
  const apostrophe = text.charCodeAt(n - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019 ? text.slice(0, -2) : text;
};
const isNameToken = (t: Token): boolean => {
  const bare = bareToken(t);
  const lower = bare.toLowerCase().replace(/\.$/, '');
  return (
    /^\p{Lu}[\p{L}'’.-]{0,40}$/u.test(bare) &&
    !capitalizedFunctionWords.has(lower) &&
    !nonNameWords.has(lower) &&
    !titleWords.has(lower) &&
    !abbreviationWords.has(lower) &&
    !honorifics.has(lower) &&
    !peerageTitles.has(lower)
  );
};

/**
 * A one-word name ("President Bush") gets the fuller name the article gives elsewhere
 * ("George W Bush"): the first run of name words ending in that word.
 */
const fullerCache = new WeakMap<Document, Map<string, { name: string; parts: string[] } | null>>();

export function fullerName(doc: Document, surname: string): { name: string; parts: string[] } | null {
  let cache = fullerCache.get(doc);
  if (!cache) {
    cache = new Map();
    fullerCache.set(doc, cache);
  }
  if (cache.has(surname)) return cache.get(surname)!;
  const found = findFullerName(doc, surname);
  cache.set(surname, found);
  return found;
}

function findFullerName(doc: Document, surname: string): { name: string; parts: string[] } | null {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (bareToken(t) !== surname) continue;
    let k = i;
    while (k > 0 && i - k < 3) {
      const prev = tokens[k - 1]!;
      if (prev.sentence !== t.sentence || !isNameToken(prev) || /['’]s$/u.test(prev.text)) break;
      k--;
    }
    // "Chanting Helmut Kohl": a sentence-initial participle is not part of the name
    if (i - k >= 2 && tokens[k]!.sentenceInitial && /^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[k]!.text)) k++;
    if (k < i) {
      const parts = tokens.slice(k, i + 1).map(bareToken);
      return { name: doc.text.slice(tokens[k]!.start, t.start + surname.length), parts };
    }
  }
  return null;
}

