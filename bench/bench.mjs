#!/usr/bin/env node
// npm run bench [-- --rounds N]: factx and compromise-as-is side by side on the same articles.
// Input: ../shared/eval/dev/corpus-bbc.jsonl when present, else a corpus generated from
// fixtures/articles. Prints MB/s, articles/s, peak RSS, start-up ms, and the ratios.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bbc = path.resolve(root, '../shared/eval/dev/corpus-bbc.jsonl');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factx-bench-'));
const cores = os.availableParallelism();

function corpus() {
  if (fs.existsSync(bbc)) return { file: bbc, name: 'BBC news 2004-05 (corpus-bbc.jsonl)' };
  const dir = path.join(root, 'fixtures/articles');
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const file = path.join(tmp, 'generated.jsonl');
  const lines = [];
  for (let i = 0; i < 2000; i++) lines.push(JSON.stringify({ id: `gen-${i}`, text: texts[i % texts.length], date: '2024-05-23' }));
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { file, name: `${lines.length} copies of the fixture articles` };
}

/** Run a command under /usr/bin/time when available to get the peak RSS (KiB) and the CPU time. */
function timed(args) {
  const haveTime = fs.existsSync('/usr/bin/time');
  const argv = haveTime ? ['/usr/bin/time', '-f', '%M %U %S', ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const [rssKiB, user, system] = haveTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, rssMiB: rssKiB / 1024, cpuSeconds: user + system, stdout: r.stdout, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { file, name } = corpus();
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(JSON.parse(l).text), 0);
const mb = bytes / 1e6;

// compromise as it comes is slow: measure it on a slice and report its rate
const sliceFile = path.join(tmp, 'slice.jsonl');
const slice = lines.slice(0, Math.min(lines.length, 300));
fs.writeFileSync(sliceFile, slice.join('\n') + '\n');
const sliceBytes = slice.reduce((n, l) => n + Buffer.byteLength(JSON.parse(l).text), 0);

// This virtual machine's speed varies 10-20% from one minute to the next: every run below is
// repeated (--rounds N, default 3), the rounds interleaved so that a slow minute weighs on all
// runs alike, and the median reported. CPU seconds (user + system, all threads) are reported too.
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 3) : 3;

const factx = (jobs, input = file) => timed([process.execPath, 'bin/factx.js', '--input-format', 'ndjson', '--jobs', String(jobs), input]);
// the machine's own ceiling for this workload: the corpus split in two halves, each run by a
// separate --jobs 1 process at the same time (no pool involved). Cores that share caches or a
// power budget slow each other down; no worker pool can beat this figure on the same machine.
const halves = [0, 1].map((h) => {
  const halfFile = path.join(tmp, `half-${h}.jsonl`);
  fs.writeFileSync(halfFile, lines.filter((_, i) => i % 2 === h).join('\n') + '\n');
  return halfFile;
});
const twoProcesses = () =>
  new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    let pending = halves.length;
    for (const halfFile of halves)
      spawn(process.execPath, ['bin/factx.js', '--input-format', 'ndjson', '--jobs', '1', halfFile], { cwd: root, stdio: 'ignore' }).on('close', () => {
        if (--pending === 0) resolve({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, rssMiB: NaN, cpuSeconds: NaN, status: 0 });
      });
  });

const runs = { one: [], many: [], ceiling: [], baseline: [] };
for (let round = 0; round < rounds; round++) {
  runs.one.push(factx(1));
  runs.baseline.push(timed([process.execPath, 'bench/compromise-baseline.mjs', sliceFile]));
  runs.many.push(factx(cores));
  runs.ceiling.push(await twoProcesses());
}
/** The run of median wall time among the rounds. */
const medianRun = (list) => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
const one = medianRun(runs.one);
const many = medianRun(runs.many);
const baseline = medianRun(runs.baseline);

const rows = [];
const row = (label, run, mbIn, articles) =>
  rows.push({ label, mbPerS: mbIn / run.seconds, articlesPerS: articles / run.seconds, rssMiB: run.rssMiB, seconds: run.seconds, cpuSeconds: run.cpuSeconds, mbPerCpuS: mbIn / run.cpuSeconds });
row('factx --jobs 1', one, mb, lines.length);
row(`factx --jobs ${cores}`, many, mb, lines.length);
row('2 processes --jobs 1, half the corpus each', medianRun(runs.ceiling), mb, lines.length);
row(`compromise as-is (first ${slice.length} articles)`, baseline, sliceBytes / 1e6, slice.length);

// streaming: the same short documents, each line padded with a field factx ignores, at two input
// sizes; with line-by-line reading and bounded batches in flight, peak RSS must not grow with the input
const streamingRuns = [];
const streamingText = 'On Monday, May 20, officials said two people were hurt.';
for (const lineCount of [25_000, 100_000]) {
  const streamFile = path.join(tmp, `stream-${lineCount}.jsonl`);
  const out = fs.openSync(streamFile, 'w');
  const padding = 'x'.repeat(4000);
  let chunk = '';
  for (let i = 0; i < lineCount; i++) {
    chunk += JSON.stringify({ id: `s-${i}`, text: streamingText, padding }) + '\n';
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
  const inputMiB = fs.statSync(streamFile).size / 2 ** 20;
  const run = timed([process.execPath, 'bin/factx.js', '--input-format', 'ndjson', '--only', 'dates', '--jobs', String(cores), streamFile]);
  streamingRuns.push({ lineCount, inputMiB, rssMiB: run.rssMiB, seconds: run.seconds, status: run.status });
  fs.rmSync(streamFile);
}

// start-up: each fixture article (1-3 KB) in a process of its own. Some need compromise's tagger
// (a title word before a name) and some do not, so the median and the slowest article are both
// reported. Interleaved with bare node, so that a busy moment of the machine weighs on both alike.
const articlesDir = path.join(root, 'fixtures/articles');
const smallArticles = fs.readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort();
const startsByArticle = new Map(smallArticles.map((f) => [f, []]));
const nodeStarts = [];
for (let i = 0; i < 5; i++) {
  for (const f of smallArticles) {
    startsByArticle.get(f).push(timed([process.execPath, 'bin/factx.js', path.join(articlesDir, f)]).seconds * 1000);
    nodeStarts.push(timed([process.execPath, '-e', '0']).seconds * 1000);
  }
}
const articleStarts = [...startsByArticle].map(([f, times]) => ({ file: f, ms: median(times) })).sort((a, b) => a.ms - b.ms);
const startFactx = median(articleStarts.map((a) => a.ms));
const slowest = articleStarts[articleStarts.length - 1];
const startNode = median(nodeStarts);

console.log(`factx bench — ${name}: ${lines.length} articles, ${mb.toFixed(2)} MB`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log('');
console.log(`median of ${rounds} interleaved rounds (wall seconds of every round in brackets)`);
console.log('run'.padEnd(44) + 'MB/s'.padStart(8) + 'art/s'.padStart(9) + 'RSS MiB'.padStart(9) + 'seconds'.padStart(9) + 'CPU s'.padStart(8) + 'MB/CPU-s'.padStart(10) + '   rounds');
const roundsOf = [runs.one, runs.many, runs.ceiling, runs.baseline];
rows.forEach((r, i) => {
  const fixed = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  console.log(
    r.label.padEnd(44) + r.mbPerS.toFixed(3).padStart(8) + r.articlesPerS.toFixed(1).padStart(9) + fixed(r.rssMiB, 0).padStart(9) + r.seconds.toFixed(2).padStart(9) +
      fixed(r.cpuSeconds, 1).padStart(8) + fixed(r.mbPerCpuS, 3).padStart(10) + `   [${roundsOf[i].map((x) => x.seconds.toFixed(2)).join(' ')}]`,
  );
});
console.log('');
console.log(
  `start-up, one small article: factx ${startFactx.toFixed(0)} ms (median of the ${articleStarts.length} fixture articles), slowest ${slowest.ms.toFixed(0)} ms (${slowest.file}); bare node ${startNode.toFixed(0)} ms; ratios ${(startFactx / startNode).toFixed(2)} and ${(slowest.ms / startNode).toFixed(2)}`,
);
console.log(`ratios: factx --jobs 1 / compromise as-is = ${(rows[0].mbPerS / rows[3].mbPerS).toFixed(2)}x by wall time, ${(rows[0].mbPerCpuS / rows[3].mbPerCpuS).toFixed(2)}x by CPU time; --jobs ${cores} / --jobs 1 = ${(rows[1].mbPerS / rows[0].mbPerS).toFixed(2)}x; this machine's ceiling for 2 (two processes) = ${(rows[2].mbPerS / rows[0].mbPerS).toFixed(2)}x`);
// one worker is not one core: V8 compiles hot functions and collects garbage on background threads
const busy = one.cpuSeconds / one.seconds;
if (Number.isFinite(busy))
  console.log(`cores busy during --jobs 1: ${busy.toFixed(2)} (CPU ${one.cpuSeconds.toFixed(1)} s in ${one.seconds.toFixed(1)} s: V8's background compiler and GC), so ${cores} cores allow at most ${(cores / busy).toFixed(2)}x over --jobs 1`);
console.log('streaming (--only dates, each line padded to 4 KB):');
for (const r of streamingRuns)
  console.log(`  ${String(r.lineCount).padStart(7)} lines, ${r.inputMiB.toFixed(0).padStart(4)} MiB in: peak RSS ${r.rssMiB.toFixed(0)} MiB, ${r.seconds.toFixed(1)} s${r.status === 0 ? '' : ` (exit ${r.status})`}`);
if (one.status !== 0 || many.status !== 0) console.log(`warning: factx exited ${one.status} / ${many.status}`);
fs.rmSync(tmp, { recursive: true, force: true });
