import type { Document } from '../../document.js';
import type { CasualtyFact, Summary } from '../../types.js';

export function summarizeCasualties(doc: Document, casualties: readonly CasualtyFact[]): Summary {
  void doc;
  void casualties;
  return { killed: null, injured: null, missing: null, displaced: null };
}
