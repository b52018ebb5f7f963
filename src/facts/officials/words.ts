import type { Document, Token } from '../../document.js';
import {
  abbreviatedTitles,
  ambiguousTitles,
  appositionTitles,
  honorifics,
  officeTitles,
  peerageTitles,
  portfolioWords,
  titleModifiers,
} from '../../lexicon/titles.js';
import { capitalizedFunctionWords, nameParticles, nameSuffixes, nonNameWords, occupationNouns, partyLabels } from '../../lexicon/people.js';
import { countryNames, demonymToPlace } from '../../lexicon/people-demonyms.js';

/** A word of a sentence as the officials rules see it (possessive endings split off). */
export interface Word {
  /** As written, without a possessive ending. */
  text: string;
  /** Lowercase, without a trailing period or possessive ending. */
  key: string;
  start: number;
  /** End of `text`. */
  end: number;
  /** End including a possessive ending ("Ukraine's", "Sharpton 's"). */
  spanEnd: number;
  cap: boolean;
  possessive: boolean;
}

const possessiveEnding = /^(?<stem>[\p{L}\p{N}.'’-]{1,80}?)['’][sS]$/u;
/** A cheap test that `possessiveEnding` may match: the text ends in 's or ’s (either case). */
function endsLikePossessive(text: string): boolean {
  const n = text.length;
  if (n < 3) return false;
  const last = text.charCodeAt(n - 1);
  const apostrophe = text.charCodeAt(n - 2);
  return (last === 0x73 || last === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

/** "Ukraine's" -> "Ukraine"; null when the token has no possessive ending. */
function possessiveStem(text: string): string | null {
  if (!endsLikePossessive(text)) return null;
  return possessiveEnding.exec(text)?.groups?.['stem'] ?? null;
}

/** The key (`Word.key`) of a token whose possessive stem is `stem`: lowercase, without the possessive ending or a trailing period. */
function wordKey(t: Token, stem: string | null): string {
  const key = stem === null ? t.lower : stem.toLowerCase();
  return key.length > 1 && key.endsWith('.') ? key.slice(0, -1) : key;
}

/** The key of the word a token becomes. */
const tokenKey = (t: Token): string => wordKey(t, possessiveStem(t.text));

/**
 * Whether any of the tokens [tokenFrom, tokenTo) could begin a title phrase (its key is a first
 * word of the title lexicon). Most sentences have none, and a sentence without one has no reading:
 * the words are built and searched only for the others.
 */
export function mayHoldTitle(doc: Document, tokenFrom: number, tokenTo: number): boolean {
  const tokens = doc.tokens;
  for (let i = tokenFrom; i < tokenTo; i++) if (root.next.has(tokenKey(tokens[i]!))) return true;
  return false;
}

/** The words of one sentence, from the document's tokens. */
export function sentenceWords(doc: Document, tokenFrom: number, tokenTo: number): Word[] {
  const words: Word[] = [];
  const tokens = doc.tokens;
  for (let i = tokenFrom; i < tokenTo; i++) {
    const t = tokens[i]!;
    // tokenized text: "Sharpton 's" -> possessive of the previous word
    if ((t.text === "'" || t.text === '’') && words.length) {
      const next = tokens[i + 1];
      if (next && i + 1 < tokenTo && next.lower === 's' && next.start === t.end) {
        const prev = words[words.length - 1]!;
        prev.possessive = true;
        prev.spanEnd = next.end;
        i++;
        continue;
      }
    }
    // "Const." when the tokenizer split the period off an abbreviated rank
    if (t.text === '.' && words.length) {
      const prev = words[words.length - 1]!;
      if (prev.end === t.start && !prev.possessive && prev.cap && abbreviationWords.has(prev.key)) {
        prev.text += '.';
        prev.end = t.end;
        prev.spanEnd = t.end;
        continue;
      }
    }
    // the token's own text and capital, unless a possessive ending comes off
    const stem = possessiveStem(t.text);
    const text = stem ?? t.text;
    const cap = stem === null ? t.capitalized : /^\p{Lu}/u.test(stem);
    words.push({
      text,
      key: wordKey(t, stem),
      start: t.start,
      end: t.start + text.length,
      spanEnd: t.end,
      cap,
      possessive: stem !== null,
    });
  }
  return words;
}

// ---------- the title lexicon as a word trie ----------

/** One-word abbreviated titles ("const", "sgt"): their period does not end a sentence. */
export const abbreviationWords: ReadonlySet<string> = new Set(abbreviatedTitles.filter((p) => !p.includes(' ')));

export interface TitleFlags {
  office: boolean;
  abbreviation: boolean;
  apposition: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  flags?: TitleFlags;
  /** The words on the path to this node, joined by spaces (the phrase a match here reports). */
  phrase: string;
}

const root: TrieNode = { next: new Map(), phrase: '' };
/** Every word that occurs in a title phrase (and simple plurals), to tell names from titles. */
export const titleWords = new Set<string>();

function addTitle(phrase: string, kind: keyof TitleFlags): void {
  const variants = new Set([phrase]);
  if (phrase.includes('-')) variants.add(phrase.replace(/-/g, ' '));
  for (const v of variants) {
    let node = root;
    for (const w of v.split(' ')) {
      titleWords.add(w);
      let n = node.next.get(w);
      if (!n) {
        n = { next: new Map(), phrase: node === root ? w : `${node.phrase} ${w}` };
        node.next.set(w, n);
      }
      node = n;
    }
    node.flags ??= { office: false, abbreviation: false, apposition: false };
    node.flags[kind] = true;
  }
}
for (const p of officeTitles) addTitle(p, 'office');
for (const p of abbreviatedTitles) addTitle(p, 'abbreviation');
for (const p of appositionTitles) addTitle(p, 'apposition');
for (const w of [...titleWords]) {
  if (w.length < 3 || ['of', 'the', 'and', 'in', 'for'].includes(w)) continue;
  titleWords.add(w.endsWith('y') ? w.slice(0, -1) + 'ies' : w.endsWith('s') || w.endsWith('h') ? w + 'es' : w + 's');
}
for (const w of ['of', 'the', 'and', 'in', 'for', 'gen', 'lt', 'sec', 'rep', 'dep', 'comm', 'spc', 'co']) titleWords.delete(w);

export interface TitleMatch {
  start: number;
  /** Exclusive word index. */
  end: number;
  flags: TitleFlags;
  /** The lexicon phrase matched. */
  phrase: string;
}

/** The longest title phrase starting at word `i`, or null. A hyphen word between parts is skipped. */
export function matchTitle(words: readonly Word[], i: number): TitleMatch | null {
  let node: TrieNode | undefined = root;
  let best: TitleMatch | null = null;
  let j = i;
  while (node && j < words.length) {
    const w = words[j]!;
    if (w.key === '-' && j > i) {
      j++;
      continue;
    }
    node = node.next.get(w.key);
    if (!node) break;
    j++;
    if (node.flags) {
      const f = node.flags;
      // abbreviations are capitalized ("Gen.", "Sgt"); an office or apposition title may be lowercase
      // "SEC" is not "Sec." (secretary): an abbreviation is written capitalized, not in capitals
      const ok = f.office || f.apposition || (words[i]!.cap && !/^\p{Lu}{2,}$/u.test(words[i]!.text));
      if (ok) best = { start: i, end: j, flags: f, phrase: node.phrase };
    }
    // a possessive word ends any title ("Prime Minister's Questions")
    if (w.possessive) break;
  }
  return best;
}

// ---------- word classes ----------

const modifierSet = new Set(titleModifiers);
const portfolioSet = new Set(portfolioWords);
const honorificSet = honorifics;
const peerageSet = peerageTitles;
export const preOrganizationModifiers = new Set([
  'former', 'ex', 'then', 'acting', 'interim', 'late', 'outgoing', 'incoming', 'new', 'veteran', 'retired',
  'longtime', 'long-time', 'embattled', 'ousted', 'exiled', 'deposed', 'jailed', 'only', 'top', 'senior',
  'his', 'her', 'their', 'its', 'our',
]);
export const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);
const demonyms = new Map<string, string>(Object.entries(demonymToPlace));
const countries = new Set(countryNames);

const ordinal = /^\d{1,3}(?:st|nd|rd|th)$/;
export function isModifier(w: Word): boolean {
  return modifierSet.has(w.key) || portfolioSet.has(w.key) || (w.key.startsWith('ex-') && w.key.length > 4) || ordinal.test(w.key);
}
export function isPortfolio(w: Word): boolean {
  return portfolioSet.has(w.key) || portfolioSet.has(w.key.replace(/s$/, ''));
}
export function isTitleWord(w: Word): boolean {
  return titleWords.has(w.key);
}
export function isAmbiguousTitle(phrase: string): boolean {
  return ambiguousTitles.has(phrase);
}
export function isHonorific(w: Word): boolean {
  return honorificSet.has(w.key) && w.cap;
}
export function isPeerage(w: Word): boolean {
  return peerageSet.has(w.key) && w.cap;
}
export function isFunctionWord(w: Word): boolean {
  return capitalizedFunctionWords.has(w.key);
}
export function isNonNameWord(w: Word): boolean {
  return nonNameWords.has(w.key);
}
export function isParticle(w: Word): boolean {
  return !w.cap && nameParticles.has(w.key);
}
export function isNameSuffix(w: Word): boolean {
  return nameSuffixes.has(w.key) && w.cap;
}
/** "Ukrainian" -> "Ukraine"; "Sri Lankan" (two words ending at i) handled by the caller. */
export function demonymPlace(text: string): string | undefined {
  return demonyms.get(text);
}
export function isCountryName(text: string): boolean {
  return countries.has(text);
}
export function isPlaceWord(w: Word): boolean {
  return demonyms.has(w.text) || countries.has(w.text);
}

const initialPattern = /^\p{Lu}\.?$/u;
const nameWordPattern = /^\p{Lu}[\p{L}'’.-]{0,40}$/u;

/** A word that can be part of a person's name (capitalized, not a sentence function word). */
/** "I'm", "He's", "Don't": contractions are not names. */
const contraction = /['’](?:m|ve|d|ll|re|t|s)$/iu;
const particleHyphenName = /^(?:al|el|ul|bin|abu|ibn|da|de|di|van|von|d|o|l)[-'’]\p{Lu}/u;
export function isNameWord(w: Word): boolean {
  if (!w.cap) return particleHyphenName.test(w.text) && !nonNameWords.has(w.key);
  if (initialPattern.test(w.text)) return true;
  if (!nameWordPattern.test(w.text) || contraction.test(w.text)) return false;
  return !capitalizedFunctionWords.has(w.key) && !nonNameWords.has(w.key);
}
export function isInitial(w: Word): boolean {
  return initialPattern.test(w.text);
}
/** An all-capitals word of up to 5 letters: an acronym ("BA", "NATO"), not a name. */
export function isAcronym(w: Word): boolean {
  return /^\p{Lu}{2,5}$/u.test(w.text);
}
/** A capitalized occupation noun at the front of a name ("Conductor Marcello Viotti"). */
export function isOccupation(w: Word): boolean {
  return occupationNouns.has(w.key);
}
/** A capitalized party label ("Labour", "Republican"). */
export function isPartyLabel(w: Word): boolean {
  return partyLabels.has(w.key);
}
export const isComma = (w: Word | undefined): boolean => w !== undefined && w.key === ',';
