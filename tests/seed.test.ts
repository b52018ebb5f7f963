// The article factx was founded on: every fact the brief lists must come out right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { projectRoot, expectSpansInText } from './helpers/cli.js';

const seedFile = path.resolve(projectRoot, '../shared/seeds/000_1c9fb6b956c226b8.txt');
const hasSeed = fs.existsSync(seedFile);
const text = hasSeed ? fs.readFileSync(seedFile, 'utf8') : '';
const record = hasSeed ? extract(text, { referenceDate: '2024-05-23' }) : null;

describe.skipIf(!hasSeed)('the Kharkiv seed article', () => {
  test('"May 23" resolves against the reference date', () => {
    expect(record!.dates).toContainEqual(expect.objectContaining({ text: 'May 23', type: 'DATE', value: '2024-05-23' }));
  });

  test('places: Kharkiv, Ukraine, Belgorod region, Kyiv, resolved; demonyms are not places', () => {
    const byName = new Map(record!.places.map((p) => [p.name, p]));
    expect(byName.get('Kharkiv')).toMatchObject({ kind: 'city', countryCode: 'UA' });
    expect(byName.get('Ukraine')).toMatchObject({ kind: 'country', countryCode: 'UA' });
    expect(record!.places.find((p) => p.mentions.some((m) => m.text.startsWith('Belgorod')))).toMatchObject({ kind: 'region', countryCode: 'RU' });
    expect(byName.get('Kyiv')).toMatchObject({ kind: 'city', countryCode: 'UA' });
    const mentioned = record!.places.flatMap((p) => p.mentions.map((m) => m.text));
    expect(mentioned).not.toContain('Ukrainian');
    expect(mentioned).not.toContain('Russian');
    const kharkiv = byName.get('Kharkiv')!;
    expect(Math.abs(kharkiv.lat! - 49.98)).toBeLessThan(0.2);
    expect(Math.abs(kharkiv.lon! - 36.25)).toBeLessThan(0.2);
  });

  test('casualties: at least 7 killed, over 20 injured, 6 employees wounded, about 14,000 displaced, trapped with no count', () => {
    const facts = record!.casualties.map((c) => [c.kind, c.count, c.qualifier]);
    expect(facts).toContainEqual(['killed', 7, 'at_least']);
    expect(facts).toContainEqual(['injured', 20, 'more_than']);
    expect(facts).toContainEqual(['injured', 6, 'exact']);
    expect(facts).toContainEqual(['displaced', 14000, 'about']);
    expect(record!.casualties.find((c) => c.kind === 'trapped')).toMatchObject({ count: null });
    expect(record!.casualties.find((c) => c.kind === 'killed')?.victims).toBe('civilians');
  });

  test('summary: killed 7, injured 20, displaced 14000', () => {
    expect(record!.summary).toEqual({ killed: 7, injured: 20, missing: null, displaced: 14000 });
  });

  test('officials: exactly the governor, the president and the security secretary', () => {
    const officials = record!.officials.map((o) => [o.name, o.title]).sort();
    expect(officials).toEqual([
      ['Oleh Syniehubov', 'regional governor'],
      ['Oleksandr Lytvynenko', 'national security and defense secretary'],
      ['Volodymyr Zelensky', 'president'],
    ]);
    expect(record!.officials.find((o) => o.name === 'Volodymyr Zelensky')?.organization).toBe('Ukraine');
  });

  test('every span points into the text', () => {
    expect(expectSpansInText(record!, text)).toBeGreaterThan(10);
  });
});
