// Casualty rules as data: one pattern each, named groups `verb`/`pred`/`adj`/`noun` say the
// kind, `L…` groups are the counted items (see patterns.ts `itemSource`).
import type { CasualtyKind } from '../../types.js';
import { filmedThings, harmVerbs, nonHumanBodyModifiers, secondPredicates, victimNouns } from '../../lexicon/casualties.js';

/** Singular perpetrators: "the assailant was shot and later died" is no victim. */
const perpetratorNouns = victimNouns.filter((v) => v.category === 'perpetrator').flatMap((v) => v.forms).filter((w) => !/s$/.test(w));
import { alternation } from './numbers.js';
import { tensWords, unitWords } from '../../lexicon/numbers.js';
import {
  activeVerbSource,
  auxiliarySource,
  casualtyNounSource,
  inclusionSource,
  itemSource,
  itemStartGuard,
  listSource,
  postModifierSource,
  predicateSource,
  resultAdjectiveSource,
  pluralAuxiliarySource,
  singularAuxiliarySource,
  victimSource,
  adverbSource,
  compile,
  predicateCue,
  activeVerbCue,
  violentVerbSource,
  violentVerbCue,
} from './patterns.js';

export type KindSource = 'pred' | 'verb' | 'adj' | 'noun';

export interface CasualtyRule {
  id: string;
  pattern: RegExp;
  /** Where the kind comes from: a named group looked up in the lexicon, or a fixed kind. */
  kind: KindSource | CasualtyKind;
  /** Prefixes of the item groups in the pattern (`L` → qL0, numL0, victimsL0, ...). */
  items: readonly string[];
  /** How the item groups read: a list of counted items (default), "the driver" (= 1), or a figureless group ("employees"). */
  shape?: 'list' | 'the-one' | 'bare' | 'one';
  /** Active verb rules: a verb before the items (checked for "threatened to kill"). */
  active?: boolean;
  /** Figures that are a part of another one ("including 3 children"). */
  subset?: boolean;
  /** More victims told after a figure ("along with two others"): kind of that figure, added to it. */
  companion?: boolean;
  /** An updated or overall figure ("the death toll rose to 40"). */
  total?: boolean;
  /** The item must end in a personal name (not a month, weekday, place word or organisation). */
  named?: boolean;
  /** The victim's head must be a listed person noun (no guess from its ending: "killed later"). */
  listedHead?: boolean;
  /** A cheap test the sentence must pass before the pattern runs (speed only). */
  cue?: RegExp | readonly RegExp[];
  /** Restrict the rule to these kinds ("was trapped" says too little to count one person). */
  onlyKinds?: readonly CasualtyKind[];
  /** Only counts when no other rule read the same words ("was killed" after "a man"). */
  weak?: boolean;
  /** Named groups that must be personal names in the original text (capitalised words); `lower` groups must be lowercase. */
  names?: readonly string[];
  lower?: readonly string[];
  /** Fixed count (the zero rules: "no one was hurt"). */
  count?: number;
  /** For zero rules: also emit this second kind ("no casualties" = no killed, no injured). */
  alsoKind?: CasualtyKind;
}

const flags = 'giud';
const start = `(?<![\\p{L}\\d,.'’-])`;
const end = `(?![\\p{L}\\d]|-[\\p{L}])`;
/**
 * A cue on the whole of a rule's required phrase (a necessary condition of the pattern, so that a
 * sentence without it skips the rule, which is never compiled for most articles). Written
 * case-insensitive: find.ts runs such a cue case-blind on the lowered sentence, as the rules run.
 */
const loweredCue = (source: string): RegExp => new RegExp(compile(source, '').source, 'i');
/** A predicate as the rules read it: after whitespace (an auxiliary, an adverb or the subject), ending a word. */
const predicatePhraseCue = loweredCue(`\\s(?:${predicateSource})${end}`);
/** "dead heat", "dead end", "killed off", "injury time": the predicate must not continue into these. */
const notIdiom = `(?<!retired\\s{1,3}hurt)(?!\\s{1,3}or\\s{1,3}(?:wounded|injured|hurt|killed|captured|missing)\\b)(?!\\s{1,3}(?:heat|end|ends|line|lines|lock|weight|wood|ball|rubber|zone|letter|serious|off|time|duck|ringer|set|certain|against|wrong|bottom)\\b)`;
/** "was kidnapped and later killed": a second predicate for the same victims. */
/** A figure follows (a digit or a number word, after an optional qualifier), not a noun phrase. */
const figureAhead = `(?:(?:at\\s{1,2}least|more\\s{1,2}than|about|around|over|nearly|almost|some|roughly|approximately|up\\s{1,2}to)\\s{1,3})?(?:\\d|a\\s{1,2}dozen|(?:${alternation([...Object.keys(unitWords), ...Object.keys(tensWords), 'hundred', 'dozens', 'hundreds', 'thousands', 'scores'])})(?![\\p{L}]))`;
/** A personal name of two to four words (capitals are checked in code: the rules run on lowercased text). */
const personName = `[\\p{L}'’-]{2,25}(?:\\s{1,3}[\\p{L}'’.-]{1,25}){1,3}`;
const secondPredicate = `(?:\\s{1,3}and\\s{1,3}(?:then\\s{1,3}|later\\s{1,3}|subsequently\\s{1,3})?(?<pred2>${alternation(secondPredicates)})${end})?`;

/** "the killing Sunday of a journalist", "the slaying on Friday night of": a day between a nominalized verb and its object. */
const dayAside = `(?:\\s{1,3}(?:on\\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s{1,3}(?:morning|afternoon|evening|night))?)?`;
/** "the deaths of at least five", "the death of, at least, seven people": a qualifier set off by commas or not. */
const atLeastAside = `(?:\\s{0,2},\\s{0,3}at\\s{1,2}least\\s{0,2},\\s{1,3}|\\s{1,3}(?:at\\s{1,2}least\\s{1,3})?)`;

/**
 * What comes before the figure in the toll rules: with the guard that opens every item
 * (`itemStartGuard`) it is also their cue, a small pattern that skips "the toll could rise".
 */
const tollBefore = `${start}(?:death|casualty|fatality|civilian\\s{1,2}death|official|final|overall)?\\s{0,2}tolls?\\s{1,3}(?:(?:has|had|have|was|is|now|also|further|then|later|officially|had\\s{1,2}been)\\s{1,3}){0,2}(?:(?:rose|risen|rises|rising|rise|climbed|climbs|climbing|jumped|jumps|increased|increases|reached|reaches|hit|hits|stands|stood|stand|went\\s{1,2}up|is|was|mounted|now)\\s{1,3})?(?:(?:to|at|of)\\s{1,3})?`;
const tollRisenBefore = `${start}toll\\s{1,3}(?:[^\\s.;]{1,25}\\s{1,3}){1,12}?(?:has\\s{1,3}|had\\s{1,3}|have\\s{1,3}|now\\s{1,3})?(?:risen|rose|climbed|reached|jumped|increased|mounted|gone\\s{1,2}up)\\s{1,3}(?:to\\s{1,3})?`;

/** A rule as written: its pattern, or how to compile it when the rule is first used. */
type RuleDefinition = Omit<CasualtyRule, 'pattern'> & { pattern: RegExp | (() => RegExp) };

const definitions: readonly RuleDefinition[] = [
  {
    // the verb split around its object: "shot two men dead", "hacked and burnt 8 herders to death",
    // "shooting at least nine of them dead"
    id: 'casualty/verb-n-dead',
    cue: [violentVerbCue, /\b(?:dead|death)\b/i],
    pattern: () => compile(
      `${start}(?<verb>${violentVerbSource})["”]?\\s{1,3}(?<L>${listSource(2)})(?:\\s{1,3}of\\s{1,3}(?:them|whom))?\\s{1,3}(?:dead|to\\s{1,3}death)${end}`,
      flags,
    ),
    kind: 'killed',
    items: ['L'],
    active: true,
  },
  {
    // "stabbing and slashing to death 11 people"
    id: 'casualty/verbs-to-death-n',
    cue: /\bto\s{1,3}death\b/i,
    pattern: () => compile(`${start}(?<verb>${violentVerbSource})\\s{1,3}to\\s{1,3}death\\s{1,3}(?<L>${listSource(2)})${end}`, flags),
    kind: 'killed',
    items: ['L'],
    active: true,
  },
  {
    // "killed at least seven civilians", "killing 38 passengers and all 9 crew members"
    id: 'casualty/verb-n',
    cue: activeVerbCue,
    pattern: () => compile(`${start}(?<verb>${activeVerbSource})\\s{1,3}(?<L>${listSource()})${end}`, flags),
    kind: 'verb',
    items: ['L'],
    active: true,
  },
  {
    // "the number of people killed ... has been put at 32", "put the number killed at 35",
    // "the number of those injured rose to 40": an overall figure
    id: 'casualty/number-killed',
    cue: /\bnumber\b/i,
    pattern: () => compile(
      `${start}number\\s{1,3}(?:of\\s{1,3}(?:(?:people|persons|civilians|victims|those|casualties)\\s{1,3})?(?:who\\s{1,3}(?:were|have\\s{1,2}been|had\\s{1,2}been|was)\\s{1,3})?)?(?<pred>killed|dead|injured|wounded|hurt)(?:\\s{1,3}(?:[^\\s.;]{1,25}\\s{1,3}){0,24}?(?:(?:has|had|have)\\s{1,3}(?:now\\s{1,3})?(?:been\\s{1,3})?)?(?:is|was|stands|stood|rose|risen|reached|climbed|increased|jumped|put|placed|estimated)(?:\\s{1,3}(?:to|at))?|\\s{1,3}at)\\s{1,3}(?=${figureAhead})(?<L>${itemSource})${end}`,
      flags,
    ),
    kind: 'pred',
    items: ['L'],
    total: true,
  },
  {
    // "At least 29 people, including 10 foreigners, were killed"; "Four women and two men died"
    id: 'casualty/n-pred',
    cue: [predicateCue, predicatePhraseCue],
    pattern: () => compile(
      `${start}(?<L>${listSource()})${postModifierSource}${inclusionSource}\\s{1,3}${auxiliarySource}(?<pred>${predicateSource})${end}${notIdiom}${secondPredicate}`,
      flags,
    ),
    kind: 'pred',
    items: ['L'],
  },
  {
    // "killed the village chief", "shot dead his wife"
    id: 'casualty/verb-the-one',
    cue: [activeVerbCue, /\b(?:the|his|her|their|its|a|an|one)\s/i],
    pattern: () => compile(
      `${start}(?<verb>${activeVerbSource})\\s{1,3}(?<L>(?:the|his|her|their|its|a|an|one)\\s{1,3}${victimSource})${end}`,
      flags,
    ),
    kind: 'verb',
    items: ['L'],
    active: true,
    shape: 'the-one',
  },
  {
    // "the driver was pronounced dead", "his wife was shot dead"
    id: 'casualty/the-one-pred',
    cue: [predicateCue, /\b(?:the|his|her|their|its)\s/i, predicatePhraseCue],
    pattern: () => compile(
      `${start}(?<L>(?:the|his|her|their|its)\\s{1,3}${victimSource})${postModifierSource}\\s{1,3}${singularAuxiliarySource}(?<pred>${predicateSource})${end}${notIdiom}${secondPredicate}`,
      flags,
    ),
    kind: 'pred',
    items: ['L'],
    shape: 'the-one',
    weak: true,
  },
  {
    // "Khan, a tribal elder, was killed": a singular subject = 1 (only when nothing else counts it)
    id: 'casualty/was-pred',
    cue: [predicateCue, /\b(?:was|is|been|has|had)\b/i, predicatePhraseCue],
    pattern: () => compile(`${start}(?<L>was|is|has\\s{1,2}been|had\\s{1,2}been|(?:has|had)(?=\\s{1,3}[a-z]{2,12}ly\\s{1,3}been\\s))\\s{1,3}(?:(?:${adverbSource})\\s{1,3}){0,3}(?!blown\\s)(?<pred>${predicateSource})${end}${notIdiom}${secondPredicate}`, flags),
    kind: 'pred',
    items: ['L'],
    shape: 'one',
    weak: true,
    onlyKinds: ['killed', 'injured', 'kidnapped', 'arrested'],
  },
  {
    // "Ramirez was shot on Wednesday afternoon and later died in hospital": the one victim hurt died = 1
    id: 'casualty/was-hurt-then-died',
    cue: [/\b(?:died|succumbed)\b/i, /\b(?:was|been)\b/i],
    pattern: () => compile(
      `${start}(?<!(?:${alternation(perpetratorNouns)})\\s{1,3})(?<L>was|had\\s{1,2}been)\\s{1,3}(?:(?:${adverbSource})\\s{1,3}){0,2}(?:${alternation(harmVerbs)})(?![\\p{L}])(?:\\s{1,3}[^\\s.;!?]{1,25}){0,8}?\\s{0,2},?\\s{1,3}and\\s{1,3}(?:(?:later|then|subsequently|eventually|afterwards|soon)\\s{1,3})?(?:died|succumbed)${end}`,
      flags,
    ),
    kind: 'killed',
    items: ['L'],
    shape: 'one',
    weak: true,
  },
  {
    // "Ibrahim Inco, the village leader, was shot by suspected militants": one person shot; kept
    // (as one killed) only in an article that tells of no wound, hospital or survivor (index.ts)
    id: 'casualty/was-shot',
    cue: /\bshot\b/i,
    pattern: () => compile(
      `${start}(?<!(?:${alternation([...perpetratorNouns, ...filmedThings])})\\s{1,3})(?<L>was|has\\s{1,2}been|had\\s{1,2}been)\\s{1,3}(?:(?:allegedly|reportedly|also|then|later|first)\\s{1,3})?shot(?=\\s{0,2}[,.;]|\\s{1,3}(?:by|on|after|while|when|as|outside|near|multiple|several|twice|once|at\\s{1,3}close|in\\s{1,3}(?:the|his|her)\\s{1,3}(?:head|chest|neck|face))(?![\\p{L}]))`,
      flags,
    ),
    kind: 'killed',
    items: ['L'],
    shape: 'one',
    weak: true,
  },
  {
    // "killed prominent writer Nahed Hattar", "shot and killed Khairullah": a named victim = 1
    id: 'casualty/verb-name',
    cue: [activeVerbCue, /[^.!?]\s{1,3}\p{Lu}/u],
    pattern: () => compile(`${start}(?<verb>${activeVerbSource})\\s{1,3}(?<L>(?:[\\p{Ll}][\\p{L}-]{1,24}\\s{1,3}){0,3}[\\p{Lu}][\\p{Ll}'’]{1,24}(?:\\s{1,3}(?:[\\p{Lu}][\\p{L}'’.-]{0,24}|al|bin|de|da|van|von|el)){0,4})(?![\\p{L}])`, flags),
    kind: 'verb',
    items: ['L'],
    shape: 'one',
    active: true,
    weak: true,
    named: true,
    onlyKinds: ['killed', 'kidnapped'],
  },
  {
    // headline style, no determiner: "Gunmen kill prominent tribal elder in Baidoa" = 1
    id: 'casualty/verb-bare-one',
    cue: activeVerbCue,
    pattern: () => compile(
      `${start}(?<!(?:the|a|an|his|her|their|its|was|were|been|being|is|are)\\s{1,3})(?<verb>${activeVerbSource})\\s{1,3}(?<L>${victimSource})${end}`,
      flags,
    ),
    kind: 'verb',
    items: ['L'],
    shape: 'the-one',
    active: true,
    weak: true,
    listedHead: true,
    onlyKinds: ['killed', 'kidnapped'],
  },
  {
    // "shot him dead", "killing her"
    id: 'casualty/verb-pronoun',
    cue: /\b(?:him|her)\b/i,
    pattern: () => compile(`${start}(?:(?<verb>${activeVerbSource})\\s{1,3}(?<L>him|her)(?!\\s{1,3}(?:own|way|to|and|[a-z]{1,20}s)\\b)|shot\\s{1,3}(?<L2>him|her)\\s{1,3}dead)${end}`, flags),
    kind: 'verb',
    items: ['L', 'L2'],
    shape: 'one',
    active: true,
    weak: true,
  },
  {
    // "The dead included six civilians and eight soldiers"
    id: 'casualty/the-dead-included',
    cue: /\bthe\s{1,3}(?:dead|killed|injured|wounded|victims)\b/i,
    pattern: () => compile(`${start}the\\s{1,3}(?<adj>dead|killed|injured|wounded|victims)\\s{1,3}(?:included|include|includes|were|are)\\s{1,3}(?<L>${listSource()})${end}`, flags),
    kind: 'adj',
    items: ['L'],
  },
  {
    // "In addition to the assailant, 12 recruits were killed": the assailant died too
    id: 'casualty/in-addition-to-perpetrator',
    cue: /addition/i,
    pattern: () => compile(`${start}in\\s{1,2}addition\\s{1,2}to\\s{1,2}(?<L>the\\s{1,2}(?:suicide\\s{1,2})?(?:bomber|assailant|attacker|perpetrator|gunman)|(?:the\\s{1,2})?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s{1,2}(?:suicide\\s{1,2})?(?:bombers|assailants|attackers|perpetrators|gunmen|militants))${end}(?=[^.;]{1,200}\\b(?:killed|died|dead)\\b)`, flags),
    kind: 'killed',
    items: ['L'],
  },
  {
    // "left two dead and 18 injured", "leaving at least 180 people dead"
    id: 'casualty/left-n-adj',
    cue: /\b(?:left|leaving|leaves|leave|resulted|resulting|with)\s[^.;]{1,160}?\b(?:dead|killed|injured|wounded|hurt|missing|homeless|displaced|trapped|stranded)\b/i,
    pattern: () => compile(
      `${start}(?:left|leaving|leaves|leave|resulted\\s{1,2}in|resulting\\s{1,2}in|with)\\s{1,3}(?<L>${listSource(2)})\\s{1,3}(?<adj>${resultAdjectiveSource})${end}${notIdiom}`,
      flags,
    ),
    kind: 'adj',
    items: ['L'],
  },
  {
    // "employees were believed to be trapped": a group with no figure (count null, vague)
    id: 'casualty/bare-plural-pred',
    cue: [predicateCue, /\b(?:were|are|been|remain|remained)\b/i, predicatePhraseCue],
    pattern: () => compile(
      `${start}(?<L>${victimSource})\\s{1,3}${pluralAuxiliarySource}(?<pred>${predicateSource})${end}${notIdiom}`,
      flags,
    ),
    kind: 'pred',
    items: ['L'],
    shape: 'bare',
  },
  {
    // "2 fatalities", "three deaths"
    id: 'casualty/n-noun',
    cue: loweredCue(`\\s${casualtyNounSource}${end}`),
    pattern: () => compile(`${start}(?<L>${itemSource})\\s{1,3}(?<noun>${casualtyNounSource})${end}${notIdiom}`, flags),
    kind: 'noun',
    items: ['L'],
  },
  {
    // "the death toll rose to 40", "bringing the toll to 12", "a death toll of 7"
    id: 'casualty/toll',
    cue: [/toll/i, loweredCue(`${tollBefore}${itemStartGuard}`)],
    pattern: () => compile(`${tollBefore}(?<L>${itemSource})${end}`, flags),
    kind: 'killed',
    items: ['L'],
    total: true,
  },
  {
    // "The death toll of last week's clashes has risen to 31": words between the toll and its verb
    id: 'casualty/toll-risen-to',
    cue: [/toll/i, loweredCue(`${tollRisenBefore}${itemStartGuard}`)],
    pattern: () => compile(`${tollRisenBefore}(?<L>${itemSource})${end}`, flags),
    kind: 'killed',
    items: ['L'],
    total: true,
  },
  {
    // "slaughtered a family of seven"
    id: 'casualty/verb-family-of-n',
    cue: /\b(?:family|household|group|crew)\s{1,2}of\b/i,
    pattern: () => compile(`${start}(?<verb>${activeVerbSource})\\s{1,3}(?:a|an|the|all|entire)\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}?(?:family|household|group|crew)\\s{1,2}of\\s{1,3}(?<L>${itemSource})${end}`, flags),
    kind: 'verb',
    items: ['L'],
    active: true,
  },
  {
    // "claimed 12 lives", "cost 5 lives"
    id: 'casualty/claimed-lives',
    cue: /\b(?:claim|cost|took|taking|takes)[a-z]{0,3}\s[^.;]{0,60}?\blives\b/i,
    pattern: () => compile(
      `${start}(?:claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes)\\s{1,3}(?:the\\s{1,2}lives\\s{1,2}of\\s{1,3}(?<L>${listSource(2)})|(?<M>${itemSource})\\s{1,3}(?:more\\s{1,2}|other\\s{1,2}|civilian\\s{1,2}|innocent\\s{1,2})?lives)${end}`,
      flags,
    ),
    kind: 'killed',
    items: ['L', 'M'],
  },
  {
    // "five dead bodies were found", "the bodies of 70 civilians": bodies found = killed
    id: 'casualty/bodies',
    cue: loweredCue(`\\s(?:bodies|corpses)${end}|(?:bod(?:y|ies)|corpses?)\\s{1,2}of\\s`),
    pattern: () => compile(`${start}(?:(?<L>${itemSource})\\s{1,3}(?:dead\\s{1,2}|more\\s{1,2}|other\\s{1,2}|decomposed\\s{1,2}|mutilated\\s{1,2}|charred\\s{1,2}){0,2}(?:bodies|corpses)|(?:bod(?:y|ies)|corpses?)\\s{1,2}of\\s{1,3}(?<M>${itemSource}))${end}`, flags),
    kind: 'killed',
    items: ['L', 'M'],
  },
  {
    // "his body was found", "the body of Juan Perez was discovered", "a charred body found near
    // the road": one victim, implied (a figure "the bodies of 3 men" is the rule above)
    id: 'casualty/body-found',
    cue: /\bbody\b/i,
    pattern: () => compile(
      `${start}(?:his|her|the|a|an)\\s{1,3}(?!(?:${alternation(nonHumanBodyModifiers)})(?![\\p{L}]))(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}?body(?:\\s{1,3}of\\s{1,3}(?!(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,4}|some|several|dozens|many|an?\\s{1,3}\\S{1,20})(?![\\p{L}\\d]))(?:[^\\s.;,]{1,25}\\s{1,3}){0,4}?[^\\s.;,]{1,25})?(?:\\s{0,2},[^.;,]{1,80}?,)?\\s{1,3}(?:(?:was|were|has\\s{1,2}been|had\\s{1,2}been|is|later|also|then|subsequently|eventually|reportedly)\\s{1,3}){0,2}(?:found|discovered|recovered|dumped|retrieved|exhumed|fished\\s{1,2}out)(?!\\s{1,3}(?:to|that|guilty|liable|wanting|lacking)(?![\\p{L}]))${end}`,
      flags,
    ),
    kind: 'killed',
    items: [],
    count: 1,
  },
  {
    // "residents buried 27 victims", "authorities exhumed 45 corpses": the dead of the event
    id: 'casualty/buried-n',
    cue: /\b(?:buried|exhumed)\b/i,
    pattern: () => compile(
      `${start}(?:buried|exhumed)(?![^.;]{0,60}?(?<![\\p{L}])(?:under|beneath|alive|rubble|debris|mud|snow|sand|landslide|avalanche)(?![\\p{L}]))\\s{1,3}(?:the\\s{1,2}bodies\\s{1,2}of\\s{1,3})?(?<L>${itemSource})${end}(?!\\s{1,3}(?:under|beneath|alive|in\\s{1,2}(?:the\\s{1,2})?(?:rubble|debris|mud|snow|sand)|inside)(?![\\p{L}]))`,
      flags,
    ),
    kind: 'killed',
    items: ['L'],
  },
  {
    // "the lives of five people were lost", "12 lives have been lost"
    id: 'casualty/lives-lost',
    cue: /\blives\b[^.;]{0,40}?\blost\b/i,
    pattern: () => compile(
      `${start}(?:lives\\s{1,3}of\\s{1,3}(?<L>${listSource(2)})|(?<M>${itemSource})\\s{1,3}(?:(?:more|other|civilian|innocent|human|precious)\\s{1,2})?lives)\\s{1,3}(?:were|was|have\\s{1,2}been|had\\s{1,2}been|has\\s{1,2}been)\\s{1,3}(?:(?:also|reportedly|tragically)\\s{1,3})?lost${end}`,
      flags,
    ),
    kind: 'killed',
    items: ['L', 'M'],
  },
  {
    // nominalized killing verbs with their "of"-object: "the deaths of three soldiers", "the
    // murder of five women", "the fatal shooting of a teenager"; a singular "death of" only before
    // a figure ("the death of one policeman") or after a cause ("resulting in the death of the
    // driver") or a crime ("charged with murder in the death of a woman"), since "the death of
    // the Queen" can be a natural one
    id: 'casualty/deaths-of-n',
    cue: /\b(?:deaths?|killings?|murders?|massacres?|slayings?|assassinations?|shootings?|stabbings?|beatings?)\s{1,3}(?:(?:on\s{1,3})?[a-z]{3,6}day(?:\s{1,3}[a-z]{5,9})?\s{1,3})?of\b/i,
    pattern: () => compile(
      // three ways in, one list after them (one copy of the list source: a third of the compile)
      `${start}(?:(?:deaths|killings|killing|murders|murder|massacres|massacre|slayings|slaying|assassinations|assassination|(?:fatal|deadly)\\s{1,2}(?:shootings|shooting|stabbings|stabbing|beatings|beating)|(?:shooting|stabbing)\\s{1,2}deaths?)${dayAside}\\s{1,2}of${atLeastAside}|death\\s{1,2}of${atLeastAside}(?!(?:the|a|an|his|her|their|its|another|all)(?![\\p{L}]))|(?<=(?:result(?:ing|ed|s)?\\s{1,2}in|lead(?:ing|s)?\\s{1,2}to|led\\s{1,2}to|caus(?:ing|ed|es))\\s{1,3}(?:the\\s{1,3})?|(?<![\\p{L}])(?:murder|homicide|charged|accused|convicted|suspects?|violent|violence|arrested)(?![\\p{L}])[^.;!?]{1,120})death\\s{1,2}of${atLeastAside})(?<L>${listSource(2)})${end}`,
      flags,
    ),
    kind: 'killed',
    items: ['L'],
  },
  {
    // "Fatalities are split across 4 events (1)": the coded per-event figure
    id: 'casualty/split-fatalities',
    cue: /fatalities/i,
    pattern: /(?<![\p{L}])fatalities\s{1,3}(?:are|were)\s{1,3}(?:split|spread|divided)\s{1,3}(?:across|between|among)\s{1,3}\d{1,3}\s{1,3}(?:events|locations|villages|days)\s{0,3}\((?<L>\d{1,5})\)/giud,
    kind: 'killed',
    items: ['L'],
    total: true,
  },
  {
    // "Unknown fatalities coded as 10", "Fatalities coded as 0": the coded figure replaces the others
    id: 'casualty/coded-fatalities',
    cue: /coded/i,
    pattern: /(?<![\p{L}])fatalities\s{1,3}(?:and\s{1,3}injuries\s{1,3})?(?:are\s{1,3}|were\s{1,3}|have\s{1,3}been\s{1,3})?coded\s{1,3}as\s{1,3}(?<L>\d{1,5})(?!\d)/giud,
    kind: 'killed',
    items: ['L'],
    total: true,
  },
  {
    // "An elderly couple were found dead", "a husband and wife were killed": two victims
    id: 'casualty/pair-pred',
    cue: [/couple|husband|brothers|sisters|twins/i, predicateCue, predicatePhraseCue],
    pattern: () => compile(
      `${start}(?:an?|the|one)\\s{1,3}(?:[\\p{L}-]{2,20}\\s{1,3}){0,2}?(?:couple|husband\\s{1,3}and\\s{1,3}wife|pair\\s{1,2}of\\s{1,2}(?:brothers|sisters|twins))\\s{1,3}${auxiliarySource}(?<pred>${predicateSource})${end}${notIdiom}`,
      flags,
    ),
    kind: 'pred',
    items: [],
    count: 2,
  },
  {
    // "Juan Perez and drummer Luis Gomez were found murdered": two named victims (first and last names)
    id: 'casualty/two-names-pred',
    cue: [/\p{Lu}\p{Ll}{1,24}\s{1,3}\p{Lu}[\p{L}'’.-]{1,24}\s{1,3}and\s/u, predicateCue, predicatePhraseCue],
    pattern: () => compile(
      `${start}(?<n1>${personName})\\s{1,3}and\\s{1,3}(?<t2>(?:(?!(?:his|her|their|its|the|an?|our|my|one)\\s)[\\p{L}-]{2,20}\\s{1,3}){0,2})(?<n2>${personName})\\s{1,3}${pluralAuxiliarySource}(?<pred>${predicateSource})${end}${notIdiom}`,
      flags,
    ),
    kind: 'pred',
    items: [],
    count: 2,
    weak: true,
    names: ['n1', 'n2'],
    lower: ['t2'],
  },
  {
    // "murdered a gay couple"
    id: 'casualty/verb-pair',
    cue: /couple|husband/i,
    pattern: () => compile(`${start}(?<verb>${activeVerbSource})\\s{1,3}(?:an?|the)\\s{1,3}(?:[\\p{L}-]{2,20}\\s{1,3}){0,2}?(?:couple|husband\\s{1,3}and\\s{1,3}wife)${end}`, flags),
    kind: 'verb',
    items: [],
    count: 2,
    active: true,
  },
  {
    // "no one was hurt", "nobody was killed"
    id: 'casualty/no-one-pred',
    cue: [/\b(?:no|nobody|none|no-one)\b/i, predicateCue, predicatePhraseCue],
    pattern: () => compile(
      `${start}(?:no\\s{1,2}one|no-one|nobody|none|no\\s{1,2}(?:other\\s{1,2})?(?:people|person|civilians?|passengers?|casualties|lives))\\s{1,3}(?:else\\s{1,3}|of\\s{1,3}(?:them|the\\s{1,3}[\\p{L}-]{1,25})\\s{1,3})?${auxiliarySource}(?<pred>${predicateSource})${end}${notIdiom}`,
      flags,
    ),
    kind: 'pred',
    items: [],
    count: 0,
  },
  {
    // "there were no casualties", "no injuries were reported", "without casualties"
    id: 'casualty/no-casualties',
    cue: /\b(?:no|without|zero|any)\b/i,
    pattern: () => compile(
      `${start}(?:no|without|zero|not\\s{1,2}any)\\s{1,3}(?:(?:immediate|reported|other|further|serious|human)\\s{1,3}){0,2}(?<noun>casualties|casualty|injuries|injury|fatalities|deaths|loss\\s{1,2}of\\s{1,2}life)${end}`,
      flags,
    ),
    kind: 'noun',
    items: [],
    count: 0,
  },
  {
    // "including 10 foreigners", "among them three children", "among the dead were two women"
    id: 'casualty/including-n',
    cue: /includ|among|whom|mostly|mainly|most\s{1,2}of/i,
    pattern: () => compile(
      `${start}(?:including|includes|included|include|among\\s{1,2}(?:them|whom|those)|among\\s{1,2}the\\s{1,2}(?:dead|victims|killed|injured|wounded|casualties|fatalities)(?:\\s{1,2}(?:were|are|was|is))?|of\\s{1,2}whom|mostly|mainly|most\\s{1,2}of\\s{1,2}them)\\s{1,3}(?<L>${listSource()})${end}`,
      flags,
    ),
    kind: 'pred',
    items: ['L'],
    subset: true,
  },
  {
    // "the remaining 45 were shot": a part of a figure given before
    id: 'casualty/the-remaining-n',
    cue: [/remaining/i, loweredCue(`${start}the\\s{1,3}remaining\\s{1,3}${itemStartGuard}`)],
    pattern: () => compile(`${start}the\\s{1,3}remaining\\s{1,3}(?<L>${itemSource})${end}`, flags),
    kind: 'pred',
    items: ['L'],
    subset: true,
  },
  {
    // "was killed along with his wife and 10 other people", "was killed with four others": more
    // victims of the same kind (a bare "with" only before "N others")
    id: 'casualty/along-with',
    cue: /along|together|\bwith\s{1,3}[^\s]{1,20}\s{1,3}(?:[^\s]{1,20}\s{1,3})?other/i,
    pattern: () => compile(
      `${start}(?:along\\s{1,2}with|alongside|together\\s{1,2}with|with(?=\\s{1,3}(?:[\\p{L}\\d-]{1,20}\\s{1,3}){1,2}other(?:s|\\s{1,3}(?:people|persons|victims|passengers))(?![\\p{L}])))\\s{1,3}(?<L>${listSource()})${end}`,
      flags,
    ),
    kind: 'pred',
    items: ['L'],
    companion: true,
  },
  {
    // "20 people were killed, eight of them children"
    id: 'casualty/n-of-them',
    cue: loweredCue(`\\sof\\s{1,3}(?:them|whom|those|the\\s{1,2}(?:dead|victims|injured|wounded|killed))${end}`),
    pattern: () => compile(`${start}(?<L>${itemSource})\\s{1,3}of\\s{1,3}(?:them|whom|those|the\\s{1,2}(?:dead|victims|injured|wounded|killed))${end}`, flags),
    kind: 'pred',
    items: ['L'],
    subset: true,
  },
];

/**
 * The rules, each pattern compiled when the rule is first used: a rule runs only on a sentence
 * that passes its cues, so most articles need few of the rules, and compiling all of them (their
 * sources hold the counted-item lists, 330,000 characters in all) was a tenth of a short run's start-up.
 */
export const casualtyRules: readonly CasualtyRule[] = definitions.map(compiledOnFirstUse);

function compiledOnFirstUse(definition: RuleDefinition): CasualtyRule {
  const { pattern, ...rule } = definition;
  if (pattern instanceof RegExp) return { ...rule, pattern };
  let compiled: RegExp | undefined;
  return Object.defineProperty(rule, 'pattern', { get: () => (compiled ??= pattern()), enumerable: true }) as CasualtyRule;
}

/** Zero rules on "casualties" speak of both kinds. */
export const casualtyNounBothKinds: ReadonlySet<string> = new Set(['casualties', 'casualty', 'loss of life']);
