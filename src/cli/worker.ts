// Worker thread entry: processes batches of documents and posts back serialized records.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputDocument } from './inputs.js';
import { processBatch, type ProcessSettings } from './process.js';

export interface BatchRequest {
  sequence: number;
  documents: InputDocument[];
}

export interface BatchResult {
  sequence: number;
  records: string[];
  failures: number;
}

const settings = workerData as ProcessSettings;

parentPort?.on('message', (request: BatchRequest) => {
  const { records, failures } = processBatch(request.documents, settings);
  parentPort?.postMessage({ sequence: request.sequence, records, failures } satisfies BatchResult);
});
