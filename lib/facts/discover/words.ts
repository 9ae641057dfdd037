/**
 * Small word tables the candidate rules need beside the library's lexicon: titles that stand before a name, and
 * words that qualify a title. They describe how English news writes names, not any one story.
 */

/** Titles and roles written before a name: "President Ana Ruiz", "Fire Chief Tom Hale", "CEO Lena Ortiz". */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'ceo', 'cfo', 'chief', 'chairman', 'chairwoman',
  'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'senator', 'sen',
  'representative', 'rep', 'general', 'gen', 'commander', 'captain', 'capt', 'lieutenant', 'lt', 'colonel', 'col',
  'major', 'sergeant', 'sgt', 'officer', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice',
  'ambassador', 'envoy', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sheikh', 'emir', 'sultan', 'sir', 'dame',
  'lord', 'lady', 'commissioner', 'inspector', 'superintendent', 'consultant', 'analyst', 'pilot', 'head',
  'founder', 'coach', 'bishop', 'cardinal', 'rabbi', 'imam', 'father', 'sister', 'brother', 'deputy', 'speaker',
]);

/** Words that qualify a title and name nobody: "Acting President", "Prime Minister", "Foreign Minister". */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'acting', 'former', 'deputy', 'vice', 'interim', 'prime', 'first', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'transport', 'health', 'justice', 'home', 'state', 'executive', 'general', 'senior', 'assistant',
  'associate', 'managing', 'police', 'fire', 'then', 'late', 'new',
]);

/** Lower-case words that may stand inside a name: "Ministry of Land and Transport", "Leonardo da Vinci". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', 'for', 'the', 'de', 'del', 'della', 'da', 'di', 'do', 'dos', 'du', 'la', 'le', 'von', 'van', 'der',
  'den', 'al', 'bin', 'ibn', 'y', '&',
]);

/** Abbreviated countries the library's lexicon does not hold. */
export const COUNTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(['u.s.', 'us', 'u.k.', 'uk', 'eu', 'u.n.', 'un', 'uae', 'usa']);

/** Company-form endings: "Jeju Air Co." is "Jeju Air". */
export const COMPANY_FORMS: ReadonlySet<string> = new Set(['co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh']);

/** Last words that make a name an organisation: "Harbour Safety Board", "Northwind Air", "Coast Guard". */
export const ORGANISATION_ENDINGS: ReadonlySet<string> = new Set([
  'agency', 'ministry', 'department', 'committee', 'commission', 'board', 'council', 'assembly', 'parliament',
  'senate', 'congress', 'court', 'office', 'authority', 'administration', 'service', 'services', 'police', 'army',
  'navy', 'force', 'forces', 'guard', 'bank', 'university', 'college', 'school', 'hospital', 'institute', 'center',
  'centre', 'corporation', 'company', 'group', 'association', 'union', 'party', 'foundation', 'airlines', 'airline',
  'airways', 'air', 'railways', 'lines', 'news', 'times', 'post', 'bureau', 'unit', 'team', 'club',
]);

/** Last words that make a name a place or building: "Eastport Airport", "Lake Province", "Grand Hotel". */
export const PLACE_ENDINGS: ReadonlySet<string> = new Set([
  'airport', 'airbase', 'base', 'province', 'county', 'district', 'city', 'town', 'village', 'island', 'islands',
  'sea', 'ocean', 'river', 'lake', 'bay', 'gulf', 'mountain', 'mountains', 'valley', 'square', 'street', 'avenue',
  'road', 'bridge', 'station', 'port', 'harbour', 'harbor', 'hotel', 'hall', 'tower', 'stadium', 'building',
  'palace', 'region', 'state', 'prefecture', 'peninsula', 'strait', 'canal', 'park', 'plant', 'mine', 'dam',
]);

/** Tags of the library's lexicon that make a word a common one, never a maker's name before a model number. */
export const COMMON_WORD_TAGS: ReadonlySet<string> = new Set([
  'Month', 'WeekDay', 'Date', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Value',
  'QuestionWord', 'Verb', 'PastTense',
]);

/**
 * Head nouns that make a phrase too general to be a story's term: groups of people (counted by figures, not
 * named), the event itself ("plane crash"), the vehicle (the flight is an entity already), times and places of
 * any story ("local time", "crash site").
 */
export const GENERAL_HEADS: ReadonlySet<string> = new Set([
  'people', 'persons', 'members', 'member', 'attendants', 'attendant', 'teams', 'team', 'workers', 'worker',
  'officials', 'official', 'crew', 'crews', 'passengers', 'passenger', 'victims', 'victim', 'families', 'family',
  'relatives', 'residents', 'survivors', 'survivor', 'authorities', 'investigators', 'firefighters', 'rescuers',
  'police', 'troops', 'soldiers', 'staff', 'personnel', 'employees', 'experts', 'witnesses', 'reporters',
  'crash', 'crashes', 'accident', 'accidents', 'incident', 'incidents', 'disaster', 'disasters', 'tragedy',
  'attack', 'attacks', 'collision', 'explosion', 'fire', 'fires', 'blaze', 'catastrophe', 'emergency', 'event',
  'events', 'plane', 'planes', 'jet', 'jets', 'aircraft', 'airliner', 'airliners', 'flight', 'flights', 'ship',
  'vessel', 'ferry', 'train', 'bus', 'car', 'truck', 'helicopter', 'time', 'times', 'day', 'days', 'hours', 'hour',
  'minutes', 'minute', 'morning', 'evening', 'night', 'week', 'weeks', 'year', 'years', 'site', 'scene', 'area',
  'toll', 'statement', 'report', 'reports', 'conference', 'briefing', 'meeting', 'cause', 'causes', 'number',
]);
