// The modules the build generates in dist/data/ (the gazetteer index, compromise's tagger) are
// reached by a different relative path from the compiled library (dist/), from the CLI bundle
// (dist/bundle/cli/) and from the sources that tests run (src/): each caller lists its paths.
import { createRequire } from 'node:module';

/** The first of `specifiers`, relative to `from` (an import.meta.url), that exists; null when none does. */
export function requireFirst<T>(from: string, specifiers: readonly string[]): T | null {
  const require = createRequire(from);
  for (const specifier of specifiers) {
    try {
      return require(specifier) as T;
    } catch (error) {
      if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  return null;
}
