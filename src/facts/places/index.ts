import type { Document } from '../../document.js';
import type { FoundSoFar } from '../../pipeline.js';
import type { PlaceFact } from '../../types.js';
import { findCandidates } from './find.js';
import { filterCandidates } from './filter.js';
import { resolveCandidates } from './resolve.js';

/** Places named in the article: one entry per distinct place, with every mention's span. */
export function extractPlaces(doc: Document, found: FoundSoFar): PlaceFact[] {
  const candidates = filterCandidates(doc, findCandidates(doc), found);
  const resolved = resolveCandidates(doc, candidates);
  const byPlace = new Map<string, PlaceFact>();
  for (const r of resolved) {
    const c = r.candidate;
    let fact = byPlace.get(r.placeKey);
    if (!fact) {
      fact = {
        name: r.name,
        kind: r.kind,
        countryCode: r.countryCode,
        admin1: r.admin1,
        lat: r.lat,
        lon: r.lon,
        geonameId: r.geonameId,
        mentions: [],
        rule: r.rule,
      };
      byPlace.set(r.placeKey, fact);
    }
    fact.mentions.push({ text: c.text, start: c.start, end: c.end });
  }
  return [...byPlace.values()];
}
