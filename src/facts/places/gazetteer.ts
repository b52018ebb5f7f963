// The gazetteer index that scripts/build-gazetteer.mjs writes to dist/data/gazetteer.bin, searched
// in place as bytes: nothing is parsed, decoded or computed when it loads. The library has no fs:
// the bytes come from the generated module dist/data/gazetteer.cjs (loaded through require, as
// compromise is), or from useGazetteerIndex() for a host that ships the file its own way.
// Opened lazily, once per process (worker), on first use, and read in 4 KB pages as look-ups reach
// them: a short article reads a few hundred KB of the 3.7 MB (touching fresh memory is most of
// what reading the whole file costs at start-up).
import { requireFirst } from '../../data-module.js';
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

/** Layout constants shared with scripts/build-gazetteer.mjs. */
const MAGIC = 'FXG3';
const NAME_BLOCK = 16;
const PLACE_SIZE = 21;
const FLAG_FIRST_WORD = 4;
const FLAG_PERSON = 8;
const PREFERRED_CITY_BOOST = 1e11;

/** What dist/data/gazetteer.cjs exports: the file's size, and a reader of byte ranges. */
interface IndexFile {
  size: number;
  read(target: Uint8Array, position: number, length: number): void;
}

const PAGE_BITS = 12;

interface Index {
  /** The whole index; pages not read yet are zeros (see `ensure`). */
  bytes: Uint8Array;
  /** 1 for each page read; null when every byte is there (an index given as bytes). */
  pages: Uint8Array | null;
  file: IndexFile | null;
  nameCount: number;
  blockCount: number;
  placeCount: number;
  countryCount: number;
  blockTableAt: number;
  namesAt: number;
  placesAt: number;
  poolAt: number;
  countriesAt: number;
}

let index: Index | null = null;
let injected: Uint8Array | null = null;
/** Places decoded so far, by id (an array: ids are dense, and look-ups are the resolver's inner loop). */
let placeCache: (GazetteerPlace | undefined)[] = [];

/** One name's record: its flags and its candidates (null when the name is known only as a word). */
interface NameRecord {
  flags: number;
  entry: NameEntry | null;
}
const recordCache = new Map<string, NameRecord | null>();

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u24 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
const i24 = (b: Uint8Array, o: number) => (u24(b, o) << 8) >> 8;
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/**
 * Gives the library the index's bytes (the contents of dist/data/gazetteer.bin) instead of the
 * generated module: for bundlers and hosts that load files their own way. Call before the first extract().
 */
export function useGazetteerIndex(bytes: Uint8Array): void {
  injected = bytes;
  index = null;
  placeCache = [];
  recordCache.clear();
  lastKey = '';
  lastRecord = null;
}

function indexSource(): Uint8Array | IndexFile {
  if (injected) return injected;
  // dist/facts/places/ -> dist/data/; when run from the sources (tests), src/facts/places/ -> dist/data/
  const source = requireFirst<Uint8Array | IndexFile>(import.meta.url, ['../../data/gazetteer.cjs', '../../../dist/data/gazetteer.cjs']);
  if (source) return source;
  throw new Error('factx: the gazetteer index dist/data/gazetteer.bin is missing (npm run build writes it)');
}

/**
 * Reads the pages of [from, to) not read yet, each run of missing pages in one read. After
 * `WHOLE_AFTER` reads the process is clearly working through many articles: the rest of the
 * index is read at once (one read instead of hundreds of small ones).
 */
function ensure(ix: Pick<Index, 'bytes' | 'pages' | 'file'>, from: number, to: number): void {
  const pages = ix.pages;
  if (!pages) return;
  if (reads > WHOLE_AFTER) {
    readMissing(ix, 0, pages.length - 1);
    ix.pages = null;
    return;
  }
  readMissing(ix, from >> PAGE_BITS, Math.min(pages.length - 1, (to - 1) >> PAGE_BITS));
}

const WHOLE_AFTER = 256;
/** Reads of the index file so far (per process or worker). */
let reads = 0;

function readMissing(ix: Pick<Index, 'bytes' | 'pages' | 'file'>, firstPage: number, lastPage: number): void {
  const pages = ix.pages!;
  for (let p = firstPage; p <= lastPage; p++) {
    if (pages[p]) continue;
    let q = p;
    while (q < lastPage && !pages[q + 1]) q++;
    const start = p << PAGE_BITS;
    ix.file!.read(ix.bytes, start, Math.min(ix.bytes.length, (q + 1) << PAGE_BITS) - start);
    reads++;
    pages.fill(1, p, q + 1);
    p = q;
  }
}

function load(): Index {
  if (index) return index;
  const source = indexSource();
  const file = source instanceof Uint8Array ? null : source;
  const bytes = file ? new Uint8Array(file.size) : (source as Uint8Array);
  const paged = { bytes, pages: file ? new Uint8Array((bytes.length >> PAGE_BITS) + 1) : null, file };
  ensure(paged, 0, 40);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC) throw new Error(`factx: the gazetteer index is not in the expected format (${MAGIC}): rebuild it (npm run build)`);
  const h = (k: number) => u32(bytes, 4 + 4 * k);
  index = {
    ...paged,
    nameCount: h(0),
    blockCount: h(1),
    placeCount: h(2),
    countryCount: h(3),
    blockTableAt: h(4),
    namesAt: h(5),
    placesAt: h(6),
    poolAt: h(7),
    countriesAt: h(8),
  };
  // the block table and the country table are read whole; names and places as they are reached
  ensure(index, index.blockTableAt, index.namesAt);
  ensure(index, index.countriesAt, index.countriesAt + 2 * index.countryCount);
  return index;
}

/** Start of a name block (document offset); the end of the last one is where the places begin. */
const blockAt = (ix: Index, block: number): number =>
  block >= ix.blockCount ? ix.placesAt : ix.namesAt + u32(ix.bytes, ix.blockTableAt + 4 * block);

/** The look-up key of a name as written: lowercase, ASCII-folded, straight apostrophes, single spaces. */
export function placeKey(name: string): string {
  let key = name.toLowerCase();
  if (/[^\x00-\x7f]/.test(key)) key = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'");
  return key;
}

const encoder = new TextEncoder();
/** The key looked up (UTF-8), and the key of the record being read (front-coded keys are rebuilt here). */
const keyBuffer = new Uint8Array(1024);
const recordKey = new Uint8Array(256);

/** Writes the key's UTF-8 bytes to keyBuffer; their count, or -1 for a key too long to be stored. */
function encodeKey(key: string): number {
  if (key.length > 255) return -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 127) {
      const { read, written } = encoder.encodeInto(key, keyBuffer);
      return read === key.length && written < 256 ? written : -1;
    }
    keyBuffer[i] = c;
  }
  return key.length;
}

/** Compares `a[0, aLength)` with keyBuffer[0, length): <0, 0, >0. */
function compareKey(a: Uint8Array, from: number, aLength: number, length: number): number {
  const m = aLength < length ? aLength : length;
  for (let i = 0; i < m; i++) {
    const d = a[from + i]! - keyBuffer[i]!;
    if (d !== 0) return d;
  }
  return aLength - length;
}

/** The key asked last and its record: callers often ask twice in a row (a word's flags, then its places). */
let lastKey = '';
let lastRecord: NameRecord | null = null;

/** The record of a key: binary search over the first keys of the blocks, then a scan of one block. */
function findRecord(key: string): NameRecord | null {
  if (key === lastKey) return lastRecord;
  const cached = recordCache.get(key);
  if (cached !== undefined) {
    lastKey = key;
    lastRecord = cached;
    return cached;
  }
  const ix = load();
  const b = ix.bytes;
  let found: NameRecord | null = null;
  const written = encodeKey(key);
  if (written >= 0) {
    // the last block whose first key (stored whole) is <= key
    let lo = 0;
    let hi = ix.blockCount - 1;
    let block = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = blockAt(ix, mid);
      ensure(ix, at, blockAt(ix, mid + 1));
      const order = compareKey(b, at + 2, b[at + 1]!, written);
      if (order <= 0) {
        block = mid;
        if (order === 0) break;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (block >= 0) {
      let at = blockAt(ix, block);
      const count = Math.min(NAME_BLOCK, ix.nameCount - block * NAME_BLOCK);
      for (let k = 0; k < count; k++) {
        const shared = b[at]!;
        const suffixLength = b[at + 1]!;
        for (let i = 0; i < suffixLength; i++) recordKey[shared + i] = b[at + 2 + i]!;
        const order = compareKey(recordKey, 0, shared + suffixLength, written);
        const flagsAt = at + 2 + suffixLength;
        const n = b[flagsAt + 1]!;
        if (order === 0) {
          found = { flags: b[flagsAt]!, entry: n > 0 ? entryAt(b, flagsAt, n) : null };
          break;
        }
        if (order > 0) break;
        at = flagsAt + 2 + 3 * n;
      }
    }
  }
  if (recordCache.size > 50000) recordCache.clear();
  recordCache.set(key, found);
  lastKey = key;
  lastRecord = found;
  return found;
}

function entryAt(b: Uint8Array, flagsAt: number, n: number): NameEntry {
  const ids: number[] = [];
  const bare: boolean[] = [];
  const alternate: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const code = u24(b, flagsAt + 2 + 3 * i);
    ids.push(code >>> 2);
    bare.push((code & 1) === 1);
    alternate.push((code & 2) === 2);
  }
  return { flag: b[flagsAt]! & 3, ids, bare, alternate };
}

/** Whether some multi-word name starts with this word (lowercase, folded). */
export function startsMultiWordName(word: string): boolean {
  return ((findRecord(word)?.flags ?? 0) & FLAG_FIRST_WORD) !== 0;
}

/** Candidates for a key (see placeKey), or null. */
export function lookupName(key: string): NameEntry | null {
  return findRecord(key)?.entry ?? null;
}

const decoder = new TextDecoder();

/** One place by id. */
export function placeById(id: number): GazetteerPlace {
  const cached = placeCache[id];
  if (cached) return cached;
  const ix = load();
  const b = ix.bytes;
  const o = ix.placesAt + id * PLACE_SIZE;
  ensure(ix, o, o + PLACE_SIZE);
  const kindByte = b[o]!;
  const nameAt = ix.poolAt + u24(b, o + 5);
  ensure(ix, nameAt, nameAt + b[o + 1]!);
  const country = b[o + 2]!;
  const countryAt = ix.countriesAt + 2 * (country - 1);
  const admin1 = u16(b, o + 3);
  const geonameId = u24(b, o + 14);
  const place: GazetteerPlace = {
    id,
    name: decoder.decode(b.subarray(nameAt, nameAt + b[o + 1]!)),
    kind: kinds[kindByte & 3] ?? 'other',
    countryCode: country ? String.fromCharCode(b[countryAt]!, b[countryAt + 1]!) : null,
    admin1: admin1 === 0xffff ? -1 : admin1,
    lat: i24(b, o + 8) / 1000,
    lon: i24(b, o + 11) / 1000,
    geonameId: geonameId || null,
    population: u32(b, o + 17) + (kindByte & 8 ? PREFERRED_CITY_BOOST : 0),
    level: kindByte & 4 ? 2 : 1,
  };
  placeCache[id] = place;
  return place;
}

/** Lowercase single-word first and last names (from compromise's lexicon, written by the builder). */
export function isPersonName(word: string): boolean {
  return ((findRecord(word.toLowerCase())?.flags ?? 0) & FLAG_PERSON) !== 0;
}
