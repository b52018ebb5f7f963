// Golden tests: the built CLI on every bundled article, compared with fixtures/expected/<name>.json
// (kept outside fixtures/articles, which factx walks as input).
// UPDATE_GOLDEN=1 npm test rewrites the golden files; review the diff before committing it.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { recordSchema } from '../src/index.js';
import { projectRoot, runCli, expectSpansInText } from './helpers/cli.js';

const fixtureDir = path.join(projectRoot, 'fixtures/articles');
const expectedDir = path.join(projectRoot, 'fixtures/expected');
const articles = fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.txt')).sort();
const referenceDate = '2024-05-23';
const update = process.env.UPDATE_GOLDEN === '1';

// one run over the whole folder, as `npm start` does
const run = runCli(['--reference-date', referenceDate, 'fixtures/articles']);
const records = new Map(run.records.map((r) => [path.basename(r.id as string), r]));

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(recordSchema);

describe('golden records of fixtures/articles', () => {
  test('the run succeeds with one record per article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(run.status).toBe(0);
    expect([...records.keys()].sort()).toEqual(articles);
  });

  for (const article of articles) {
    test(article, () => {
      const record = records.get(article);
      expect(record).toBeDefined();
      const goldenFile = path.join(expectedDir, article.replace(/\.txt$/, '.json'));
      const golden = { exitCode: run.status, record };
      if (update) fs.writeFileSync(goldenFile, JSON.stringify(golden, null, 2) + '\n');
      expect(fs.existsSync(goldenFile), `${goldenFile} is missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
      expect(golden).toEqual(JSON.parse(fs.readFileSync(goldenFile, 'utf8')));
    });
  }
});

describe('every fixture record satisfies the contract', () => {
  for (const article of articles) {
    test(`${article} validates against the JSON Schema and its spans point into the text`, () => {
      const record = records.get(article)!;
      const valid = validate(record);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      const text = fs.readFileSync(path.join(fixtureDir, article), 'utf8');
      expectSpansInText(record, text);
    });
  }
});
