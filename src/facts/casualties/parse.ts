// Values of one counted item: count, bounds, qualifier, victims and their category.
import type { CasualtyQualifier, VictimCategory } from '../../types.js';
import { categoryModifiers } from '../../lexicon/casualties.js';
import type { ItemGroups } from './find.js';
import { lookupQualifier, normalize, victimHeadCategory } from './patterns.js';
import { parseNumber } from './numbers.js';

export interface Quantity {
  count: number | null;
  min: number | null;
  max: number | null;
  qualifier: CasualtyQualifier;
}

export function quantityOf(groups: ItemGroups, text: string, fixed?: number): Quantity | null {
  if (fixed !== undefined) return { count: fixed, min: fixed, max: fixed, qualifier: 'exact' };
  if (groups.singular) return { count: 1, min: 1, max: 1, qualifier: 'exact' };
  if (groups.number) {
    const parsed = parseNumber(text.slice(groups.number[0], groups.number[1]));
    if (!parsed) return null;
    const after = text.slice(groups.number[1], groups.number[1] + 12).toLowerCase();
    let qualifier: CasualtyQualifier = parsed.range ? 'range' : 'exact';
    if (groups.qualifier) qualifier = lookupQualifier(text.slice(groups.qualifier[0], groups.qualifier[1])) ?? qualifier;
    else if (/^\s{1,3}or\s{1,2}so\b|^\s{1,3}odd\b/.test(after)) qualifier = 'about';
    else if (/^\s{1,3}or\s{1,2}more\b/.test(after)) qualifier = 'at_least';
    const n = parsed.value;
    switch (qualifier) {
      case 'range':
        return { count: n, min: parsed.min, max: parsed.max, qualifier };
      case 'at_least':
      case 'more_than':
        return { count: n, min: n, max: parsed.range ? parsed.max : null, qualifier };
      case 'up_to':
      case 'less_than':
        return { count: parsed.range ? parsed.max : n, min: null, max: parsed.range ? parsed.max : n, qualifier };
      case 'about':
        return { count: n, min: parsed.min, max: parsed.max, qualifier };
      default:
        return { count: n, min: n, max: n, qualifier };
    }
  }
  if (groups.vague || groups.bare) return { count: null, min: null, max: null, qualifier: 'vague' };
  return null;
}

export interface Victims {
  victims: string | null;
  victimCategory: VictimCategory;
}

const leadingDeterminer = /^(?:(?:a|an|one|another|the|his|her|their|its|of)\s{1,3})+/i;

export function victimsOf(groups: ItemGroups, text: string): Victims {
  const span = groups.victims ?? groups.singular;
  if (!span) return { victims: null, victimCategory: 'unknown' };
  const phrase = text.slice(span[0], span[1]).replace(leadingDeterminer, '').replace(/\s{1,10}/g, ' ').trim();
  const words = normalize(phrase).split(' ');
  let category: VictimCategory = 'unknown';
  // the longest known head at the end of the phrase
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const head = words.slice(-k).join(' ');
    const c = victimHeadCategory.get(head);
    if (c) {
      category = c;
      break;
    }
  }
  // a modifier can override a generic head ("police officers", "Taliban commander")
  if (category === 'civilian' || category === 'unknown' || category === 'military') {
    for (const w of words.slice(0, -1)) {
      const c = categoryModifiers[w];
      if (c) {
        category = c;
        break;
      }
    }
  }
  return { victims: phrase || null, victimCategory: category };
}
