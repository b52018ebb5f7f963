// src/frozen.ts: a data tree through JSON and back, exactly (regexps, undefined, shared values).
import { describe, expect, test } from 'vitest';
import { freeze, thaw } from '../src/frozen.js';

const roundTrip = <T>(value: T): T => thaw(JSON.stringify(freeze(value))) as T;

describe('freeze and thaw', () => {
  test('plain data comes back equal, keys in their order', () => {
    const tree = { b: 1, a: 'two', 10: true, 2: null, list: [1, 'x', [false], { z: 0, y: -1.5 }], empty: {}, none: [] };
    const back = roundTrip(tree);
    expect(back).toStrictEqual(tree);
    expect(Object.keys(back)).toEqual(Object.keys(tree));
    expect(Object.keys(back.list[3] as object)).toEqual(['z', 'y']);
  });

  test('regular expressions come back with their source and flags', () => {
    const back = roundTrip({ rules: [[/^(un|re)[a-z]+ing$/i, 'Gerund'], [/\d+(?:st|nd|rd|th)/gu, 'Ordinal']] });
    const [first, second] = back.rules as [RegExp, string][];
    expect(first![0]).toBeInstanceOf(RegExp);
    expect(first![0].source).toBe('^(un|re)[a-z]+ing$');
    expect(first![0].flags).toBe('i');
    expect(second![0].flags).toBe('gu');
    expect(first![0].test('Rewriting')).toBe(true);
  });

  test('a key whose value is undefined stays present', () => {
    const back = roundTrip({ clues: { before: undefined, after: 'Noun' }, list: [undefined, 1] });
    expect(Object.keys(back.clues)).toEqual(['before', 'after']);
    expect('before' in back.clues).toBe(true);
    expect(back.clues.before).toBeUndefined();
    expect(back.list).toHaveLength(2);
    expect(0 in back.list).toBe(true);
  });

  test('sets of words come back as sets, members in their order', () => {
    const back = roundTrip({ fastOr: new Set(['killed', 'dead', 3, null, true]), none: new Set() });
    expect(back.fastOr).toBeInstanceOf(Set);
    expect([...back.fastOr]).toEqual(['killed', 'dead', 3, null, true]);
    expect(back.none.size).toBe(0);
    expect(() => freeze({ s: new Set([{}]) })).toThrow(/set at s holds a object/);
  });

  test('a value reached by two paths is one value again, also in a cycle', () => {
    const shared = ['Pronoun', 'Possessive'];
    const forward = { went: 'go' };
    const tree: Record<string, unknown> = { lexicon: { his: shared, her: shared }, models: { fwd: forward, rev: { inner: forward } } };
    tree.self = tree;
    const back = roundTrip(tree) as typeof tree & { lexicon: Record<string, string[]>; models: { fwd: object; rev: { inner: object } } };
    expect(back.lexicon.his).toBe(back.lexicon.her);
    expect(back.models.fwd).toBe(back.models.rev.inner);
    expect(back.self).toBe(back);
    back.lexicon.his!.push('Singular');
    expect(back.lexicon.her).toContain('Singular');
  });

  test('a regexp at the root, and the same regexp twice, come back', () => {
    const pattern = /ab+c/;
    expect(roundTrip(pattern)).toEqual(pattern);
    const back = roundTrip({ a: pattern, b: pattern });
    expect(back.a).toBe(back.b);
  });

  test('what JSON cannot give back is refused at freeze time, naming where', () => {
    expect(() => freeze({ a: { f: () => 1 } })).toThrow(/function at a\.f/);
    expect(() => freeze({ when: new Date(0) })).toThrow(/at when is not a plain object/);
    expect(() => freeze({ m: new Map() })).toThrow(/not a plain object/);
    expect(() => freeze({ n: Number.NaN })).toThrow(/NaN at n/);
    expect(() => freeze({ n: -0 })).toThrow(/has no JSON form/);
    expect(() => freeze({ list: [1, , 3] })).toThrow(/hole at 1/);
    expect(() => freeze({ big: 1n })).toThrow(/bigint/);
  });
});
