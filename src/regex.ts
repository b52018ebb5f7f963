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
  // one pass with a literal start (\s{), which V8 finds by skipping, not by trying every index
  return source.replace(/\\s\{(\d),(\d)\}/g, (run: string, min: string, max: string, at: number) =>
    isLowerAscii(source.charCodeAt(at - 1)) && isLowerAscii(source.charCodeAt(at + run.length)) ? `[\\s]{${min},${max}}` : `(?:\\s()){${min},${max}}`,
  );
}

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** A pattern whose whitespace runs are written as loops (`loopedWhitespace`). */
export const loopedPattern = (source: string, flags?: string): RegExp => new RegExp(loopedWhitespace(source), flags);

/** Characters with a meaning in a pattern source outside classes; everything else matches itself. */
const syntax = /[\\()[|?*+{^$]/g;

/**
 * The most UTF-16 code units a pattern source can match: Infinity when it has an unbounded
 * quantifier (`*`, `+`, `{n,}`) or a back-reference. Lookarounds and anchors match nothing.
 * Reads the syntax the rules use (groups, classes, escapes, alternation, quantifiers); runs of
 * plain characters (the word lists) are skipped with one search, not read character by character.
 */
export function maxLength(source: string): number {
  let i = 0;
  // a sequence of alternatives up to the closing parenthesis (or the end)
  const alternatives = (): number => {
    let best = 0;
    let current = 0;
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        best = Math.max(best, current);
        current = 0;
        i++;
        continue;
      }
      // plain characters up to the next bit of syntax: all but the last count once each (the
      // last may carry a quantifier, so it is read as an atom)
      syntax.lastIndex = i;
      const next = syntax.exec(source);
      const runEnd = next ? next.index : source.length;
      if (runEnd - i > 1) {
        current += runEnd - i - 1;
        i = runEnd - 1;
      }
      current += quantified(atom());
    }
    return Math.max(best, current);
  };
  const atom = (): number => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let zero = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (zero = true);
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (zero = true);
      else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternatives();
      i++; // ')'
      return zero ? 0 : inner;
    }
    if (c === '[') {
      i = classEnd(source, i) + 1;
      return 1;
    }
    if (c === '\\') {
      const e = source[i + 1]!;
      i += 2;
      if (e === 'b' || e === 'B') return 0;
      if (/[1-9]/.test(e) || e === 'k') return Infinity;
      if (e === 'u' && source[i] === '{') i = source.indexOf('}', i) + 1;
      else if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      else if ((e === 'p' || e === 'P') && source[i] === '{') i = source.indexOf('}', i) + 1;
      return 1;
    }
    i++;
    return c === '^' || c === '$' ? 0 : 1;
  };
  const quantified = (length: number): number => {
    const c = source[i];
    let times = 1;
    if (c === '?') (times = 1), i++;
    else if (c === '*' || c === '+') (times = Infinity), i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 12));
      if (m) {
        times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
        i += m[0].length;
      } else return length; // a literal brace
    } else return length;
    if (source[i] === '?') i++; // lazy
    return length === 0 ? 0 : length * times;
  };
  const total = alternatives();
  if (i < source.length) throw new Error(`maxLength: unbalanced ')' at ${i} in ${source.slice(0, 60)}`);
  return total;
}

/** The index of the `]` that closes the class opening at `open`. */
function classEnd(source: string, open: number): number {
  let j = open + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j;
}

/**
 * Where a rule's matches can be: every match holds a match of `pattern` (the rule's one required
 * part: a month name, a unit word) that begins at most `reach` code units after the match begins.
 */
export interface Anchor {
  /** The required part, as a global pattern. */
  pattern: RegExp;
  /** The longest stretch a match can have before the required part. */
  reach: number;
  /** Whether a match may begin at index i (what the rule's own left lookbehind asks, said cheaply). */
  startable?: (text: string, i: number) => boolean;
}

/** Parentheses, classes, escapes and alternatives: what decides a pattern's structure. */
const structure = /[\\()[|]/g;

/**
 * The anchor of a rule at its named group `group`: the group must be a required part of the
 * pattern (at the top level, with no alternative without it, no quantifier after it). The group's
 * own pattern finds where it can be; the reach is the longest text the pattern can match before it.
 */
export function anchorAt(pattern: RegExp, group: string, startable?: Anchor['startable']): Anchor {
  const source = pattern.source;
  const open = source.indexOf(`(?<${group}>`);
  if (open < 0) throw new Error(`anchorAt: no group ${group} in ${source.slice(0, 60)}`);
  let depth = 0;
  let close = -1;
  let openDepth = -1;
  let alternative = false; // an alternative at the top level: the group may not be in every match
  structure.lastIndex = 0;
  for (let m = structure.exec(source); m; m = structure.exec(source)) {
    const at = m.index;
    const c = source[at];
    if (c === '\\') structure.lastIndex = at + 2;
    else if (c === '[') structure.lastIndex = classEnd(source, at) + 1;
    else if (c === '(') {
      if (at === open) openDepth = depth;
      depth++;
    } else if (c === ')') {
      depth--;
      if (at > open && close < 0 && depth === openDepth) close = at;
    } else if (depth === 0) alternative = true;
  }
  if (openDepth !== 0 || alternative) throw new Error(`anchorAt: group ${group} is not a required part of the pattern`);
  if (/^[?*{]/.test(source.slice(close + 1, close + 2))) throw new Error(`anchorAt: group ${group} is optional`);
  const reach = maxLength(source.slice(0, open));
  if (!Number.isFinite(reach)) throw new Error(`anchorAt: unbounded text before group ${group}`);
  const inner = source.slice(open + group.length + 4, close);
  return { pattern: new RegExp(inner, pattern.flags.replace(/[gy]/g, '') + 'g'), reach, startable };
}

/**
 * Every match of a global `pattern` in `text`, as `pattern.exec` in a loop finds them (an empty
 * match moves on by one), but tried only where an anchor allows: at the indices up to `reach`
 * before each place the anchor's pattern matches, with a sticky copy of the rule. The global scan
 * tries every index of the text; where a rule's required part is rare, this tries a few hundred.
 * The matches are the same, because a match must begin within reach before its required part, and
 * indices are tried in increasing order from the end of the previous match, as the scan does.
 */
export function anchoredMatches(sticky: RegExp, anchor: Anchor, text: string, hits = anchorHits(anchor.pattern, text)): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const startable = anchor.startable;
  let next = 0; // indices below this are tried or covered by a match
  for (const at of hits) {
    for (let i = Math.max(next, at - anchor.reach); i <= at; ) {
      if (startable && !startable(text, i)) {
        i++;
        continue;
      }
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (!m) {
        i++;
        continue;
      }
      out.push(m);
      i = m[0].length ? i + m[0].length : i + 1;
      next = i;
    }
    next = Math.max(next, at + 1);
  }
  return out;
}

/** Every index where a global pattern matches, overlapping matches included, in order. */
export function anchorHits(pattern: RegExp, text: string): number[] {
  const hits: number[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    hits.push(hit.index);
    pattern.lastIndex = hit.index + 1;
  }
  return hits;
}

/** A sticky copy of a global pattern, for `anchoredMatches`. */
export const stickyCopy = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
