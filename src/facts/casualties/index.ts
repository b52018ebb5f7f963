import type { Document } from '../../document.js';
import type { FoundSoFar } from '../../pipeline.js';
import type { CasualtyFact } from '../../types.js';
import { findCandidates, type Candidate } from './find.js';
import { quantityOf, victimsOf } from './parse.js';
import { sportInjuryContext } from '../../lexicon/casualties.js';
import { alternation } from './numbers.js';

const sportContext = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(sportInjuryContext)})(?![\\p{L}])`, 'iu');

/** An injury told in a sports context (the sentence or the one before): not a casualty. */
function sportsInjury(doc: Document, c: Candidate): boolean {
  const here = doc.sentences[c.sentence]?.text ?? '';
  const before = doc.sentences[c.sentence - 1]?.text ?? '';
  return sportContext.test(here) || sportContext.test(before);
}

const overlaps = (a: { itemStart: number; itemEnd: number }, b: { itemStart: number; itemEnd: number }) =>
  a.itemStart < b.itemEnd && b.itemStart < a.itemEnd;

const hasFigure = (c: Candidate) => c.count !== undefined || c.groups.number !== null || c.groups.singular !== null;

/**
 * Keep one reading per counted item: rules earlier in the list win; figures beat figureless
 * groups; a subset reading ("including 3 children") wins only under a governing figure.
 */
function resolve(candidates: Candidate[], text: string): Candidate[] {
  const mains = candidates.filter((c) => !c.rule.subset && !c.rule.companion);
  const kept: Candidate[] = [];
  // figures first, then vague groups; rule order within
  const ordered = [...mains].sort(
    (a, b) => Number(hasFigure(b)) - Number(hasFigure(a)) || 0,
  );
  for (const c of ordered) {
    if (c.rule.weak) continue;
    if (c.count !== undefined) {
      kept.push(c);
      continue;
    }
    if (kept.some((k) => k.count === undefined && overlaps(k, c) && (!c.second || k.kind === c.kind))) continue;
    kept.push(c);
  }
  // weak readings ("was killed" = 1) only where no other rule read the same words
  for (const c of ordered) {
    if (!c.rule.weak) continue;
    if (candidates.some((k) => !k.rule.weak && k.start < c.itemEnd && c.itemStart < k.end)) continue;
    if (kept.some((k) => k.rule.weak && k.start < c.end && c.start < k.end && k.kind === c.kind)) continue;
    kept.push(c);
  }
  // appositive lists: "Six people, two Turks and four Somalis, were killed" (the parts restate the whole)
  const byMatch = new Map<string, Candidate[]>();
  for (const c of kept) {
    const key = `${c.rule.id}:${c.start}`;
    byMatch.set(key, [...(byMatch.get(key) ?? []), c]);
  }
  const restated = new Set<Candidate>();
  for (const group of byMatch.values()) {
    if (group.length < 3) continue;
    // only a general first group is restated by its parts ("Six people, two Turks and four Somalis")
    const head = group[0]!.groups.victims ? text.slice(group[0]!.groups.victims[0], group[0]!.groups.victims[1]).toLowerCase() : '';
    if (head && !/(?:^|\s)(?:people|persons|others|victims|individuals|civilians|casualties)$/.test(head)) continue;
    const values = group.map((c) => quantityOf(c.groups, text, c.count)?.count ?? null);
    const [first, ...rest] = values;
    if (first !== null && first !== undefined && rest.every((v) => v !== null) && rest.reduce((a, b) => a! + b!, 0) === first)
      for (const c of group.slice(1)) restated.add(c);
  }
  // subsets: an item inside another kept match's inclusion, or after a governing figure in the sentence
  const subsets: Candidate[] = [];
  for (const s of candidates.filter((c) => c.rule.subset || c.rule.companion)) {
    const governor =
      kept.find((k) => k.start <= s.itemStart && s.itemEnd <= k.end && !overlaps(k, s) && hasFigure(k)) ??
      [...kept].reverse().find((k) => k.sentence === s.sentence && k.itemEnd <= s.itemStart && hasFigure(k) && k.count === undefined);
    if (!governor || !governor.kind) continue;
    if (subsets.some((x) => overlaps(x, s))) continue;
    // the subset reading replaces a main reading of the same item
    if (s.rule.companion) {
      // a companion adds to its figure, unless another reading already counts the same words
      if (!kept.some((k) => overlaps(k, s))) kept.push({ ...s, kind: governor.kind });
      continue;
    }
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i] !== governor && overlaps(kept[i]!, s)) kept.splice(i, 1);
    subsets.push({ ...s, kind: governor.kind });
  }
  for (const c of restated) {
    kept.splice(kept.indexOf(c), 1);
    subsets.push({ ...c, rule: { ...c.rule, subset: true } });
  }
  return [...kept, ...subsets].sort((a, b) => a.itemStart - b.itemStart || a.start - b.start);
}

/**
 * A figure in a clause dated well before the article ("In December, 44 people were killed"):
 * a DATE fact in the same sentence, within 60 characters, more than 20 days before the reference date.
 */
function otherTime(doc: Document, found: FoundSoFar, c: Candidate): boolean {
  if (!doc.referenceDate || !found.dates) return false;
  const ref = Date.parse(doc.referenceDate);
  const sentence = doc.sentences[c.sentence];
  if (!sentence) return false;
  for (const d of found.dates) {
    if (d.type !== 'DATE' || d.start < sentence.start || d.end > sentence.end) continue;
    if (d.end < c.start - 60 || d.start > c.end + 60) continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d.value);
    if (!m) continue;
    const date = Date.UTC(Number(m[1]), Number(m[2] ?? '12') - 1, Number(m[3] ?? '28'));
    if (ref - date > 20 * 86_400_000) return true;
  }
  return false;
}

export function extractCasualties(doc: Document, found: FoundSoFar): CasualtyFact[] {
  const facts: CasualtyFact[] = [];
  // subsets are read after their list, so that the parts of one list stay next to each other
  const resolved = resolve(findCandidates(doc, found.dates ?? []), doc.text);
  for (const c of resolved) {
    if (!c.kind) continue;
    if (c.kind === 'injured' && sportsInjury(doc, c)) continue;
    const quantity = quantityOf(c.groups, doc.text, c.count);
    if (!quantity) continue;
    const start = c.rule.subset ? c.itemStart : c.start;
    const end = c.rule.subset ? c.itemEnd : c.end;
    const fact: CasualtyFact = {
      kind: c.kind,
      ...quantity,
      ...victimsOf(c.groups, doc.text),
      text: doc.text.slice(start, end),
      start,
      end,
      rule: c.rule.id,
    };
    if (c.rule.subset) fact.subset = true;
    // "Four soldiers and a woman were killed": the parts of one list make one figure (5)
    const previous = facts[facts.length - 1];
    if (previous && !fact.subset && !previous.subset && c.count === undefined && mergeable(previous, fact)) {
      facts[facts.length - 1] = merge(previous, fact);
      continue;
    }
    if (otherTime(doc, found, c)) fact.background = true;
    facts.push(fact);
  }
  return facts;
}

const mergeable = (a: CasualtyFact, b: CasualtyFact) =>
  a.rule === b.rule && a.start === b.start && a.end === b.end && a.kind === b.kind && a.count !== null && b.count !== null;

function merge(a: CasualtyFact, b: CasualtyFact): CasualtyFact {
  const count = a.count! + b.count!;
  const qualifier = a.qualifier === b.qualifier ? a.qualifier : a.qualifier === 'exact' ? b.qualifier : a.qualifier;
  const bounded = qualifier === 'exact' || qualifier === 'at_least' || qualifier === 'more_than';
  return {
    ...a,
    count,
    min: bounded ? count : null,
    max: qualifier === 'exact' ? count : null,
    qualifier: qualifier === 'range' ? 'at_least' : qualifier,
    victims: [a.victims, b.victims].filter(Boolean).join(' and ') || null,
    victimCategory: a.victimCategory === b.victimCategory ? a.victimCategory : 'unknown',
  };
}
