import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binary, projectRoot, runCli, expectSpansInText, temporaryDirectory } from './helpers/cli.js';
import { documentWork, workerThreshold } from '../dist/cli/pool.js';

// a fixture article of our own (the shared seed article is not part of a checkout)
const fixtureArticle = path.join(projectRoot, 'fixtures/articles/airstrike-odesa.txt');
const article = 'KYIV — Officials said on Monday that three people were killed in Kharkiv.\n';

let dir: string;
beforeAll(() => {
  dir = temporaryDirectory();
  fs.mkdirSync(path.join(dir, 'tree/b-dir'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'tree/a dir ü'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'tree/z.txt'), article);
  fs.writeFileSync(path.join(dir, 'tree/a dir ü/one.md'), article);
  fs.writeFileSync(path.join(dir, 'tree/b-dir/two.txt'), article);
  fs.writeFileSync(path.join(dir, 'tree/b-dir/picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(dir, 'good.txt'), article);
  fs.mkdirSync(path.join(dir, 'empty'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inputs', () => {
  test('a file gives one record whose spans all point into the text', () => {
    const run = runCli(['--reference-date', '2024-05-23', fixtureArticle]);
    expect(run.status).toBe(0);
    expect(run.records).toHaveLength(1);
    const record = run.records[0]!;
    expect(record.id).toBe(fixtureArticle);
    expect(record.referenceDate).toBe('2024-05-23');
    const text = fs.readFileSync(fixtureArticle, 'utf8');
    expect(expectSpansInText(record, text)).toBeGreaterThan(5);
  });

  test('directories are walked recursively in sorted order, unsupported files skipped', () => {
    const run = runCli([path.join(dir, 'tree')]);
    expect(run.status).toBe(0);
    expect(run.records.map((r) => path.relative(dir, r.id as string))).toEqual([
      'tree/a dir ü/one.md',
      'tree/b-dir/two.txt',
      'tree/z.txt',
    ]);
  });

  test('stdin is read when no path is given, and as "-"', () => {
    for (const args of [[], ['-']]) {
      const run = runCli(args, { input: article });
      expect(run.status).toBe(0);
      expect(run.records).toHaveLength(1);
      expect(run.records[0]!.id).toBe('-');
    }
  });

  test('NDJSON: renamed and dotted fields; a document date wins over --reference-date', () => {
    const input = [
      { doc: { key: 'a' }, body: { text: 'On Monday, two people were injured.' }, published: '2020-01-08' },
      { doc: { key: 'b' }, body: { text: 'On Monday, nothing happened.' } },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n');
    const run = runCli(
      ['--input-format', 'ndjson', '--id-field', 'doc.key', '--text-field', 'body.text', '--date-field', 'published', '--reference-date', '2024-05-23'],
      { input },
    );
    expect(run.status).toBe(0);
    expect(run.records.map((r) => [r.id, r.referenceDate])).toEqual([
      ['a', '2020-01-08'],
      ['b', '2024-05-23'],
    ]);
  });

  test('a malformed NDJSON line becomes an error record naming the line; the rest still come out', () => {
    const input = '{"id":"1","text":"fine"}\n{not json\n{"id":"3","text":42}\n{"id":"4","text":"also fine"}\n';
    const run = runCli(['--input-format', 'ndjson'], { input });
    expect(run.status).toBe(2);
    expect(run.records.map((r) => r.id)).toEqual(['1', '-:2', '3', '4']);
    expect((run.records[1]!.error as { code: string }).code).toBe('invalid_json');
    expect((run.records[2]!.error as { message: string }).message).toMatch(/not a string/);
    expect(run.records[3]!.error).toBeUndefined();
    expect(run.stderr).toMatch(/-:2/);
  });

  test('a missing file among good ones: an error record, the others processed, exit 2', () => {
    const run = runCli([path.join(dir, 'good.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'tree/z.txt')]);
    expect(run.status).toBe(2);
    expect(run.records).toHaveLength(3);
    expect(run.records[1]!.error).toMatchObject({ code: 'read_error' });
    expect(run.records[1]!.dates).toEqual([]);
    expect(run.records[0]!.error).toBeUndefined();
    expect(run.stderr).toMatch(/missing\.txt/);
  });

  test('an empty directory is reported, not silently skipped', () => {
    const run = runCli([path.join(dir, 'empty')]);
    expect(run.status).toBe(2);
    expect(run.records[0]!.error).toMatchObject({ code: 'empty_directory' });
  });

  test('HTML: the article text is extracted and offsets point into it (--emit-text)', () => {
    const html = `<html><head><title>Storm hits coast</title></head><body><nav>Home | World</nav>
      <article><h1>Storm hits coast</h1><p>At least 12 people were killed when a storm hit Odesa on Tuesday, officials said.</p>
      <p>Rescue teams searched the harbour for the missing through the night, and more than 40 were injured.</p></article></body></html>`;
    const file = path.join(dir, 'page.html');
    fs.writeFileSync(file, html);
    const run = runCli(['--emit-text', file]);
    expect(run.status).toBe(0);
    const record = run.records[0]!;
    const text = record.text as string;
    expect(text).toContain('At least 12 people were killed');
    expect(text).not.toContain('<p>');
    expectSpansInText(record, text);
  });
});

describe('options and exit codes', () => {
  test('an unknown flag is a usage error: exit 1, a message on stderr, nothing on stdout', () => {
    const run = runCli(['--no-such-flag', fixtureArticle]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown option '--no-such-flag'/);
  });

  test('bad option values are usage errors', () => {
    for (const args of [['--reference-date', '2024-02-30'], ['--only', 'weather'], ['--jobs', '0'], ['--input-format', 'pdf']]) {
      const run = runCli([...args, fixtureArticle]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
    }
  });

  // `script` (util-linux) gives the child a terminal as stdin: factx must refuse, not wait for typing
  const haveScript = spawnSync('script', ['--version']).status === 0;
  test.skipIf(!haveScript)('no path with stdin on a terminal is a usage error, never a hang', () => {
    const result = spawnSync('script', ['-qec', `node "${binary}"`, '/dev/null'], { encoding: 'utf8', input: '', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/no input: give files or directories, or pipe text to stdin/);
  });

  test('--only runs only the named extractors', () => {
    const run = runCli(['--only', 'places', '--reference-date', '2024-05-23', fixtureArticle]);
    const record = run.records[0]!;
    expect(record.dates).toEqual([]);
    expect(record.casualties).toEqual([]);
    expect(record.officials).toEqual([]);
    expect((record.places as unknown[]).length).toBeGreaterThan(0);
  });

  test('--help shows usage with examples and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: factx/);
    expect(run.stdout).toMatch(/Examples:/);
  });

  test('--schema prints the JSON Schema of a record', () => {
    const run = runCli(['--schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'dates', 'places', 'casualties', 'officials', 'summary']));
  });

  test('--pretty off a terminal prints indented JSON without colour codes', () => {
    const run = runCli(['--pretty', fixtureArticle], { env: { FORCE_COLOR: undefined } });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('{\n  "id"')).toBe(true);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(JSON.parse(run.stdout).id).toBe(fixtureArticle);
  });
});

describe('order and pipes', () => {
  test('--jobs 2 gives byte-identical output to --jobs 1, in input order', () => {
    const texts = Array.from({ length: 1200 }, (_, i) => `Report ${i}: ${i % 7} people were killed in Kharkiv on Monday, said Mayor Ihor Terekhov. `.repeat(1 + (i % 5)));
    // enough work for --jobs 2 to start its workers (smaller inputs stay in the main thread)
    expect(texts.reduce((n, t) => n + t.length + documentWork, 0)).toBeGreaterThan(workerThreshold);
    const lines = texts.map((text, i) => JSON.stringify({ id: `doc-${i}`, text }));
    lines.splice(600, 0, '{broken');
    const input = lines.join('\n') + '\n';
    const one = runCli(['--input-format', 'ndjson', '--jobs', '1', '--reference-date', '2024-05-23'], { input });
    const two = runCli(['--input-format', 'ndjson', '--jobs', '2', '--reference-date', '2024-05-23'], { input });
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.records).toHaveLength(1201);
    expect(two.records[0]!.id).toBe('doc-0');
    expect(two.records[1200]!.id).toBe('doc-1199');
    expect(two.stdout).toBe(one.stdout);
  });

  test('a closed stdout (| head -1) ends quietly with exit 0', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: 'Two people were injured in Lviv on Friday.' }));
    const file = path.join(dir, 'many.jsonl');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const result = spawnSync('bash', ['-c', `node "${binary}" --input-format ndjson "${file}" | head -1; echo "status=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const [first, status] = result.stdout.trim().split('\n');
    expect(JSON.parse(first!).id).toBe('0');
    expect(status).toBe('status=0');
    expect(result.stderr).toBe('');
  });
});
