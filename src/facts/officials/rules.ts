/**
 * The officials rules, as data. Each rule is one construction that ties a title to a name;
 * find.ts applies them over the words of a sentence and records the rule id on every fact.
 */
export interface OfficialRule {
  id: string;
  /** The construction, as a reader would write it. */
  pattern: string;
  example: string;
}

export const officialRules = {
  titleName: {
    id: 'official/title-name',
    pattern: '[org|demonym|possessive] [modifiers] TITLE [of PORTFOLIO] NAME [of ORG]',
    example: 'Ukrainian President Volodymyr Zelensky',
  },
  titleCommaName: {
    id: 'official/title-comma-name',
    pattern: "(the|ORG's|demonym) [modifiers] TITLE , NAME",
    example: "Ukraine's national security and defense secretary, Oleksandr Lytvynenko",
  },
  nameAppositionTitle: {
    id: 'official/name-apposition-title',
    pattern: "NAME , [a|an|the] [ORG's] [modifiers] TITLE [of|for|at ORG]",
    example: "Rod Eddington, BA's chief executive,",
  },
  nameTheTitle: {
    id: 'official/name-the-title',
    pattern: 'NAME (the|former) [modifiers] TITLE of ORG   (text without commas)',
    example: 'Harold Ickes the newly-appointed Secretary of the Interior',
  },
  nameCopulaTitle: {
    id: 'official/name-copula-title',
    pattern: 'NAME (is|was|became|has become|has been) (the|a|an) [modifiers] TITLE (of|for|at) ORG',
    example: 'Jane Doe was the founder and chief executive of Acme',
  },
  counterpart: {
    id: 'official/counterpart',
    pattern: "(his|her) [demonym] counterpart [,] NAME   (title of the official named before it)",
    example: 'Turkish Foreign Minister Mevlut Cavusoglu and his Russian counterpart, Sergey Lavrov',
  },
} as const satisfies Record<string, OfficialRule>;

export type OfficialRuleId = (typeof officialRules)[keyof typeof officialRules]['id'];
