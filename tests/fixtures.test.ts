// What a careful reader takes from each bundled article (fixtures/README.md), asserted on the
// library's output. The golden files pin the whole record; these pin what must be right.
// Known-wrong facts are test.fails with the reason, so a fix shows up as a failure to remove.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import { projectRoot } from './helpers/cli.js';

const records = new Map<string, Extraction>();
const record = (name: string): Extraction => {
  let r = records.get(name);
  if (!r) {
    const text = fs.readFileSync(path.join(projectRoot, 'fixtures/articles', `${name}.txt`), 'utf8');
    r = extract(text, { referenceDate: '2024-05-23' });
    records.set(name, r);
  }
  return r;
};
const officials = (name: string) => record(name).officials.map((o) => [o.name, o.title]);
const placeNames = (name: string) => record(name).places.map((p) => p.name);
const noCasualties = { killed: null, injured: null, missing: null, displaced: null };

describe('airstrike-odesa', () => {
  test('summary: at least 14 killed (children are a subset), more than 40 injured', () => {
    expect(record('airstrike-odesa').summary).toMatchObject({ killed: 14, injured: 40 });
  });
  test('officials: the regional governor and the president', () => {
    expect(officials('airstrike-odesa')).toEqual([['Mykola Bondarenko', 'regional governor'], ['Andriy Marchenko', 'president']]);
  });
  test('the explicit date March 14, 2024', () => {
    expect(record('airstrike-odesa').dates).toContainEqual(expect.objectContaining({ text: 'March 14, 2024', value: '2024-03-14' }));
  });
  test('the city of Odesa itself is a place (the "Odesa region" mention does not turn bare "Odesa" into the region)', () => {
    expect(record('airstrike-odesa').places).toContainEqual(expect.objectContaining({ name: 'Odesa', kind: 'city' }));
  });
});

describe('flood-bangladesh', () => {
  test('summary: the updated toll 31 replaces 24; at least 9 missing', () => {
    expect(record('flood-bangladesh').summary).toMatchObject({ killed: 31, missing: 9 });
  });
  test('places: Bangladesh, Dhaka, India, Assam', () => {
    expect(placeNames('flood-bangladesh')).toEqual(expect.arrayContaining(['Bangladesh', 'Dhaka', 'India', 'Assam']));
  });
  test('about 85,000 displaced ("forced from their homes")', () => {
    expect(record('flood-bangladesh').summary.displaced).toBe(85000);
  });
  test.fails('the minister keeps her whole title "disaster management and relief minister" (known: the "and" splits it)', () => {
    expect(officials('flood-bangladesh')).toContainEqual(['Farida Rahman', 'disaster management and relief minister']);
  });
  test('the UN resident coordinator is an official', () => {
    expect(officials('flood-bangladesh').map(([name]) => name)).toContain('Anders Lindqvist');
  });
});

describe('shooting-ohio', () => {
  test('summary: four killed, seven wounded', () => {
    expect(record('shooting-ohio').summary).toMatchObject({ killed: 4, injured: 7 });
  });
  test('officials: police chief, mayor, governor', () => {
    expect(officials('shooting-ohio')).toEqual([
      ['Daniel Kowalski', 'police chief'],
      ['Angela Ruiz', 'mayor'],
      ['Thomas Whitfield', 'governor'],
    ]);
  });
  test('places: Lorain, Ohio resolved in the US', () => {
    expect(record('shooting-ohio').places.find((p) => p.name === 'Lorain')).toMatchObject({ countryCode: 'US', kind: 'city' });
  });
  test('times of day: 10 p.m.', () => {
    expect(record('shooting-ohio').dates).toContainEqual(expect.objectContaining({ text: '10 p.m.', type: 'TIME' }));
  });
});

describe('election-kenya', () => {
  test('no killed or injured figure: "No one was hurt" is zero, the death of the incumbent is not a casualty', () => {
    expect(record('election-kenya').summary.killed).toBeNull();
    expect(record('election-kenya').casualties.filter((c) => c.kind === 'killed')).toEqual([]);
  });
  test('three arrested; next Tuesday is in the future', () => {
    expect(record('election-kenya').casualties).toContainEqual(expect.objectContaining({ kind: 'arrested', count: 3 }));
    expect(record('election-kenya').dates).toContainEqual(expect.objectContaining({ text: 'next Tuesday', value: '2024-05-28' }));
  });
  test('no spurious place from the word "Alliance" (a town\'s name ending a longer capitalized name: "United Democratic Alliance")', () => {
    expect(placeNames('election-kenya')).not.toContain('Alliance');
  });
});

describe('company-earnings', () => {
  test('business figures are not casualties: job cuts, "killed the deal", "dead heat"', () => {
    expect(record('company-earnings').casualties).toEqual([]);
    expect(record('company-earnings').summary).toEqual(noCasualties);
  });
  test('officials: the chief executive and the chief financial officer', () => {
    expect(officials('company-earnings')).toEqual(expect.arrayContaining([['Laura Brennan', 'chief executive'], ['Rajesh Menon', 'chief financial officer']]));
  });
});

describe('football-match', () => {
  test('a sports report has no casualties, and the score 3-1 is not a date', () => {
    expect(record('football-match').casualties).toEqual([]);
    expect(record('football-match').dates.map((d) => d.text)).not.toContain('3-1');
  });
  test('officials: the manager and the coach', () => {
    expect(officials('football-match')).toEqual([['Nuno Vasconcelos', 'manager'], ['Ricardo Sequeira', 'coach']]);
  });
  test('"the first half" of a match is not the first half of the year', () => {
    expect(record('football-match').dates.map((d) => d.value)).not.toContain('2024-H1');
  });
});

describe('court-case', () => {
  test('two killed in the crash; the sentence is a duration of eight years', () => {
    expect(record('court-case').summary.killed).toBe(2);
    expect(record('court-case').dates).toContainEqual(expect.objectContaining({ text: 'eight years', type: 'DURATION', value: 'P8Y' }));
  });
  test('officials: the judge and the prosecutor', () => {
    expect(officials('court-case')).toEqual([['Catherine Lowe', 'judge'], ['Michael Doyle', 'prosecutor']]);
  });
});

describe('protest-santiago', () => {
  test('112 arrested; dozens injured is vague; every Friday is a SET', () => {
    expect(record('protest-santiago').casualties).toContainEqual(expect.objectContaining({ kind: 'arrested', count: 112 }));
    expect(record('protest-santiago').casualties).toContainEqual(expect.objectContaining({ kind: 'injured', count: null, qualifier: 'vague' }));
    expect(record('protest-santiago').dates).toContainEqual(expect.objectContaining({ text: 'every Friday', value: 'XXXX-WXX-5' }));
  });
  test('the interior minister', () => {
    expect(officials('protest-santiago')).toContainEqual(['Carolina Fuentes', 'interior minister']);
  });
  test.fails('the union president is Hernán Saavedra (known: the name before the apposition is lost to "Central Unitaria")', () => {
    expect(officials('protest-santiago')).toContainEqual(['Hernán Saavedra', 'president']);
  });
});
