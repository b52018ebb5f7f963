import fs from 'node:fs';
import path from 'node:path';
import { UsageError, describeError } from './errors.js';
import type { RecordFormatter, OutputFormat } from './formats.js';
import { inputDocuments, walkDirectory, type InputDocument, type InputFormat, type InputOptions } from './inputs.js';

/** One input file of an --output-dir run and where its records go. */
export interface PlannedFile {
  input: string;
  /** null: the path could not be read; its error record goes to stderr only. */
  output: string | null;
  /** Text/HTML files hold one document; NDJSON files any number. */
  singleDocument: boolean;
  /** --resume found an output newer than the input. */
  upToDate: boolean;
  /** A path that yields an error record instead of documents (missing, empty directory). */
  failure?: InputDocument;
}

const ndjsonExtensions = new Set(['.json', '.jsonl', '.ndjson']);

export const isNdjsonFile = (file: string, format: InputFormat | undefined): boolean =>
  (format ?? (ndjsonExtensions.has(path.extname(file).toLowerCase()) ? 'ndjson' : 'text')) === 'ndjson';

/**
 * The output file of one input: its path relative to the directory argument it was found under
 * (a file argument: its name), the extension replaced by the output format's.
 */
export function outputPath(outputDir: string, relative: string, format: OutputFormat, singleDocument: boolean): string {
  const extension = format === 'ndjson' ? (singleDocument ? '.json' : '.ndjson') : `.${format}`;
  const parsed = path.parse(relative);
  return path.join(outputDir, parsed.dir, parsed.name + extension);
}

const realpath = (file: string): string => {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

const isInside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

const mtime = (file: string): number | null => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

/**
 * Every input file of the command line with its output path. Files inside the output directory
 * are left out of directory walks (`factx --output-dir out .` does not read its own output).
 * Two inputs that would write the same output, or an output that would overwrite an input,
 * are usage errors, found before anything is written.
 */
export function planOutputDir(
  paths: readonly string[],
  outputDir: string,
  format: OutputFormat,
  inputFormat: InputFormat | undefined,
  resume: boolean,
  warn: (message: string) => void,
): PlannedFile[] {
  const outputReal = realpath(outputDir);
  const planned: PlannedFile[] = [];
  const failure = (id: string, code: string, message: string): PlannedFile => ({
    input: id,
    output: null,
    singleDocument: true,
    upToDate: false,
    failure: { id, text: '', date: null, html: false, warnings: [], error: { code, message } },
  });
  const add = (file: string, relative: string) => {
    const singleDocument = !isNdjsonFile(file, inputFormat);
    const output = outputPath(outputDir, relative, format, singleDocument);
    const inputTime = resume ? mtime(file) : null;
    const outputTime = resume ? mtime(output) : null;
    planned.push({ input: file, output, singleDocument, upToDate: inputTime !== null && outputTime !== null && outputTime >= inputTime });
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : describeError(error);
      planned.push(failure(given, 'read_error', `cannot read ${given}: ${reason}`));
      continue;
    }
    if (!stat.isDirectory()) {
      add(given, path.basename(given));
      continue;
    }
    const root = realpath(given);
    const skipOutput = isInside(outputReal, root);
    const files = walkDirectory(given, warn).filter((file) => !(skipOutput && (realpath(file) === outputReal || isInside(realpath(file), outputReal))));
    if (!files.length) {
      planned.push(failure(given, 'empty_directory', `${given}: no .txt, .md, .html, .htm, .json, .jsonl or .ndjson files found`));
      continue;
    }
    for (const file of files) add(file, path.relative(given, file));
  }
  const writers = new Map<string, string>();
  const inputs = new Set(planned.filter((p) => p.output).map((p) => realpath(p.input)));
  for (const file of planned) {
    if (!file.output) continue;
    const key = path.resolve(file.output);
    const other = writers.get(key);
    if (other !== undefined)
      throw new UsageError(`--output-dir: ${other} and ${file.input} would both be written to ${file.output}; give them separately or rename one`);
    writers.set(key, file.input);
    if (inputs.has(realpath(file.output))) throw new UsageError(`--output-dir: the output of ${file.input} would overwrite the input ${file.output}`);
  }
  return planned;
}

/**
 * The input files of a command line, for a progress total: each with whether it holds one
 * document. Null when stdin is read (its size is unknown). Paths that cannot be read count as
 * one (error) document.
 */
export function listInputFiles(paths: readonly string[], inputFormat: InputFormat | undefined): { path: string; single: boolean }[] | null {
  if (paths.length === 0 || paths.includes('-')) return null;
  const files: { path: string; single: boolean }[] = [];
  for (const given of paths) {
    let isDirectory = false;
    try {
      isDirectory = fs.statSync(given).isDirectory();
    } catch {
      // an error record
    }
    const found = isDirectory ? walkDirectory(given, () => undefined) : [given];
    if (!found.length) files.push({ path: given, single: true });
    for (const file of found) files.push({ path: file, single: !isNdjsonFile(file, inputFormat) });
  }
  return files;
}

interface Entry {
  file: PlannedFile;
  /** Documents read from the file so far, and records written for it. */
  read: number;
  written: number;
  /** All of the file's documents have been read. */
  done: boolean;
  formatter: RecordFormatter | null;
  pending: string;
  handle: fs.promises.FileHandle | null;
  temporary: string | null;
}

/** A failure to write an output file: reported on stderr, exit 2. */
export class OutputDirError extends Error {}

/**
 * Routes records to one output file per input file. `documents()` reads the planned files in
 * order and notes how many documents each gave; as records come back (one per document, in
 * input order) `write()` appends them to their file's temporary file (`.<name>.factx-tmp` next
 * to it), and a file complete with all its records is renamed into place: a killed run leaves
 * only whole outputs (and at most one temporary file per output, overwritten by the next run).
 */
export class OutputDirWriter {
  private readonly entries: Entry[] = [];
  private readonly madeDirectories = new Set<string>();
  written = 0;
  skipped = 0;

  constructor(
    private readonly plan: readonly PlannedFile[],
    private readonly inputOptions: InputOptions,
    private readonly newFormatter: () => RecordFormatter,
    private readonly warn: (message: string) => void,
  ) {}

  async *documents(): AsyncGenerator<InputDocument> {
    for (const file of this.plan) {
      if (file.upToDate) {
        this.skipped++;
        continue;
      }
      const entry: Entry = { file, read: 0, written: 0, done: false, formatter: null, pending: '', handle: null, temporary: null };
      this.entries.push(entry);
      const source = file.failure ? [file.failure] : inputDocuments([file.input], this.inputOptions, this.warn);
      for await (const document of source) {
        entry.read++;
        yield document;
      }
      entry.done = true;
    }
  }

  /** Whether every record of the entry is written (a text file is complete with its one record). */
  private complete(entry: Entry): boolean {
    return entry.written === entry.read && (entry.done || (entry.file.singleDocument && entry.written >= 1));
  }

  async write(lines: readonly string[]): Promise<void> {
    for (const line of lines) {
      while (this.entries.length && this.complete(this.entries[0]!)) await this.finish(this.entries.shift()!);
      const entry = this.entries[0];
      if (!entry) throw new Error('output-dir: a record without its input file');
      entry.written++;
      if (!entry.file.output) continue;
      entry.formatter ??= this.newFormatter();
      if (!entry.handle && !entry.pending) entry.pending = entry.formatter.head();
      entry.pending += entry.formatter.record(line);
      if (entry.pending.length > 1 << 20) await this.flush(entry);
    }
    // files complete with this batch go into place now; the rest of what it gave is written to
    // temporary files, so memory stays bounded for big NDJSON files
    while (this.entries.length && this.complete(this.entries[0]!)) await this.finish(this.entries.shift()!);
    for (const entry of this.entries) if (entry.pending && entry.written > 0) await this.flush(entry);
  }

  /** End of the run: complete files are renamed into place; an incomplete one (interrupted) is removed. */
  async close(interrupted: boolean): Promise<void> {
    while (this.entries.length) {
      const entry = this.entries.shift()!;
      if (this.complete(entry) || (!interrupted && entry.done)) await this.finish(entry);
      else await this.discard(entry);
    }
  }

  /** Removes temporary files after an error. */
  async abandon(): Promise<void> {
    for (const entry of this.entries.splice(0)) await this.discard(entry).catch(() => undefined);
  }

  private async flush(entry: Entry): Promise<void> {
    if (!entry.file.output) return;
    try {
      if (!entry.handle) {
        const output = entry.file.output;
        const directory = path.dirname(output);
        if (!this.madeDirectories.has(directory)) {
          await fs.promises.mkdir(directory, { recursive: true });
          this.madeDirectories.add(directory);
        }
        entry.temporary = path.join(path.dirname(output), `.${path.basename(output)}.factx-tmp`);
        entry.handle = await fs.promises.open(entry.temporary, 'w');
      }
      const text = entry.pending;
      entry.pending = '';
      if (text) await entry.handle.write(text);
    } catch (error) {
      throw new OutputDirError(`cannot write ${entry.temporary ?? entry.file.output}: ${describeError(error)}`);
    }
  }

  private async finish(entry: Entry): Promise<void> {
    if (!entry.file.output) return;
    entry.formatter ??= this.newFormatter();
    if (!entry.handle && !entry.pending) entry.pending = entry.formatter.head();
    entry.pending += entry.formatter.tail();
    await this.flush(entry);
    try {
      await entry.handle!.close();
      entry.handle = null;
      await fs.promises.rename(entry.temporary!, entry.file.output);
      this.written++;
    } catch (error) {
      throw new OutputDirError(`cannot write ${entry.file.output}: ${describeError(error)}`);
    }
  }

  private async discard(entry: Entry): Promise<void> {
    if (entry.handle) await entry.handle.close();
    entry.handle = null;
    if (entry.temporary) await fs.promises.rm(entry.temporary, { force: true });
  }
}
