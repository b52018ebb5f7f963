import { describe, test, expect } from 'vitest';
import { createDocument } from '../../src/document.js';
import { extractOfficials } from '../../src/facts/officials/index.js';
import type { OfficialFact } from '../../src/types.js';

const REFERENCE_DATE = '2024-05-23';
const officialsOf = (text: string): OfficialFact[] => extractOfficials(createDocument(text, REFERENCE_DATE));

interface Case {
  text: string;
  name: string;
  title: string;
  organization: string | null;
  /** The first mention's text (its offsets are checked against the input). */
  mention: string;
}

// Sentences written for these tests (not taken from any evaluation set).
const positives: Case[] = [
  { text: 'The talks were led by President Maria Delgado on Tuesday.', name: 'Maria Delgado', title: 'president', organization: null, mention: 'President Maria Delgado' },
  { text: 'Hungarian Prime Minister Laszlo Varga arrived late.', name: 'Laszlo Varga', title: 'prime minister', organization: 'Hungary', mention: 'Hungarian Prime Minister Laszlo Varga' },
  { text: 'The storm was severe, according to regional governor Petro Kovalenko.', name: 'Petro Kovalenko', title: 'regional governor', organization: null, mention: 'regional governor Petro Kovalenko' },
  { text: "Poland's deputy foreign minister, Anna Nowak, said the talks would continue.", name: 'Anna Nowak', title: 'deputy foreign minister', organization: 'Poland', mention: "Poland's deputy foreign minister, Anna Nowak" },
  { text: "Sam Porter, Acme's chief executive, said profits fell.", name: 'Sam Porter', title: 'chief executive', organization: 'Acme', mention: "Sam Porter, Acme's chief executive" },
  { text: 'Lt. Gen. Robert Haines told reporters the base was secure.', name: 'Robert Haines', title: 'lt. gen.', organization: null, mention: 'Lt. Gen. Robert Haines' },
  { text: 'The bill was backed by Labour MP Jane Holloway last week.', name: 'Jane Holloway', title: 'mp', organization: 'Labour', mention: 'Labour MP Jane Holloway' },
  { text: 'Judge Helen Ortiz of Marion County Circuit Court denied the motion.', name: 'Helen Ortiz', title: 'judge', organization: 'Marion County Circuit Court', mention: 'Judge Helen Ortiz' },
  { text: 'Tom Baxter, spokesman for the Northern Fire Service, said two crews attended.', name: 'Tom Baxter', title: 'spokesman', organization: 'Northern Fire Service', mention: 'Tom Baxter, spokesman for the Northern Fire Service' },
  { text: 'The plan was approved by Minister of Posts and Telecommunications Ravi Perera.', name: 'Ravi Perera', title: 'minister of posts and telecommunications', organization: null, mention: 'Minister of Posts and Telecommunications Ravi Perera' },
  { text: 'Former Tory leader Arthur Pendle said he would stand down.', name: 'Arthur Pendle', title: 'former leader', organization: 'Tory', mention: 'Former Tory leader Arthur Pendle' },
  { text: 'Det. Sgt. Karen Mills of the city homicide squad made the arrest.', name: 'Karen Mills', title: 'det. sgt.', organization: 'city homicide squad', mention: 'Det. Sgt. Karen Mills' },
  { text: 'Interior Minister Paolo Renzi told lawmakers on Tuesday that more arrests were likely .', name: 'Paolo Renzi', title: 'interior minister', organization: null, mention: 'Interior Minister Paolo Renzi' },
  { text: 'He met President Omar Haddad of Tunisia in the capital.', name: 'Omar Haddad', title: 'president', organization: 'Tunisia', mention: 'President Omar Haddad' },
  { text: 'Lena Fischer, a strategist at Nordbank, expects rates to rise.', name: 'Lena Fischer', title: 'strategist', organization: 'Nordbank', mention: 'Lena Fischer, a strategist at Nordbank' },
  { text: 'The Attorney General, Lord Westbury, said the law was clear.', name: 'Lord Westbury', title: 'attorney general', organization: null, mention: 'The Attorney General, Lord Westbury' },
  { text: 'Talks with Secretary of State Helen Marsh ended early.', name: 'Helen Marsh', title: 'secretary of state', organization: null, mention: 'Secretary of State Helen Marsh' },
  { text: 'He was greeted by King Faisal of Jordan at the palace.', name: 'Faisal', title: 'king', organization: 'Jordan', mention: 'King Faisal' },
  // offices of international bodies in a country
  { text: 'Maja Berg, the United Nations humanitarian coordinator in Sudan, appealed for access.', name: 'Maja Berg', title: 'humanitarian coordinator', organization: 'United Nations', mention: 'Maja Berg, the United Nations humanitarian coordinator' },
  { text: 'Ian Crewe, chairman of the Rural Roads Association, welcomed the news.', name: 'Ian Crewe', title: 'chairman', organization: 'Rural Roads Association', mention: 'Ian Crewe, chairman of the Rural Roads Association' },
  { text: 'Mexican President Luis Ortega and his Brazilian counterpart, Carla Souza, signed the deal.', name: 'Carla Souza', title: 'president', organization: 'Brazil', mention: 'his Brazilian counterpart, Carla Souza' },
  { text: 'Talks were opened by the President of Estonia Mart Kask on Friday .', name: 'Mart Kask', title: 'president', organization: 'Estonia', mention: 'the President of Estonia Mart Kask' },
  { text: 'The abbey was founded by King Harald III of Norway in 1060.', name: 'Harald III of Norway', title: 'king', organization: null, mention: 'King Harald III of Norway' },
  { text: 'Sales rose, said Nora Quist, chief UK economist at Fenwick Partners.', name: 'Nora Quist', title: 'chief uk economist', organization: 'Fenwick Partners', mention: 'Nora Quist, chief UK economist at Fenwick Partners' },
  { text: 'The county health commissioner, Dr. Alan Pike, said tests continue.', name: 'Alan Pike', title: 'county health commissioner', organization: null, mention: 'The county health commissioner, Dr. Alan Pike' },
  { text: 'Dan Ruiz, Labour MP for Eastfield, asked the question.', name: 'Dan Ruiz', title: 'mp for eastfield', organization: 'Labour', mention: 'Dan Ruiz, Labour MP for Eastfield' },
  { text: "The gallery's director, Ruth Abel, welcomed the gift.", name: 'Ruth Abel', title: 'director', organization: null, mention: "The gallery's director, Ruth Abel" },
  { text: 'Ken Ota, managing director of Ota Freight, said prices rose.', name: 'Ken Ota', title: 'managing director', organization: 'Ota Freight', mention: 'Ken Ota, managing director of Ota Freight' },
  { text: 'The museum board, led by Gina Moss, the founder and chief executive of Artline, met.', name: 'Gina Moss', title: 'founder and chief executive', organization: 'Artline', mention: 'Gina Moss, the founder and chief executive of Artline' },
];

describe('officials: title + name readings', () => {
  test.each(positives)('$text', ({ text, name, title, organization, mention }) => {
    const found = officialsOf(text);
    const official = found.find((o) => o.name === name);
    expect(official, JSON.stringify(found)).toBeDefined();
    expect(official!.title).toBe(title);
    expect(official!.organization).toBe(organization);
    expect(official!.rule).toMatch(/^official\//);
    const first = official!.mentions[0]!;
    expect(first.text).toBe(mention);
    expect(text.slice(first.start, first.end)).toBe(first.text);
  });
});

describe('officials: one entry per person, later mentions', () => {
  test('surname and honorific mentions join the official', () => {
    const text = 'Health Secretary Joan Pryce visited the ward. Ms Pryce said staff were tired. Later Pryce left.';
    const found = officialsOf(text);
    expect(found).toHaveLength(1);
    const [o] = found;
    expect(o!.name).toBe('Joan Pryce');
    expect(o!.title).toBe('health secretary');
    expect(o!.mentions.map((m) => m.text)).toEqual(['Health Secretary Joan Pryce', 'Ms Pryce', 'Pryce']);
    for (const m of o!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('a surname-only title reading takes the full name given elsewhere', () => {
    const text = 'Michael Grant arrived on Monday. Later, Governor Grant signed the order.';
    const found = officialsOf(text);
    expect(found.map((o) => [o.name, o.title])).toEqual([['Michael Grant', 'governor']]);
  });

  test('a title alone is a later mention when one official holds it', () => {
    const text = 'Regional governor Ivan Petrenko said the strikes hit. The governor added that power was cut.';
    const [o] = officialsOf(text);
    expect(o!.mentions.map((m) => m.text)).toEqual(['Regional governor Ivan Petrenko', 'The governor']);
  });

  test('two holders of a title: the title alone stays unattached', () => {
    const text = 'Governor Ann Lee met Governor Raj Patel. The governor said little.';
    const found = officialsOf(text);
    expect(found.map((o) => o.name)).toEqual(['Ann Lee', 'Raj Patel']);
    expect(found.every((o) => o.mentions.length === 1)).toBe(true);
  });

  test('the possessive of a name ends it ("President Ames\'s administration")', () => {
    const found = officialsOf("President Ames's administration rejected the claim.");
    expect(found.map((o) => o.name)).toEqual(['Ames']);
  });

  test('the seed article gives exactly its three officials', () => {
    const text =
      "Kharkiv faced at least 15 missile strikes, according to regional governor Oleh Syniehubov.\n" +
      'Ukrainian President Volodymyr Zelensky condemned the attacks.\n' +
      "Ukraine's national security and defense secretary, Oleksandr Lytvynenko, explained the goal.";
    const found = officialsOf(text);
    expect(found.map((o) => [o.name, o.title, o.organization])).toEqual([
      ['Oleh Syniehubov', 'regional governor', null],
      ['Volodymyr Zelensky', 'president', 'Ukraine'],
      ['Oleksandr Lytvynenko', 'national security and defense secretary', 'Ukraine'],
    ]);
  });
});

const negatives: string[] = [
  'General Motors cut 2,000 jobs on Monday.',
  "Shops close early on President's Day in many towns.",
  'The parade went down Mayor Street at noon.',
  'A police spokesman said nobody was hurt.',
  'The company said its chief executive would step down.',
  "It was a lively session of Prime Minister's Questions.",
  'Residents said the water was rising fast.',
  'By John Carter, Political Correspondent',
  'In Springfield, the mayor said schools would stay shut.',
  'The film was made by director Paul Verne in 1998.',
  'The Justice Department opened an inquiry.',
  'Fans gathered at the Queen Vic before the match.',
  'Crowds lined Prince Albert Road to watch.',
  "The Transport and General Workers' Union balloted members.",
  "The sheriff's deputies arrested a man from Dayton.",
  'Acme Holdings, its chief executive said, would grow.',
  'He served his second term as US President, Jane Doe has said.',
  'We met the editor of the Daily Lifestyles on Monday.',
  'Flights leave from Prince Rupert Airport daily.',
  "I'm the campaign coordinator and I love it.",
  'By Jane Smith, Health Editor',
  'The first official New Zealand team arrived.',
  'Acme Ventures, a Texas general partner, filed the suit.',
  'Oscar-winning director Lena Hart will open the festival.',
  'They watched Saving Private Ryan again.',
  'The shortlist includes Ann Low, Prince, Beth Orr and Tom Tye.',
  'Wales captain Gareth Lloyd kicked the winning goal.',
];

describe('officials: must not match', () => {
  test.each(negatives)('%s', (text) => {
    expect(officialsOf(text)).toEqual([]);
  });
});

describe('officials: robustness', () => {
  test('tokenized text without commas ("Interior Minister X told")', () => {
    const found = officialsOf('Former Finance Minister Karl Brandt told reporters on Monday that talks had failed .');
    expect(found.map((o) => [o.name, o.title])).toEqual([['Karl Brandt', 'former finance minister']]);
  });

  test('a name after a rank abbreviation split off as a sentence ("Const. Kim ...")', () => {
    const found = officialsOf('The arrest was made by London police Const. Ada Flint on Friday.');
    expect(found.map((o) => [o.name, o.title])).toEqual([['Ada Flint', 'police const.']]);
  });

  test('initials do not end a sentence inside a name', () => {
    const found = officialsOf('Council spokesman T.J. Barrow said the road was shut.');
    expect(found.map((o) => o.name)).toEqual(['T.J. Barrow']);
  });

  test('adversarial input stays fast', () => {
    const chunks = [
      'President ' .repeat(2000),
      'Minister of the of the of the '.repeat(1500),
      'John Smith, the the the a '.repeat(1500),
      'Aaaa Bbbb Cccc Dddd '.repeat(3000),
      "X's Y's Z's ".repeat(3000),
    ];
    const text = chunks.join('\n').slice(0, 300_000);
    const t0 = performance.now();
    officialsOf(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
