// Regex pieces built once from the lexicons (longest first, bounded quantifiers only).
import {
  auxiliaries,
  casualtyActiveVerbs,
  casualtyNouns,
  casualtyPredicates,
  nonPersonUnits,
  numberQualifiers,
  predicateAdverbs,
  resultAdjectives,
  victimNouns,
  violentVerbs,
} from '../../lexicon/casualties.js';
import { casualtyKinds, type CasualtyKind } from '../../types.js';
import { alternation, numberPatternSource, vagueAmountSource } from './numbers.js';
import { ranged } from './prime.js';
import { loopedPattern } from '../../regex.js';
import { tensWords, unitWords, vagueAmountWords } from '../../lexicon/numbers.js';

const lettersRanges = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
/**
 * Compile a rule for a LOWERCASED subject (`lowered`): the patterns are case-blind by design
 * (a name is checked for capitals in code), and V8 compiles a case-insensitive pattern of long
 * word lists about twice as slowly as the same pattern matched against lowercase text. For the
 * same reason Unicode property classes become explicit ranges and the `u` flag is dropped.
 * Whitespace runs are written as loops, except inside a phrase of words (`loopedWhitespace`).
 */
export function compile(source: string, flags: string): RegExp {
  const plain = source
    .replace(/\\p\{L[ul]?\}/g, lettersRanges)
    .replace(/\\p\{N\}/g, '0-9');
  const plainFlags = flags.replace('u', '').replace('i', '');
  // V8 compiles a source this long without its optimisations, so it unrolls no loop there and
  // the empty captures of `loopedPattern` would only add registers (a third of the compile of
  // casualty/n-pred): such a pattern keeps its plain whitespace runs
  if (plain.length > unoptimizedSourceLength) return new RegExp(plain, plainFlags);
  // whitespace runs as loops (rules read named groups only)
  return loopedPattern(plain, plainFlags);
}
/** V8's `kRegExpTooLargeToOptimize`: a longer pattern source is compiled without optimisations. */
const unoptimizedSourceLength = 20 * 1024;

/**
 * Lowercase with the same length (so that offsets stay valid): the subject of `compile`d
 * patterns. A character whose lowercase form has another length is kept as it is.
 */
export function lowered(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const normalize = (s: string) => s.toLowerCase().replace(/\s{1,10}/g, ' ').trim();

function kindMap(table: Readonly<Record<CasualtyKind, readonly string[]>>): Map<string, CasualtyKind> {
  const map = new Map<string, CasualtyKind>();
  for (const kind of casualtyKinds) for (const w of table[kind]) if (!map.has(w)) map.set(w, kind);
  return map;
}

export const predicateKinds = kindMap(casualtyPredicates);
export const activeVerbKinds = kindMap(casualtyActiveVerbs);
export const resultAdjectiveKinds = new Map(Object.entries(resultAdjectives));
export const casualtyNounKinds = new Map(Object.entries(casualtyNouns));
export const qualifierKinds = new Map(Object.entries(numberQualifiers));

export const lookupKind = (map: ReadonlyMap<string, CasualtyKind>, text: string) => map.get(normalize(text));
export const lookupQualifier = (text: string) => qualifierKinds.get(normalize(text));

const victimHeads = victimNouns.flatMap((v) => v.forms);
export const victimHeadCategory = new Map<string, (typeof victimNouns)[number]['category']>();
for (const v of victimNouns) for (const f of v.forms) if (!victimHeadCategory.has(f)) victimHeadCategory.set(f, v.category);
export { normalize };

/** Singular person nouns (for "a man was killed" = 1). */
const singularHeads = victimHeads.filter(
  (w) =>
    !/(?:s|people|men|women|children|police|personnel|crew|staff|elderly|taliban|lives|fishermen|herdsmen)$/.test(w) ||
    /(?:ss|us)$/.test(w) ||
    ['boss', 'bus', 'personnel', 'staff'].includes(w),
).filter((w) => !['family', 'household', 'couple', 'crew', 'group'].includes(w));

/** Words a victim noun phrase never crosses (kept short: the pattern runs on every word). */
const stopWords = [
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'and', 'or', 'of',
  'in', 'on', 'at', 'by', 'with', 'who', 'whom', 'which', 'that', 'when', 'after', 'before', 'as',
  'to', 'from', 'for', 'including', 'while', 'but', 'than', 'the', 'a', 'an', 'during', 'into',
  'among', 'also', 'reportedly', 'not', 'killed', 'died', 'dead', 'injured', 'wounded', 'killing',
  'wounding', 'injuring', 'left', 'leaving', 'near', 'since', 'said', 'more', 'others', 'other',
  'them', 'they', 'it', 'he', 'she', 'there', 'where', 'whose', 'mostly', 'mainly', 'both', 'all',
  'says', 'say', 'told', 'tells', 'reports', 'added', 'his', 'her', 'their', 'its', 'were', 'least',
  'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'did', 'do', 'does',
  'under', 'beneath', 'alive',
];

/** A modifier word in a victim noun phrase: not a stop word. */
/** Verbs of dying that are never adjectives end a noun phrase too ("Eleven people die and ..."). */
const singleWordPredicates = ['die', 'dies', 'perish', 'perished'];
// (`(?![A-Za-z0-9_])` is `\\b` after a word, spelled out: V8 compiles it a quarter faster in this spot)
const modifierWord = `(?!(?:${alternation([...stopWords, ...singleWordPredicates])})(?![A-Za-z0-9_]))(?:[\\p{L}](?:[\\p{L}\\d'’-]|\\.(?=[\\p{L}])){0,24}(?:(?<=[\\p{L}]\\.[\\p{L}])\\.)?|\\d{1,3}-year-old|\\([\\p{L}\\d-]{1,10}\\))`;
/**
 * Victim noun phrase: up to five words that are not stop words ("Afghan army soldiers"). The
 * head is checked against the victim lexicon in code (`victimsOf`), which keeps the pattern small.
 */
export const victimSource = `(?:(?:${modifierWord})\\s{1,3}){0,4}(?:${modifierWord})(?![\\p{L}\\d])`;
export const singularHeadSet: ReadonlySet<string> = new Set(singularHeads);
export const nonPersonUnitSet: ReadonlySet<string> = new Set(nonPersonUnits);

const firstWords = new Set<string>([
  ...Object.keys(unitWords), ...Object.keys(tensWords), 'a', 'an', 'another', 'the', 'all', 'half', 'his', 'her', 'their', 'its', 'himself', 'herself',
  'between', 'dozen', 'both', 'him', ...Object.keys(numberQualifiers).map((q) => q.split(' ')[0]!),
  ...vagueAmountWords.map((q) => q.split(' ')[0]!),
]);
const qualifier = `(?:${alternation(Object.keys(numberQualifiers))})`;
const additivePrefix = `(?:another|an\\s{1,2}additional|a\\s{1,2}further|a\\s{1,2}total\\s{1,2}of|the|all|all\\s{1,2}the|all\\s{1,2}of\\s{1,2}the|his|her|their|its)`;
/** Words an item can begin with: digits, number words, qualifiers, determiners, vague amounts. */
export const itemStartGuard = `(?=\\d|(?:${alternation([...firstWords])})(?![\\p{L}]))`;

/**
 * Two nouns sharing one figure: "12 administrators and engineers", "40 foreigners and Afghans"
 * (the second noun takes no number or determiner of its own, and is no verb: "and wounded 20").
 */
/** Verbs that open a second clause ("kills 52 people and injures 100"), by their stems. */
const verbStem = `(?:kill|injur|wound|hurt|maim|leav|left|claim|displac|abduct|kidnap|arrest|detain|captur|forc|seiz|took|tak|destroy|burn|set|shot|shoot|stab|behead|execut|rap|loot)`;
const sharedNounSource = `(?:\\s{1,3}and\\s{1,3}(?!\\d|(?:${alternation([...firstWords])})(?![\\p{L}]))(?![a-z]{2,20}(?:ing|ed)(?![\\p{L}])|${verbStem}[a-z]{0,6}(?![\\p{L}]))(?:(?:${modifierWord})\\s{1,3}){0,2}(?:${modifierWord})(?![\\p{L}\\d]))?`;

/** An object pronoun that heads a list of victims: "killing him, his son and two guests". */
const pronounHead = `(?:him|her)(?=\\s{0,2},\\s{1,3}(?:and\\s{1,3})?(?:his|her|their|a|an|the|\\d|two|three|four|five|six|seven|eight|nine|ten)\\s|\\s{1,3}and\\s{1,3}(?:his|her|their|a|an|the|\\d|two|three|four|five|six|seven|eight|nine|ten)(?![\\p{L}]))`;

/**
 * One counted group: "[at least] 12 [more|other] [Afghan soldiers]", "a policeman",
 * "dozens [of] [people]". With `named`, groups q, num, sg, vague, victims carry the parts.
 */
function itemBody(named: boolean): string {
  const g = (name: string) => (named ? `?<${name}>` : '?:');
  return (
    `${itemStartGuard}(?:${additivePrefix}\\s{1,3})?(?:(${g('q')}${qualifier})\\s{1,3})?` +
    `(?:(${g('num')}${numberPatternSource})(?![\\d,.]\\d)(?![\\p{L}]|[-–][\\p{L}])(?:\\s{1,3}(?:or\\s{1,2}so|or\\s{1,2}more|odd))?|(${g('vague')}${vagueAmountSource})|(${g('sg')}(?:himself|herself)(?=\\s{1,3}and\\s)|${pronounHead}|(?:an|a|another|his|her|their|its|the)(?=\\s{1,3}[\\p{L}\\d])))` +
    `(?:\\s{1,3}(?:more|other|others|additional|further))?` +
    `(?:\\s{1,3}(?:of\\s{1,2}(?:(?:the|its|his|her|their|our)\\s{1,2})?)?(${g('victims')}${victimSource}${sharedNounSource}))?`
  );
}

/** The item pattern with named groups, run over a matched list to cut it into items. */
export const itemPattern = compile(`(?<![\\p{L}\\d,.'’-])${itemBody(true)}`, 'giud');

/**
 * A counted group, loosely: rules match lists with this cheap pattern (V8 compiles the strict
 * one slowly) and `itemPattern` then reads each item exactly. It accepts a superset of items.
 */
const numberToken = `(?:\\d[\\d,.]{0,12}(?![\\p{L}\\d]|[-–][\\p{L}])|(?:${alternation([...Object.keys(unitWords), ...Object.keys(tensWords), 'hundred', 'thousand', 'million', 'billion', 'dozen', 'half', 'a', 'an', 'm', 'bn'])})(?![\\p{L}\\d]))`;
const looseNumber = `(?:between\\s{1,3})?${numberToken}(?:(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,3}(?:and|or|to)\\s{1,3}|\\s{1,3})${numberToken}){0,4}`;
export const itemSource =
  `${itemStartGuard}(?:${additivePrefix}\\s{1,3})?(?:${qualifier}\\s{1,3})?` +
  `(?:${looseNumber}(?:\\s{1,3}(?:or\\s{1,2}so|or\\s{1,2}more|odd))?|${vagueAmountSource}|(?:himself|herself)(?=\\s{1,3}and\\s)|${pronounHead}|(?:another|his|her|their|its|the)(?=\\s{1,3}[\\p{L}]))` +
  `(?:\\s{1,3}(?:more|other|others|additional|further))?(?:\\s{1,3}(?:of\\s{1,2}(?:(?:the|its|his|her|their|our)\\s{1,2})?)?${victimSource}${sharedNounSource})?`;
/** Later list items, more loosely still (a short pattern keeps V8's compile time down). */
const looseItem =
  `(?:(?:another|the|all|his|her|their)\\s{1,3})?(?:(?:at\\s{1,2}least|more\\s{1,2}than|about|around|some|over|nearly|up\\s{1,2}to)\\s{1,3})?` +
  `(?:\\d[\\d,.]{0,12}(?![\\p{L}\\d]|[-–][\\p{L}])|(?:${alternation([...Object.keys(unitWords), ...Object.keys(tensWords), 'an', 'a', 'another', 'his', 'her', 'their', 'the', 'himself', 'herself', 'dozens', 'hundreds', 'scores', 'several'])})(?![\\p{L}\\d])(?:[-\\s]{1,2}(?:${alternation(Object.keys(unitWords))})(?![\\p{L}\\d]))?)` +
  `(?:\\s{1,3}(?:more|other|others))?(?:\\s{1,3}(?:of\\s{1,2}(?:(?:the|his|her|their|its)\\s{1,2})?)?${victimSource})?`;

/** A prepositional phrase after the victims: "of a TV channel", "from a rival group", "loyal to the cleric" (lazy, bounded). */
export const postModifierSource = `(?:\\s{1,3}aged\\s{1,3}\\d{1,3}(?:\\s{0,2}(?:,|and|to|-)\\s{0,2}\\d{1,3}){0,3}|\\s{1,3}\\([^();.]{1,40}\\))?(?:\\s{1,3}(?:(?:loyal|linked|belonging|affiliated|allied)\\s{1,2}(?:to|with)|suspected\\s{1,2}(?:to\\s{1,2}be|of\\s{1,2}being)|believed\\s{1,2}to\\s{1,2}be|of|from|aboard|on\\s{1,2}board|in|at(?!\\s{1,3}(?:least|most|about|around)\\b)|inside|with(?!\\s{1,3}(?:\\d|scores|dozens|hundreds|many|several|some|others|one|two|three|four|five|six|seven|eight|nine|ten)(?![\\p{L}]))|on|near|for|across|along|outside)\\s{1,3}(?:the\\s{1,3}|a\\s{1,3}|an\\s{1,3}|his\\s{1,3}|their\\s{1,3}|all\\s{1,3})?${modifierWord}(?:\\s{1,3}(?:of\\s{1,3}|the\\s{1,3}|for\\s{1,3}|at\\s{1,3}(?:the\\s{1,3})?)?${modifierWord}){0,6})?`;

/**
 * A relative clause between the victims and their predicate: "34 refugees who had fled the
 * fighting were killed", "troops who had been detained have been killed". It opens with an
 * auxiliary and a verb, and runs at most eight words; it never ends in a determiner or a
 * preposition ("who is in contact with those trapped": "those trapped" are other people).
 */
const relativeClauseSource = `\\s{0,2},?\\s{1,3}(?:who|that)\\s{1,3}(?:had|have|has|were|was|are|is)\\s{1,3}(?:been\\s{1,3})?[a-z]{2,20}(?:\\s{1,3}[^\\s,;.()]{1,25}){0,6}?(?<![^\\p{L}](?:those|these|the|with|of|to|for|by|an?))\\s{0,2},?`;

/**
 * A longer modifier between the victims and a plural auxiliary, which it must reach: a participle
 * clause ("Two campaigners investigating alleged abuses have been"), a chain of prepositional
 * phrases ("seven civilians on the eastern side of the river in the district were"), or a relative
 * clause with a verb of its own ("six elders of the camp that houses refugees near the border
 * were"), after an optional short apposition ("the mayor of a village, Rabinal, in the north
 * were"). It crosses no other comma, no clause opener or auxiliary, nor an "and" before another figure.
 */
const subjectTailStops = alternation([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'after', 'before', 'but', 'because', 'since', 'until',
  'said', 'says', 'told', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'including', 'killing',
  'wounding', 'injuring', 'leaving', 'killed', 'died', 'dead', 'injured', 'wounded',
  // a figure of its own belongs to another clause ("a senator revealed that at least eight children were")
  'least', ...Object.keys(unitWords), ...Object.keys(tensWords),
]);
const appositionWord = `(?!(?:${subjectTailStops})(?![\\p{L}]))[^\\s,;.]{1,25}`;
const subjectTailSource = `(?:\\s{0,2},\\s{1,3}${appositionWord}(?:\\s{1,3}${appositionWord}){0,2}\\s{0,2},)?\\s{1,3}(?!(?:including|killing|wounding|injuring|leaving|according)(?![\\p{L}]))(?:on|in|at|of|from|near|inside|outside|along|across|aboard|[a-z]{2,20}ing|(?:who|that)\\s{1,3}(?!(?:${alternation(auxiliaries)})(?![\\p{L}]))[a-z]{2,20})(?:\\s{1,3}(?!\\d{1,7}\\s|(?:${subjectTailStops})(?![\\p{L}])|and\\s{1,3}(?:\\d|(?:${alternation([...Object.keys(unitWords), ...Object.keys(tensWords), 'a', 'an', 'another', 'the'])})(?![\\p{L}])))[^\\s,;.]{1,25}){1,16}?(?=\\s{1,3}(?:were|are|have\\s{1,2}been|had\\s{1,2}been)\\s)`;

/** Subset clause between victims and verb: ", including 10 foreigners,". */
export const inclusionSource = `(?:${subjectTailSource}|\\s{0,2},?\\s{1,3}(?:including|among\\s{1,2}them|among\\s{1,2}whom|mostly|mainly|many\\s{1,2}of\\s{1,2}them|most\\s{1,2}of\\s{1,2}them)\\s{1,3}[^;.]{1,100}?\\s{0,2},?|\\s{0,2}(?:[-–—]{1,2}|\\()\\s{0,2}[^–—();.]{1,80}?(?:[-–—]{1,2}|\\))|\\s{0,2},\\s{1,3}[^,;.()]{1,30}?\\s{1,3}of\\s{1,3}(?:them|whom)(?![\\p{L}])[^,;.()]{0,40},|${relativeClauseSource}|\\s{0,2},\\s{1,3}(?:who|that)|\\s{1,3}(?:who|that))?\\s{0,2},?`;

export const auxiliarySource = `(?:(?:also|reportedly|allegedly|later|all|both|then)\\s{1,3})?(?:(?:${alternation(auxiliaries)})\\s{1,3})?(?:[a-z]{3,20}ly\\s{1,3})?(?:(?:on\\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s{1,3}(?:morning|afternoon|evening|night))?\\s{1,3})?(?:(?:${alternation(predicateAdverbs)})\\s{1,3}){0,3}`;

/** Plural auxiliary (required) and adverbs: "employees were believed to be trapped". */
export const pluralAuxiliarySource = `(?:were|are|have\\s{1,2}been|had\\s{1,2}been|remain|remained)\\s{1,3}(?:(?:${alternation(predicateAdverbs)})\\s{1,3}){0,3}`;

export const adverbSource = alternation(predicateAdverbs);
/** Singular auxiliary (optional): "the driver was pronounced dead", "the driver died". */
export const singularAuxiliarySource = `(?:(?:was|is|has\\s{1,2}been|had\\s{1,2}been|got)\\s{1,3})?(?:(?:${alternation(predicateAdverbs)})\\s{1,3}){0,3}`;

/** A cheap test that a sentence holds one of these phrases: their first words, as a flat alternation. */
function cueOf(phrases: Iterable<string>): RegExp {
  const first = new Set([...phrases].map((p) => p.split(' ')[0]!));
  return ranged(`(?<![\\p{L}])(?:${alternation(first)})(?![\\p{L}])`, 'iu');
}
export const predicateCue = cueOf(predicateKinds.keys());
export const activeVerbCue = cueOf(activeVerbKinds.keys());

export const predicateSource = `(?:${alternation(predicateKinds.keys())})`;
export const activeVerbSource = `(?:${alternation(activeVerbKinds.keys())})`;
/** One violent verb or two joined ("hacked and burnt"): said to kill by a following "dead"/"to death". */
export const violentVerbSource = `(?:(?:${alternation(violentVerbs)})\\s{1,3}and\\s{1,3})?(?:${alternation(violentVerbs)})`;
export const violentVerbCue = cueOf(violentVerbs);
export const resultAdjectiveSource = `(?:${alternation(resultAdjectiveKinds.keys())})`;
export const casualtyNounSource = `(?:${alternation(casualtyNounKinds.keys())})`;

/** Separator between list items: ", ", " and ", ", and ", " as well as ". */
export const listSeparatorSource = `(?:\\s{0,2},\\s{0,3}(?:and\\s{1,3})?|\\s{1,3}(?:and|as\\s{1,2}well\\s{1,2}as|plus|along\\s{1,2}with)\\s{1,3})`;

/** Up to `n` items joined by separators: "one civilian and six assailants". */
export function listSource(n = 4): string {
  return `${itemSource}${postModifierSource}(?:${listSeparatorSource}${looseItem}){0,${n - 1}}`;
}
/** Trigger: a cheap test that a sentence may hold a casualty statement. */
export const triggerPattern =
  /kill|kiled|slay|dead|die[ds]?\b|dying|death|fatal|slain|slew|wound|injur|hurt|hospital|lives|life|murder|massacr|execut|behead|assassin|shot|gunned|lynch|perish|drown|electrocut|martyr|slaughter|missing|unaccounted|disappear|vanish|displac|homeless|fled|flee|forced|driven|uproot|trap|strand|rubble|evacuat|relocat|arrest|detain|captur|apprehend|custody|rounded|prisoner|captive|kidnap|abduct|hostage|seiz|casualt|toll|bod(?:y|ies)|corpse|buried|exhum|no one|nobody|harm|maim|burn|decapitat|stab|beat|crush|trampl|stone|tortur|bludgeon|safety|blown\s{1,3}up/i;
