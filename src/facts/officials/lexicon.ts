/**
 * Word lists the officials rules consult, as data (the title lexicon itself is in
 * src/lexicon/titles.ts; names, particles and demonyms in src/lexicon/people*.ts).
 */

/** Lowercase bare heads too vague to name an office before a name without a qualifier ("director Martin Scorsese"). */
export const needsQualifier = new Set([
  'director', 'manager', 'owner', 'editor', 'publisher', 'executive', 'official', 'officer', 'head', 'chief',
  'leader', 'member', 'partner', 'specialist', 'deputy', 'aide', 'adviser', 'advisor', 'founder',
  'trainer', 'captain', 'chair', 'boss', 'attorney', 'solicitor', 'barrister', 'investigator', 'detective',
  'inspector', 'coordinator', 'co-ordinator', 'administrator', 'treasurer', 'trooper', 'private', 'major',
  'general', 'marshal', 'commander', 'lieutenant', 'speaker', 'whip', 'cleric', 'priest', 'emissary',
  'envoy', 'publisher', 'co-founder', 'airman', 'seaman', 'guardsman', 'warlord', 'specialist', 'justice',
]);

export const complementStops = new Set([
  'said', 'says', 'told', 'who', 'whom', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'had', 'have',
  'will', 'would', 'could', 'should', 'may', 'might', 'can', 'in', 'on', 'at', 'since', 'after', 'before',
  'when', 'while', 'as', 'but', 'to', 'with', 'from', 'by', 'during', 'until', 'because', 'if', 'than',
  'added', 'also', 'not', 'did', 'does', 'do', 'been', 'being', 'be', 'about', 'into', 'over', 'under',
]);
export const connectors = new Set(['and', '&', 'of', 'the', 'for']);

export const saidVerbs = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'warned', 'insisted', 'noted', 'wrote', 'argued', 'claimed', 'confirmed', 'announced', 'who']);
/** Last words of names of bodies ("Fire Service", "Home Office"): "the" + capitalized + one of these is an organization. */
export const organizationHeads = new Set([
  'service', 'services', 'department', 'ministry', 'association', 'council', 'committee', 'agency', 'authority',
  'bureau', 'commission', 'court', 'board', 'union', 'party', 'bank', 'company', 'group', 'foundation',
  'institute', 'trust', 'league', 'federation', 'police', 'corporation', 'society',
  'organisation', 'organization', 'office', 'centre', 'center', 'university', 'college', 'school', 'hospital',
  'church', 'club', 'team', 'network', 'fund', 'forum', 'institution', 'administration', 'assembly',
  'parliament', 'senate', 'congress', 'cabinet', 'government', 'guard', 'corps', 'brigade', 'regiment',
]);
/** Heads whose capitalized party label before them is their organization ("Labour MP"). */
export const partyHeads = new Set([
  'mp', 'mep', 'msp', 'mla', 'leader', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'whip', 'chief whip', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'candidate',
  'lawmaker', 'legislator', 'deputy', 'president', 'general secretary', 'secretary general', 'peer', 'member',
  'assemblyman', 'assemblywoman', 'representative', 'state senator', 'state representative', 'governor', 'mayor',
]);
/** Irregular past tenses that end a complement ("of the city homicide squad made the arrest"). */
export const pastTenseVerbs = new Set([
  'made', 'said', 'told', 'took', 'gave', 'went', 'came', 'found', 'led', 'met', 'saw', 'held', 'left', 'won',
  'ran', 'set', 'put', 'got', 'became', 'began', 'brought', 'kept', 'sent', 'spent', 'struck', 'sought',
  'stood', 'thought', 'wrote', 'fled', 'shot', 'hit', 'cut', 'paid', 'lost', 'heard', 'knew', 'felt', 'built',
  'bought', 'caught', 'taught', 'chose', 'drove', 'fell', 'flew', 'grew', 'rose', 'spoke', 'threw', 'wore',
  'says', 'tells', 'makes', 'gives', 'takes', 'wants', 'thinks', 'believes', 'warns', 'urges', 'calls',
]);
export const calendarWord = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/;
export const copulas = new Set([
  'is', 'was', 'became', 'becomes', 'remains', 'remained', 'been', 'become', 'named', 'appointed', 'elected',
  'as', 'nominated', 're-elected', 'reelected', 'sworn', 'installed', 'crowned', 'chosen',
]);
/** Heads whose "for X" names a constituency, part of the title ("MP for West Ham"). */
export const constituencyHeads = new Set(['mp', 'mep', 'msp', 'mla', 'mpp', 'member', 'congressman', 'congresswoman', 'senator', 'representative', 'assemblyman', 'assemblywoman', 'councillor', 'councilor']);

export const placePrepositions = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'throughout', 'around', 'into', 'between', 'within', 'towards', 'toward']);

/** Heads that name an office only with a detail: "director" alone is usually a film director. */
export const needsComplement = new Set(['director']);

/** Words of the arts before "director": a film or stage director, not an office. */
export const artWords = new Set(['film', 'movie', 'films', 'movies', 'documentary', 'stage', 'theatre', 'theater', 'casting', 'music', 'video', 'art', 'artistic', 'creative', 'oscar', 'award']);
