// Every regex the extraction rules are built from (each one exported by a module under
// src/facts/ or src/lexicon/, rules as data) is checked twice: its source has no unbounded
// quantifier (`+`, `*`, `{n,}` outside a character class), and it runs to the end of 300 KB
// adversarial strings built from the lexicons' own words. A catastrophic backtracker would hang
// this file (the vitest timeout is the guard); no timing is asserted.
import { describe, expect, test } from 'vitest';
import { casualtyActiveVerbs, casualtyPredicates, numberQualifiers } from '../src/lexicon/casualties.js';
import { monthNames, weekdayNames } from '../src/lexicon/dates.js';

const modules = import.meta.glob(['../src/facts/**/*.ts', '../src/lexicon/*.ts', '../src/document.ts'], { eager: true });

/** Every RegExp reachable from a module's exports (rule tables, maps, nested objects). */
function exportedPatterns(): Map<string, RegExp> {
  const found = new Map<string, RegExp>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, where: string, depth: number) => {
    if (depth > 5 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof RegExp) found.set(where, value);
    else if (value instanceof Map) for (const [key, item] of value) visit(item, `${where}.${String(key)}`, depth + 1);
    else if (!(value instanceof Set)) for (const [key, item] of Object.entries(value)) visit(item, `${where}.${key}`, depth + 1);
  };
  for (const [file, exports] of Object.entries(modules)) visit(exports, file.replace('../src/', ''), 0);
  return found;
}

/** The first unbounded quantifier in a regex source (outside character classes and escapes), or null. */
export function unboundedQuantifier(source: string): string | null {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '+' || c === '*') return source.slice(Math.max(0, i - 20), i + 1);
    if (c === '{' && /^\{\d{1,6},\}/.test(source.slice(i, i + 10))) return source.slice(Math.max(0, i - 20), i + 8);
  }
  return null;
}

const words = (list: Iterable<string>) => [...list].join(' ');
const repeatTo = (unit: string, size = 300_000) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const lexiconWords = words([...Object.values(casualtyActiveVerbs).flat(), ...Object.values(casualtyPredicates).flat(), ...Object.keys(numberQualifiers)]);

const adversarial: Record<string, string> = {
  'casualty words, one after another': repeatTo(`${lexiconWords} `),
  'casualty words without spaces': repeatTo(lexiconWords.replace(/ /g, '')),
  'qualifiers and numbers': repeatTo(`${Object.keys(numberQualifiers).join(' 12 ')} 3,000 `),
  'calendar words': repeatTo(`${words(Object.keys(monthNames))} ${words(Object.keys(weekdayNames))} 23, 2024 `),
  'capitalized run': repeatTo('President Governor Minister Kharkiv Ukraine Secretary General '),
  'digits': repeatTo('1234567890'),
  'spaces': repeatTo(' \t '),
  'letters': repeatTo('abcdefghij'),
  'punctuation': repeatTo('.,;:!?-()"\'’'),
};

const patterns = exportedPatterns();

test('the rules export their patterns (the sweep below has something to sweep)', () => {
  expect(patterns.size).toBeGreaterThan(100);
});

test('no rule pattern has an unbounded quantifier', () => {
  const offenders = [...patterns].map(([where, pattern]) => [where, unboundedQuantifier(pattern.source)]).filter(([, q]) => q !== null);
  expect(offenders).toEqual([]);
});

test('the quantifier check itself catches unbounded patterns', () => {
  expect(unboundedQuantifier('\\s+killed')).not.toBeNull();
  expect(unboundedQuantifier('(?:a|b)*')).not.toBeNull();
  expect(unboundedQuantifier('\\d{2,}')).not.toBeNull();
  expect(unboundedQuantifier('[+*]\\s{1,3}\\+')).toBeNull();
});

describe('every rule pattern runs through 300 KB adversarial strings', () => {
  for (const [name, text] of Object.entries(adversarial))
    test(name, () => {
      let matches = 0;
      for (const pattern of patterns.values()) {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        for (let m = global.exec(text); m && matches < 5_000_000; m = global.exec(text)) {
          matches++;
          if (m[0].length === 0) global.lastIndex++;
        }
      }
      expect(matches).toBeLessThan(5_000_000);
    }, 120_000);
});
