// The worker pool (the built one: workers load dist/cli/worker.js). A worker that runs out of
// memory or overruns its time costs only the document that caused it; order and count are kept.
import { describe, expect, test } from 'vitest';
import { documentWork, processInOrder, workerThreshold, type WorkerLimits } from '../dist/cli/pool.js';
import type { InputDocument } from '../dist/cli/inputs.js';

const settings = { referenceDate: '2024-05-23', only: null, emitText: false };
const sentence = 'Five people were killed in Kharkiv on Monday, said Governor Oleh Syniehubov. ';

function documents(count: number, heavy: ReadonlyMap<number, string>): InputDocument[] {
  return Array.from({ length: count }, (_, i) => ({ id: `doc-${i}`, text: heavy.get(i) ?? sentence.repeat(1 + (i % 40)), date: null, html: false, warnings: [] }));
}

async function run(input: InputDocument[], jobs: number, limits: WorkerLimits) {
  async function* source() {
    yield* input;
  }
  const records: { id: string; error?: { code: string; message: string }; casualties: unknown[] }[] = [];
  let failures = 0;
  for await (const batch of processInOrder(source(), settings, jobs, limits)) {
    failures += batch.failures;
    records.push(...batch.records.map((line) => JSON.parse(line)));
  }
  return { records, failures };
}

describe('worker pool failures cost one document', () => {
  test('a document that exhausts a worker\'s memory gets an out_of_memory record; its batch-mates and the rest come out', async () => {
    const input = documents(80, new Map([[37, sentence.repeat(200_000)]]));
    const { records, failures } = await run(input, 2, { timeoutMs: 120_000, timeoutMsPerMegabyte: 0, maxHeapMegabytes: 96 });
    expect(records.map((r) => r.id)).toEqual(input.map((d) => d.id));
    expect(failures).toBe(1);
    expect(records[37]!.error?.code).toBe('out_of_memory');
    expect(records[37]!.error?.message).toContain('doc-37');
    expect(records[36]!.casualties.length).toBeGreaterThan(0);
    expect(records[38]!.casualties.length).toBeGreaterThan(0);
  }, 120_000);

  test('a document that overruns its time gets a timeout record; the others come out', async () => {
    // ~23 MB: minutes of work against a 5 s allowance, so the outcome does not depend on the machine's speed
    const input = documents(40, new Map([[0, sentence.repeat(300_000)]]));
    const { records, failures } = await run(input, 2, { timeoutMs: 5_000, timeoutMsPerMegabyte: 0, maxHeapMegabytes: null });
    expect(records.map((r) => r.id)).toEqual(input.map((d) => d.id));
    expect(failures).toBe(1);
    expect(records[0]!.error?.code).toBe('timeout');
    expect(records.filter((r) => !r.error).every((r) => r.casualties.length > 0)).toBe(true);
  }, 120_000);
});

describe('workers only for inputs worth them', () => {
  // a 1 ms allowance: only a document run in a worker can overrun it (a worker takes longer to start)
  const limits = { timeoutMs: 1, timeoutMsPerMegabyte: 0, maxHeapMegabytes: null };
  const work = (input: InputDocument[]) => input.reduce((n, d) => n + d.text.length + documentWork, 0);

  test('an input with less work than the threshold is processed in this thread', async () => {
    const input = documents(2, new Map([[0, sentence.repeat(2_000)], [1, sentence.repeat(2_000)]]));
    expect(work(input)).toBeLessThan(workerThreshold);
    const { records, failures } = await run(input, 2, limits);
    expect(failures).toBe(0);
    expect(records.every((r) => r.casualties.length > 0)).toBe(true);
  }, 60_000);

  test('an input with more goes to the workers', async () => {
    const input = documents(2, new Map([[0, sentence.repeat(7_000)], [1, sentence.repeat(7_000)]]));
    expect(work(input)).toBeGreaterThan(workerThreshold);
    const { records, failures } = await run(input, 2, limits);
    expect(failures).toBe(2);
    expect(records.map((r) => r.error?.code)).toEqual(['timeout', 'timeout']);
  }, 60_000);
});
