import { sentenceContaining, splitSentences, type Sentence } from '../index.js';

export interface Evidence {
  text: string;
  /** Offsets of `text` in the document. */
  start: number;
  end: number;
  /** The sentence was longer than the limit and was cut around the span. */
  clipped: boolean;
}

/**
 * The evidence sentence of a span: the sentence (or sentences) of the document text that hold
 * `[start, end)`. Sentences are split once per text and looked up by binary search.
 */
export class EvidenceFinder {
  private readonly sentences: Sentence[];

  constructor(private readonly text: string) {
    this.sentences = splitSentences(text);
  }

  /** The sentence around a span, at most `limit` characters (cut around the span with "…"). */
  sentence(start: number, end: number, limit = 300): Evidence {
    const first = this.find(start);
    const last = this.find(Math.max(start, end - 1));
    const whole = { from: Math.min(start, first?.start ?? start), to: Math.max(end, last?.end ?? end) };
    let { from, to } = whole;
    if (to - from > limit) {
      const room = Math.max(0, limit - (end - start));
      from = Math.max(from, start - Math.floor(room / 2));
      to = Math.min(to, Math.max(end, from + limit));
    }
    return { text: this.text.slice(from, to), start: from, end: to, clipped: from > whole.from || to < whole.to };
  }

  private find(at: number): Sentence | undefined {
    return sentenceContaining(this.sentences, at);
  }
}
