import type { Document } from './document.js';
import type { CasualtyFact, DateFact, FactKind, OfficialFact, PlaceFact, Summary } from './types.js';
import { extractDates } from './facts/dates/index.js';
import { extractPlaces } from './facts/places/index.js';
import { extractCasualties } from './facts/casualties/index.js';
import { extractOfficials } from './facts/officials/index.js';
import { summarizeCasualties } from './facts/casualties/summary.js';

export interface Facts {
  dates: DateFact[];
  places: PlaceFact[];
  casualties: CasualtyFact[];
  officials: OfficialFact[];
}

/** What an extractor may read of the kinds that ran before it (e.g. places skips official names). */
export type FoundSoFar = Readonly<Partial<Facts>>;

export interface Extractor<K extends FactKind> {
  kind: K;
  extract(doc: Document, found: FoundSoFar): Facts[K];
}

/**
 * THE pipeline: extractors run in this order, each seeing what the earlier ones found.
 * Dates first (casualties use them to tell events apart), officials before places (a person's
 * name is not a toponym), casualties last.
 */
export const extractors = [
  { kind: 'dates', extract: (doc) => extractDates(doc) },
  { kind: 'officials', extract: (doc) => extractOfficials(doc) },
  { kind: 'places', extract: (doc, found) => extractPlaces(doc, found) },
  { kind: 'casualties', extract: (doc, found) => extractCasualties(doc, found) },
] as const satisfies readonly Extractor<FactKind>[];

// Compile-time check: every fact kind has exactly one extractor in the pipeline.
type Covered = (typeof extractors)[number]['kind'];
const everyKindCovered: Record<FactKind, true> = { dates: true, places: true, casualties: true, officials: true } satisfies Record<Covered, true>;
void everyKindCovered;

/** Refiners that derive article-level values from the facts. */
export const summarize = (doc: Document, facts: Facts): Summary => summarizeCasualties(doc, facts.casualties);
