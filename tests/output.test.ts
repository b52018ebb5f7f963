import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { ClosedOutput, OutputWriter } from '../src/cli/output.js';

/** A stream that records each write it is given (a system call for stdout). */
function recorder(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes.push(chunk.toString());
      callback();
    },
  });
  return { stream, writes };
}

describe('OutputWriter', () => {
  test('chunks written in one go are gathered into one write, in order', async () => {
    const { stream, writes } = recorder();
    const out = new OutputWriter(stream);
    for (let i = 0; i < 100; i++) await out.write(`record ${i}\n`);
    expect(writes).toEqual([]);
    await out.flush();
    expect(writes).toEqual([Array.from({ length: 100 }, (_, i) => `record ${i}\n`).join('')]);
  });

  test('what is waiting goes out as soon as the run waits for something (a reader sees records promptly)', async () => {
    const { stream, writes } = recorder();
    const out = new OutputWriter(stream);
    await out.write('first\n');
    await new Promise((resolve) => setTimeout(resolve, 5)); // waiting for input
    expect(writes).toEqual(['first\n']);
  });

  test('64 KB waiting are written at once', async () => {
    const { stream, writes } = recorder();
    const out = new OutputWriter(stream);
    const line = 'x'.repeat(1023) + '\n';
    for (let i = 0; i < 64; i++) await out.write(line);
    expect(writes).toEqual([line.repeat(64)]);
  });

  test('a reader that went away ends the run as ClosedOutput', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const out = new OutputWriter(stream);
    await out.write('lost\n');
    await expect(out.flush()).rejects.toBeInstanceOf(ClosedOutput);
  });
});
