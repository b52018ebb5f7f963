// The only module that imports compromise: everything else sees plain terms with offsets.
// compromise is loaded on first use, not at import: loading it costs more than most articles,
// and many runs (--only dates, --schema, articles no rule flags) never need it.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

let compromise: typeof nlpType | null = null;
function nlp(text: string): ReturnType<typeof nlpType> {
  compromise ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return compromise(text);
}

export interface NlpTerm {
  text: string;
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** Tag one sentence with compromise; offsets are shifted by `offset` into the document text. */
export function analyzeSentence(text: string, offset = 0): NlpTerm[] {
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  const out: NlpTerm[] = [];
  for (const sentence of json) {
    for (const term of sentence.terms) {
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
