import { describe, expect, test } from 'vitest';
import { createDocument } from '../../src/document.js';
import { fullerName } from '../../src/facts/officials/names.js';

// The first surname asked is found by a pass over the tokens, later ones through an index of the
// document's words (a long article asks about many): both must give the same answer.
const text = [
  'Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin on Monday.',
  'Starmer said the talks went well; Scholz agreed.',
  'Later, Ursula von der Leyen joined them, and von der Leyen spoke first.',
  'The minister, Éric Dupont-Moretti, was absent; Dupont-Moretti sent a note.',
  "Officials quoted Mr Starmer's aide, Sue Gray, and Gray's deputy.",
  'Nobody named Ghost appears, and the word "well" is not a name.',
  'Anna Schmidt spoke before Karl Schmidt did.',
].join('\n');
const surnames = ['Schmidt', 'Starmer', 'Scholz', 'Leyen', 'Dupont-Moretti', 'Gray', 'Ghost', 'well', 'Berlin', 'Éric'];

const answers = (order: readonly string[]) => {
  const doc = createDocument(text, null);
  return Object.fromEntries(order.map((s) => [s, fullerName(doc, s)]));
};

describe('fullerName', () => {
  test('finds the run of name words ending in the surname', () => {
    const found = answers(surnames);
    expect(found.Starmer).toEqual({ name: 'Keir Starmer', parts: ['Keir', 'Starmer'] });
    expect(found.Scholz).toEqual({ name: 'Olaf Scholz', parts: ['Olaf', 'Scholz'] });
    expect(found.Gray).toEqual({ name: 'Sue Gray', parts: ['Sue', 'Gray'] });
    expect(found.Ghost).toBeNull();
    expect(found.well).toBeNull();
    // the first run in the text wins
    expect(found.Schmidt).toEqual({ name: 'Anna Schmidt', parts: ['Anna', 'Schmidt'] });
  });

  test('the same answers whichever surname is asked first (scan or index)', () => {
    const reference = answers(surnames);
    for (let first = 0; first < surnames.length; first++) {
      const order = [...surnames.slice(first), ...surnames.slice(0, first)].reverse();
      expect(answers(order)).toEqual(reference);
    }
  });
});
