import { abbreviatedTitles } from './titles.js';

/** Abbreviations whose trailing period does not end a sentence (lowercase, without the period). */
export const nonTerminalAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'rev', 'hon', 'fr', 'no', 'nos', 'vs',
  'etc', 'inc', 'corp', 'co', 'ltd', 'h.e',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ave', 'blvd', 'rd', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'approx', 'est', 'dept', 'univ',
  // US states and Canadian provinces as AP style abbreviates them
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
  'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'ont', 'que', 'alta', 'sask', 'nfld',
  // ranks and titles written before a name ("Lt. Gen.", "Det. Sgt.", "Const.")
  ...abbreviatedTitles.filter((title) => !/[\s-]/.test(title)),
]);

/** Initials ("P.J.", "H.E.", "J.") do not end a sentence either. */
export const initials = /^(?:\p{Lu}\.){0,3}\p{Lu}$/u;
