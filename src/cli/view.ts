import { Chalk, type ChalkInstance } from 'chalk';
import type { OutputRecord } from './process.js';

/** The human view of one record (`--pretty` on a terminal): facts grouped by kind, coloured. */
export function renderRecord(record: OutputRecord, colour: boolean): string {
  const c: ChalkInstance = new Chalk({ level: colour ? 1 : 0 });
  const lines: string[] = [c.bold(record.id) + (record.referenceDate ? c.dim(`  (reference date ${record.referenceDate})`) : '')];
  if (record.error) {
    lines.push(c.red(`  error ${record.error.code}: ${record.error.message}`));
    return lines.join('\n') + '\n';
  }
  const section = (title: string, paint: (s: string) => string, rows: string[]) => {
    if (!rows.length) return;
    lines.push(paint(`  ${title}`));
    for (const row of rows) lines.push(`    ${row}`);
  };
  section('dates', c.cyan, record.dates.map((d) => `${JSON.stringify(d.text)} ${c.dim(d.type)} ${d.value}`));
  section(
    'places',
    c.green,
    record.places.map(
      (p) => `${p.name} ${c.dim(`${p.kind}, ${p.countryCode ?? '?'}`)}${p.lat !== null ? c.dim(` ${p.lat},${p.lon}`) : ''} ×${p.mentions.length}`,
    ),
  );
  section(
    'casualties',
    c.red,
    record.casualties.map((k) => `${k.kind} ${k.count ?? '?'} ${c.dim(k.qualifier)}${k.victims ? ` (${k.victims})` : ''}  ${c.dim(JSON.stringify(k.text))}`),
  );
  section('officials', c.yellow, record.officials.map((o) => `${o.name}, ${o.title}${o.organization ? ` (${o.organization})` : ''}`));
  const summary = Object.entries(record.summary)
    .filter(([, value]) => value !== null)
    .map(([kind, value]) => `${kind} ${value}`);
  if (summary.length) lines.push(c.bold(`  summary: ${summary.join(', ')}`));
  for (const warning of record.warnings ?? []) lines.push(c.yellow(`  warning ${warning.code}: ${warning.message}`));
  return lines.join('\n') + '\n';
}
