import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { factKinds, recordSchema, type FactKind } from '../index.js';
import { UsageError, describeError } from './errors.js';
import { createFormatter, outputFormats, type OutputFormat, type RecordFormatter } from './formats.js';
import { inputDocuments, type InputDocument, type InputFormat, type InputOptions } from './inputs.js';
import { ClosedOutput, OutputError, OutputWriter } from './output.js';
import { OutputDirError, OutputDirWriter, listInputFiles, planOutputDir } from './output-dir.js';
import { processInOrder } from './pool.js';
import type { OutputRecord, ProcessSettings } from './process.js';
import { countLines, startProgress, type Progress } from './progress.js';
import { RunStats } from './run-summary.js';
import { colourLevel, renderRecord } from './view.js';

const examples = `
Examples:
  $ factx article.txt                               one record for one article
  $ factx --reference-date 2024-05-23 news/         every article under news/, in sorted order
  $ cat article.txt | factx --pretty                read stdin; a human view on a terminal
  $ factx --input-format ndjson --text-field body.text corpus.jsonl > facts.jsonl
  $ factx --only casualties,places reports/ | jq -c '.summary'
  $ factx --view --explain article.txt              the article with its facts highlighted, and why
  $ factx --format csv --only casualties news/ > casualties.csv
  $ factx --output-dir facts/ --resume corpus/      one output file per input file; restartable

Progress and a one-line summary go to stderr when it is a terminal and the records are not
written to that same terminal; --stats prints the summary anywhere, --quiet neither.

Exit codes: 0 every document processed, 1 usage error, 2 at least one document failed
(its record carries "error"; the others are still printed).`;

function parseReferenceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD, e.g. 2024-05-23');
  return value;
}

function parseKinds(value: string): FactKind[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(factKinds as readonly string[]).includes(kind));
  if (unknown.length || !kinds.length)
    throw new InvalidArgumentError(`expected a comma-separated list of ${factKinds.join(', ')}; got "${value}"`);
  return kinds as FactKind[];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return jobs;
}

function buildProgram(): Command {
  return new Command()
    .name('factx')
    .description('Extract dates, places, casualty counts and officials from news articles as JSON (one record per document).')
    .argument('[paths...]', 'files and directories (walked recursively, sorted); "-" or no path reads stdin')
    .addOption(new Option('--input-format <format>', 'input format (default: by file extension; stdin: text)').choices(['text', 'html', 'ndjson']))
    .option('--id-field <path>', 'NDJSON field holding the document id (dotted paths allowed)', 'id')
    .option('--text-field <path>', 'NDJSON field holding the document text', 'text')
    .option('--date-field <path>', 'NDJSON field holding the document date (YYYY-MM-DD)', 'date')
    .option('--reference-date <date>', 'anchor for relative dates when a document has none of its own', parseReferenceDate)
    .option('--only <kinds>', `run only these extractors (${factKinds.join(',')})`, parseKinds)
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)', parseJobs)
    .addOption(new Option('--format <format>', 'output format (default: ndjson): one record per line, one JSON array, or one row per fact').choices(outputFormats))
    .option('--pretty', 'a human view on a terminal; indented JSON otherwise')
    .option('--view', 'the human view (the article with its facts highlighted, a table per kind), even off a terminal')
    .option('--explain', 'add each fact\'s rule id and evidence sentence (human view; with --format csv/tsv: rule and sentence columns)')
    .option('--output-dir <dir>', 'write one output file per input file, mirroring the input tree, instead of stdout')
    .option('--resume', 'with --output-dir: skip inputs whose output is newer than the input')
    .addOption(new Option('-q, --quiet', 'no progress line and no summary on stderr').conflicts('stats'))
    .option('--stats', 'print the one-line summary on stderr even when it is not a terminal')
    .option('--emit-text', 'add the document text that offsets refer to ("text" field; for HTML, the extracted article text)')
    .option('--schema', 'print the JSON Schema of a record and exit')
    .addOption(new Option('--max-line-length <n>', 'longest NDJSON line accepted, in characters').argParser(parsePositiveInteger).default(64 * 1024 * 1024).hideHelp())
    .addHelpText('after', examples)
    .showHelpAfterError('(run factx --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
}

function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

interface CliOptions {
  inputFormat?: InputFormat;
  idField: string;
  textField: string;
  dateField: string;
  referenceDate?: string;
  only?: FactKind[];
  jobs?: number;
  pretty?: boolean;
  format?: OutputFormat;
  view?: boolean;
  explain?: boolean;
  outputDir?: string;
  resume?: boolean;
  quiet?: boolean;
  stats?: boolean;
  emitText?: boolean;
  schema?: boolean;
  maxLineLength: number;
}

/** Option combinations that make no sense are usage errors, found before any input is read. */
function checkCombinations(options: CliOptions, paths: readonly string[]): void {
  const table = options.format === 'csv' || options.format === 'tsv';
  if (options.resume && !options.outputDir) throw new UsageError('--resume needs --output-dir');
  if (options.pretty && table) throw new UsageError(`--pretty does not apply to --format ${options.format}`);
  if (options.explain && options.format && !table)
    throw new UsageError(`--explain applies to the human view and to --format csv/tsv, not to --format ${options.format}`);
  if (options.view && options.format) throw new UsageError('--view is a format of its own; drop --format');
  if (options.outputDir !== undefined) {
    if (options.view || (options.explain && !table)) throw new UsageError('the human view (--view, --explain) goes to the terminal, not to --output-dir');
    if (options.pretty && options.format !== 'json')
      throw new UsageError('--output-dir writes NDJSON files one record per line; use --format json with --pretty for indented files');
    if (paths.length === 0 || paths.includes('-'))
      throw new UsageError('--output-dir needs files or directories to mirror; stdin has no file name (pipe it to stdout instead)');
    if (!options.outputDir.trim()) throw new UsageError('--output-dir needs a directory name');
  }
}

async function run(argv: string[]): Promise<number> {
  // listening before commander prints --help: a reader that goes away (| head) is then no crash
  const stdout = new OutputWriter(process.stdout);
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    throw error;
  }
  const options = program.opts<CliOptions>();
  if (options.schema) {
    await stdout.write(JSON.stringify(recordSchema, null, 2) + '\n');
    await stdout.flush();
    return 0;
  }
  const paths = program.args;
  checkCombinations(options, paths);
  const format: OutputFormat = options.format ?? 'ndjson';
  const table = format === 'csv' || format === 'tsv';
  const outputDir = options.outputDir;
  const view =
    options.view === true || (options.explain === true && !table) || (options.pretty === true && !options.format && !outputDir && process.stdout.isTTY === true);
  const kinds: FactKind[] = options.only ?? [...factKinds];
  const settings: ProcessSettings = {
    referenceDate: options.referenceDate ?? null,
    only: options.only ?? null,
    // the human view and --explain need the text the offsets point into
    emitText: (options.emitText ?? false) || view || (table && options.explain === true),
  };
  const inputOptions: InputOptions = {
    idField: options.idField,
    textField: options.textField,
    dateField: options.dateField,
    maxLineLength: options.maxLineLength,
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
  };
  const jobs = options.jobs ?? Math.max(1, os.availableParallelism());
  const newFormatter = (): RecordFormatter => {
    if (view) {
      const viewOptions = { colour: colourLevel(process.env, process.stdout.isTTY === true), explain: options.explain === true, kinds };
      let count = 0;
      return { head: () => '', record: (line) => (count++ ? '\n' : '') + renderRecord(JSON.parse(line) as OutputRecord, viewOptions), tail: () => '' };
    }
    return createFormatter(format, { kinds, pretty: options.pretty === true, explain: options.explain === true });
  };

  // stderr: progress when it is a terminal and the records go elsewhere; the summary then too, or with --stats
  const showProgress = !options.quiet && process.stderr.isTTY === true && (outputDir !== undefined || process.stdout.isTTY !== true);
  const showSummary = options.stats === true || showProgress;
  const stats = new RunStats(kinds);
  let progress: Progress | null = null;
  const abortCounting = new AbortController();
  const report = (message: string) => {
    if (progress) progress.log(message);
    else process.stderr.write(message + '\n');
  };
  const warn = (message: string) => report(`factx: warning: ${message}`);

  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
  });

  let writer: OutputDirWriter | null = null;
  let documents: AsyncIterable<InputDocument>;
  let totalFiles: { path: string; single: boolean }[] | null = null;
  if (outputDir !== undefined) {
    const plan = planOutputDir(paths, outputDir, format, options.inputFormat, options.resume === true, warn);
    writer = new OutputDirWriter(plan, inputOptions, newFormatter, warn);
    documents = writer.documents();
    totalFiles = plan.filter((file) => !file.upToDate).map((file) => ({ path: file.input, single: file.singleDocument || file.failure !== undefined }));
  } else {
    documents = inputDocuments(paths, inputOptions, warn);
    if (showProgress) totalFiles = listInputFiles(paths, options.inputFormat);
  }

  const formatter = writer ? null : newFormatter();
  const parseRecords = showSummary;
  let failures = 0;
  let documentsDone = 0;
  try {
    if (showProgress) {
      progress = await startProgress(process.stderr);
      if (totalFiles) startTotal(progress, totalFiles, abortCounting.signal);
    }
    if (formatter) await stdout.write(formatter.head());
    for await (const batch of processInOrder(documents, settings, jobs)) {
      let chunk = '';
      for (const line of batch.records) {
        if (parseRecords) stats.add(JSON.parse(line) as OutputRecord);
        if (isErrorRecord(line)) report(`factx: ${errorMessage(line)}`);
        if (formatter) chunk += formatter.record(line);
      }
      failures += batch.failures;
      if (writer) await writer.write(batch.records);
      else if (chunk) await stdout.write(chunk);
      documentsDone += batch.records.length;
      progress?.update(documentsDone);
      if (interrupted) {
        if (writer) await writer.close(true);
        else if (formatter) await stdout.write(formatter.tail());
        await stdout.flush();
        progress?.stop();
        process.stderr.write('factx: interrupted; output ends after the last complete record\n');
        return 130;
      }
    }
    if (writer) await writer.close(false);
    else if (formatter) await stdout.write(formatter.tail());
    await stdout.flush();
  } catch (error) {
    // the records made before the failure still go out (a closed or failing stdout takes none)
    await stdout.flush().catch(() => undefined);
    // clean up, then let exitCodeFor report it
    progress?.stop();
    await writer?.abandon();
    throw error;
  } finally {
    abortCounting.abort();
  }
  progress?.stop();
  stats.failures = failures;
  if (writer) {
    stats.filesWritten = writer.written;
    stats.filesSkipped = writer.skipped;
  }
  if (showSummary) process.stderr.write(stats.line(writer !== null) + '\n');
  return failures > 0 ? 2 : 0;
}

/** Gives the progress line its total: text/HTML files count one each, NDJSON files their lines (counted in the background). */
function startTotal(progress: Progress, files: readonly { path: string; single: boolean }[], signal: AbortSignal): void {
  const single = files.filter((file) => file.single).length;
  const ndjson = files.filter((file) => !file.single).map((file) => file.path);
  // a .json file may hold one JSON array rather than lines: its count is unknown
  if (ndjson.some((file) => path.extname(file).toLowerCase() === '.json')) return;
  if (!ndjson.length) {
    progress.setTotal(single);
    return;
  }
  void countLines(ndjson, signal).then((lines) => {
    if (lines !== null && !signal.aborted) progress.setTotal(single + lines);
  });
}

// error records are rare: a cheap substring test before parsing
const isErrorRecord = (line: string) => line.includes('"error":{"code"');
const errorMessage = (line: string): string => {
  const record = JSON.parse(line) as OutputRecord;
  return record.error?.message ?? 'document failed';
};

/**
 * The one place a failure becomes an exit code: a closed stdout ends quietly (0); a usage error
 * (1) and an output failure (2) are one line on stderr; anything else is an internal error (2).
 */
function exitCodeFor(error: unknown): number {
  if (error instanceof ClosedOutput) return 0;
  if (error instanceof UsageError || error instanceof OutputDirError || error instanceof OutputError) {
    process.stderr.write(`factx: ${error.message}\n`);
    return error instanceof UsageError ? 1 : 2;
  }
  process.stderr.write(`factx: internal error: ${error instanceof Error ? (error.stack ?? error.message) : describeError(error)}\n`);
  return 2;
}

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = exitCodeFor(error);
  },
);
