// The gazetteer index is read in 4 KB pages as look-ups reach them (src/facts/places/gazetteer.ts):
// the answers must be those of the whole file, a short article must not read all of it, and a
// batch (look-ups all over the index) ends up reading every byte exactly once.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { extract, useGazetteerIndex } from '../../src/index.js';
import { lookupName } from '../../src/facts/places/gazetteer.js';
import { projectRoot } from '../helpers/cli.js';

const indexFile = path.join(projectRoot, 'dist/data/gazetteer.bin');
// the same module instance the library requires (one CommonJS cache per process)
const paged = createRequire(import.meta.url)(path.join(projectRoot, 'dist/data/gazetteer.cjs')) as {
  size: number;
  read(target: Uint8Array, position: number, length: number): void;
};
const articles = ['airstrike-odesa.txt', 'election-kenya.txt', 'flood-bangladesh.txt', 'shooting-ohio.txt'].map((f) =>
  fs.readFileSync(path.join(projectRoot, 'fixtures/articles', f), 'utf8'),
);
const placesOf = (text: string) => extract(text, { referenceDate: '2024-05-23', only: ['places'] }).places;

test('paged reads give the answers of the whole index, and a short article reads a small part of it', () => {
  const reads: number[] = [];
  const read = paged.read;
  paged.read = (target, position, length) => {
    reads.push(length);
    read.call(paged, target, position, length);
  };
  const first = placesOf(articles[0]!);
  expect(first.length).toBeGreaterThan(3);
  const shortArticle = reads.reduce((a, b) => a + b, 0);
  expect(shortArticle).toBeGreaterThan(0);
  expect(shortArticle).toBeLessThan(paged.size / 4);
  const pagedResults = articles.map(placesOf);
  // look-ups all over the name table (as a batch of articles makes): after enough page reads the
  // rest of the index is read at once, every byte exactly once
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const keys = [...letters].flatMap((a) => [...letters].map((b) => `${a}${b}${a}`));
  const pagedEntries = keys.map(lookupName);
  expect(reads.reduce((a, b) => a + b, 0)).toBe(paged.size);
  const readsSoFar = reads.length;
  lookupName('zzyzx');
  expect(reads.length).toBe(readsSoFar);
  expect(pagedEntries.filter(Boolean).length).toBeGreaterThan(20);
  paged.read = read;

  useGazetteerIndex(fs.readFileSync(indexFile));
  expect(articles.map(placesOf)).toEqual(pagedResults);
  expect(keys.map(lookupName)).toEqual(pagedEntries);
});
