import type { Document } from '../../document.js';
import {
  isComma,
  demonymPlace,
  isCountryName,
  isHonorific,
  isInitial,
  isAcronym,
  isNameSuffix,
  isNameWord,
  isNonNameWord,
  isOccupation,
  isParticle,
  isPeerage,
  isPlaceWord,
  isTitleWord,
  matchTitle,
  type Word,
} from './words.js';

/** Reading a person's name from the words around a title. */

export interface NameSpan {
  start: number;
  end: number;
  /** First word of the name proper (after honorifics). */
  nameStart: number;
  honorific: boolean;
}

/** Roman regnal numerals ("Henry II"). */
export const regnalNumeral = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3}|XIV|XV|XVI)$/;

/** Read a person's name forwards from word `k` (honorifics skipped, peerage kept). */
export function readNameForward(words: readonly Word[], k: number): NameSpan | null {
  const from = k;
  let honorific = false;
  if (words[k]?.key === 'the' && words[k + 1] && isHonorific(words[k + 1]!)) k++;
  while (k < words.length && isHonorific(words[k]!)) {
    // "Dr, Cecilia Ojabo" (a stray comma after the honorific)
    if (words[k + 1]?.cap) k++;
    else if (isComma(words[k + 1]) && words[k + 2]?.cap) k += 2;
    else break;
    honorific = true;
  }
  const nameStart = k;
  let end = k;
  let count = 0;
  while (k < words.length && count < 6) {
    const w = words[k]!;
    if (isPeerage(w) && count === 0) {
      k++;
      end = k;
      continue;
    }
    if (isParticle(w) || (w.key === '-' && count > 0)) {
      const next = words[k + 1];
      if (count > 0 && next && (next.cap || isParticle(next)) && !isPlaceWord(next)) {
        k++;
        continue;
      }
      if (count === 0 && next?.cap && w.key !== '-') {
        k++;
        continue;
      }
      break;
    }
    // "Luis Antonio Cardinal Tagle": a cardinal's title sits inside the name
    if (count >= 2 && w.key === 'cardinal' && words[k + 1] && isNameWord(words[k + 1]!) && !words[k + 2]?.cap) {
      k++;
      continue;
    }
    // 'Harold "Hal" Rogers': a nickname in quotes inside the name
    if (count > 0 && isOpenQuote(w) && words[k + 1]?.cap && isCloseQuote(words[k + 2]) && words[k + 3] && isNameWord(words[k + 3]!)) {
      k += 3;
      continue;
    }
    // "Louis St. Laurent"
    if (count > 0 && (w.key === 'st' || w.key === 'ste') && w.cap && words[k + 1]?.cap) {
      count++;
      k++;
      continue;
    }
    if (!isNameWord(w) || isNameSuffix(w)) break;
    if (count === 0 && (isTitleWord(w) || isPlaceWord(w) || isHonorific(w) || isOccupation(w))) break;
    if (count > 0 && isPlaceWord(w)) break;
    // another title begins ("... Bakiev Palestinian Prime Minister ...")
    if (count > 0 && isTitleWord(w) && (count >= 2 || words[k + 1]?.cap) && matchTitle(words, k)) break;
    count++;
    k++;
    end = k;
    if (w.possessive) break;
  }
  if (count === 0) return null;
  // "Chanting Helmut Kohl ...": a sentence-initial participle is not part of the name
  if (nameStart === 0 && count >= 3 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]!.text)) return { start: from, end, nameStart: 1, honorific };
  // "Henry II of England": a regnal name keeps its realm
  const last = words[end - 1]!;
  if (regnalNumeral.test(last.text) && !last.possessive && words[end]?.key === 'of' && words[end + 1]?.cap) {
    let e = end + 1;
    if (words[e]?.key === 'the' && words[e + 1]?.cap) e++;
    while (e < words.length && e - end < 5 && words[e]!.cap && isNameWord(words[e]!)) e++;
    if (isPlaceWord(words[e - 1]!) || isCountryName(textOf2(words, end + 1, e))) end = e;
  }
  return { start: from, end, nameStart, honorific };
}

export function textOf2(words: readonly Word[], from: number, to: number): string {
  return words.slice(from, to).map((w) => w.text).join(' ').replace(/^the /, '');
}

/** Read a person's name backwards, ending right before word `e`. */
export function readNameBackward(words: readonly Word[], e: number): NameSpan | null {
  let k = e - 1;
  let count = 0;
  let start = e;
  while (k >= 0 && count < 5) {
    const w = words[k]!;
    if (w.possessive && k !== e - 1) break;
    if (w.possessive) return null;
    if (isParticle(w) || w.key === '-') {
      if (count > 0 && words[k - 1]?.cap) {
        k--;
        continue;
      }
      break;
    }
    if (!isNameWord(w) || isNameSuffix(w) || isPlaceWord(w) || isHonorific(w)) break;
    if (isOccupation(w) && (k === 0 || !words[k - 1]!.cap)) break;
    if (isTitleWord(w) && !(count > 0 && words[k - 1] && isNameWord(words[k - 1]!) && !isTitleWord(words[k - 1]!))) break;
    count++;
    start = k;
    k--;
  }
  if (count === 0) return null;
  let honorific = false;
  let from = start;
  while (from > 0 && isHonorific(words[from - 1]!)) {
    honorific = true;
    from--;
  }
  if (words[from - 1]?.key === 'the' && honorific) from--;
  return { start: from, end: e, nameStart: start, honorific };
}

export function nameText(doc: Document, words: readonly Word[], span: NameSpan): { text: string; parts: string[] } {
  const parts: string[] = [];
  let skipped = false;
  for (let i = span.nameStart; i < span.end; i++) {
    const w = words[i]!;
    if (w.key === '-') continue;
    // "Luis Antonio Cardinal Tagle" -> "Luis Antonio Tagle"
    if (w.key === 'cardinal' && i > span.nameStart && i < span.end - 1) {
      skipped = true;
      continue;
    }
    // 'Harold "Hal" Rogers' -> "Harold Rogers"
    if (isOpenQuote(w) && isCloseQuote(words[i + 2]) && i > span.nameStart) {
      skipped = true;
      i += 2;
      continue;
    }
    parts.push(w.text);
  }
  const text = skipped ? parts.join(' ') : doc.text.slice(words[span.nameStart]!.start, words[span.end - 1]!.end);
  return { text, parts };
}

export function nameLooksValid(words: readonly Word[], span: NameSpan): boolean {
  let letters = 0;
  for (let i = span.nameStart; i < span.end; i++) {
    const w = words[i]!;
    if (isNonNameWord(w)) return false;
    if (w.cap && !isInitial(w)) letters++;
  }
  if (letters === 0) return false;
  // a lone acronym is an organization ("BA", "NATO")
  if (span.end - span.nameStart === 1 && isAcronym(words[span.nameStart]!)) return false;
  // "the first official New Zealand ...": a country is not a person
  if (isCountryName(textOf2(words, span.nameStart, span.end)) || demonymPlace(textOf2(words, span.nameStart, span.end))) return false;
  return true;
}

const isOpenQuote = (w: Word): boolean => w.key === '"' || w.key === '“' || w.key === '‘' || w.key === "'";
const isCloseQuote = (w: Word | undefined): boolean => w !== undefined && (w.key === '"' || w.key === '”' || w.key === '’' || w.key === "'");
