/**
 * Word lists the places extractor uses at run time. Data only; the extractor builds its
 * look-ups from these.
 */

/** Lowercase words that may sit inside a multi-word place name ("Stoke on Trent", "Rio de Janeiro"). */
export const placeNameConnectors: readonly string[] = ['of', 'de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'upon', 'on', 'en', 'al', 'el', 'du', 'des', 'di', 'y', 'and', 'the', 'am', 'im', 'an', 'der', 'sur'];

/** Capitalized words that never begin a place name (function words capitalized at a sentence start, headline words). */
export const nonPlaceWords: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'and', 'but', 'or', 'nor', 'so', 'yet', 'he', 'she', 'it',
  'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'as', 'by', 'with', 'from', 'after', 'before', 'when', 'while', 'if', 'no', 'not', 'all', 'some', 'many', 'more',
  'most', 'one', 'two', 'three', 'there', 'here', 'what', 'who', 'where', 'why', 'how', 'then', 'than', 'also',
  'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'mr', 'mrs', 'ms', 'dr', 'said', 'says', 'police', 'officials',
  'both', 'each', 'every', 'other', 'such', 'only', 'just', 'even', 'still', 'however', 'meanwhile', 'according',
  'during', 'since', 'until', 'about', 'over', 'under', 'between', 'among', 'into', 'out', 'up', 'down', 'off',
  'be', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'do', 'does', 'did', 'new', 'old', 'big', 'little', 'good', 'great', 'best', 'first', 'last', 'next',
  'central', 'national', 'international', 'federal', 'state', 'city', 'county', 'town', 'village', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'university', 'college', 'school', 'church',
  'hospital', 'center', 'centre', 'park', 'lake', 'river', 'valley', 'mount', 'island', 'beach', 'bay', 'street',
  'road', 'avenue', 'union', 'independence', 'liberty', 'victory', 'unity', 'progress', 'justice', 'commerce',
  'enterprise', 'friendship', 'harmony', 'hope', 'faith', 'trinity', 'temple', 'mission', 'providence',
  'story', 'chance', 'deal', 'buy', 'sale', 'hell', 'yes',
  'god', 'christ', 'jesus', 'allah', 'internet', 'web', 'twitter', 'facebook', 'google', 'apple', 'amazon',
  'democrat', 'democrats', 'republican', 'republicans', 'congress', 'senate', 'parliament', 'government',
  'army', 'navy', 'court', 'supreme', 'house', 'office', 'department', 'ministry', 'council', 'committee',
  // organizations and brands named like towns
  'hamas', 'hezbollah', 'taliban', 'fatah', 'duma', 'knesset', 'toyota', 'honda', 'nissan', 'continental',
  'metro', 'human', 'nasa', 'nato', 'fifa', 'walmart', 'target', 'sears', 'mercedes', 'ford', 'chevrolet',
  'xinhua', 'irna', 'reuters', 'afp', 'tass', 'interfax', 'kremlin', 'pentagon',
  // plural landscape words that small places are named after ("Lakes", "Heights")
  'gulf', 'lakes', 'hills', 'heights', 'springs', 'falls', 'woods', 'gardens', 'plains', 'islands', 'meadows', 'pines', 'oaks',
];

/** Words before a city's name that make it a sports club ("Real Madrid", "Inter Milan"). */
export const clubPrefixWords: readonly string[] = ['real', 'atletico', 'atlético', 'inter', 'dynamo', 'dinamo', 'sporting', 'olympique', 'racing', 'athletic', 'lokomotiv', 'spartak', 'galatasaray'];

/** Lowercase words right before a name that mark it as a place ("in Scott", "near Bell"). */
export const placePrepositions: readonly string[] = ['in', 'at', 'near', 'from', 'outside', 'into', 'onto', 'downtown', 'through', 'across', 'toward', 'towards', 'around', 'via'];

/** Months and weekdays: never places without a strong cue. */
export const calendarWords: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter',
];

/** Capitalized type words that are part of a division's name ("Rapides Parish", "Fars Province"). */
export const divisionNameWords: readonly string[] = ['County', 'Parish', 'Province', 'Oblast', 'Region', 'Governorate', 'Prefecture', 'Township', 'Krai', 'Borough'];

/** Lowercase words after a name that say it is a division ("the Belgorod region", "Idlib province"); they stay outside the span. */
export const divisionCueWords: readonly string[] = ['region', 'province', 'oblast', 'governorate', 'prefecture', 'state', 'county', 'krai', 'district', 'territory', 'regions', 'provinces'];

/** Lowercase words before "of X" that say X is a populated place ("the city of Kharkiv"). */
export const cityCueWords: readonly string[] = ['city', 'town', 'village', 'capital', 'suburb', 'port', 'hamlet', 'township', 'municipality', 'borough'];

/** Titles and honorifics: a name right after one of these is a person ("Gov. Washington", "President Jordan"). */
export const personTitleWords: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'sen', 'senator', 'gov', 'governor', 'rep',
  'representative', 'gen', 'general', 'president', 'judge', 'justice', 'officer', 'sgt', 'sergeant', 'capt',
  'captain', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'pastor', 'rev', 'reverend', 'father', 'coach',
  'deputy', 'detective', 'det', 'trooper', 'chief', 'mayor', 'minister', 'secretary', 'king', 'queen', 'prince',
  'princess', 'pope', 'saint', 'professor', 'prof', 'councilman', 'councilwoman', 'commissioner', 'attorney',
  'agent', 'sheriff', 'superintendent', 'principal', 'actor', 'actress', 'singer', 'star', 'striker', 'midfielder',
  'defender', 'quarterback', 'coach', 'manager', 'chairman', 'ceo', 'spokesman', 'spokeswoman', 'cpl', 'pvt',
  'adm', 'admiral', 'brother', 'sister', 'uncle', 'aunt', 'son', 'daughter', 'wife', 'husband', 'mother', 'mom',
  'dad', 'grandmother', 'grandfather', 'jr', 'sr',
];

/** Honorifics among the titles: "Mr. Arlington" may be a nickname, "Governor Bush" is a person. */
export const honorifics: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady'];

/** Verbs of saying: a person-like name right before one is a speaker ("Jordan said"). */
export const speechVerbs: readonly string[] = ['said', 'says', 'told', 'added', 'explained', 'wrote', 'asked', 'replied', 'recalled', 'noted'];

/** Capitalized words that follow a place name inside an organization's or facility's name ("Houston Police", "Cottonport Fire Station"): the place is still a place. */
export const placeModifierHeads: readonly string[] = [
  'police', 'fire', 'sheriff', "sheriff's", 'county', 'city', 'state', 'public', 'school', 'schools', 'high', 'middle',
  'elementary', 'university', 'college', 'community', 'regional', 'district', 'area', 'metro', 'metropolitan',
  'international', 'municipal', 'memorial', 'general', 'medical', 'hospital', 'airport', 'council', 'board',
  'department', 'office', 'court', 'circuit', 'superior', 'chamber', 'library', 'museum', 'zoo', 'park', 'parks',
  'mall', 'center', 'centre', 'station', 'church', 'cathedral', 'bureau', 'commission', 'authority', 'agency',
  'times', 'post', 'herald', 'tribune', 'news', 'daily', 'journal', 'gazette', 'chronicle', 'star', 'observer',
  'government', 'parliament', 'assembly', 'legislature', 'senate', 'house', 'republicans', 'democrats', 'party',
  'army', 'navy', 'air', 'national', 'guard', 'highway', 'road', 'street', 'avenue', 'bridge', 'river', 'lake',
  'valley', 'harbor', 'harbour', 'port', 'bay', 'beach', 'island', 'islands', 'mountains', 'hills', 'township',
  'village', 'town', 'borough', 'region', 'province', 'division', 'club', 'association', 'society', 'foundation',
  'health', 'water', 'transit', 'housing', 'development', 'economic', 'business', 'convention', 'visitors',
  'symphony', 'orchestra', 'opera', 'theatre', 'theater', 'festival', 'fair', 'marathon', 'open', 'cup', 'league',
  'bank', 'stock', 'exchange', 'market', 'energy', 'power', 'electric', 'gas', 'oil', 'company', 'corp', 'inc',
  'attorney', "attorney's", 'prosecutor', "prosecutor's", 'jail', 'prison', 'correctional', 'emergency',
  'humane', 'red', 'united', 'way', 'capital', 'planning', 'zoning', 'education', 'teachers', 'city-county',
];

/** Demonyms and language names the gazetteer may hold as town names ("Spanish", Ontario): never places in news text. */
export const demonymWords: readonly string[] = [
  'spanish', 'english', 'british', 'irish', 'scottish', 'welsh', 'dutch', 'swiss', 'danish', 'swedish', 'finnish',
  'polish', 'turkish', 'kurdish', 'jewish', 'arab', 'arabic', 'latino', 'hispanic', 'asian', 'european', 'african',
  'american', 'americans', 'russian', 'ukrainian', 'french', 'german', 'italian', 'greek', 'chinese', 'japanese',
  'korean', 'indian', 'mexican', 'canadian', 'australian', 'brazilian', 'cuban', 'syrian', 'iraqi', 'iranian',
  'israeli', 'palestinian', 'egyptian', 'lebanese', 'afghan', 'pakistani', 'sudanese', 'somali', 'nigerian',
  'kenyan', 'ethiopian', 'georgian', 'armenian', 'persian', 'hebrew', 'portuguese', 'norwegian', 'hungarian',
  'czech', 'slovak', 'serbian', 'croatian', 'bosnian', 'albanian', 'romanian', 'bulgarian', 'belgian', 'austrian',
  'filipino', 'vietnamese', 'thai', 'indonesian', 'malaysian', 'chilean', 'peruvian', 'colombian', 'venezuelan',
  'argentine', 'argentinian', 'saudi', 'yemeni', 'jordanian', 'libyan', 'tunisian', 'moroccan', 'algerian',
  'native', 'indigenous', 'aboriginal', 'western', 'eastern', 'southern', 'northern', 'gaelic', 'cornish', 'creole',
];

/** Capitalized words that end a street or road name ("Van Dorn Street", "Old Lexington Highway"). */
export const streetTypeWords: readonly string[] = [
  'Street', 'St.', 'Road', 'Rd.', 'Avenue', 'Ave.', 'Drive', 'Lane', 'Boulevard', 'Blvd.', 'Highway', 'Hwy.',
  'Parkway', 'Pkwy.', 'Way', 'Circle', 'Trail', 'Pike', 'Crescent', 'Terrace', 'Bypass', 'Expressway', 'Freeway',
  'Turnpike', 'Streets', 'Avenues', 'Roads',
];

/** Words that begin a numbered road's name ("Highway 19", "Interstate 75", "County Road 43"). */
export const numberedRoadWords: readonly string[] = [
  'Highway', 'Interstate', 'Route', 'County Road', 'State Road', 'State Route', 'State Highway', 'U.S. Highway',
  'US Highway', 'U.S. Route', 'Farm Road', 'Ranch Road', 'Road',
];

/** Plural division words after "X and Y" ("Clarke and Oconee counties"): each name is a division. */
export const pluralDivisionWords: readonly string[] = ['counties', 'parishes', 'provinces', 'regions', 'states', 'oblasts'];

/** Lowercase words right after a name that mark it as a place ("Roselle police", "Atlanta residents"). */
export const placeFollowerWords: readonly string[] = [
  'police', 'officers', 'officials', 'residents', 'resident', 'native', 'natives', 'area', 'county', 'city',
  'township', 'council', 'schools', 'mayor', 'firefighters', 'voters', 'neighborhood', 'suburb', 'town', 'village',
];

/**
 * Words after a name that use it as a local community ("a Lebanon woman", "Jordan Elementary School",
 * "the Palestine Independent School District"): a country would take its demonym or other words here.
 */
export const localUseFollowerWords: readonly string[] = [
  'woman', 'man', 'girl', 'boy', 'teen', 'teenager', 'couple', 'family', 'resident', 'residents', 'native', 'students',
  'doctor', 'lawyer', 'teacher', 'businessman', 'businesswoman', 'mother', 'father', 'student', 'pastor', 'firm',
  'Elementary', 'Middle', 'High', 'Intermediate', 'Primary', 'Junior', 'Independent', 'School', 'Schools', 'City', 'Township', 'Police',
  'Fire', 'Public', 'Area', 'Chamber', 'Rotary', 'Lions', 'Kiwanis',
];

/** Offices and bodies of a town named "X City Council", "X City Manager": X is the town, "City" part of the body. */
export const cityBodyWords: readonly string[] = [
  'Council', 'Councilman', 'Councilwoman', 'Manager', 'Hall', 'Schools', 'Commission', 'Commissioner', 'Commissioners',
  'Attorney', 'Clerk', 'Police', 'Administrator', 'Engineer', 'Planner', 'Board', 'Treasurer', 'Auditor', 'Court', 'Government', 'Officials',
];

/**
 * A capitalized word after a town's name and the words that may follow it to make one of the town's
 * own bodies or schools ("Mount Pleasant City Council", "Mount Pleasant High School"): a place cue.
 */
export const townBodyWords: readonly (readonly [string, readonly string[]])[] = [
  ['City', cityBodyWords],
  ['High', ['School']],
  ['Police', ['Department']],
  ['Fire', ['Department']],
];
