import type { Writable } from 'node:stream';

/** Thrown when stdout's reader went away (`| head`): the run ends quietly with exit 0. */
export class ClosedOutput extends Error {
  constructor() {
    super('output closed');
  }
}

/** Any other failure to write stdout (a full disk, an I/O error): one line on stderr, exit 2. */
export class OutputError extends Error {
  constructor(cause: Error) {
    super(`cannot write output: ${cause.message}`);
    this.name = 'OutputError';
  }
}

/** Output waiting to be written is written at once from this size. */
const flushAt = 64 * 1024;

/**
 * Writes to a stream, honouring backpressure; a closed pipe (EPIPE) becomes ClosedOutput,
 * any other write error becomes OutputError for the caller to report.
 *
 * Chunks are gathered and written together: when 64 KB are waiting, or as soon as the run stops
 * to wait for input (a `setImmediate`, which runs only then), or at `flush()`. Writes to a file
 * or a pipe are system calls, and a run of one-record chunks (documents processed in the main
 * thread) spent 3-7% of its time in them; a streaming reader still gets each record once the
 * input in hand is processed.
 */
export class OutputWriter {
  private error: Error | null = null;
  private closed = false;
  private pending = '';
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.error = error;
    });
  }

  async write(chunk: string): Promise<void> {
    this.check();
    this.pending += chunk;
    if (this.pending.length >= flushAt) await this.flush();
    // a failure of this write surfaces at the next write or flush
    else this.scheduled ??= setImmediate(() => void this.flush().catch(() => undefined));
  }

  /** Write what is waiting, and wait while the stream's buffer is full. */
  async flush(): Promise<void> {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    const chunk = this.pending;
    this.pending = '';
    this.check();
    if (chunk && !this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('error', done);
        this.stream.once('close', done);
      });
    }
    this.check();
  }

  private check(): void {
    if (this.closed) throw new ClosedOutput();
    if (this.error) throw new OutputError(this.error);
  }
}
