// Finding date candidates: every rule runs over the text; overlapping candidates compete
// (longest span first, then the earlier rule), so "Friday, Oct. 13, 1989" beats "Friday".
import type { Groups } from './normalize.js';
import { afterBoundary, dateRules, leftBoundarySource, type DateRule } from './rules.js';
import { findDatelineSpans } from './dateline.js';
import { anchorAt, anchoredMatches, anchorHits, stickyCopy, type Anchor } from '../../regex.js';

export interface DateCandidate {
  rule: DateRule;
  start: number;
  end: number;
  groups: Groups;
}

/**
 * Anchored scans cost a compiled pattern per required part (1-3 ms each, once per process) and
 * save a full scan per rule on every article: they pay off over volume, not on one short article.
 * A process scans its first `anchorsAfter` characters in full, and anchors after that.
 */
const anchorsAfter = 100_000;
let charactersScanned = 0;

export function findDateCandidates(text: string, rules: readonly DateRule[] = dateRules, anchored = charactersScanned >= anchorsAfter): DateCandidate[] {
  charactersScanned += text.length;
  const all: (DateCandidate & { order: number })[] = [];
  const hitsOf = new Map<string, number[]>(); // rules with the same required part share its hits
  rules.forEach((rule, order) => {
    if (rule.trigger && !rule.trigger.test(text)) return;
    for (const m of anchored ? matchesOf(rule, text, hitsOf) : scan(rule.pattern, text)) {
      if (m[0].length === 0) continue;
      let end = m.index + m[0].length;
      while (end > m.index && /\s/.test(text[end - 1]!)) end--;
      const groups: Record<string, string | undefined> = { ...(m.groups ?? {}), 0: text.slice(m.index, end) };
      if (rule.accept && !rule.accept(text, m.index, end, groups)) continue;
      all.push({ rule, start: m.index, end, groups, order });
    }
  });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const chosen: DateCandidate[] = [];
  // characters already covered by a chosen (longer) candidate; spans are short, so this is linear
  const taken = new Uint8Array(text.length);
  for (const [start, end] of findDatelineSpans(text)) taken.fill(1, start, end);
  for (const c of all) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push({ rule: c.rule, start: c.start, end: c.end, groups: c.groups });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const anchoredRules = new WeakMap<DateRule, { sticky: RegExp; anchor: Anchor }>();

/** The rule's matches, as its global pattern finds them: near its anchor only, when it has one. */
function matchesOf(rule: DateRule, text: string, hitsOf: Map<string, number[]>): RegExpExecArray[] {
  if (rule.anchor) {
    let a = anchoredRules.get(rule);
    if (!a) {
      const startable = rule.pattern.source.startsWith(leftBoundarySource) ? afterBoundary : undefined;
      a = { sticky: stickyCopy(rule.pattern), anchor: anchorAt(rule.pattern, rule.anchor, startable) };
      anchoredRules.set(rule, a);
    }
    const required = a.anchor.pattern;
    let hits = hitsOf.get(required.source);
    if (!hits) hitsOf.set(required.source, (hits = anchorHits(required, text)));
    return anchoredMatches(a.sticky, a.anchor, text, hits);
  }
  return scan(rule.pattern, text);
}

/** Every match of a global pattern, as `exec` in a loop finds them (an empty match moves on by one). */
function scan(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}
