// Start the bundled CLI (dist/bundle/cli/main.cjs) with V8's code cache (src/code-cache.cts): the
// build (scripts/bundle.mjs) runs the CLI once on the example articles and saves V8's compiled code
// for the functions that run (`main.cjs.code-cache`), so a short run does not parse and compile the
// CLI's JavaScript again.
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runCommonJs, type CodeCacheState } from '../code-cache.cjs';

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

/** Run a CommonJS bundle as the main program, with its code cache when there is a usable one. */
export function launch(bundle: string | URL, options: LaunchOptions = {}): CodeCacheState {
  const file = bundle instanceof URL ? fileURLToPath(bundle) : bundle;
  const { state } = runCommonJs(file, options);
  // Only now: V8 takes a code cache (node's own for its built-in modules, this bundle's) only under
  // the flags it was made with, so flags set before loading would cost the caches. Code compiled
  // from here on, and worker threads (flags are process-wide), run under them. The build's cache
  // run keeps V8's defaults, which are those in force when a later run compiles the bundle; the
  // tagger, loaded later, has its cache made under these flags (scripts/build-tagger.mjs).
  if (!options.writeCache) for (const flag of flagsToSet(process.execArgv)) v8.setFlagsFromString(flag);
  return state;
}
