#!/usr/bin/env node
// Bundles the built CLI and its worker into one file each (dist/bundle/cli/), so that start-up
// reads and compiles 2 modules instead of ~60: on this machine that is most of factx's start-up
// cost above bare node. Then makes the CLI's code cache (src/cli/launch.ts). The library (dist/index.js) stays unbundled for `import { extract }`.
// Paths the code resolves from import.meta.url keep working: the bundle sits two levels below
// dist/ like dist/facts/places/, and the worker sits next to the CLI as in dist/cli/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // loaded lazily through createRequire, only when a document needs them
  external: ['compromise', '@mozilla/readability', 'linkedom'],
  logLevel: 'warning',
};
// The CLI as CommonJS, so that bin/factx.js can compile it with V8's code cache (src/cli/launch.ts);
// import.meta.url becomes the bundle's own file URL, as the unbundled code expects.
await build({
  ...common,
  entryPoints: [path.join(root, 'dist/cli/main.js')],
  outfile: path.join(root, 'dist/bundle/cli/main.cjs'),
  format: 'cjs',
  define: { 'import.meta.url': 'factxImportMetaUrl' },
  banner: { js: "const factxImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker thread's module, as ES module (CommonJS dependencies such as commander require
// node's built-ins: give it a require).
await build({
  ...common,
  entryPoints: [path.join(root, 'dist/cli/worker.js')],
  outfile: path.join(root, 'dist/bundle/cli/worker.js'),
  format: 'esm',
  banner: { js: "import { createRequire as factxCreateRequire } from 'node:module'; const require = factxCreateRequire(import.meta.url);" },
});
// The code cache: the CLI run once on the example articles, its compiled functions saved.
const cacheRun = spawnSync(process.execPath, [path.join(root, 'scripts/code-cache.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (cacheRun.status !== 0) throw new Error(`making the code cache failed (exit ${cacheRun.status})`);
console.error(`bundle: dist/bundle/cli/{main.cjs,main.cjs.code-cache,worker.js} in ${Date.now() - t0} ms`);
