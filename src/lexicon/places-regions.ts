/**
 * First-level division data the gazetteer builder adds to country-state-city's state list.
 * Data only: scripts/build-gazetteer.mjs reads the compiled copy of this file.
 */

/** English names for divisions whose source name is a transliterated adjective ("Kharkivska oblast"), by ISO 3166-2 code. */
export const regionNameOverrides: Readonly<Record<string, string>> = {
  'UA-05': 'Vinnytsia Oblast', 'UA-07': 'Volyn Oblast', 'UA-09': 'Luhansk Oblast',
  'UA-12': 'Dnipropetrovsk Oblast', 'UA-14': 'Donetsk Oblast', 'UA-18': 'Zhytomyr Oblast',
  'UA-21': 'Zakarpattia Oblast', 'UA-23': 'Zaporizhzhia Oblast', 'UA-26': 'Ivano-Frankivsk Oblast',
  'UA-32': 'Kyiv Oblast', 'UA-35': 'Kirovohrad Oblast', 'UA-43': 'Crimea', 'UA-46': 'Lviv Oblast',
  'UA-48': 'Mykolaiv Oblast', 'UA-51': 'Odesa Oblast', 'UA-53': 'Poltava Oblast', 'UA-56': 'Rivne Oblast',
  'UA-59': 'Sumy Oblast', 'UA-61': 'Ternopil Oblast', 'UA-63': 'Kharkiv Oblast', 'UA-65': 'Kherson Oblast',
  'UA-68': 'Khmelnytskyi Oblast', 'UA-71': 'Cherkasy Oblast', 'UA-74': 'Chernihiv Oblast',
  'UA-77': 'Chernivtsi Oblast', 'CN-GX': 'Guangxi', 'CN-NX': 'Ningxia', 'CN-XZ': 'Tibet',
};

/** Extra names of divisions, [alias, ISO 3166-2 code]. */
export const regionAliases: readonly (readonly [string, string])[] = [
  ['Donbas', 'UA-14'], ['Donbass', 'UA-14'], ['Crimea', 'UA-43'], ['Xizang', 'CN-XZ'],
  ['Guangxi Zhuang', 'CN-GX'], ['Azarbaijan', 'IR-04'], ['West Azerbaijan', 'IR-04'],
  ['Kurdistan Region', 'IQ-KR'],
];

/**
 * Type words that follow a division's name. Capitalized they belong to the name ("Fars Province",
 * "Rapides Parish"); lowercase they are a cue but stay outside the span ("Idlib province").
 */
export const regionTypeWords: readonly string[] = [
  'oblast', 'province', 'region', 'governorate', 'prefecture', 'state', 'krai', 'okrug',
  'county', 'parish', 'district', 'territory', 'canton', 'department', 'municipality', 'borough',
];

/** AP-style and postal abbreviations of US states and Canadian provinces, [abbreviation, ISO 3166-2]. */
export const stateAbbreviations: readonly (readonly [string, string])[] = [
  ['Ala.', 'US-AL'], ['Ariz.', 'US-AZ'], ['Ark.', 'US-AR'], ['Calif.', 'US-CA'], ['Cal.', 'US-CA'],
  ['Colo.', 'US-CO'], ['Conn.', 'US-CT'], ['Del.', 'US-DE'], ['Fla.', 'US-FL'], ['Ga.', 'US-GA'],
  ['Ill.', 'US-IL'], ['Ind.', 'US-IN'], ['Kan.', 'US-KS'], ['Kans.', 'US-KS'], ['Ky.', 'US-KY'],
  ['La.', 'US-LA'], ['Md.', 'US-MD'], ['Mass.', 'US-MA'], ['Mich.', 'US-MI'], ['Minn.', 'US-MN'],
  ['Miss.', 'US-MS'], ['Mo.', 'US-MO'], ['Mont.', 'US-MT'], ['Neb.', 'US-NE'], ['Nebr.', 'US-NE'],
  ['Nev.', 'US-NV'], ['N.H.', 'US-NH'], ['N.J.', 'US-NJ'], ['N.M.', 'US-NM'], ['N.Y.', 'US-NY'],
  ['N.C.', 'US-NC'], ['N.D.', 'US-ND'], ['Okla.', 'US-OK'], ['Ore.', 'US-OR'], ['Pa.', 'US-PA'],
  ['R.I.', 'US-RI'], ['S.C.', 'US-SC'], ['S.D.', 'US-SD'], ['Tenn.', 'US-TN'], ['Tex.', 'US-TX'],
  ['Vt.', 'US-VT'], ['Va.', 'US-VA'], ['Wash.', 'US-WA'], ['W.Va.', 'US-WV'], ['W. Va.', 'US-WV'],
  ['Wis.', 'US-WI'], ['Wisc.', 'US-WI'], ['Wyo.', 'US-WY'], ['D.C.', 'US-DC'],
  ['B.C.', 'CA-BC'], ['Alta.', 'CA-AB'], ['Sask.', 'CA-SK'], ['Man.', 'CA-MB'], ['Ont.', 'CA-ON'],
  ['Que.', 'CA-QC'], ['N.S.', 'CA-NS'], ['N.B.', 'CA-NB'], ['P.E.I.', 'CA-PE'], ['Nfld.', 'CA-NL'],
];


/** Places whose best-known sense is the city although a same-named division is bigger ("Washington" the capital). */
export const preferCityNames: readonly string[] = ['Washington', 'Mexico City', 'Quebec City'];

/**
 * Division centres as GeoNames gives them (the reference toponym corpora are annotated with), for
 * large divisions whose country-state-city centre lies far from it. [lat, lon] by ISO 3166-2 code.
 */
export const regionCenters: Readonly<Record<string, readonly [number, number]>> = {
  'CA-AB': [52.28333, -117.469], 'CA-BC': [53.99983, -125.0032], 'CA-MB': [55.00019, -97.00049],
  'CA-ON': [49.25014, -84.49983], 'CA-QC': [52.00017, -71.99907], 'CA-SK': [54.00014, -106.00099],
  'CA-NL': [52.0, -56.0], 'CA-NS': [45.00015, -62.99865], 'CA-NB': [46.5001, -66.75018],
  'AU-QLD': [-20.0, 145.0], 'AU-NSW': [-33.0, 146.0], 'AU-VIC': [-37.0, 144.0], 'AU-WA': [-25.0, 122.0],
  'AU-SA': [-30.0, 135.0], 'AU-NT': [-20.0, 134.0], 'AU-TAS': [-42.0, 147.0],
  'US-FL': [28.75054, -82.5001], 'US-MI': [44.25029, -85.50033], 'US-NY': [43.00035, -75.4999],
  'US-WA': [47.50012, -120.50147], 'US-CA': [37.25022, -119.75126], 'US-TX': [31.25044, -99.25061],
  'US-AK': [64.00028, -150.00028], 'US-GA': [32.75042, -83.50018],
  // divisions whose country-state-city point lies on another continent (at a namesake town) and whose
  // name no town of their own country bears
  'GB-KEN': [51.19, 0.73], 'GB-NFK': [52.67, 0.95], 'GB-HLD': [57.5, -5.0], 'GB-ANS': [56.67, -2.92],
  'GB-RUT': [52.66, -0.64], 'GB-MLN': [55.83, -3.08], 'GB-ARD': [54.55, -5.6], 'GB-HAL': [53.33, -2.7],
  'GB-MDW': [51.4, 0.53], 'GB-TRF': [53.42, -2.35], 'IE-CE': [52.84, -8.98], 'IE-M': [52.3, -8.7],
  'GR-16': [36.9, 22.6], 'CH-UR': [46.77, 8.63], 'BE-VWV': [51.0, 3.0], 'BE-VLI': [50.95, 5.4],
};

/** Division words whose use names the state they belong to: Louisiana's parishes. [word, ISO 3166-2]. */
export const stateSpecificDivisionWords: readonly (readonly [string, string])[] = [['Parish', 'US-LA']];

/** Divisions whose name is mostly meant as the division although their capital shares it ("Quebec"). */
export const preferRegionNames: readonly string[] = ['Quebec'];
