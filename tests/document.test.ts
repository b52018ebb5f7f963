import { describe, expect, test } from 'vitest';
import { createDocument, splitSentences, tokenize } from '../src/document.js';

describe('sentences', () => {
  const cases: [string, string[]][] = [
    ['Seven were killed. Twenty were hurt.', ['Seven were killed.', 'Twenty were hurt.']],
    ['Gov. Greg Abbott spoke. Then he left.', ['Gov. Greg Abbott spoke.', 'Then he left.']],
    ['Mr. Smith met Dr. Jones in the U.S. on Monday.', ['Mr. Smith met Dr. Jones in the U.S. on Monday.']],
    ['Headline here\nFirst paragraph starts.', ['Headline here', 'First paragraph starts.']],
    ['"We will rebuild." The mayor left.', ['"We will rebuild."', 'The mayor left.']],
    ['It cost $60.8 billion. Prices rose 1.3 percent.', ['It cost $60.8 billion.', 'Prices rose 1.3 percent.']],
    ['Lt. Gen. John Smith arrived.', ['Lt. Gen. John Smith arrived.']],
    ['Spokesman P.J. Crowley said so. Others agreed.', ['Spokesman P.J. Crowley said so.', 'Others agreed.']],
    ['Police Const. Kim Flett was hurt.', ['Police Const. Kim Flett was hurt.']],
    ['They met in Toronto, Ont. Then they left.', ['They met in Toronto, Ont. Then they left.']],
  ];
  for (const [text, expected] of cases)
    test(JSON.stringify(text), () => {
      const sentences = splitSentences(text);
      expect(sentences.map((s) => s.text)).toEqual(expected);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
});

test.fails('a sentence ending in a single capital letter is read as an initial ("Plan B.") (known: initials win)', () => {
  expect(splitSentences('It was Plan B. Nobody liked it.').map((s) => s.text)).toEqual(['It was Plan B.', 'Nobody liked it.']);
});

describe('tokens', () => {
  test('words keep inner punctuation; offsets point into the text', () => {
    const text = "At least 14,000 people fled Kharkiv's north, U.S. officials said ($60.8 billion).";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'At', 'least', '14,000', 'people', 'fled', "Kharkiv's", 'north', ',', 'U.S.', 'officials', 'said', '(', '$', '60.8', 'billion', ')', '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('the document model shares sentences, tokens and a sentence lookup', () => {
    const doc = createDocument('One. Two words here.', '2024-05-23');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.tokens.filter((t) => t.sentence === 1).map((t) => t.text)).toEqual(['Two', 'words', 'here', '.']);
    expect(doc.sentenceAt(6)?.index).toBe(1);
    expect(doc.sentenceAt(100)).toBeUndefined();
    expect(doc.referenceDate).toBe('2024-05-23');
  });

  test('compromise terms carry document offsets', () => {
    const doc = createDocument('Intro line.\nPresident Volodymyr Zelensky spoke.', null);
    const terms = doc.nlpTerms(1);
    const name = terms.find((t) => t.text === 'Zelensky')!;
    expect(doc.text.slice(name.start, name.end)).toBe('Zelensky');
    expect(name.tags.has('Person')).toBe(true);
  });
});
