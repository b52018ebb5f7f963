// First use of a large pattern: have V8 compile it to machine code at once.
//
// V8 runs a new RegExp in its bytecode interpreter first and compiles it to machine code on
// the next execution ("tier-up"), so a large pattern is compiled twice, and for the casualty
// rules (thousands of characters of word lists) the bytecode compile is the slower one (~3x).
// A pattern first executed on a subject of 1,000 characters or more is compiled to machine
// code directly. `primed` runs each pattern once on such a blank subject, which no rule
// matches, before its first real use: a fresh process pays one compile per rule it needs.

const blank = ' '.repeat(1024);
// V8 compiles a pattern separately for one-byte (Latin-1) and two-byte subjects; slices and
// copies of a two-byte text (one with "’" anywhere) are mostly two-byte whatever they hold
const wideBlank = '\u2019' + ' '.repeat(1023);
const done = new WeakSet<RegExp>();
const doneWide = new WeakSet<RegExp>();

/** A subject with characters beyond Latin-1 ("’", "—") is a two-byte string to V8. */
export const isWide = (text: string): boolean => /[^\u0000-\u00ff]/.test(text);

/**
 * The pattern, executed once on a long blank subject the first time it is seen: a one-byte
 * blank, a two-byte one (`wide`), or both (small patterns run on subjects of either kind).
 */
export function primed(pattern: RegExp, wide: boolean | 'both' = 'both'): RegExp {
  if (wide !== true) prime(pattern, done, blank);
  if (wide !== false) prime(pattern, doneWide, wideBlank);
  return pattern;
}

function prime(pattern: RegExp, seen: WeakSet<RegExp>, subject: string): void {
  if (seen.has(pattern)) return;
  seen.add(pattern);
  const last = pattern.lastIndex;
  pattern.lastIndex = 0;
  pattern.exec(subject);
  pattern.lastIndex = last;
}

const letters = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const upper = 'A-Z\\u00C0-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';
const lower = 'a-z\\u00DF-\\u00FF\\u03B1-\\u03C9\\u0430-\\u044F';

/**
 * A pattern with `\\p{L}` / `\\p{Lu}` / `\\p{Ll}` classes written as explicit ranges and without
 * the `u` flag: V8 compiles (case-insensitive) Unicode property classes several times slower.
 */
export function ranged(source: string, flags: string): RegExp {
  const plain = source.replace(/\\p\{Lu\}/g, upper).replace(/\\p\{Ll\}/g, lower).replace(/\\p\{L\}/g, letters);
  return new RegExp(plain, flags.replace('u', ''));
}
