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

const precomputed = {
  name: 'factx-precomputed-model',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      if (args.path === modelModule) {
        return {
          loader: 'js',
          resolveDir: path.join(root, 'dist'),
          contents: `import { thaw } from './frozen.js';
export default thaw(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(modelFile)}), 'utf8'));`,
        };
      }
      if (args.path === postTaggerModule) {
        const source = fs.readFileSync(args.path, 'utf8');
        const built = replaceOnce(
          args.path,
          source,
          'net = net || methods.one.buildNet(model.two.matches, world)',
          `net = net || thaw(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(netFile)}), 'utf8'))`,
        );
        return { loader: 'js', resolveDir: path.join(root, 'dist'), contents: `import { thaw } from './frozen.js';\n${built}` };
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
  outfile: path.join(outDir, 'compromise-two.cjs'),
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
// the post-tagger's index, made by the built tagger from its own model, as its first sentence would
const tagger = require(path.join(outDir, 'compromise-two.cjs'));
const world = tagger.world();
fs.writeFileSync(path.join(outDir, netFile), JSON.stringify(freeze(world.methods.one.buildNet(world.model.two.matches, world))));
console.error(`tagger: dist/data/{compromise-two.cjs,${modelFile},${netFile}} in ${Date.now() - t0} ms`);
