import type { Document } from '../../document.js';
import type { FoundSoFar } from '../../pipeline.js';
import type { CasualtyFact, DateFact } from '../../types.js';
import { SpanIndex } from '../../spans.js';
import { findCandidates, lastWordOf, type Candidate } from './find.js';
import { quantityOf, victimsOf } from './parse.js';
import { sportInjuryContext, survivalContext, violentEventWords } from '../../lexicon/casualties.js';
import { alternation } from './numbers.js';
import { compile, lowered, singularHeadSet, victimHeadCategory } from './patterns.js';
import { primed, ranged } from './prime.js';

const sportContext = ranged(`(?:^|[^\\p{L}])(?:${alternation(sportInjuryContext)})(?![\\p{L}])`, 'iu');

const violentEvent = ranged(`(?:^|[^\\p{L}])(?:${alternation(violentEventWords)})(?![\\p{L}])`, 'iu');

/** An injury told in a sports context (the sentence or the one before): not a casualty, unless the sentence tells of violence. */
function sportsInjury(doc: Document, c: Candidate): boolean {
  const here = doc.sentences[c.sentence]?.text ?? '';
  const before = doc.sentences[c.sentence - 1]?.text ?? '';
  if (primed(violentEvent).test(here)) return false;
  return primed(sportContext).test(here) || primed(sportContext).test(before);
}

const overlaps = (a: { itemStart: number; itemEnd: number }, b: { itemStart: number; itemEnd: number }) =>
  a.itemStart < b.itemEnd && b.itemStart < a.itemEnd;

const hasFigure = (c: Candidate) => c.count !== undefined || c.groups.number !== null || c.groups.singular !== null;

/**
 * Keep one reading per counted item, sentence by sentence: every comparison below is between
 * readings of one sentence (overlapping words, a governing figure in the same sentence), so a
 * long document costs its sentences, not the square of its candidates.
 */
function resolve(candidates: Candidate[], text: string): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const group = bySentence.get(c.sentence);
    if (group) group.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const out: Candidate[] = [];
  for (const sentence of [...bySentence.keys()].sort((a, b) => a - b))
    for (const c of resolveSentence(bySentence.get(sentence)!, text)) out.push(c);
  // (each sentence's readings come sorted, and sentences follow each other: this keeps the order)
  return out.sort((a, b) => a.itemStart - b.itemStart || a.start - b.start);
}

/**
 * Keep one reading per counted item: rules earlier in the list win; figures beat figureless
 * groups; a subset reading ("including 3 children") wins only under a governing figure.
 */
function resolveSentence(candidates: Candidate[], text: string): Candidate[] {
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
    const group = byMatch.get(key);
    if (group) group.push(c);
    else byMatch.set(key, [c]);
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
function otherTime(doc: Document, dates: SpanIndex<DateFact> | null, c: Candidate): boolean {
  if (!doc.referenceDate || !dates) return false;
  const ref = Date.parse(doc.referenceDate);
  const sentence = doc.sentences[c.sentence];
  if (!sentence) return false;
  for (const d of dates.near(c.start - 60, c.end + 60)) {
    if (d.type !== 'DATE' || d.start < sentence.start || d.end > sentence.end) continue;
    if (d.end < c.start - 60 || d.start > c.end + 60) continue;
    if (inOtherClause(doc.text, d, c)) continue;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d.value);
    if (!m) continue;
    const date = Date.UTC(Number(m[1]), Number(m[2] ?? '12') - 1, Number(m[3] ?? '28'));
    if (ref - date > 20 * 86_400_000) return true;
  }
  return false;
}

/**
 * A date that belongs to another clause than the figure: inside a relative clause before it
 * ("Caceres, who won a prize last year, was murdered"), or after a clause boundary that follows
 * it ("12 students who were kidnapped in December have been killed": the date is the kidnapping's).
 */
function inOtherClause(text: string, d: { start: number; end: number }, c: Candidate): boolean {
  if (d.end <= c.start) {
    // the date sits in a relative clause opened after the last comma before it
    const lead = text.slice(Math.max(0, d.start - 80), d.start);
    const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('('));
    if (relativeOpener.test(lead.slice(cut + 1))) return true;
    // or the figure is told in a relative clause of its own: "a riot Monday that killed 13"
    return /(?:^|[^\p{L}])(?:who|which|that)\s{1,3}(?:[a-z]{2,20}\s{1,3})?$/iu.test(text.slice(d.end, c.start));
  }
  // a date inside the figure's words, after a relative pronoun: "12 students who were kidnapped in December have been killed"
  if (d.start < c.end) return relativeOpener.test(text.slice(c.start, d.start));
  // a date after the figure: another clause opens between them ("killed a figure for supporting the May 12 vote")
  const between = text.slice(c.end, d.start);
  return clauseOpener.test(between) || /(?:^|[^\p{L}])for\s{1,3}[a-z]{2,20}ing\s/iu.test(between);
}
const relativeOpener = /(?:^|[^\p{L}])(?:who|whom|whose|which|that|after|before|since|when|while|until)\s/iu;
const clauseOpener = /(?:^|[^\p{L}])(?:who|whom|whose|which|that|after|before|since|when|while|until|than|because)(?![\p{L}])/iu;

export function extractCasualties(doc: Document, found: FoundSoFar): CasualtyFact[] {
  const facts: CasualtyFact[] = [];
  // subsets are read after their list, so that the parts of one list stay next to each other
  const resolved = resolve(shotWithoutSurvivor(doc, findCandidates(doc, found.dates ?? [])), doc.text);
  const dates = found.dates ? new SpanIndex(found.dates.filter((d) => d.type === 'DATE')) : null;
  const named = new NameContext(doc, found);
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
    if (otherTime(doc, dates, c)) fact.background = true;
    facts.push(fact);
  }
  return resolveCaptives(facts.map((f) => withNamedHead(doc, named, f)));
}

const survival = compile(`(?:^|[^\\p{L}])(?:${alternation(survivalContext)})(?![\\p{L}])`, '');

/** The verb "shot" alone before its object: "shot five villagers", "shot a teacher" (not "shot dead"). */
const shotAlone = /^shot\s{1,3}(?!dead|and\s|to\s{1,3}death)/i;
/** A predicate "shot" at the end of a subject reading: "40 villagers were shot". */
const shotLast = /(?<![\p{L}])(?<!fatally\s{1,3})shot$/iu;
/** What may follow a predicate "shot" that tells of a killing: the clause ends, or an agent, a time, a place by a preposition of nearness. */
const shotClauseEnd = /^(?:\s{0,2}[,.;]|\s{1,3}(?:by|on|after|while|when|as|outside|near|multiple|several|twice|once|at\s{1,3}close)(?![\p{L}]))/iu;
/** "the cousin who was shot": a relative clause tells of another person than the event's victims. */
const relativeShot = /(?<![\p{L}])(?:who|that|which)\s{1,3}(?:was|were|had|has|have)(?![\p{L}])/iu;
/** "were shot and wounded", "were shot at": "shot" is no killing there. */
const shotNoKilling = /^\s{1,3}(?:and|at|down|in\s{1,3}(?:the|his|her|their|each|both)\s{1,3}(?:legs?|arms?|foot|feet|hands?|shoulders?|thighs?|knees?))(?![\p{L}])/iu;
/** "shot down a drone", "shot at the crowd": no person hit. */
const shotDownOrAt = /^shot\s{1,3}(?:down|at)(?![\p{L}])/iu;
/** "shot him dead", "shot a farmer to death": the killing is said after the object. */
const deadAfter = /^["”]?\s{1,3}(?:dead|to\s{1,3}death)(?![\p{L}])/iu;
/** "shot in the leg", "shot in both knees": a wound that is no killing. */
const limbWound = /\bin\s{1,3}(?:the|his|her|their|each|both|one)\s{1,3}(?:legs?|arms?|foot|feet|hands?|shoulders?|thighs?|knees?|kneecaps?|ankles?|stomach|abdomen|buttocks?|limbs?)\b/i;

/**
 * Being shot counts as being killed ("X was shot by gunmen", "gunmen shot a teacher") only where
 * the article tells of no other killing and of no wound, hospital or survivor (then "shot" is how
 * the victims died). Elsewhere these readings are dropped before they can hide another one.
 */
function shotWithoutSurvivor(doc: Document, candidates: Candidate[]): Candidate[] {
  const isShot = (c: Candidate) =>
    c.rule.id === 'casualty/was-shot' ||
    (c.rule.kind === 'verb' && c.kind === 'killed' && shotAlone.test(doc.text.slice(c.start, c.start + 30)) && !deadAfter.test(doc.text.slice(c.end, c.end + 16))) ||
    (c.rule.kind === 'pred' && c.kind === 'killed' && shotLast.test(doc.text.slice(c.start, c.end)));
  const shot = candidates.filter(isShot);
  if (!shot.length) return candidates;
  // "was shot" of one person is read by its own rule (which knows "the film was shot"); "were
  // shot and wounded", "were shot at" tell of no killing
  const never = (c: Candidate) =>
    (c.rule.kind === 'pred' &&
      (c.rule.shape === 'one' ||
        shotNoKilling.test(doc.text.slice(c.end, c.end + 12)) ||
        !shotClauseEnd.test(doc.text.slice(c.end, c.end + 12)) ||
        relativeShot.test(doc.text.slice(c.start, c.end)))) ||
    shotDownOrAt.test(doc.text.slice(c.start, c.start + 12));
  const keep =
    !candidates.some((c) => c.kind === 'killed' && !isShot(c)) &&
    !primed(survival).test(lowered(doc.text)) &&
    !shot.some((c) => limbWound.test(doc.text.slice(c.start, c.end + 60)));
  // a perpetrator shot ("bystanders shot the assailant") is no victim of the event
  const perpetrator = (c: Candidate) =>
    c.groups.victims !== null && victimHeadCategory.get(lastWordOf(doc.text.slice(c.groups.victims[0], c.groups.victims[1])).toLowerCase()) === 'perpetrator';
  // (and a figure alone is no person: "shot a 68")
  return candidates.filter(
    (c) =>
      !isShot(c) ||
      (keep && !never(c) && !perpetrator(c) && (c.groups.victims !== null || c.groups.singular !== null)),
  );
}

/** Words that refer back to the people just abducted ("The hostages were killed later"). */
const captiveNouns = /(?:^|\s)(?:hostages|captives|abductees|kidnapped|abducted)$/i;

/**
 * "Assailants abducted four civilians ... The hostages were executed": a figureless group of
 * killed captives is the last kidnapping figure before it (the same people).
 */
function resolveCaptives(facts: CasualtyFact[]): CasualtyFact[] {
  let lastKidnapped: CasualtyFact | null = null;
  return facts.map((f) => {
    if (f.kind === 'kidnapped' && !f.subset && f.count !== null) lastKidnapped = f;
    if (f.kind !== 'killed' || f.count !== null || f.rule !== 'casualty/bare-plural-pred' || !lastKidnapped || f.start < lastKidnapped.end) return f;
    const victims = (f.victims ?? '').toLowerCase();
    const sameHead = lastKidnapped.victims !== null && victims.split(' ').pop() === lastKidnapped.victims.toLowerCase().split(' ').pop();
    if (!captiveNouns.test(victims) && !sameHead) return f;
    const { count, min, max, qualifier } = lastKidnapped;
    return { ...f, count, min, max, qualifier };
  });
}

/** "Samar, a former militant commander, ...": an appositive person noun after a name ("NAME, a/an/the ... noun"). */
const appositionTail = `,\\s{1,3}(?:a|an|the)\\s{1,3}(?:[\\p{L}-]{1,25}\\s{1,3}){0,4}?([\\p{Ll}-]{2,25})(?=[,;.]|\\s{1,3}(?:of|in|at|for|who)\\s)`;
const appositionTails = ranged(appositionTail, 'gu');
const letter = ranged('[\\p{L}]', 'u');
/** An apposition reads at most this many characters after its comma (see appositionTail). */
const appositionReach = 200;

/**
 * The names found before the figures, indexed once per document: officials' mentions by their
 * end, place mentions, and appositions ("Samar, a former commander") by the word before the comma.
 */
class NameContext {
  readonly officialStarts = new Map<number, number[]>();
  readonly places: SpanIndex<{ start: number; end: number }>;
  private appositions: Map<string, { comma: number; head: string }[]> | null = null;

  constructor(
    readonly doc: Document,
    found: FoundSoFar,
  ) {
    for (const o of found.officials ?? [])
      for (const span of o.mentions) {
        const starts = this.officialStarts.get(span.end);
        if (starts) starts.push(span.start);
        else this.officialStarts.set(span.end, [span.start]);
      }
    this.places = new SpanIndex((found.places ?? []).flatMap((p) => p.mentions));
  }

  /** The last official mention (in the officials' order) ending at `end` and starting at or after `from`. */
  officialEndingAt(end: number, from: number): number {
    let start = -1;
    for (const s of this.officialStarts.get(end) ?? []) if (s >= from) start = s;
    return start;
  }

  /** Every apposition tail in the text, under each word ending at its comma. */
  private appositionIndex(): Map<string, { comma: number; head: string }[]> {
    if (this.appositions) return this.appositions;
    const index = new Map<string, { comma: number; head: string }[]>();
    const text = this.doc.text;
    appositionTails.lastIndex = 0;
    for (let m = appositionTails.exec(text); m; m = appositionTails.exec(text)) {
      const comma = m.index;
      // the words a name may end with here: from a start after a non-letter (or the text's start)
      for (let s = comma - 1; s >= 0 && s >= comma - 40 && !/\s/.test(text[s]!); s--) {
        if (s > 0 && letter.test(text[s - 1]!)) continue;
        const key = text.slice(s, comma);
        const list = index.get(key);
        const entry = { comma, head: m[1]! };
        if (list) list.push(entry);
        else index.set(key, [entry]);
      }
    }
    this.appositions = index;
    return index;
  }

  /** "Samar, a former militant commander, ...": the name was introduced earlier with an appositive person noun. */
  introducedAsPerson(name: string, before: number): boolean {
    const last = name.split(/\s{1,3}/).pop()!;
    const text = this.doc.text;
    // the first apposition after this word that ends before `before` (read in the text up to there)
    for (const { comma, head } of this.appositionIndex().get(last) ?? []) {
      if (comma >= before) break;
      let found: string | null = head;
      if (comma + appositionReach > before) {
        const near = ranged(appositionTail, 'u').exec(text.slice(comma, before));
        found = near && near.index === 0 ? near[1]! : null;
      }
      if (found === null) continue;
      return singularHeadSet.has(found) || /(?:er|or|ist|ian|man|ant|ent)$/.test(found);
    }
    return false;
  }
}

const andBefore = /(?:,\s{0,2})?\s{1,3}and\s{1,3}$/u;
const capitalRunBefore = /(?<![\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]{1,25}\s{1,3}){0,3}\p{Lu}[\p{L}'’.-]{1,25})$/u;
const wordBefore = /(?:^|[^\p{L}])(\p{Ll}[\p{Ll}-]{1,25})\s{1,3}$/u;

/**
 * "Captain Jose Ayala and 9 agents were killed", "bass player Luis Ruiz and his driver were
 * found murdered": a named person joined to the subject list is one more victim. The name is an
 * official found in the text, or a run of capitalised words after a person noun ("player").
 */
function withNamedHead(doc: Document, named: NameContext, f: CasualtyFact): CasualtyFact {
  if (f.rule !== 'casualty/n-pred' || f.subset || f.count === null) return f;
  if (f.qualifier !== 'exact' && f.qualifier !== 'at_least' && f.qualifier !== 'more_than') return f;
  const sentence = doc.sentenceAt(f.start);
  if (!sentence) return f;
  const before = doc.text.slice(sentence.start, f.start);
  const and = andBefore.exec(before);
  if (!and) return f;
  const nameEnd = sentence.start + and.index;
  let nameStart = named.officialEndingAt(nameEnd, sentence.start);
  if (nameStart < 0) {
    const run = capitalRunBefore.exec(doc.text.slice(sentence.start, nameEnd));
    if (!run) return f;
    const runStart = nameEnd - run[1]!.length;
    const head = wordBefore.exec(doc.text.slice(Math.max(sentence.start, runStart - 30), runStart))?.[1];
    if (!(head && singularHeadSet.has(head)) && !named.introducedAsPerson(run[1]!, runStart)) return f;
    if (named.places.overlaps(runStart, nameEnd)) return f;
    nameStart = runStart;
  }
  const count = f.count + 1;
  const name = doc.text.slice(nameStart, nameEnd);
  return {
    ...f,
    count,
    min: f.min === null ? null : count,
    max: f.qualifier === 'exact' ? count : f.max,
    victims: f.victims ? `${name} and ${f.victims}` : name,
    text: doc.text.slice(nameStart, f.end),
    start: nameStart,
  };
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
