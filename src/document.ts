import { initials, nonTerminalAbbreviations } from './lexicon/abbreviations.js';
import { analyzeSentence, type NlpTerm } from './nlp.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercase form. */
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence this token belongs to. */
  sentence: number;
  /** Starts with an uppercase letter. */
  capitalized: boolean;
  /** First token of its sentence. */
  sentenceInitial: boolean;
}

/**
 * What every extractor receives, computed once per article and shared: the text, its
 * sentences and tokens (with offsets) and the reference date. Compromise analysis is done
 * lazily per sentence and cached, so an extractor that needs it pays once for everybody.
 */
export interface Document {
  readonly text: string;
  readonly referenceDate: string | null;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Compromise terms of one sentence, offsets into the document text. */
  nlpTerms(sentenceIndex: number): readonly NlpTerm[];
  /** The sentence that contains offset `at`. */
  sentenceAt(at: number): Sentence | undefined;
}

// A word: letters/digits joined by inner apostrophes, hyphens, periods (U.S., 1.3, 60.8, 14,000).
const tokenPattern =
  /[\p{L}\p{N}]{1,200}(?:(?:['’\-.,/:](?=[\p{L}\p{N}]))[\p{L}\p{N}]{1,200}){0,20}\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0, sentence = 0): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, offset, sentence);
  return tokens;
}

/** Whether a word starts with an uppercase letter (`/^\p{Lu}/u`), without the regex for ASCII first letters. */
function startsUppercase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return /^\p{Lu}/u.test(word);
}

/** The tokens of one sentence's text, appended to `tokens` (createDocument fills one array for the document). */
function tokenizeInto(tokens: Token[], text: string, offset: number, sentence: number): void {
  const first = tokens.length;
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m; m = tokenPattern.exec(text)) {
    let word = m[0];
    // a trailing period belongs to the token only for known abbreviations and initials
    if (word.length > 1 && word.endsWith('.')) {
      const bare = word.slice(0, -1).toLowerCase();
      if (!nonTerminalAbbreviations.has(bare) && !/^\p{L}$/u.test(bare) && !bare.includes('.')) {
        word = word.slice(0, -1);
        tokenPattern.lastIndex = m.index + word.length;
      }
    }
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + word.length,
      sentence,
      capitalized: startsUppercase(word),
      sentenceInitial: tokens.length === first,
    });
  }
}

/** Sentence boundaries: blank lines and line breaks always; [.!?] followed by space and an uppercase/quote/digit start, unless an abbreviation. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const boundary = /\n|[.!?]['"’”)]{0,2}(?=\s{1,20}['"“‘(]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] !== '\n') {
      // the word before the period
      const before = /(?:^|[^\p{L}.])([\p{L}.]{1,20})\.$/u.exec(text.slice(Math.max(0, m.index - 21), m.index + 1));
      const word = before?.[1];
      if (m[0].startsWith('.') && word && (nonTerminalAbbreviations.has(word.toLowerCase()) || initials.test(word))) continue;
    }
    push(m.index + m[0].length);
  }
  push(text.length);
  return sentences;
}

/** The sentence of `sentences` (in text order, as splitSentences gives them) that contains offset `at`: binary search. */
export function sentenceContaining(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function createDocument(text: string, referenceDate: string | null): Document {
  const sentences = splitSentences(text);
  const tokens: Token[] = [];
  for (const s of sentences) tokenizeInto(tokens, s.text, s.start, s.index);
  const nlpCache = new Map<number, readonly NlpTerm[]>();
  return {
    text,
    referenceDate,
    sentences,
    tokens,
    nlpTerms(index) {
      let terms = nlpCache.get(index);
      if (!terms) {
        const s = sentences[index];
        terms = s ? analyzeSentence(s.text, s.start) : [];
        nlpCache.set(index, terms);
      }
      return terms;
    },
    sentenceAt: (at) => sentenceContaining(sentences, at),
  };
}
