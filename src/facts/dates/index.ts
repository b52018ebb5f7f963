import type { Document } from '../../document.js';
import type { DateFact } from '../../types.js';

export function extractDates(doc: Document): DateFact[] {
  void doc;
  return [];
}
