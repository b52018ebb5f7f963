/**
 * Titles and offices of named officials, as data. Phrases are lowercase, words separated by
 * spaces; a trailing period of an abbreviation is not written ("lt gen" matches "Lt. Gen.").
 * A hyphen between words of the text ("Det.-Sgt.", "vice - president") is skipped when matching.
 */

/** Offices: may precede a name in any case ("regional governor Oleh Syniehubov") or follow it in apposition. */
export const officeTitles: readonly string[] = [
  // heads of state and government
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'premier',
  'chancellor', 'first minister', 'chief minister', 'head of state', 'head of government',
  'chancellor of the exchequer',
  // ministers and secretaries
  'minister', 'secretary', 'secretary of state', 'secretary-general', 'secretary general',
  'general secretary', 'undersecretary', 'under-secretary', 'under secretary', 'permanent secretary',
  'press secretary', 'cabinet secretary', 'attorney general', 'attorney-general', 'solicitor general',
  'solicitor-general', 'advocate general', 'home secretary', 'foreign secretary',
  // legislators
  'senator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councillor', 'councilor',
  'councilman', 'councilwoman', 'council member', 'councilmember', 'alderman', 'legislator', 'lawmaker',
  'mp', 'mep', 'msp', 'mla', 'mpp', 'speaker', 'whip', 'chief whip', 'state senator', 'state representative',
  // regional and local government
  'governor', 'governor-general', 'governor general', 'lieutenant governor', 'lieutenant-governor',
  'mayor', 'lord mayor', 'deputy mayor', 'city manager', 'county executive', 'commissioner',
  'high commissioner', 'administrator', 'prefect', 'ombudsman', 'comptroller', 'auditor general',
  'treasurer', 'selectman', 'sheriff', 'coroner', 'medical examiner', 'fire chief', 'fire marshal',
  // diplomats and international bodies
  'ambassador', 'envoy', 'special envoy', 'consul', 'consul general', 'consul-general', 'emissary',
  'special representative', 'special rapporteur', 'high representative', 'director-general', 'director general',
  'managing director', 'executive director', 'resident coordinator', 'humanitarian coordinator',
  'resident representative', 'country director', 'country representative',
  // judiciary
  'judge', 'chief justice', 'justice', 'magistrate', 'prosecutor', 'chief prosecutor', 'public prosecutor',
  'district attorney', 'state attorney', "state's attorney", 'attorney', 'solicitor', 'barrister',
  'public defender', 'court clerk',
  // police
  'police chief', 'chief of police', 'chief constable', 'deputy chief constable', 'constable',
  'superintendent', 'chief superintendent', 'inspector', 'chief inspector', 'detective',
  'detective inspector', 'detective sergeant', 'detective chief inspector', 'detective superintendent',
  'detective chief superintendent', 'detective constable', 'police officer', 'officer', 'trooper',
  'deputy', 'marshal', 'investigator', 'chief investigator',
  // spokespeople and officials
  'spokesman', 'spokeswoman', 'spokesperson', 'press officer', 'information officer', 'official',
  'adviser', 'advisor', 'aide', 'chief of staff', 'head', 'chief', 'leader', 'boss', 'coordinator', 'co-ordinator',
  // companies, unions, NGOs
  'chairman', 'chairwoman', 'chairperson', 'chair', 'chief executive', 'chief executive officer',
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'chief operating officer', 'chief financial officer',
  'chief technology officer', 'chief economist', 'chief medical officer', 'chief scientist',
  'general manager', 'director', 'managing partner', 'founder', 'co-founder', 'owner', 'publisher',
  'editor', 'editor-in-chief', 'editor in chief', 'executive', 'board member',
  // sport
  'coach', 'head coach', 'manager', 'team manager', 'trainer',
  // religion and royalty
  'pope', 'cardinal', 'archbishop', 'bishop', 'pastor', 'senior pastor', 'priest', 'vicar', 'rabbi',
  'chief rabbi', 'imam', 'ayatollah', 'grand ayatollah', 'patriarch', 'dalai lama', 'mufti', 'grand mufti',
  'cleric', 'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sultan', 'emir',
  'sheikh', 'tsar', 'czar', 'monarch', 'duke', 'duchess', 'queen consort',
  // military ranks
  'general', 'lieutenant general', 'lieutenant-general', 'major general', 'major-general',
  'brigadier general', 'brigadier-general', 'brigadier', 'colonel', 'lieutenant colonel',
  'lieutenant-colonel', 'major', 'captain', 'lieutenant', 'second lieutenant', 'first lieutenant',
  'commander', 'wing commander', 'squadron leader', 'group captain', 'flight lieutenant', 'admiral',
  'vice admiral', 'vice-admiral', 'rear admiral', 'rear-admiral', 'commodore', 'field marshal',
  'air marshal', 'air chief marshal', 'air vice marshal', 'sergeant', 'staff sergeant', 'master sergeant',
  'sergeant major', 'sergeant first class', 'first sergeant', 'gunnery sergeant', 'corporal',
  'lance corporal', 'private', 'private first class', 'specialist', 'petty officer', 'chief petty officer',
  'warrant officer', 'airman', 'seaman', 'guardsman', 'commander-in-chief', 'commander in chief',
  'chief of the defence staff', 'chief of defence staff', 'chief of the general staff', 'chief of staff',
  'military commander', 'field commander', 'warlord',
];

/** Abbreviated titles and ranks (written capitalized, usually with a period): precede a name only. */
export const abbreviatedTitles: readonly string[] = [
  'gen', 'lt', 'lt gen', 'lt-gen', 'maj', 'maj gen', 'maj-gen', 'brig', 'brig gen', 'brig-gen', 'col',
  'lt col', 'lt-col', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'vice adm', 'rear adm', 'sgt', 'staff sgt',
  'master sgt', 'sgt maj', 'sgt 1st class', 'cpl', 'lance cpl', 'lcpl', 'pvt', 'pfc', 'pte', 'spc',
  'det', 'det sgt', 'det insp', 'det supt', 'det con', 'det const', 'det cst', 'det lt', 'insp',
  'supt', 'ch supt', 'const', 'cst', 'cpl', 'gov', 'lt gov', 'sen', 'rep', 'pres', 'sec', 'atty',
  'atty gen', 'amb', 'cllr', 'comm', 'commr', 'dep', 'asst', 'msgr', 'ofc', 'ofcr', 'sheikh',
];

/** Titles that are only read in apposition ("Carsten Fritsch, a strategist at Commerzbank"). */
export const appositionTitles: readonly string[] = [
  'strategist', 'economist', 'analyst', 'chief analyst', 'senior analyst', 'vice-chairman',
  'president and chief executive', 'founder and chief executive', 'representative', 'delegate',
  'organiser', 'organizer', 'principal', 'headteacher', 'head teacher', 'dean', 'rector', 'provost',
  'chancellor', 'registrar', 'secretary', 'member', 'negotiator', 'chief negotiator', 'lobbyist',
];

/**
 * Titles that are often the first word of a name of a thing ("General Motors", "Queen Vic",
 * "Judge Dredd", "Prince Albert Road"): a one-word name after the bare title must be confirmed
 * as a person.
 */
export const ambiguousTitles: ReadonlySet<string> = new Set([
  'general', 'major', 'private', 'justice', 'marshal', 'chief', 'queen', 'king', 'prince', 'princess',
  'captain', 'commander', 'admiral', 'director', 'manager', 'leader', 'head', 'speaker', 'deputy',
  'officer', 'official', 'executive', 'owner', 'editor', 'publisher', 'specialist', 'trooper', 'judge',
  'sheriff', 'member', 'partner', 'chair', 'boss', 'coach', 'sheikh', 'emperor', 'duke', 'duchess',
  'cardinal', 'bishop', 'consul', 'marshal', 'constable', 'inspector', 'detective', 'sultan', 'emir',
]);

/**
 * Office words that stand for a portfolio, department or body and are kept inside the title
 * when they precede its head ("national security and defense secretary", "city police spokesman")
 * or follow it after "of" ("Minister of Posts and Telecommunications").
 */
export const portfolioWords: readonly string[] = [
  'foreign', 'home', 'interior', 'internal', 'finance', 'financial', 'economy', 'economic', 'economics',
  'trade', 'industry', 'industries', 'commerce', 'business', 'defence', 'defense', 'security', 'national',
  'justice', 'health', 'education', 'labour', 'labor', 'employment', 'work', 'works', 'pensions',
  'environment', 'environmental', 'energy', 'agriculture', 'agricultural', 'fisheries', 'food', 'rural',
  'transport', 'transportation', 'communications', 'telecommunications', 'posts', 'information',
  'culture', 'cultural', 'media', 'sport', 'sports', 'tourism', 'science', 'technology', 'housing',
  'local', 'government', 'social', 'welfare', 'treasury', 'exchequer', 'state', 'affairs', 'planning',
  'development', 'international', 'overseas', 'immigration', 'homeland', 'veterans', 'family',
  'women', 'children', 'youth', 'water', 'resources', 'mines', 'mining', 'oil', 'petroleum', 'natural',
  'land', 'lands', 'public', 'administration', 'external', 'armed', 'forces', 'army', 'navy', 'naval',
  'air', 'force', 'marine', 'marines', 'europe', 'european', 'intelligence', 'police', 'policing',
  'prisons', 'constitutional', 'legal', 'human', 'rights', 'regional', 'urban', 'cabinet', 'office',
  'budget', 'revenue', 'taxation', 'customs', 'aviation', 'infrastructure', 'heritage', 'arts',
  'religious', 'relations', 'cooperation', 'integration', 'reconciliation', 'equality', 'disability',
  'solidarity', 'digital', 'climate', 'services', 'service', 'consumer', 'protection', 'emergency',
  'emergencies', 'disaster', 'management', 'civil', 'aid', 'trade', 'industrial', 'monetary',
  'fiscal', 'territorial', 'northern', 'scottish', 'welsh', 'irish', 'treasury', 'crime', 'prison',
  'communities', 'community', 'prosecutions', 'oceans', 'propaganda', 'enlightenment', 'interior', 'schools', 'skills', 'universities', 'higher', 'research', 'innovation',
  'space', 'ports', 'shipping', 'highways', 'roads', 'railways', 'rail', 'post', 'posts', 'forestry',
  'wildlife', 'parks', 'fire', 'rescue', 'health', 'hospital', 'medical', 'care', 'product',
  'product management', 'marketing', 'sales', 'operations', 'cargo', 'communications', 'research',
  'strategy', 'policy', 'press', 'party', 'opposition', 'parliamentary', 'presidential', 'ministry',
  'department', 'military', 'crisis', 'committee', 'council', 'board', 'city', 'county', 'town',
  'district', 'provincial', 'municipal', 'federal', 'union', 'trade union', 'company', 'club', 'team',
  'campaign', 'group', 'bank', 'league', 'church', 'school', 'university', 'embassy', 'agency',
  'commission', 'court', 'tribunal', 'border', 'coast', 'guard', 'guards', 'squad', 'unit', 'homicide',
  'forensics', 'detectives', 'traffic', 'patrol', 'highway', 'election', 'electoral', 'central',
  'tennis', 'football', 'soccer', 'cricket', 'rugby', 'athletics', 'cycling', 'golf', 'olympic',
  'hockey', 'basketball', 'baseball', 'boxing', 'swimming', 'racing', 'chess', 'sporting',
  'country', 'world', 'global', 'stock', 'exchange', 'investment', 'investor', 'trust', 'fund',
  'reserve', 'airport', 'airline', 'rebel', 'militia', 'insurgent', 'tribal', 'village', 'camp',
  'palace', 'royal', 'communist', 'leadership', 'officers',
];

/** Modifiers kept in the title before its head or before an organization ("former Tory leader"). */
export const titleModifiers: readonly string[] = [
  'former', 'ex', 'acting', 'interim', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior',
  'chief', 'principal', 'executive', 'regional', 'provincial', 'state', 'federal', 'national', 'local',
  'municipal', 'city', 'county', 'district', 'shadow', 'outgoing', 'incoming', 'newly-appointed',
  'newly-elected', 'new', 'then', 'late', 'longtime', 'long-time', 'top', 'special', 'permanent',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'lead', 'head', 'managing', 'general', 'joint', 'co', 'honorary',
  'caretaker', 'retired', 'serving', 'sitting', 'current', 'incumbent', 'elected', 'appointed',
  'de facto', 'self-proclaimed', 'self-styled', 'defeated', 'embattled', 'powerful', 'influential',
  'unelected', 'ousted', 'exiled', 'deposed', 'jailed', 'veteran', 'chief',
];

/** Honorifics dropped from names ("Mr", "Dr"), written without their period. */
export const honorifics: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'prof', 'professor', 'rev', 'reverend',
  'hon', 'honourable', 'honorable', 'fr', 'father', 'mme', 'messrs', 'h.e', 'ratu', 'excellency', 'tun', 'datuk', 'dato', 'tunku', 'tengku',
]);

/** Honorifics that belong to the name as a peerage ("Lord Goldsmith"). */
export const peerageTitles: ReadonlySet<string> = new Set(['lord', 'lady', 'baroness', 'baron', 'earl', 'viscount']);
