// src/spans.ts: the span index the extractors ask once per candidate must answer as a scan of every span would.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { SpanIndex, type Span } from '../src/spans.js';

const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]): Span => ({ start, end: start + length }));

test('covers and overlaps agree with a scan of every span', () => {
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { minLength: 1, maxLength: 20 }), (spans, queries) => {
      const index = new SpanIndex(spans);
      for (const q of queries) {
        expect(index.covers(q.start, q.end)).toBe(spans.some((s) => s.start <= q.start && q.end <= s.end));
        expect(index.overlaps(q.start, q.end)).toBe(spans.some((s) => s.start < q.end && q.start < s.end));
      }
    }),
    { seed: 20261202, numRuns: 500 },
  );
});

test('a span covers itself and the spans inside it, not one that runs past its end', () => {
  const index = new SpanIndex([{ start: 10, end: 20 }]);
  expect(index.covers(10, 20)).toBe(true);
  expect(index.covers(12, 15)).toBe(true);
  expect(index.covers(15, 21)).toBe(false);
  expect(index.covers(0, 5)).toBe(false);
});
