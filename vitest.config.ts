import { defineConfig } from 'vitest/config';

export default defineConfig({
  // TypeScript's CommonJS modules (.cts, e.g. src/code-cache.cts) are TypeScript too
  oxc: { include: /\.[cm]?tsx?$/ },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
