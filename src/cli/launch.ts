// Start the bundled CLI (dist/bundle/cli/main.cjs) with V8's code cache.
//
// Parsing and compiling the CLI's JavaScript is a good part of a short run's start-up. The build
// (scripts/bundle.mjs) runs the CLI once on the example articles and saves V8's compiled code for
// the functions that run (`main.cjs.code-cache`); later runs hand it back to V8 instead of compiling
// again. A cache made by another Node or V8 version is rejected by V8 and the code is compiled as
// usual: the cache changes how fast factx starts, never what it does. It is what `v8-compile-cache`
// does for CommonJS modules, for one file made at build time (Node 20 has no module compile cache).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8's tiering, set for a batch run. V8 sends a function to its optimizing compiler (TurboFan, on
 * background threads) once the function has run through an "interrupt budget" of bytecode a few
 * times. factx has a lot of warm code (four extractors, hundreds of rules): at V8's default budget
 * (66 KB) a 5 MB run spent about a third of its CPU optimizing, recompiling after deopts, on threads
 * that take the second core from a second worker. At 1 MB only the code that stays hot is
 * optimized: measured on the BBC corpus, CPU -20%, `--jobs 2` 0.85x -> 1.3x of `--jobs 1`, the
 * same output. It changes when code is optimized, never what it computes.
 */
export const tieringFlags = ['--interrupt-budget=1000000'];

/** The tiering flags to set: those the user has not set on node's command line (NODE_OPTIONS cannot carry them). */
export function flagsToSet(execArgv: readonly string[]): string[] {
  const given = execArgv.map((arg) => arg.replace(/^--/, '').split('=')[0]!.replace(/_/g, '-'));
  return tieringFlags.filter((flag) => !given.includes(flag.replace(/^--/, '').split('=')[0]!));
}

export interface LaunchOptions {
  /** Write the code cache when the process exits (the build does this once). */
  writeCache?: boolean;
}

/** The code cache that goes with a bundle. */
export const codeCacheFile = (bundle: string): string => `${bundle}.code-cache`;

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The bundle compiled as a CommonJS module's function, with the given code cache. */
export function compiled(file: string, cachedData?: Buffer): vm.Script {
  const source = fs.readFileSync(file, 'utf8');
  // the CommonJS wrapper on the bundle's first line, so that stack traces keep their line numbers
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  return new vm.Script(wrapped, { filename: file, cachedData });
}

/** What became of the code cache: used, rejected by V8 (another version), missing, or being written. */
export type CodeCacheState = 'used' | 'rejected' | 'missing' | 'writing';

/** Run a CommonJS bundle as the main program, with its code cache when there is a usable one. */
export function launch(bundle: string | URL, options: LaunchOptions = {}): CodeCacheState {
  const file = bundle instanceof URL ? fileURLToPath(bundle) : bundle;
  const cacheFile = codeCacheFile(file);
  const cachedData = options.writeCache ? undefined : readCache(cacheFile);
  const script = compiled(file, cachedData);
  if (options.writeCache) process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  const state: CodeCacheState = options.writeCache ? 'writing' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  // Only now: V8 takes a code cache (node's own for its built-in modules, this bundle's) only under
  // the flags it was made with, so flags set before loading would cost the caches. Code compiled
  // from here on, and worker threads (flags are process-wide), run under them. The build's cache
  // run keeps V8's defaults, which are those in force when a later run compiles the bundle.
  if (!options.writeCache) for (const flag of flagsToSet(process.execArgv)) v8.setFlagsFromString(flag);
  return state;
}
