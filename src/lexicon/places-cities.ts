/**
 * Short forms and nicknames of big cities that news writes instead of the name.
 * Data only: scripts/build-gazetteer.mjs reads the compiled copy of this file and gives each alias
 * to the most populous city of that name in that country. [alias as written, city name, ISO 3166-1 alpha-2].
 */
export const cityAliases: readonly (readonly [string, string, string])[] = [
  ['L.A.', 'Los Angeles', 'US'],
  ['NYC', 'New York City', 'US'],
  ['N.Y.C.', 'New York City', 'US'],
  ['Philly', 'Philadelphia', 'US'],
  ['Vegas', 'Las Vegas', 'US'],
  ['St. Pete', 'St. Petersburg', 'US'],
];
