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

/**
 * Writes to a stream, honouring backpressure; a closed pipe (EPIPE) becomes ClosedOutput,
 * any other write error becomes OutputError for the caller to report.
 */
export class OutputWriter {
  private error: Error | null = null;
  private closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.error = error;
    });
  }

  async write(chunk: string): Promise<void> {
    this.check();
    if (!this.stream.write(chunk)) {
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
