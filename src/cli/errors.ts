/** A problem with one document: it still gets a record, with this code and message. */
export class DocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** A problem with how factx was invoked: one line on stderr, exit code 1. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
