/**
 * Country data the gazetteer builder adds to country-state-city's country list: English
 * aliases and short forms used in news, and the GeoNames ids of the countries we are sure of.
 * Data only: scripts/build-gazetteer.mjs reads the compiled copy of this file.
 */

/** [alias as written, ISO 3166-1 alpha-2]. */
export const countryAliases: readonly (readonly [string, string])[] = [
  ['U.S.', 'US'], ['US', 'US'], ['U.S.A.', 'US'], ['USA', 'US'], ['America', 'US'],
  ['United States of America', 'US'], ['the United States', 'US'], ['U.S.A', 'US'],
  ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'],
  ['United Kingdom', 'GB'],
  ['Burma', 'MM'], ['Myanmar', 'MM'],
  ['Ivory Coast', 'CI'], ["Côte d'Ivoire", 'CI'], ['Cote d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'],
  ['Czechia', 'CZ'], ['Holland', 'NL'], ['The Netherlands', 'NL'],
  ['Republic of Korea', 'KR'], ['Korea', 'KR'], ['DPRK', 'KP'],
  ['Russian Federation', 'RU'],
  ['Palestine', 'PS'], ['Palestinian Territories', 'PS'], ['Occupied Palestinian Territories', 'PS'],
  ['Vatican', 'VA'], ['Vatican City', 'VA'], ['Holy See', 'VA'],
  ['Timor-Leste', 'TL'], ['Republic of Congo', 'CG'], ['Congo-Brazzaville', 'CG'],
  ['DR Congo', 'CD'], ['DRC', 'CD'], ['Democratic Republic of Congo', 'CD'], ['Congo-Kinshasa', 'CD'],
  ['Eswatini', 'SZ'], ['North Macedonia', 'MK'],
  ['Hong Kong', 'HK'], ['Macau', 'MO'], ['Macao', 'MO'],
  ['UAE', 'AE'], ['U.A.E.', 'AE'], ['Emirates', 'AE'],
  ['Bahamas', 'BS'], ['Gambia', 'GM'], ['Fiji', 'FJ'], ['Papua New Guinea', 'PG'],
  ['Antigua and Barbuda', 'AG'], ['Trinidad and Tobago', 'TT'], ['Saint Kitts and Nevis', 'KN'],
  ['St. Lucia', 'LC'], ['St Lucia', 'LC'], ['Isle of Man', 'IM'], ['Curacao', 'CW'],
  ['Cabo Verde', 'CV'], ['Persia', 'IR'], ['Ceylon', 'LK'], ['Kampuchea', 'KH'],
  ['Kyrgyz Republic', 'KG'], ['Slovak Republic', 'SK'], ['Viet Nam', 'VN'],
  ['Mainland China', 'CN'], ["People's Republic of China", 'CN'], ['Republic of China', 'TW'],
  ['Guinea Bissau', 'GW'], ['Bosnia', 'BA'], ['Herzegovina', 'BA'], ['Bosnia-Herzegovina', 'BA'],
  ['Saudi Arabia', 'SA'], ['Kosova', 'XK'],
];

/** GeoNames ids of countries (only those we are sure of); others stay null. */
export const countryGeonameIds: Readonly<Record<string, number>> = {
  US: 6252001, UA: 690791, RU: 2017370, GB: 2635167, FR: 3017382, DE: 2921044, CN: 1814991,
  CA: 6251999, IN: 1269750, AU: 2077456,
};


/**
 * Country centres as GeoNames gives them (the reference most toponym corpora are annotated with),
 * for the large countries where country-state-city's centre lies far from it. [lat, lon] by ISO code.
 */
export const countryCenters: Readonly<Record<string, readonly [number, number]>> = {
  US: [39.76, -98.5], CA: [60.10867, -113.64258], RU: [60, 100], CN: [35, 105], AU: [-25, 135], BR: [-10, -55],
  IN: [22, 79], AR: [-34, -64], KZ: [48, 68], MX: [23, -102], SA: [25, 45], IR: [32, 53], EG: [27, 30],
  SD: [15, 30], LY: [28, 17], DZ: [28, 3], ZA: [-29, 24], NG: [10, 8], ET: [9, 39.5], KE: [1, 38], TR: [39, 35],
  KW: [29.5, 47.75], UA: [49, 32], PK: [30, 70], AF: [33, 66], IQ: [33, 44], SY: [35, 38], FR: [46, 2], DE: [51.5, 10.5],
  ES: [40, -4], IT: [42.83333, 12.83333], GB: [54.75844, -2.69531], JP: [35.68536, 139.75309], ID: [-5, 120],
  MN: [46, 105], CL: [-30, -71], PE: [-10, -75.25], CO: [4, -73.25], VE: [8, -66], NO: [62, 10], SE: [62, 15],
  FI: [64, 26], IE: [53, -8], NZ: [-42, 174], ML: [17, -4], NE: [18, 9], TD: [15, 19], AO: [-12.5, 18.5],
  SO: [6, 48], CD: [-2.5, 23.5], MM: [21, 96], TH: [15.5, 101], PH: [13, 122], IL: [31.5, 34.75], JO: [31, 36],
  LB: [33.83333, 35.83333], CU: [22, -79.5], GR: [39, 22], PT: [39.6945, -8.13057], CH: [47.00016, 8.01427],
  IS: [65, -18], LK: [7, 81], YE: [15.5, 47.5], OM: [21, 57], QA: [25.5, 51.25], GL: [72, -40], MA: [32, -6],
  TZ: [-6, 35], MZ: [-18.25, 35], BO: [-17, -65], SS: [8, 30], BW: [-22, 24], NA: [-22, 17], CR: [10, -84],
};
