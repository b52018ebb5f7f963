#!/usr/bin/env node
// Builds dist/data/compromise-two.cjs: compromise's tagger (the 'compromise/two' build that
// src/nlp.ts loads) made from compromise's own sources, with two changes that only move work:
//
// - The pre-tagger's model (its lexicon expanded with every inflection, suffix patterns, clues) is
//   computed here, once, and written to dist/data/compromise-model.json (src/frozen.ts); the
//   tagger reads it back instead of computing it in every process and worker thread.
// - The post-tagger's index of its match patterns (`buildNet`, made on the first sentence tagged)
//   is made here too, from the built tagger itself, and written to dist/data/compromise-net.json.
// - compromise's `mergeDeep`, which copies a plugin's model into the tagger's, sets each plain
//   value with `model[key] = value` instead of `Object.assign(model, { [key]: value })`: the same
//   assignment without an object made per key (about 38,000 values, 24,000 of them lexicon words).
//
// Loading the tagger and tagging a first sentence then take about 150 ms instead of about 370 ms.
// The tests hold it to compromise as installed: the same terms and tags on every fixture and test text.
// Run after `tsc` (it uses dist/frozen.js).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const t0 = Date.now();
// compromise's sources (its package exports only its builds: builds/two/compromise-two.cjs -> the package)
const compromiseDir = path.resolve(path.dirname(require.resolve('compromise/two')), '../..');
const sources = path.join(compromiseDir, 'src');
const compromiseVersion = JSON.parse(fs.readFileSync(path.join(compromiseDir, 'package.json'), 'utf8')).version;
const modelModule = path.join(sources, '2-two/preTagger/model/index.js');
const extendModule = path.join(sources, 'API/extend.js');
const postTaggerModule = path.join(sources, '2-two/postTagger/compute/index.js');
const outDir = path.join(root, 'dist/data');
const modelFile = 'compromise-model.json';
const netFile = 'compromise-net.json';

const { freeze } = await import(pathToFileURL(path.join(root, 'dist/frozen.js')).href);
const { default: model } = await import(pathToFileURL(modelModule).href);
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, modelFile), JSON.stringify(freeze(model)));

/** `source` with `from` replaced by `to`, where `from` must occur exactly once. */
function replaceOnce(file, source, from, to) {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`build-tagger: expected one "${from}" in ${file} (compromise changed?)`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** The source of an expression that reads back a table this build wrote next to the tagger (needs `thaw` imported). */
const thawed = (file) => `thaw(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(file)}), 'utf8'))`;
const importThaw = `import { thaw } from './frozen.js';\n`;

const precomputed = {
  name: 'factx-precomputed-model',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      if (args.path === modelModule) {
        return {
          loader: 'js',
          resolveDir: path.join(root, 'dist'),
          contents: `${importThaw}export default ${thawed(modelFile)};`,
        };
      }
      if (args.path === postTaggerModule) {
        const source = fs.readFileSync(args.path, 'utf8');
        const built = replaceOnce(
          args.path,
          source,
          'net = net || methods.one.buildNet(model.two.matches, world)',
          `net = net || ${thawed(netFile)}`,
        );
        return { loader: 'js', resolveDir: path.join(root, 'dist'), contents: importThaw + built };
      }
      if (args.path === extendModule) {
        const source = fs.readFileSync(args.path, 'utf8');
        return { loader: 'js', contents: replaceOnce(args.path, source, 'Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]') };
      }
      return undefined;
    });
  },
};

await build({
  entryPoints: [path.join(sources, 'two.js')],
  outfile: path.join(outDir, 'compromise-tagger.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // compromise's code, under its MIT license (the full text is in the compromise package, a dependency)
  banner: { js: `/*! compromise ${compromiseVersion}, src/two.js built by factx's scripts/build-tagger.mjs. MIT License, (c) Spencer Kelly: see compromise/LICENSE */` },
  // the module's value is compromise's nlp function, as require('compromise/two') gives it
  footer: { js: 'module.exports = module.exports.default;' },
  plugins: [precomputed],
  logLevel: 'warning',
});
// What src/nlp.ts loads: the tagger run with V8's code cache (src/code-cache.cts)
fs.writeFileSync(
  path.join(outDir, 'compromise-two.cjs'),
  `// Made by scripts/build-tagger.mjs: compromise's tagger (compromise-tagger.cjs), run with V8's code cache.
module.exports = require('../code-cache.cjs').runCommonJs(require('node:path').join(__dirname, 'compromise-tagger.cjs')).exports;
`,
);
// the post-tagger's index, made by the built tagger from its own model, as its first sentence would
const tagger = require(path.join(outDir, 'compromise-tagger.cjs'));
const world = tagger.world();
fs.writeFileSync(path.join(outDir, netFile), JSON.stringify(freeze(world.methods.one.buildNet(world.model.two.matches, world))));
// The code cache: the tagger run on the example articles in a process under the CLI's V8 flags
// (src/cli/launch.ts), which are in force when the CLI loads the tagger; V8 rejects a cache made
// under other flags, and a library host without them then compiles the tagger as usual.
const cacheRun = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import v8 from 'node:v8';
import fs from 'node:fs';
import path from 'node:path';
import { tieringFlags } from ${JSON.stringify(pathToFileURL(path.join(root, 'dist/cli/launch.js')).href)};
import codeCache from ${JSON.stringify(pathToFileURL(path.join(root, 'dist/code-cache.cjs')).href)};
for (const flag of tieringFlags) v8.setFlagsFromString(flag);
const nlp = codeCache.runCommonJs(${JSON.stringify(path.join(outDir, 'compromise-tagger.cjs'))}, { writeCache: true }).exports;
const articles = ${JSON.stringify(path.join(root, 'fixtures/articles'))};
for (const f of fs.readdirSync(articles)) nlp(fs.readFileSync(path.join(articles, f), 'utf8')).json({ offset: true });`,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (cacheRun.status !== 0) throw new Error(`build-tagger: making the code cache failed (exit ${cacheRun.status})`);
console.error(`tagger: dist/data/{compromise-two.cjs,compromise-tagger.cjs{,.code-cache},${modelFile},${netFile}} in ${Date.now() - t0} ms`);
