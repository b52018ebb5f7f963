import type { Document } from '../../document.js';
import type { FoundSoFar } from '../../pipeline.js';
import type { CasualtyFact } from '../../types.js';

export function extractCasualties(doc: Document, found: FoundSoFar): CasualtyFact[] {
  void doc;
  void found;
  return [];
}
