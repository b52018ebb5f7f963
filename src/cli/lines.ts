// The lines of a byte stream (NDJSON input), read in bounded memory.
//
// Lines end at "\n", "\r\n" or a lone "\r", as node's readline splits them, and are decoded as
// UTF-8 (an invalid sequence becomes U+FFFD). Unlike readline, a line is never held whole when it
// is longer than the caller accepts: past three bytes per allowed character it cannot decode to
// an allowed line, so its bytes are counted and dropped until it ends. readline kept every line
// whole, and one line longer than the longest string V8 can make (~512 MiB) threw inside the
// stream and ended the process.

const LF = 0x0a;
const CR = 0x0d;

/** A line over the limit, given back without its text. */
export interface LongLine {
  /** Its length in UTF-8 bytes. */
  bytes: number;
  /** Its length in characters (UTF-16 code units) when it was decoded to be measured, else null. */
  characters: number | null;
}

/**
 * Each line of `chunks` as a string, or as a `LongLine` when it is longer than `maxCharacters`.
 * Memory stays within about three bytes per allowed character, whatever the input holds. An empty
 * last line (the input ends with a line break) is not given. A byte-order mark opening the input
 * (Windows tools write one) is not part of the first line.
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxCharacters: number): AsyncGenerator<string | LongLine> {
  let first = true;
  for await (const line of splitLines(chunks, maxCharacters)) {
    yield first && typeof line === 'string' && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    first = false;
  }
}

async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxCharacters: number): AsyncGenerator<string | LongLine> {
  // a line's UTF-8 form takes at most 3 bytes per UTF-16 code unit (an invalid byte decodes to one unit)
  const maxBytes = 3 * maxCharacters;
  /** The current line's bytes seen so far, kept while it may still be accepted. */
  let pieces: Buffer[] = [];
  let bytes = 0;
  let dropping = false;
  /** The previous chunk ended with "\r": a "\n" opening this one ends no further line. */
  let afterCR = false;

  const take = (chunk: Buffer, from: number, to: number): void => {
    if (to === from) return;
    bytes += to - from;
    if (dropping) return;
    if (bytes > maxBytes) {
      dropping = true;
      pieces = [];
      return;
    }
    pieces.push(chunk.subarray(from, to));
  };
  /** A decoded line of `size` bytes, or its measure when it is over the limit. */
  const accepted = (line: string, size: number): string | LongLine => (line.length > maxCharacters ? { bytes: size, characters: line.length } : line);
  const finish = (): string | LongLine => {
    const done = dropping
      ? { bytes, characters: null }
      : accepted(pieces.length === 1 ? pieces[0]!.toString('utf8') : Buffer.concat(pieces, bytes).toString('utf8'), bytes);
    pieces = [];
    bytes = 0;
    dropping = false;
    return done;
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let at = 0;
    if (afterCR && chunk.length > 0) {
      if (chunk[at] === LF) at++;
      afterCR = false;
    }
    // the next "\n" and "\r" at or after `at`, each searched again only once it is passed
    let nextLF = chunk.indexOf(LF, at);
    let nextCR = chunk.indexOf(CR, at);
    while (at < chunk.length) {
      if (nextLF !== -1 && nextLF < at) nextLF = chunk.indexOf(LF, at);
      if (nextCR !== -1 && nextCR < at) nextCR = chunk.indexOf(CR, at);
      const end = nextLF === -1 ? nextCR : nextCR === -1 ? nextLF : Math.min(nextLF, nextCR);
      if (end === -1) {
        take(chunk, at, chunk.length);
        break;
      }
      if (bytes === 0 && end - at <= maxBytes) {
        // the whole line is in this chunk: decode it in place
        yield accepted(chunk.toString('utf8', at, end), end - at);
      } else {
        take(chunk, at, end);
        yield finish();
      }
      at = end + 1;
      if (chunk[end] === CR) {
        if (at === chunk.length) afterCR = true;
        else if (chunk[at] === LF) at++;
      }
    }
  }
  if (bytes > 0) yield finish();
}
