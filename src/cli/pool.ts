import { Worker } from 'node:worker_threads';
import type { InputDocument } from './inputs.js';
import { processBatch, type ProcessSettings } from './process.js';
import type { BatchRequest, BatchResult } from './worker.js';

export type ProcessedBatch = ReturnType<typeof processBatch>;

/** Documents per batch sent to a worker, and the bytes after which a batch is sent early. */
const batchDocuments = 32;
const batchBytes = 256 * 1024;
/** Input is buffered up to this before worker threads are started (small runs stay in-process). */
const inlineThresholdBytes = 64 * 1024;
const inlineThresholdDocuments = 8;

/**
 * Runs documents through `jobs` worker threads and yields results in input order. At most
 * 2 batches per worker are in flight, so memory stays bounded and the input is read only as
 * fast as the workers consume it. Small inputs are processed in this thread: starting workers
 * would cost more than the work.
 */
export async function* processInOrder(
  documents: AsyncIterable<InputDocument>,
  settings: ProcessSettings,
  jobs: number,
): AsyncGenerator<ProcessedBatch> {
  const iterator = documents[Symbol.asyncIterator]();
  try {
    // read ahead to decide whether workers are worth starting
    const head: InputDocument[] = [];
    let headBytes = 0;
    let exhausted = false;
    while (jobs > 1 && headBytes < inlineThresholdBytes && head.length < inlineThresholdDocuments) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.text.length;
    }
    const all = prepend(head, iterator);
    if (jobs <= 1 || exhausted) {
      for await (const document of all) yield processBatch([document], settings);
      return;
    }
    yield* processWithWorkers(all, settings, jobs);
  } finally {
    // the consumer may stop early (closed stdout, interrupt): close the input too
    await iterator.return?.();
  }
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* batches(documents: AsyncIterable<InputDocument>): AsyncGenerator<InputDocument[]> {
  let batch: InputDocument[] = [];
  let bytes = 0;
  for await (const document of documents) {
    batch.push(document);
    bytes += document.text.length;
    if (batch.length >= batchDocuments || bytes >= batchBytes) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

async function* processWithWorkers(
  documents: AsyncIterable<InputDocument>,
  settings: ProcessSettings,
  jobs: number,
): AsyncGenerator<ProcessedBatch> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: settings }));
  const idle: Worker[] = [...workers];
  const results = new Map<number, ProcessedBatch>();
  const inFlight = new Map<number, { worker: Worker; documents: InputDocument[] }>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  for (const worker of workers) {
    worker.on('message', (result: BatchResult) => {
      inFlight.delete(result.sequence);
      results.set(result.sequence, { records: result.records, failures: result.failures });
      idle.push(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }
  const waitForEvent = () => new Promise<void>((resolve) => (wake = resolve));
  let sent = 0;
  let emitted = 0;
  const source = batches(documents)[Symbol.asyncIterator]();
  let sourceDone = false;
  try {
    while (!sourceDone || emitted < sent) {
      // fill idle workers, keeping at most 2 batches per worker between sending and emitting
      while (!sourceDone && idle.length > 0 && sent - emitted < jobs * 2) {
        const next = await source.next();
        if (next.done) {
          sourceDone = true;
          break;
        }
        const worker = idle.pop()!;
        inFlight.set(sent, { worker, documents: next.value });
        worker.postMessage({ sequence: sent, documents: next.value } satisfies BatchRequest);
        sent++;
      }
      while (results.has(emitted)) {
        const result = results.get(emitted)!;
        results.delete(emitted);
        emitted++;
        yield result;
      }
      if (failure) throw failure;
      if (sourceDone && emitted === sent) break;
      const canSend = !sourceDone && idle.length > 0 && sent - emitted < jobs * 2;
      if (!canSend && !results.has(emitted)) await waitForEvent();
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

