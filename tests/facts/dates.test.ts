import { describe, test, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractDates } from '../../src/facts/dates/index.js';
import { findDatelineDate } from '../../src/facts/dates/dateline.js';
import { dateRules } from '../../src/facts/dates/rules.js';

// Reference date: Thursday 23 May 2024 (ISO week 21, second quarter).
const REF = '2024-05-23';

type Expected = [text: string, type: string, value: string];

function run(text: string, ref: string | null = REF) {
  return extractDates(createDocument(text, ref));
}

/** Each expected expression must be found with exactly this span (first occurrence), type and value. */
function expectDates(text: string, expected: Expected[], ref: string | null = REF) {
  const facts = run(text, ref);
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  const got = facts.map((f) => [f.text, f.type, f.value, f.start]);
  const want = expected.map(([t, type, value]) => [t, type, value, text.indexOf(t)]);
  expect(got).toEqual(want);
}

const cases: [string, Expected[]][] = [
  // calendar dates
  ['On May 23, Russian missiles struck the city.', [['May 23', 'DATE', '2024-05-23']]],
  ['The treaty was signed on March 3, 1998, in Paris.', [['March 3, 1998', 'DATE', '1998-03-03']]],
  ['The vote took place on 12 January 2023 after a long debate.', [['12 January 2023', 'DATE', '2023-01-12']]],
  ['Talks resumed on Tuesday, May 21, officials said.', [['Tuesday, May 21', 'DATE', '2024-05-21']]],
  ['The deadline is Dec. 15, the agency said.', [['Dec. 15', 'DATE', '2024-12-15']]],
  ['The dam was finished in November 2019.', [['November 2019', 'DATE', '2019-11']]],
  ['The company was founded in 1987 by two engineers.', [['1987', 'DATE', '1987']]],
  ['Prices peaked in the early 1990s.', [['the early 1990s', 'DATE', '199']]],
  ['The ceasefire held through late April.', [['late April', 'DATE', '2024-04']]],
  ['The files are dated 2021-07-04 in the archive.', [['2021-07-04', 'DATE', '2021-07-04']]],
  // weekdays and deictic days
  ['The minister said on Monday that talks had failed.', [['Monday', 'DATE', '2024-05-20']]],
  ['The president will travel to Kenya on Friday.', [['Friday', 'DATE', '2024-05-24']]],
  ['Police said Thursday that three people were arrested.', [['Thursday', 'DATE', '2024-05-23']]],
  ['Rescuers worked through the night and yesterday found two survivors.', [['yesterday', 'DATE', '2024-05-22']]],
  ['The results are expected tomorrow, and today the polls closed.', [['tomorrow', 'DATE', '2024-05-24'], ['today', 'DATE', '2024-05-23']]],
  // relative units
  ['The army withdrew last week from the border.', [['last week', 'DATE', '2024-W20']]],
  ['The bill will be debated next month in parliament.', [['next month', 'DATE', '2024-06']]],
  ['Exports fell sharply last year, but this year they recovered.', [['last year', 'DATE', '2023'], ['this year', 'DATE', '2024']]],
  ['The mill closed two days ago after the flood.', [['two days ago', 'DATE', '2024-05-21']]],
  // a quarter that has not begun yet is last year's in a past-tense clause, this year's in a future one
  ['Profit rose in the third quarter, the bank said.', [['the third quarter', 'DATE', '2023-Q3']]],
  // one sports-like word ("goal") is not a match report: the quarter stays a date
  ['Its goal is to double profit, which rose in the third quarter.', [['the third quarter', 'DATE', '2023-Q3']]],
  ['The bank expects profit to rise in the third quarter.', [['the third quarter', 'DATE', '2024-Q3']]],
  ['The plant reported a first-quarter loss.', [['first-quarter', 'DATE', '2024-Q1']]],
  ['Sales in the year-ago quarter were flat.', [['the year-ago quarter', 'DATE', '2023-Q1']]],
  ['The plant will close on 2 November, the firm said.', [['2 November', 'DATE', '2024-11-02']]],
  ['The bridge opened on March 4, 2020. The following day, traffic doubled.', [['March 4, 2020', 'DATE', '2020-03-04'], ['The following day', 'DATE', '2020-03-05']]],
  ['Farmers hope for rain this summer.', [['this summer', 'DATE', '2024-SU']]],
  ['Sales slumped last fall.', [['last fall', 'DATE', '2023-FA']]],
  ['Shares have gained 5% since year-end.', [['year-end', 'DATE', '2023-12-31']]],
  ['The company expects a loss for the year.', [['the year', 'DATE', '2024']]],
  ['The mine closed in March 2023. The following month, workers protested.', [['March 2023', 'DATE', '2023-03'], ['The following month', 'DATE', '2023-04']]],
  ['The plan was approved this past winter.', [['this past winter', 'DATE', '2023-WI']]],
  ['Storms hit the coast last May.', [['last May', 'DATE', '2023-05']]],
  ['Voting will end on Thanksgiving Day.', [['Thanksgiving Day', 'DATE', '2024-11-28']]],
    // times
  ['The attack, which took place early in the morning, killed seven civilians.', [['early in the morning', 'TIME', '2024-05-23TMO']]],
  ['The blast happened at 2:30 p.m. near the station.', [['2:30 p.m.', 'TIME', '2024-05-23T14:30']]],
  ['The storm hit the coast last night.', [['last night', 'TIME', '2024-05-22TNI']]],
  ['She spoke to reporters this morning.', [['this morning', 'TIME', '2024-05-23TMO']]],
  // durations
  ['The siege lasted three years.', [['three years', 'DURATION', 'P3Y']]],
  ['Prices have risen over the past two weeks.', [['the past two weeks', 'DURATION', 'P2W']]],
  ['The rescue took more than six hours.', [['more than six hours', 'DURATION', 'PT6H']]],
  ['He signed a five-year contract.', [['five-year', 'DURATION', 'P5Y']]],
  ['The refugees lived in camps for 2 1/2 years.', [['2 1/2 years', 'DURATION', 'P2Y6M']]],
  ['Profit rose 10% in the first nine months.', [['the first nine months', 'DURATION', 'P9M']]],
  ['Repairs will take two to three weeks.', [['two to three weeks', 'DURATION', 'P2W']]],
  ['The pilot landed a minute and a half later.', [['a minute and a half', 'DURATION', 'PT1M30S']]],
  ['He has led the party for over a decade.', [['over a decade', 'DURATION', 'P10Y']]],
  ['The truce ended in the 20th century.', [['the 20th century', 'DATE', '19']]],
    ['The talks ended a day-long standoff.', [['day-long', 'DURATION', 'P1D']]],
  ['Traders expect more selling in the weeks ahead.', [['the weeks ahead', 'DURATION', 'PXW']]],
  ['The firm was losing money only months ago.', [['months ago', 'DATE', 'PAST_REF']]],
  ['It returned to profit after several quarters of losses.', [['several quarters', 'DURATION', 'PXQ']]],
    // sets
  ['The ferry runs daily between the islands.', [['daily', 'SET', 'P1D']]],
  ['Inspectors visit every week.', [['every week', 'SET', 'P1W']]],
  // vague references
  ['The city is now without power.', [['now', 'DATE', 'PRESENT_REF']]],
  ['The road was recently repaired.', [['recently', 'DATE', 'PAST_REF']]],
  ['Officials are currently assessing the damage.', [['currently', 'DATE', 'PRESENT_REF']]],
  ['Such floods may become common in the future.', [['the future', 'DATE', 'FUTURE_REF']]],
];

describe('dates: values and spans (reference date 2024-05-23)', () => {
  for (const [text, expected] of cases) {
    test(text, () => expectDates(text, expected));
  }
});

// Tense decides the unwritten year or week: the verb nearest before the expression wins (HeidelTime).
const tenseCases: [string, Expected[], string][] = [
  // 23 May 2024 is a Thursday: the weekend told in the past is the one just gone (ISO week 20)
  ['Officials met rebel leaders over the weekend.', [['the weekend', 'DATE', '2024-W20-WE']], REF],
  ['The envoy, who arrived Monday, will fly home on Friday.', [['Monday', 'DATE', '2024-05-20'], ['Friday', 'DATE', '2024-05-24']], REF],
  ['The king met the envoy Monday. The envoy will fly home on Friday.', [['Monday', 'DATE', '2024-05-20'], ['Friday', 'DATE', '2024-05-24']], REF],
  // a bare month without a tense cue is this year's past one, not next year's
  ['Shares swung, rising to a high of $40 in June from $29 in March.', [['June', 'DATE', '1989-06'], ['March', 'DATE', '1989-03']], '1989-10-30'],
  ['The carrier has been on patrol since March.', [['March', 'DATE', '1990-03']], '1990-08-13'],
  ['The trial will open in January, the court said.', [['January', 'DATE', '1990-01']], '1989-10-30'],
  // a future clause looks ahead even for a month far off; a participle after "be" does not make it past
  ['She will be named commander of a mission in December.', [['December', 'DATE', '1998-12']], '1998-03-04'],
  ['A hearing is set for the week of March 6.', [['the week of March 6', 'DATE', '2000-W10']], '2000-02-24'],
  // an infinitive "to be ..." after a past verb projects the event ahead
  ['The governor ordered flags to be flown at half-staff until Friday.', [['Friday', 'DATE', '2024-05-24']], REF],
  // with no verb before it, the first verb after the expression decides
  ['Until Thursday, police had not named a suspect.', [['Thursday', 'DATE', '2024-05-23']], REF],
  // anaphoric weekdays count from the day being told about
  ['Shares closed lower on Tuesday, May 21, down 2% from the previous Friday.', [['Tuesday, May 21', 'DATE', '2024-05-21'], ['the previous Friday', 'DATE', '2024-05-17']], REF],
  // TIMEX3 halves and feast weeks
  ['Sales fell in the first half of 2023.', [['the first half of 2023', 'DATE', '2023-H1']], REF],
  ['Earnings will weaken in the last half of 2024.', [['the last half of 2024', 'DATE', '2024-H2']], REF],
  ['Analysts see losses through the first two quarters of 2025.', [['the first two quarters of 2025', 'DATE', '2025-H1']], REF],
  ['Pilgrims filled the city during Easter week.', [['Easter week', 'DATE', '2024-W13']], REF],
];

describe('dates: tense, anaphora and calendar units', () => {
  for (const [text, expected, ref] of tenseCases) {
    test(`${text} (${ref})`, () => expectDates(text, expected, ref));
  }
});

describe('dates: the dateline is the reference date, not a reported date', () => {
  test('agency dateline with a year', () =>
    expectDates('KYIV, May 23, 2024 (Reuters) - Two days ago, shelling hit the city.', [['Two days ago', 'DATE', '2024-05-21']]));
});

describe('dates: without a reference date, years stay unresolved', () => {
  test('month and day', () => expectDates('The strike happened on May 23.', [['May 23', 'DATE', 'XXXX-05-23']], null));
  test('explicit years still resolve', () => expectDates('It ended in June 2001.', [['June 2001', 'DATE', '2001-06']], null));
});

const mustNotMatch = [
  'The court may rule later.',
  'Prime Minister Theresa May spoke to the press.',
  'Thousands of protesters march through the capital.',
  'The Sunday Times published the report.',
  'The song reached the top 20 in the charts.',
  'They drove along Route 66 for hours on end.'.replace(' for hours on end', ''),
  'The House passed H.R. 49 with a large majority.',
  'The home side won 3-1 in the final.',
  'The hotline is staffed 24/7 by volunteers.',
  'Congress approved $60.8 billion in aid.',
  'The city has 1.3 million residents.',
  'The recent offensive displaced thousands.',
  'Nearly 1,500 people were evacuated.',
  'A quarter of the population fled.',
  'By 1650 GMT the dollar had recovered.',
  'Two thousand people marched in the capital.',
  'A 52-year-old man was arrested.',
  'The stadium holds more than 2000 fans.',
  // a half or quarter of a match is a period of play, not of the year
  'The hosts dominated the first half, but the goalkeeper kept them out until the 80th minute.',
  'The quarterback threw for two touchdowns in the fourth quarter.',
  // the article's own dateline is its reference date, not a date it reports (TimeBank leaves it out)
  'WASHINGTON, May 22 (AP) -- The vote failed.',
];

describe('dates: must not match', () => {
  for (const text of mustNotMatch) {
    test(text, () => expect(run(text)).toEqual([]));
  }
});

describe('findDatelineDate', () => {
  const datelines: [string, string | null][] = [
    ['KYIV, May 23, 2024 (Reuters) - Russian missiles struck the city.', '2024-05-23'],
    ['Published 23 May 2024\nRussian missiles struck the city.', '2024-05-23'],
    ['Updated: 2024-05-23 10:14 GMT\nText of the article.', '2024-05-23'],
    ['By A. Writer\nThursday, May 23, 2024\nText of the article.', '2024-05-23'],
    ['KYIV, May 23 (Reuters) - Russian missiles struck the city.', null],
    ['On May 23 the army said it had withdrawn.', null],
    ['No date at all here.', null],
  ];
  for (const [text, want] of datelines) test(text.split('\n')[0]!, () => expect(findDatelineDate(text)).toBe(want));
});

describe('dates: rules stay fast on adversarial input', () => {
  const adversarial = [
    '1'.repeat(300_000),
    'May '.repeat(75_000),
    'the past two '.repeat(25_000),
    ' '.repeat(300_000) + 'x',
    '12:30 p.m. '.repeat(30_000),
    'a-'.repeat(150_000),
  ];
  test('a long article full of dates stays linear', () => {
    const text = 'On May 23, 2024 and last week, three days ago, '.repeat(6000);
    const t0 = performance.now();
    const facts = run(text);
    expect(facts.length).toBe(18000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  test('every rule on 300 KB strings', () => {
    for (const text of adversarial) {
      const t0 = performance.now();
      for (const rule of dateRules) {
        rule.pattern.lastIndex = 0;
        let n = 0;
        for (let m = rule.pattern.exec(text); m && n < 1_000_000; m = rule.pattern.exec(text)) {
          n++;
          if (m[0].length === 0) rule.pattern.lastIndex++;
        }
      }
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
