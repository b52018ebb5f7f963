import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { factKinds, recordSchema, type FactKind } from '../index.js';
import { UsageError, describeError } from './errors.js';
import { inputDocuments, type InputFormat, type InputOptions } from './inputs.js';
import { ClosedOutput, OutputWriter } from './output.js';
import { processInOrder } from './pool.js';
import type { OutputRecord, ProcessSettings } from './process.js';
import { renderRecord } from './view.js';

const examples = `
Examples:
  $ factx article.txt                               one record for one article
  $ factx --reference-date 2024-05-23 news/         every article under news/, in sorted order
  $ cat article.txt | factx --pretty                read stdin; a human view on a terminal
  $ factx --input-format ndjson --text-field body.text corpus.jsonl > facts.jsonl
  $ factx --only casualties,places reports/ | jq -c '.summary'

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
    .option('--pretty', 'a human view on a terminal; indented JSON otherwise')
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
  emitText?: boolean;
  schema?: boolean;
  maxLineLength: number;
}

async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    throw error;
  }
  const options = program.opts<CliOptions>();
  const stdout = new OutputWriter(process.stdout);
  if (options.schema) {
    await stdout.write(JSON.stringify(recordSchema, null, 2) + '\n');
    return 0;
  }
  const settings: ProcessSettings = {
    referenceDate: options.referenceDate ?? null,
    only: options.only ?? null,
    emitText: options.emitText ?? false,
  };
  const inputOptions: InputOptions = {
    idField: options.idField,
    textField: options.textField,
    dateField: options.dateField,
    maxLineLength: options.maxLineLength,
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
  };
  const jobs = options.jobs ?? Math.max(1, os.availableParallelism());
  const human = options.pretty === true && process.stdout.isTTY === true;
  const colour = human && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0';
  let failures = 0;
  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
  });
  const warn = (message: string) => process.stderr.write(`factx: warning: ${message}\n`);
  const documents = inputDocuments(program.args, inputOptions, warn);
  try {
    for await (const batch of processInOrder(documents, settings, jobs)) {
      failures += batch.failures;
      for (const line of batch.records) {
        if (options.pretty) {
          const record = JSON.parse(line) as OutputRecord;
          await stdout.write(human ? renderRecord(record, colour) : JSON.stringify(record, null, 2) + '\n');
        } else {
          await stdout.write(line + '\n');
        }
        if (isErrorRecord(line)) process.stderr.write(`factx: ${errorMessage(line)}\n`);
      }
      if (interrupted) {
        process.stderr.write('factx: interrupted; output ends after the last complete record\n');
        return 130;
      }
    }
  } catch (error) {
    if (error instanceof ClosedOutput) return 0;
    if (error instanceof UsageError) {
      process.stderr.write(`factx: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  return failures > 0 ? 2 : 0;
}

// error records are rare: a cheap substring test before parsing
const isErrorRecord = (line: string) => line.includes('"error":{"code"');
const errorMessage = (line: string): string => {
  const record = JSON.parse(line) as OutputRecord;
  return record.error?.message ?? 'document failed';
};

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`factx: internal error: ${error instanceof Error ? (error.stack ?? error.message) : describeError(error)}\n`);
    process.exitCode = 2;
  },
);
