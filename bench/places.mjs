#!/usr/bin/env node
// node bench/places.mjs [corpus.jsonl] [runs]: CPU time of the places extractor alone (dist/, run
// `npm run build` first). The documents and the facts places reads (dates, officials) are made
// once beforehand; then every article goes through extractPlaces `runs` times. Prints the first
// run (gazetteer look-ups and places decoded for the first time) and the median / fastest of the
// others, in CPU ms (process.cpuUsage: includes the GC threads, and the first run pays for the collector's
// first passes over the prepared documents: compare first runs only between builds). Default corpus: the BBC dev set.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.resolve(root, '../shared/eval/dev/corpus-bbc.jsonl');
const runs = Number(process.argv[3] ?? 9);

const dist = (module) => import(path.join(root, 'dist', module));
const { createDocument } = await dist('document.js');
const { extractDates } = await dist('facts/dates/index.js');
const { extractOfficials } = await dist('facts/officials/index.js');
const { extractPlaces } = await dist('facts/places/index.js');

const articles = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const { text, date } = JSON.parse(line);
    const doc = createDocument(text, date ?? null);
    return { doc, found: { dates: extractDates(doc), officials: extractOfficials(doc) } };
  });

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const pass = () => {
  const t0 = cpuMs();
  let places = 0;
  for (const { doc, found } of articles) places += extractPlaces(doc, found).length;
  return { ms: cpuMs() - t0, places };
};

const first = pass();
const times = Array.from({ length: runs }, () => pass().ms).sort((a, b) => a - b);
console.log(`places extractor, ${articles.length} articles of ${path.basename(file)}, ${first.places} places per run`);
console.log(`first run ${first.ms.toFixed(0)} ms CPU; next ${runs}: median ${times[runs >> 1].toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms`);
