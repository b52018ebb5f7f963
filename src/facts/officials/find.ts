import type { Document } from '../../document.js';
import { officialRules } from './rules.js';
import { fullerName } from './names.js';
import { opinionOf, sentenceOf, singleNameOk } from './confirm.js';
import { nameLooksValid, nameText, readNameBackward, readNameForward, regnalNumeral, textOf2, type NameSpan } from './person-name.js';
import {
  calendarWord,
  complementStops,
  connectors,
  constituencyHeads,
  copulas,
  artWords,
  needsComplement,
  needsQualifier,
  organizationHeads,
  partyHeads,
  pastTenseVerbs,
  placePrepositions,
  saidVerbs,
} from './lexicon.js';
import {
  determiners,
  demonymPlace,
  isAcronym,
  isAmbiguousTitle,
  isComma,
  isCountryName,
  isFunctionWord,
  isHonorific,
  isModifier,
  isNameSuffix,
  isNameWord,
  isNonNameWord,
  isPartyLabel,
  isPlaceWord,
  isPortfolio,
  isTitleWord,
  matchTitle,
  mayHoldTitle,
  preOrganizationModifiers,
  sentenceWords,
  type TitleMatch,
  type Word,
} from './words.js';

/** One reading of a name with a title, before merging. Word indices are into the sentence's words. */
export interface OfficialCandidate {
  name: string;
  /** The name's words (for merging and later mentions). */
  nameParts: string[];
  title: string;
  organization: string | null;
  start: number;
  end: number;
  rule: string;
  /** Index of the sentence. */
  sentence: number;
  /** The lexicon phrase of the title's head ("governor"), for later mentions by title alone. */
  head: string;
}

interface TitlePhrase {
  /** First word of the whole title phrase, organization and determiner included. */
  start: number;
  /** Exclusive end, complement included. */
  end: number;
  /** The words that make the title (modifiers, head, portfolio complement). */
  titleWords: [number, number][];
  head: TitleMatch;
  organization: string | null;
  hasDeterminer: boolean;
  /** Modifiers or a portfolio complement around the head. */
  qualified: boolean;
  /** The organization was a plain capitalized run (it may be a name in text without commas). */
  organizationRun: [number, number] | null;
}


/** Read a complement after the head: "of Posts and Telecommunications", "for the Division of ...". */
function readComplement(
  words: readonly Word[],
  from: number,
  wide: boolean,
): { end: number; isOrganization: boolean; text: [number, number] } | null {
  const prep = words[from];
  if (!prep || !(prep.key === 'of' || prep.key === 'for' || (wide && prep.key === 'at'))) return null;
  let k = from + 1;
  if (words[k]?.key === 'the') k++;
  const first = k;
  let last = -1;
  let orgFrom = first;
  let capitalizedOther = false;
  const withThe = words[first - 1]?.key === 'the';
  for (let n = 0; k < words.length && n < 12; k++, n++) {
    const w = words[k]!;
    // "Secretary of Commerce and head of the ... Program": a second role begins
    if (w.key === 'and' && words[k + 1] && isTitleWord(words[k + 1]!) && !isPortfolio(words[k + 1]!)) break;
    if (connectors.has(w.key)) continue;
    if (w.key === '-' && wide) continue;
    if (complementStops.has(w.key)) break;
    // "of Marion County Circuit Court denied ...": a past-tense verb ends the organization
    if (!w.cap && wide && (/ed$/.test(w.key) || pastTenseVerbs.has(w.key))) break;
    if (!/^[\p{L}\p{N}]/u.test(w.text)) break;
    if (isPortfolio(w)) {
      last = k;
      if (w.possessive) break;
      continue;
    }
    if (!wide) break;
    if (w.cap) capitalizedOther = true;
    else if (determiners.has(w.key)) break;
    last = k;
    if (w.possessive) {
      // "the chairman of Spain's Santander": the organization follows the possessive
      if (!w.cap || !words[k + 1]?.cap) break;
      orgFrom = k + 1;
    }
  }
  if (last < first) return null;
  // "for the Northern Fire Service": a capitalized body after "the" is an organization, not a portfolio
  const lastWord = words[last]!;
  const namedBody = withThe && lastWord.cap && organizationHeads.has(lastWord.key);
  const isOrganization = prep.key === 'at' || capitalizedOther || namedBody;
  return { end: last + 1, isOrganization, text: [orgFrom <= last ? orgFrom : first, last + 1] };
}

function textOf(doc: Document, words: readonly Word[], from: number, to: number): string {
  if (to <= from) return '';
  return doc.text.slice(words[from]!.start, words[to - 1]!.end);
}

/** Join title segments, lowercase, single spaces. */
function titleText(doc: Document, words: readonly Word[], segments: readonly [number, number][]): string {
  return segments
    .filter(([a, b]) => b > a)
    .map(([a, b]) => textOf(doc, words, a, b))
    .join(' ')
    .toLowerCase()
    .replace(/\s{1,20}/g, ' ')
    .trim();
}

/**
 * Extend a title head (a chain of title matches ending at `head`) leftwards over modifiers, an
 * organization (possessive, demonym, capitalized run) and a determiner.
 */
function extendLeft(doc: Document, words: readonly Word[], chainStart: number, head: TitleMatch): TitlePhrase {
  let j = chainStart - 1;
  // modifiers and portfolio words right before the head ("national security and defense")
  const partyHead = partyHeads.has(head.phrase);
  while (j >= 0) {
    const w = words[j]!;
    if (w.possessive) break;
    // "Labour MP", "Green leader": a capitalized party label is the organization
    if (w.cap && partyHead && isPartyLabel(w)) break;
    if (isModifier(w) || (isTitleWord(w) && !w.cap)) {
      j--;
      continue;
    }
    if ((w.key === 'and' || w.key === '&') && j > 0 && isModifier(words[j - 1]!) && !words[j - 1]!.possessive) {
      j--;
      continue;
    }
    break;
  }
  const modifierStart = j + 1;
  // an organization: possessive, demonym, country or capitalized run
  let organization: string | null = null;
  let orgStart = modifierStart;
  const w = words[j];
  let organizationRun: [number, number] | null = null;
  if (w && w.possessive) {
    let k = j;
    // "Ukraine's", "Sri Lanka's": a country ends the organization ("... David Ben-Gurion Israel's first Prime Minister")
    const place = isCountryName(w.text) ? j : j > 0 && isCountryName(textOf2(words, j - 1, j + 1)) ? j - 1 : -1;
    if (place >= 0) k = place;
    else if (w.cap) while (k > 0 && words[k - 1]!.cap && !isFunctionWord(words[k - 1]!) && !words[k - 1]!.possessive && j - k < 4) k--;
    while (k < j && isFunctionWord(words[k]!)) k++;
    organization = w.cap ? textOf(doc, words, k, j + 1) : null;
    if (organization) organization = demonymPlace(organization) ?? organization;
    orgStart = k;
    if (!w.cap && words[k - 1]?.key === 'the') orgStart = k - 1;
  } else if (w && w.cap && !isFunctionWord(w) && /^[\p{L}]/u.test(w.text)) {
    const two = j > 0 ? `${words[j - 1]!.text} ${w.text}` : '';
    if (two && (demonymPlace(two) || isCountryName(two))) {
      organization = demonymPlace(two) ?? two;
      orgStart = j - 1;
    } else if (demonymPlace(w.text) || isCountryName(w.text)) {
      organization = demonymPlace(w.text) ?? w.text;
      orgStart = j;
      // "Papua New Guinea", "Guinea - Bissau": a country name may be longer
      const three = j > 1 ? `${words[j - 2]!.text} ${words[j - 1]!.text} ${w.text}` : '';
      if (three && isCountryName(three)) {
        organization = three;
        orgStart = j - 2;
      }
    } else {
      let k = j;
      while (
        k > 0 &&
        j - k < 3 &&
        words[k - 1]!.cap &&
        !isFunctionWord(words[k - 1]!) &&
        !words[k - 1]!.possessive &&
        !isPlaceWord(words[k - 1]!) &&
        !(isTitleWord(words[k - 1]!) && !isPortfolio(words[k - 1]!)) &&
        /^[\p{L}]/u.test(words[k - 1]!.text)
      )
        k--;
      if (!isTitleWord(w) || isPortfolio(w)) {
        organization = textOf(doc, words, k, j + 1);
        orgStart = k;
        organizationRun = [k, j + 1];
      }
    }
  }
  // "former" before an organization ("former Tory leader")
  let preStart = orgStart;
  if (orgStart < modifierStart || organization) {
    while (
      preStart > 0 &&
      preOrganizationModifiers.has(words[preStart - 1]!.key) &&
      !determiners.has(words[preStart - 1]!.key) &&
      !(words[preStart - 1]!.key === 'new' && words[preStart - 1]!.cap)
    )
      preStart--;
  }
  let start = preStart;
  let hasDeterminer = false;
  const before = words[start - 1];
  if (before && determiners.has(before.key)) {
    hasDeterminer = true;
    start--;
  } else if (organization && words[orgStart]?.possessive === false && words[j]?.possessive) {
    hasDeterminer = true;
  }
  if (words[j]?.possessive) hasDeterminer = true;
  const segments: [number, number][] = [];
  if (preStart < orgStart) segments.push([preStart, orgStart]);
  segments.push([modifierStart, head.end]);
  return {
    start,
    end: head.end,
    titleWords: segments,
    head,
    organization,
    hasDeterminer,
    qualified: modifierStart < chainStart || chainStart < head.start || preStart < orgStart || organization !== null,
    organizationRun,
  };
}

/** Find title chains in a sentence: runs of title matches joined directly or by "and". */
function findTitleChains(words: readonly Word[]): { chainStart: number; head: TitleMatch }[] {
  const chains: { chainStart: number; head: TitleMatch }[] = [];
  let i = 0;
  let current: { chainStart: number; head: TitleMatch } | null = null;
  while (i < words.length) {
    const m = matchTitle(words, i);
    if (!m) {
      // "founder and CEO": a chain continues over "and"
      if (current && i === current.head.end && (words[i]!.key === 'and' || words[i]!.key === '&') && !words[i - 1]!.possessive) {
        const next = matchTitle(words, i + 1);
        if (next) {
          current.head = next;
          i = next.end;
          continue;
        }
      }
      // "deputy labs editor", "chief market analyst": one or two plain lowercase words inside a title
      if (current && i === current.head.end && !words[i - 1]!.possessive && isGapWord(words[i]!)) {
        const next = matchTitle(words, i + 1) ?? (words[i + 1] && isGapWord(words[i + 1]!) ? matchTitle(words, i + 2) : null);
        if (next && !words[next.start]!.cap) {
          current.head = next;
          i = next.end;
          continue;
        }
      }
      if (current) chains.push(current);
      current = null;
      i++;
      continue;
    }
    if (current && m.start === current.head.end && !words[m.start - 1]!.possessive) current.head = m;
    else {
      if (current) chains.push(current);
      current = { chainStart: m.start, head: m };
    }
    i = m.end;
  }
  if (current) chains.push(current);
  return chains;
}

/** A lowercase word that may sit between two title words ("labs" in "deputy labs editor"). */
function isGapWord(w: Word): boolean {
  // "chief US economist", "chief European strategist"
  if (isAcronym(w) || (w.cap && isPlaceWord(w))) return true;
  return !w.cap && !w.possessive && /^\p{Ll}[\p{Ll}-]{1,20}$/u.test(w.text) && !complementStops.has(w.key) && !connectors.has(w.key) &&
    !determiners.has(w.key) && !/ed$/.test(w.key) && !pastTenseVerbs.has(w.key) && !saidVerbs.has(w.key);
}

interface Reading {
  span: NameSpan;
  rule: string;
  titleSegments: [number, number][];
  organization: string | null;
  start: number;
  end: number;
}

/** TITLE NAME / TITLE, NAME / TITLE of ORG NAME. */
function prefixReading(doc: Document, words: readonly Word[], phrase: TitlePhrase): Reading | null {
  const head = phrase.head;
  const headWord = words[head.end - 1]!;
  if (headWord.possessive) return null;
  let k = head.end;
  let titleSegments = phrase.titleWords;
  let organization = phrase.organization;
  let qualified = phrase.qualified;
  const lastSegment = (to: number): [number, number][] => [...titleSegments.slice(0, -1), [titleSegments[titleSegments.length - 1]![0], to]];
  const complement = readComplement(words, k, false);
  if (complement && !complement.isOrganization) {
    titleSegments = lastSegment(complement.end);
    k = complement.end;
    qualified = true;
  }
  let comma = false;
  let span: NameSpan | null = null;
  // "President of Latvia Valdis Zatlers", "Archbishop of Canterbury Dr George Carey"
  if (words[k]?.key === 'of' && (words[k + 1]?.cap || words[k + 1]?.key === 'the')) {
    const wide = readComplement(words, k, true);
    if (wide && wide.isOrganization) {
      const [a, b] = wide.text;
      let split = -1;
      if (isComma(words[b])) split = b;
      else {
        for (let s = a + 1; s < b && split < 0; s++) {
          const w = words[s]!;
          if (isHonorific(w)) split = s;
          // "The leader of the Tamil separatists Veluppillai Prabhakaran"
          else if (!words[s - 1]!.cap && !connectors.has(words[s - 1]!.key) && w.cap && readNameForward(words, s)?.end === b && b - s >= 2) split = s;
          else if (isCountryName(words[s - 1]!.text) || isCountryName(textOf2(words, a, s))) {
            if (!isCountryName(textOf2(words, a, s + 1)) && !isPlaceWord(w) && readNameForward(words, s)?.end === b) split = s;
          }
        }
        // "President of the Soviet Union Mikhail Gorbachev": the last two words, if compromise knows them as a person
        // (only in text without commas: elsewhere the name would be set off by one)
        if (split < 0 && b - a >= 3 && !words.some(isComma)) {
          const tail = readNameForward(words, b - 2);
          if (tail && tail.end === b && tail.nameStart === b - 2 && opinionOf(doc, words, tail) === 'person') split = b - 2;
        }
      }
      if (split > a) {
        organization = textOf(doc, words, a, split);
        organization = organization.replace(/^the /i, '');
        comma = isComma(words[split]);
        k = comma ? split + 1 : split;
        span = readNameForward(words, k);
        if (span && span.end - span.nameStart < 2 && !span.honorific) span = null;
        qualified = true;
      }
    }
  }
  // "the chairman of the working party, Ambassador Stefan Johannesson"
  if (!span && words[k]?.key === 'of' && phrase.hasDeterminer) {
    const wide = readComplement(words, k, true);
    if (wide && !wide.isOrganization && isComma(words[wide.end])) {
      titleSegments = lastSegment(wide.end);
      k = wide.end;
      qualified = true;
    }
  }
  if (!span) {
    if (isComma(words[k])) {
      comma = true;
      k++;
    }
    // a second title between ("chairman of the working party, Ambassador Stefan Johannesson")
    if (comma) {
      const second = matchTitle(words, k);
      if (second && words[k]!.cap) k = second.end;
    }
    span = readNameForward(words, k);
    if (!span) return null;
    if (comma && !(phrase.hasDeterminer || phrase.organization !== null)) return null;
  }
  if (!headWord.cap && !qualified && needsQualifier.has(head.phrase) && !(comma && phrase.hasDeterminer)) return null;
  // "Oscar-winning director Ron Howard", "Director Stephen Daldry": a director of a film, unless the text says of what
  if (needsComplement.has(head.phrase) && !hasOfficeDetail(words, phrase, titleSegments) && organization === phrase.organization && !namedBody(words, phrase)) return null;
  if (isTeamCaptain(words, head, titleSegments)) return null;
  if (!nameLooksValid(words, span)) return null;
  const after = words[span.end];
  // "Prince William Circuit Court", "Transport and General Workers' Union"
  if (after && ((after.cap && isNonNameWord(after) && !calendarWord.test(after.key)) || after.key === "'" || after.key === '’')) return null;
  const single = span.end - span.nameStart === 1;
  const bare = !qualified && !phrase.hasDeterminer;
  // the checks without compromise first: it is asked only about readings that pass them
  // a comma-separated name must end its phrase ("Ukraine's ... secretary, Oleksandr Lytvynenko, explained"),
  // and a role after "as" is a predicate ("his second term as US President, Tony Blair has said")
  if (comma) {
    if (after && /^[\p{L}\p{N}]/u.test(after.text) && !saidVerbs.has(after.key) && after.key !== 'of' && !isNameSuffix(after)) return null;
    if (words[phrase.start - 1]?.key === 'as') return null;
  }
  // a one-word name after a complement is more likely the rest of a name of a thing ("editor of the Digital Lifestyles")
  if (single && !span.honorific && titleSegments !== phrase.titleWords && !comma) return null;
  if (!span.honorific) {
    // "the Queen Vic": a bare capitalized title after "the" with a one-word name is a name of a thing
    if (single && headWord.cap && phrase.organization === null && words[phrase.start]?.key === 'the' && !comma) return null;
    if (single && isAmbiguousTitle(head.phrase) && phrase.organizationRun && !fullerName(doc, words[span.nameStart]!.text)) {
      // "Saving Private Ryan": a capitalized word before a bare rank and a one-word name is a title of a work
      return null;
    } else if (single && bare && isAmbiguousTitle(head.phrase)) {
      if (!singleNameOk(doc, words, span, true)) return null;
    } else if (single && /s$/.test(words[span.nameStart]!.text) && !fullerName(doc, words[span.nameStart]!.text)) {
      // compromise only where a plural noun could pass for a name ("General Workers")
      if (!singleNameOk(doc, words, span, false)) return null;
    }
    const regnal = regnalNumeral.test(words[span.end - 1]!.text);
    if (!single && !regnal && bare && headWord.cap && isAmbiguousTitle(head.phrase) && opinionOf(doc, words, span) === 'thing') return null;
  }
  // "the magazine's editor, Conservative MP ...", "..., Pet": a one-word name after a comma must be known as a person
  if (comma && single && !span.honorific) {
    if (isPartyLabel(words[span.nameStart]!)) return null;
    if (!fullerName(doc, words[span.nameStart]!.text) && opinionOf(doc, words, span) !== 'person') return null;
  }
  // "President Nestor Kirchner of Argentina"
  if (!organization && words[span.end]?.key === 'of') {
    const c = readComplement(words, span.end, true);
    if (c && !regnalNumeral.test(words[span.end - 1]!.text)) organization = textOf(doc, words, c.text[0], c.text[1]);
  }
  return {
    span,
    rule: comma ? officialRules.titleCommaName.id : officialRules.titleName.id,
    titleSegments,
    organization,
    start: words[phrase.start]!.start,
    end: words[span.end - 1]!.end,
  };
}

/**
 * Whether a title says what office it is: modifiers inside it ("managing director"), a
 * complement ("director of X"), or a possessive organization ("Acme's director").
 */
function hasOfficeDetail(words: readonly Word[], phrase: TitlePhrase, titleSegments: readonly [number, number][]): boolean {
  const head = phrase.head;
  if (head.end - head.start > 1) return true;
  if (titleSegments.some(([a, b]) => a < head.start || b > head.end)) {
    // a modifier that only grades the person ("Oscar-winning", "former") is not an office
    return titleSegments.some(([a, b]) => {
      for (let i = a; i < b; i++) if ((i < head.start || i >= head.end) && !preOrganizationModifiers.has(words[i]!.key)) return true;
      return false;
    });
  }
  // "the gallery's director", "NASA director": a possessive or an acronym names the body
  for (let i = phrase.start; i < head.start; i++) if (words[i]!.possessive || isAcronym(words[i]!)) return true;
  return false;
}

/** "Port Authority Director", "Public Safety Director": a capitalized body before the title, not a film ("Film director"). */
function namedBody(words: readonly Word[], phrase: TitlePhrase): boolean {
  const run = phrase.organizationRun;
  // written as an office ("Port Authority Director"), where a film's is lowercase ("Ray director")
  if (!run || !words[phrase.head.start]!.cap) return false;
  for (let i = run[0]; i < run[1]; i++) if (artWords.has(words[i]!.key) || /-winning$/.test(words[i]!.key)) return false;
  return true;
}

/**
 * "England captain Michael Vaughan": a lowercase captain is a team's player, not a rank
 * ("Captain Ian Farquhar", "fire captain Ann Cole" are ranks).
 */
function isTeamCaptain(words: readonly Word[], head: TitleMatch, titleSegments: readonly [number, number][]): boolean {
  if (head.phrase !== 'captain' || words[head.start]!.cap) return false;
  return !titleSegments.some(([a]) => a < head.start);
}

/** A lowercase word that may follow a complete title: a preposition, a verb, a relative pronoun. */
function endsNounPhrase(w: Word): boolean {
  return (
    complementStops.has(w.key) ||
    connectors.has(w.key) ||
    saidVerbs.has(w.key) ||
    pastTenseVerbs.has(w.key) ||
    determiners.has(w.key) ||
    /(?:ed|ing|es)$/.test(w.key) ||
    ['at', 'and', 'or', 'whose', 'since', 'until', 'who', 'also', 'then', 'now', 'later', 'recently', 'himself', 'herself', 'here', 'there', 'this', 'last', 'next', 'told', 'say', 'says'].includes(w.key)
  );
}

/** NAME, [the|a] TITLE [of ORG] / NAME the TITLE / NAME was the TITLE of ORG. */
function appositionReading(doc: Document, words: readonly Word[], original: TitlePhrase): Reading | null {
  let phrase = original;
  const head = phrase.head;
  let p = phrase.start;
  let det = determiners.has(words[p]?.key ?? '');
  // "Vivendi Universal, its boss": a possessive pronoun gives the title to someone else
  if (det && (words[p]!.key === 'its' || words[p]!.key === 'their')) return null;
  if (!det && words[p - 1] && ['the', 'a', 'an'].includes(words[p - 1]!.key)) {
    det = true;
    p--;
  }
  // "Wilkinson, coach Andy Robinson": the title belongs to the name after it; in
  // "a California general partner" the noun phrase goes on past the title word
  const following = words[head.end];
  if (following && following.cap && isNameWord(following) && !isComma(following)) return null;
  if (following && !following.cap && /^\p{Ll}/u.test(following.text) && !endsNounPhrase(following)) return null;
  let nameSpan: NameSpan | null = null;
  let rule: string = officialRules.nameAppositionTitle.id;
  const before = words[p - 1];
  const run = phrase.organizationRun;
  if (run && run[1] - run[0] >= 2 && words[head.end]?.key === 'of' && !words[run[1] - 1]!.possessive && !words.some(isComma)) {
    // text without commas: "appointed by Donna Shalala Secretary of Health ...": the capitalized run is a name
    const span = readNameBackward(words, run[1]);
    if (span && span.nameStart === run[0] && opinionOf(doc, words, span) === 'person') {
      nameSpan = span;
      rule = officialRules.nameTheTitle.id;
      phrase = { ...phrase, organization: null, titleWords: phrase.titleWords.map(([a, b]) => [Math.max(a, run[1]), b] as [number, number]) };
    }
  }
  if (nameSpan) {
    // the capitalized run before the title was the name
  } else if (isComma(before)) {
    nameSpan = readNameBackward(words, p - 1);
  } else if (before && copulas.has(before.key)) {
    let q = p - 1;
    // "Seyni Oumarou was nominated as the new Prime Minister", "Hun Sen became ..."
    for (let n = 0; n < 5 && q > 0; n++) {
      const k = words[q - 1]!.key;
      if (!copulas.has(k) && !['has', 'had', 'have', 'was', 'were', 'is', 'be', 'been', 'being', 'later', 'then', 'again', 'also', 'went', 'on', 'to', 'subsequently', 'eventually', 'soon', 'once'].includes(k)) break;
      q--;
    }
    if (words[q - 1]?.key === 'who' || isComma(words[q - 1])) q--;
    nameSpan = readNameBackward(words, q);
    rule = officialRules.nameCopulaTitle.id;
  } else if (before && (det || words[p]?.key === 'former' || words[p]?.key === 'then' || phrase.organization !== null || words[p]?.cap)) {
    // text without commas: "Harold Ickes the newly-appointed Secretary of ...", "Than Shwe Chairman of ..."
    let q = p;
    if (!det && ['former', 'then'].includes(before.key)) q--;
    nameSpan = readNameBackward(words, q);
    rule = officialRules.nameTheTitle.id;
    if (nameSpan && nameSpan.end - nameSpan.nameStart < 2 && !det && !nameSpan.honorific) nameSpan = null;
    // the title must be stated fully: an organization or a complement ("Dean Rusk the US Secretary of State")
    if (nameSpan && phrase.organization === null && !['of', 'for'].includes(words[head.end]?.key ?? '')) nameSpan = null;
  }
  if (!nameSpan || !nameLooksValid(words, nameSpan)) return null;
  const single = nameSpan.end - nameSpan.nameStart === 1;
  const preceding = words[nameSpan.start - 1];
  // a byline: "By Jane Smith, Health Editor"
  if (preceding && preceding.key === 'by' && preceding.cap && nameSpan.start === 1) return null;
  if (single) {
    // "Kay, King, Lewsey": a one-word name inside a list; "Suddenly the Queen ..."
    if (preceding && (isComma(preceding) || preceding.key === 'and' || preceding.key === 'of' || placePrepositions.has(preceding.key))) return null;
    if (rule === officialRules.nameTheTitle.id && !nameSpan.honorific) return null;
  }
  // the title's complement: "of the League ...", "for cargo at the ..."
  let titleSegments = phrase.titleWords;
  let organization = phrase.organization;
  let end = head.end;
  const constituency = constituencyHeads.has(head.phrase);
  for (let guard = 0; guard < 2; guard++) {
    const c = readComplement(words, end, true);
    if (!c) break;
    if (c.isOrganization && !(constituency && words[end]!.key === 'for')) {
      if (!organization) organization = textOf(doc, words, c.text[0], c.text[1]);
      end = c.end;
      break;
    }
    titleSegments = [...titleSegments.slice(0, -1), [titleSegments[titleSegments.length - 1]![0], c.end]];
    end = c.end;
  }
  if (rule === officialRules.nameCopulaTitle.id && !det && !words[phrase.head.start]!.cap) return null;
  // "Will Young, Queen, ...": a bare capitalized title word in a list of names
  const bareTitle = titleSegments.length === 1 && titleSegments[0]![0] === head.start && titleSegments[0]![1] === head.end;
  if (rule === officialRules.nameAppositionTitle.id && !det && bareTitle && words[head.start]!.cap && !organization && end === head.end) return null;
  if (needsComplement.has(head.phrase) && !hasOfficeDetail(words, phrase, titleSegments) && end === head.end && !organization) return null;
  if (isTeamCaptain(words, head, titleSegments)) return null;
  // compromise last: it is asked only about readings that pass every check above
  if (single && !nameSpan.honorific && !fullerName(doc, words[nameSpan.nameStart]!.text) && opinionOf(doc, words, nameSpan) !== 'person') return null;
  // a place or an organization before the comma ("In New York, the mayor ..."): ask compromise
  // only where the words before the name make that likely (a preposition, a list)
  if (
    !single &&
    !nameSpan.honorific &&
    preceding &&
    (placePrepositions.has(preceding.key) || isComma(preceding) || preceding.key === 'and') &&
    opinionOf(doc, words, nameSpan) === 'thing'
  )
    return null;
  return { span: nameSpan, rule, titleSegments, organization, start: words[nameSpan.start]!.start, end: words[end - 1]!.end };
}

/** All title-name readings of the words [tokenFrom, tokenTo) (one sentence, or two joined at an abbreviation). */
export function findInSentence(doc: Document, tokenFrom: number, tokenTo: number): OfficialCandidate[] {
  // every reading hangs on a title: no word that can begin one, no reading
  if (!mayHoldTitle(doc, tokenFrom, tokenTo)) return [];
  const words = sentenceWords(doc, tokenFrom, tokenTo);
  const out: OfficialCandidate[] = [];
  for (const { chainStart, head } of findTitleChains(words)) {
    // "sheriff's deputies", "the president's wife": a possessive title describes someone else
    if (words[head.end - 1]!.possessive) continue;
    const phrase = extendLeft(doc, words, chainStart, head);
    const appositionOnly = !head.flags.office && !head.flags.abbreviation;
    const reading = (!appositionOnly ? prefixReading(doc, words, phrase) : null) ?? appositionReading(doc, words, phrase);
    if (!reading) continue;
    const { text, parts } = nameText(doc, words, reading.span);
    out.push({
      name: text,
      nameParts: parts,
      title: titleText(doc, words, reading.titleSegments),
      organization: reading.organization,
      start: reading.start,
      end: reading.end,
      rule: reading.rule,
      sentence: sentenceOf(doc, words, reading.span.nameStart),
      head: head.phrase,
    });
  }
  if (out.length) findCounterparts(doc, words, out);
  return out;
}

/** "Turkish Foreign Minister X and his Russian counterpart, Y": Y holds X's title for another country. */
function findCounterparts(doc: Document, words: readonly Word[], out: OfficialCandidate[]): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.key !== 'counterpart' || w.possessive) continue;
    const previous = out.filter((c) => c.end <= w.start).pop();
    if (!previous) continue;
    let k = i + 1;
    if (isComma(words[k])) k++;
    const span = readNameForward(words, k);
    if (!span || !nameLooksValid(words, span)) continue;
    let start = i;
    let organization: string | null = null;
    const before = words[i - 1]!;
    if (before.possessive && before.cap) organization = before.text;
    else if (before.cap) organization = demonymPlace(before.text) ?? (isCountryName(before.text) ? before.text : null);
    if (organization) start--;
    if (words[start - 1] && determiners.has(words[start - 1]!.key)) start--;
    const { text, parts } = nameText(doc, words, span);
    out.push({
      name: text,
      nameParts: parts,
      title: previous.title,
      organization,
      start: words[start]!.start,
      end: words[span.end - 1]!.end,
      rule: officialRules.counterpart.id,
      sentence: previous.sentence,
      head: previous.head,
    });
  }
}
