// The launcher (src/cli/launch.ts): a CommonJS bundle run with V8's code cache. The cache may only
// change how fast the program starts: missing, stale or garbage, the program runs the same.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { flagsToSet, tieringFlags } from '../src/cli/launch.js';
import { codeCacheFile, compiled } from '../src/code-cache.cjs';
import { projectRoot, runCli, temporaryDirectory } from './helpers/cli.js';

const launcher = path.join(projectRoot, 'dist/cli/launch.js');

/** Launch `bundle` in a fresh node; the program's output, then the cache state on its own line. */
function launched(bundle: string, writeCache = false) {
  const driver = `import { launch } from ${JSON.stringify(launcher)};
    const state = launch(${JSON.stringify(bundle)}, { writeCache: ${writeCache} });
    process.stdout.write('cache:' + state + '\\n');`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', driver, 'one', 'two'], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('launch', () => {
  const dir = temporaryDirectory();
  const bundle = path.join(dir, 'program.cjs');
  // a program that uses what a CommonJS module gets: require, module, __filename, __dirname, and
  // the command line (under `node -e`, the arguments start at argv[1])
  fs.writeFileSync(
    bundle,
    `const path = require('node:path');
     module.exports.ran = true;
     process.stdout.write([path.basename(__filename), path.basename(__dirname) === path.basename(${JSON.stringify(dir)}), process.argv.slice(1).join('+')].join(' ') + '\\n');`,
  );
  const expected = 'program.cjs true one+two\n';

  test('without a code cache the program runs and says so', () => {
    expect(launched(bundle)).toMatchObject({ status: 0, stdout: `${expected}cache:missing\n` });
  });

  test('the cache written by one run is used by the next', () => {
    expect(launched(bundle, true)).toMatchObject({ status: 0, stdout: `${expected}cache:writing\n` });
    expect(fs.statSync(`${bundle}.code-cache`).size).toBeGreaterThan(0);
    expect(launched(bundle)).toMatchObject({ status: 0, stdout: `${expected}cache:used\n` });
  });

  test('a garbage cache is rejected and the program still runs', () => {
    fs.writeFileSync(`${bundle}.code-cache`, Buffer.from('not a V8 code cache at all'));
    expect(launched(bundle)).toMatchObject({ status: 0, stdout: `${expected}cache:rejected\n` });
  });

  test('a cache made for another version of the program is rejected', () => {
    launched(bundle, true);
    fs.appendFileSync(bundle, '\n// changed\n');
    expect(launched(bundle)).toMatchObject({ status: 0, stdout: `${expected}cache:rejected\n` });
  });

  test("an error in the program keeps its file and line in the stack trace", () => {
    const broken = path.join(dir, 'broken.cjs');
    fs.writeFileSync(broken, `// line 1\nfunction fail() {\n  throw new Error('boom');\n}\nfail();\n`);
    const r = launched(broken);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('boom');
    expect(r.stderr).toContain(`${broken}:3`);
  });
});

test('the build ships a code cache that this node accepts for the CLI', () => {
  // V8 accepts a code cache only under the flags it was made with: node's defaults, since the
  // launcher sets its tiering flags after the bundle is compiled
  const cli = path.join(projectRoot, 'dist/bundle/cli/main.cjs');
  expect(compiled(cli, fs.readFileSync(codeCacheFile(cli))).cachedDataRejected).toBe(false);
  // and the CLI started through it works
  const run = runCli(['--only', 'dates', '--reference-date', '2024-05-23'], { input: 'On May 20 it rained.\n' });
  expect(run.status).toBe(0);
  expect(run.records[0]!.dates).toMatchObject([{ value: '2024-05-20' }]);
});

describe('tiering flags', () => {
  test('are set when the user gave none of their own', () => {
    expect(flagsToSet([])).toEqual(tieringFlags);
    expect(flagsToSet(['--max-old-space-size=4096', '--trace-warnings'])).toEqual(tieringFlags);
  });

  test("the user's own value on node's command line wins, in either spelling", () => {
    expect(flagsToSet(['--interrupt-budget=5000'])).toEqual([]);
    expect(flagsToSet(['--max-old-space-size=100', '--interrupt_budget=5000'])).toEqual([]);
  });
});
