import type { Document } from '../../document.js';
import type { DateFact } from '../../types.js';
import { parseIsoDay } from './calendar.js';
import { findDateCandidates } from './find.js';
import type { ResolveContext } from './normalize.js';
import { tenseAround } from './tense.js';

/** Every TIMEX3 expression of the article, resolved against `doc.referenceDate`. */
export function extractDates(doc: Document): DateFact[] {
  const ref = parseIsoDay(doc.referenceDate);
  const ctx: ResolveContext = { ref, tense: 'past', anchor: null, quarter: null, financial: false, anchorYear: null, anchorMonth: null };
  const facts: DateFact[] = [];
  for (const c of findDateCandidates(doc.text)) {
    ctx.tense = tenseAround(doc, c.start, c.end);
    const v = c.rule.value(c.groups, ctx);
    if (!v || !v.value) continue;
    if (v.day) ctx.anchor = v.day;
    const year = /^(\d{4})(?:-\d\d){0,2}$/.exec(v.value);
    if (year && (v.type ?? c.rule.type) === 'DATE') {
      ctx.anchorYear = Number(year[1]);
      const month = /^\d{4}-(\d\d)/.exec(v.value);
      ctx.anchorMonth = month ? { y: ctx.anchorYear, m: Number(month[1]) } : null;
    }
    if (v.quarter) ctx.quarter = v.quarter;
    if (/-Q[1-4X]$/.test(v.value)) ctx.financial = true;
    facts.push({
      text: doc.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      type: v.type ?? c.rule.type,
      value: v.value,
      rule: c.rule.id,
    });
  }
  return facts;
}
