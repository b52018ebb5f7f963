// The pattern-source helpers of src/regex.ts: the longest match a source allows, anchors at a
// rule's required group, and the anchored scan, which must find exactly what the global scan finds.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { anchorAt, anchoredMatches, loopedWhitespace, maxLength, stickyCopy } from '../src/regex.js';
import { afterBoundary, dateRules, leftBoundarySource } from '../src/facts/dates/rules.js';
import { findDateCandidates } from '../src/facts/dates/find.js';
import fs from 'node:fs';
import path from 'node:path';

describe('loopedWhitespace', () => {
  const cases: [string, string][] = [
    ['a\\s{1,3}b', 'a[\\s]{1,3}b'], // inside a phrase of words: a plain class
    ['\\s{1,3}b', '(?:\\s()){1,3}b'],
    ['a\\s{1,2}', 'a(?:\\s()){1,2}'],
    ['A\\s{1,3}b', 'A(?:\\s()){1,3}b'],
    ['x)\\s{0,2}(y', 'x)(?:\\s()){0,2}(y'],
    ['a\\s{1,3}b\\s{1,3}c', 'a[\\s]{1,3}b[\\s]{1,3}c'],
    ['[\\s]{1,3}', '[\\s]{1,3}'],
  ];
  test.each(cases)('%s -> %s', (source, looped) => expect(loopedWhitespace(source)).toBe(looped));
  test('the looped pattern matches what the source matches', () => {
    const source = '(?<w>ab\\s{1,3}cd)\\s{1,2}(?<n>\\d{1,3})';
    for (const text of ['ab cd 12', 'ab   cd  7', 'ab    cd 1', 'abcd 1']) {
      expect(new RegExp(loopedWhitespace(source)).exec(text)?.groups).toEqual(new RegExp(source).exec(text)?.groups);
    }
  });
});

describe('maxLength', () => {
  const cases: [string, number][] = [
    ['abc', 3],
    ['a|bcd|ef', 3],
    ['(?:ab|c)d', 3],
    ['\\s{1,3}', 3],
    ['(?:\\s()){1,3}', 3],
    ['[A-Z\\]]x?', 2],
    ['(?<name>foo)(?=bar)(?!baz)(?<=q)(?<!r)', 3],
    ['\\bword\\b', 4],
    ['\\u00C0\\d\\.', 3],
    ['(?:a{2,4}){0,3}', 12],
    ['a{3}', 3],
    ['a+', Infinity],
    ['(?:ab)*', Infinity],
    ['a{2,}', Infinity],
    ['(a)\\1', Infinity],
    ['^a$', 1],
  ];
  test.each(cases)('%s -> %d', (source, n) => expect(maxLength(source)).toBe(n));

  test('no string of the alphabet longer than maxLength matches a bounded pattern whole', () => {
    // brute force over short strings: the longest full match never exceeds the computed bound
    for (const source of ['a{1,2}b?', '(?:ab|a){1,2}', '[ab]{0,3}c?']) {
      const whole = new RegExp(`^(?:${source})$`);
      const bound = maxLength(source);
      let longest = 0;
      const grow = (s: string): void => {
        if (whole.test(s)) longest = Math.max(longest, s.length);
        if (s.length < 8) for (const c of 'abc') grow(s + c);
      };
      grow('');
      expect(longest).toBe(bound);
    }
  });
});

describe('anchorAt', () => {
  test('reach is the longest text before the required group', () => {
    const a = anchorAt(/(?:(?<mod>last|this)\s{1,3})?(?<unit>week|month)/g, 'unit');
    expect(a.reach).toBe(7);
    expect(a.pattern.source).toBe('week|month');
    expect(a.pattern.flags).toBe('g');
  });
  test('refuses a group that is optional, inside another group, or beside a top-level alternative', () => {
    expect(() => anchorAt(/(?:x(?<unit>week))?/g, 'unit')).toThrow(/required/);
    expect(() => anchorAt(/a(?<unit>week)?/g, 'unit')).toThrow(/optional/);
    expect(() => anchorAt(/a|(?<unit>week)/g, 'unit')).toThrow(/required/);
    expect(() => anchorAt(/a+(?<unit>week)/g, 'unit')).toThrow(/unbounded/);
    expect(() => anchorAt(/(?<unit>week)/g, 'day')).toThrow(/no group/);
  });
  test('every anchored date rule has a finite reach', () => {
    const anchored = dateRules.filter((r) => r.anchor);
    expect(anchored.length).toBeGreaterThan(10);
    for (const r of anchored) expect(anchorAt(r.pattern, r.anchor!).reach).toBeLessThan(200);
  });
});

describe('afterBoundary says what the rules\' left lookbehind says', () => {
  test('for every UTF-16 code unit before the index', () => {
    const lookbehind = new RegExp(`${leftBoundarySource}x`, 'y');
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c) + 'x';
      lookbehind.lastIndex = 1;
      expect(afterBoundary(text, 1), `U+${c.toString(16)}`).toBe(lookbehind.test(text));
    }
    expect(afterBoundary('x', 0)).toBe(true);
  });
});

/** What a plain global scan finds: index, text and groups of every match. */
function scanAll(pattern: RegExp, text: string): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

function anchoredAll(rule: (typeof dateRules)[number], text: string): string[] {
  const startable = rule.pattern.source.startsWith(leftBoundarySource) ? afterBoundary : undefined;
  const anchor = anchorAt(rule.pattern, rule.anchor!, startable);
  return anchoredMatches(stickyCopy(rule.pattern), anchor, text).map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
}

describe('anchored scans find what the global scan finds', () => {
  const fixtures = path.resolve(__dirname, '../fixtures/articles');
  const articles = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'));
  const anchored = dateRules.filter((r) => r.anchor);

  test('on every fixture article, rule by rule', () => {
    for (const text of articles) for (const rule of anchored) expect(anchoredAll(rule, text), rule.id).toEqual(scanAll(rule.pattern, text));
  });

  test('on strings of date words with the longest spacing the rules allow', () => {
    const pieces = [
      'the', 'The', 'first', 'second', 'half', 'of', 'end', 'early', 'late', 'mid', 'last', 'this', 'next', 'past',
      'the past', 'more than', 'nearly', 'two', 'twenty-five', '12', '1,000', 'a', 'several', 'year', 'years',
      'month', 'week', 'weekend', 'day', 'days', 'quarter', 'fourth', 'fiscal', 'May', 'March', 'Sept.', 'Dec',
      '23', '1st', '2024', '1999', 'Monday', 'Friday', 'ago', 'earlier', 'from now', 'yesterday', 'today',
      'morning', 'night', 'summer', 'Christmas', 'for', 'over', 'within', 'recent', 'coming', '-', ',', '.',
      '$', '#', 'x', 'or so', 'to', '3:30', 'and a half',
      // the longest prefixes, spaced as widely as the rules allow (three spaces between words)
      'the   first   two   quarters   of', 'the   second   half   of', 'the   end   of', 'no   more   than',
      'the   past', 'this   coming', 'Wednesday,', 'the   day   before   yesterday', 'seventy-seven   and   a   half',
    ];
    const spaces = [' ', '   ', '\n', ', ', '-', '', ' - '];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...spaces)), { maxLength: 40 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        for (const rule of anchored) expect(anchoredAll(rule, text), `${rule.id} on ${JSON.stringify(text)}`).toEqual(scanAll(rule.pattern, text));
      }),
      { numRuns: 1500, seed: 20261202 },
    );
  });

  test('candidates with and without anchors are the same', () => {
    const plain = dateRules.map((r) => ({ ...r, anchor: undefined }));
    const simple = (cs: ReturnType<typeof findDateCandidates>) => cs.map((c) => [c.rule.id, c.start, c.end, c.groups]);
    for (const text of articles) expect(simple(findDateCandidates(text, dateRules, true))).toEqual(simple(findDateCandidates(text, plain, false)));
  });
});
