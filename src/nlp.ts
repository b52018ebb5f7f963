// The only module that imports compromise: everything else sees plain terms with offsets.
// compromise is loaded on first use, not at import: loading it costs more than most articles,
// and many runs (--only dates, --schema, articles no rule flags) never need it.
//
// Only the tagger is loaded ('compromise/two': lexicon, pre- and post-tagger), not the full
// build: the rest of the full build adds methods (nouns(), verbs(), ...) and a chunker pass on
// every call, none of which changes a term's tags.
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';
import { requireFirst } from './data-module.js';

let compromise: typeof nlpType | null = null;
function nlp(text: string): ReturnType<typeof nlpType> {
  compromise ??= loadTagger();
  return compromise(text);
}

/**
 * The tagger the build makes from compromise's sources with its model and its post-tagger's
 * pattern index precomputed (dist/data/compromise-two.cjs, scripts/build-tagger.mjs): the same
 * tags, ready for a first sentence in about 150 ms instead of 370. Where the build has not made
 * it (a host bundling factx its own way), compromise/two as installed.
 */
export function loadTagger(): typeof nlpType {
  // dist/nlp.js -> dist/data/; the CLI bundle in dist/bundle/cli/ -> dist/data/; the sources (tests) -> dist/data/
  const built = requireFirst<typeof nlpType>(import.meta.url, ['./data/compromise-two.cjs', '../../data/compromise-two.cjs', '../dist/data/compromise-two.cjs']);
  return built ?? (createRequire(import.meta.url)('compromise/two') as typeof nlpType);
}

export interface NlpTerm {
  text: string;
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** A term as compromise keeps it (`view.docs`: one array of terms per sentence). */
interface CompromiseTerm {
  text: string;
  normal?: string;
  tags?: ReadonlySet<string>;
  offset?: { start: number; length: number };
}

/**
 * Tag one sentence with compromise; offsets are shifted by `offset` into the document text.
 * The terms are read from the view itself (after computing their offsets), which is what
 * `.json({ offset: true, terms: { offset: true } })` copies them from.
 */
export function analyzeSentence(text: string, offset = 0): NlpTerm[] {
  const view = nlp(text);
  view.compute('offset');
  const out: NlpTerm[] = [];
  for (const sentence of view.docs as unknown as CompromiseTerm[][]) {
    for (const term of sentence) {
      if (!term.offset) continue;
      const start = offset + term.offset.start;
      out.push({
        text: term.text,
        normal: term.normal ?? term.text.toLowerCase(),
        start,
        end: start + term.offset.length,
        tags: new Set(term.tags ?? []),
      });
    }
  }
  return out;
}
