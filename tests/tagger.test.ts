// The tagger the build makes (scripts/build-tagger.mjs: compromise's sources with the model
// precomputed) must be compromise as installed: the same sentences, terms, offsets and tags.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadTagger } from '../src/nlp.js';
import { projectRoot } from './helpers/cli.js';

type Nlp = (text: string) => { json: (options: object) => unknown };
const installed = createRequire(import.meta.url)('compromise/two') as Nlp;
const built = loadTagger() as unknown as Nlp;

// every term's id carries a per-process counter; everything else must match
const view = (nlp: Nlp, text: string) =>
  JSON.stringify(nlp(text).json({ offset: true, terms: { tags: true, normal: true, offset: true } }), (key, value: unknown) => (key === 'id' ? undefined : value));

const articles = fs.readdirSync(path.join(projectRoot, 'fixtures/articles')).map((f) => fs.readFileSync(path.join(projectRoot, 'fixtures/articles', f), 'utf8'));
const sentences = [
  "The minister's aides didn't say whether they'd resign; she won't, officials said.",
  'At least 12 people were killed and 40-odd injured on 3 March 2024 in Khan Younis.',
  'Regional governor Oleh Syniehubov said six railway employees were wounded.',
  'Dr. J. R. Smith Jr., the U.S. envoy to the U.N., arrived at 9:30 a.m. on Tuesday.',
  'Shares rose 4.5% to $1.2bn as the CEO, Ms Ngozi Okafor-Bello, outlined plans.',
  'They were running, ran, have run and will run again; the runners ran faster.',
  'Über-fans in São Paulo and Zürich cheered “Olé!” — twice — before 2,000 police moved in.',
  'Hundreds fled; dozens remain missing after the flooding, and thousands are homeless.',
];

test('the build made the tagger, and factx loads it rather than compromise as installed', () => {
  expect(fs.existsSync(path.join(projectRoot, 'dist/data/compromise-two.cjs'))).toBe(true);
  expect(built).not.toBe(installed);
});

test('the built tagger tags every fixture article and test sentence as compromise does', () => {
  for (const text of [...articles, ...sentences]) expect(view(built, text)).toBe(view(installed, text));
});

test("the tagger's code cache is one that V8 accepts under the CLI's flags, which are in force when the CLI loads it", () => {
  const check = `import v8 from 'node:v8';
    import { tieringFlags } from ${JSON.stringify(path.join(projectRoot, 'dist/cli/launch.js'))};
    import codeCache from ${JSON.stringify(path.join(projectRoot, 'dist/code-cache.cjs'))};
    for (const flag of tieringFlags) v8.setFlagsFromString(flag);
    const { exports: nlp, state } = codeCache.runCommonJs(${JSON.stringify(path.join(projectRoot, 'dist/data/compromise-tagger.cjs'))});
    process.stdout.write(state + ' ' + nlp('President Volodymyr Zelensky spoke.').has('#Person'));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', check], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('used true');
});
