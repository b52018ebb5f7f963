import { factKinds, type FactKind } from '../index.js';
import type { OutputRecord } from './process.js';

/** What a run did, for the progress line and the one-line summary at the end. */
export class RunStats {
  documents = 0;
  failures = 0;
  readonly facts: Record<FactKind, number> = { dates: 0, places: 0, casualties: 0, officials: 0 };
  /** --output-dir: files written, and files skipped by --resume because their output was up to date. */
  filesWritten = 0;
  filesSkipped = 0;
  private readonly started = process.hrtime.bigint();

  constructor(private readonly kinds: readonly FactKind[]) {}

  /** Counts one record (failures are counted by the caller, from the batches). */
  add(record: OutputRecord): void {
    this.documents++;
    if (record.error) return;
    for (const kind of factKinds) this.facts[kind] += record[kind].length;
  }

  /** Seconds since the run started. */
  elapsed(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  /** e.g. `factx: 2188 documents, 0 failed; dates 9120, places 7311, casualties 402, officials 3012; 5.3 s, 413 documents/s` */
  line(outputDir: boolean): string {
    const seconds = this.elapsed();
    const parts = [
      `${this.documents} document${this.documents === 1 ? '' : 's'}, ${this.failures} failed`,
      this.kinds.map((kind) => `${kind} ${this.facts[kind]}`).join(', '),
    ];
    if (outputDir) parts.push(`${this.filesWritten} file${this.filesWritten === 1 ? '' : 's'} written, ${this.filesSkipped} up to date`);
    parts.push(`${seconds.toFixed(1)} s, ${formatRate(this.documents, seconds)} documents/s`);
    return `factx: ${parts.join('; ')}`;
  }
}

export const formatRate = (count: number, seconds: number): string => {
  const rate = seconds > 0 ? count / seconds : 0;
  return rate >= 100 ? String(Math.round(rate)) : rate.toFixed(1);
};
