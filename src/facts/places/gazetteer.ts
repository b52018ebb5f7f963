// The one place the library reads a file: the gazetteer index that scripts/build-gazetteer.mjs
// writes to dist/data/gazetteer.json. Loaded lazily, once per process (worker), on first use.
import { existsSync, readFileSync } from 'node:fs';
import type { PlaceKind } from '../../types.js';

export interface GazetteerPlace {
  id: number;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  /** Place id of the first-level division (a division's own id for a division), or -1. */
  admin1: number;
  lat: number;
  lon: number;
  geonameId: number | null;
  population: number;
  /** 2 for a second-level division (a US county), else 1. */
  level: number;
}

export interface NameEntry {
  /** 0 none, 1 also a common English word, 2 also a person's name. */
  flag: number;
  /** Place ids, best prior first; `bare[i]` tells the name is a division's short form ("Kharkiv" for Kharkiv Oblast). */
  ids: number[];
  bare: boolean[];
  /** The name is one of the place's alternate names (another language's, a former name): a weaker sense. */
  alternate: boolean[];
}

const kinds: readonly PlaceKind[] = ['country', 'region', 'city', 'other'];

interface Index {
  names: string;
  nameLines: Int32Array;
  nameCount: number;
  places: string;
  placeLines: Int32Array;
  placeCount: number;
  personNames: ReadonlySet<string>;
  /** First words of the multi-word names ("new" for "new york"): longer look-ups start only with these. */
  firstWords: ReadonlySet<string>;
}

let index: Index | null = null;
const placeCache = new Map<number, GazetteerPlace>();
const nameCache = new Map<string, NameEntry | null>();

function lineStarts(text: string): { starts: Int32Array; count: number } {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  starts[count] = text.length + 1;
  return { starts, count };
}

function load(): Index {
  if (index) return index;
  // dist/facts/places/ -> dist/data/; when run from the sources (tests), src/facts/places/ -> dist/data/
  const built = new URL('../../data/gazetteer.json', import.meta.url);
  const url = existsSync(built) ? built : new URL('../../../dist/data/gazetteer.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'latin1')) as { version: number; names: string; places: string; personNames?: string };
  const n = lineStarts(data.names);
  const p = lineStarts(data.places);
  const firstWords = new Set<string>();
  for (let k = 0; k < n.count; k++) {
    const start = n.starts[k]!;
    const space = data.names.indexOf(' ', start);
    const tab = data.names.indexOf('\t', start);
    if (space >= 0 && space < tab) firstWords.add(data.names.slice(start, space));
  }
  index = {
    names: data.names,
    nameLines: n.starts,
    nameCount: n.count,
    places: data.places,
    placeLines: p.starts,
    placeCount: p.count,
    personNames: new Set((data.personNames ?? '').split(' ')),
    firstWords,
  };
  return index;
}

/** The look-up key of a name as written: lowercase, ASCII-folded, straight apostrophes, single spaces. */
export function placeKey(name: string): string {
  let key = name.toLowerCase();
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'");
  return key;
}

/** Compares the key of the name line at `start` (ended by a tab) with `key`, without allocating: <0, 0, >0. */
function compareKeyAt(names: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const a = names.charCodeAt(start + i);
    const aEnd = a === 9;
    const bEnd = i >= key.length;
    if (aEnd || bEnd) return aEnd && bEnd ? 0 : aEnd ? -1 : 1;
    const b = key.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/** Whether some multi-word name starts with this word (lowercase, folded). */
export function startsMultiWordName(word: string): boolean {
  return load().firstWords.has(word);
}

/** Candidates for a key (see placeKey), or null. Binary search in the sorted name lines. */
export function lookupName(key: string): NameEntry | null {
  const cached = nameCache.get(key);
  if (cached !== undefined) return cached;
  const ix = load();
  let lo = 0;
  let hi = ix.nameCount - 1;
  let found: NameEntry | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = ix.nameLines[mid]!;
    const order = compareKeyAt(ix.names, start, key);
    if (order === 0) {
      const tab = start + key.length;
      const line = ix.names.slice(tab + 1, ix.nameLines[mid + 1]! - 1);
      const [flag, list] = line.split('\t');
      const codes = (list ?? '').split(',').filter(Boolean).map(Number);
      found = { flag: Number(flag || 0), ids: codes.map((c) => c >> 2), bare: codes.map((c) => (c & 1) === 1), alternate: codes.map((c) => (c & 2) === 2) };
      break;
    }
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  if (nameCache.size > 50000) nameCache.clear();
  nameCache.set(key, found);
  return found;
}

const unescape = (s: string) => (s.includes('\\u') ? s.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

/** One place by id. */
export function placeById(id: number): GazetteerPlace {
  const cached = placeCache.get(id);
  if (cached) return cached;
  const ix = load();
  const line = ix.places.slice(ix.placeLines[id]!, ix.placeLines[id + 1]! - 1);
  const [name, kind, cc, admin1, lat, lon, gid, pop, level] = line.split('\t');
  const place: GazetteerPlace = {
    id,
    name: unescape(name ?? ''),
    kind: kinds[Number(kind)] ?? 'other',
    countryCode: cc || null,
    admin1: admin1 ? Number(admin1) : -1,
    lat: Number(lat),
    lon: Number(lon),
    geonameId: gid ? Number(gid) : null,
    population: Number(pop || 0),
    level: level === '2' ? 2 : 1,
  };
  placeCache.set(id, place);
  return place;
}

/** Lowercase single-word first and last names (from compromise's lexicon, written by the builder). */
export function isPersonName(word: string): boolean {
  return load().personNames.has(word.toLowerCase());
}
