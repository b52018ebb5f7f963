// Number words as written in English news: data only. The parser lives in
// src/facts/casualties/numbers.ts (`parseNumber`, `numberPatternSource`).

export const unitWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const tensWords: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers written as words or abbreviations after a number ("1.3 million", "2m", "60.8bn"). */
export const scaleWords: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  k: 1_000,
};

/** Whole phrases that denote one number. */
export const fixedNumberPhrases: Readonly<Record<string, number>> = {
  'half a dozen': 6,
  'a dozen': 12,
  dozen: 12,
  'a couple of': 2,
  'a pair of': 2,
  'a score of': 20,
  'a hundred': 100,
  'one hundred': 100,
  'a thousand': 1_000,
  'one thousand': 1_000,
  both: 2,
};

/** Amounts without a figure: "dozens of", "hundreds", "several". Count null, qualifier vague. */
export const vagueAmountWords: readonly string[] = [
  'hundreds of thousands',
  'tens of thousands',
  'an unknown number',
  'an unspecified number',
  'an undisclosed number',
  'an undetermined number',
  'a large number',
  'a number',
  'a handful',
  'a few',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'several',
  'numerous',
  'multiple',
  'many',
];
