/**
 * Words about personal names, as data: particles inside names, capitalized words that are never
 * part of a person's name, and function words that are capitalized only at a sentence start.
 */

/** Lowercase particles allowed inside a name between capitalized parts ("Ludwig van Beethoven"). */
export const nameParticles: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'vander', 'al', 'el',
  'bin', 'ibn', 'bint', 'abu', 'le', 'la', 'du', 'des', 'ter', 'ten', 'y', 'zu', 'af', 'ul', 'ud', 'arap', 'bint', 'ben', 'op', 'het', 'dela', 'degli',
]);

/** Name suffixes kept in the name ("Jr", "III"). */
export const nameSuffixes: ReadonlySet<string> = new Set(['jr', 'sr', 'qc', 'kc', 'mp', 'msp', 'mep', 'obe', 'mbe', 'cbe']);

/**
 * Capitalized words that end or make up names of things, not people: a candidate name holding
 * one of them is refused ("Mayor Street", "General Motors", "President's Day").
 */
export const nonNameWords: ReadonlySet<string> = new Set([
  'street', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'drive', 'square', 'place', 'bridge',
  'station', 'airport', 'motors', 'electric', 'foods', 'dynamics', 'motor', 'assembly',
  'hospital', 'clinic', 'school', 'college', 'university', 'academy', 'institute', 'museum', 'hotel',
  'church', 'cathedral', 'mosque', 'temple', 'stadium', 'arena', 'house', 'building', 'tower',
  'centre', 'center', 'court', 'courts', 'department', 'ministry', 'office', 'council', 'committee',
  'commission', 'agency', 'authority', 'board', 'bureau', 'service', 'services', 'corporation', 'corp',
  'company', 'co', 'inc', 'ltd', 'plc', 'group', 'bank', 'party', 'league', 'club', 'association',
  'federation', 'union', 'society', 'foundation', 'trust', 'fund', 'army', 'navy', 'force', 'forces',
  'police', 'government', 'administration', 'parliament', 'congress', 'senate', 'cabinet', 'county',
  'city', 'state', 'states', 'province', 'district', 'region', 'island', 'islands', 'river', 'lake',
  'mountain', 'mountains', 'valley', 'bay', 'sea', 'ocean', 'coast', 'day', 'week', 'year', 'cup',
  'award', 'awards', 'prize', 'trophy', 'championship', 'championships', 'games', 'olympics', 'open',
  'series', 'tour', 'festival', 'show', 'news', 'times', 'post', 'journal', 'herald', 'tribune',
  'gazette', 'magazine', 'press', 'radio', 'television', 'tv', 'network', 'online', 'com', 'airlines',
  'airways', 'air', 'rail', 'railway', 'railways', 'energy', 'oil', 'gas', 'telecom',
  'communications', 'systems', 'technologies', 'technology', 'software', 'pharmaceuticals', 'holdings',
  'partners', 'capital', 'investments', 'securities', 'insurance', 'media', 'entertainment', 'studios',
  'pictures', 'records', 'music', 'questions', 'act', 'treaty', 'accord', 'plan',
  'doctrine', 'era', 'administration', 'palace', 'castle', 'gardens', 'prison',
  'jail', 'camp', 'base', 'barracks', 'heights', 'hills', 'village', 'town', 'county',
  'republic', 'kingdom', 'empire', 'dynasty', 'guard', 'guards', 'brigade', 'regiment', 'battalion',
  'division', 'corps', 'command', 'fleet', 'squadron', 'unit', 'squad', 'team', 'united', 'rovers',
  'wanderers', 'athletic', 'city', 'town', 'albion', 'hotspur', 'dem', 'dems', 'democrats',
  'republicans', 'conservatives', 'tories', 'labour', 'sox', 'yankees', 'report', 'reports', 'review',
  'programme', 'program', 'project', 'initiative', 'summit', 'conference', 'meeting', 'talks',
  'election', 'elections', 'referendum', 'budget', 'speech', 'statement', 'address', 'visit',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'contest', 'pageant', 'competition', 'tournament', 'race', 'ball', 'gala', 'fair', 'parade',
  'mall', 'market', 'markets', 'exchange', 'index', 'general', 'international', 'national', 'global',
  'worldwide', 'world', 'limited', 'llc', 'llp', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa', 'ab', 'asa',
]);

/** Words written capitalized at a sentence start or in headlines that never begin a person's name. */
export const capitalizedFunctionWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'to', 'of',
  'from', 'with', 'without', 'as', 'after', 'before', 'since', 'until', 'when', 'while', 'where', 'if',
  'though', 'although', 'because', 'however', 'meanwhile', 'also', 'then', 'now', 'today', 'yesterday',
  'tomorrow', 'tonight', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'there', 'here', 'what', 'who', 'whom', 'which',
  'why', 'how', 'all', 'some', 'many', 'most', 'more', 'no', 'not', 'yes', 'one', 'two', 'three',
  'both', 'each', 'every', 'other', 'another', 'such', 'only', 'even', 'still', 'last', 'next',
  'speaking', 'asked', 'according', 'earlier', 'later', 'under', 'over', 'during', 'about', 'among',
  'once', 'twice', 'soon', 'perhaps', 'maybe', 'already', 'together',
  'between', 'against', 'despite', 'following', 'including', 'like', 'unlike', 'instead', 'thus',
  'indeed', 'overall', 'separately', 'elsewhere', 'previously', 'currently', 'recently', 'finally',
  'former', 'mr', 'mrs', 'ms', 'dr', 'sir', 'said', 'says', 'told', 'image', 'file', 'photo',
  'picture', 'caption', 'copyright', 'via', 'per', 'dear', 'hello', 'thanks', 'please', 'oh', 'well',
  'let', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'would',
  'could', 'should', 'might', 'must', 'shall', 'not', 'never', 'always', 'just', 'again',
]);

/**
 * Occupations and roles that are not offices, written capitalized at a sentence start before a
 * name ("Conductor Marcello Viotti, director of ..."): never the first word of a name.
 */
export const occupationNouns: ReadonlySet<string> = new Set([
  'actor', 'actress', 'singer', 'songwriter', 'conductor', 'composer', 'author', 'writer', 'novelist',
  'artist', 'designer', 'photographer', 'rapper', 'star', 'comedian', 'presenter', 'host', 'broadcaster',
  'journalist', 'reporter', 'correspondent', 'producer', 'musician', 'guitarist', 'drummer', 'bassist',
  'pianist', 'violinist', 'dancer', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger',
  'batsman', 'bowler', 'runner', 'sprinter', 'boxer', 'champion', 'newcomer', 'model', 'poet',
  'playwright', 'filmmaker', 'film-maker', 'chef', 'teacher', 'student', 'pupil', 'doctor', 'nurse',
  'surgeon', 'scientist', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'millionaire',
  'entrepreneur', 'investor', 'banker', 'campaigner', 'activist', 'protester', 'victim', 'suspect',
  'witness', 'resident', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'friend', 'fan', 'fans', 'veteran', 'legend', 'hero', 'icon', 'celebrity', 'comic', 'cartoonist',
  'historian', 'philosopher', 'economists', 'analysts', 'critics', 'critic', 'commentator', 'pundit',
  'blogger', 'hacker', 'expert', 'experts', 'consultant', 'lawyer', 'lawyers', 'defendant', 'accused',
  'teenager', 'girl', 'boy', 'man', 'woman', 'pensioner', 'grandmother', 'grandfather', 'uncle', 'aunt',
  'cousin', 'widow', 'tennis', 'golfer', 'cyclist', 'jockey', 'trainer', 'swimmer', 'skier', 'athlete',
  'farmer', 'builder', 'worker', 'miner', 'soldier', 'officer', 'rider', 'driver', 'pilot', 'racer', 'skater', 'gymnast', 'wrestler', 'footballer', 'cricketer',
]);

/** Party labels (lowercase) that name the organization of a legislator or party official ("Labour MP"). */
export const partyLabels: ReadonlySet<string> = new Set([
  'labour', 'labor', 'conservative', 'conservatives', 'tory', 'tories', 'liberal', 'liberals', 'democrat',
  'democrats', 'democratic', 'republican', 'republicans', 'green', 'greens', 'socialist', 'socialists',
  'communist', 'communists', 'nationalist', 'nationalists', 'unionist', 'unionists', 'independent',
  'ukip', 'snp', 'sdlp', 'dup', 'plaid', 'cymru', 'lib', 'dem', 'dems', 'libdem', 'whig', 'gop',
  'christian', 'social', 'popular', 'people', "people's", 'national', 'reform', 'progressive', 'centrist',
]);
