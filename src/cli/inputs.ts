import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Warning } from '../index.js';
import { decodeBytes } from './decode.js';
import { DocumentError, UsageError, describeError } from './errors.js';
import { readLines, type LongLine } from './lines.js';

export type InputFormat = 'text' | 'html' | 'ndjson';

/** One document to process, or the record of why it could not be read. */
export interface InputDocument {
  id: string;
  text: string;
  /** The document's own date (YYYY-MM-DD), which wins over --reference-date. */
  date: string | null;
  /** The text is HTML to be reduced to article text before extraction. */
  html: boolean;
  warnings: Warning[];
  error?: { code: string; message: string };
}

export interface InputOptions {
  format?: InputFormat;
  idField: string;
  textField: string;
  dateField: string;
  /** Longest NDJSON line accepted (characters); longer lines become error records. */
  maxLineLength: number;
}

const extensionFormats: Record<string, InputFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'ndjson',
  '.jsonl': 'ndjson',
  '.ndjson': 'ndjson',
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const isSupportedFile = (file: string): boolean => path.extname(file).toLowerCase() in extensionFormats;

/** Files under a directory, recursively, sorted by name at every level; symlink loops are skipped. */
export function walkDirectory(root: string, warn: (message: string) => void): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (error) {
      warn(`cannot read directory ${dir}: ${describeError(error)}`);
      return;
    }
    if (seen.has(real)) {
      warn(`skipping ${dir}: directory already visited (symlink loop?)`);
      return;
    }
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warn(`cannot read directory ${dir}: ${describeError(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          warn(`skipping broken link ${full}`);
          continue;
        }
      }
      if (isDir) visit(full);
      else if (isFile && isSupportedFile(entry.name)) files.push(full);
    }
  };
  visit(root);
  return files;
}

/** Get a dotted path ("meta.published") out of a parsed JSON object. */
function getField(object: unknown, dotted: string): unknown {
  let value: unknown = object;
  for (const key of dotted.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const failed = (id: string, code: string, message: string): InputDocument => ({
  id,
  text: '',
  date: null,
  html: false,
  warnings: [],
  error: { code, message },
});

/** Turn one parsed NDJSON object into a document (or an error record naming the line). */
function documentFromJson(value: unknown, where: string, options: InputOptions): InputDocument {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return failed(where, 'invalid_document', `${where}: expected a JSON object`);
  const rawId = getField(value, options.idField);
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : where;
  const text = getField(value, options.textField);
  if (typeof text !== 'string')
    return failed(id, 'invalid_document', `${where}: field "${options.textField}" is ${text === undefined ? 'missing' : 'not a string'}`);
  const warnings: Warning[] = [];
  const rawDate = getField(value, options.dateField);
  let date: string | null = null;
  if (typeof rawDate === 'string' && isoDate.test(rawDate.slice(0, 10))) date = rawDate.slice(0, 10);
  else if (rawDate !== undefined && rawDate !== null)
    warnings.push({ code: 'invalid_date', message: `field "${options.dateField}" is not a YYYY-MM-DD date; ignored` });
  if (typeof rawId !== 'string' && typeof rawId !== 'number')
    warnings.push({ code: 'missing_id', message: `no "${options.idField}" field; id is the line position` });
  return { id, text, date, html: false, warnings };
}

/** NDJSON documents from a stream, one per non-empty line, streaming (memory bounded by the longest line accepted). */
async function* ndjsonDocuments(stream: Readable, name: string, options: InputOptions): AsyncGenerator<InputDocument> {
  try {
    yield* lineDocuments(readLines(stream, options.maxLineLength), name, options);
  } finally {
    // the consumer may stop early (closed stdout): release the input so the process can end
    if (stream !== process.stdin) stream.destroy();
  }
}

/** A line over the limit: its length in characters when it was measured, else in bytes (over three per allowed character). */
const longLine = (line: LongLine): string => (line.characters === null ? `${line.bytes} bytes` : `${line.characters} characters`);

async function* lineDocuments(lines: AsyncIterable<string | LongLine>, name: string, options: InputOptions): AsyncGenerator<InputDocument> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    const where = `${name}:${lineNumber}`;
    if (typeof line !== 'string') {
      yield failed(where, 'line_too_long', `${where}: line of ${longLine(line)} exceeds the limit of ${options.maxLineLength} characters`);
      continue;
    }
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield failed(where, 'invalid_json', `${where}: ${describeError(error)}`);
      continue;
    }
    yield documentFromJson(value, where, options);
  }
}

function formatOf(file: string, options: InputOptions): InputFormat {
  return options.format ?? extensionFormats[path.extname(file).toLowerCase()] ?? 'text';
}

/** One input file: a single text/HTML document, or many NDJSON ones. */
async function* fileDocuments(file: string, options: InputOptions): AsyncGenerator<InputDocument> {
  const format = formatOf(file, options);
  if (format === 'ndjson') {
    let stream: fs.ReadStream;
    try {
      await fs.promises.access(file, fs.constants.R_OK);
      stream = fs.createReadStream(file);
    } catch (error) {
      yield failed(file, 'read_error', `cannot read ${file}: ${describeError(error)}`);
      return;
    }
    // a whole-file JSON array is accepted too (.json files are often that)
    if (await startsWithArray(file)) {
      stream.destroy();
      yield* jsonArrayDocuments(file, options);
      return;
    }
    yield* ndjsonDocuments(stream, file, options);
    return;
  }
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (stat.isDirectory()) throw new Error('is a directory');
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    yield failed(file, 'read_error', `cannot read ${file}: ${describeError((error as NodeJS.ErrnoException).code ?? error)}`);
    return;
  }
  try {
    const { text, warnings } = decodeBytes(bytes);
    yield { id: file, text, date: null, html: format === 'html', warnings };
  } catch (error) {
    const code = error instanceof DocumentError ? error.code : 'decode_error';
    yield failed(file, code, `${file}: ${describeError(error)}`);
  }
}

async function startsWithArray(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    return /^\uFEFF?\s{0,250}\[/.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

async function* jsonArrayDocuments(file: string, options: InputOptions): AsyncGenerator<InputDocument> {
  let values: unknown;
  try {
    // a byte-order mark (Windows tools write one) is no part of the JSON
    values = JSON.parse((await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    yield failed(file, 'invalid_json', `${file}: ${describeError(error)}`);
    return;
  }
  if (!Array.isArray(values)) {
    yield failed(file, 'invalid_json', `${file}: expected a JSON array or one object per line`);
    return;
  }
  let index = 0;
  for (const value of values) yield documentFromJson(value, `${file}[${index++}]`, options);
}

/** Standard input: text (one document, id "-") or NDJSON. */
async function* stdinDocuments(options: InputOptions): AsyncGenerator<InputDocument> {
  const format = options.format ?? 'text';
  if (format === 'ndjson') {
    yield* ndjsonDocuments(process.stdin, '-', options);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  try {
    const { text, warnings } = decodeBytes(Buffer.concat(chunks));
    yield { id: '-', text, date: null, html: format === 'html', warnings };
  } catch (error) {
    yield failed('-', error instanceof DocumentError ? error.code : 'decode_error', `stdin: ${describeError(error)}`);
  }
}

/**
 * Every document named by the command line, in order: paths as given (directories expanded,
 * sorted), `-` for stdin. Missing paths become error records so nothing is silently dropped.
 */
export async function* inputDocuments(
  paths: readonly string[],
  options: InputOptions,
  warn: (message: string) => void,
): AsyncGenerator<InputDocument> {
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or directories, or pipe text to stdin (see --help)');
    yield* stdinDocuments(options);
    return;
  }
  for (const given of paths) {
    if (given === '-') {
      yield* stdinDocuments(options);
      continue;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      yield failed(given, 'read_error', `cannot read ${given}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : describeError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const files = walkDirectory(given, warn);
      if (files.length === 0) {
        yield failed(given, 'empty_directory', `${given}: no .txt, .md, .html, .htm, .json, .jsonl or .ndjson files found`);
        continue;
      }
      for (const file of files) yield* fileDocuments(file, options);
    } else {
      yield* fileDocuments(given, options);
    }
  }
}
