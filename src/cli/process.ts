import { extract, type Extraction, type FactKind, type Warning } from '../index.js';
import { describeError } from './errors.js';
import { htmlToText } from './html.js';
import type { InputDocument } from './inputs.js';

/** What every document of a run is processed with (plain data: it crosses to worker threads). */
export interface ProcessSettings {
  referenceDate: string | null;
  only: FactKind[] | null;
  emitText: boolean;
}

export interface OutputRecord extends Extraction {
  id: string;
  text?: string;
  error?: { code: string; message: string };
}

const emptyExtraction = (referenceDate: string | null): Extraction => ({
  referenceDate,
  dates: [],
  places: [],
  casualties: [],
  officials: [],
  summary: { killed: null, injured: null, missing: null, displaced: null },
});

/** The record of a document that could not be processed: empty fact lists and the error. */
const errorRecord = (input: InputDocument, referenceDate: string | null, error: { code: string; message: string }): OutputRecord => ({
  id: input.id,
  ...emptyExtraction(referenceDate),
  error,
});

/** One input document -> its output record. Never throws: failures become error records. */
export function processDocument(input: InputDocument, settings: ProcessSettings): OutputRecord {
  const referenceDate = input.date ?? settings.referenceDate;
  if (input.error) return errorRecord(input, referenceDate, input.error);
  let text = input.text;
  try {
    if (input.html) text = htmlToText(text);
    const options = settings.only ? { referenceDate, only: settings.only } : { referenceDate };
    const extraction = extract(text, options);
    const warnings: Warning[] = [...input.warnings, ...(extraction.warnings ?? [])];
    const record: OutputRecord = { id: input.id, ...extraction };
    delete record.warnings;
    if (warnings.length) record.warnings = warnings;
    if (settings.emitText) record.text = text;
    return record;
  } catch (error) {
    return errorRecord(input, referenceDate, { code: 'extraction_failed', message: `${input.id}: ${describeError(error)}` });
  }
}

/** The serialized error record of a document whose processing failed outside extract() (a worker crash, a timeout). */
export function failedRecord(input: InputDocument, settings: ProcessSettings, failure: { code: string; message: string }): string {
  return JSON.stringify(errorRecord(input, input.date ?? settings.referenceDate, { code: failure.code, message: `${input.id}: ${failure.message}` }));
}

/** A batch of documents -> their serialized records, in order, and how many failed. */
export function processBatch(documents: readonly InputDocument[], settings: ProcessSettings): { records: string[]; failures: number } {
  let failures = 0;
  const records = documents.map((document) => {
    const record = processDocument(document, settings);
    if (record.error) failures++;
    return JSON.stringify(record);
  });
  return { records, failures };
}
