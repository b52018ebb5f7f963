// Pattern-source helpers shared by the extractors (they change how fast V8 compiles a pattern,
// never what it matches).

/**
 * `\s{m,n}` written as a loop with an empty capture, `(?:\s()){m,n}`: V8 unrolls short bounded
 * loops without captures into chains of optional nodes, and its analysis of those chains is most of
 * the compile time of long rule patterns (2-3x). Inside a phrase of a word list
 * ("shot\s{1,3}dead"), where the loop costs more than it saves, it stays a plain class. The empty
 * captures add numbered groups: use with patterns whose matches are read by named groups only.
 */
export function loopedWhitespace(source: string): string {
  return source
    .replace(/(?<=[a-z])\\s\{(\d),(\d)\}(?=[a-z])/g, '[\\s]{$1,$2}')
    .replace(/\\s\{(\d),(\d)\}/g, '(?:\\s()){$1,$2}');
}

/** A pattern whose whitespace runs are written as loops (`loopedWhitespace`). */
export const loopedPattern = (source: string, flags?: string): RegExp => new RegExp(loopedWhitespace(source), flags);
