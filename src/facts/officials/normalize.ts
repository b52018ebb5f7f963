import type { Document } from '../../document.js';
import type { OfficialFact, Span } from '../../types.js';
import { honorifics } from '../../lexicon/titles.js';
import type { OfficialCandidate } from './find.js';
import { bareToken, fullerName } from './names.js';
import { demonymPlace } from './words.js';

const normalizeName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]{1,50}/gu, ' ')
    .replace(/\s{1,20}/g, ' ')
    .trim();

/** "the Fire Service" -> "Fire Service"; "FareCompare.com." -> "FareCompare.com"; demonyms -> places. */
export function normalizeOrganization(org: string | null): string | null {
  if (!org) return null;
  let o = org.replace(/^(?:the|its|his|her|their)\s{1,5}/i, '').trim();
  if (/\p{Ll}{2}\.$/u.test(o) && !/\b(?:co|inc|corp|ltd|bros)\.$/i.test(o)) o = o.slice(0, -1);
  o = demonymPlace(o) ?? o;
  return o.length ? o : null;
}

interface Group {
  name: string;
  parts: string[];
  /** normalizeName of the last of `parts` (kept with them: each candidate compares it with every group). */
  surnameKey: string;
  title: string;
  organization: string | null;
  rule: string;
  mentions: Span[];
  heads: Set<string>;
}

/** Merge readings of the same person and add later mentions (surname alone, honorific + surname). */
export function mergeCandidates(doc: Document, candidates: readonly OfficialCandidate[]): OfficialFact[] {
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of sorted) {
    let parts = c.nameParts;
    let name = c.name;
    if (parts.length === 1) {
      const fuller = fullerName(doc, parts[0]!);
      if (fuller) {
        parts = fuller.parts;
        name = fuller.name;
      }
    }
    const key = normalizeName(name);
    let group = byName.get(key);
    if (!group) {
      // a surname alone joins the one person of that surname
      const last = normalizeName(parts[parts.length - 1]!);
      const same = groups.filter((g) => g.surnameKey === last);
      if (same.length === 1 && (parts.length === 1 || same[0]!.parts.length === 1)) {
        group = same[0]!;
        if (parts.length > group.parts.length) {
          byName.delete(normalizeName(group.name));
          group.name = name;
          group.parts = parts;
          group.surnameKey = last;
        }
        byName.set(key, group);
      }
    }
    const mention = { text: doc.text.slice(c.start, c.end), start: c.start, end: c.end };
    if (!group) {
      group = { name, parts, surnameKey: normalizeName(parts[parts.length - 1]!), title: c.title, organization: normalizeOrganization(c.organization), rule: c.rule, mentions: [mention], heads: new Set([c.head]) };
      groups.push(group);
      byName.set(key, group);
      continue;
    }
    if (c.title.length > group.title.length) group.title = c.title;
    group.heads.add(c.head);
    group.organization ??= normalizeOrganization(c.organization);
    if (!group.mentions.some((m) => m.start < c.end && c.start < m.end)) group.mentions.push(mention);
  }
  addLaterMentions(doc, groups);
  addTitleMentions(doc, groups);
  return groups.map((g) => ({
    name: g.name,
    title: g.title,
    organization: g.organization,
    mentions: g.mentions.sort((a, b) => a.start - b.start),
    rule: g.rule,
  }));
}

/** Later mentions: the full name, the surname alone, or an honorific with the surname ("Ms Hewitt"). */
function addLaterMentions(doc: Document, groups: Group[]): void {
  if (!groups.length) return;
  const bySurname = new Map<string, Group[]>();
  for (const g of groups) {
    const last = g.parts[g.parts.length - 1]!;
    const list = bySurname.get(last) ?? [];
    list.push(g);
    bySurname.set(last, list);
  }
  // a surname's first character, to pass over most tokens without looking their text up
  const firstCharacters = new Set<number>();
  for (const surname of bySurname.keys()) firstCharacters.add(surname.charCodeAt(0));
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!firstCharacters.has(t.text.charCodeAt(0))) continue;
    const bare = bareToken(t);
    const list = bySurname.get(bare);
    if (!list || list.length !== 1) continue;
    const g = list[0]!;
    const end = t.start + bare.length;
    if (g.mentions.some((m) => m.start <= t.start && t.start < m.end)) continue;
    let k = i;
    // the rest of the name, or an honorific
    for (let p = g.parts.length - 2; p >= 0 && k > 0; p--) {
      const prev = tokens[k - 1]!;
      if (prev.sentence !== t.sentence || prev.text !== g.parts[p]) break;
      k--;
    }
    const prev = tokens[k - 1];
    if (prev && prev.sentence === t.sentence) {
      const lower = prev.lower.replace(/\.$/, '');
      if (honorifics.has(lower) && prev.capitalized) k--;
    }
    const start = tokens[k]!.start;
    g.mentions.push({ text: doc.text.slice(start, end), start, end });
  }
}

/**
 * "the governor" after the governor was named: a title alone is a mention of the one official
 * holding it (only when a single official of the article has that title).
 */
function addTitleMentions(doc: Document, groups: Group[]): void {
  const holders = new Map<string, Group[]>();
  for (const g of groups) {
    for (const h of g.heads) {
      const list = holders.get(h) ?? [];
      list.push(g);
      holders.set(h, list);
    }
  }
  // the unique heads, by their first word
  const byFirstWord = new Map<string, { parts: string[]; group: Group; firstMention: number }[]>();
  for (const [head, list] of holders) {
    if (list.length !== 1) continue;
    const parts = head.split(' ');
    const group = list[0]!;
    const entry = { parts, group, firstMention: Math.min(...group.mentions.map((m) => m.start)) };
    const bucket = byFirstWord.get(parts[0]!) ?? [];
    bucket.push(entry);
    byFirstWord.set(parts[0]!, bucket);
  }
  if (!byFirstWord.size) return;
  const tokens = doc.tokens;
  const bare = (i: number): string => tokens[i]!.lower.replace(/['’]s$/u, '');
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.lower !== 'the') continue;
    const bucket = byFirstWord.get(bare(i));
    if (!bucket) continue;
    for (const { parts, group, firstMention } of bucket) {
      let ok = i + parts.length <= tokens.length;
      for (let k = 0; k < parts.length && ok; k++) ok = bare(i + k) === parts[k] && tokens[i + k]!.sentence === tokens[i]!.sentence;
      if (!ok) continue;
      const last = tokens[i + parts.length - 1]!;
      const next = tokens[i + parts.length];
      // "the governor Oleh ..." is a reading of its own; "the governor of Texas" may be another office
      if (next && next.sentence === last.sentence && (next.capitalized || next.lower === 'of')) continue;
      const start = tokens[i - 1]!.start;
      const end = last.start + last.text.replace(/['’]s$/u, '').length;
      if (start < firstMention) continue;
      if (groups.some((o) => o.mentions.some((m) => m.start < end && start < m.end))) continue;
      group.mentions.push({ text: doc.text.slice(start, end), start, end });
    }
  }
}
