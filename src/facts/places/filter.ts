// Refusals: candidates that look like places in the gazetteer but are person names, common words
// at a sentence start, calendar words, or parts of an official's name.
import type { Document, Token } from '../../document.js';
import type { FoundSoFar } from '../../pipeline.js';
import { SpanIndex } from '../../spans.js';
import { isPersonName, lookupName, placeById, placeKey, type NameEntry } from './gazetteer.js';
import { adjacent, isNameToken, type Candidate } from './find.js';
import { calendarWordSet, clubPrefixWordSet, demonymWordSet, honorificSet, nonPlaceWordSet, placeFollowerWordSet, personTitleSet, placeModifierHeadSet, placePrepositionSet, speechVerbSet, streetTypeWordSet, townBodyWordMap } from './rules.js';

const bareWord = (t: Token) => t.lower.replace(/\.$/, '');
const capitalizedWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}{1,30}$/u.test(t.text);

/** The token starts with a letter (/^\p{L}/u, without the regex for ASCII). */
function startsWithLetter(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(t.text);
}

/** Sentences written in title case (headlines): most of their words are capitalized. */
function titleCaseSentences(doc: Document): Set<number> {
  const words = new Uint32Array(doc.sentences.length);
  const caps = new Uint32Array(doc.sentences.length);
  for (const t of doc.tokens) {
    if (!startsWithLetter(t)) continue;
    words[t.sentence] = words[t.sentence]! + 1;
    if (t.capitalized) caps[t.sentence] = caps[t.sentence]! + 1;
  }
  const out = new Set<number>();
  for (let s = 0; s < words.length; s++) if (words[s]! >= 4 && caps[s]! / words[s]! >= 0.7) out.add(s);
  return out;
}

/**
 * Surnames: capitalized words that follow a first name or a title somewhere in the article
 * ("Barack Obama", "Mr. Walsh"); their bare mentions elsewhere are the person, not a place.
 */
function surnames(doc: Document): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  // capitalized words next to a verb of saying ("said Walsh", "Walsh told")
  const spoken = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.capitalized) continue;
    if (speechVerbSet.has(tokens[k + 1]?.lower ?? '') || speechVerbSet.has(tokens[k - 1]?.lower ?? '')) spoken.add(t.lower.replace(/['’]s$/, ''));
  }
  // "Dyer said": a small town's name as a speaker is a person
  for (const word of spoken) {
    const e = lookupName(placeKey(word));
    if (e && e.ids.every((id) => placeById(id).kind === 'city' && placeById(id).population < 50000)) out.add(word);
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (!t.capitalized || !prev.capitalized || !adjacent(doc, prev, t)) continue;
    if (nonPlaceWordSet.has(prev.lower) || calendarWordSet.has(prev.lower)) continue;
    const word = bareWord(prev);
    const title = personTitleSet.has(word) && word !== 'saint';
    const first = isPersonName(word) && !lookupName(placeKey(prev.lower))?.ids.some((id) => placeById(id).population >= 500000 || placeById(id).kind !== 'city');
    // "Georgia Stevens": a place-like first name before a surname; its bare mentions are the person too
    const asPlace = lookupName(placeKey(t.lower));
    if (isPersonName(t.lower) && (!asPlace || asPlace.ids.every((id) => placeById(id).kind === 'city' && placeById(id).population < 50000))) out.add(prev.lower);
    // "Arch Walsh": an unknown capitalized word before a small town's name, mid-sentence
    if (!title && !first && !prev.sentenceInitial && !tokens[k + 1]?.capitalized && !tokens[k - 2]?.capitalized && !lookupName(placeKey(prev.lower))) {
      const e = lookupName(placeKey(t.text.replace(/['’]s$/, '')));
      const word = t.lower.replace(/['’]s$/, '');
      if (e && e.ids.every((id) => placeById(id).kind === 'city' && placeById(id).population < 50000) && spoken.has(word)) out.add(word);
    }
    if (!title && !first) continue;
    // "Michael Jordan Jr." / "John Paul Jones": the last capitalized word of the run
    let last = k;
    while (tokens[last + 1] && tokens[last + 1]!.capitalized && adjacent(doc, tokens[last], tokens[last + 1]) && last - k < 2) last++;
    // "George Bush Jr": a generational suffix is not the surname
    while (last > k && /^(jr|sr|ii|iii|iv)\.?$/.test(tokens[last]!.lower)) last--;
    const word2 = tokens[last]!.lower.replace(/['’]s$/, '');
    // "Mr. Arlington" (a nickname): after an honorific, a big place stays a place (after an office, "Governor Bush", a person)
    const big = lookupName(placeKey(word2))?.ids.some((id) => placeById(id).kind !== 'city' || placeById(id).population >= 100000);
    if (!placeModifierHeadSet.has(word2) && !(title && !first && big && honorificSet.has(word))) out.add(word2);
  }
  return out;
}

/** Spans of the names of officials found earlier, and their single name words. */
function officialNames(doc: Document, found: FoundSoFar): { spans: [number, number][]; words: Set<string> } {
  const spans: [number, number][] = [];
  const words = new Set<string>();
  for (const o of found.officials ?? []) {
    const parts = o.name.split(/\s+/).filter((w) => w.length > 1);
    if (parts.length >= 2) for (const w of parts.slice(1)) words.add(w.toLowerCase());
    for (const m of o.mentions) {
      const at = doc.text.slice(m.start, m.end).lastIndexOf(o.name);
      if (at >= 0) spans.push([m.start + at, m.start + at + o.name.length]);
    }
  }
  return { spans, words };
}

/** A name that may number lots or units: no country, no American state, no town of 100,000. */
function numberedUnitWord(entry: NameEntry): boolean {
  const p = placeById(entry.ids[0]!);
  return p.kind === 'city' ? p.population < 100000 : p.kind === 'region' && p.countryCode !== 'US';
}

export function isTopStrong(c: Candidate, population = 50000): boolean {
  const id = c.entry?.ids[0];
  if (id === undefined) return false;
  const p = placeById(id);
  return p.kind === 'country' || (p.kind === 'region' && !c.entry!.bare[0]) || p.population >= population;
}

/** "X, Texas": a state or country right after a comma. */
function qualifiedByDivision(doc: Document, c: Candidate): boolean {
  const tokens = doc.tokens;
  const comma = tokens[c.last + 1];
  const next = tokens[c.last + 2];
  if (!comma || comma.text !== ',' || comma.start !== c.end || !isNameToken(next) || next.sentence !== comma.sentence) return false;
  const entry = lookupName(placeKey(next.text)) ?? lookupName(placeKey(`${next.text} ${tokens[c.last + 3]?.text ?? ''}`));
  return !!entry && entry.ids.some((id) => placeById(id).kind !== 'city');
}

/** "in Benson", "near East Bank", "Roselle police", "Rock Hill's Main Street": words around the name that mark a place. */
function placeCue(doc: Document, c: Candidate): boolean {
  const prev = doc.tokens[c.first - 1];
  const next = doc.tokens[c.last + 1];
  if ((!!prev && placePrepositionSet.has(prev.text)) || (!!next && next.start === c.end + 1 && placeFollowerWordSet.has(next.text))) return true;
  // a possessive name before a street of the place
  if (c.end !== doc.tokens[c.last]!.end) {
    for (let k = c.last + 1; k <= c.last + 3; k++) {
      const t = doc.tokens[k];
      if (!t || !isNameToken(t)) break;
      if (streetTypeWordSet.has(t.text)) return true;
    }
    return false;
  }
  return capitalizedBodyAfter(doc, c);
}

/**
 * "the Mount Pleasant City Council", "Mount Pleasant High School": a town's own bodies and schools
 * (not "Kit Carson Elementary", "Emerald City Players": a person's or a club's name).
 */
function capitalizedBodyAfter(doc: Document, c: Candidate): boolean {
  const next = doc.tokens[c.last + 1];
  const after = doc.tokens[c.last + 2];
  const before = doc.tokens[c.first - 1];
  if (before && before.capitalized && !nonPlaceWordSet.has(before.lower) && adjacent(doc, before, doc.tokens[c.first])) return false;
  if (!next || next.start !== c.end + 1 || !after || !adjacent(doc, next, after)) return false;
  return !!townBodyWordMap.get(next.text)?.has(after.text.replace(/['’]s$/u, ''));
}

export function filterCandidates(doc: Document, candidates: Candidate[], found: FoundSoFar): Candidate[] {
  const tokens = doc.tokens;
  const titles = titleCaseSentences(doc);
  const officials = officialNames(doc, found);
  const persons = surnames(doc);
  const dates = new SpanIndex(found.dates ?? []);
  const officialSpans = new SpanIndex(officials.spans.map(([start, end]) => ({ start, end })));
  // words the article also writes in lowercase ("council", "villas"): common words, not town names
  // (the set is made on the first question: many articles ask none, and one pass over the tokens
  // keeps a long document linear, where a scan per word asked would not be)
  let lowercaseWords: Set<string> | null = null;
  const writtenInLowercase = (word: string): boolean => {
    if (!lowercaseWords) {
      lowercaseWords = new Set();
      for (const t of tokens) if (!t.capitalized) lowercaseWords.add(t.lower);
    }
    return lowercaseWords.has(word);
  };
  const covered = new Set<number>();
  for (const c of candidates) for (let k = c.first; k <= c.last; k++) covered.add(k);
  // a place cue carries along a list: "through Monroe, Trenton and Seven Mile"
  const cued = new Set<Candidate>();
  candidates.forEach((c, k) => {
    const before = candidates[k - 1];
    const joiner = tokens[c.first - 1];
    const listed =
      !!before && !!joiner && (joiner.text === ',' || joiner.lower === 'and' || joiner.lower === 'or') && before.last === c.first - 2 &&
      joiner.sentence === tokens[c.first]!.sentence && (cued.has(before) || isTopStrong(before));
    if (listed || placeCue(doc, c)) cued.add(c);
  });
  // one sense per discourse: a name the article once marks as a place ("in Rock Hill") is a place elsewhere too
  const cuedKeys = new Set<string>();
  for (const c of candidates) if (c.entry?.flag === 1 && (qualifiedByDivision(doc, c) || cued.has(c))) cuedKeys.add(c.key);
  const out: Candidate[] = [];
  for (const c of candidates) {
    const first = tokens[c.first]!;
    const single = c.first === c.last;
    const entry = c.entry;
    // "US" is not "us": an all-caps abbreviation is never the common word
    const allCaps = c.text.length <= 5 && c.text === c.text.toUpperCase();
    const flag = allCaps && entry?.flag === 1 ? 0 : entry?.flag ?? 0;
    const prev = tokens[c.first - 1];
    const next = tokens[c.last + 1];
    const prevAdjacent = adjacent(doc, prev, first) ? prev : undefined;
    const nextAdjacent = adjacent(doc, tokens[c.last], next) && c.end === tokens[c.last]!.end ? next : undefined;
    if (c.divisionWord === null) {
      const bare = first.lower.replace(/['’]s$/, '');
      if (single && (nonPlaceWordSet.has(bare) || calendarWordSet.has(bare) || demonymWordSet.has(bare))) continue;
      // a date span ("May 23") is not a place
      if (single && dates.covers(c.start, c.end)) continue;
      // "US" / "IT": a short all-caps word is a place only as a country's or a city of millions' abbreviation ("NYC")
      if (/^\p{Lu}{1,3}$/u.test(c.text) && entry && placeById(entry.ids[0]!).kind !== 'country' && (placeById(entry.ids[0]!).population < 1000000 || entry.alternate[0])) continue;
      // common English words: never at a sentence start or in a headline, elsewhere only when clearly a place
      if (flag === 1) {
        if (first.sentenceInitial || titles.has(first.sentence)) continue;
        if (!isTopStrong(c, 1000000) && !cuedKeys.has(c.key)) continue;
        // "Spring Festival", "Eagle Scout": a common word opening a longer name
        if (nextAdjacent && isNameToken(nextAdjacent) && !covered.has(c.last + 1) && !placeModifierHeadSet.has(nextAdjacent.lower) && !isTopStrong(c, 1000000)) continue;
      }
      if (titles.has(first.sentence) && single && entry && !isTopStrong(c) && !qualifiedByDivision(doc, c)) continue;
    }
    // officials' names ("Oleh Syniehubov", later "Syniehubov")
    if (officialSpans.overlaps(c.start, c.end)) continue;
    if (single && officials.words.has(first.lower)) continue;
    if (single && c.divisionWord === null && persons.has(first.lower.replace(/['’]s$/, '')) && entry && placeById(entry.ids[0]!).kind === 'city') continue;
    // seats of government named for a building ("White House"): the government, not a place
    if (c.key === 'white house') continue;
    // "Real Madrid": a club
    if (prevAdjacent && prevAdjacent.capitalized && clubPrefixWordSet.has(prevAdjacent.lower)) continue;
    // a title or honorific right before: a person ("Gov. Washington", "Mr. Jordan")
    if (prevAdjacent && personTitleSet.has(bareWord(prevAdjacent)) && prevAdjacent.capitalized) continue;
    // "Lot 12", "Lot No. 15", "Section 8": a word numbering lots or units, not a place (but "Ohio 63" is a
    // state's numbered road and "Lexington 4" a big town's school district)
    if (single && c.divisionWord === null && nextAdjacent && (/^\d/.test(nextAdjacent.text) || nextAdjacent.text === 'No.') && entry && numberedUnitWord(entry)) continue;
    // a middle initial right before: "Tyrise M. Bell", "George W. Bush"
    if (single && prevAdjacent && /^\p{Lu}\.$/u.test(prevAdjacent.text) && capitalizedWord(tokens[c.first - 2]) && adjacent(doc, tokens[c.first - 2], prevAdjacent)) continue;
    // "McPherson & Jacobsen": a town's name before an ampersand and another name is a firm's
    if (single && next && next.text === '&' && entry && placeById(entry.ids[0]!).kind === 'city' && placeById(entry.ids[0]!).population < 100000) continue;
    // a first name right before: "Michael Jordan", "George Washington"
    if (
      prevAdjacent &&
      isNameToken(prevAdjacent) &&
      !covered.has(c.first - 1) &&
      !nonPlaceWordSet.has(prevAdjacent.lower) &&
      isPersonName(prevAdjacent.lower) &&
      c.divisionWord === null
    )
      continue;
    if (c.divisionWord === null && entry) {
      const top = placeById(entry.ids[0]!);
      // a person's surname right after: "Jordan Henderson", "Paris Hilton"
      if (nextAdjacent && isNameToken(nextAdjacent) && !covered.has(c.last + 1) && top.kind !== 'country' && single) {
        if (isPersonName(nextAdjacent.lower) && !lookupName(nextAdjacent.lower)) continue;
        if (flag === 2 && !placeModifierHeadSet.has(nextAdjacent.lower.replace(/['’]s$/, '')) && top.population < 1000000) continue;
      }
      // "George Bush": a first-name-like town before another capitalized name, even one that is a place too
      if (flag === 2 && single && top.kind === 'city' && top.population < 1000000 && nextAdjacent && isNameToken(nextAdjacent) && covered.has(c.last + 1)) {
        if (!placeModifierHeadSet.has(nextAdjacent.lower.replace(/['’]s$/, ''))) continue;
      }
      // a common word the article also writes in lowercase ("Man" and "man")
      if (single && flag === 1 && writtenInLowercase(first.lower)) continue;
      // a town named like a person ("Scott", "Bell", "George"): only after a place preposition or before ", State"
      if (
        single &&
        top.kind === 'city' &&
        top.population < 100000 &&
        (flag === 2 || isPersonName(first.lower)) &&
        !cued.has(c) &&
        !qualifiedByDivision(doc, c)
      )
        continue;
      // a small town named like a word the article writes in lowercase elsewhere ("Council", "Villas")
      if (single && top.kind === 'city' && top.population < 100000 && writtenInLowercase(first.lower)) continue;
      // "City Council", "Mary Newell", "Democratic Alliance": a small town's name ending a longer capitalized name
      if (
        single &&
        prevAdjacent &&
        isNameToken(prevAdjacent) &&
        !prevAdjacent.sentenceInitial &&
        !covered.has(c.first - 1) &&
        !nonPlaceWordSet.has(prevAdjacent.lower) &&
        !calendarWordSet.has(prevAdjacent.lower) &&
        top.kind === 'city' &&
        top.population < 50000
      )
        continue;
      // "Jordan Henderson": a first-name-like country or town before a surname
      if (flag === 2 && single && nextAdjacent && isNameToken(nextAdjacent) && isPersonName(nextAdjacent.lower)) continue;
      // "Jordan Henderson" seen from "Henderson": a surname-like place after a first-name-like word
      if (
        single &&
        prevAdjacent &&
        isNameToken(prevAdjacent) &&
        isPersonName(first.lower) &&
        lookupName(placeKey(prevAdjacent.lower))?.flag === 2
      )
        continue;
      // "Bush Jr": a person
      if (nextAdjacent && /^(Jr|Sr)\.?$/.test(nextAdjacent.text)) continue;
      // "Titan Operating", "Law Enforcement": a small town's name as the first word of a longer name
      if (
        single &&
        nextAdjacent &&
        isNameToken(nextAdjacent) &&
        !covered.has(c.last + 1) &&
        top.kind === 'city' &&
        top.population < 20000 &&
        !placeModifierHeadSet.has(nextAdjacent.lower.replace(/['’]s$/, ''))
      )
        continue;
      // "Jordan said": a first-name-like place as the speaker
      if (flag === 2 && single && top.kind !== 'country' && next && speechVerbSet.has(next.lower)) continue;
    }
    out.push(c);
  }
  return out;
}
