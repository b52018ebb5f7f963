// The gazetteer index is read in 4 KB pages as look-ups reach them (src/facts/places/gazetteer.ts):
// the answers must be those of the whole file, and a short article must not read all of it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { extract, useGazetteerIndex } from '../../src/index.js';
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
  let bytesRead = 0;
  const read = paged.read;
  paged.read = (target, position, length) => {
    bytesRead += length;
    read.call(paged, target, position, length);
  };
  const first = placesOf(articles[0]!);
  expect(first.length).toBeGreaterThan(3);
  expect(bytesRead).toBeGreaterThan(0);
  expect(bytesRead).toBeLessThan(paged.size / 4);
  const pagedResults = articles.map(placesOf);
  paged.read = read;

  useGazetteerIndex(fs.readFileSync(indexFile));
  expect(articles.map(placesOf)).toEqual(pagedResults);
});
