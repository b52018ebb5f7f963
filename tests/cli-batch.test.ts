import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binary, projectRoot, runCli, temporaryDirectory, type CliRun } from './helpers/cli.js';

// Sentences written for these tests (not from any article).
const articleA = 'KYIV — Regional governor Oleh Syniehubov said on Monday that three people were killed in Kharkiv.\n';
const articleB = 'Two people were injured in Lviv on Friday, the city council said.\n';
const articleC = '<html><body><article><p>At least 12 people were killed when a storm hit Odesa on Tuesday, officials said.</p></article></body></html>';
const batchLines = [
  JSON.stringify({ id: 'n1', text: 'Five people were killed in Dnipro on Sunday.' }),
  '{not json',
  JSON.stringify({ id: 'n3', text: 'Nothing happened in Lviv.' }),
];

const noColour = { NO_COLOR: '1', FORCE_COLOR: undefined };
const haveScript = spawnSync('script', ['--version']).status === 0;
const ansi = /\u001b\[/;
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

let dir: string;
let tree: string;
let small: string;

/** runCli without blocking, so independent runs of one test overlap (the suite's time is mostly node start-up). */
function runCliAsync(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        stderr,
        get records() {
          return stdout
            .split('\n')
            .filter((line) => line.trim())
            .map((line) => JSON.parse(line) as Record<string, unknown>);
        },
      }),
    );
    child.stdin.end(options.input ?? '');
  });
}

/** Every file under a directory, relative, sorted (dot files included). */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else out.push(path.relative(root, full));
    }
  };
  visit(root);
  return out.sort();
}

/** Runs factx with a terminal as stdin/stdout/stderr (util-linux `script`); returns what the terminal showed. */
function runOnTerminal(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; screen: string } {
  const command = [process.execPath, binary, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    input: '',
    cwd: projectRoot,
    timeout: 60_000,
    env: { ...process.env, ...noColour, ...env },
  });
  return { status: result.status, screen: result.stdout };
}

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const unescapeTsv = (field: string) => field.replace(/\\([\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));

beforeAll(() => {
  dir = temporaryDirectory();
  tree = path.join(dir, 'tree');
  fs.mkdirSync(path.join(tree, 'sub/deeper'), { recursive: true });
  fs.writeFileSync(path.join(tree, 'top.txt'), articleA);
  fs.writeFileSync(path.join(tree, 'sub/inner.md'), articleB);
  fs.writeFileSync(path.join(tree, 'sub/deeper/page.html'), articleC);
  fs.writeFileSync(path.join(tree, 'sub/batch.jsonl'), batchLines.join('\n') + '\n');
  fs.writeFileSync(path.join(tree, 'empty.ndjson'), '');
  small = path.join(dir, 'small');
  fs.mkdirSync(small);
  fs.writeFileSync(path.join(small, 'a.txt'), articleA);
  fs.writeFileSync(path.join(small, 'b.txt'), articleB);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--output-dir', () => {
  test('one output per input file, mirroring the tree; same records as stdout; no temporary files left', async () => {
    const out = path.join(dir, 'out-mirror');
    const [run, stdoutRun] = await Promise.all([
      runCliAsync(['--output-dir', out, '--only', 'dates', '--reference-date', '2024-05-23', tree]),
      runCliAsync(['--only', 'dates', '--reference-date', '2024-05-23', tree]),
    ]);
    expect(run.status).toBe(2); // the malformed NDJSON line
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/batch\.jsonl:2/);
    expect(listFiles(out)).toEqual(['empty.ndjson', 'sub/batch.ndjson', 'sub/deeper/page.json', 'sub/inner.json', 'top.json']);
    // the files hold exactly what stdout would have carried, file by file
    const byFile = ['empty.ndjson', 'sub/batch.ndjson', 'sub/deeper/page.json', 'sub/inner.json', 'top.json'].map((f) =>
      fs.readFileSync(path.join(out, f), 'utf8'),
    );
    expect(byFile.join('')).toBe(stdoutRun.stdout);
    expect(byFile[0]).toBe('');
    expect(byFile[1]!.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['n1', `${path.join(tree, 'sub/batch.jsonl')}:2`, 'n3']);
    expect((JSON.parse(byFile[4]!) as { id: string }).id).toBe(path.join(tree, 'top.txt'));
  });

  test('--format csv writes .csv files with a header each', () => {
    const out = path.join(dir, 'out-csv');
    const run = runCli(['--output-dir', out, '--format', 'csv', '--only', 'casualties', path.join(tree, 'top.txt'), path.join(tree, 'sub/batch.jsonl')]);
    expect(run.status).toBe(2);
    expect(listFiles(out)).toEqual(['batch.csv', 'top.csv']);
    const batch = parseCsv(fs.readFileSync(path.join(out, 'batch.csv'), 'utf8'));
    expect(batch[0]!.slice(0, 3)).toEqual(['id', 'kind', 'value']);
    expect(batch.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['n1', 'casualties', '5'],
      ['n1', 'summary', '5'],
      [`${path.join(tree, 'sub/batch.jsonl')}:2`, 'error', 'invalid_json'],
    ]);
  });

  test('--resume skips inputs whose output is newer; a stale temporary file is replaced; the rest is rewritten', () => {
    const out = path.join(dir, 'out-resume');
    expect(runCli(['--output-dir', out, '--only', 'dates', tree]).status).toBe(2);
    // inputs an hour old, outputs fresh; then top.txt is edited
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of ['top.txt', 'sub/inner.md', 'sub/deeper/page.html', 'sub/batch.jsonl', 'empty.ndjson']) fs.utimesSync(path.join(tree, f), hourAgo, hourAgo);
    const soon = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(tree, 'top.txt'), soon, soon);
    const before = Object.fromEntries(listFiles(out).map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]));
    fs.writeFileSync(path.join(out, '.top.json.factx-tmp'), 'half a record from a killed run');
    const resumed = runCli(['--output-dir', out, '--only', 'dates', '--resume', '--stats', tree]);
    expect(resumed.status).toBe(0); // batch.jsonl (with its bad line) was skipped
    expect(resumed.stderr).toMatch(/^factx: 1 document, 0 failed; .*1 file written, 4 up to date; /m);
    expect(listFiles(out)).toEqual(Object.keys(before).sort());
    for (const f of Object.keys(before)) {
      const after = fs.statSync(path.join(out, f)).mtimeMs;
      if (f === 'top.json') expect(after).toBeGreaterThan(before[f]!);
      else expect(after).toBe(before[f]);
    }
    expect((JSON.parse(fs.readFileSync(path.join(out, 'top.json'), 'utf8')) as { id: string }).id).toBe(path.join(tree, 'top.txt'));
  });

  test('kill -9 mid-run leaves only whole outputs (and at most one temporary file); --resume finishes the rest', async () => {
    const root = path.join(dir, 'killed');
    fs.mkdirSync(root);
    const names: string[] = [];
    const add = (name: string, text: string) => {
      fs.writeFileSync(path.join(root, name), text);
      names.push(name);
    };
    for (let i = 0; i < 40; i++) add(`a${String(i).padStart(2, '0')}.txt`, `${articleB} Report ${i}.`);
    add('m.txt', articleA.repeat(20_000)); // ~2 MB: keeps the run busy after the first outputs are written
    for (let i = 0; i < 10; i++) add(`z${i}.txt`, articleB);
    const out = path.join(dir, 'out-killed');
    const args = ['--output-dir', out, '--only', 'dates', '--jobs', '1', root];
    const child = spawn(process.execPath, [binary, ...args], { cwd: projectRoot, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const outputs = () => (fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.endsWith('.json')) : []);
    const started = Date.now();
    while (child.exitCode === null && outputs().length === 0 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    const left = fs.existsSync(out) ? fs.readdirSync(out) : [];
    expect(left.filter((f) => f.endsWith('.factx-tmp')).length).toBeLessThanOrEqual(1);
    for (const f of left.filter((name) => name.endsWith('.json'))) {
      const record = JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')) as { id: string };
      expect(record.id).toBe(path.join(root, f.replace(/\.json$/, '.txt')));
    }
    const resumed = await runCliAsync([...args.slice(0, -1), '--resume', '--stats', root]);
    expect(resumed.status).toBe(0);
    const summary = /(\d+) files? written, (\d+) up to date/.exec(resumed.stderr);
    expect(summary).not.toBeNull();
    expect(Number(summary![1]) + Number(summary![2])).toBe(names.length);
    expect(Number(summary![2])).toBe(left.filter((name) => name.endsWith('.json')).length);
    expect(fs.readdirSync(out).sort()).toEqual(names.map((n) => n.replace(/\.txt$/, '.json')).sort());
  });

  test('an output directory inside the input tree is not read back as input', () => {
    const root = path.join(dir, 'self');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'a.txt'), articleB);
    const out = path.join(root, 'facts');
    expect(runCli(['--output-dir', out, '--only', 'dates', root]).status).toBe(0);
    const again = runCli(['--output-dir', out, '--only', 'dates', '--stats', root]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/factx: 1 document, 0 failed/);
    expect(listFiles(out)).toEqual(['a.json']);
  });

  test('two inputs that would write the same output are a usage error before anything is written', () => {
    const root = path.join(dir, 'clash');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'story.txt'), articleA);
    fs.writeFileSync(path.join(root, 'story.md'), articleB);
    const out = path.join(dir, 'out-clash');
    const run = runCli(['--output-dir', out, root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/story\.md and .*story\.txt would both be written to .*story\.json/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('--format', () => {
  // ids with the characters each format must protect
  const awkward = [
    { id: 'comma, "quoted"\nnext line', text: 'On March 14, 2024, three people were killed in Kharkiv.' },
    { id: 'tab\there back\\slash', text: 'Two people were injured in Lviv on Friday.' },
  ];
  const input = awkward.map((d) => JSON.stringify(d)).join('\n') + '\n{broken\n';
  const args = ['--input-format', 'ndjson', '--reference-date', '2024-05-23'];
  const runs: Record<string, CliRun> = {};
  beforeAll(async () => {
    const plan: Record<string, [string[], string]> = {
      plain: [args, input],
      explicit: [[...args, '--format', 'ndjson'], input],
      csv: [[...args, '--format', 'csv'], input],
      csvExplain: [[...args, '--format', 'csv', '--only', 'casualties', '--explain'], JSON.stringify(awkward[1]) + '\n'],
      tsv: [[...args, '--format', 'tsv'], input],
      json: [[...args, '--format', 'json'], input],
      pretty: [[...args, '--format', 'json', '--pretty'], input],
      empty: [[...args, '--format', 'json'], '\n\n'],
    };
    const done = await Promise.all(Object.entries(plan).map(([, [a, i]]) => runCliAsync(a, { input: i })));
    Object.keys(plan).forEach((name, i) => (runs[name] = done[i]!));
  });

  test('ndjson is the default and --format ndjson changes nothing', () => {
    expect(runs.explicit!.stdout).toBe(runs.plain!.stdout);
    expect(runs.plain!.records).toHaveLength(3);
  });

  test('csv: a header, one row per fact, RFC 4180 quoting, an error row, summary rows', () => {
    const run = runs.csv!;
    expect(run.status).toBe(2);
    const rows = parseCsv(run.stdout);
    const header = rows[0]!;
    expect(header).toEqual([
      'id', 'kind', 'value', 'date_type', 'place_kind', 'country_code', 'admin1', 'lat', 'lon', 'geoname_id',
      'casualty_kind', 'min', 'max', 'qualifier', 'victims', 'victim_category', 'subset', 'background',
      'title', 'organization', 'mentions', 'start', 'end', 'text', 'rule',
    ]);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const col = (row: string[], name: string) => row[header.indexOf(name)]!;
    const first = rows.filter((row) => col(row, 'id') === awkward[0]!.id);
    expect(first.map((row) => col(row, 'kind'))).toEqual(expect.arrayContaining(['dates', 'places', 'casualties']));
    const date = first.find((row) => col(row, 'kind') === 'dates')!;
    expect(col(date, 'text')).toBe('March 14, 2024');
    expect(col(date, 'value')).toBe('2024-03-14');
    expect(awkward[0]!.text.slice(Number(col(date, 'start')), Number(col(date, 'end')))).toBe('March 14, 2024');
    expect(col(first.find((row) => col(row, 'kind') === 'casualties')!, 'value')).toBe('3');
    const summary = rows.find((row) => col(row, 'kind') === 'summary' && col(row, 'id') === awkward[1]!.id)!;
    expect([col(summary, 'casualty_kind'), col(summary, 'value')]).toEqual(['injured', '2']);
    const error = rows.find((row) => col(row, 'kind') === 'error')!;
    expect(col(error, 'value')).toBe('invalid_json');
    expect(col(error, 'text')).toMatch(/-:3/);
    // the raw text quotes exactly the fields that need it
    expect(run.stdout).toContain('"comma, ""quoted""\nnext line",dates,');
    expect(run.stdout).toContain(',"March 14, 2024",');
    expect(run.stdout).toContain('\ntab\there back\\slash,dates,');
  });

  test('csv columns follow --only; --explain adds the evidence sentence', () => {
    const rows = parseCsv(runs.csvExplain!.stdout);
    expect(rows[0]).toEqual([
      'id', 'kind', 'value', 'casualty_kind', 'min', 'max', 'qualifier', 'victims', 'victim_category', 'subset', 'background',
      'start', 'end', 'text', 'rule', 'sentence',
    ]);
    expect(rows[1]!.slice(1, 4)).toEqual(['casualties', '2', 'injured']);
    expect(rows[1]![rows[0]!.indexOf('rule')]).toMatch(/^[a-z]+\/[a-z0-9-]+/);
    expect(rows[1]![rows[0]!.indexOf('sentence')]).toBe(awkward[1]!.text);
  });

  test('tsv: a header, tabs/newlines/backslashes escaped so every row is one line', () => {
    const run = runs.tsv!;
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const header = lines[0]!.split('\t');
    expect(header.slice(0, 3)).toEqual(['id', 'kind', 'value']);
    for (const line of lines) expect(line.split('\t')).toHaveLength(header.length);
    const ids = new Set(lines.slice(1).map((line) => unescapeTsv(line.split('\t')[0]!)));
    expect(ids).toEqual(new Set([awkward[0]!.id, awkward[1]!.id, '-:3']));
    expect(run.stdout).toContain('tab\\there back\\\\slash\t');
    expect(run.stdout).toContain('comma, "quoted"\\nnext line\t');
  });

  test('json: one valid array holding the NDJSON records; [] for no documents; --pretty indents it', () => {
    const json = runs.json!;
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual(runs.plain!.records);
    expect(json.stdout.startsWith('[\n{"id":')).toBe(true);
    expect(JSON.parse(runs.pretty!.stdout)).toEqual(runs.plain!.records);
    expect(runs.pretty!.stdout).toMatch(/^\[\n {2}\{\n {4}"id"/);
    expect(runs.empty!.status).toBe(0);
    expect(runs.empty!.stdout).toBe('[]\n');
  });
});

describe('human view', () => {
  const input = JSON.stringify({ id: 'kharkiv', text: articleA.trim() }) + '\n';
  const args = ['--input-format', 'ndjson', '--reference-date', '2024-05-23'];
  let record: Record<string, unknown>;
  let colour: CliRun;
  let plain: CliRun;
  let explained: CliRun;
  let failed: CliRun;
  beforeAll(async () => {
    let ndjson: CliRun;
    [ndjson, colour, plain, explained, failed] = await Promise.all([
      runCliAsync(args, { input }),
      runCliAsync([...args, '--view'], { input, env: { FORCE_COLOR: '1', NO_COLOR: undefined } }),
      runCliAsync([...args, '--view'], { input, env: noColour }),
      runCliAsync([...args, '--explain'], { input, env: noColour }),
      runCliAsync(['--view', path.join(dir, 'missing.txt')], { env: noColour }),
    ]);
    record = ndjson.records[0]!;
  });

  test('--view: the article with its facts highlighted, then a table per kind; FORCE_COLOR=1 colours it', () => {
    expect(colour.status).toBe(0);
    expect(colour.stdout).toMatch(ansi);
    const text = stripAnsi(colour.stdout);
    expect(text).toContain(articleA.trim());
    expect(text).toMatch(/^ {2}places \(\d\)$/m);
    expect(text).toMatch(/^ {2}casualties \(1\)$/m);
    expect(text).toMatch(/^ {2}officials \(1\)$/m);
    expect(text).toMatch(/Oleh Syniehubov +regional governor/);
    // Kharkiv painted green (32) in the text
    expect(colour.stdout).toMatch(/\u001b\[32m(\u001b\[1m)?Kharkiv/);
  });

  test('--view with NO_COLOR has no escape codes: facts are [bracketed] instead', () => {
    expect(plain.stdout).not.toMatch(ansi);
    expect(plain.stdout).toContain('[Kharkiv]');
    expect(plain.stdout).toContain('[Monday]');
  });

  test("--explain adds every fact's rule id and its evidence sentence", () => {
    const rules = (['dates', 'places', 'casualties', 'officials'] as const).flatMap((kind) =>
      (record[kind] as { rule: string }[]).map((fact) => fact.rule),
    );
    expect(rules.length).toBeGreaterThan(3);
    expect(explained.status).toBe(0);
    for (const rule of rules) expect(explained.stdout).toContain(rule);
    for (const rule of rules) expect(plain.stdout).not.toContain(rule);
    expect(explained.stdout).toMatch(/^ {4}text +type +value +rule$/m);
    expect(explained.stdout).toContain('“KYIV — Regional governor Oleh Syniehubov said on [Monday] that three people were killed in Kharkiv.”');
  });

  test('an error record in the view names its code', () => {
    expect(failed.status).toBe(2);
    expect(failed.stdout).toMatch(/error read_error: cannot read .*missing\.txt/);
  });
});

describe('stderr: progress and summary', () => {
  test('off a terminal: nothing on stderr; --stats prints the one-line summary', async () => {
    const [run, stats] = await Promise.all([
      runCliAsync(['--output-dir', path.join(dir, 'out-quiet'), '--only', 'dates', small]),
      runCliAsync(['--stats', '--reference-date', '2024-05-23', small]),
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(stats.records).toHaveLength(2);
    expect(stats.stderr).toMatch(/^factx: 2 documents, 0 failed; dates 2, places \d, casualties 2, officials 1; \d+\.\d s, [\d.]+ documents\/s\n$/);
  });

  test.skipIf(!haveScript)('on a terminal: a progress line and the summary; --quiet suppresses both', () => {
    const loud = runOnTerminal(['--output-dir', path.join(dir, 'out-tty'), '--only', 'dates', small]);
    expect(loud.status).toBe(0);
    expect(loud.screen).toMatch(/factx .*\d+\/2 documents · [\d.]+ documents\/s · ETA/);
    expect(loud.screen).toMatch(/factx: 2 documents, 0 failed;/);
    const quiet = runOnTerminal(['--quiet', '--output-dir', path.join(dir, 'out-tty-quiet'), '--only', 'dates', small]);
    expect(quiet.status).toBe(0);
    expect(quiet.screen).toBe('');
    expect(listFiles(path.join(dir, 'out-tty-quiet'))).toEqual(['a.json', 'b.json']);
  });

  test.skipIf(!haveScript)('records printed on the terminal: no progress line, no summary; --pretty shows the human view', () => {
    const run = runOnTerminal(['--pretty', path.join(small, 'a.txt')]);
    expect(run.status).toBe(0);
    expect(run.screen).not.toMatch(/documents\/s/);
    expect(run.screen).toContain('[Kharkiv]');
    expect(run.screen).toMatch(/casualties \(1\)/);
  });
});

describe('usage errors (exit 1, nothing on stdout)', () => {
  const cases: [string, string[], RegExp][] = [
    ['--resume without --output-dir', ['--resume', 'x.txt'], /--resume needs --output-dir/],
    ['--output-dir with stdin', ['--output-dir', 'o'], /stdin has no file name/],
    ['--output-dir with "-"', ['--output-dir', 'o', '-'], /stdin has no file name/],
    ['--output-dir with --view', ['--output-dir', 'o', '--view', 'x.txt'], /human view/],
    ['--output-dir with --pretty (NDJSON)', ['--output-dir', 'o', '--pretty', 'x.txt'], /--format json with --pretty/],
    ['--view with --format', ['--view', '--format', 'csv', 'x.txt'], /--view is a format of its own/],
    ['--pretty with csv', ['--pretty', '--format', 'csv', 'x.txt'], /--pretty does not apply to --format csv/],
    ['--explain with json', ['--explain', '--format', 'json', 'x.txt'], /--explain applies to the human view/],
    ['--quiet with --stats', ['--quiet', '--stats', 'x.txt'], /cannot be used with option '--stats'/],
    ['an unknown format', ['--format', 'xml', 'x.txt'], /argument 'xml' is invalid/],
  ];
  const runs: CliRun[] = [];
  beforeAll(async () => {
    runs.push(...(await Promise.all(cases.map(([, args]) => runCliAsync(args, { input: 'text' })))));
  });
  test.each(cases.map((c, i) => [...c, i] as const))('%s', (_name, _args, message, i) => {
    const run = runs[i]!;
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('library API', () => {
  test("import { extract } from 'factx' resolves through the package's exports map", () => {
    const script = `import { extract, factKinds } from 'factx';
      const r = extract('Three people were killed in Kharkiv on Monday.', { referenceDate: '2024-05-23', only: ['casualties'] });
      console.log(JSON.stringify({ kinds: factKinds, killed: r.summary.killed, dates: r.dates }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ kinds: ['dates', 'places', 'casualties', 'officials'], killed: 3, dates: [] });
    expect(fs.existsSync(path.join(projectRoot, 'dist/index.d.ts'))).toBe(true);
  });
});
