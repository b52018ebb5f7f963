import type { Document } from '../../document.js';
import type { OfficialFact } from '../../types.js';

export function extractOfficials(doc: Document): OfficialFact[] {
  void doc;
  return [];
}
