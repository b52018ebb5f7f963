// Word lists for the dates extractor: data only, no logic.

/** Month names and abbreviations (as written, capitalised) -> month number. */
export const monthNames: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
  September: 9, October: 10, November: 11, December: 12,
  'Jan.': 1, 'Feb.': 2, 'Mar.': 3, 'Apr.': 4, 'Jun.': 6, 'Jul.': 7, 'Aug.': 8,
  'Sept.': 9, 'Sep.': 9, 'Oct.': 10, 'Nov.': 11, 'Dec.': 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sept: 9, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Weekday names -> ISO weekday (Monday = 1). */
export const weekdayNames: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  'mon.': 1, 'tue.': 2, 'tues.': 2, 'wed.': 3, 'thu.': 4, 'thur.': 4, 'thurs.': 4, 'fri.': 5, 'sat.': 6, 'sun.': 7,
};

/** Number words -> value (units, teens, tens; compounds like "twenty-four" are summed). */
export const numberWords: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  half: 0.5, couple: 2,
};

/** Ordinal words -> value. */
export const ordinalWords: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23, 'twenty-fourth': 24,
  'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Vague quantity words: the count is unknown ("several years" -> PXY). */
export const vagueQuantityWords = ['several', 'a few', 'few', 'some', 'many', 'a couple of', 'couple of'] as const;

/** Calendar units -> TIMEX3 duration letter and whether it is a time (PT...) unit. */
export const timeUnits: Readonly<Record<string, { letter: string; time: boolean }>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false },
  fortnight: { letter: 'W', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};

/** Seasons -> TIMEX3 season code. */
export const seasonCodes: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Parts of the day -> TIMEX3 code. */
export const partOfDayCodes: Readonly<Record<string, string>> = {
  morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', 'mid-afternoon': 'TAF',
  'mid afternoon': 'TAF', midday: 'T12:00', noon: 'T12:00', midnight: 'T24:00', overnight: 'TNI',
};

/** Set adverbs -> TIMEX3 period. */
export const setAdverbs: Readonly<Record<string, string>> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H',
  nightly: 'P1D',
};

/** Deictic adverbs with a vague TIMEX3 value. */
export const vagueReferenceWords: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF',
  'just now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  recent: 'PAST_REF',
  'the past': 'PAST_REF',
  'once': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  future: 'FUTURE_REF',
};

/** Named holidays with a fixed month and day. */
export const fixedHolidays: Readonly<Record<string, [number, number]>> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  christmas: [12, 25],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  'valentine’s day': [2, 14],
  "valentine's day": [2, 14],
  'halloween': [10, 31],
  'boxing day': [12, 26],
};

/** Words after a bare number that show it is not a year ("1990 people"). */
export const notYearFollowers = [
  'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'dollars', 'shares',
  'points', 'units', 'cars', 'jobs', 'employees', 'workers', 'votes', 'miles', 'kilometers',
  'kilometres', 'feet', 'meters', 'metres', 'tons', 'tonnes', 'barrels', 'pounds', 'euros',
  'yen', 'acres', 'homes', 'houses', 'members', 'residents', 'cases', 'deaths', 'copies',
] as const;

/** Words and phrases that put a clause in the future ("will meet on Friday", "is scheduled for Monday"). */
export const futureCues = [
  'will', "won't", 'shall', "'ll", 'going to', 'is to', 'are to', 'scheduled', 'planned', 'plan to',
  'plans to', 'planning to', 'expected to', 'expect', 'expects', 'forecast', 'forecasts', 'predict',
  'predicts', 'hope to', 'hopes to', 'set to', 'due to', 'payable', 'effective', 'expire', 'expires',
  'as soon as', 'as early as', 'to resume', 'to begin', 'to start', 'intend to', 'intends to',
  'would leave', 'would arrive', 'would begin', 'would start', 'would meet', 'would travel',
  'would resume', 'to be',
] as const;

/** Words that suggest the future without being a verb: they count only when no verb cue is near. */
export const weakFutureCues = ['until', 'deadline', 'upcoming'] as const;

/** Past cues that are not past-tense verb forms: "since" + date, the perfect ("has been"). */
export const pastCues = ['since', 'been', 'ago'] as const;

/** Present-tense copulas: "The deadline is Dec. 15" is told in the present, not by the "said" after it. */
export const presentCues = ['is', 'are', 'am'] as const;

/** Reporting verbs that, right before a day name, fix it in the past ("said Friday"). */
export const reportingVerbs = [
  'said', 'told', 'announced', 'reported', 'confirmed', 'added', 'declared', 'stated', 'was', 'were', 'had',
] as const;

/** Irregular past-tense verbs (regular ones end in -ed). */
export const irregularPastVerbs = [
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'took', 'made', 'began', 'fell', 'rose',
  'left', 'met', 'saw', 'gave', 'found', 'struck', 'hit', 'killed', 'won', 'lost', 'held', 'led', 'sent',
  // the other common irregular simple pasts (forms that double as present or participle, like
  // "put", "set", "read", "come", "become", "run", are left out)
  'became', 'bought', 'brought', 'built', 'caught', 'chose', 'dealt', 'drew', 'drove', 'fought', 'fled',
  'flew', 'felt', 'got', 'grew', 'heard', 'kept', 'knew', 'laid', 'meant', 'paid', 'ran', 'sold', 'sought',
  'spent', 'spoke', 'stood', 'stole', 'swore', 'taught', 'thought', 'threw', 'understood', 'wrote', 'broke',
  'withdrew', 'overtook', 'forbade', 'rode', 'sank', 'shook', 'slept', 'stuck', 'swept', 'tore', 'woke',
  'wore', 'wept', 'sat', 'shot', 'froze', 'rang', 'sang', 'blew', 'dug', 'fed',
] as const;

/**
 * Words of a match report: where two different ones are near, "the first half" or "the fourth
 * quarter" with no year stated is a period of play, not of the year.
 */
export const matchPeriodCues = [
  'match', 'minute', 'minutes', 'goal', 'goals', 'scored', 'kick-off', 'kickoff', 'half-time',
  'halftime', 'full-time', 'whistle', 'penalty', 'striker', 'goalkeeper', 'keeper', 'midfielder',
  'defender', 'winger', 'referee', 'touchdown', 'touchdowns', 'quarterback', 'innings', 'inning', 'rebounds',
  'substitute', 'equaliser', 'equalizer', 'free kick', 'stadium',
] as const;
