import type { Document } from '../../document.js';
import type { OfficialFact } from '../../types.js';
import { findInSentence, type OfficialCandidate } from './find.js';
import { mergeCandidates } from './normalize.js';

/**
 * Named officials: people the text gives a title or office ("regional governor Oleh Syniehubov",
 * "Rod Eddington, BA's chief executive"), one entry per person with every mention.
 */
export function extractOfficials(doc: Document): OfficialFact[] {
  const candidates: OfficialCandidate[] = [];
  const tokens = doc.tokens;
  for (let from = 0, to = 0; from < tokens.length; from = to) {
    const sentence = tokens[from]!.sentence;
    while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
    for (const c of findInSentence(doc, from, to)) candidates.push(c);
  }
  return mergeCandidates(doc, candidates);
}

