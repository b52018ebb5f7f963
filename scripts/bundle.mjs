#!/usr/bin/env node
// Bundles the built CLI and its worker into one file each (dist/bundle/cli/), so that start-up
// reads and compiles 2 modules instead of ~60: on this machine that is most of factx's start-up
// cost above bare node. The library (dist/index.js) stays unbundled for `import { extract }`.
// Paths the code resolves from import.meta.url keep working: the bundle sits two levels below
// dist/ like dist/facts/places/, and the worker sits next to the CLI as in dist/cli/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
await build({
  entryPoints: { main: path.join(root, 'dist/cli/main.js'), worker: path.join(root, 'dist/cli/worker.js') },
  outdir: path.join(root, 'dist/bundle/cli'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // loaded lazily through createRequire or dynamic import, only when a document needs them
  external: ['compromise', '@mozilla/readability', 'linkedom'],
  // CommonJS dependencies (commander) require node's built-ins: give the ES module a require
  banner: { js: "import { createRequire as factxCreateRequire } from 'node:module'; const require = factxCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.error(`bundle: dist/bundle/cli/{main,worker}.js in ${Date.now() - t0} ms`);
