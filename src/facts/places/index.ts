import type { Document } from '../../document.js';
import type { FoundSoFar } from '../../pipeline.js';
import type { PlaceFact } from '../../types.js';

export function extractPlaces(doc: Document, found: FoundSoFar): PlaceFact[] {
  void doc;
  void found;
  return [];
}
