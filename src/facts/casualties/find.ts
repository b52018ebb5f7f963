// Find casualty candidates: run every rule over the sentences a cheap trigger marks, and
// cut each match into its counted items (one candidate per item).
import type { Document } from '../../document.js';
import type { CasualtyKind } from '../../types.js';
import { irrealisBefore, notPersonNouns, numberQualifiers } from '../../lexicon/casualties.js';
import { casualtyNounBothKinds, casualtyRules, type CasualtyRule } from './rules.js';
import {
  activeVerbKinds,
  auxiliarySource,
  casualtyNounKinds,
  compile,
  lookupKind,
  predicateKinds,
  predicateSource,
  resultAdjectiveKinds,
  itemPattern,
  lowered,
  nonPersonUnitSet,
  singularHeadSet,
  triggerPattern,
  victimHeadCategory,
} from './patterns.js';
import { alternation, singleNumberSource } from './numbers.js';
import { isWide, primed, ranged } from './prime.js';
import { SpanIndex, type Span } from '../../spans.js';

export interface ItemGroups {
  qualifier: [number, number] | null;
  number: [number, number] | null;
  victims: [number, number] | null;
  singular: [number, number] | null;
  vague: [number, number] | null;
  bare: [number, number] | null;
}

export interface Candidate {
  rule: CasualtyRule;
  sentence: number;
  /** The whole match, document offsets. */
  start: number;
  end: number;
  /** The counted item, document offsets. */
  itemStart: number;
  itemEnd: number;
  /** Index of the item in its match's list. */
  itemIndex: number;
  kind: CasualtyKind | null;
  groups: ItemGroups;
  /** Fixed count (zero rules). */
  count?: number;
  /** The reading of a second, coordinated predicate ("kidnapped and killed"). */
  second?: boolean;
}

type Indices = Record<string, [number, number] | undefined>;


/** "killed 3 soldiers and 5 were wounded": an item followed by its own predicate starts a new statement. */
// (these two are large: compiled case-blind and run on lowered text, as the rules are, since V8
// compiles a case-insensitive pattern of long word lists ten times more slowly)
const ownPredicateAfter = compile(`^\\s{1,3}${auxiliarySource}${predicateSource}(?![\\p{L}])`, '');
/** An object right after a predicate: the predicate is an active verb ("bombers have killed 12"). */
const objectAfter = compile(
  `^\\s{1,3}(?:${alternation(Object.keys(numberQualifiers))}|a|an|the|his|her|their|its|several|dozens|scores|hundreds|thousands|many|all|both|${singleNumberSource})(?![\\p{L}])`,
  '',
);
const irrealis = ranged(`(?:^|[^\\p{L}])(?:${alternation(irrealisBefore)})\\s{1,3}$`, 'iu');
const haveAux = /^(?:have|has|had)$/i;

function kindOf(rule: CasualtyRule, groups: Indices, text: string, offset: number): CasualtyKind | null {
  const grab = (name: string) => {
    const g = groups[name];
    return g ? text.slice(g[0] - offset, g[1] - offset) : null;
  };
  switch (rule.kind) {
    case 'pred': {
      const w = grab('pred');
      return w === null ? null : (lookupKind(predicateKinds, w) ?? null);
    }
    case 'verb': {
      const w = grab('verb');
      return w === null ? 'killed' : (lookupKind(activeVerbKinds, w) ?? null);
    }
    case 'adj': {
      const w = grab('adj');
      return w === null ? null : (lookupKind(resultAdjectiveKinds, w) ?? null);
    }
    case 'noun': {
      const w = grab('noun');
      return w === null ? null : (lookupKind(casualtyNounKinds, w) ?? null);
    }
    default:
      return rule.kind;
  }
}

function shift(g: [number, number] | undefined, offset: number): [number, number] | null {
  return g ? [g[0] + offset, g[1] + offset] : null;
}

/** Reasons to refuse a whole match, looking at its context. */
const nameParticles = /^(?:al|bin|de|da|del|dos|van|von|el|la|le)$/;

/** The group is a personal name as written: capitalised words (particles aside), not a month, weekday or institution. */
function isPersonName(g: [number, number] | undefined, sentenceText: string): boolean {
  if (!g) return false;
  const words = sentenceText.slice(g[0], g[1]).split(/\s{1,3}/);
  if (!/^\p{Lu}\p{Ll}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => (/^\p{Lu}/u.test(w) || nameParticles.test(w)) && !notNames.has(w.toLowerCase()));
}

function refused(rule: CasualtyRule, m: RegExpExecArray, idx: Indices, sentenceText: string): boolean {
  if (rule.names && !rule.names.every((n) => isPersonName(idx[n], sentenceText))) return true;
  if (rule.lower && rule.lower.some((n) => idx[n] && /\p{Lu}/u.test(sentenceText.slice(idx[n]![0], idx[n]![1])))) return true;
  if (rule.active && idx.verb) {
    const before = sentenceText.slice(Math.max(0, idx.verb[0] - 40), idx.verb[0]);
    if (primed(irrealis).test(before)) return true;
    // "the killed 3" cannot be; "were killed 5 km away" is guarded by units. Passive "were killed N" is not active.
    if (/(?:^|[^\p{L}])(?:were|was|been|being|is|are)\s{1,3}$/iu.test(before)) return true;
  }
  if (rule.kind === 'pred' && idx.pred && !rule.subset) {
    const predText = sentenceText.slice(idx.pred[0], idx.pred[1]).toLowerCase();
    // the "was" of "was killed" is the list group itself in the one-victim rules
    const between = sentenceText.slice(idx.L ? (rule.shape === 'one' ? idx.L[0] : idx.L[1]) : idx.pred[0], idx.pred[0]);
    const aux = /\b(have|has|had|were|was|are|is|been|be|being|got|get)\b/i.exec(between)?.[1];
    if (!aux && /^\s{1,3}[a-z]{2,25}/.test(sentenceText.slice(idx.pred[1]))) {
      const next = /^\s{1,3}([a-z]{2,25})/.exec(sentenceText.slice(idx.pred[1]))![1]!;
      if (victimHeadCategory.has(next)) return true;
    }
    if (activeVerbKinds.has(predText) && (!aux || haveAux.test(aux))) {
      const rest = sentenceText.slice(idx.pred[1]);
      const restLower = lowered(rest);
      if (primed(objectAfter).test(restLower)) return true;
      // two verbs before one object: "a bomber killed and wounded at least 68 people"
      const second = /^\s{1,3}and\s{1,3}([a-z]{3,20})(?=\s)/.exec(restLower);
      if (second && activeVerbKinds.has(second[1]!) && primed(objectAfter).test(restLower.slice(second[0].length))) return true;
      // a name right after: "Two gunmen killed Nahed Hattar"
      const next = /^\s{1,3}(\p{Lu}\p{Ll}{1,24})/u.exec(rest)?.[1];
      if (next && !notNames.has(next.toLowerCase())) return true;
    }
  }
  void m;
  return false;
}

const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const monthAfter = ranged(`^(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${months})(?![\\p{L}])`, 'iu');
const monthBefore = ranged(`(?:^|[^\\p{L}])(?:${months})\\.?\\s{1,3}$`, 'iu');

function refusedItem(groups: ItemGroups, text: string, sentence: { start: number; text: string }): boolean {
  const local = (g: [number, number]) => text.slice(g[0], g[1]);
  if (groups.number) {
    const raw = local(groups.number);
    // a year, not a count: "in 2003 ..."
    if (!groups.victims && /^(?:1[89]\d\d|20\d\d)$/.test(raw)) return true;
    const before = text.slice(Math.max(sentence.start, groups.number[0] - 12), groups.number[0]);
    if (/[$£€¥]\s{0,2}$|(?:^|[^\p{L}])(?:no|every|any|each|this|that|which|page|number|no\.|the\s{1,2}year|aged?|at|of)\s{1,3}$/iu.test(before) && /^one$/i.test(raw.trim()) && !/^\s{1,3}of\s/i.test(text.slice(groups.number[1], groups.number[1] + 5))) return true;
    if (/[$£€¥]\s{0,2}$/.test(before)) return true;
    // an age after a name: "Cassandra Karg, 10, died"
    if (/\p{Lu}[\p{L}'’-]{1,30},\s{0,3}$/u.test(before) && /^\s{0,2}[,)]/.test(text.slice(groups.number[1], groups.number[1] + 3))) return true;
    // a day of a month: "9 May 2020", "May 9"
    if (monthAfter.test(text.slice(groups.number[1], groups.number[1] + 12)) || monthBefore.test(before)) return true;
    if (/(?:^|[^\p{L}])aged?\s{1,3}(?:\d{1,3}\s{0,2}(?:,|and)\s{1,3}){0,3}$/iu.test(before)) return true;
    // "aged 25", "at 10": numbers that are not a count of people before the predicate
    // ("the toll at 18", "put the number at 35" are counts)
    if (!groups.victims && !groups.qualifier && /(?:^|[^\p{L}])(?:aged|age|at|page|no\.|number|route|flight|about\s{1,2}\d{1,3}:)\s{1,3}$/iu.test(before) && !/(?:toll|tolls|figure|figures|number|total|killed|dead|put|placed|them|it)\s{1,3}at\s{1,3}$/i.test(before)) return true;
  }
  if (groups.singular) {
    const before = text.slice(Math.max(sentence.start, groups.singular[0] - 12), groups.singular[0]);
    if (/(?:^|[^\p{L}])(?:no|every|any|each|which|such)\s{1,3}$/iu.test(before)) return true;
  }
  return false;
}

/** A singular auxiliary between a subject list and its predicate: "..., was slain". */
const singularAuxBefore = /(?:^|[^\p{L}])(?:was|is|has)(?![\p{L}])/iu;

/** Nouns for a group of people: the head of a phrase that names more than one person. */
const groupNouns: ReadonlySet<string> = new Set(['couple', 'pair', 'family', 'household', 'crew', 'group', 'team', 'delegation', 'gang', 'mob']);

const determiner = /^(?:the|his|her|their|its|a|an|one)\s{1,3}/i;

/**
 * The victims' phrase, cut back to its last known person head ("Taliban militants Tuesday" →
 * "Taliban militants"); null when it names no person; 'reject' when it is a unit ("3 km").
 */
function checkVictims(text: string, span: [number, number], singular: boolean, listedOnly = false): [number, number] | null | 'reject' {
  const phrase = text.slice(span[0], span[1]);
  const words: { w: string; end: number }[] = [];
  const wordRe = /[^\s]{1,40}/g;
  for (let m = wordRe.exec(phrase); m; m = wordRe.exec(phrase)) {
    const word = m[0].replace(/[.,;:'’]{1,3}$/, '');
    if (word) words.push({ w: word.toLowerCase(), end: m.index + word.length });
  }
  if (!words.length) return null;
  if (!singular && nonPersonUnitSet.has(words[0]!.w)) return 'reject';
  // "an activist couple" is two people, not one activist
  if (singular && groupNouns.has(words[words.length - 1]!.w)) return 'reject';
  for (let k = words.length; k >= 1; k--) {
    for (let h = Math.min(3, k); h >= 1; h--) {
      const head = words.slice(k - h, k).map((x) => x.w).join(' ');
      const known = singular ? singularHeadSet.has(head) : victimHeadCategory.has(head);
      if (known) return [span[0], span[0] + words[k - 1]!.end];
    }
  }
  // an unlisted noun that names a person by its ending ("administrator", "physician", "chairman")
  // (only in head position: "Russian" in "the Russian offensive" is an adjective)
  const lastWord = words[words.length - 1]!;
  if (listedOnly) return 'reject';
  if (!nonPersonUnitSet.has(lastWord.w) && !notPersonNounSet.has(lastWord.w) && /^[a-z-]{3,30}$/.test(lastWord.w) && (singular ? personSingular : personPlural).test(lastWord.w))
    return [span[0], span[0] + lastWord.end];
  if (singular) return 'reject';
  // an unlisted group name written as a plural proper noun ("Hazaras") still names people
  const last = phrase.slice(words.length > 1 ? words[words.length - 2]!.end : 0).trim();
  if (/^\p{Lu}\p{L}{2,30}s$/u.test(last)) return span;
  return null;
}

const notNames = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'the', 'police', 'army', 'government', 'islamic', 'state', 'taliban', 'security', 'forces',
]);
const afterName = new Set(['in', 'on', 'at', 'and', 'as', 'who', 'after', 'while', 'near', 'outside', 'inside', 'with', 'during', 'when', 'last', 'yesterday', 'from', 'by', 'for', 'the', 'early', 'late', 'before', 'today', 'overnight']);

/** "killed Nahed Hattar" but not "killed Afghan soldiers" nor "killed Monday". */
function looksLikeName(text: string, span: [number, number]): boolean {
  const words = text.slice(span[0], span[1]).split(/\s{1,3}/);
  if (words.some((w) => notNames.has(w.toLowerCase()))) return false;
  // the rule is case-insensitive: the capitals are checked here
  const firstCapital = words.findIndex((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (words.slice(0, Math.max(0, firstCapital)).some((w) => afterName.has(w.toLowerCase()) || /^(?:of|to|a|an|his|her|their|its|this|that|up|off|out|him|them)$|ing$|s$/i.test(w))) return false;
  if (firstCapital < 0 || words.slice(firstCapital).some((w) => !/^(?:\p{Lu}|al$|bin$|de$|da$|van$|von$|el$)/u.test(w))) return false;
  const next = /^\s{1,3}([a-z]{1,20})\b/.exec(text.slice(span[1], span[1] + 24))?.[1];
  return !next || afterName.has(next);
}

/** "councillor Ahmed Karimi in the market" → "councillor Ahmed Karimi": up to the end of the first run of capitals. */
function nameRun(text: string, span: [number, number]): [number, number] {
  const phrase = text.slice(span[0], span[1]);
  const wordRe = /[^\s]{1,40}/g;
  let end = span[0];
  let seenCapital = false;
  for (let m = wordRe.exec(phrase); m; m = wordRe.exec(phrase)) {
    const word = m[0].replace(/[.,;:]{1,3}$/, '');
    const capital = /^\p{Lu}/u.test(word) || (seenCapital && /^(?:al|bin|de|da|van|von|el)$/.test(word));
    if (seenCapital && !capital) break;
    if (capital) seenCapital = true;
    end = span[0] + m.index + word.length;
    if (word !== m[0]) break;
  }
  return [span[0], end];
}

const personSingular = /(?:[^aeiou]er|or|ist|ian|man|woman|yee|nee|gee|tee|ier|eer)$/;
const personPlural = /(?:[^aeiou]ers|ors|ists|ians|men|yees|nees|gees|tees|iers|eers)$/;

export const lastWordOf = (phrase: string) => phrase.trim().split(/\s{1,3}/).pop() ?? '';

const oneOfTally = ranged(
  `(?:^|[^\\p{L}])(?:is|are|becomes|become|became)\\s{1,3}(?:now\\s{1,3}|also\\s{1,3})?(?:the\\s{1,3}(?:latest|last|newest)\\s{1,3})?one\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?(?:[\\p{L}\\d,-]{1,20}\\s{1,3}){0,3}$`,
  'iu',
);

const notPersonNounSet: ReadonlySet<string> = new Set(notPersonNouns);

const noGroups = (): ItemGroups => ({ qualifier: null, number: null, victims: null, singular: null, vague: null, bare: null });

/** Cut a matched list (document span) into its items. */
function itemsOf(
  rule: CasualtyRule,
  text: string,
  span: [number, number],
  sentence: { start: number; text: string },
  dates: SpanIndex<Span>,
  verbStart?: number,
  wide: boolean | 'both' = false,
): ItemGroups[] {
  const shape = rule.shape ?? 'list';
  if (shape === 'one') {
    // the rule is case-insensitive: the name is cut back to its run of capitalised words here
    if (rule.named) span = nameRun(text, span);
    if (rule.named && (!looksLikeName(text, span) || /\p{Lu}/u.test(text[verbStart ?? span[0]] ?? ''))) return [];
    const g = noGroups();
    g.singular = span;
    return [g];
  }
  if (shape === 'the-one' || shape === 'bare') {
    const det = determiner.exec(text.slice(span[0], span[1]));
    const np: [number, number] = [span[0] + (det ? det[0].length : 0), span[1]];
    const victims = checkVictims(text, np, shape === 'the-one', rule.listedHead);
    if (!victims || victims === 'reject') return [];
    const g = noGroups();
    g.victims = victims;
    if (shape === 'the-one') g.singular = [span[0], victims[1]];
    else g.bare = victims;
    return [g];
  }
  const out: ItemGroups[] = [];
  const separators: string[] = [];
  let lastEnd = span[0];
  // the exact items are read with some right context ("a 26-year-old man" is not "a 26")
  const listText = lowered(text.slice(span[0], Math.min(sentence.start + sentence.text.length, span[1] + 40)));
  const listEnd = span[1] - span[0];
  primed(itemPattern, wide).lastIndex = 0;
  for (let m = itemPattern.exec(listText); m && m.index < listEnd; m = itemPattern.exec(listText)) {
    if (m[0].length === 0) {
      itemPattern.lastIndex++;
      continue;
    }
    const idx = (m.indices?.groups ?? {}) as Indices;
    const g = noGroups();
    g.qualifier = shift(idx.q, span[0]);
    g.number = shift(idx.num, span[0]);
    g.vague = shift(idx.vague, span[0]);
    g.singular = shift(idx.sg, span[0]);
    const np = shift(idx.victims, span[0]);
    if (np) {
      const victims = checkVictims(text, np, g.singular !== null);
      if (victims === 'reject') continue;
      // "Seventy search warrants were executed": a subject that names no person
      // ("Five of those taken were found dead": a part of a group named by "those" and a participle is people)
      const partOfThose = /^those\s{1,3}[a-z]{2,20}$/i.test(text.slice(np[0], np[1]).trim()) && /\sof\s{1,2}$/i.test(text.slice(np[0] - 5, np[0]));
      if (!victims && !partOfThose && (rule.kind === 'pred' || rule.id === 'casualty/deaths-of-n') && !rule.subset && /^[a-z]/.test(lastWordOf(text.slice(np[0], np[1]))) && (/\s/.test(text.slice(np[0], np[1]).trim()) || !/s$/i.test(text.slice(np[0], np[1]).trim()))) continue;
      g.victims = victims;
    }
    if (g.singular && !g.victims && !/^(?:another|himself|herself|him|her)$/i.test(text.slice(g.singular[0], g.singular[1]))) continue;
    // an object pronoun heads only a verb's object list ("killing him and two guards"), never a subject
    if (g.singular && !g.victims && !rule.active && /^(?:him|her)$/i.test(text.slice(g.singular[0], g.singular[1]))) continue;
    if (g.number) {
      const next = /^\s{0,2}([^\s]{1,20})/.exec(text.slice(g.number[1], g.number[1] + 24))?.[1]?.toLowerCase();
      if (next && nonPersonUnitSet.has(next.replace(/[.,;:]$/, ''))) continue;
    }
    // two nouns share a figure, never a singular determiner: "a husband and wife" are two people
    // (a reading that opens so is left to the rules for pairs and single victims; a later such item ends the list)
    if (g.singular && g.victims && /\sand\s/i.test(text.slice(g.victims[0], g.victims[1]))) {
      if (!out.length) return coordinatedPair(rule, text, g) ?? [];
      break;
    }
    if (g.singular && g.victims) g.singular = [g.singular[0], g.victims[1]];
    if (refusedItem(g, text, sentence)) continue;
    // a number inside a date is not a count ("16 April")
    const num = g.number;
    if (num && dates.overlaps(num[0], num[1])) continue;
    const itemStart = Math.min(...[g.qualifier, g.number, g.vague, g.singular].filter((x): x is [number, number] => x !== null).map((x) => x[0]));
    // "she is one of more than a dozen candidates killed this year": the figure is a tally, not the event
    if (oneOfTally.test(text.slice(Math.max(sentence.start, itemStart - 50), itemStart))) continue;
    separators.push(text.slice(lastEnd, itemStart));
    lastEnd = Math.max(...Object.values(g).filter((x): x is [number, number] => x !== null).map((x) => x[1]));
    out.push(g);
  }
  // "36 people Friday, an official said": a comma alone joins list items only before a final "and"
  // a verb's object list keeps its head; a subject list keeps the items next to the predicate
  for (let i = 1; i < out.length; i++) {
    if (/and|plus|as well as|along with/i.test(separators[i] ?? '')) continue;
    // "Two members of the Carlist Party": a later "item" inside a modifier is not a list item
    if (!/,/.test(separators[i] ?? '')) return out.slice(0, i);
    if (!separators.slice(i + 1).some((sep) => /and/i.test(sep))) return rule.active ? out.slice(0, i) : out.slice(i);
  }
  return out;
}

/**
 * "A polling clerk and election observer were killed": one determiner before two singular person
 * nouns joined by "and", with a plural auxiliary after them, names two people (one item each).
 * ("a husband and wife" is read by the rule for pairs.)
 */
function coordinatedPair(rule: CasualtyRule, text: string, g: ItemGroups): ItemGroups[] | null {
  if (rule.kind !== 'pred' || rule.subset || !g.singular || !g.victims) return null;
  const phrase = text.slice(g.victims[0], g.victims[1]);
  const and = /\s{1,3}and\s{1,3}/i.exec(phrase);
  if (!and || /(?:^|\s)husband\s{1,3}and\s{1,3}wife$/i.test(phrase)) return null;
  if (!/^\s{1,3}(?:were|are|have\s{1,2}been|had\s{1,2}been)\s/i.test(text.slice(g.victims[1], g.victims[1] + 20))) return null;
  const left: [number, number] = [g.victims[0], g.victims[0] + and.index];
  const right: [number, number] = [g.victims[0] + and.index + and[0].length, g.victims[1]];
  const first = checkVictims(text, left, true);
  const second = checkVictims(text, right, true);
  if (!first || first === 'reject' || !second || second === 'reject' || first[1] !== left[1] || second[1] !== right[1]) return null;
  return [
    { ...noGroups(), singular: [g.singular[0], first[1]], victims: first },
    { ...noGroups(), singular: second, victims: second },
  ];
}

/**
 * A cue written case-insensitive (all of them but those that look at capitals) runs without the
 * flag on the lowered sentence: V8 compiles a case-insensitive pattern several times more slowly
 * (the case equivalents of every letter), and the lowered sentence is at hand.
 */
const caseBlindCues = new Map<RegExp, RegExp | null>();
function cueHolds(cue: RegExp, text: string, lower: string, wide: boolean | 'both'): boolean {
  let blind = caseBlindCues.get(cue);
  if (blind === undefined) {
    blind = cue.flags.includes('i') && !cue.flags.includes('u') ? new RegExp(cue.source, cue.flags.replace('i', '')) : null;
    caseBlindCues.set(cue, blind);
  }
  return blind ? primed(blind, wide).test(lower) : primed(cue, wide).test(text);
}

/** Whether a sentence passes a rule's cues; a cue shared by several rules is tested once per sentence (`seen`). */
function cuesHold(rule: CasualtyRule, text: string, lower: string, wide: boolean | 'both', seen: Map<RegExp, boolean>): boolean {
  if (!rule.cue) return true;
  for (const cue of Array.isArray(rule.cue) ? rule.cue : [rule.cue as RegExp]) {
    let holds = seen.get(cue);
    if (holds === undefined) {
      holds = cueHolds(cue, text, lower, wide);
      seen.set(cue, holds);
    }
    if (!holds) return false;
  }
  return true;
}

export function findCandidates(doc: Document, dateSpans: readonly Span[] = []): Candidate[] {
  const out: Candidate[] = [];
  const dates = new SpanIndex(dateSpans);
  // a text with a character beyond Latin-1 gives two-byte strings, mostly (slices, lowercase
  // copies): its patterns are readied for both kinds of subject (see prime.ts)
  const wide = isWide(doc.text) ? 'both' : false;
  for (const sentence of doc.sentences) {
    // the rules are compiled for lowercase text (same offsets)
    const subject = lowered(sentence.text);
    if (!cueHolds(triggerPattern, sentence.text, subject, wide)) continue;
    const cuesSeen = new Map<RegExp, boolean>();
    for (const rule of casualtyRules) {
      if (!cuesHold(rule, sentence.text, subject, wide, cuesSeen)) continue;
      const pattern = primed(rule.pattern, wide);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const idx = (m.indices?.groups ?? {}) as Indices;
        if (refused(rule, m, idx, sentence.text)) {
          // a name may begin at a later word ("player Juan Perez and ...")
          if (rule.names) pattern.lastIndex = m.index + 1;
          continue;
        }
        const offset = sentence.start;
        const start = m.index + offset;
        const end = start + m[0].length;
        const kind = kindOf(rule, idx, sentence.text, 0);
        if (rule.onlyKinds && (!kind || !rule.onlyKinds.includes(kind))) continue;
        if (rule.count !== undefined) {
          const kinds: (CasualtyKind | null)[] = [kind];
          const noun = idx.noun ? sentence.text.slice(idx.noun[0], idx.noun[1]).toLowerCase().replace(/\s{1,5}/g, ' ') : '';
          if (casualtyNounBothKinds.has(noun)) kinds.splice(0, 1, 'killed', 'injured');
          for (const k of kinds)
            out.push({ rule, sentence: sentence.index, start, end, itemStart: start, itemEnd: end, itemIndex: 0, kind: k, groups: noGroups(), count: rule.count });
          continue;
        }
        // a thing "blown up" is no victim: only a known person noun is
        const blownUp = idx.pred !== undefined && /^blown\s/i.test(sentence.text.slice(idx.pred[0], idx.pred[1]));
        let produced = 0;
        for (const name of rule.items) {
          const span = shift(idx[name], offset);
          if (!span) continue;
          let items = itemsOf(rule, doc.text, span, sentence, dates, idx.verb ? idx.verb[0] + offset : undefined, wide).filter(
            (g) => !blownUp || (g.victims !== null && victimHeadCategory.has(lastWordOf(doc.text.slice(g.victims[0], g.victims[1])).toLowerCase())),
          );
          // "Pineda, a freelancer and the founder of a weekly, was slain": singular nouns joined before a
          // singular auxiliary name one person (the last noun is read)
          if (rule.kind === 'pred' && idx.pred && items.length > 1 && items.every((g) => g.singular !== null) && singularAuxBefore.test(sentence.text.slice(idx.L![1], idx.pred[0])))
            items = items.slice(-1);
          produced += items.length;
          for (let i = 0; i < items.length; i++) {
            const groups = items[i]!;
            const parts = Object.values(groups).filter((x): x is [number, number] => x !== null);
            const itemStart = Math.min(...parts.map((p) => p[0]));
            const itemEnd = Math.max(...parts.map((p) => p[1]));
            // in a verb's object list, an item with its own predicate begins another statement
            const tail = doc.text.slice(itemEnd, itemEnd + 60).replace(/^\s{1,3}(?:more|other|others|additional|further)(?![\p{L}])/iu, '');
            // (unless that predicate is the match's own: "shot a farmer and his son dead")
            const ownEnd = /^\s{1,3}(?:dead|to\s{1,3}death)$/i.test(doc.text.slice(itemEnd, end));
            if ((rule.active || rule.kind === 'adj' || rule.subset || rule.total) && i > 0 && !ownEnd && primed(ownPredicateAfter, wide).test(lowered(tail))) break;
            // an overall figure given as two bare numbers ("put the number killed at 16 and 50"): two estimates, the first read
            if (rule.total && i > 0 && !groups.victims && !items[i - 1]!.victims) break;
            // a name read by a case-insensitive pattern ends where its capitals end
            out.push({ rule, sentence: sentence.index, start, end: rule.named ? itemEnd : end, itemStart, itemEnd, itemIndex: i, kind, groups });
            // "was kidnapped and later killed": the same victims, a second kind
            if (idx.pred2) {
              const kind2 = lookupKind(predicateKinds, sentence.text.slice(idx.pred2[0], idx.pred2[1]));
              if (kind2 && kind2 !== kind) out.push({ rule, sentence: sentence.index, start, end, itemStart, itemEnd, itemIndex: i, kind: kind2, groups, second: true });
            }
          }
        }
        // a match that reads no item must not hide a shorter one inside it
        if (!produced) pattern.lastIndex = m.index + 1;
      }
    }
  }
  return out;
}
