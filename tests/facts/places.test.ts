import { describe, test, expect } from 'vitest';
import { extract } from '../../src/index.js';
import type { PlaceFact } from '../../src/types.js';

// The places extractor reads the gazetteer index dist/data/gazetteer.bin (npm run build writes it).
const places = (text: string): PlaceFact[] => extract(text, { referenceDate: '2024-05-23', only: ['places'] }).places;
const find = (text: string, span: string) => places(text).find((p) => p.mentions.some((m) => m.text === span));

interface Case {
  text: string;
  span: string;
  start: number;
  name: string;
  kind: PlaceFact['kind'];
  countryCode: string | null;
}

const positives: Case[] = [
  { text: 'Missiles hit the city of Kharkiv overnight.', span: 'Kharkiv', start: 25, name: 'Kharkiv', kind: 'city', countryCode: 'UA' },
  { text: 'Shelling continued in the Belgorod region on Sunday.', span: 'Belgorod', start: 26, name: 'Belgorod Oblast', kind: 'region', countryCode: 'RU' },
  { text: "Talks resumed in Kyiv after Ukraine's request.", span: 'Ukraine', start: 28, name: 'Ukraine', kind: 'country', countryCode: 'UA' },
  { text: 'The band played in Paris, Texas, last week.', span: 'Paris', start: 19, name: 'Paris', kind: 'city', countryCode: 'US' },
  { text: 'The museum in Paris reopened, France said.', span: 'Paris', start: 14, name: 'Paris', kind: 'city', countryCode: 'FR' },
  { text: 'Deputies searched a farm in Laurel County on Friday.', span: 'Laurel County', start: 28, name: 'Laurel County', kind: 'region', countryCode: 'US' },
  { text: 'Flights to Burma were suspended.', span: 'Burma', start: 11, name: 'Myanmar', kind: 'country', countryCode: 'MM' },
  { text: 'He moved from Bombay to London in 1990.', span: 'Bombay', start: 14, name: 'Mumbai', kind: 'city', countryCode: 'IN' },
  { text: 'Aid was sent to the U.S. and Canada.', span: 'U.S.', start: 20, name: 'United States', kind: 'country', countryCode: 'US' },
  { text: 'The plant is near Louisville, Ky., the company said.', span: 'Ky.', start: 30, name: 'Kentucky', kind: 'region', countryCode: 'US' },
  { text: 'Ships crossed the Black Sea at night.', span: 'Black Sea', start: 18, name: 'Black Sea', kind: 'other', countryCode: null },
  { text: 'Fires burned in Clarke and Oconee counties overnight.', span: 'Oconee', start: 27, name: 'Oconee County', kind: 'region', countryCode: 'US' },
  { text: 'The crash closed Elm Street near the school.', span: 'Elm Street', start: 17, name: 'Elm Street', kind: 'other', countryCode: null },
  { text: 'Traffic slowed on Highway 19 after the storm.', span: 'Highway 19', start: 18, name: 'Highway 19', kind: 'other', countryCode: null },
  { text: 'The talks on Egypt-US relations stalled.', span: 'US', start: 19, name: 'United States', kind: 'country', countryCode: 'US' },
  { text: 'Water levels rose in Idlib province again.', span: 'Idlib', start: 21, name: 'Idlib Governorate', kind: 'region', countryCode: 'SY' },
  { text: 'Troops entered Fars Province on Monday.', span: 'Fars Province', start: 15, name: 'Fars', kind: 'region', countryCode: 'IR' },
  { text: 'He spoke in Kiev on Tuesday.', span: 'Kiev', start: 12, name: 'Kyiv', kind: 'city', countryCode: 'UA' },
  // a multi-word name before the hyphen of its last word
  { text: 'A New York-based fund bought the mill.', span: 'New York', start: 2, name: 'New York', kind: 'region', countryCode: 'US' },
  // a country's name used as an American town's in American local news ("a Lebanon woman", "X Elementary School")
  { text: 'Sheriff\'s deputies said a Lebanon woman was hurt near Zionsville.', span: 'Lebanon', start: 26, name: 'Lebanon', kind: 'city', countryCode: 'US' },
  { text: 'The Jordan Elementary School choir sang in Shakopee on Friday.', span: 'Jordan', start: 4, name: 'Jordan', kind: 'city', countryCode: 'US' },
  // the same names in world news stay countries
  { text: 'Refugees crossed from Syria into Lebanon and Jordan last year.', span: 'Lebanon', start: 33, name: 'Lebanon', kind: 'country', countryCode: 'LB' },
  { text: 'King Abdullah of Jordan met Israeli leaders.', span: 'Jordan', start: 17, name: 'Jordan', kind: 'country', countryCode: 'JO' },
  // "X City" after a province's name: the city
  { text: 'Flights to Quebec City resumed on Monday.', span: 'Quebec', start: 11, name: 'Québec', kind: 'city', countryCode: 'CA' },
  // a division placed among its own towns
  { text: 'Floods hit Hunan province this week.', span: 'Hunan', start: 11, name: 'Hunan', kind: 'region', countryCode: 'CN' },
];

describe('places: found and resolved', () => {
  test.each(positives)('$span in "$text"', ({ text, span, start, name, kind, countryCode }) => {
    const p = find(text, span);
    expect(p).toBeDefined();
    expect(p!.name).toBe(name);
    expect(p!.kind).toBe(kind);
    expect(p!.countryCode).toBe(countryCode);
    const m = p!.mentions.find((x) => x.text === span)!;
    expect(m.start).toBe(start);
    expect(m.end).toBe(start + span.length);
    expect(text.slice(m.start, m.end)).toBe(span);
  });

  test('one entry per place, every mention listed', () => {
    const text = 'Kharkiv was shelled. Later, Kharkiv lost power, officials in Kharkiv said.';
    const list = places(text).filter((p) => p.name === 'Kharkiv');
    expect(list).toHaveLength(1);
    expect(list[0]!.mentions.map((m) => m.start)).toEqual([0, 28, 61]);
    expect(list[0]!.geonameId).toBe(706483);
    expect(list[0]!.admin1).toBe('Kharkiv Oblast');
  });
});

const negatives: [string, string][] = [
  ['Ukrainian forces pushed back Russian units.', 'Ukrainian'],
  ['Ukrainian forces pushed back Russian units.', 'Russian'],
  ['May was a difficult month for the farmers.', 'May'],
  ['Reading is a pleasure, she said.', 'Reading'],
  ['Mobile phones were banned in class.', 'Mobile'],
  ['Nice work was done by the volunteers.', 'Nice'],
  ['Jordan Henderson scored twice for the club.', 'Jordan'],
  ['Michael Jordan retired again.', 'Jordan'],
  ['Gov. Washington signed the bill.', 'Washington'],
  ['Spanish police arrested two men.', 'Spanish'],
  ['Mr. Walsh said the vote would wait. Walsh later left.', 'Walsh'],
  ['Real Madrid won the cup.', 'Madrid'],
  ['The White House declined to comment.', 'White House'],
  ['The donation went to the United Way this spring.', 'United Way'],
  ['Donations rose, the Texas Highway Patrol said.', 'Texas Highway'],
  ['Police said the man was taken to a hospital. A Man of the year award followed.', 'Man'],
];

describe('places: coordinates', () => {
  test('a division lies among its towns (Hunan, not Oklahoma)', () => {
    const p = find('Floods hit Hunan province this week.', 'Hunan')!;
    expect(p.lat! > 20 && p.lat! < 35 && p.lon! > 105 && p.lon! < 120).toBe(true);
  });
});

describe('places: not places', () => {
  test.each(negatives)('%s -> no place "%s"', (text, span) => {
    expect(find(text, span)).toBeUndefined();
  });
});

describe('places: resolution by context', () => {
  test('a state named elsewhere chooses among same-named towns', () => {
    const text = 'Officials in Kentucky said the plant near Richmond would reopen. Richmond has 30,000 residents.';
    expect(find(text, 'Richmond')?.admin1).toBe('Kentucky');
  });
  test('"X, Ky." picks the Kentucky town', () => {
    expect(find('The fair opened in Paris, Ky., on Friday.', 'Paris')?.admin1).toBe('Kentucky');
  });
  test('a division named in full outranks small towns of that name', () => {
    expect(find('Voters in Florida went to the polls.', 'Florida')?.kind).toBe('region');
  });
  test('a country outranks tiny towns named after it', () => {
    const text = 'Exports from China rose, officials in Texas said.';
    expect(find(text, 'China')?.kind).toBe('country');
  });
});

describe('places: the seed article', () => {
  test('Kharkiv, Ukraine, Belgorod region and Kyiv; no demonyms', () => {
    const text =
      'On May 23, Russian missile strikes targeted the northeastern Ukrainian city of Kharkiv. ' +
      'Russian forces seek to protect the Belgorod region from Ukrainian attacks. ' +
      "Kharkiv, Ukraine's second-largest city, was hit again. This raised the urgency for Kyiv to secure air defense.";
    const got = places(text);
    const byName = new Map(got.map((p) => [p.name, p]));
    expect(byName.get('Kharkiv')?.kind).toBe('city');
    expect(byName.get('Kharkiv')?.mentions).toHaveLength(2);
    expect(byName.get('Ukraine')?.kind).toBe('country');
    expect(byName.get('Belgorod Oblast')?.countryCode).toBe('RU');
    expect(byName.get('Kyiv')?.countryCode).toBe('UA');
    for (const p of got) for (const m of p.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/Ukrainian|Russian/);
    }
  });
});

describe('places: robustness', () => {
  test('long adversarial input stays fast and well-formed', () => {
    const text = 'New York New York New York, '.repeat(4000) + 'Aaaa '.repeat(20000) + "O'".repeat(5000);
    const t = Date.now();
    const got = places(text);
    expect(Date.now() - t).toBeLessThan(5000);
    for (const p of got) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

interface LocalCase {
  text: string;
  span: string;
  start: number;
  name: string;
  countryCode: string | null;
  admin1: string | null;
}

// resolution helped by the article's local focus: division words, neighbour towns, American local-news cues
const localCases: LocalCase[] = [
  // "Parish" is Louisiana's word for a county: the division and its towns lie there
  { text: 'The Webster Parish school board met in Minden on Monday.', span: 'Webster Parish', start: 4, name: 'Webster Parish', countryCode: 'US', admin1: 'Louisiana' },
  { text: 'The Webster Parish school board met in Minden on Monday.', span: 'Minden', start: 39, name: 'Minden', countryCode: 'US', admin1: 'Louisiana' },
  // ...but a Jamaican parish stays Jamaican
  { text: 'Rain fell across Saint Ann Parish in Jamaica.', span: 'Saint Ann Parish', start: 17, name: 'Saint Ann Parish', countryCode: 'JM', admin1: 'Saint Ann Parish' },
  // "X City Council": the town is X ("City" belongs to the body), unless the town's own name ends in "City"
  { text: 'The Dublin City Council met on Monday.', span: 'Dublin', start: 4, name: 'Dublin', countryCode: 'US', admin1: 'California' },
  { text: 'The Boulder City Council met on Monday.', span: 'Boulder City', start: 4, name: 'Boulder City', countryCode: 'US', admin1: 'Nevada' },
  // a county's numbered road: the county is the place, the road number is not a street of its own
  { text: 'A truck overturned on Stearns County Road 12 near the lake.', span: 'Stearns County', start: 22, name: 'Stearns County', countryCode: 'US', admin1: 'Minnesota' },
  // a town and the county around it agree
  { text: "Crews from Canton and the Stark County sheriff's office responded.", span: 'Canton', start: 11, name: 'Canton', countryCode: 'US', admin1: 'Ohio' },
  // a sheriff's office and a house-number address make the article American local news, even with Canada named
  {
    text: "Deputies from the Sheriff's Office said a Dublin man who had been visiting relatives in Canada was arrested at 45 Elm Street.",
    span: 'Dublin',
    start: 42,
    name: 'Dublin',
    countryCode: 'US',
    admin1: 'California',
  },
  // without such cues the capital of Ireland stays the likelier Dublin
  { text: 'A Dublin man who had been visiting relatives in Canada was arrested at the airport.', span: 'Dublin', start: 2, name: 'Dublin', countryCode: 'IE', admin1: 'Leinster' },
];

/** The place found at `span` is the expected one, and its mention's offsets point at the span. */
function checkLocalCase({ text, span, start, name, countryCode, admin1 }: LocalCase) {
  const p = find(text, span);
  expect(p).toBeDefined();
  expect(p!.name).toBe(name);
  expect(p!.countryCode).toBe(countryCode);
  expect(p!.admin1).toBe(admin1);
  const m = p!.mentions.find((x) => x.text === span)!;
  expect(m.start).toBe(start);
  expect(text.slice(m.start, m.end)).toBe(span);
}

describe('places: local focus', () => {
  test.each(localCases)('$span in "$text"', checkLocalCase);

  test('a county road number is not a place', () => {
    const list = places('A truck overturned on Stearns County Road 12 near the lake.');
    expect(list.map((p) => p.mentions[0]!.text)).toEqual(['Stearns County']);
  });
});

// reading the article as a linguist-geographer would: lists, short forms, press habits, name shapes
const contextCases: LocalCase[] = [
  // two countries in a row are a list, not a place and its country (not Russia, Ohio)
  { text: 'Talks on sanctions against Russia, U.S. diplomats said, stalled.', span: 'Russia', start: 27, name: 'Russia', countryCode: 'RU', admin1: null },
  // a county named in full, then by its short form: the short form is the county, not a town of another state
  {
    text: 'Schools in DeKalb County closed on Monday. Parents in Decatur and Tucker heard that schools in DeKalb would reopen soon.',
    span: 'DeKalb',
    start: 95,
    name: 'DeKalb County',
    countryCode: 'US',
    admin1: 'Georgia',
  },
  // the possessive before a street: the town it belongs to
  { text: "Crowds filled Rock Hill's Main Street in South Carolina this afternoon.", span: 'Rock Hill', start: 14, name: 'Rock Hill', countryCode: 'US', admin1: 'South Carolina' },
  // British local news ("Mr Hart" with no full stop, "4am", "neighbourhood"): the English Cambridge
  {
    text: 'Mr Hart, 52, was woken at 4am by the alarm. The neighbourhood watch in Cambridge says thefts have fallen.',
    span: 'Cambridge',
    start: 71,
    name: 'Cambridge',
    countryCode: 'GB',
    admin1: 'England',
  },
];

describe('places: context a reader uses', () => {
  test.each(contextCases)('$span in "$text"', checkLocalCase);

  test('the same words without the British habits keep the larger American Cambridge', () => {
    expect(find('The neighborhood watch in Cambridge says thefts have fallen.', 'Cambridge')?.countryCode).toBe('US');
  });

  test('an English county lies in England, not at its American namesake town', () => {
    const p = find('Farmers in Norfolk and Suffolk met in Norwich.', 'Norfolk')!;
    expect(p.countryCode).toBe('GB');
    expect(p.lat! > 50 && p.lat! < 56 && p.lon! > -6 && p.lon! < 2).toBe(true);
  });

  test('a place cue carries along a list of towns', () => {
    const list = places('New routes would run through Monroe, Trenton and Seven Mile in Butler County, Ohio.');
    expect(list.map((p) => p.mentions[0]!.text)).toEqual(expect.arrayContaining(['Monroe', 'Trenton', 'Seven Mile']));
    expect(find('New routes would run through Monroe, Trenton and Seven Mile in Butler County, Ohio.', 'Trenton')?.admin1).toBe('Ohio');
  });

  test("a town's council and high school mark its name as a place", () => {
    expect(find('Members of the Mount Pleasant City Council voted on the new budget last night.', 'Mount Pleasant')).toBeDefined();
    expect(find('She graduated from Mount Pleasant High School in 1990.', 'Mount Pleasant')).toBeDefined();
  });

  test('short forms of big cities', () => {
    expect(find('He flew from L.A. to NYC on Friday.', 'L.A.')?.geonameId).toBe(5368361);
    expect(find('He flew from L.A. to NYC on Friday.', 'NYC')?.name).toBe('New York City');
  });

  test('"the Odesa region" does not turn bare "Odesa" into the region', () => {
    const list = places('Missiles hit Odesa overnight. Odesa and the surrounding Odesa region lost power.');
    expect(list.find((p) => p.name === 'Odesa')?.mentions.map((m) => m.start)).toEqual([13, 30]);
    expect(list.find((p) => p.name === 'Odesa Oblast')?.mentions.map((m) => m.start)).toEqual([56]);
  });

  test('a name the article once marks as a place is a place elsewhere too', () => {
    const list = places("The festival is today in Rock Hill. Music fills Rock Hill's Main Street this afternoon.");
    expect(list.find((p) => p.name === 'Rock Hill')?.mentions.map((m) => m.start)).toEqual([25, 48]);
  });
});

const nameShapeNegatives: [string, string][] = [
  // a middle initial before the word: a person
  ['The police shooting of Tyrise M. Bell was ruled justified.', 'Bell'],
  // an office before a surname names the person; the bare surname later is the person too
  ['Governor Bush denied any involvement. Bush spoke on Thursday.', 'Bush'],
  // a town's name before an ampersand: a firm
  ['The board met with representatives from McPherson & Jacobsen LLC on Monday.', 'McPherson'],
  // a common word before a number
  ['He lives at 1205 Lone Oak Road Lot 12 in the park.', 'Lot'],
  // a town's name ending a party's name
  ['She ran for the United Democratic Alliance in the county.', 'Alliance'],
  // a big city's abbreviation only when the gazetteer gives it as its own name, not another language's
  ['The PTA meets on Tuesday.', 'PTA'],
];

describe('places: name shapes that are not places', () => {
  test.each(nameShapeNegatives)('%s -> no place "%s"', (text, span) => {
    expect(find(text, span)).toBeUndefined();
  });
});

describe('places: the gazetteer index', () => {
  test('the library reads no file itself: no fs import under src/facts/places', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../src/facts/places/', import.meta.url);
    for (const file of readdirSync(dir)) expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/from ['"](node:)?fs['"]/);
  });
});
