#!/usr/bin/env node
// The CLI, bundled into one CommonJS file (scripts/bundle.mjs) and started with V8's code cache
// (src/cli/launch.ts): a fast start. dist/cli/main.js is the same code unbundled.
import { launch } from '../dist/cli/launch.js';

launch(new URL('../dist/bundle/cli/main.cjs', import.meta.url));
