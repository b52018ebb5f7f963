// Worker thread entry: processes batches of documents and posts back serialized records.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputDocument } from './inputs.js';
import { processDocument, type ProcessSettings } from './process.js';

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
  let failures = 0;
  const records = request.documents.map((document) => {
    const record = processDocument(document, settings);
    if (record.error) failures++;
    return JSON.stringify(record);
  });
  parentPort?.postMessage({ sequence: request.sequence, records, failures } satisfies BatchResult);
});
