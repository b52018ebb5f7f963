// Run a CommonJS file with V8's code cache: what `v8-compile-cache` does for CommonJS modules, for
// one file made at build time (Node 20 has no module compile cache).
//
// Parsing and compiling JavaScript is a good part of a short run's start-up. The build runs the
// code once and saves V8's compiled code for the functions that ran (`<file>.code-cache`); later
// runs hand it back to V8 instead of compiling again. V8 rejects a cache made by another Node or
// V8 version, or under other V8 flags, and the code is then compiled as usual: the cache changes
// how fast the code starts, never what it does.
//
// CommonJS (.cts) so that both the CLI's launcher (ES module) and the generated loader of
// compromise's tagger (dist/data/compromise-two.cjs, CommonJS) can load it synchronously.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The code cache that goes with a file. */
export const codeCacheFile = (file: string): string => `${file}.code-cache`;

/** What became of the code cache: used, rejected by V8 (another version or flags), missing, or being written. */
export type CodeCacheState = 'used' | 'rejected' | 'missing' | 'writing';

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The file compiled as a CommonJS module's function, with the given code cache. */
export function compiled(file: string, cachedData?: Buffer): vm.Script {
  const source = fs.readFileSync(file, 'utf8');
  // the CommonJS wrapper on the file's first line, so that stack traces keep their line numbers
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  return new vm.Script(wrapped, { filename: file, cachedData });
}

export interface RunOptions {
  /** Write the code cache when the process exits (the build does this once). */
  writeCache?: boolean;
}

/** Run a CommonJS file with its code cache when there is a usable one; its exports, and what became of the cache. */
export function runCommonJs(file: string, options: RunOptions = {}): { exports: unknown; state: CodeCacheState } {
  const cacheFile = codeCacheFile(file);
  const cachedData = options.writeCache ? undefined : readCache(cacheFile);
  const script = compiled(file, cachedData);
  if (options.writeCache) process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  const state: CodeCacheState = options.writeCache ? 'writing' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as unknown };
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, state };
}
