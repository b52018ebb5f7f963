// No input may crash extract(), hang it, or make a regex run away; spans always point into the text.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { extractors } from '../src/pipeline.js';
import { extract } from '../src/index.js';
import { expectSpansInText } from './helpers/cli.js';


/** ~300 KB strings built to stress every kind of rule: numbers, triggers, capitals, qualifiers, no spaces. */
const adversarial: Record<string, string> = {
  'number runs': '1234567890 '.repeat(27_000),
  'digits without spaces': '9'.repeat(300_000),
  'killed killed': 'killed '.repeat(43_000),
  'at least at least': 'at least '.repeat(33_000),
  'capitalized run': 'President Governor Minister Kharkiv Ukraine '.repeat(7_000),
  'no spaces': 'abc'.repeat(100_000),
  'punctuation': '.,;:!?-'.repeat(43_000),
  'dates without end': 'May 23, 2024 and '.repeat(18_000),
  'number words': 'twenty-one thousand seven hundred and '.repeat(8_000),
  'one long sentence': 'the people who were killed and injured in the city of Kharkiv region '.repeat(4_500),
};

describe('adversarial inputs finish (vitest timeout is the guard) with valid spans', () => {
  for (const [name, text] of Object.entries(adversarial))
    test(name, () => {
      const record = extract(text, { referenceDate: '2024-05-23' });
      expectSpansInText(record, text);
    });
});

describe('random text', () => {
  test('never throws, spans point into the text, output is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        const text = `${a} On May 23 at least 7 people were killed in Kharkiv, said Governor Oleh Syniehubov. ${b}`;
        const first = extract(text, { referenceDate: '2024-05-23' });
        expect(first.warnings ?? []).toEqual([]);
        expectSpansInText(first, text);
        expect(JSON.stringify(extract(text, { referenceDate: '2024-05-23' }))).toBe(JSON.stringify(first));
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('a failing extractor costs only its own fact kind', () => {
  test('an exception inside the places extractor: places [] with a warning, the other kinds still come out', () => {
    const places = extractors.find((e) => e.kind === 'places')!;
    const spy = vi.spyOn(places, 'extract').mockImplementation(() => {
      throw new Error('rule blew up');
    });
    try {
      const record = extract('On May 23 at least 7 people were killed in Kharkiv, said Governor Oleh Syniehubov.', { referenceDate: '2024-05-23' });
      expect(record.places).toEqual([]);
      expect(record.warnings).toEqual([{ code: 'extractor_failed', message: 'places extractor failed: rule blew up' }]);
      expect(record.dates.map((d) => d.value)).toEqual(['2024-05-23']);
      expect(record.casualties.map((c) => c.count)).toEqual([7]);
      expect(record.officials.map((o) => o.name)).toEqual(['Oleh Syniehubov']);
      expect(record.summary.killed).toBe(7);
    } finally {
      spy.mockRestore();
    }
  });
});
