#!/usr/bin/env node
// Makes dist/bundle/cli/main.cjs.code-cache (see src/cli/launch.ts): runs the bundled CLI on the
// example articles, as a user would, and saves V8's compiled code when the run ends.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../dist/cli/launch.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles = path.join(root, 'fixtures/articles');
const files = fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).map((f) => path.join(articles, f));
process.argv = [process.argv[0], path.join(root, 'bin/factx.js'), '--reference-date', '2024-05-23', '--jobs', '1', ...files];
launch(path.join(root, 'dist/bundle/cli/main.cjs'), { writeCache: true });
