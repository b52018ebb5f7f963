import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const binary = path.join(projectRoot, 'bin/factx.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  records: Record<string, unknown>[];
}

/** Run the built CLI (npm test builds first) the way a user would. */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [binary, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const stdout = result.stdout ?? '';
  return {
    status: result.status,
    stdout,
    stderr: result.stderr ?? '',
    // parsed on first use: --help, --schema and --pretty print something other than NDJSON
    get records() {
      return stdout
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}

/** A fresh temporary directory, removed by the caller's afterAll/afterEach. */
export function temporaryDirectory(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'factx-test-'));
}

interface SpanLike {
  text: string;
  start: number;
  end: number;
}

/** Every span of a record, wherever it sits (facts and mentions). */
export function spansOf(record: Record<string, unknown>): SpanLike[] {
  const spans: SpanLike[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (typeof object.start === 'number' && typeof object.end === 'number' && typeof object.text === 'string')
        spans.push(object as unknown as SpanLike);
      Object.values(object).forEach(visit);
    }
  };
  for (const key of ['dates', 'places', 'casualties', 'officials']) visit(record[key]);
  return spans;
}

/** Every span of a record points into the text (`text === input.slice(start, end)`); returns how many were checked. */
export function expectSpansInText(record: object, text: string): number {
  const spans = spansOf(record as Record<string, unknown>);
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  return spans.length;
}
