import { createDocument } from './document.js';
import { extractors, summarize, type Facts } from './pipeline.js';
import { findDatelineDate } from './facts/dates/dateline.js';
import { factKinds, type ExtractOptions, type Extraction, type FactKind, type Warning } from './types.js';

export * from './types.js';
export { createDocument, sentenceContaining, splitSentences, type Document, type Sentence, type Token } from './document.js';
export { recordSchema } from './schema.js';
/** For bundlers and hosts that ship the gazetteer index (dist/data/gazetteer.bin) their own way. */
export { useGazetteerIndex } from './facts/places/gazetteer.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Extract every fact kind (or `options.only`) from one article. Pure: same input, same output. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const only = new Set<FactKind>(options.only ?? factKinds);
  const given = options.referenceDate && isoDate.test(options.referenceDate) ? options.referenceDate : null;
  const referenceDate = given ?? findDatelineDate(text);
  const doc = createDocument(text, referenceDate);
  const facts: Facts = { dates: [], places: [], casualties: [], officials: [] };
  const warnings: Warning[] = [];
  for (const extractor of extractors) {
    if (!only.has(extractor.kind)) continue;
    try {
      // each extractor's kind matches its slot; TypeScript cannot follow the union here
      (facts as unknown as Record<FactKind, unknown>)[extractor.kind] = extractor.extract(doc, facts);
    } catch (error) {
      warnings.push({
        code: 'extractor_failed',
        message: `${extractor.kind} extractor failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  const result: Extraction = { referenceDate, ...facts, summary: summarize(doc, facts) };
  if (warnings.length) result.warnings = warnings;
  return result;
}
