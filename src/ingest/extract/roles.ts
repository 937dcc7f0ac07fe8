import { actorNouns, firstNames, isCommonWord, lastNames, verbWords } from './lexicon.ts';
import type { Mention, PersonRecord } from './person-record.ts';

// Role vocabulary: the head nouns that make a phrase a title or office, the modifiers that may precede
// them, and the words that mark relations which are not roles (family, counterpart).

/** Abbreviated ranks and titles ("Gen.", "Lt. Gen.", "Adm.", "Gov."): a title before a name; the period does not end it. */
export const rankAbbreviations: ReadonlySet<string> = new Set([
  'gen',
  'adm',
  'col',
  'maj',
  'capt',
  'brig',
  'cmdr',
  'sgt',
  'lt',
  // The AP's abbreviated civil titles ("Gov. Ray Tolliver", "Lt. Gov. X", "Rep. Y"); not "Sen.", which as a title
  // head would split "Chea Sen".
  'gov',
  'rep',
  // "the Rev. Ola Berg": a minister of a church, as "Pastor" is (the golds keep "Rev." as the role).
  'rev',
]);
function militaryRankAbbreviations(): string[] {
  // "Lt." only qualifies another rank ("Lt. Gen.", "Lt. Col."): a modifier, not a head.
  return [...rankAbbreviations].filter((w) => w !== 'lt' && w !== 'rev');
}

/** Title heads that can stand right before a name ("President Liu", "Pope Leonides", "first lady Maria"). */
export const titleHeads = new Set([
  'president',
  'vice-president',
  'premier',
  'minister',
  'secretary',
  'secretary-general',
  'general',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'empress',
  // Cambodia's retired king and his queen ("the late King-Father X", "Y, Queen-Mother of Cambodia").
  'king-father',
  'queen-mother',
  'pope',
  'prince',
  'princess',
  // Royal dukedoms ("Prince X, Duke of Kent", "Y, Duchess of Kent").
  'duke',
  'duchess',
  // A monarch's spouse by the style of the reign ("Queen Consort X", "Prince Consort Y").
  'consort',
  // Spain's and Portugal's royal children ("Infanta Clara").
  'infanta',
  'infante',
  'emir',
  'sultan',
  // Malaysia's King by his state's style, "Al-Sultan" ("the Yang di-Pertuan Agong Al-Sultan X"), a title as "Sultan" is.
  'al-sultan',
  // "Deputy Ruler of Abu Dhabi", "Ruler of Sharjah": an emirate's ruler.
  'ruler',
  // Saudi Arabia's king, "Custodian of the Two Holy Mosques".
  'custodian',
  // Britain's "Lord Privy Seal" (round 49): a minister's office, not a peer named Privy Seal.
  'seal',
  'patriarch',
  'director',
  'director-general',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'councilor',
  'councillor',
  'leader',
  'ambassador',
  // "Chargé d'Affaires X": an embassy's head in an ambassador's absence (the elided article is one token; the
  // accented first word is no body's name either).
  'chargé',
  "d'affaires",
  'd’affaires',
  'envoy',
  // "European Union mediator X", "the UN's chief mediator Y": one who brokers talks for a body or a country.
  'mediator',
  // A UN human-rights mandate holder ("UN Special Rapporteur X", "Special Rapporteur on Iran Y").
  'rapporteur',
  'representative',
  // "Palestinian Permanent Observer X": a non-member's envoy to the UN.
  'observer',
  // "India's G20 Sherpa X": a leader's envoy who prepares a summit.
  'sherpa',
  // "Presidential Aide X" (capitalised, as TASS writes it); "Apostolic Prefect of Y", a church's head in a territory.
  'aide',
  'prefect',
  'governor',
  // "Governor-General X": the Crown's representative in Australia, Canada, New Zealand and other realms.
  'governor-general',
  'mayor',
  // "FEMA Administrator X", "NASA Administrator Y".
  'administrator',
  // "Comptroller of the Royal Household X": the head of a palace's or a state's household or accounts.
  'comptroller',
  // Heads of a coast guard, a military academy or a police force ("Coast Guard Commandant X").
  'commandant',
  // The head of a state or city police force ("State Police Superintendent X"), or of a school district.
  'superintendent',
  'senator',
  'speaker',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'commissioner',
  // "former ombudsman X", "the country's ombudsman, Y": a state's office for citizens' complaints.
  'ombudsman',
  'ombudsperson',
  'chief',
  'lady',
  'advisor',
  'adviser',
  'counselor',
  // British spelling: Myanmar's "State Counsellor X", a government's "Chief Counsellor".
  'counsellor',
  'commander',
  'commander-in-chief',
  'inspector-general',
  'constable',
  'justice',
  'judge',
  'archbishop',
  'bishop',
  'cardinal',
  'ayatollah',
  // "Hojatoleslam X": the rank of a Shiite cleric below an ayatollah, which Iran's agencies put before a president's
  // or a minister's name.
  'hojatoleslam',
  // "Mullah X": the style of a Muslim cleric, which Afghan and Iranian leaders carry.
  'mullah',
  'lama',
  'staff',
  'coordinator',
  'prosecutor',
  'marshal',
  // The supreme rank of the war years' commanders ("Generalissimo X" of China, of the Soviet Union, of Spain).
  'generalissimo',
  // A Soviet people's commissar, the minister of the years before 1946 ("Foreign Commissar X").
  'commissar',
  'admiral',
  // A naval rank between captain and rear admiral ("Commodore X", a coast guard's spokesman).
  'commodore',
  // The rank below a deputy minister in the Philippines ("Foreign Affairs Undersecretary X") and in a US department.
  'undersecretary',
  'under-secretary',
  // A navy's ratings ("Seaman X", Britain's "Able Seaman Y" and "Leading Seaman Z", and its "Operator Maintainer W",
  // a rating of the warfare branch).
  'seaman',
  'maintainer',
  'colonel',
  'captain',
  'lieutenant',
  'sergeant',
  'professor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sir',
  'dame',
  'lord',
  'congressman',
  'congresswoman',
  // "X, a state assemblyman from Queens": a member of a state's assembly, as "congressman".
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'lawmaker',
  // "top legislator X", "state legislator Y": a member of a legislature, as "lawmaker".
  'legislator',
  // "NPP parliamentarian X": a member of a parliament, as "lawmaker".
  'parliamentarian',
  // Members of a parliament or a state assembly, by their initials ("Rajya Sabha MP X", "BJP MLA Y").
  'mp',
  'mla',
  // A prime minister by the initials ("PM Tran Van Nam", "PM Nam"); after a clock time, "PM" is the time's.
  'pm',
  // A foreign minister by the initials, as VNA and South Asian copy write them ("Deputy FM Tran Hai", "FM Shah").
  'fm',
  // A national security adviser by the initials, as South Asian copy writes them ("NSA X", "Pakistan's NSA Y").
  'nsa',
  'ceo',
  'founder',
  'head',
  'deputy',
  'delegate',
  'negotiator',
  'mufti',
  'imam',
  'rabbi',
  'consul',
  'consul-general',
  'attorney',
  'attorney-general',
  // South Asian courts' title for a lawyer ("Senior Advocate X", "advocate Y of the legal aid body").
  'advocate',
  'officer',
  'president-elect',
  'executive',
  'registrar',
  'rector',
  // A British or Commonwealth university's head ("University of Leeds Principal X").
  'principal',
  'lecturer',
  // Malaysia's "Menteri Besar", the chief minister of a state ("Johor Menteri Besar X").
  'besar',
  // Malaysia's king, "Yang di-Pertuan Agong" ("the Agong").
  'agong',
  // Ireland's prime minister, deputy prime minister and the Dáil's chair ("Ceann Comhairle X").
  'taoiseach',
  'tánaiste',
  'tanaiste',
  'comhairle',
  // Pakistan's "PML-N Quaid X": a party's leader.
  'quaid',
  // "Pastor X", a minister of a church (also a lawmaker's name on the ballot in Brazil); "the Rev. X".
  'pastor',
  'rev',
  // An Orthodox church's senior bishop ("Metropolitan Seraphim"), as "Patriarch" is its head.
  'metropolitan',
  // Military ranks as written before a name, abbreviated with a period ("Gen. Kim", "Adm. Samuel Hart").
  ...militaryRankAbbreviations(),
  // Occupations written before a name like a title ("swimmer Pan Xiaoyu", "pianist Lang Ming").
  'swimmer',
  'athlete',
  'footballer',
  'cyclist',
  'gymnast',
  // Badminton's player ("national shuttler Tan Boon Wei").
  'shuttler',
  'skater',
  'pianist',
  'violinist',
  'conductor',
  'singer',
  'actor',
  'actress',
  // A broadcaster's ("talk show host X", "radio host Y", "Fox News host Z"); no other host, an event's or a verb
  // ("summit host W", "with host President V", "will host U"): hostNoTitle in names.ts.
  'host',
  // An almanac's birthday line ("Today's birthdays: Supermodel X is 45. Comedian Y is 60.").
  'supermodel',
  'comedian',
  'musician',
  'novelist',
  // "Opposition figure X": a public figure named by the side they stand on.
  'figure',
  'astronaut',
  'cosmonaut',
  'taikonaut',
  'scientist',
  // Positions in a team ("Striker Oh Min-gyu", "midfielder Lee Tae-won"); not "forward", which reads as an
  // adverb before a name ("put forward President X's initiative"), nor "coach", also a bus ("head coach" is
  // read as an occupation after "head").
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'skipper',
  'left-back',
  'right-back',
  // "substitute Ana Ruiz scored the winner": a player who came on.
  'substitute',
  'full-back',
  'centre-back',
  'center-back',
  // "its English translator X", "interpreter X": a writer's or a speaker's.
  'translator',
  'interpreter',
  // More sports written before a name like a title ("weightlifter X", "sprinter Y", "judoka Z"); not "archer" or
  // "boxer", which are surnames too ("Prime Minister Daniel Archer").
  'weightlifter',
  'sprinter',
  'judoka',
  'fencer',
  'rower',
  // Cricket's ("Pakistan paceman X", "leg-spinner Y"); not "bowler", a surname too.
  'cricketer',
  'batsman',
  'paceman',
  'spinner',
  'leg-spinner',
  'wicketkeeper',
  'all-rounder',
  // Australia's finance minister ("Treasurer X"), and a party's or a body's.
  'treasurer',
  // "Pope Emeritus X", "Emperor Emeritus Y": a retired office's holder, still addressed by it.
  'emeritus',
  // Bhutan's king ("the Druk Gyalpo", "His Majesty The Fourth Druk Gyalpo X"), prime minister ("Lyonchhen X") and
  // ministers ("Lyonpo Y"), as Kuensel and BBS write them in English.
  'gyalpo',
  'lyonchhen',
  'lyonpo',
]);
// British and China Daily spelling hyphenates the "vice" of a title ("Vice-Premier He Wenjun", "Vice-Minister of
// Finance Guo Ming", "Vice-Mayor Tang Yuan"): the same title heads.
for (const head of [...titleHeads]) if (!head.includes('-')) titleHeads.add(`vice-${head}`);
// Hyphenated ranks ("Major-General X", "Lieutenant-Colonel Y", West Africa's "Colonel-Major Z", the Russian
// "Colonel-General"): each a title head as written, like "Lieutenant General".
const RANK_PARTS = ['major', 'lieutenant', 'brigadier', 'colonel', 'general'];
for (const first of RANK_PARTS)
  for (const second of RANK_PARTS) if (first !== second) titleHeads.add(`${first}-${second}`);
// "Ambassador-designate of Chile X", "Prime Minister-designate Y": appointed, not yet in office.
for (const head of [...titleHeads]) if (!head.includes('-')) titleHeads.add(`${head}-designate`);

const GENERIC_ACTORS = new Set([
  'anybody',
  'baby',
  'beings',
  'boy',
  'child',
  'citizen',
  'citizens',
  'friend',
  'enemy',
  'girl',
  'god',
  'goddess',
  'ghost',
  'dude',
  'fella',
  'genius',
  'character',
  'customer',
  'boogeyman',
  'apparition',
  'deity',
  'bro',
  'bros',
  'chum',
  'dork',
  'guy',
  'man',
  'woman',
  'people',
  'person',
  'kid',
  'lady',
  'gentleman',
  'first lady',
  // "X, 35, a native of Mexico who lived in Baltimore": where someone is from or lives is no role.
  'native',
  'natives',
  'inhabitant',
  'inhabitants',
  'denizen',
  'dweller',
]);

/** Heads accepted only inside an appositive ("Takeo Ikeda, ... lead person of ..."): ours plus compromise's Actor nouns. */
export const appositiveHeads = new Set([
  ...actorNouns.filter((w) => !GENERIC_ACTORS.has(w)),
  ...titleHeads,
  'member',
  'observer',
  'person',
  'executive',
  'president',
  'vice',
  'lawyer',
  'economist',
  'expert',
  'scholar',
  'researcher',
  'analyst',
  'dean',
  'fellow',
  'candidate',
  'nominee',
  // "X, Biden's pick for ambassador to China": a leader's nominee.
  'pick',
  'manager',
  'administrator',
  'editor',
  'editor-in-chief',
  'commander-in-chief',
  'correspondent',
  'commissar',
  // "Kyaw Min Thein, a senior official of its foreign ministry".
  'official',
  'premier',
  'monarch',
  'pontiff',
  'chairperson',
  'secretary',
  // Posts in sport, the press and the law that compromise's Actor nouns lack ("Norwegian striker",
  // "presidential aide", "lead counsel").
  'striker',
  'forward',
  'midfielder',
  'defender',
  'winger',
  'coach',
  'aide',
  'counsel',
  'novelist',
  'engineer',
  'educator',
  'educationist',
  // "X, convener of the party caucus in the legislature": who calls a caucus or a group together.
  'convener',
  'convenor',
  // A royal household's officers ("X, grand steward of the household agency", "the court's chamberlain, Y").
  'steward',
  'chamberlain',
  // "a Georgian dissident, X,", "cleric X": who opposes a state, who serves a faith.
  'dissident',
  'cleric',
  // "X, a Korean-American missionary from …": who is sent abroad to preach a faith or run its works.
  'missionary',
  // "X, a caregiver who had been working at …": who looks after the old or the sick in a home.
  'caregiver',
  // "student X", "X, a high school student from …": who studies at a school or a university.
  'student',
  // "paramedic X, 27,": who gives first aid in an ambulance or with a rescue service.
  'paramedic',
  // "Japanese star X", "Finnish veteran Y": a film's, a team's or a stage's name to know, or one long in the trade.
  'star',
  'veteran',
  // "jazz legend X": one long famous in their art or sport; "judo great Y", "the American sprint great Z" too.
  'legend',
  'great',
  // The stage's voices and the field's throwers and sliders ("Russian soprano X", "discus thrower Y", "South Korean
  // bobsledder Z"), which compromise's Actor nouns lack.
  'soprano',
  'mezzo-soprano',
  'tenor',
  'baritone',
  'thrower',
  'bobsledder',
  // Broadcasters who interview the people of a story ("CGTN anchor X").
  'anchor',
  'presenter',
  'moderator',
  // Who makes a following online ("influencer X", "a popular blogger, Y,").
  'influencer',
  'blogger',
  'vlogger',
  'podcaster',
]);

// "X, co-leader of the party", "co-chair of the panel", "Netflix co-CEO Y": a post shared by two.
for (const head of [
  'leader',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'founder',
  'president',
  'ceo',
])
  appositiveHeads.add(`co-${head}`);

/** Actor nouns that are no occupation or post ("Chinese phrase X", "fellow Kenyan"). */
const NOT_OCCUPATIONS = new Set([
  'phrase',
  'population',
  'user',
  'soul',
  'spirit',
  'human',
  'person',
  'vice',
  'fellow',
]);
/** "paleoanthropologist", "primatologist", "violinist": the suffixes of occupations. */
const OCCUPATION_SUFFIX = /^[a-z]{4,}(?:ist|ologist|ician)$/;

/**
 * A lower-case occupation or post that reads as a title right before a name when a nationality, a body or a
 * title word precedes it ("Norwegian striker", "Xinhua reporter", "presidential aide"): an appositive head that
 * is not a relation, or a word with an occupation's suffix that is not a verb ("insist").
 */
export function isOccupation(lower: string): boolean {
  if (appositiveHeads.has(lower)) return !relationWords.has(lower) && !NOT_OCCUPATIONS.has(lower);
  return OCCUPATION_SUFFIX.test(lower) && !verbWords.has(lower);
}

/** Lower-case words that may appear inside a title before a name ("presidential chief of staff"). */
export const titleModifiers = new Set([
  'lt',
  'former',
  'acting',
  'interim',
  // "caretaker Prime Minister X": one who stays in office until a successor is sworn in.
  'caretaker',
  'deputy',
  // Indonesia's "Coordinating Minister for …".
  'coordinating',
  // Malaysia's "Yang di-Pertuan Agong" (the king) and "Yang di-Pertua Negeri" (a state's governor).
  'di-pertuan',
  'di-pertua',
  // The first words of "Menteri Besar" and "Ceann Comhairle", no body of their own ("Johor Menteri Besar X").
  'menteri',
  'ceann',
  // "Druk Gyalpo", Bhutan's king ("Dragon King"): the first word, no body of its own before the title.
  'druk',
  'vice',
  'chief',
  'senior',
  'first',
  'prime',
  'foreign',
  'defense',
  'defence',
  'state',
  'presidential',
  'executive',
  'permanent',
  'special',
  'general',
  'national',
  'security',
  // "the president's arms control adviser, X": arms control as a brief.
  'arms',
  'control',
  'of',
  'affairs',
  'external',
  'top',
  'crown',
  'supreme',
  'grand',
  'royal',
  'honorary',
  'assistant',
  'associate',
  'principal',
  'finance',
  'trade',
  'commerce',
  'interior',
  'home',
  'justice',
  'defence',
  'lead',
  'high',
  'late',
  'press',
  // "Hamas political chief", "the army's military spokesman", "Kremlin foreign policy aide".
  'political',
  'military',
  // "the Revolutionary Guards naval commander X": a force's arm at sea, as "military" is its whole.
  'naval',
  'policy',
  // "intelligence chief X", "foreign ministry spokeswoman Y" (not "government": "the government of Prime Minister Z").
  'intelligence',
  'ministry',
  // "head coach Hong Sang-woo", "head teacher".
  'head',
  // Participles that open a title ("managing director of the IMF", "presiding judge").
  'managing',
  'presiding',
  'founding',
  // "a retired Navy admiral", "retired Colonel X": an office or a rank held until retirement, as "former" says.
  'retired',
]);

/** Words after "Secretary of"/"Minister of" that belong to the title ("Secretary of State Daniel Mercer"). */
export const departmentWords = new Set([
  // France's "Minister for Europe and Foreign Affairs", Britain's "Minister for Europe": a portfolio, not a place.
  'europe',
  'state',
  'defense',
  'defence',
  'treasury',
  'commerce',
  'energy',
  'agriculture',
  // The Soviet Union's "Minister of State Farms" (the sovkhozes), beside its agriculture ministry.
  'farms',
  'labor',
  'labour',
  // "Minister of Labour and Foreign Employment" (South Asian governments' ministry for workers abroad).
  'employment',
  'health',
  // "Asylum and Migration Minister X", "Immigration Minister Y".
  'asylum',
  'migration',
  'immigration',
  'education',
  'interior',
  'justice',
  'transportation',
  'finance',
  'economy',
  'homeland',
  'foreign',
  'external',
  'war',
  'veterans',
  'housing',
  // "Minister for Trade and Industry", "Minister of Public Security", "Minister for Home Affairs".
  'affairs',
  'trade',
  'industry',
  'home',
  'public',
  'security',
  // "Director of National Intelligence X", "Director of Central Intelligence Y" (the CIA's head until 2005), "Minister
  // of Intelligence Z": a portfolio, not the first words of a name.
  'intelligence',
  'central',
  'national',
  'development',
  'culture',
  'tourism',
  'transport',
  'communications',
  'information',
  'environment',
  'science',
  // "Research and Technology Minister X" (Indonesia's), "Minister of Higher Education and Research".
  'research',
  'technology',
  'manpower',
  // "Minister of Natural Resources", "Minister of Water Resources", "Minister of Emergency Management".
  'natural',
  'resources',
  'water',
  'emergency',
  'management',
  // "State Minister for Disaster Management and Relief X", "Minister of Relief and Rehabilitation".
  'disaster',
  'relief',
  'ecology',
  'civil',
  'human',
  'social',
  'welfare',
  // "Minister of Health and Social Protection", "Director General of Civil Protection".
  'protection',
  'infrastructure',
  'planning',
  // "Coordinating Minister for Economic Affairs"; "Deputy Foreign Minister for Political (Legal, Consular) Affairs".
  'economic',
  'political',
  'legal',
  'consular',
  // "Financial Secretary", "Secretary for Financial Services and the Treasury" of Hong Kong's government.
  'financial',
  'services',
  // "Minister of Public Works", "Public Works and Public Housing Minister X".
  'works',
  'investment',
  'mines',
  'petroleum',
  'fisheries',
  'sports',
  'youth',
  // "Chief of Army Staff", "Chief of Defence Staff", "Chief of Naval Operations".
  'army',
  'naval',
  'staff',
  'operations',
  // "Union Minister of Road Transport and Highways", "Minister of Railways", "Minister of Civil Aviation".
  'road',
  'roads',
  'highways',
  'railways',
  'shipping',
  'waterways',
  'aviation',
  'ports',
  'power',
  'rural',
  'urban',
  // "Chancellor of the Exchequer", "Leader of the Opposition", "Minister of the Interior": after "of the".
  'exchequer',
  'opposition',
  // The EU's "High Representative for Foreign Affairs and Security Policy"; "Coordinating Minister for Economic
  // Policies" (Singapore).
  'policy',
  'policies',
  // "Head of Government Karim Bennani": Morocco's (and Monaco's, Andorra's) prime minister.
  'government',
  // "Cabinet Secretary for Foreign and Diaspora Affairs" (Kenya), "Minister of Diaspora" (West Africa).
  'diaspora',
  // Egypt's "Minister of Foreign Affairs and Emigration" (formerly "… and Egyptian Expatriates").
  'emigration',
  'expatriates',
  // "Minister for Information and Broadcasting" (South Asia); "Inspector-General of Police", "Minister of Police".
  'broadcasting',
  'police',
  // Pakistan's "Federal Minister for Finance and Revenue", India's "Minister of State for Revenue".
  'revenue',
  // Angola's "Minister of External Relations", South Africa's "Minister of International Relations and Cooperation".
  'relations',
  'international',
  'cooperation',
  // Peru's "Minister of Development and Social Inclusion"; South Africa's "Minister of Cooperative Governance and
  // Traditional Affairs", "… of Sport, Arts and Culture", "… of Justice and Correctional Services".
  'inclusion',
  'cooperative',
  'governance',
  'traditional',
  'correctional',
  'sport',
  'arts',
  // An envoy's brief: "Special Representative for Afghanistan Reconciliation", "… for International Negotiations".
  'reconciliation',
  'negotiations',
  // Climate and energy portfolios: "Special Presidential Envoy for Climate X", "Minister of Electricity and Renewable
  // Energy Y", "Special Envoy for International Climate Action", "Minister for the Ecological Transition", "Vice
  // Minister for Climate Policy", "Minister of Environment and Forestry", "Minister of Energy and Mineral Development".
  'climate',
  'change',
  'forest',
  'electricity',
  'renewable',
  'ecological',
  'transition',
  'action',
  'forestry',
  'forests',
  'mineral',
  'minerals',
  'oceans',
  // "Minister of the Armed Forces X" (France's), "Minister of People's Armed Forces Y" (North Korea's defence minister,
  // by its ministry's name until 2016 and again from 2021): the forces as a portfolio, no body's name before a name.
  'armed',
  'forces',
  // "Under Secretary for Arms Control and International Security Y", "Ambassador for Disarmament Z", "Special
  // Representative for Nuclear Nonproliferation W", "Minister of Nuclear Energy V": arms control's and the atom's
  // portfolios.
  'arms',
  'control',
  'disarmament',
  'nonproliferation',
  'non-proliferation',
  'nuclear',
  // "Deputy Director General for Safeguards X": the atomic agency's inspections department.
  'safeguards',
  // "High Commissioner for Refugees X", "High Commissioner for Human Rights Y", "Minister of Refugees and
  // Repatriation Z": the UN's two high commissioners' remits and a ministry for the displaced.
  'refugees',
  'rights',
  'repatriation',
]);
// "Secretary of State-designate X": the nominee's mark on the department's word, as on a head ("Prime
// Minister-designate Y").
for (const w of [...departmentWords]) departmentWords.add(`${w}-designate`);

/** The Arab style "Sheikh" in its spellings (Gulf News and Bahrain's agency write "Shaikh"). */
export const SHEIKH_STYLES: ReadonlySet<string> = new Set(['sheikh', 'sheik', 'shaikh']);

/** Honorifics that sit between a title and a name and belong to neither ("President Sheikh Omar"). */
export const honorifics = new Set([
  ...SHEIKH_STYLES,
  // A Gulf royal woman's style ("Sheikha Noor bint Ali Al-Thani"), the feminine of "Sheikh".
  'sheikha',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lord',
  'madame',
  'madam',
  'mme',
  // The Communist parties' form of address ("Comrade Gao Pinggang"): a name, no role.
  'comrade',
  // Swahili "teacher", the honorific of Tanzania's founding president ("Mwalimu Joseph Mrema").
  'mwalimu',
  // Malaysian honours and Burmese "Daw" ("Datuk Seri Rahman Aziz", "Daw Khin Myat Noe").
  'datuk',
  'dato',
  'datin',
  'daw',
  // "Datuk Seri Utama" (the higher grade of "Datuk Seri"); "Tengku", a Malay royal title before the honours.
  'utama',
  'tengku',
  // "Tuanku X" (a Malay ruler, the King among them), "Tunku X" (a prince); Khmer "Samdech", the highest style.
  'tuanku',
  'tunku',
  'samdech',
  // "Sultan Haji Rashid Mahmud": the title of a Muslim who has made the pilgrimage, in Brunei and Malaysia.
  'haji',
  'hajjah',
  // Hindi "Shri"/"Smt."/"Sushri" of Indian official releases; Nigerian "Alhaji"/"Alhaja" (the pilgrimage); "Prof." and
  // "Engr." of West African and South Asian styles ("Prof. Bola Akande", "Shri Ramesh Kulkarni").
  'shri',
  'smt',
  // Tamil "Thiru"/"Tmt." (Mr., Mrs.) of Tamil Nadu's and India's releases ("Thiru R. Kannan, Chief Minister").
  'thiru',
  'thirumathi',
  'tmt',
  'shrimati',
  'sushri',
  'alhaji',
  'alhaja',
  // Hausa "Malam"/"Mallam" (a learned man, "Mr."), in Nigerian official styles ("the NSA, Malam Bello Garba").
  'malam',
  'mallam',
  'prof',
  'engr',
  // "Hon. Femi Adeyemi": the style of a legislator or minister in Nigerian, Ghanaian and Kenyan official styles.
  'hon',
  // "the Honorable X", "the Honourable Y": the style spelled out, as foreign ministries' readouts write it.
  'honorable',
  'honourable',
  // "H.E. Idriss Ali Mahamat": "His (or Her) Excellency", abbreviated in African and Gulf official styles.
  'h.e.',
  // "Sayyid Talal Albusaidi", "Sayyed Kamal Zaher": the style of Oman's ruling family and of Shiite clerics.
  // (Iran's "Seyed Hamid Rezaei" and Pakistan's "Syed Tariq Qureshi" write it as part of the name.)
  'sayyid',
  'sayyed',
  // Fijian "Ratu", a chief's style ("President Ratu Joeli Vakacegu", "Ratu Joeli" alone later): a name, no role.
  'ratu',
  // South Asian styles of a woman: Urdu and Bengali "Begum" ("Begum Nasreen Akhtar", "Begum Akhtar" later) and Urdu
  // "Mohtarma" (respected lady: "Prime Minister Mohtarma Sadia Orvane"); the British peeress's "Baroness" ("Baroness
  // Penrose" for Jane Penrose), as "Lord" is the peer's.
  'begum',
  'mohtarma',
  'baroness',
  // Bengali "Bangabandhu" (Friend of Bengal), a style before a name as "Mahatma" is not: "Bangabandhu Sheikh X".
  'bangabandhu',
]);

/**
 * Khmer styles that follow "Samdech" before a name ("Samdech Akka Moha Sena Padei Techo X", "Samdech Moha Borvor
 * Thipadei Y"): honorifics only in that chain, since "Sena" or "Moha" may open a name elsewhere.
 */
export const KHMER_STYLE_WORDS: ReadonlySet<string> = new Set([
  'akka',
  'moha',
  'sena',
  'padei',
  'techo',
  'borvor',
  'thipadei',
  'vibol',
  'pichey',
  'krolahom',
  // The royal styles ("Preah Bat Samdech Preah Boromneath X", the King; "Samdech Preah Akka Moheseyi Y", the Queen
  // Mother): "Preah" (sacred) opens them with "Bat" as "Samdech" does.
  'preah',
  'boromneath',
  'moheseyi',
  'reach',
]);

/**
 * Styles of royals and clerics that may follow an office ("Energy Minister Prince X", "Supreme Leader Ayatollah Y"):
 * a rank many hold at once, not an office of one country.
 */
export const PERSONAL_STYLES: ReadonlySet<string> = new Set([
  'prince',
  'princess',
  'ayatollah',
  'grand ayatollah',
  'hojatoleslam',
  'mullah',
  'cardinal',
  'archbishop',
]);

/**
 * Styles abbreviated, with or without stops: "HM King X", "HH Sheikh Y", "H.E. Z", "HRH Prince W" — no name's first
 * word, and no body's acronym.
 */
export const STYLE_ABBREVIATIONS: readonly string[] = ['hm', 'hh', 'hrh', 'h.h.', 'h.m.', 'h.e.', 'h.r.h.'];

/** Styles of address after "His"/"Her" ("His Holiness", "Her Majesty"): never a body or a place. */
export const STYLES: ReadonlySet<string> = new Set([
  'highness',
  'majesty',
  'excellency',
  'holiness',
  'eminence',
  'beatitude',
]);

/**
 * Malaysian honours whose words are also names or English words ("Tan", "Sri", "Tun"): an honorific only as a
 * pair, the first word followed by one of the given second words ("Tan Sri", "Datuk Seri", "Tun Dr").
 */
export const honorificPairs = new Map<string, ReadonlySet<string>>([
  ['tan', new Set(['sri'])],
  ['puan', new Set(['sri'])],
  ['toh', new Set(['puan'])],
  // "Tun Tengku Amira": the highest federal honour before a royal title.
  ['tun', new Set(['dr', 'sri', 'tengku'])],
  ['datuk', new Set(['seri', 'sri'])],
  ['dato', new Set(['seri', 'sri'])],
  ['datin', new Set(['seri', 'sri', 'paduka'])],
  // Khmer "Preah Bat" (the King's style, before "Samdech"); "Rt Hon President X", Nepal's and the Commonwealth's
  // "Right Honourable".
  ['preah', new Set(['bat'])],
  ['rt', new Set(['hon'])],
  // Styles of rulers, royals, clerics and envoys ("His Highness Sheikh Omar", "Her Majesty Queen …"):
  // "His"/"Her" is an honorific only before one of these.
  ['his', STYLES],
  ['her', STYLES],
]);

/** Relations that are not roles ("his father", "the younger sister of", "counterpart"). */
export const relationWords = new Set([
  'father',
  'mother',
  'son',
  'daughter',
  'wife',
  'husband',
  'sister',
  'brother',
  'widow',
  'widower',
  'spouse',
  'uncle',
  'aunt',
  'cousin',
  'nephew',
  'niece',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
  // "One of his sons, X, was arrested": one of several children or siblings.
  'sons',
  'daughters',
  'brothers',
  'sisters',
  'counterpart',
  'friend',
  // "his former girlfriend X", "his late colleague Y", "her political mentor": ties to another person, not posts.
  'girlfriend',
  'boyfriend',
  'fiancee',
  'colleague',
  'mentor',
  // "X, a close ally of Y,": a political friend, no post.
  'ally',
]);

/**
 * Occupations that name a companion in life after a possessive pronoun ("with his partner X"): a tie to another
 * person there, no post ("a partner at the firm" still is one).
 */
export const personalTies = new Set(['partner', 'companion']);

export const femaleWords = new Set([
  'lady',
  'queen',
  'princess',
  'duchess',
  'infanta',
  'empress',
  'chairwoman',
  'spokeswoman',
  'congresswoman',
  'mrs',
  'ms',
  'madame',
  'dame',
  'wife',
  'mother',
  'sister',
  'daughter',
  'widow',
]);
export const maleWords = new Set([
  'king',
  'prince',
  'duke',
  'emperor',
  'pope',
  'patriarch',
  'chairman',
  'spokesman',
  'congressman',
  'mr',
  'sir',
  'lord',
  'sheikh',
  'shaikh',
  'emir',
  'sultan',
  'father',
  'brother',
  'son',
  'husband',
]);

/** Role words that give the person's country on their own. */
export const roleCountry = new Map<string, string>([
  ['pope', 'Vatican'],
  ['pontiff', 'Vatican'],
  // The Church's cardinals and its envoys and prelates abroad ("Apostolic Nuncio", "Apostolic Prefect of X").
  ['cardinal', 'Vatican'],
  ['apostolic', 'Vatican'],
  // Offices only one country has ("Chancellor of the Exchequer"; India's "Union Minister of …").
  ['exchequer', 'United Kingdom'],
  ['union minister', 'India'],
  // The Soviet Union's ministers until 1946, its people's commissars ("Foreign Commissar X"); not a political
  // commissar of an army, the Chinese one's too.
  ['foreign commissar', 'Soviet Union'],
  ['defense commissar', 'Soviet Union'],
  ['defence commissar', 'Soviet Union'],
  ["people's commissar", 'Soviet Union'],
  ['people’s commissar', 'Soviet Union'],
  // A country's liberation movement and party named with no country in its name ("African National Congress deputy
  // president X" on a visit to New Delhi is South Africa's, not the host's).
  ['african national congress', 'South Africa'],
  // Bhutan's king and prime minister by their Dzongkha titles ("the Druk Gyalpo", "Lyonchhen X").
  ['druk gyalpo', 'Bhutan'],
  ['lyonchhen', 'Bhutan'],
  ['lyonpo', 'Bhutan'],
  // Malaysia's king and queen, "Yang di-Pertuan Agong" and "Raja Permaisuri Agong" (a British queen beside them at
  // the Games does not make them British).
  ['agong', 'Malaysia'],
  // Ireland's prime minister and deputy prime minister.
  ['taoiseach', 'Ireland'],
  ['tánaiste', 'Ireland'],
  ['tanaiste', 'Ireland'],
  // Saudi Arabia's king, "Custodian of the Two Holy Mosques".
  ['holy mosques', 'Saudi Arabia'],
  // Emirates whose name is their ruler's title ("Abu Dhabi Crown Prince", "ruler of Dubai").
  ['abu dhabi', 'United Arab Emirates'],
  ['dubai', 'United Arab Emirates'],
  ['sharjah', 'United Arab Emirates'],
  ['ajman', 'United Arab Emirates'],
  ['fujairah', 'United Arab Emirates'],
  // Film industries named for their country's ("Bollywood actor X" met on a visit is no visitor's compatriot).
  ['bollywood', 'India'],
  ['nollywood', 'Nigeria'],
]);

/**
 * Presidential residences whose name speaks for the government only as a possessive before an office ("Akorda's press
 * secretary X said"): elsewhere the name is a venue ("talks at the Akorda"), so it stays out of `institutionCountry`,
 * which would file it with the organisations.
 */
export const residenceCountry = new Map<string, string>([['akorda', 'Kazakhstan']]);

/** International campaign and aid groups, whose staff act for no country ("a climate adviser at Greenpeace"). */
export const INTERNATIONAL_NGO_RE =
  /\b(?:Greenpeace|Amnesty International|Human Rights Watch|Oxfam|WWF|World Wide Fund for Nature|Crisis Group|Médecins Sans Frontières|Doctors Without Borders|Save the Children|Transparency International)\b/;
export const ofInternationalNgo = (r: string) => INTERNATIONAL_NGO_RE.test(r);

/** Seats of government named for the government itself ("Kremlin spokesman", "White House press secretary"). */
export const institutionCountry = new Map<string, string>([
  ['kremlin', 'Russia'],
  ['white house', 'United States'],
  // South Korea's presidential office by its Korean name ("Cheong Wa Dae spokesman"; "Blue House" below).
  ['cheong wa dae', 'South Korea'],
  ['pentagon', 'United States'],
  ['elysee', 'France'],
  ['élysée', 'France'],
  ['downing street', 'United Kingdom'],
  ['whitehall', 'United Kingdom'],
  ['blue house', 'South Korea'],
  ['zhongnanhai', 'China'],
  ['quai d’orsay', 'France'],
  ["quai d'orsay", 'France'],
  ['chigi', 'Italy'],
  ['kantei', 'Japan'],
  ['bundestag', 'Germany'],
  // Space agencies named by a word rather than an acronym ("Roscosmos cosmonaut X").
  ['roscosmos', 'Russia'],
  ['knesset', 'Israel'],
  ['duma', 'Russia'],
  // Legislatures known by their own word ("Chairman of the State Great Hural", "Speaker of the Sejm").
  ['hural', 'Mongolia'],
  ['sejm', 'Poland'],
  ['storting', 'Norway'],
  ['riksdag', 'Sweden'],
  ['seimas', 'Lithuania'],
  ['saeima', 'Latvia'],
  ['folketing', 'Denmark'],
  ['eduskunta', 'Finland'],
  // Institutions a country's officials head ("Grand Imam of Al-Azhar").
  ['al-azhar', 'Egypt'],
  // National agencies known by their own words ("Federal Emergency Management Agency Administrator", "Roscosmos
  // chief", "former Mossad director").
  ['federal emergency management agency', 'United States'],
  ['roscosmos', 'Russia'],
  ['mossad', 'Israel'],
  ['bundeswehr', 'Germany'],
  // The US central bank, by its name or its short name ("Fed Chair", "Federal Reserve Governor").
  ['federal reserve', 'United States'],
  ['fed', 'United States'],
  // The US foreign ministry, which no other government calls so in English ("State Department spokesperson").
  ['state department', 'United States'],
  // Movements that govern or speak for a people without a seat of government of their own, or that arm one
  // country's party beside its government ("deputy secretary-general of Hezbollah" datelined Tehran).
  ['hamas', 'Palestine'],
  ['fatah', 'Palestine'],
  ['hezbollah', 'Lebanon'],
  ['islamic jihad', 'Palestine'],
  // "Deputy Leader of the Taliban", "the Taliban delegation … included X" ("Pakistani Taliban" keeps its nationality).
  ['taliban', 'Afghanistan'],
  // Iran's Islamic Revolutionary Guard Corps, by its usual short names ("Revolutionary Guards naval commander X").
  ['revolutionary guards', 'Iran'],
  ['revolutionary guard', 'Iran'],
  ['revolutionary guard corps', 'Iran'],
  // Britain's naval services, which no other navy is called without its country's name ("Royal Navy Captain X",
  // "Royal Marines Captain Y"; "Royal Australian Navy" names its own).
  ['royal navy', 'United Kingdom'],
  ['royal marines', 'United Kingdom'],
  // Ruling parties whose names hold an ambiguous country name ("Korea"), read as four words of a role.
  ["workers' party of korea", 'North Korea'],
  ['workers’ party of korea', 'North Korea'],
]);

/**
 * National agencies known by an acronym ("FEMA Administrator", "NASA chief", "former FBI director"), lower-cased; a
 * role word names one only when written in capitals ("Faa" or "Nasa" may be words or names).
 */
export const agencyCountry = new Map<string, string>([
  // The African National Congress by its acronym ("ANC President X").
  ['anc', 'South Africa'],
  ['fema', 'United States'],
  ['nasa', 'United States'],
  ['fbi', 'United States'],
  ['cia', 'United States'],
  ['fda', 'United States'],
  ['faa', 'United States'],
  ['usaid', 'United States'],
  ['ntsb', 'United States'],
  ['isro', 'India'],
  ['rcmp', 'Canada'],
  ['asio', 'Australia'],
  ['jaxa', 'Japan'],
  // North Korea's ruling party, "the WPK Central Committee".
  ['wpk', 'North Korea'],
  // "commanding officer of the frigate HMS Cornwall": Her Majesty's (His Majesty's) Ship, the Royal Navy's prefix.
  ['hms', 'United Kingdom'],
  // Iran's Islamic Revolutionary Guard Corps by its initials ("IRGC Navy commander X").
  ['irgc', 'Iran'],
]);

/** Hindi styles of Indian official releases before a name ("Shri", "Smt."); all are in `honorifics` too. */
export const HINDI_STYLES: ReadonlySet<string> = new Set(['shri', 'smt', 'shrimati', 'sushri']);

export const spokesWords = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** A role of the stage or the charts ("the US pop star", "British singer", "rapper"). */
const STAGE_ROLE = /\b(?:singer|pop star|rapper|musician|songwriter|performer|DJ)$/i;

/**
 * "Lady Gaga, the US pop star,": a peerage's "Lady" before one word is no title of a singer, rapper or pop star — it
 * is the first word of a stage name. The person takes the whole name; "Lady" leaves the roles.
 */
export function ladyStageNames(
  tokens: readonly { text: string }[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
): void {
  for (const p of people) {
    if (p.tokens.length !== 1 || !p.roles.includes('Lady') || !p.roles.some((r) => STAGE_ROLE.test(r)))
      continue;
    takeLadyIntoName(tokens, people, mentions, p);
  }
}

/**
 * "Sen. X was sworn in as Governor of Y", "the Senate President, Sen. Z": "Sen." before a name is how one who sat in a
 * senate is addressed; beside an office in capitals that the story gives them (a title head in it), it is that style,
 * as "Hon." would be, and no second role. Alone, or beside a party's or a panel's description ("Sen. W of Idaho, the
 * panel's ranking Republican"), it is the senator's title.
 */
export function dropSenatorStyles(
  tokens: readonly { text: string }[],
  people: readonly PersonRecord[],
): void {
  for (const p of people) {
    if (p.roles.length < 2 || !p.roles.includes('Sen.')) continue;
    if (!p.roles.some((r) => r !== 'Sen.' && capitalOffice(r))) continue;
    p.roles = p.roles.filter((r) => r !== 'Sen.');
    p.roleSpans = p.roleSpans.filter((s) => tokens[s.start]?.text !== 'Sen' || s.end !== s.start + 2);
  }
}

/** Whether a role holds a title head written in capitals ("Governor of Ondo", "Senate President"). */
export function capitalOffice(role: string): boolean {
  for (const w of role.split(' ')) {
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90 && titleHeads.has(w.toLowerCase())) return true;
  }
  return false;
}

/**
 * "President X Dale and his wife, Lady Wren Dale, walked behind …": a relative introduced as "Lady" before a word no
 * lexicon knows as a given name, a surname or an English word, then the surname of another person of the story, is
 * named "Lady Wren" — a given name — not a peer's daughter styled "Lady" (whose given name,
 * "Lady Anne Dale", the lexicons know). The person takes the whole name; "Lady" leaves the roles.
 */
export function ladyGivenNames(
  tokens: readonly { text: string }[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
): void {
  for (const p of people) {
    if (p.tokens.length !== 2 || p.relativeOf < 0 || !p.roles.includes('Lady')) continue;
    const given = (p.tokens[0] as string).toLowerCase();
    if (firstNames.has(given) || lastNames.has(given) || isCommonWord(given)) continue;
    const surname = p.tokens[1] as string;
    const kin = people[p.relativeOf];
    if (!kin || kin.tokens[kin.tokens.length - 1] !== surname) continue;
    takeLadyIntoName(tokens, people, mentions, p);
  }
}

/** "Lady" before p's name moves into it, at every mention that has it, and leaves p's roles. */
function takeLadyIntoName(
  tokens: readonly { text: string }[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  p: PersonRecord,
): void {
  let moved = false;
  for (const m of mentions) {
    if (m.kind !== 'name' || people[m.person] !== p || tokens[m.start - 1]?.text !== 'Lady') continue;
    m.start--;
    moved = true;
  }
  if (!moved) return;
  p.name = `Lady ${p.name}`;
  p.tokens = ['Lady', ...p.tokens];
  p.roles = p.roles.filter((r) => r !== 'Lady');
  p.roleSpans = p.roleSpans.filter((s) => tokens[s.start]?.text !== 'Lady' || s.end !== s.start + 1);
}

/**
 * "…, accompanied by Infanta X, congratulated coach A B and captain C D": a phrase opening with a past-tense verb
 * and holding another person's full name is the sentence's clause, not X's role; it is dropped ("special envoy of
 * President A B" keeps its name: it opens with no verb).
 */
export function dropClauseRoles(people: readonly PersonRecord[]): void {
  for (const p of people) {
    if (p.roles.length === 0) continue;
    for (let i = p.roles.length - 1; i >= 0; i--) {
      const r = p.roles[i] as string;
      const first = r.slice(0, r.indexOf(' ') >>> 0);
      if (!PAST_VERB.test(first) || titleModifiers.has(first)) continue;
      if (people.some((q) => q !== p && q.tokens.length > 1 && r.includes(` ${q.name}`)))
        p.roles.splice(i, 1);
    }
  }
}
const PAST_VERB = /^[a-z]{3,}ed$/;
