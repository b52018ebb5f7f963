// Rules as data: the look-up sets built from the places lexicon, and the rule ids a mention can carry.
import {
  calendarWords,
  cityBodyWords,
  clubPrefixWords,
  demonymWords,
  cityCueWords,
  divisionCueWords,
  numberedRoadWords,
  pluralDivisionWords,
  streetTypeWords,
  divisionNameWords,
  nonPlaceWords,
  personTitleWords,
  honorifics,
  townBodyWords,
  placeFollowerWords,
  localUseFollowerWords,
  placeModifierHeads,
  placePrepositions,
  placeNameConnectors,
  speechVerbs,
} from '../../lexicon/places.js';

export const ruleIds = {
  /** A gazetteer name (longest capitalized n-gram, n <= 5). */
  gazetteer: 'place/gazetteer',
  /** "Metcalfe County", "Rapides Parish": a name followed by a capitalized division word. */
  division: 'place/division-name',
  /** "Paris, Texas": a name followed by its state or country. */
  qualified: 'place/name-comma-state',
  /** "Van Dorn Street", "Highway 19": a street or road. */
  street: 'place/street',
  /** "Clarke and Oconee counties": names before a plural division word. */
  divisionList: 'place/division-list',
  /** "Egypt-US relations": a place inside a hyphenated word. */
  hyphenPart: 'place/hyphen-part',
  /** "the city of X", "X region": a lowercase cue word chose the kind. */
  cue: 'place/cue',
} as const;

export const maxNameTokens = 5;

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

export const connectorSet = lower(placeNameConnectors);
export const nonPlaceWordSet = lower(nonPlaceWords);
export const calendarWordSet = lower(calendarWords);
export const divisionNameWordSet = new Set(divisionNameWords);
export const divisionCueWordSet = lower(divisionCueWords);
export const cityCueWordSet = lower(cityCueWords);
export const personTitleSet = lower(personTitleWords);
export const speechVerbSet = lower(speechVerbs);
export const honorificSet = lower(honorifics);

/** A token that can be (part of) a place name: starts with an uppercase letter. */
export const nameTokenPattern = /^\p{Lu}[\p{L}\p{M}'’.\-]{0,40}$/u;
/** Possessive ending cut off a name ("Ukraine's" -> "Ukraine"). */
export const possessivePattern = /['’]s?$/u;
export const placeModifierHeadSet = lower(placeModifierHeads);
export const demonymWordSet = lower(demonymWords);
export const streetTypeWordSet = new Set(streetTypeWords);
export const pluralDivisionWordSet = lower(pluralDivisionWords);
/**
 * "Highway 19", "County Road 43", "Interstate 75", "I-75", "U.S. 1": numbered roads, longest prefix first.
 * Sticky: set lastIndex to a token's start and exec on the whole text (no slice per token).
 */
export const numberedRoadPattern = new RegExp(
  `(?:(?:${[...numberedRoadWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, ' ')).join('|')}) \\d{1,4}[A-Z]?|I-\\d{1,3})`,
  'y',
);
/** "N.", "E.", "South", "Old", "42nd": words allowed inside a street name besides capitalized ones. */
export const streetInnerPattern = /^(?:[NSEW]\.|\d{1,3}(?:st|nd|rd|th))$/;
export const placePrepositionSet = lower(placePrepositions);
export const clubPrefixWordSet = lower(clubPrefixWords);
export const placeFollowerWordSet = lower(placeFollowerWords);
/** Case-sensitive: "Jordan Elementary" but not "Jordan's elementary schools". */
export const localUseFollowerWordSet = new Set(localUseFollowerWords);

/**
 * Words of American local news that no other country's press uses this way: a sheriff's office,
 * townships, county boards, numbered interstates and county roads, house-number street addresses
 * with a US street suffix. One of them makes an article's ambiguous town names lean American.
 */
export const usLocalCuePattern =
  /\b(?:[Ss]heriff(?:'s|’s)? (?:[Oo]ffice|[Dd]epartment|[Dd]eput(?:y|ies))|[Tt]ownship|[Cc]ounty (?:[Cc]ommission(?:ers?)?|[Bb]oard|[Ss]heriff|[Aa]ttorney|[Jj]ail|[Cc]ourthouse|[Ee]xtension|[Pp]rosecutor)|[Aa]ldermen|[Ss]electmen|(?:Police|Fire|Sheriff's|Sheriff’s) Department|[Ss]chool [Dd]istrict|[Ss]tate (?:Sen|Rep)\.|Gov\. [A-Z]|\([RD]-[A-Z]|\d mph\b|Interstate \d|I-\d{1,3}\b|County Road \d|State Route \d|\d{1,5} (?:[NSEW]\.? )?[A-Z][a-z]{1,20} (?:St|Ave|Rd|Dr|Blvd|Street|Avenue|Road|Drive|Lane|Boulevard|Pike|Parkway)\b)/;

/**
 * Habits of the British press: "Mr Smith" with no full stop, British spellings, pounds, "4am", police
 * and council words of British local government. Two different ones make an article read as British local news.
 */
export const britishCuePattern =
  /\b(?:M(?:r|rs|s) (?=[A-Z])|(?:[Hh]onour|[Cc]olour|[Ff]avour|[Nn]eighbour|[Ll]abour)(?:s|ed|ing|hood)?\b|(?:[Cc]entre|[Tt]heatre|[Pp]rogramme|[Ll]icence)s?\b|[Oo]rganis(?:e|ed|ation|ations|ing)\b|[Rr]ealis(?:e|ed)\b|[Tt]ravell(?:ed|ing)\b|whilst\b|\d{1,2}(?:\.\d\d)?(?:am|pm)\b|[Bb]orough [Cc]ouncil|[Cc]ounty [Cc]ouncil|[Pp]arish [Cc]ouncil|[Cc]ouncillors?\b|PC [A-Z]|Det Sgt|Det Insp|\bA&E\b|NHS\b|GCSEs?\b|[Mm]otorway|[Dd]ual carriageway|\bMP\b)|£\d/g;

/** "City" -> "Council", "Manager", ...: a town's bodies and schools named after it (see townBodyWords). */
export const townBodyWordMap: ReadonlyMap<string, ReadonlySet<string>> = new Map(townBodyWords.map(([word, next]) => [word, new Set(next)]));

/** "Council" in "Dublin City Council". */
export const cityBodyWordSet = new Set(cityBodyWords);
