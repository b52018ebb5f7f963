import fs from 'node:fs';
import type { Params } from 'cli-progress';
import { formatRate } from './run-summary.js';

/** A progress line on a terminal: done/total (when known), documents/s, ETA. */
export interface Progress {
  update(done: number): void;
  /** The total number of documents, once known (it may become known after the run started). */
  setTotal(total: number): void;
  /** A message line printed above the progress line. */
  log(line: string): void;
  /** Clears the progress line. */
  stop(): void;
}

const barWidth = 20;

export const formatDuration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

/** The text of the progress line (exported for tests of its wording). */
export function progressLine(done: number, total: number | null, seconds: number, width = 80): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const parts: string[] = [];
  if (total !== null && total > 0) {
    const shown = Math.min(done, total);
    const filled = Math.round((shown / total) * barWidth);
    parts.push(`${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${shown}/${total} documents`);
    parts.push(`${formatRate(done, seconds)} documents/s`);
    parts.push(rate > 0 ? `ETA ${formatDuration((total - shown) / rate)}` : 'ETA ?');
  } else {
    parts.push(`${done} documents`, `${formatRate(done, seconds)} documents/s`, formatDuration(seconds));
  }
  const line = `factx ${parts.join(' · ')}`;
  return line.length >= width ? line.slice(0, Math.max(10, width - 1)) : line;
}

/** Progress drawn by cli-progress (loaded only when a progress line is shown). */
export async function startProgress(stream: NodeJS.WriteStream): Promise<Progress> {
  const { MultiBar } = (await import('cli-progress')).default;
  const started = Date.now();
  let total: number | null = null;
  const multibar = new MultiBar({
    stream,
    fps: 5,
    clearOnComplete: true,
    hideCursor: false,
    gracefulExit: false,
    format: (_options: unknown, params: Params) => progressLine(params.value, total, (Date.now() - started) / 1000, params.maxWidth),
  });
  const bar = multibar.create(1, 0);
  let stopped = false;
  return {
    update: (done) => bar.update(done),
    setTotal: (n) => {
      total = n;
      bar.setTotal(Math.max(1, n));
    },
    log: (line) => multibar.log(line.endsWith('\n') ? line : line + '\n'),
    stop: () => {
      if (stopped) return;
      stopped = true;
      multibar.update(); // flush logged lines before clearing the bar
      multibar.stop();
    },
  };
}

/**
 * Counts the lines of NDJSON files in the background (fast byte scan), so a progress line can
 * show a total and an ETA for them too. Resolves null when a file cannot be read.
 */
export function countLines(files: readonly string[], signal: AbortSignal): Promise<number | null> {
  return files.reduce<Promise<number | null>>(async (previous, file) => {
    const sum = await previous;
    if (sum === null || signal.aborted) return null;
    try {
      let lines = 0;
      let last = 0x0a;
      for await (const chunk of fs.createReadStream(file, { signal }) as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
        if (chunk.length) last = chunk[chunk.length - 1]!;
      }
      return sum + lines + (last === 0x0a ? 0 : 1);
    } catch {
      return null;
    }
  }, Promise.resolve(0));
}
