// Resolution: for every candidate, the gazetteer place it most likely means, scored by a
// population prior, the countries and divisions the article mentions, "X, State" qualifiers and
// cue words ("the city of X", "X region").
import type { Document } from '../../document.js';
import type { PlaceFact, PlaceKind } from '../../types.js';
import { lookupName, placeById, placeKey, type GazetteerPlace } from './gazetteer.js';
import { stateAbbreviations, stateSpecificDivisionWords } from '../../lexicon/places-regions.js';

/** The abbreviation of a division code ("US-LA" -> "La."), usable as a gazetteer key. */
const stateNameOfCode = (code: string): string => stateAbbreviations.find(([, c]) => c === code)?.[0] ?? code;
import type { Candidate } from './find.js';
import { cityCueWordSet, divisionCueWordSet, localUseFollowerWordSet, personTitleSet, placeFollowerWordSet, placePrepositionSet, ruleIds, usLocalCuePattern, britishCuePattern } from './rules.js';

/** "in Benson", "Roselle police": a word around the name that marks a place. */
function placeCueAround(doc: Document, c: Candidate): boolean {
  const prev = doc.tokens[c.first - 1];
  const next = doc.tokens[c.last + 1];
  return (!!prev && placePrepositionSet.has(prev.text)) || (!!next && next.start === c.end + 1 && placeFollowerWordSet.has(next.text));
}

/** A candidate resolved to a place: the output fields of the place (without its mentions) and why. */
export interface Resolved extends Omit<PlaceFact, 'mentions'> {
  candidate: Candidate;
  /** The rule that decided: the candidate's, or the cue / qualifier that chose the sense. */
  rule: string;
  /** Grouping key of the place (same place = same entry in the output). */
  placeKey: string;
}

interface Option {
  id: number;
  bare: boolean;
  prior: number;
  /** Bonus for the other names of the article that have a sense near this one. */
  coherence: number;
  /** How far this sense's prior lies below the name's best sense (0 for the best). */
  gap: number;
}

let divisionWordStatesCache: Map<string, number> | null = null;
/** "Parish" -> the place id of Louisiana. */
const divisionWordStatesOf = (): Map<string, number> => {
  if (divisionWordStatesCache) return divisionWordStatesCache;
  divisionWordStatesCache = new Map();
  for (const [word, code] of stateSpecificDivisionWords) {
    const entry = lookupName(placeKey(stateNameOfCode(code)));
    const id = entry?.ids.find((i) => placeById(i).kind === 'region');
    if (id !== undefined) divisionWordStatesCache.set(word, id);
  }
  return divisionWordStatesCache;
};

const bigDivisionCountries = new Set(['US', 'CA', 'AU', 'GB', 'CN', 'IN']);

function priorOf(p: GazetteerPlace, bare: boolean): number {
  switch (p.kind) {
    case 'country':
      return 10.5;
    case 'other':
      return 7;
    case 'region':
      // a division named in full outranks the small towns named after it ("Florida", "Michigan")
      return bare ? 3.5 : bigDivisionCountries.has(p.countryCode ?? '') ? 10 : 9.6;
    default:
      return Math.log10(p.population + 1);
  }
}

function optionsOf(c: Candidate): Option[] {
  const e = c.entry;
  if (!e) return [];
  // counties share names across many states ("Washington County"): keep them all
  const limit = placeById(e.ids[0]!).level === 2 ? 30 : 20;
  return e.ids.slice(0, limit).map((id, k) => ({
    id,
    bare: e.bare[k] ?? false,
    prior: priorOf(placeById(id), e.bare[k] ?? false) - (e.alternate[k] ? 1 : 0),
    coherence: 0,
    gap: 0,
  }));
}

interface Context {
  countries: Map<string, number>;
  regions: Map<number, number>;
  /** The article reads as American local news (see usLocalCuePattern). */
  usLocal?: boolean;
  /** The article reads as British local news (see britishCuePattern). */
  britishLocal?: boolean;
}

/** Whether the text holds a cue of American local news (the first 20,000 characters are enough). */
function usLocalOf(text: string): boolean {
  return usLocalCuePattern.test(text.length > 20000 ? text.slice(0, 20000) : text);
}

/** Whether the text shows two different habits of the British press (the first 20,000 characters are enough). */
function britishLocalOf(text: string): boolean {
  const seen = new Set<string>();
  for (const m of (text.length > 20000 ? text.slice(0, 20000) : text).matchAll(britishCuePattern)) {
    seen.add(m[0].toLowerCase().replace(/\d+/g, '0').replace(/^(m(?:r|rs|s)) $/, 'mr'));
    if (seen.size >= 2) return true;
  }
  return false;
}

const add = <K>(m: Map<K, number>, k: K, w: number) => m.set(k, (m.get(k) ?? 0) + w);

interface Hints {
  region: boolean;
  city: boolean;
  /**
   * Used as a local community ("a Lebanon woman", "Jordan Elementary School", "Galen Miller of Palestine"):
   * the country whose town the name then means when that country is the article's home, else false.
   */
  local: string | false;
}

const capitalized = (s: string | undefined): boolean => !!s && /^\p{Lu}\p{Ll}{1,20}$/u.test(s);

/** "Jordan Elementary", "a Lebanon woman", "Jane Doe of Paris": the name as a hometown or local community. */
function localUse(doc: Document, c: Candidate): boolean {
  const t = doc.tokens;
  const next = t[c.last + 1];
  if (next && next.start === c.end + 1 && localUseFollowerWordSet.has(next.text)) return true;
  const [p1, p2, p3, p4] = [t[c.first - 1], t[c.first - 2], t[c.first - 3], t[c.first - 4]];
  // a person's first and last name, then "of" (not a title: "King Abdullah of Jordan")
  return (
    !!p1 && p1.text === 'of' && capitalized(p2?.text) && capitalized(p3?.text) && p2!.sentence === p1.sentence && p3!.sentence === p1.sentence &&
    !personTitleSet.has(p3!.lower) && !personTitleSet.has(p2!.lower) && !(p4 && personTitleSet.has(p4.lower.replace(/\.$/, '')))
  );
}

function hints(doc: Document, c: Candidate): Hints {
  const t = doc.tokens;
  const next = t[c.last + 1];
  const prev1 = t[c.first - 1];
  const prev2 = t[c.first - 2];
  const region = c.divisionWord !== null || (!!next && next.sentence === t[c.last]!.sentence && divisionCueWordSet.has(next.text));
  const city =
    (!!next && (next.text === 'city' || (next.text === 'City' && next.start === c.end + 1))) ||
    (!!prev1 && prev1.lower === 'of' && !!prev2 && cityCueWordSet.has(prev2.text)) ||
    (!!prev1 && (prev1.text === 'city' || prev1.text === 'town' || prev1.text === 'village'));
  return { region, city, local: localUse(doc, c) ? '?' : false };
}

/** The candidate right after ", " (its qualifier: "Paris, Texas"). */
function qualifierOf(doc: Document, c: Candidate, byFirst: Map<number, Candidate>): Candidate | undefined {
  const comma = doc.tokens[c.last + 1];
  if (!comma || comma.text !== ',' || comma.start !== c.end) return undefined;
  const q = byFirst.get(c.last + 2);
  return q && q.start - comma.end <= 1 ? q : undefined;
}

const rad = Math.PI / 180;
/** The builder lifts the preferred cities' population above every real one (scripts/build-gazetteer.mjs, preferCityNames). */
const PREFERRED_CITY_POPULATION = 1e11;

/**
 * Whether one key is the other plus words ("dublin", "dublin city"; "boone", "boone county"): the same
 * name said twice is no independent evidence of nearness. With `townOnly`, only when the added word
 * names a town (a county still tells the state of its namesake town).
 */
const sameNameStem = (a: string, b: string, townOnly = false): boolean => {
  // (asked for every pair of names, per pass: no pair array, no "short + space" string)
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  return (
    long.length > short.length && long.charCodeAt(short.length) === 32 && long.startsWith(short) &&
    (!townOnly || townSuffixPattern.test(long.slice(short.length)))
  );
};
const townSuffixPattern = /^ (?:city|town|village|township|metro)$/;

interface Point {
  lat: number;
  lon: number;
  id: number;
  admin1: number;
  region: boolean;
}

/**
 * Spatial coherence: for every option, how many other names of the article have a sense near it
 * (within 150 km, or in the same first-level division). Countries are too large to count.
 */
function assignCoherence(optionsByKey: Map<string, Option[]>): void {
  const keys = [...optionsByKey.keys()].slice(0, 60);
  const points: Point[][] = keys.map((k) => {
    // only senses that compete within their own name count as neighbours (not Paris, Maine beside Paris, France)
    const list = optionsByKey.get(k)!.slice(0, placeById(optionsByKey.get(k)![0]?.id ?? 0).level === 2 ? 30 : 6);
    const best = Math.max(...list.map((x) => x.prior));
    return list.filter((o) => o.prior >= best - 3).flatMap((o) => {
      const p = placeById(o.id);
      return p.kind === 'country' ? [] : [{ lat: p.lat, lon: p.lon, id: p.id, admin1: p.admin1, region: p.kind === 'region' && p.level === 1 }];
    });
  });
  keys.forEach((key, a) => {
    for (const o of optionsByKey.get(key)!) {
      const p = placeById(o.id);
      if (p.kind === 'country') continue;
      const cosLat = Math.cos(p.lat * rad);
      let n = 0;
      for (let b = 0; b < keys.length && n < 8; b++) {
        if (b === a || sameNameStem(key, keys[b]!)) continue;
        for (const q of points[b]!) {
          let near: boolean;
          if (q.region || (p.kind === 'region' && p.level === 1)) {
            // the division's own towns, or a town close to a small division's centre ("Lancaster", "Lancashire")
            const dLat = q.lat - p.lat;
            const dLon = (q.lon - p.lon) * cosLat;
            near = p.admin1 === q.id || q.admin1 === p.id || dLat * dLat + dLon * dLon < 0.5;
          } else {
            const dLat = Math.abs(q.lat - p.lat);
            if (dLat > 1.4) continue;
            const dLon = Math.abs(q.lon - p.lon) * cosLat;
            const d2 = dLat * dLat + dLon * dLon;
            near = d2 < 1.8; // about 150 km
            if (d2 < 0.2) n += 0.5; // within 50 km: closer still
            if (d2 < 0.02) n += 0.5; // within 15 km: a neighbour town, or the county's seat
          }
          if (near) {
            n++;
            break;
          }
        }
      }
      // a sense far below its name's best needs two neighbours (not Paris, Maine beside Lisbon, Maine alone)
      o.coherence = o.gap > 2 && n < 2 ? 0 : 1.9 * n;
    }
  });
}

/**
 * The article's home country when it is American: cues of American local news, or no country named
 * above the United States (its own name left out); British when it reads as British local news.
 */
function homeCountry(ctx: Context): string | null {
  if (ctx.usLocal) return 'US';
  if (ctx.britishLocal) return 'GB';
  const us = ctx.countries.get('US') ?? 0;
  for (const w of ctx.countries.values()) if (w > us) return null;
  return 'US';
}

function score(o: Option, ctx: Context, h: Hints, qualifier: Option | null, division = false, sticky = false, preferredCity = false): number {
  const p = placeById(o.id);
  // "a Lebanon woman" in American news: the American town, whatever else the name means
  const home = h.local ? homeCountry(ctx) : null;
  const local = home !== null && !!h.local && h.local.split(' ').includes(home);
  const localTown = local && p.kind === 'city' && p.countryCode === home;
  if (localTown) sticky = false;
  // a country or state named in full ("Italy", "Texas") is not overturned by context for a small town of that name
  if (sticky && p.kind === 'city' && p.population < 10000 && !qualifier && !h.city && o.coherence < 3.8) return o.prior;
  // a capital the name stands for ("Washington"): another sense needs a qualifier or a cue, not just neighbours
  if (o.gap > 0 && preferredCity && p.kind === 'city' && !qualifier && !h.city && !localTown) return o.prior;
  let s = o.prior + o.coherence;
  // English-language local news with no country named is most often American
  // (and an article with cues of American local news, whatever countries it names, more so)
  // (British local news likewise: "Mr Wiles", "4am", "honour" make Cambridge the English one)
  const newsHome = ctx.britishLocal && !ctx.usLocal ? 'GB' : 'US';
  if (p.countryCode === newsHome && ((ctx.countries.size === 0 && o.gap < 1.6) || ((ctx.usLocal || ctx.britishLocal) && o.gap < 2.5))) s += 2;
  // "Laurel County": counties are overwhelmingly American
  if (division && p.countryCode === 'US') s += 3;
  const cw = p.countryCode ? ctx.countries.get(p.countryCode) ?? 0 : 0;
  if (cw > 0) s += 1 + Math.min(cw, 4) * 0.25;
  // in a division the article names (fully), or whose towns it names (partly)
  if (p.kind !== 'region' || p.level === 2) s += 3 * Math.min(1.6, ctx.regions.get(p.admin1) ?? 0);
  if (h.region && p.kind === 'region') s += 8;
  if (h.city && p.kind === 'city') s += 4;
  // "Quebec City", "the city of Quebec": not the province of that name
  else if (h.city && p.kind === 'region' && p.level !== 2) s -= 4;
  if (localTown) s += 4;
  else if (local) s -= 4;
  if (qualifier) {
    const q = placeById(qualifier.id);
    if (q.kind === 'country' ? p.countryCode === q.countryCode : p.admin1 === q.id) s += 20;
    else s -= 5;
  }
  return s;
}

function contextOf(chosen: Iterable<[Option, number]>): Context {
  const ctx: Context = { countries: new Map(), regions: new Map() };
  for (const [o, w] of chosen) {
    const p = placeById(o.id);
    if (!p.countryCode) continue;
    if (p.kind === 'country') add(ctx.countries, p.countryCode, w);
    else if (p.kind === 'region') {
      add(ctx.countries, p.countryCode, w * 0.7);
      add(ctx.regions, p.id, w);
      if (p.level === 2 && p.admin1 >= 0) add(ctx.regions, p.admin1, w * 0.7);
    } else {
      add(ctx.countries, p.countryCode, w * (p.population > 1e6 ? 0.7 : 0.4));
      if (p.admin1 >= 0) add(ctx.regions, p.admin1, w * 0.3);
    }
  }
  return ctx;
}


export function resolveCandidates(doc: Document, found: readonly Candidate[]): Resolved[] {
  // "DeSoto Parish" and "DeSoto" are different names: the division gets its own senses
  const candidates = found.map((c) =>
    c.divisionWord && c.entry && !c.label && placeById(c.entry.ids[0]!).level === 2 ? { ...c, key: `${c.key} ${c.divisionWord.toLowerCase()}` } : c,
  );
  const byFirst = new Map<number, Candidate>();
  for (const c of candidates) byFirst.set(c.first, c);
  // one option list per name (the coherence bonus is shared by every mention of the name)
  const optionsByKey = new Map<string, Option[]>();
  const divisionWordStates = divisionWordStatesOf();
  for (const c of candidates) {
    if (optionsByKey.has(c.key)) continue;
    let list = optionsOf(c);
    // "DeSoto Parish": in the United States only Louisiana's (a Jamaican parish stays a sense)
    const state = c.divisionWord ? divisionWordStates.get(c.divisionWord) : undefined;
    if (state !== undefined) list = list.filter((o) => placeById(o.id).countryCode !== 'US' ? placeById(o.id).kind === 'region' : placeById(o.id).admin1 === state || o.id === state);
    optionsByKey.set(c.key, list);
  }
  const options = candidates.map((c) => optionsByKey.get(c.key)!);
  for (const list of optionsByKey.values()) {
    const best = Math.max(...list.map((o) => o.prior));
    for (const o of list) o.gap = best - o.prior;
  }
  if (optionsByKey.size > 1) assignCoherence(optionsByKey);
  const stickyKeys = new Set<string>();
  for (const [key, list] of optionsByKey) {
    if (list.some((o) => !o.bare && (placeById(o.id).kind === 'country' || (placeById(o.id).kind === 'region' && placeById(o.id).level === 1)))) stickyKeys.add(key);
  }
  // names whose first sense is a capital the builder prefers over a same-named division ("Washington")
  const preferredKeys = new Set<string>();
  for (const [key, list] of optionsByKey) if (list.some((o) => o.gap === 0 && placeById(o.id).population >= PREFERRED_CITY_POPULATION)) preferredKeys.add(key);
  const hintList = candidates.map((c, k) => {
    const h = hints(doc, c);
    // only a name whose best sense lies in another country than a town of the same name: "US" for
    // "Lebanon" (Lebanon, Indiana), "CA" and "US" for "London": resolved against the home country in score()
    if (h.local) {
      const list = options[k]!;
      const top = list.reduce<Option | null>((b, o) => (!b || o.prior > b.prior ? o : b), null);
      const topCountry = top ? placeById(top.id).countryCode : null;
      const towns = new Set(list.filter((o) => placeById(o.id).kind === 'city' && placeById(o.id).countryCode !== topCountry).map((o) => placeById(o.id).countryCode ?? ''));
      h.local = towns.size > 0 ? [...towns].join(' ') : false;
    }
    return h;
  });
  const indexOf = new Map<Candidate, number>();
  candidates.forEach((c, k) => indexOf.set(c, k));
  const countryName = (list: readonly Option[]) => list.some((o) => !o.bare && placeById(o.id).kind === 'country');
  const qualifiers = candidates.map((c, k) => {
    const q = qualifierOf(doc, c, byFirst);
    // "Russia, U.S. officials said": two countries in a row are a list, not a place and its country
    return q && countryName(options[k]!) && countryName(options[indexOf.get(q)!]!) ? undefined : q;
  });

  // pass 1: context from the priors alone (a dateline counts three times)
  // the news habits only weigh senses against each other: a text whose names have one sense each is not scanned for them
  const someChoice = options.some((list) => list.length > 1);
  const usLocal = someChoice && usLocalOf(doc.text);
  const britishLocal = someChoice && !usLocal && britishLocalOf(doc.text);
  let lastContext: Context = { countries: new Map(), regions: new Map() };
  let chosen: (Option | null)[] = options.map((os) => os.reduce<Option | null>((b, o) => (!b || o.prior > b.prior ? o : b), null));
  // a dateline ("ARLINGTON —") counts three times; a name mentioned often counts more
  const mentionCount = new Map<string, number>();
  for (const c of candidates) mentionCount.set(c.key, (mentionCount.get(c.key) ?? 0) + 1);
  const weights = candidates.map((c) => {
    const after = doc.text.slice(c.end, c.end + 4);
    const dateline = /^\p{Lu}{3,}/u.test(c.text) && c.text === c.text.toUpperCase() && /^(?:,| ?[—–-] ?| \()/u.test(after);
    return (dateline ? 3 : 1) * Math.min(2, 1 + 0.25 * ((mentionCount.get(c.key) ?? 1) - 1));
  });
  // the states that a division word names ("Parish": Louisiana), in the order of their candidates
  const wordStates: number[] = [];
  for (const c of candidates) {
    const state = c.divisionWord ? divisionWordStates.get(c.divisionWord) : undefined;
    if (state !== undefined) wordStates.push(state);
  }
  for (let pass = 0; pass < 2; pass++) {
    // each name counts once; a name's own sense never counts as context for itself
    const keyChoice = new Map<string, [Option, number]>();
    candidates.forEach((c, k) => {
      const o = chosen[k];
      if (!o) return;
      const previous = keyChoice.get(c.key);
      if (!previous) keyChoice.set(c.key, [o, weights[k]!]);
      else previous[1] = Math.max(previous[1], weights[k]!);
    });
    const seeded = (ctx: Context): Context => {
      ctx.usLocal = usLocal;
      ctx.britishLocal = britishLocal;
      for (const state of wordStates) {
        if (!ctx.regions.has(state)) {
          add(ctx.regions, state, 1);
          add(ctx.countries, placeById(state).countryCode ?? '', 0.7);
        }
      }
      return ctx;
    };
    const contexts = new Map<string, Context>();
    const choices = [...keyChoice];
    const shared = seeded(contextOf(keyChoice.values()));
    const contextFor = (key: string): Context => {
      // very long inputs: one shared context (the per-name exclusion is quadratic)
      if (keyChoice.size > 150) return shared;
      let ctx = contexts.get(key);
      if (!ctx) {
        ctx = seeded(contextOf(choices.filter(([k]) => k !== key && !sameNameStem(k, key, true)).map(([, v]) => v)));
        contexts.set(key, ctx);
      }
      return ctx;
    };
    lastContext = shared;
    const next: (Option | null)[] = candidates.map((c, k) => {
      const q = qualifiers[k];
      const qOption = q ? chosen[indexOf.get(q)!] ?? null : null;
      const qUsable = qOption && placeById(qOption.id).kind !== 'city' ? qOption : null;
      const list = options[k]!;
      if (list.length === 0) return null;
      const ctx = contextFor(c.key);
      const division = c.divisionWord !== null;
      const sticky = stickyKeys.has(c.key);
      const preferred = preferredKeys.has(c.key);
      let best: Option | null = null;
      let bestScore = 0;
      for (const o of list) {
        const s = score(o, ctx, hintList[k]!, qUsable, division, sticky, preferred);
        if (!best || s > bestScore) {
          best = o;
          bestScore = s;
        }
      }
      return best;
    });
    // one sense per discourse: a name's mentions without a cue take the sense a cued mention got
    // (but "the Odesa region" names the region after its city: bare "Odesa" stays the city)
    const cued = new Map<string, Option>();
    candidates.forEach((c, k) => {
      const o = next[k];
      const regionAfterCity = hintList[k]!.region && c.divisionWord === null && !qualifiers[k] && !hintList[k]!.local && !!o && o.bare;
      if (o && !regionAfterCity && (qualifiers[k] || hintList[k]!.region || hintList[k]!.city || hintList[k]!.local) && !cued.has(c.key)) cued.set(c.key, o);
    });
    candidates.forEach((c, k) => {
      if (qualifiers[k] || hintList[k]!.region || hintList[k]!.city || c.divisionWord) return;
      const o = cued.get(c.key);
      if (o && options[k]!.some((x) => x.id === o.id)) next[k] = o;
    });
    chosen = next;
  }

  // "DeKalb County ... DeKalb": a name the article also gives as a county is that county's short form
  // when the town it reads as lies in another state than the county (not the county seat of that name)
  const countyByStem = new Map<string, number>();
  candidates.forEach((c, k) => {
    if (c.divisionWord && c.key !== found[k]!.key && chosen[k]) countyByStem.set(found[k]!.key, k);
  });
  candidates.forEach((c, k) => {
    const j = c.divisionWord === null && c.rule === ruleIds.gazetteer ? countyByStem.get(c.key) : undefined;
    const o = chosen[k];
    if (j === undefined || !o || hintList[k]!.city || qualifiers[k]) return;
    const town = placeById(o.id);
    const county = placeById(chosen[j]!.id);
    if (town.kind !== 'city' || town.population >= 100000 || county.kind !== 'region' || town.admin1 === county.admin1) return;
    const named = candidates[j]!;
    candidates[k] = { ...c, key: named.key, entry: named.entry, divisionWord: named.divisionWord, label: named.label ?? `${c.text} ${named.divisionWord}` };
    chosen[k] = chosen[j]!;
  });

  const localKeys = new Set(candidates.filter((_, k) => hintList[k]!.local).map((c) => c.key));
  const out: Resolved[] = [];
  candidates.forEach((c, k) => {
    const o = chosen[k];
    const q = qualifiers[k] ? chosen[indexOf.get(qualifiers[k]!)!] : null;
    const qPlace = q ? placeById(q.id) : null;
    const p = o ? placeById(o.id) : null;
    const qualified = !!qPlace && qPlace.kind !== 'city';
    const matchesQualifier = !!p && !!qPlace && (qPlace.kind === 'country' ? p.countryCode === qPlace.countryCode : p.admin1 === qPlace.id);
    if (c.rule === ruleIds.street) {
      out.push({ candidate: c, rule: c.rule, placeKey: `street:${c.key}`, name: c.text, kind: 'other', countryCode: null, admin1: null, lat: null, lon: null, geonameId: null });
      return;
    }
    if (c.divisionWord) {
      // "Laurel County": a division the gazetteer may not hold; placed at its namesake town, else its state
      if (p && p.kind === 'region' && !o!.bare) {
        out.push(fromPlace(c, p));
        return;
      }
      const name = c.label ?? c.text;
      // the namesake town when it lies in a division the article names (or nothing narrower is known), else that division
      const topRegion = [...lastContext.regions].sort((a, b) => b[1] - a[1])[0];
      const regionPlace = topRegion && topRegion[1] >= 1 && placeById(topRegion[0]).countryCode === 'US' ? placeById(topRegion[0]) : null;
      // "DeSoto Parish": a division word only one state uses names that state
      const wordState = divisionWordStates.get(c.divisionWord);
      const statePlace = wordState !== undefined ? placeById(wordState) : null;
      const townFits =
        !!p && p.kind === 'city' && (statePlace ? p.admin1 === statePlace.id : qualified ? matchesQualifier : !regionPlace || lastContext.regions.has(p.admin1));
      const anchor = townFits ? p : statePlace ?? (qualified ? qPlace : regionPlace ?? (p && p.kind === 'city' ? p : null));
      out.push({
        candidate: c,
        rule: c.rule,
        placeKey: `division:${name.toLowerCase()}:${anchor?.countryCode ?? ''}`,
        name,
        kind: 'region',
        countryCode: anchor?.countryCode ?? null,
        admin1: anchor ? admin1Name(anchor) : null,
        lat: anchor?.lat ?? null,
        lon: anchor?.lon ?? null,
        geonameId: null,
      });
      return;
    }
    if (!p) return;
    // a village named once, with no cue and nothing of the article near it, is more likely a name of something else
    if (
      p.kind === 'city' &&
      p.population < 10000 &&
      c.first === c.last &&
      c.rule === ruleIds.gazetteer &&
      o!.coherence === 0 &&
      !qualified &&
      !hintList[k]!.city &&
      // "Jordan Elementary School": a country's name used as a town's is that town, however small
      !(localKeys.has(c.key) && placeById(c.entry!.ids[0]!).kind === 'country') &&
      (lastContext.regions.get(p.admin1) ?? 0) < 0.9 &&
      !placeCueAround(doc, c)
    )
      return;
    if (qualified && !matchesQualifier && p.kind === 'city' && qPlace!.kind === 'region') {
      // "Smallville, Ky." with no Smallville in Kentucky: a town of that state
      out.push({
        candidate: c,
        rule: ruleIds.qualified,
        placeKey: `town:${c.key}:${qPlace!.id}`,
        name: c.text,
        kind: 'city',
        countryCode: qPlace!.countryCode,
        admin1: qPlace!.kind === 'region' ? qPlace!.name : null,
        lat: qPlace!.lat,
        lon: qPlace!.lon,
        geonameId: null,
      });
      return;
    }
    const rule = matchesQualifier ? ruleIds.qualified : hintList[k]!.region || hintList[k]!.city ? ruleIds.cue : c.rule;
    out.push({ ...fromPlace(c, p), rule });
  });
  return out;
}

function admin1Name(p: GazetteerPlace): string | null {
  if (p.kind === 'country' || p.kind === 'other' || p.admin1 < 0) return null;
  return placeById(p.admin1).name;
}

function fromPlace(c: Candidate, p: GazetteerPlace): Resolved {
  return {
    candidate: c,
    rule: c.rule,
    placeKey: `id:${p.id}`,
    name: p.name,
    kind: p.kind,
    countryCode: p.countryCode,
    admin1: admin1Name(p),
    lat: p.lat,
    lon: p.lon,
    geonameId: p.geonameId,
  };
}
