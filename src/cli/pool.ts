import { Worker } from 'node:worker_threads';
import type { InputDocument } from './inputs.js';
import { failedRecord, processBatch, type ProcessSettings } from './process.js';
import type { BatchRequest, BatchResult } from './worker.js';

export type ProcessedBatch = ReturnType<typeof processBatch>;

/** How long a worker may take and how much memory it may use before its documents are given up. */
export interface WorkerLimits {
  /** A batch may take this long, plus `timeoutMsPerMegabyte` per MB of text, before its worker is stopped. */
  timeoutMs: number;
  timeoutMsPerMegabyte: number;
  /** V8 old-generation heap limit of each worker, in MB (null: node's default). */
  maxHeapMegabytes: number | null;
}

export const defaultWorkerLimits: WorkerLimits = { timeoutMs: 60_000, timeoutMsPerMegabyte: 30_000, maxHeapMegabytes: null };

/** Documents per batch sent to a worker, and the bytes after which a batch is sent early. */
const batchDocuments = 32;
const batchBytes = 256 * 1024;
/**
 * How much work an input must hold before worker threads are worth starting, in characters of
 * text plus `documentWork` per document (each document costs about that much on its own). Every
 * worker is a fresh V8 isolate that pays factx's one-off cost again (compiling the patterns,
 * compromise's tagger, cold code: about half a second over the first few hundred articles) and
 * takes ~0.3 s to start, so on 2 cores `--jobs 2` only overtakes `--jobs 1` past about 1,000
 * one-line reports or 400 news articles (measured on the BBC corpus: 200 articles 1.05 s in this
 * thread against 1.2 s in two workers; 800 articles 2.1-2.35 s against 2.0-2.25 s).
 */
export const workerThreshold = 1_000_000;
export const documentWork = 700;
/** Reading ahead stops after this long: a slow stream goes to the workers, as a large one does. */
const readAheadMs = 200;

/**
 * Runs documents through `jobs` worker threads and yields results in input order. At most
 * 2 batches per worker are in flight, so memory stays bounded and the input is read only as
 * fast as the workers consume it. Inputs under `workerThreshold` that arrive within
 * `readAheadMs`, and every input with `jobs` 1, are processed in this thread: starting workers
 * would cost more than they save. A worker that crashes, runs out of memory or overruns its time
 * costs only the document that caused it (an error record); the run goes on.
 */
export async function* processInOrder(
  documents: AsyncIterable<InputDocument>,
  settings: ProcessSettings,
  jobs: number,
  limits: WorkerLimits = defaultWorkerLimits,
): AsyncGenerator<ProcessedBatch> {
  const iterator = documents[Symbol.asyncIterator]();
  try {
    const ahead: ReadAhead = jobs > 1 ? await readAhead(iterator) : { head: [], pending: null, whole: false };
    const all = prepend(ahead, iterator);
    // --jobs 1 runs in this thread: no worker start-up (it matters to per-chunk mappers such as
    // `parallel --pipe`), at the price of the crash and time isolation that worker threads give
    if (jobs <= 1 || ahead.whole) {
      for await (const document of all) yield processBatch([document], settings);
      return;
    }
    yield* processWithWorkers(all, settings, Math.max(1, jobs), limits);
  } finally {
    // the consumer may stop early (closed stdout, interrupt): close the input too
    await iterator.return?.();
  }
}

interface ReadAhead {
  head: InputDocument[];
  /** The document being read when the time ran out. */
  pending: Promise<IteratorResult<InputDocument>> | null;
  /** The head is the whole input, and it holds less work than `workerThreshold`. */
  whole: boolean;
}

/** Read documents until they hold `workerThreshold` of work, the input ends, or `readAheadMs` has passed. */
async function readAhead(iterator: AsyncIterator<InputDocument>): Promise<ReadAhead> {
  const head: InputDocument[] = [];
  let work = 0;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, readAheadMs, 'late')));
  try {
    while (work < workerThreshold) {
      const pending = iterator.next();
      const next = await Promise.race([pending, late]);
      if (next === 'late') return { head, pending, whole: false };
      if (next.done) return { head, pending: null, whole: true };
      head.push(next.value);
      work += next.value.text.length + documentWork;
    }
    return { head, pending: null, whole: false };
  } finally {
    clearTimeout(timer);
  }
}

async function* prepend(ahead: ReadAhead, rest: AsyncIterator<InputDocument>): AsyncGenerator<InputDocument> {
  yield* ahead.head;
  let next = await (ahead.pending ?? rest.next());
  for (; !next.done; next = await rest.next()) yield next.value;
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

type Outcome = { result: BatchResult } | { failure: { code: string; message: string } };

/**
 * One worker thread running one batch at a time. `run` settles with the batch's result, or with
 * a failure when the thread dies (uncaught error, out of memory) or overruns its time; the thread
 * is then gone and a new WorkerThread must be made.
 */
class WorkerThread {
  private readonly worker: Worker;
  private pending: { settle: (outcome: Outcome) => void; timer: NodeJS.Timeout } | null = null;
  private dead = false;

  constructor(settings: ProcessSettings, limits: WorkerLimits) {
    const workerUrl = new URL('./worker.js', import.meta.url);
    this.worker = new Worker(workerUrl, {
      workerData: settings,
      ...(limits.maxHeapMegabytes ? { resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMegabytes } } : {}),
    });
    this.worker.on('message', (result: BatchResult) => this.settle({ result }));
    this.worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(outOfMemory ? 'out_of_memory' : 'worker_crashed', outOfMemory ? 'ran out of memory' : `worker thread failed: ${error.message}`);
    });
    this.worker.on('exit', (code) => this.fail('worker_crashed', `worker thread exited with code ${code}`));
  }

  run(sequence: number, documents: InputDocument[], timeoutMs: number): Promise<Outcome> {
    return new Promise((settle) => {
      const timer = setTimeout(() => {
        // if this thread was busy past the deadline, the worker's answer may be waiting behind the
        // timer: let pending messages be delivered first (setImmediate runs after the poll phase)
        setImmediate(() => {
          if (this.pending === pending) this.fail('timeout', `not finished after ${(timeoutMs / 1000).toFixed(1)} s`);
        });
      }, timeoutMs);
      const pending = { settle, timer };
      this.pending = pending;
      this.worker.postMessage({ sequence, documents } satisfies BatchRequest);
    });
  }

  private settle(outcome: Outcome) {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.settle(outcome);
  }

  private fail(code: string, message: string) {
    if (this.dead) return;
    this.dead = true;
    this.settle({ failure: { code, message } });
    void this.worker.terminate();
  }

  async close() {
    this.dead = true;
    this.settle({ failure: { code: 'cancelled', message: 'run stopped' } });
    await this.worker.terminate();
  }
}

const timeoutFor = (documents: readonly InputDocument[], limits: WorkerLimits) =>
  limits.timeoutMs + (limits.timeoutMsPerMegabyte * documents.reduce((n, d) => n + d.text.length, 0)) / 1e6;

async function* processWithWorkers(
  documents: AsyncIterable<InputDocument>,
  settings: ProcessSettings,
  jobs: number,
  limits: WorkerLimits,
): AsyncGenerator<ProcessedBatch> {
  const threads = new Set<WorkerThread>();
  const spawn = () => {
    const thread = new WorkerThread(settings, limits);
    threads.add(thread);
    return thread;
  };
  const idle: WorkerThread[] = Array.from({ length: jobs }, spawn);
  const results = new Map<number, ProcessedBatch>();
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  /** After a batch's worker died: run its documents one by one in fresh threads, so only the culprit fails. */
  const isolate = async (batch: InputDocument[]): Promise<ProcessedBatch> => {
    const records: string[] = [];
    let failures = 0;
    let thread: WorkerThread | null = null;
    for (const document of batch) {
      thread ??= spawn();
      const outcome = await thread.run(0, [document], timeoutFor([document], limits));
      if ('result' in outcome) {
        records.push(...outcome.result.records);
        failures += outcome.result.failures;
      } else {
        records.push(failedRecord(document, settings, outcome.failure));
        failures++;
        threads.delete(thread);
        thread = null;
      }
    }
    if (thread) {
      threads.delete(thread);
      await thread.close();
    }
    return { records, failures };
  };

  const dispatch = (thread: WorkerThread, sequence: number, batch: InputDocument[]) => {
    void thread.run(sequence, batch, timeoutFor(batch, limits)).then(async (outcome) => {
      if ('result' in outcome) {
        results.set(sequence, { records: outcome.result.records, failures: outcome.result.failures });
        idle.push(thread);
      } else {
        threads.delete(thread);
        if (outcome.failure.code === 'cancelled') return;
        idle.push(spawn());
        notify();
        results.set(sequence, batch.length === 1 ? { records: [failedRecord(batch[0]!, settings, outcome.failure)], failures: 1 } : await isolate(batch));
      }
      notify();
    });
  };

  const waitForEvent = () => new Promise<void>((resolve) => (wake = resolve));
  let sent = 0;
  let emitted = 0;
  const source = batches(documents)[Symbol.asyncIterator]();
  let sourceDone = false;
  // another batch may go out: input left, a worker idle, at most 2 batches per worker between sending and emitting
  const canSend = () => !sourceDone && idle.length > 0 && sent - emitted < jobs * 2;
  try {
    while (!sourceDone || emitted < sent) {
      while (canSend()) {
        const next = await source.next();
        if (next.done) {
          sourceDone = true;
          break;
        }
        dispatch(idle.pop()!, sent, next.value);
        sent++;
      }
      while (results.has(emitted)) {
        const result = results.get(emitted)!;
        results.delete(emitted);
        emitted++;
        yield result;
      }
      if (sourceDone && emitted === sent) break;
      if (!canSend() && !results.has(emitted)) await waitForEvent();
    }
  } finally {
    await Promise.all([...threads].map((thread) => thread.close()));
  }
}
