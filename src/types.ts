/** A span of the document text: `text === documentText.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Every fact names the rule that produced it, so `--explain` can say why. */
export interface Evidence {
  rule: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateFact extends Span, Evidence {
  type: TimexType;
  /** TIMEX3 value: 2024-05-23, 2024-W21, P3D, PRESENT_REF, XXXX-05-23 ... */
  value: string;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'other';

export interface PlaceFact extends Evidence {
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  mentions: Span[];
}

export const casualtyKinds = [
  'killed',
  'injured',
  'missing',
  'displaced',
  'trapped',
  'evacuated',
  'arrested',
  'kidnapped',
] as const;
export type CasualtyKind = (typeof casualtyKinds)[number];

export const casualtyQualifiers = [
  'exact',
  'at_least',
  'more_than',
  'about',
  'up_to',
  'less_than',
  'range',
  'vague',
] as const;
export type CasualtyQualifier = (typeof casualtyQualifiers)[number];

export const victimCategories = [
  'civilian',
  'military',
  'police',
  'child',
  'journalist',
  'aid_worker',
  'perpetrator',
  'unknown',
] as const;
export type VictimCategory = (typeof victimCategories)[number];

export interface CasualtyFact extends Span, Evidence {
  kind: CasualtyKind;
  /** The integer stated (lower bound for "at least"/"over"); null when only vague ("dozens"). */
  count: number | null;
  min: number | null;
  max: number | null;
  qualifier: CasualtyQualifier;
  /** The victims' noun phrase as written ("civilians", "railway employees"), or null. */
  victims: string | null;
  victimCategory: VictimCategory;
  /** True when this figure is a subset of another one ("including 3 children"): never added twice. */
  subset?: boolean;
  /**
   * True when the text places this figure outside the article's main event (another time, a
   * background total: "since the war began, 10,000 have died"): listed, but kept out of the summary.
   */
  background?: boolean;
}

export interface OfficialFact extends Evidence {
  name: string;
  /** Lowercase, as the text states it ("regional governor"). */
  title: string;
  /** The country or body of the office when stated, else null. */
  organization: string | null;
  mentions: Span[];
}

export interface Summary {
  killed: number | null;
  injured: number | null;
  missing: number | null;
  displaced: number | null;
}

export const factKinds = ['dates', 'places', 'casualties', 'officials'] as const;
export type FactKind = (typeof factKinds)[number];

export interface Warning {
  code: string;
  message: string;
}

/** What `extract()` returns for one document (the record minus the id). */
export interface Extraction {
  referenceDate: string | null;
  dates: DateFact[];
  places: PlaceFact[];
  casualties: CasualtyFact[];
  officials: OfficialFact[];
  summary: Summary;
  warnings?: Warning[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD; anchors relative dates. When absent, a dateline in the text is used if any. */
  referenceDate?: string | null;
  /** Run only these extractors; the others come back []. Default: all. */
  only?: readonly FactKind[];
}
