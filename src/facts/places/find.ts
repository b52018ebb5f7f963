// Finding place-name candidates: capitalized token n-grams looked up in the gazetteer, names
// followed by a division word ("Laurel County"), and the context each candidate comes with.
import type { Document, Token } from '../../document.js';
import { lookupName, placeById, placeKey, startsMultiWordName, type NameEntry } from './gazetteer.js';
import {
  calendarWordSet,
  cityBodyWordSet,
  connectorSet,
  divisionNameWordSet,
  maxNameTokens,
  nameTokenPattern,
  nonPlaceWordSet,
  numberedRoadPattern,
  pluralDivisionWordSet,
  possessivePattern,
  ruleIds,
  streetInnerPattern,
  streetTypeWordSet,
} from './rules.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Gazetteer entry of the name (for "X County": of X), or null when the gazetteer does not know it. */
  entry: NameEntry | null;
  rule: string;
  /** Token range [first, last] of the name. */
  first: number;
  last: number;
  /** "County" in "Laurel County": the span includes it and the place is a division. */
  divisionWord: string | null;
  /** The place's name when it is not the span's text ("Clarke County" for "Clarke" in "Clarke and Oconee counties"). */
  label?: string;
}

/**
 * nameTokenPattern, read by hand for plain ASCII words: its first letter is what `capitalized` tells
 * (most tokens stop there), then up to 40 letters, apostrophes, periods or hyphens. Other words go to the pattern.
 */
function isNameWord(t: Token): boolean {
  if (!t.capitalized) return false;
  const text = t.text;
  if (text.length > 41) return nameTokenPattern.test(text);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 46) continue;
    return c >= 128 && nameTokenPattern.test(text);
  }
  return text.charCodeAt(0) < 128 || nameTokenPattern.test(text);
}

/** A token that can belong to a name. */
export const isNameToken = (t: Token | undefined): t is Token => !!t && isNameWord(t);

/** Exactly one space between two tokens of the same sentence. */
export const adjacent = (doc: Document, a: Token | undefined, b: Token | undefined): boolean =>
  !!a && !!b && a.sentence === b.sentence && b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32;

function nameEnd(t: Token): { end: number; text: string } {
  const m = possessivePattern.exec(t.text);
  if (m && t.text.length > m[0].length + 1 && (m[0].length === 2 || /s['’]$/.test(t.text))) {
    return { end: t.end - m[0].length, text: t.text.slice(0, -m[0].length) };
  }
  return { end: t.end, text: t.text };
}

/** Tokens first..last form a possible name: same sentence, single spaces, name tokens with lowercase connectors inside. */
function isNameRun(doc: Document, tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (k > first && !adjacent(doc, tokens[k - 1], t)) return false;
    if (isNameWord(t)) {
      // a possessive can only end a name
      if (k < last && /['’]s$/.test(t.text)) return false;
      continue;
    }
    if (k === first || k === last || !connectorSet.has(t.lower)) return false;
  }
  return true;
}

/**
 * The look-up key of tokens first..last, the last without its possessive. A plain one-word key is the
 * token's own lowercase string (placeKey lowercases again, which returns it unchanged): its hash is
 * computed once, not at every look-up.
 */
function keyOfRun(tokens: readonly Token[], first: number, last: number): { key: string; end: number } {
  const t = tokens[last]!;
  const e = nameEnd(t);
  if (first === last) return { key: placeKey(e.end === t.end ? t.lower : e.text), end: e.end };
  let text = '';
  for (let k = first; k < last; k++) text += `${tokens[k]!.text} `;
  return { key: placeKey(text + e.text), end: e.end };
}

const singularDivision: Readonly<Record<string, string>> = { counties: 'County', parishes: 'Parish' };

/** "Van Dorn Street", "N. High St.", "Highway 19", "County Road 43": the street starting at token i, if any. */
function findStreet(doc: Document, tokens: readonly Token[], i: number): Candidate | null {
  const t = tokens[i]!;
  numberedRoadPattern.lastIndex = t.start;
  const road = numberedRoadPattern.exec(doc.text);
  if (road) {
    const end = t.start + road[0].length;
    let last = i;
    while (tokens[last + 1] && tokens[last + 1]!.end <= end && tokens[last + 1]!.sentence === t.sentence) last++;
    if (tokens[last]!.end === end) return { start: t.start, end, text: road[0], key: road[0].toLowerCase(), entry: null, rule: ruleIds.street, first: i, last, divisionWord: null };
  }
  if (nonPlaceWordSet.has(t.lower) && !/^(old|new|north|south|east|west|main|park|lake|church|state|county)$/.test(t.lower)) return null;
  if (calendarWordSet.has(t.lower)) return null;
  for (let n = 1; n <= 3; n++) {
    const type = tokens[i + n];
    if (!type || !adjacent(doc, tokens[i + n - 1], type)) return null;
    const word = tokens[i + n - 1]!;
    if (n > 1 && !isNameWord(word) && !streetInnerPattern.test(word.text)) return null;
    // "Rock Hill's Main Street", "Florida's Turnpike": a possessive is the place the street belongs to
    if (/['’]s$/.test(word.text)) return null;
    if (!streetTypeWordSet.has(type.text)) {
      if (!isNameWord(type) && !streetInnerPattern.test(type.text)) return null;
      continue;
    }
    // "United Way" is a charity
    if (type.text === 'Way' && t.text === 'United') return null;
    // "Otter Tail County Road 4": a county's numbered road; the county is the place named
    if (n > 1 && divisionNameWordSet.has(word.text) && /^\d/.test(tokens[i + n + 1]?.text ?? '')) return null;
    // "Highway Patrol", "Wall Street Journal": the street word begins a longer name
    const after = tokens[i + n + 1];
    if (after && after.capitalized && adjacent(doc, type, after)) return null;
    return { start: t.start, end: type.end, text: doc.text.slice(t.start, type.end), key: placeKey(doc.text.slice(t.start, type.end)), entry: null, rule: ruleIds.street, first: i, last: i + n, divisionWord: null };
  }
  return null;
}

/** "Clarke and Oconee counties", "Barrow, Jackson and Walton counties": the names before a plural division word. */
function findDivisionList(doc: Document, tokens: readonly Token[], i: number): Candidate[] {
  const names: [number, number][] = [];
  let k = i;
  while (names.length < 12) {
    const t = tokens[k];
    if (!isNameToken(t) || nonPlaceWordSet.has(t.lower) || calendarWordSet.has(t.lower)) return [];
    let last = k;
    if (isNameToken(tokens[k + 1]) && adjacent(doc, t, tokens[k + 1])) last = k + 1;
    names.push([k, last]);
    const sep = tokens[last + 1];
    if (!sep) return [];
    if (sep.text === ',' && tokens[last + 2]?.lower === 'and') k = last + 3;
    else if (sep.text === ',' || sep.lower === 'and') k = last + 2;
    else if (pluralDivisionWordSet.has(sep.lower) && adjacent(doc, tokens[last], sep) && names.length >= 2 && tokens[last - (last - names[names.length - 1]![0]) - 1]) {
      const word = singularDivision[sep.lower];
      if (!word) return [];
      return names.map(([a, b]) => {
        const start = tokens[a]!.start;
        const end = tokens[b]!.end;
        const key = placeKey(doc.text.slice(start, end));
        const entry = lookupName(placeKey(`${key} ${word}`)) ?? lookupName(key);
        return { start, end, text: doc.text.slice(start, end), key, entry, rule: ruleIds.divisionList, first: a, last: b, divisionWord: word, label: `${doc.text.slice(start, end)} ${word}` };
      });
    } else return [];
    if (tokens[k - 1]?.sentence !== t.sentence) return [];
  }
  return [];
}

/** "Egypt-US relations", "D-Charleston", "Atlanta-area": places inside a hyphenated word. */
function findHyphenParts(t: Token, i: number): Candidate[] {
  const out: Candidate[] = [];
  const parts = t.text.split('-');
  let offset = 0;
  for (const part of parts) {
    const start = t.start + offset;
    offset += part.length + 1;
    if (!/^\p{Lu}/u.test(part) || part.length < 2) continue;
    const key = placeKey(part);
    const entry = lookupName(key);
    const top = entry?.ids[0];
    if (top === undefined || (entry!.flag !== 0 && part !== part.toUpperCase())) continue;
    const p = placeById(top);
    const strong = p.kind === 'country' || (p.kind === 'region' && !entry!.bare[0]);
    // towns only in "D-Charleston", "Atlanta-based", "Fargo-Moorhead": not inside a longer name ("Al-Qaeda")
    if (!strong && !(p.kind === 'city' && p.population >= 5000 && part.length >= 4)) continue;
    out.push({ start, end: start + part.length, text: part, key, entry, rule: ruleIds.hyphenPart, first: i, last: i, divisionWord: null });
  }
  return out;
}

export function findCandidates(doc: Document): Candidate[] {
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameToken(t)) {
      i++;
      continue;
    }
    const street = findStreet(doc, tokens, i);
    if (street) {
      out.push(street);
      i = street.last + 1;
      continue;
    }
    const list = findDivisionList(doc, tokens, i);
    if (list.length) {
      out.push(...list);
      i = list[list.length - 1]!.last + 2;
      continue;
    }
    let taken = false;
    // "Laurel County", "Rapides Parish", "Fars Province": up to three name tokens and a division word;
    // longer than one word only when the gazetteer knows the whole name ("Otter Tail County", not "Miss Butler County")
    for (let n = 1; n <= 3 && !taken; n++) {
      const word = tokens[i + n];
      if (!word || !divisionNameWordSet.has(word.text) || !adjacent(doc, tokens[i + n - 1], word)) continue;
      let names = true;
      for (let k = i; k < i + n; k++) if (!isNameToken(tokens[k]) || (k > i && !adjacent(doc, tokens[k - 1], tokens[k]))) names = false;
      if (!names) break;
      if (nonPlaceWordSet.has(t.lower) || calendarWordSet.has(t.lower)) break;
      const { key } = keyOfRun(tokens, i, i + n - 1);
      const withWord = lookupName(placeKey(`${key} ${word.lower}`));
      if (!withWord && n > 1) break;
      const end = nameEnd(word).end;
      out.push({
        start: t.start,
        end,
        text: doc.text.slice(t.start, end),
        key,
        entry: withWord ?? lookupName(key),
        rule: ruleIds.division,
        first: i,
        last: i + n,
        divisionWord: word.text,
      });
      i += n + 1;
      // "Otter Tail County Road 4": the road's number is not a place of its own
      if (tokens[i] && streetTypeWordSet.has(tokens[i]!.text) && /^\d/.test(tokens[i + 1]?.text ?? '')) i += 2;
      taken = true;
    }
    if (taken) continue;
    // the longest gazetteer name starting here
    const multi = startsMultiWordName(placeKey(t.lower));
    for (let n = multi ? maxNameTokens : 1; n >= 1 && !taken; n--) {
      const last = i + n - 1;
      if (last >= tokens.length || !isNameRun(doc, tokens, i, last)) continue;
      // "Dublin City Council": the town is "Dublin" (its body's name says "City"), when the gazetteer knows it
      // (not "Boulder City Council": a town whose own name ends in "City")
      if (n > 1 && tokens[last]!.text === 'City' && cityBodyWordSet.has(tokens[last + 1]?.text ?? '') && lookupName(keyOfRun(tokens, i, last - 1).key)) {
        const whole = lookupName(keyOfRun(tokens, i, last).key);
        if (!whole || whole.alternate.every(Boolean)) continue;
      }
      let { key, end } = keyOfRun(tokens, i, last);
      // "Ont." / "Que.": an abbreviation whose period the tokenizer split off
      const period = tokens[last + 1];
      let entry = period && period.text === '.' && period.start === end ? lookupName(`${key}.`) : null;
      if (entry) {
        key = `${key}.`;
        end += 1;
      } else entry = lookupName(key);
      // "New York-based", "Los Angeles-area": a multi-word name before the hyphen of its last word
      const hyphen = tokens[last]!.text.indexOf('-');
      if (!entry && n > 1 && hyphen > 1) {
        const head = keyOfRun(tokens, i, last - 1).key;
        const cut = lookupName(placeKey(`${head} ${tokens[last]!.text.slice(0, hyphen)}`));
        if (cut) {
          const cutEnd = tokens[last]!.start + hyphen;
          out.push({ start: t.start, end: cutEnd, text: doc.text.slice(t.start, cutEnd), key: placeKey(`${head} ${tokens[last]!.text.slice(0, hyphen)}`), entry: cut, rule: ruleIds.hyphenPart, first: i, last, divisionWord: null });
          i = last + 1;
          taken = true;
          continue;
        }
      }
      if (!entry) continue;
      out.push({ start: t.start, end, text: doc.text.slice(t.start, end), key, entry, rule: ruleIds.gazetteer, first: i, last, divisionWord: null });
      i = last + 1;
      taken = true;
    }
    if (!taken) {
      if (t.text.includes('-')) out.push(...findHyphenParts(t, i));
      i++;
    }
  }
  return out;
}
