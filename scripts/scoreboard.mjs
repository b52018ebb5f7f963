#!/usr/bin/env node
// The accuracy ratchet: runs ../shared/eval/score.mjs and compares every accuracy figure with
// bench/scoreboard.json. Fails (exit 1) when a figure falls more than 0.005 below the committed
// one (for quiet_with_casualties_pct, lower is better: it may not rise by more than 0.5 points),
// or when any set exits non-zero or loses a document. `npm run scoreboard -- --update` commits
// the new figures after an improvement.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(root, '../shared/eval/score.mjs');
const committedFile = path.join(root, 'bench/scoreboard.json');
const update = process.argv.includes('--update');
const tolerance = 0.005;
/** Figures that are counts or speeds, not accuracy: reported, never ratcheted. */
const notAccuracy = new Set(['set', 'docs', 'gold', 'pred', 'mb_per_s', 'seconds', 'exit', 'missing', 'error_records']);
/** Figures where lower is better, with the rise allowed. */
const lowerIsBetter = { quiet_with_casualties_pct: 0.5 };

if (!fs.existsSync(scorer)) {
  console.log(`scoreboard: ${scorer} not found; nothing to check`);
  process.exit(0);
}
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factx-scoreboard-')), 'scores.json');
const run = spawnSync(process.execPath, [scorer, '--json', out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (run.status !== 0 || !fs.existsSync(out)) {
  console.error(`scoreboard: score.mjs failed (exit ${run.status})`);
  process.exit(1);
}
const rows = JSON.parse(fs.readFileSync(out, 'utf8'));
const current = Object.fromEntries(
  rows.map((row) => [row.set, Object.fromEntries(Object.entries(row).filter(([k, v]) => !notAccuracy.has(k) && typeof v === 'number' && !k.endsWith('_n')))]),
);
const problems = [];
for (const row of rows) {
  if (row.exit !== 0) problems.push(`${row.set}: factx exited ${row.exit}`);
  if (row.missing !== 0) problems.push(`${row.set}: ${row.missing} documents without a record`);
}
if (update) {
  fs.writeFileSync(committedFile, JSON.stringify(current, null, 2) + '\n');
  console.log(`scoreboard: wrote ${path.relative(root, committedFile)}`);
} else if (fs.existsSync(committedFile)) {
  const committed = JSON.parse(fs.readFileSync(committedFile, 'utf8'));
  for (const [set, figures] of Object.entries(committed)) {
    for (const [name, before] of Object.entries(figures)) {
      const now = current[set]?.[name];
      if (typeof now !== 'number') {
        problems.push(`${set}.${name}: missing (was ${before})`);
        continue;
      }
      const allowedRise = lowerIsBetter[name];
      if (allowedRise !== undefined ? now > before + allowedRise : now < before - tolerance)
        problems.push(`${set}.${name}: ${now} (committed ${before})`);
    }
  }
} else {
  problems.push(`${path.relative(root, committedFile)} is missing: run npm run scoreboard -- --update`);
}
if (problems.length) {
  console.error('scoreboard: accuracy fell below the committed figures:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log('scoreboard: every figure at or above bench/scoreboard.json');
