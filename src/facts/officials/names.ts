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
type Fuller = { name: string; parts: string[] } | null;
interface FullerNames {
  answers: Map<string, Fuller>;
  /** Where each word stands (its bare form), made on the second word asked: a long article asks about many. */
  positions: Map<string, number[]> | null;
}
const fullerCache = new WeakMap<Document, FullerNames>();

export function fullerName(doc: Document, surname: string): Fuller {
  let names = fullerCache.get(doc);
  if (!names) {
    names = { answers: new Map(), positions: null };
    fullerCache.set(doc, names);
  }
  if (names.answers.has(surname)) return names.answers.get(surname)!;
  let found: Fuller = null;
  if (names.answers.size === 0 || !indexed(surname)) {
    // the first word asked (or a word the index leaves out): one pass over the tokens
    for (let i = 1; i < doc.tokens.length && !found; i++) if (bareToken(doc.tokens[i]!) === surname) found = fullerEndingAt(doc, i, surname);
  } else {
    names.positions ??= tokenPositions(doc);
    for (const i of names.positions.get(surname) ?? []) if ((found = fullerEndingAt(doc, i, surname))) break;
  }
  names.answers.set(surname, found);
  return found;
}

/** Words the index holds: those opening with a capital or a letter beyond ASCII (names do), about a seventh of a news text's tokens. */
const indexed = (word: string): boolean => {
  const first = word.charCodeAt(0);
  return (first >= 65 && first <= 90) || first > 127;
};

/** The positions of each bare token after the first that the index holds, in text order. */
function tokenPositions(doc: Document): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let i = 1; i < doc.tokens.length; i++) {
    if (!indexed(doc.tokens[i]!.text)) continue;
    const bare = bareToken(doc.tokens[i]!);
    const list = positions.get(bare);
    if (list) list.push(i);
    else positions.set(bare, [i]);
  }
  return positions;
}

/** The run of name words ending in token `i` (whose bare form is `surname`), when there is more than the surname. */
function fullerEndingAt(doc: Document, i: number, surname: string): Fuller {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  let k = i;
  while (k > 0 && i - k < 3) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== t.sentence || !isNameToken(prev) || bareToken(prev) !== prev.text) break;
    k--;
  }
  // "Chanting Helmut Kohl": a sentence-initial participle is not part of the name
  if (i - k >= 2 && tokens[k]!.sentenceInitial && /^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[k]!.text)) k++;
  if (k === i) return null;
  const parts = tokens.slice(k, i + 1).map(bareToken);
  return { name: doc.text.slice(tokens[k]!.start, t.start + surname.length), parts };
}

