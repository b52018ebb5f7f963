import { factKinds, type FactKind, type Span } from '../index.js';
import { EvidenceFinder } from './explain.js';
import type { OutputRecord } from './process.js';

export const outputFormats = ['ndjson', 'json', 'csv', 'tsv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/**
 * Turns a stream of records (each given as its NDJSON line) into one output document:
 * `head`, then `record()` for each record in order, then `tail()`. Stateful: one per output.
 */
export interface RecordFormatter {
  head(): string;
  record(line: string): string;
  tail(): string;
}

export interface FormatOptions {
  /** The fact kinds that ran (csv/tsv: only their columns). */
  kinds: readonly FactKind[];
  /** json: indent each record. */
  pretty: boolean;
  /** csv/tsv: add `sentence` (records must then carry `text`). */
  explain: boolean;
}

export function createFormatter(format: OutputFormat, options: FormatOptions): RecordFormatter {
  switch (format) {
    case 'ndjson':
      return ndjsonFormatter(options);
    case 'json':
      return jsonFormatter(options);
    case 'csv':
      return tableFormatter(options, csvField, ',');
    case 'tsv':
      return tableFormatter(options, tsvField, '\t');
  }
}

/** A record's NDJSON line, indented (`--pretty` off a terminal). */
const indented = (line: string): string => JSON.stringify(JSON.parse(line), null, 2);

/** One record per line, as the workers serialized it; `pretty` (off a terminal): indented. */
function ndjsonFormatter(options: FormatOptions): RecordFormatter {
  return {
    head: () => '',
    record: (line) => (options.pretty ? indented(line) : line) + '\n',
    tail: () => '',
  };
}

/** One JSON array, streamed: `[`, records separated by commas, `]`. */
function jsonFormatter(options: FormatOptions): RecordFormatter {
  let count = 0;
  return {
    head: () => '[',
    record: (line) => {
      const text = options.pretty ? '  ' + indented(line).replace(/\n/g, '\n  ') : line;
      return (count++ === 0 ? '\n' : ',\n') + text;
    },
    tail: () => (count ? '\n]\n' : ']\n'),
  };
}

// ---- csv / tsv: one row per fact ----

type Cell = string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

/** The value columns of each kind, in output order (shared names appear once). */
const kindColumns: Record<FactKind, string[]> = {
  dates: ['date_type'],
  places: ['place_kind', 'country_code', 'admin1', 'lat', 'lon', 'geoname_id', 'mentions'],
  casualties: ['casualty_kind', 'min', 'max', 'qualifier', 'victims', 'victim_category', 'subset', 'background'],
  officials: ['title', 'organization', 'mentions'],
};

/** The header of a csv/tsv output for these kinds. */
export function tableColumns(kinds: readonly FactKind[], explain: boolean): string[] {
  const columns = ['id', 'kind', 'value'];
  for (const kind of factKinds) {
    if (!kinds.includes(kind)) continue;
    for (const column of kindColumns[kind]) if (!columns.includes(column)) columns.push(column);
  }
  // mentions sits right before the span columns
  const mentions = columns.indexOf('mentions');
  if (mentions >= 0) columns.push(...columns.splice(mentions, 1));
  columns.push('start', 'end', 'text', 'rule');
  if (explain) columns.push('sentence');
  return columns;
}

const spanCells = (span: Span | undefined): Row => (span ? { start: span.start, end: span.end, text: span.text } : {});

/** The rows of one record: its facts, its summary figures, or one `error` row. */
export function recordRows(record: OutputRecord, kinds: readonly FactKind[], explain: boolean): Row[] {
  const id = record.id;
  if (record.error) return [{ id, kind: 'error', value: record.error.code, text: record.error.message }];
  const rows: Row[] = [];
  const evidence = explain && typeof record.text === 'string' ? new EvidenceFinder(record.text) : null;
  const add = (row: Row, span: Span | undefined) => {
    if (evidence && span) row.sentence = evidence.sentence(span.start, span.end).text;
    rows.push({ id, ...row, ...spanCells(span) });
  };
  if (kinds.includes('dates'))
    for (const d of record.dates) add({ kind: 'dates', value: d.value, date_type: d.type, rule: d.rule }, d);
  if (kinds.includes('places'))
    for (const p of record.places)
      add(
        {
          kind: 'places',
          value: p.name,
          place_kind: p.kind,
          country_code: p.countryCode,
          admin1: p.admin1,
          lat: p.lat,
          lon: p.lon,
          geoname_id: p.geonameId,
          mentions: p.mentions.length,
          rule: p.rule,
        },
        p.mentions[0],
      );
  if (kinds.includes('casualties'))
    for (const c of record.casualties)
      add(
        {
          kind: 'casualties',
          value: c.count,
          casualty_kind: c.kind,
          min: c.min,
          max: c.max,
          qualifier: c.qualifier,
          victims: c.victims,
          victim_category: c.victimCategory,
          subset: c.subset,
          background: c.background,
          rule: c.rule,
        },
        c,
      );
  if (kinds.includes('officials'))
    for (const o of record.officials)
      add(
        { kind: 'officials', value: o.name, title: o.title, organization: o.organization, mentions: o.mentions.length, rule: o.rule },
        o.mentions[0],
      );
  if (kinds.includes('casualties'))
    for (const [kind, value] of Object.entries(record.summary))
      if (value !== null) rows.push({ id, kind: 'summary', value, casualty_kind: kind });
  return rows;
}

const cellText = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell));

/** RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. */
export const csvField = (cell: Cell): string => {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Linear TSV (as miller, PostgreSQL COPY): backslash, tab, newline and carriage return escaped. */
export const tsvField = (cell: Cell): string =>
  cellText(cell).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

function tableFormatter(options: FormatOptions, field: (cell: Cell) => string, separator: string): RecordFormatter {
  const columns = tableColumns(options.kinds, options.explain);
  const line = (row: Row) => columns.map((column) => field(row[column])).join(separator) + '\n';
  return {
    head: () => columns.join(separator) + '\n',
    record: (text) => {
      const rows = recordRows(JSON.parse(text) as OutputRecord, options.kinds, options.explain);
      let out = '';
      for (const row of rows) out += line(row);
      return out;
    },
    tail: () => '',
  };
}
