// Casualty vocabulary as data: predicates per kind, victim nouns per category, qualifiers,
// context words that refuse or reclassify a figure. No logic here: the regexes are built in
// src/facts/casualties/patterns.ts (longest phrase first).
import type { CasualtyKind, CasualtyQualifier, VictimCategory } from '../types.js';

/**
 * What follows the victims (after an optional "were/have been" and adverbs) to say what
 * happened to them: "N civilians were KILLED", "N DIED", "N people are MISSING".
 */
export const casualtyPredicates: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: [
    'killed', 'slain', 'dead', 'shot dead', 'shot and killed', 'shot to death', 'stabbed to death',
    'beaten to death', 'hacked to death', 'burned to death', 'burnt to death', 'crushed to death',
    'trampled to death', 'stoned to death', 'bayoneted to death', 'strangled', 'strangled to death',
    'suffocated', 'asphyxiated', 'killed instantly', 'bludgeoned to death', 'tortured to death', 'lynched',
    'murdered', 'massacred', 'executed', 'beheaded', 'decapitated', 'assassinated', 'gunned down',
    'fatally shot', 'fatally stabbed', 'fatally wounded', 'fatally injured', 'mortally wounded',
    'fatally assaulted', 'fatally attacked', 'fatally beaten', 'fatally hit', 'fatally struck',
    'confirmed dead', 'found dead', 'found murdered', 'found killed', 'found beheaded', 'found shot dead', 'pronounced dead', 'feared dead', 'reported dead',
    'presumed dead', 'declared dead', 'died', 'die', 'dies', 'perished', 'perish',
    'lost their lives', 'lost his life', 'lost her life', 'lost their life', 'drowned',
    'electrocuted', 'burned alive', 'burnt alive', 'buried alive', 'martyred', 'slaughtered',
    'killed in action', 'among the dead', 'among those killed',
    // "shot" alone counts only where the article tells of no wound or survivor (casualties/index.ts)
    'shot',
    // people "blown up" (a thing blown up is no victim: the one-victim rule skips it)
    'blown up',
  ],
  injured: [
    'injured', 'wounded', 'hurt', 'treated for injuries', 'treated for their injuries', 'treated for wounds',
    'suffered injuries', 'sustained injuries', 'suffered wounds', 'sustained wounds',
    'suffered serious injuries', 'sustained serious injuries', 'suffered minor injuries',
    'sustained minor injuries', 'suffered burns', 'maimed', 'among the injured', 'among the wounded',
    'sustained various degrees of injuries', 'sustained varying degrees of injuries', 'suffered various degrees of injuries',
    'suffered varying degrees of injuries', 'sustained gunshot wounds', 'suffered gunshot wounds', 'sustained bullet wounds',
    'suffered bullet wounds', 'left injured', 'left wounded', 'left seriously injured', 'left seriously wounded',
    'left critically injured', 'left critically wounded', 'left severely injured', 'left severely wounded',
    'left badly injured', 'left badly wounded',
  ],
  missing: ['missing', 'unaccounted for', 'reported missing', 'still missing', 'disappeared', 'vanished'],
  displaced: [
    'displaced', 'internally displaced', 'made homeless', 'rendered homeless', 'left homeless',
    'homeless', 'forced to flee', 'forced from their homes', 'forced out of their homes',
    'driven from their homes', 'fled their homes', 'forced to leave their homes', 'uprooted', 'fled',
  ],
  trapped: ['trapped', 'buried under the rubble', 'buried under rubble', 'stranded'],
  evacuated: ['evacuated', 'relocated', 'moved to safety'],
  arrested: [
    'arrested', 'detained', 'captured', 'apprehended', 'taken into custody', 'held in custody',
    'rounded up', 'taken prisoner', 'taken captive',
  ],
  kidnapped: ['kidnapped', 'abducted', 'taken hostage', 'held hostage', 'held captive', 'seized'],
};

/**
 * Predicates that may follow a first one for the same victims ("were kidnapped and later
 * killed", "was shot and wounded"): a short list keeps the rules small.
 */
/** Participles of harm that a later "and died" turns into a death ("was shot ... and later died"). */
export const harmVerbs: readonly string[] = [
  'shot', 'stabbed', 'wounded', 'injured', 'hurt', 'attacked', 'assaulted', 'beaten', 'hit', 'struck',
  'burned', 'burnt', 'hacked', 'tortured', 'run over', 'knocked down', 'ambushed', 'mauled', 'lynched',
];

export const secondPredicates: readonly string[] = [
  'killed', 'murdered', 'executed', 'beheaded', 'slain', 'shot dead', 'died', 'lynched', 'strangled',
  'hacked to death', 'stabbed to death', 'beaten to death', 'burned to death', 'burnt to death',
  'tortured to death', 'burned alive', 'burnt alive', 'found dead', 'injured', 'wounded', 'hurt',
  'arrested', 'detained', 'kidnapped', 'abducted', 'taken hostage', 'missing', 'displaced',
];

/** Verbs whose object is the victims: "killed N civilians", "wounding M". */
export const casualtyActiveVerbs: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: [
    'killed', 'killing', 'kills', 'kill', 'shot dead', 'shooting dead', 'shot and killed',
    'shooting and killing', 'gunned down', 'gunning down', 'hacked to death', 'hacking to death',
    'stabbed to death', 'stabbing to death', 'beheads', 'executes', 'murders', 'massacres', 'slays',
    'shoots dead', 'guns down', 'beat to death', 'beaten to death', 'beating to death',
    'burned to death', 'burning to death', 'shot to death', 'shooting to death', 'fatally shot',
    'fatally shooting', 'fatally stabbed', 'fatally stabbing', 'stoned to death', 'murdered', 'murdering', 'massacred',
    'massacring', 'executed', 'executing', 'beheaded', 'beheading', 'slaughtered', 'slaughtering',
    'slew', 'slaying', 'assassinated', 'decapitated', 'decapitating', 'lynched', 'lynching', 'claimed the lives of', 'claiming the lives of',
    'took the lives of', 'taking the lives of', 'left dead', 'kiled',
    // "shot" alone counts only where the article tells of no wound or survivor (casualties/index.ts)
    'shot',
  ],
  injured: ['injured', 'injuring', 'injures', 'wounded', 'wounding', 'wounds', 'maimed', 'maiming'],
  missing: [],
  displaced: ['displaced', 'displacing', 'uprooted', 'uprooting'],
  trapped: ['trapped', 'trapping'],
  evacuated: ['evacuated', 'evacuating', 'evacuates'],
  arrested: [
    'arrested', 'arresting', 'arrests', 'detained', 'detaining', 'captured', 'capturing',
    'apprehended', 'apprehending', 'rounded up',
  ],
  kidnapped: ['kidnapped', 'kidnapping', 'abducted', 'abducting', 'abducts', 'kidnaps', 'took hostage', 'taking hostage'],
};

/**
 * Violent verbs that say a killing when "dead" or "to death" follows their object ("shot two men
 * dead", "hacked three villagers to death") or themselves ("stabbing and slashing to death 11 people").
 */
export const violentVerbs: readonly string[] = [
  'shot', 'shooting', 'shoots', 'hacked', 'hacking', 'hacks', 'stabbed', 'stabbing', 'stabs',
  'beat', 'beaten', 'beating', 'beats', 'burned', 'burnt', 'burning', 'burns', 'stoned', 'stoning',
  'clubbed', 'clubbing', 'bludgeoned', 'bludgeoning', 'slashed', 'slashing', 'tortured', 'torturing',
  'strangled', 'strangling', 'choked', 'choking', 'kicked', 'kicking', 'lynched', 'lynching',
  'macheted', 'axed', 'trampled', 'crushed', 'starved', 'starving', 'gunned', 'gunning',
];

/** "left N dead / injured / homeless": the adjective after the victims says the kind. */
export const resultAdjectives: Readonly<Record<string, CasualtyKind>> = {
  dead: 'killed',
  killed: 'killed',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  missing: 'missing',
  homeless: 'displaced',
  displaced: 'displaced',
  trapped: 'trapped',
  stranded: 'trapped',
};

/** Nouns that name a count of victims after a number: "3 deaths", "2 fatalities", "40 dead". */
export const casualtyNouns: Readonly<Record<string, CasualtyKind>> = {
  deaths: 'killed',
  death: 'killed',
  fatalities: 'killed',
  fatality: 'killed',
  'people dead': 'killed',
  injuries: 'injured',
  'people injured': 'injured',
  arrests: 'arrested',
};

/** Adverbs and hedges allowed between "were" and the predicate. */
export const predicateAdverbs: readonly string[] = [
  'feared', 'believed', 'mistakenly', 'brutally', 'reportedly been', 'believed to have been', 'thought to have been', 'said to have been', 'reported to have been',
  'feared to have been', 'confirmed to have been', 'believed to be', 'thought to be', 'said to be',
  'reported to be', 'feared to be', 'confirmed', 'reportedly', 'allegedly', 'apparently', 'reported',
  'also', 'all', 'both', 'each', 'later', 'then', 'first', 'found', 'subsequently', 'eventually', 'ultimately', 'initially',
  'seriously', 'critically', 'severely', 'slightly', 'lightly', 'badly', 'gravely', 'mildly',
  'moderately', 'fatally', 'still', 'now', 'either', 'in turn', 'too', 'yesterday', 'today',
  'tonight', 'so far', 'since', 'been', 'earlier', 'instantly', 'immediately', 'allegedly', 'possibly', 'likely',
  'last night', 'overnight', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday',
  'on saturday', 'on sunday', 'on monday night', 'on tuesday night', 'on wednesday night',
  'on thursday night', 'on friday night', 'on saturday night', 'on sunday night',
  'tortured and', 'beaten and', 'shot and', 'stabbed and', 'attacked and', 'ambushed and',
  'raped and', 'robbed and', 'shot in the head and',
];

/** Auxiliaries between the victims and the predicate. */
export const auxiliaries: readonly string[] = [
  'have been', 'has been', 'had been', 'will have been', 'may have been', 'might have been',
  'were', 'was', 'are', 'is', 'be', 'been', 'being', 'got', 'get', 'have', 'has', 'had',
  'may have', 'might have', 'remain', 'remained', 'remains',
];

export interface VictimNoun {
  /** Singular and plural forms, lowercase. */
  forms: readonly string[];
  category: VictimCategory;
}

/** Nouns that name people who can be harmed, with their category. Multiword first is handled by the builder. */
export const victimNouns: readonly VictimNoun[] = [
  { category: 'civilian', forms: [
    'people', 'person', 'persons', 'civilian', 'civilians', 'resident', 'residents', 'villager',
    'villagers', 'passenger', 'passengers', 'pedestrian', 'pedestrians', 'worshipper', 'worshippers',
    'worshiper', 'worshipers', 'pilgrim', 'pilgrims', 'student', 'students', 'worker', 'workers',
    'employee', 'employees', 'man', 'men', 'woman', 'women', 'tourist', 'tourists', 'foreigner',
    'foreigners', 'farmer', 'farmers', 'protester', 'protesters', 'protestor', 'protestors',
    'demonstrator', 'demonstrators', 'shopper', 'shoppers', 'traveller', 'travellers', 'traveler',
    'travelers', 'migrant', 'migrants', 'refugee', 'refugees', 'bystander', 'bystanders', 'patient',
    'patients', 'individual', 'individuals', 'victim', 'victims', 'teacher', 'teachers', 'doctor',
    'doctors', 'nurse', 'nurses', 'miner', 'miners', 'fisherman', 'fishermen', 'crew member',
    'crew members', 'crewmen', 'crew', 'guest', 'guests', 'voter', 'voters', 'trader', 'traders',
    'local', 'locals', 'inhabitant', 'inhabitants', 'citizen', 'citizens', 'member', 'members',
    'relative', 'relatives', 'driver', 'drivers', 'elder', 'elders', 'chief', 'chiefs', 'leader',
    'leaders', 'official', 'officials', 'politician', 'politicians', 'mayor', 'councillor',
    'councilor', 'lawmaker', 'judge', 'cleric', 'clerics', 'imam', 'priest', 'priests', 'monk',
    'monks', 'nun', 'nuns', 'pastor', 'engineer', 'engineers', 'contractor', 'contractors',
    'labourer', 'labourers', 'laborer', 'laborers', 'herder', 'herders', 'herdsman', 'herdsmen',
    'customer', 'customers', 'diner', 'diners', 'spectator', 'spectators', 'fan', 'fans',
    'husband', 'wife', 'mother', 'father', 'brother', 'brothers', 'sister', 'sisters', 'son', 'sons',
    'daughter', 'daughters', 'family member', 'family members', 'couple', 'worshipers', 'staff',
    'staffers', 'staff members', 'volunteer', 'volunteers', 'hostage', 'hostages', 'prisoner',
    'prisoners', 'inmate', 'inmates', 'detainee', 'detainees', 'businessman', 'businessmen',
    'shopkeeper', 'shopkeepers', 'owner', 'owners', 'guard', 'guards', 'security guard',
    'security guards', 'trucker', 'truckers', 'motorist', 'motorists', 'cyclist', 'cyclists',
    'occupant', 'occupants', 'survivor', 'survivors', 'tribesman', 'tribesmen', 'activist',
    'activists', 'supporter', 'supporters', 'mourner', 'mourners', 'christian', 'christians',
    'muslim', 'muslims', 'shiite', 'shiites', 'shia', 'sunni', 'sunnis', 'hindu', 'hindus',
    'national', 'nationals', 'settler', 'settlers', 'athlete', 'athletes', 'other', 'others',
    'casualties', 'bodies', 'body', 'lives', 'souls', 'individual', 'household', 'households',
    'family', 'families', 'resident', 'diplomat', 'diplomats', 'employee', 'firefighter',
    'firefighters', 'rescuer', 'rescuers', 'youth', 'youths', 'youngster', 'youngsters',
    'teenager', 'teenagers', 'teen', 'teens', 'adult', 'adults', 'lady', 'ladies',
    'gentleman', 'gentlemen', 'pupil', 'pupils', 'scholar', 'scholars', 'secretary', 'aide', 'aides',
    'bodyguard', 'bodyguards', 'nephew', 'nephews', 'niece', 'nieces', 'cousin', 'cousins', 'uncle',
    'aunt', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandchildren', 'partner',
    'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'spouse', 'widow', 'parents', 'parent', 'headman',
    'chieftain', 'vendor', 'vendors', 'porter', 'porters', 'guide', 'guides', 'interpreter',
    'translator', 'lawyer', 'lawyers', 'attorney', 'prosecutor', 'magistrate', 'governor', 'deputy',
    'chairman', 'chairwoman', 'president', 'minister', 'senator', 'councilman', 'ruler', 'king',
    'prince', 'princess', 'queen', 'sheikh', 'bishop', 'rabbi', 'mullah', 'preacher', 'missionary',
    'missionaries', 'bride', 'groom', 'head', 'heads', 'peasant', 'peasants', 'israelis', 'palestinians', 'mourner', 'shepherd', 'shepherds', 'hunter', 'hunters', 'elderly', 'villager', 'informant', 'informants',
    'collaborator', 'collaborators', 'ex-soldier', 'wayfarer', 'commuter', 'commuters',
    'clerk', 'clerks', 'observer', 'observers', 'campaigner', 'campaigners', 'candidate', 'candidates',
    'dean', 'principal', 'figure', 'servant', 'servants', 'civil servant', 'civil servants', 'devotee',
    'devotees', 'abductee', 'abductees', 'indigene', 'indigenes', 'trainee', 'trainees', 'retiree',
    'chauffeur', 'chauffeurs', 'entrepreneur', 'entrepreneurs', 'envoy', 'envoys', 'ambassador', 'consul',
  ] },
  { category: 'child', forms: [
    'child', 'children', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'baby', 'babies', 'infant',
    'infants', 'toddler', 'toddlers', 'minor', 'minors', 'schoolchild', 'schoolchildren',
    'schoolboy', 'schoolboys', 'schoolgirl', 'schoolgirls', 'juvenile', 'juveniles', 'newborn',
    'newborns', 'kindergarten students', 'orphans',
  ] },
  { category: 'military', forms: [
    'soldier', 'soldiers', 'troop', 'troops', 'serviceman', 'servicemen', 'servicemember',
    'servicemembers', 'service member', 'service members', 'personnel', 'marine', 'marines',
    'paratrooper', 'paratroopers', 'sailor', 'sailors', 'airman', 'airmen', 'commando', 'commandos',
    'security forces', 'security force members', 'security personnel', 'army officer',
    'army officers', 'military officer', 'military officers', 'sergeant', 'colonel', 'general',
    'major', 'captain', 'lieutenant', 'commander', 'commanders', 'officer', 'officers',
    'militiaman', 'militiamen', 'militia members', 'pro-government militia', 'guardsman',
    'guardsmen', 'recruit', 'recruits', 'cadet', 'cadets', 'conscript', 'conscripts', 'peacekeeper',
    'peacekeepers', 'legionnaire', 'mercenaries', 'border guards', 'border guard', 'rangers',
    'gis', 'servicewoman', 'veterans', 'pilot', 'pilots', 'crewman',
  ] },
  { category: 'police', forms: [
    'police', 'policeman', 'policemen', 'policewoman', 'policewomen', 'police officer',
    'police officers', 'police personnel', 'police constable', 'police constables', 'constable',
    'constables', 'cop', 'cops', 'gendarme', 'gendarmes', 'patrolman', 'patrolmen', 'trooper',
    'troopers', 'deputy', 'deputies', 'sheriff', 'agent', 'agents', 'border police',
    'police recruits', 'police members', 'policemen',
  ] },
  { category: 'journalist', forms: [
    'journalist', 'journalists', 'reporter', 'reporters', 'photographer', 'photographers',
    'photojournalist', 'photojournalists', 'cameraman', 'cameramen', 'media worker',
    'media workers', 'correspondent', 'correspondents', 'editor', 'editors', 'broadcaster',
    'blogger', 'bloggers',
  ] },
  { category: 'aid_worker', forms: [
    'aid worker', 'aid workers', 'humanitarian worker', 'humanitarian workers', 'relief worker',
    'relief workers', 'health worker', 'health workers', 'healthcare worker', 'healthcare workers',
    'medic', 'medics', 'paramedic', 'paramedics', 'vaccinator', 'vaccinators', 'polio worker',
    'polio workers', 'deminer', 'deminers', 'un staff', 'peace worker',
  ] },
  { category: 'perpetrator', forms: [
    'militant', 'militants', 'insurgent', 'insurgents', 'assailant', 'assailants', 'attacker',
    'attackers', 'gunman', 'gunmen', 'rebel', 'rebels', 'terrorist', 'terrorists', 'fighter',
    'fighters', 'bomber', 'bombers', 'suicide bomber', 'suicide bombers', 'jihadist', 'jihadists',
    'extremist', 'extremists', 'hijacker', 'hijackers', 'perpetrator', 'perpetrators', 'suspect',
    'suspects', 'gang member', 'gang members', 'gangster', 'gangsters', 'guerrilla', 'guerrillas',
    'guerilla', 'guerillas', 'guerrillero', 'guerrilleros', 'bandit', 'bandits', 'pirate', 'pirates',
    'kidnapper', 'kidnappers', 'robber', 'robbers', 'shooter', 'shooters', 'raider', 'raiders',
    'gunmen', 'separatist', 'separatists', 'combatant', 'combatants', 'elements', 'taliban',
    'jihadis', 'islamists', 'islamist', 'cadres', 'cadre', 'maoist', 'maoists', 'naxal', 'naxals',
    'naxalite', 'naxalites', 'insurgent fighters', 'criminals', 'criminal', 'thieves', 'thief',
    'smuggler', 'smugglers', 'poachers', 'poacher', 'killer', 'killers', 'attacker', 'culprits',
    'culprit', 'fugitive', 'fugitives', 'gang', 'accomplice', 'accomplices', 'operative',
    'operatives', 'abductors',
  ] },
];

/** Words that, in front of a victim head, change its category ("police officers", "Taliban commander"). */
export const categoryModifiers: Readonly<Record<string, VictimCategory>> = {
  police: 'police',
  army: 'military',
  military: 'military',
  government: 'military',
  'pro-government': 'military',
  security: 'military',
  militia: 'perpetrator',
  taliban: 'perpetrator',
  rebel: 'perpetrator',
  militant: 'perpetrator',
  insurgent: 'perpetrator',
  terrorist: 'perpetrator',
  aid: 'aid_worker',
  humanitarian: 'aid_worker',
  media: 'journalist',
  news: 'journalist',
};

/** Qualifiers in front of a number, mapped to the contract's qualifier. */
export const numberQualifiers: Readonly<Record<string, CasualtyQualifier>> = {
  'at least': 'at_least',
  'at the least': 'at_least',
  'no fewer than': 'at_least',
  'no less than': 'at_least',
  'not less than': 'at_least',
  'not fewer than': 'at_least',
  'a minimum of': 'at_least',
  'at a minimum': 'at_least',
  'more than': 'more_than',
  'over': 'more_than',
  'above': 'more_than',
  'upwards of': 'more_than',
  'in excess of': 'more_than',
  'well over': 'more_than',
  'just over': 'more_than',
  'nearly': 'about',
  'almost': 'about',
  'about': 'about',
  'around': 'about',
  'approximately': 'about',
  'roughly': 'about',
  'some': 'about',
  'an estimated': 'about',
  'estimated': 'about',
  'close to': 'about',
  'nearly about': 'about',
  'around about': 'about',
  'up to': 'up_to',
  'as many as': 'up_to',
  'a maximum of': 'up_to',
  'less than': 'less_than',
  'fewer than': 'less_than',
  'under': 'less_than',
  'just under': 'less_than',
  'below': 'less_than',
};

/** Words after a number that make it a quantity of something else than people ("10 years", "5 percent"). */
export const nonPersonUnits: readonly string[] = [
  'percent', 'per cent', '%', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days',
  'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'point', 'points', 'goal', 'goals',
  'run', 'runs', 'wicket', 'wickets', 'game', 'games', 'match', 'matches', 'dollar', 'dollars',
  'pound', 'pounds', 'euro', 'euros', 'km', 'kilometres', 'kilometers', 'mile', 'miles', 'metre',
  'metres', 'meter', 'meters', 'feet', 'foot', 'kg', 'tonnes', 'tons', 'times', 'jobs', 'job',
  'shares', 'cent', 'cents', 'seats', 'votes', 'rounds', 'shots', 'houses', 'homes', 'buildings',
  'vehicles', 'cars', 'cattle', 'cows', 'goats', 'sheep', 'animals', 'birds', 'dogs', 'horses',
  'camels', 'pigs', 'pig', 'chickens', 'poultry', 'livestock', 'animal', 'dog', 'horse', 'cow', 'goat',
  'donkeys', 'fish', 'rockets', 'missiles', 'shells', 'bombs', 'mines', 'tanks', 'aircraft', 'drones',
  'positions', 'villages', 'towns', 'weapons', 'rifles', 'guns', 'trucks', 'boats', 'ships',
  'am', 'pm', 'a.m', 'p.m', 'bn', 'billion',
];

/**
 * Common nouns that end like a person noun ("-er", "-or", "-ist", "-ier") but name no person:
 * the victim check does not guess a person from their ending ("the number killed").
 */
export const notPersonNouns: readonly string[] = [
  'number', 'numbers', 'later', 'over', 'under', 'after', 'border', 'borders', 'order', 'orders',
  'water', 'waters', 'river', 'rivers', 'center', 'centre', 'corner', 'matter', 'quarter',
  'summer', 'winter', 'september', 'october', 'november', 'december', 'power', 'paper', 'tower',
  'letter', 'chapter', 'shelter', 'shelters', 'theater', 'theatre', 'helicopter', 'helicopters',
  'container', 'trailer', 'computer', 'weather', 'thunder', 'disaster', 'disasters', 'cluster',
  'floor', 'door', 'doors', 'sector', 'sectors', 'factor', 'motor', 'error', 'terror', 'corridor',
  'tractor', 'reactor', 'interior', 'labor', 'labour', 'harbor', 'harbour', 'color', 'colour',
  'list', 'wrist', 'fist', 'mist', 'twist', 'barrier', 'carrier', 'carriers', 'frontier', 'career',
  'median', 'christian', 'headquarter', 'either', 'neither', 'other', 'another', 'together',
  'rather', 'whether', 'ever', 'never', 'however', 'further', 'former', 'latter', 'per', 'offer',
  'filter', 'meter', 'liter', 'litre', 'fiber', 'member state', 'cancer', 'fever', 'danger',
  'anger', 'hunger', 'finger', 'manner', 'dinner', 'banner', 'corner', 'minor',
];

/** Words right before an active verb that make it not an event ("threatened to kill", "could have killed"). */
export const irrealisBefore: readonly string[] = [
  'could have', 'would have', 'might have', 'could', 'would', 'should', 'will', "won't", 'not',
  "didn't", "did not", 'never', 'threatened to', 'threatening to', 'threatens to', 'threaten to',
  'vowed to', 'vow to', 'vows to', 'plotted to', 'plotting to', 'plot to', 'planned to',
  'planning to', 'plan to', 'plans to', 'tried to', 'trying to', 'try to', 'attempted to',
  'attempting to', 'attempt to', 'intended to', 'intending to', 'aimed to', 'aiming to', 'aim to',
  'wanted to', 'want to', 'wants to', 'going to', 'able to', 'designed to', 'meant to', 'to',
  'may', 'can', 'cannot', "can't", 'failed to', 'nearly', 'almost',
];

/** Markers that the figure is background (another time or an aggregate), not the article's event. */
export const backgroundMarkers: readonly string[] = [
  'since the war began', 'since the war started', 'since the start of the war',
  'since the beginning of the war', 'since the conflict began', 'since the start of the conflict',
  'since the beginning of the conflict', 'since the uprising began', 'since the insurgency began',
  'since the start of the year', 'since the beginning of the year', 'since january',
  'since records began', 'so far this year', 'last year', 'in recent years',
  'in recent months', 'over the past year', 'over the past decade', 'over the last year',
  'over the past few years', 'in the past year', 'in the past decade', 'over the years',
  'years ago', 'decades ago', 'previous attack', 'a similar attack', 'similar attacks',
  'the worst since', 'in total since', 'since then', 'since 19', 'since 20',
  'earlier this year', 'in the previous', 'earlier this month', 'weeks ago', 'months ago',
];

/** Markers that a figure adds to an earlier one of the same kind ("another 5", "five more"). */
export const additiveMarkers: readonly string[] = [
  'another', 'additional', 'a further', 'more', 'other', 'others', 'also', 'separately',
  'in a separate', 'in another',
];

/**
 * Clause openers that say a later sentence tells another incident of the same story (its
 * figures add to the lead's): "Separately, ...", "Elsewhere, ...", "The following day, ...".
 */
export const separateEventMarkers: readonly string[] = [
  'separately', 'elsewhere', 'meanwhile', 'in a separate', 'in another', 'in a second', 'in a similar',
  'the following day', 'the next day', 'the day after', 'a day later', 'two days later', 'three days later',
  'days later', 'hours later', 'a week later', 'on the same day', 'the same day',
];

/**
 * Words that give another, higher account of the same event ("other officials said as many as
 * nine people had been killed", "reported a higher death toll"): a larger figure so introduced
 * replaces the lead's. (A bare "other sources report" is left out: monitors that code the most
 * conservative figure write it before a figure they do not take.)
 */
export const otherAccountMarkers: readonly string[] = [
  'other officials', 'other accounts', 'another account', 'another estimate', 'other estimates',
  'the same incident', 'the same attack', 'a higher toll', 'a higher death toll', 'a higher figure',
  'higher figures', 'higher toll', 'higher death toll',
];

/** Words that say the figure is an updated or overall total ("the death toll rose to", "in all"). */
export const totalMarkers: readonly string[] = [
  'toll', 'in all', 'in total', 'a total of', 'altogether', 'overall', 'total', 'bringing',
  'rose to', 'risen to', 'climbed to', 'ultimately', 'combined',
];

/** Words before "body" that make it an organisation, not a corpse ("the governing body"). */
export const nonHumanBodyModifiers: readonly string[] = [
  'governing', 'advisory', 'regulatory', 'legislative', 'student', 'professional', 'oversight',
  'sports', 'sporting', 'international', 'world', 'national', 'umbrella', 'ruling', 'standards',
  'representative', 'statutory', 'independent', 'public', 'peak', 'elected', 'investigative',
  'parent', 'trade', 'industry', 'medical', 'main', 'whole', 'entire', 'car', 'water', 'celestial',
  'heavenly', 'foreign', 'human', 'rotating', 'consultative', 'coordinating', 'supervisory',
];

/** Words that make an injury a sports injury (not a casualty event): body parts, playing time, selection. */
/**
 * Words of violence or disaster that no sports report uses of a match: beside them, "international"
 * (an airport), "coach" (a bus) or "squad" (a bomb squad) are no sports context.
 */
export const violentEventWords: readonly string[] = [
  'bomb', 'bombs', 'suicide bomber', 'suicide bombers', 'bombing', 'bombings', 'explosion', 'explosions',
  'gunman', 'gunmen', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'shelling', 'militants',
  'insurgents', 'rebels', 'massacre', 'earthquake', 'landslide', 'hurricane', 'typhoon', 'cyclone',
  'stampede', 'rioters', 'jihadists', 'terrorist', 'terrorists',
];

export const sportInjuryContext: readonly string[] = [
  'ankle', 'hamstring', 'groin', 'calf', 'thigh', 'forearm', 'achilles', 'ligament', 'cartilage',
  'tackle', 'fitness', 'sidelined', 'ruled out', 'squad', 'substitute', 'replacement', 'striker',
  'midfielder', 'midfield', 'defender', 'goalkeeper', 'winger', 'flanker', 'fly-half', 'scrum-half',
  'season', 'cap', 'caps', 'coach', 'seed', 'retired hurt', 'player', 'players', 'club side',
  'in training', 'international', 'wicket', 'innings', 'tournament',
];

/** Words of a harmful event in an article's lead (the main event is a casualty event). */
export const harmfulEventWords: readonly string[] = [
  'killed', 'killing', 'killer', 'dead', 'death', 'deaths', 'died', 'murder', 'murdered', 'stabbing',
  'stabbed', 'shooting', 'shot', 'gunman', 'gunmen', 'attack', 'attacks', 'bomb', 'bombing', 'blast',
  'explosion', 'crash', 'collision', 'fire', 'blaze', 'earthquake', 'quake', 'flood', 'floods',
  'landslide', 'storm', 'hurricane', 'typhoon', 'cyclone', 'stampede', 'outbreak', 'epidemic',
  'clashes', 'fighting', 'massacre', 'suicide', 'hostage', 'kidnapped', 'abducted', 'missing',
  'injured', 'wounded', 'victim', 'victims', 'body', 'bodies', 'remains', 'skeleton', 'homicide',
  'manslaughter', 'riot', 'violence', 'war', 'airstrike', 'shelling', 'rebels', 'militants',
];

/** Words of an economic or business story. */
export const economicWords: readonly string[] = [
  'shares', 'share', 'profit', 'profits', 'economy', 'economic', 'economies', 'investors', 'market',
  'markets', 'sales', 'bank', 'banks', 'gdp', 'growth', 'prices', 'inflation', 'revenue', 'firm',
  'firms', 'company', 'companies', 'stock', 'dollar', 'euro', 'billion', 'insurance', 'insurers',
  'tourism', 'exports', 'budget', 'debt', 'interest', 'rates', 'trading', 'earnings', 'costs',
];

/**
 * Words that tell of a person shot and still alive (a wound, a hospital, a survivor): where none
 * appears in an article, "X was shot" tells of a killing.
 */
export const survivalContext: readonly string[] = [
  'wound', 'wounds', 'wounded', 'wounding', 'injured', 'injuries', 'injury', 'injuring', 'hurt',
  'hospital', 'hospitals', 'hospitalised', 'hospitalized', 'clinic', 'treated', 'treatment',
  'survived', 'survive', 'survives', 'surviving', 'survivor', 'recovering', 'recovered', 'recovery',
  'condition', 'critical', 'stable', 'surgery', 'operated', 'alive', 'paralysed', 'paralyzed',
];

/** Subjects of "was shot" that are no person: a film, a scene, a photograph. */
export const filmedThings: readonly string[] = [
  'film', 'films', 'movie', 'movies', 'video', 'videos', 'footage', 'scene', 'scenes', 'episode',
  'episodes', 'series', 'documentary', 'advert', 'advertisement', 'commercial', 'campaign', 'photo',
  'photograph', 'photographs', 'picture', 'pictures', 'clip', 'sequence', 'shoot', 'it', 'which', 'that', 'who',
];
