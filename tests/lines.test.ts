import readline from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readLines, type LongLine } from '../src/cli/lines.js';

async function collect(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, max = 1 << 20): Promise<(string | LongLine)[]> {
  const out: (string | LongLine)[] = [];
  for await (const line of readLines(chunks, max)) out.push(line);
  return out;
}

async function viaReadline(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push(line);
  return out;
}

/** A deterministic generator (mulberry32), so a failing case can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cut `bytes` at random places, inside multi-byte characters and between "\r" and "\n" too. */
function cut(bytes: Buffer, next: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(next() * 12);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe('readLines splits as readline does', () => {
  const pieces = ['{"id":1}', 'Kyiv', 'Zürich', 'Ελλάδα', '東京', '😀', '\r\n', '\n', '\r', '\n\n', '\r\r\n', ' ', '\t', ''];
  test('500 random texts, each cut into random chunks', async () => {
    const next = random(7);
    for (let round = 0; round < 500; round++) {
      const parts: string[] = [];
      const count = Math.floor(next() * 14);
      for (let i = 0; i < count; i++) parts.push(pieces[Math.floor(next() * pieces.length)]!);
      const bytes = Buffer.from(parts.join(''), 'utf8');
      const chunks = cut(bytes, next);
      expect(await collect(chunks), JSON.stringify(parts)).toEqual(await viaReadline(chunks));
    }
  });

  test('the same lines whatever the chunking, for a whole NDJSON text', async () => {
    const text = ['{"id":"a","text":"Two people died in Kyiv."}', '', '{"id":"b","text":"Zürich — 東京"}', '{"id":"c"}'].join('\r\n') + '\n';
    const whole = await collect([Buffer.from(text)]);
    expect(whole).toEqual(['{"id":"a","text":"Two people died in Kyiv."}', '', '{"id":"b","text":"Zürich — 東京"}', '{"id":"c"}']);
    expect(await collect(cut(Buffer.from(text), random(3)))).toEqual(whole);
  });
});

describe('readLines bounds what it holds', () => {
  test('a line over the limit is measured when it can still be decoded', async () => {
    const lines = await collect([Buffer.from('short\n' + 'é'.repeat(30) + '\nnext')], 20);
    expect(lines).toEqual(['short', { bytes: 60, characters: 30 }, 'next']);
  });

  test('a line of at most three bytes per allowed character is decoded, and kept when it fits', async () => {
    // 10 characters of three bytes each: 30 bytes, within the limit of 10 characters
    const lines = await collect(cut(Buffer.from('€'.repeat(10) + '\n'), random(11)), 10);
    expect(lines).toEqual(['€'.repeat(10)]);
  });

  test('past three bytes per allowed character, a line is counted and dropped, not decoded', async () => {
    const lines = await collect(cut(Buffer.from('x'.repeat(100) + '\r\nafter'), random(5)), 20);
    expect(lines).toEqual([{ bytes: 100, characters: null }, 'after']);
  });

  test('a line longer than the longest string V8 can make ends in a record, not a crash', async () => {
    // 600 chunks of 1 MiB without a line break (readline threw "Invalid string length" on this)
    async function* huge(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id":"before"}\n');
      for (let i = 0; i < 600; i++) yield Buffer.alloc(1 << 20, 0x61);
      yield Buffer.from('\n{"id":"after"}\n');
    }
    const lines = await collect(huge(), 64 * 1024 * 1024);
    expect(lines).toEqual(['{"id":"before"}', { bytes: 600 * (1 << 20), characters: null }, '{"id":"after"}']);
  });

  test('a byte-order mark opening the input is not part of the first line', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":1}\n\uFEFF{"id":2}\n')]);
    expect(await collect(cut(bytes, random(9)))).toEqual(['{"id":1}', '\uFEFF{"id":2}']);
  });
});
