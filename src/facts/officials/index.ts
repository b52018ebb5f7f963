import type { Document } from '../../document.js';
import type { OfficialFact } from '../../types.js';
import { findInSentence, type OfficialCandidate } from './find.js';
import { mergeCandidates } from './normalize.js';
import { abbreviationWords } from './words.js';
import { honorifics } from '../../lexicon/titles.js';

/** A sentence that ends in an abbreviated rank ("London police Const.") continues in the next one. */
function endsInAbbreviatedTitle(doc: Document, lastToken: number): boolean {
  const last = doc.tokens[lastToken];
  if (!last) return false;
  const abbreviation = (key: string): boolean => abbreviationWords.has(key) || honorifics.has(key);
  // "Const" + "." split by the tokenizer, or one token "H.E."
  if (last.text === '.') {
    const word = doc.tokens[lastToken - 1];
    return word !== undefined && word.end === last.start && word.capitalized && abbreviation(word.lower);
  }
  // "P.J. Crowley": initials are not a sentence end
  if (/^(?:\p{Lu}\.){1,3}$/u.test(last.text)) return true;
  return last.capitalized && last.text.endsWith('.') && abbreviation(last.lower.slice(0, -1));
}

/**
 * Named officials: people the text gives a title or office ("regional governor Oleh Syniehubov",
 * "Rod Eddington, BA's chief executive"), one entry per person with every mention.
 */
export function extractOfficials(doc: Document): OfficialFact[] {
  const candidates: OfficialCandidate[] = [];
  const tokens = doc.tokens;
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    for (let joined = 0; ; joined++) {
      const sentence = tokens[to]!.sentence;
      while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
      if (to >= tokens.length || joined >= 2 || !endsInAbbreviatedTitle(doc, to - 1)) break;
    }
    for (const c of findInSentence(doc, from, to)) candidates.push(c);
    from = to;
  }
  return mergeCandidates(doc, candidates);
}
