import { Chalk, type ChalkInstance } from 'chalk';
import type { FactKind, Span } from '../index.js';
import { EvidenceFinder } from './explain.js';
import type { OutputRecord } from './process.js';

export interface ViewOptions {
  /** Chalk colour level: 0 none (facts are then [bracketed] in the text), 1 basic, 2 256, 3 truecolor. */
  colour: 0 | 1 | 2 | 3;
  /** Add each fact's rule id and evidence sentence. */
  explain: boolean;
  /** The kinds that ran (the colour key names only these); default all. */
  kinds?: readonly FactKind[];
}

/**
 * The colour level for a stream, following Node's and chalk's conventions: FORCE_COLOR wins
 * (`0`/`false` off, `1`..`3` a level, empty/`true` level 1), then NO_COLOR (any non-empty value)
 * and TERM=dumb turn colour off; otherwise colour when the stream is a terminal.
 */
export function colourLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.max(0, Math.min(3, level)) as 0 | 1 | 2 | 3);
  }
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

const kindOrder: readonly FactKind[] = ['dates', 'places', 'casualties', 'officials'];

const paints = (c: ChalkInstance): Record<FactKind, ChalkInstance> => ({
  dates: c.cyan,
  places: c.green,
  casualties: c.red,
  officials: c.yellow,
});

/** Control characters of the article (escape sequences included) never reach the terminal. */
const clean = (text: string): string => text.replace(/\r/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');

/** One line of a table cell: no line breaks, at most `max` characters. */
const cell = (text: string, max = 40): string => {
  const flat = clean(text).replace(/\s{1,100}/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
};

interface Highlight extends Span {
  kind: FactKind;
}

function highlights(record: OutputRecord): Highlight[] {
  const spans: Highlight[] = [];
  for (const d of record.dates) spans.push({ ...d, kind: 'dates' });
  for (const p of record.places) for (const m of p.mentions) spans.push({ ...m, kind: 'places' });
  for (const k of record.casualties) spans.push({ ...k, kind: 'casualties' });
  for (const o of record.officials) for (const m of o.mentions) spans.push({ ...m, kind: 'officials' });
  return spans;
}

/**
 * The article text with every fact span painted in its kind's colour. Where spans nest
 * ("regional governor of Kharkiv"), the shorter, inner one shows on top. Without colour,
 * each highlighted run is put in [brackets].
 */
export function highlightText(text: string, spans: readonly Highlight[], c: ChalkInstance): string {
  const owner = new Int8Array(text.length).fill(-1);
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const span of sorted) owner.fill(kindOrder.indexOf(span.kind), Math.max(0, span.start), Math.min(text.length, span.end));
  const paint = paints(c);
  let out = '';
  let runStart = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && owner[i] === owner[runStart]) continue;
    const piece = clean(text.slice(runStart, i));
    const kind = kindOrder[owner[runStart]!];
    out += kind === undefined ? piece : c.level > 0 ? paint[kind].bold(piece) : `[${piece}]`;
    runStart = i;
  }
  return out;
}

/** Columns padded to their widest cell; colour is applied after padding so it does not count. */
function table(header: string[], rows: string[][], c: ChalkInstance, notes: (string | null)[] = []): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((text, i) => (i === cells.length - 1 ? text : text.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = ['    ' + c.dim(line(header))];
  rows.forEach((row, i) => {
    lines.push('    ' + line(row));
    const note = notes[i];
    if (note) lines.push(note);
  });
  return lines;
}

/**
 * The human view of one record (`--view`, or `--pretty` on a terminal): a title, the article
 * with its facts highlighted in their kind's colour, then a compact table per kind.
 */
export function renderRecord(record: OutputRecord, options: ViewOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.colour });
  const paint = paints(c);
  const lines: string[] = [];
  const legend = kindOrder
    .filter((kind) => !options.kinds || options.kinds.includes(kind))
    .map((kind) => paint[kind](kind))
    .join(' ');
  lines.push(c.bold(clean(record.id)) + (record.referenceDate ? c.dim(`  reference date ${record.referenceDate}`) : '') + '  ' + legend);
  if (record.error) {
    lines.push(c.red(`  error ${record.error.code}: ${clean(record.error.message)}`));
    return lines.join('\n') + '\n';
  }
  const text = typeof record.text === 'string' ? record.text : null;
  if (text !== null) {
    lines.push('');
    lines.push(highlightText(text, highlights(record), c).trim());
    lines.push('');
  }
  const evidence = options.explain && text !== null ? new EvidenceFinder(text) : null;
  const explainNote = (span: Span | undefined): string | null => {
    if (!evidence || !span) return null;
    const sentence = evidence.sentence(span.start, span.end, 240);
    const before = clean(sentence.text.slice(0, span.start - sentence.start)).replace(/\s{1,100}/g, ' ');
    const inside = clean(span.text).replace(/\s{1,100}/g, ' ');
    const after = clean(sentence.text.slice(span.end - sentence.start)).replace(/\s{1,100}/g, ' ');
    const quoted = `${sentence.clipped ? '…' : ''}${before}${c.level > 0 ? c.underline(inside) : `[${inside}]`}${after}${sentence.clipped ? '…' : ''}`;
    return '      ' + c.dim('“') + quoted + c.dim('”');
  };
  const section = (kind: FactKind, header: string[], rows: { cells: string[]; rule: string; span: Span | undefined }[]) => {
    if (!rows.length) return;
    lines.push(paint[kind].bold(`  ${kind} (${rows.length})`));
    const withRule = options.explain ? [...header, 'rule'] : header;
    lines.push(
      ...table(
        withRule,
        rows.map((row) => (options.explain ? [...row.cells, row.rule] : row.cells)),
        c,
        rows.map((row) => explainNote(row.span)),
      ),
    );
  };
  section(
    'dates',
    ['text', 'type', 'value'],
    record.dates.map((d) => ({ cells: [cell(d.text), d.type, d.value], rule: d.rule, span: d })),
  );
  section(
    'places',
    ['name', 'kind', 'country', 'region', 'lat, lon', 'mentions'],
    record.places.map((p) => ({
      cells: [cell(p.name), p.kind, p.countryCode ?? '', cell(p.admin1 ?? '', 30), p.lat !== null && p.lon !== null ? `${p.lat}, ${p.lon}` : '', String(p.mentions.length)],
      rule: p.rule,
      span: p.mentions[0],
    })),
  );
  section(
    'casualties',
    ['kind', 'count', 'qualifier', 'victims', 'text'],
    record.casualties.map((k) => ({
      cells: [
        k.kind + (k.subset ? ' (subset)' : '') + (k.background ? ' (background)' : ''),
        k.count === null ? '?' : String(k.count) + (k.max !== null && k.max !== k.count ? `-${k.max}` : ''),
        k.qualifier,
        cell(k.victims ?? '', 30),
        cell(k.text, 50),
      ],
      rule: k.rule,
      span: k,
    })),
  );
  section(
    'officials',
    ['name', 'title', 'organization', 'mentions'],
    record.officials.map((o) => ({
      cells: [cell(o.name), cell(o.title), cell(o.organization ?? ''), String(o.mentions.length)],
      rule: o.rule,
      span: o.mentions[0],
    })),
  );
  const summary = Object.entries(record.summary)
    .filter(([, value]) => value !== null)
    .map(([kind, value]) => `${kind} ${value}`);
  if (summary.length) lines.push(c.bold(`  summary: ${summary.join(', ')}`));
  if (!record.dates.length && !record.places.length && !record.casualties.length && !record.officials.length) lines.push(c.dim('  no facts found'));
  for (const warning of record.warnings ?? []) lines.push(c.yellow(`  warning ${warning.code}: ${clean(warning.message)}`));
  return lines.join('\n') + '\n';
}
