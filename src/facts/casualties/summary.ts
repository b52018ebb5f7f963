// The article's best total per kind for its main event.
//
// Rules (ANNOTATION.md): background figures (another time, an aggregate) stay out; subsets are
// never added; figures of one kind in one sentence are parts of one statement and add up; a
// later statement REPLACES the running total when it is an update/overall figure ("the death toll
// rose to 40", "in all") or larger than it, ADDS to it when it says so ("another 5", "five more"),
// and is otherwise CONTAINED in it (a specific group smaller than an earlier overall figure:
// "over 20 people were injured ... wounding six employees" stays 20).
import type { Document } from '../../document.js';
import type { CasualtyFact, CasualtyKind, Summary } from '../../types.js';
import { additiveMarkers, backgroundMarkers, separateEventMarkers, economicWords, harmfulEventWords, otherAccountMarkers, totalMarkers } from '../../lexicon/casualties.js';
import { alternation, parseSingleNumber } from './numbers.js';
import { primed, ranged } from './prime.js';
import { compile, lowered } from './patterns.js';

const harmfulWords = ranged(`(?<![\\p{L}])(?:${alternation(harmfulEventWords)})(?![\\p{L}])`, 'giu');
const economicWordsPattern = ranged(`(?<![\\p{L}])(?:${alternation(economicWords)})(?![\\p{L}])`, 'giu');

const summaryKinds = ['killed', 'injured', 'missing', 'displaced'] as const satisfies readonly CasualtyKind[];

// large: compiled case-blind and run on lowered text (see `compile`)
const background = compile(`(?:^|[^\\p{L}])(?:${alternation(backgroundMarkers)})(?![\\p{L}])`, '');
const additive = ranged(`(?:^|[^\\p{L}])(?:${alternation(additiveMarkers)})(?![\\p{L}])`, 'iu');
const separateEvent = ranged(`(?:^|[^\\p{L}])(?:${alternation(separateEventMarkers)})(?![\\p{L}])`, 'iu');
/** "On the 13th, ...": a day of the month opening a sentence dates another incident. */
const dayOpener = /^\s{0,3}(?:on\s{1,3})?the\s{1,3}\d{1,2}(?:st|nd|rd|th)(?![\p{L}])/iu;
const severalIncidents = /(?<![\p{L}])(?:attacks|assaults|raids|across|spate|series|wave|string|explosions|bombings|blasts|incidents|clashes|both|separate|several)(?![\p{L}])/iu;
const otherAccount = ranged(`(?:^|[^\\p{L}])(?:${alternation(otherAccountMarkers)})(?![\\p{L}])`, 'iu');
const totalWords = ranged(`(?:^|[^\\p{L}])(?:${alternation(totalMarkers)})(?![\\p{L}])`, 'iu');
const anyYear = /(?<![\p{L}\d$£€.,])((?:19|20)\d\d)(?![\d%])(?!\s{0,2}(?:people|persons|civilians|soldiers|killed|dead|injured|were|have))/giu;

const latestYears = new WeakMap<Document, number | null>();

/** The article's year: the reference date's, else the latest year it mentions (read once per document). */
function referenceYear(doc: Document): number | null {
  if (doc.referenceDate) return Number(doc.referenceDate.slice(0, 4));
  if (latestYears.has(doc)) return latestYears.get(doc)!;
  let latest: number | null = null;
  anyYear.lastIndex = 0;
  for (let m = anyYear.exec(doc.text); m; m = anyYear.exec(doc.text)) latest = Math.max(latest ?? 0, Number(m[1]));
  latestYears.set(doc, latest);
  return latest;
}

/** Rules that name an already counted victim again ("killed her"). */
const restatesVictim = new Set(['casualty/verb-pronoun', 'casualty/was-pred', 'casualty/was-hurt-then-died', 'casualty/the-one-pred', 'casualty/deaths-of-n', 'casualty/body-found']);

const singleVictimRules = new Set([...restatesVictim, 'casualty/verb-name', 'casualty/verb-the-one', 'casualty/verb-bare-one']);

const spreadOver = /^[^.;]{0,12}?\b(?:spread|split(?:\s{1,2}up)?|divided|distributed)\s{1,3}(?:between|across|among|over)\s{1,3}(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b/i;

const finalRules = new Set(['casualty/coded-fatalities', 'casualty/split-fatalities']);

interface Statement {
  sentence: number;
  sum: number;
  parts: number[];
  /** Only single named/pronoun victims ("X was killed", "killed him"). */
  single: boolean;
  /** The rule of the statement's first figure. */
  rule: string;
  total: boolean;
  additive: boolean;
  /** Opens with another incident ("Separately, ...", "On the 13th, ..."). */
  separate: boolean;
  /** Another account of the same event ("other officials said ..."). */
  otherAccount: boolean;
}

/** A background marker or an earlier year near the figure (same clause, roughly). */
function isBackground(doc: Document, fact: CasualtyFact): boolean {
  // the extractor dated the figure to another time than the article's
  return fact.background === true || backgroundReason(doc, fact) !== null;
}

/** Why a figure is background by its words: a marker ("earlier this month") or an earlier year; null if neither. */
function backgroundReason(doc: Document, fact: CasualtyFact): 'marker' | 'year' | null {
  const sentence = doc.sentenceAt(fact.start);
  if (!sentence) return null;
  // the clause of the figure: back to the previous comma or semicolon (at most 80 characters)
  const lead = doc.text.slice(Math.max(sentence.start, fact.start - 80), fact.start);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
  const from = fact.start - lead.length + (cut >= 0 ? cut + 1 : 0);
  const to = Math.min(sentence.end, fact.end + 50);
  const window = doc.text.slice(from, to);
  if (primed(background).test(lowered(window))) return 'marker';
  const refYear = referenceYear(doc);
  if (refYear !== null) {
    anyYear.lastIndex = 0;
    for (let m = anyYear.exec(window); m; m = anyYear.exec(window)) {
      if (Number(m[1]) >= refYear) continue;
      // a year in another clause: "the 1998 slaying of a bishop ... a riot Monday that killed 13"
      const yearEnd = from + m.index + m[0].length;
      if (yearEnd <= fact.start && /(?:^|[^\p{L}])(?:who|which|that)\s{1,3}(?:[a-z]{2,20}\s{1,3})?$/iu.test(doc.text.slice(yearEnd, fact.start))) continue;
      // "killed a former officer who was sacked over the 2011 killing": a relative clause after the figure
      const yearStart = from + m.index;
      if (yearStart >= fact.end && relativeAfter.test(doc.text.slice(fact.end, yearStart))) continue;
      return 'year';
    }
  }
  return null;
}

/** "hours after", "two days before", "a week after" right before the figure's clause: the figure is of another time. */
const earlierEventBefore = /(?:^|[^\p{L}])(?:hours|days|weeks|months|a\s{1,3}day|a\s{1,3}week|a\s{1,3}month|the\s{1,3}day)\s{1,3}(?:after|before)\s{1,3}[^,;.]{0,60}$/iu;

/**
 * "Less than 48 hours after two priests were killed, raiders killed 39 people": a figure told to
 * date the main event is another event's (unless the article tells of no other: "buried days
 * after he was killed").
 */
function earlierEvent(doc: Document, fact: CasualtyFact): boolean {
  const sentence = doc.sentenceAt(fact.start);
  if (!sentence) return false;
  const lead = doc.text.slice(Math.max(sentence.start, fact.start - 80), fact.start);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
  return earlierEventBefore.test(lead.slice(cut + 1));
}

/** A relative clause opening between a figure and a later year ("..., who was sacked over the 2011 ..."). */
const relativeAfter = /^[^.;]{0,40}?(?:^|[^\p{L}])(?:who|whom|whose|which|that)\s{1,3}(?:was|were|is|are|had|has|have)(?![\p{L}])/iu;

/**
 * Words that look additive but are not: the qualifier "more than 30" and the remainder of a
 * known group, "the three others" / "the other two" (a definite article refers back to a set).
 */
const notAdditive = (text: string) =>
  text
    .replace(/(?<![\p{L}])(?:more|fewer|less)\s{1,3}than(?![\p{L}])/giu, ' ')
    .replace(/(?<![\p{L}])the\s{1,3}(?:[\p{L}\d-]{1,20}\s{1,3})?others(?![\p{L}])/giu, ' ')
    .replace(/(?<![\p{L}])the\s{1,3}other\s{1,3}(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}\d])/giu, ' ');

function statementsOf(doc: Document, facts: readonly CasualtyFact[]): Statement[] {
  const statements: Statement[] = [];
  let previous: CasualtyFact | null = null;
  for (const f of facts) {
    const sentence = doc.sentenceAt(f.start)?.index ?? -1;
    const before = doc.text.slice(Math.max(0, f.start - 25), f.start);
    const isTotal = f.rule === 'casualty/toll' || f.rule === 'casualty/number-killed' || f.rule === 'casualty/split-fatalities' || f.rule === 'casualty/coded-fatalities' || primed(totalWords).test(before + f.text);
    // the clause before the figure, from the sentence start: "Separately, a bomb ... killing two"
    const opener = doc.text.slice(doc.sentences[sentence]?.start ?? f.start, f.start);
    const isAdditive = primed(additive).test(notAdditive(f.text)) || /(?:another|additional|further)\s{0,3}$/i.test(before);
    const isSeparate = !isAdditive && sentence > 0 && (primed(separateEvent).test(opener) || dayOpener.test(opener));
    const last = statements[statements.length - 1];
    if (last && last.sentence === sentence && restatesVictim.has(f.rule)) continue;
    // "Five people were killed when gunmen attacked the town, killing five people": told twice
    if (last && last.sentence === sentence && !isTotal && last.parts.includes(f.count ?? -1) && (f.count ?? 0) > 1 && f.rule !== last.rule) continue;
    // "killed five people on Monday, when gunmen ... killed five people in the forest": the same figure of the same victims
    if (previous && last && last.sentence === sentence && !isTotal && previous.count === f.count && (f.count ?? 0) > 1 && previous.victims !== null && previous.victims.toLowerCase() === f.victims?.toLowerCase() && !/(?<![\p{L}])(?:other|others|more|another|additional|further)(?![\p{L}])/iu.test(f.text)) continue;
    previous = f;
    if (last && last.sentence === sentence) last.single = false;
    if (last && last.sentence === sentence && !isTotal && !last.total) {
      last.parts.push(f.count ?? 0);
      // "67 were killed; 22 died in the fire while the remaining 45 were shot": the parts restate the whole
      const [first = 0, ...rest] = last.parts;
      const restSum = rest.reduce((a, b) => a + b, 0);
      last.sum = rest.length > 1 && restSum === first ? first : first + restSum;
      if (rest.length >= 1 && restSum < first && /\b(?:remaining|rest)\b/i.test(f.text + doc.text.slice(Math.max(0, f.start - 20), f.start))) last.sum = first;
      continue;
    }
    const isOtherAccount = !isAdditive && !isSeparate && sentence > 0 && primed(otherAccount).test(opener);
    statements.push({ sentence, sum: f.count ?? 0, parts: [f.count ?? 0], total: isTotal, additive: isAdditive, separate: isSeparate, otherAccount: isOtherAccount, single: singleVictimRules.has(f.rule) || (f.rule === 'casualty/bodies' && f.count === 1), rule: f.rule });
  }
  return statements;
}

/** Words of a time years back: "arrested two years ago", "last year". */
const longAgo = /(?<![\p{L}])(?:years|decades|last\s{1,3}year)(?![\p{L}])/iu;
/** A relative clause inside the figure's words: "a relative from the army who was killed last year". */
const relativeWithin = /(?<![\p{L}])(?:who|whom|which|that)\s{1,3}(?:was|were|had|has|have)(?![\p{L}])/iu;
/** A relative clause right before the figure: "a relative who was killed last year" is another person's story. */
const relativeBefore = /(?:^|[^\p{L}])(?:who|whom|which|that)\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,2}$/iu;

/**
 * The figures of one kind when all of them were told as of another time than the article's (a
 * date, "earlier this month") and the first opens the article (its first sentence, not in a
 * relative clause): the article's subject is that event, reported late, not a background to
 * something else.
 */
function datedLeadFigures(doc: Document, casualties: readonly CasualtyFact[], kind: CasualtyKind): CasualtyFact[] {
  const facts = casualties.filter((f) => f.kind === kind && !f.subset && f.count !== null);
  const first = facts[0];
  // (a figure of an earlier year, or of years ago, is history, not a late report)
  const lateReport = (f: CasualtyFact) => {
    const reason = backgroundReason(doc, f);
    return (f.background === true || reason !== null) && reason !== 'year' && !longAgo.test(doc.text.slice(f.start, f.end + 50));
  };
  if (!first || !facts.every(lateReport)) return [];
  const opening = doc.sentences[0];
  if (!opening || first.start >= opening.end) return [];
  if (relativeBefore.test(doc.text.slice(Math.max(opening.start, first.start - 40), first.start)) || relativeWithin.test(first.text)) return [];
  return facts;
}

/** "This was one of three related attacks": figures stated "across" them are shared between the events. */
const oneOfSeveral = /\bone\s{1,3}of\s{1,3}(?:at\s{1,2}least\s{1,3})?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:attacks|assaults|incidents|bombings|explosions|raids|events|clashes|shootings|attempts|abductions|kidnappings)\b/iu;
const sharedFigure = /\b(?:across|between)\b|\b(?:clashes|attacks|assaults|incidents|raids|events|bombings|explosions|blasts|shootings)\b/i;

function sharedBetween(doc: Document): number {
  const m = oneOfSeveral.exec(doc.text);
  if (!m) return 1;
  return parseSingleNumber(m[1]!) ?? 1;
}

function summarizeKind(doc: Document, casualties: readonly CasualtyFact[], kind: CasualtyKind): number | null {
  let facts = casualties.filter((f) => f.kind === kind && !f.subset && f.count !== null && !isBackground(doc, f));
  // every figure is dated to another time, and the first one opens the article: the article is
  // about that event ("Soldiers killed five civilians last month and will be prosecuted")
  if (!facts.length) facts = datedLeadFigures(doc, casualties, kind);
  if (!facts.length) return null;
  const main = facts.filter((f) => !earlierEvent(doc, f));
  if (main.length) facts = main;
  // a coded figure ("Fatalities coded as 0", "split across 4 events (1)") is final
  const coded = facts.filter((f) => finalRules.has(f.rule) || (f.rule === 'casualty/n-noun' && /^\S{1,12}\s{1,3}fatalit/i.test(f.text)));
  if (coded.length) {
    const f = coded[coded.length - 1]!;
    // "coded as 10 and spread between 3 locations": the figure is shared between the events
    const spread = spreadOver.exec(doc.text.slice(f.end, f.end + 60));
    const parts = spread ? (parseSingleNumber(spread[1]!) ?? 1) : 1;
    return f.count === null ? null : Math.ceil(f.count / Math.max(1, parts));
  }
  let total: number | null = null;
  const shared = sharedBetween(doc);
  let baseIsSingle = false;
  const statements = statementsOf(doc, facts);
  // a lead figure at least as large as all later ones together is their overall figure: the
  // incidents told after it ("Separately, three were killed") are its parts, not additions
  const [lead, ...later] = statements;
  // (the later parts add up to it exactly, or it is said of several incidents: "in a spate of attacks")
  const laterSum = later.reduce((a, s) => a + (s.total ? 0 : s.sum), 0);
  const covered =
    lead !== undefined &&
    later.length > 0 &&
    (lead.sum === laterSum || (lead.sum > laterSum && severalIncidents.test(doc.sentences[lead.sentence]?.text ?? '')));
  for (const s of statements) {
    const text = doc.sentences[s.sentence]?.text ?? '';
    if (shared > 1 && sharedFigure.test(text)) s.sum = Math.round(s.sum / shared);
    if (total === null || s.total) {
      total = s.sum;
      baseIsSingle = s.single;
      continue;
    }
    else if ((s.additive || (s.separate && !covered)) && total > 0) total += s.sum;
    // a later, larger figure replaces the lead only when the lead was one named victim ("X was killed");
    // otherwise it is another event told as background ("a day after blasts killed 30")
    else if (s.sum > total && (baseIsSingle || s.otherAccount)) total = s.sum;
  }
  return total;
}

/**
 * The main event is the one the headline and lead are about: when a long article states no
 * figure in its lead, its figures are background (a business story recalling a disaster).
 */
function leadHasFigure(doc: Document, casualties: readonly CasualtyFact[]): boolean {
  if (doc.sentences.length <= 6) return true;
  const leadEnd = Math.max(doc.sentences[3]!.end, doc.text.length * 0.2);
  if (casualties.some((f) => f.start < leadEnd && !f.subset)) return true;
  // no figure in the lead: a harmful event must be what the lead is about, not an economic story
  const lead = doc.text.slice(0, leadEnd);
  const count = (re: RegExp) => lead.match(primed(re))?.length ?? 0;
  const harmful = count(harmfulWords);
  return harmful > 0 && harmful >= count(economicWordsPattern);
}

export function summarizeCasualties(doc: Document, casualties: readonly CasualtyFact[]): Summary {
  const out: Summary = { killed: null, injured: null, missing: null, displaced: null };
  if (!leadHasFigure(doc, casualties)) return out;
  for (const kind of summaryKinds) out[kind] = summarizeKind(doc, casualties, kind);
  return out;
}
