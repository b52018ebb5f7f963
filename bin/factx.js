#!/usr/bin/env node
// the CLI bundled into one module (scripts/bundle.mjs): a fast start; dist/cli/main.js is the same code unbundled
import '../dist/bundle/cli/main.js';
