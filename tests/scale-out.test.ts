import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binary, projectRoot, runCli, temporaryDirectory } from './helpers/cli.js';

// GNU parallel, not moreutils' parallel (which has no --pipe). CI installs it when it can (.ci/run).
const parallelVersion = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const hasParallel = parallelVersion.status === 0 && /GNU parallel/.test(parallelVersion.stdout ?? '');
if (!hasParallel)
  console.warn(
    'tests/scale-out.test.ts: SKIPPED, GNU parallel is not installed (apt-get install parallel); the split-run identity is not checked here',
  );

const documentCount = 2_100; // 4 full chunks of 500 and a partial one
const factxArgs = ['--input-format', 'ndjson', '--reference-date', '2024-05-23'];

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = temporaryDirectory();
  // small documents built from the fixture articles' sentences: one or two each, some with their own date
  const articles = path.join(projectRoot, 'fixtures/articles');
  const sentences = fs
    .readdirSync(articles)
    .sort()
    .flatMap((name) => fs.readFileSync(path.join(articles, name), 'utf8').split('\n'))
    .flatMap((line) => line.split(/(?<=[.!?]["”]?) (?=["“]?[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
  const lines: string[] = [];
  for (let i = 0; i < documentCount; i++) {
    const first = sentences[i % sentences.length]!;
    const text = i % 4 === 0 ? `${first} ${sentences[(i * 7 + 1) % sentences.length]!}` : first;
    const document: Record<string, unknown> = { id: `doc-${String(i).padStart(5, '0')}`, text };
    if (i % 5 === 0) document.date = `2023-0${1 + (i % 9)}-1${i % 10}`;
    lines.push(JSON.stringify(document));
  }
  corpus = path.join(dir, 'corpus.jsonl');
  fs.writeFileSync(corpus, lines.join('\n') + '\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('scale-out', () => {
  test.skipIf(!hasParallel)('a run split by parallel --pipe --keep-order -N 500 is byte-identical to a single run', () => {
    const single = runCli([...factxArgs, corpus]);
    expect(single.status).toBe(0);
    expect(single.records).toHaveLength(documentCount);

    const command = ['parallel', '--will-cite', '--pipe', '--keep-order', '-N', '500', process.execPath, binary, ...factxArgs, '--jobs', '1'];
    const split = spawnSync(command[0]!, command.slice(1), {
      input: fs.readFileSync(corpus),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(split.stderr).toBe('');
    expect(split.status).toBe(0);
    expect(split.stdout.split('\n').length - 1).toBe(documentCount);
    expect(split.stdout).toBe(single.stdout);
  }, 180_000);
});
