// Word lists the extractor looks words up in: compromise's lexicon (first names, places, countries,
// demonyms, organisations, org/place head words, verbs), read from lexicon-data.ts, which
// src/node/build-lexicon-data.ts derives from compromise (loading compromise itself takes most of a second),
// plus small hand tables for what that lexicon lacks (role head nouns, demonyms it misses, country short names).
import { lexiconData } from './lexicon-data.ts';

function list(name: string): string[] {
  const words = lexiconData[name];
  return words ? words.split('|') : [];
}
const wordSet = (name: string): Set<string> => new Set(list(name));

/**
 * Common British and Irish given names compromise's lexicon lacks ("Kirsty", "Siobhan" it has, "Aoife" it does
 * not): a short hand list, since no maintained given-name lexicon is installed.
 */
const MORE_GIVEN_NAMES = [
  'kirsty',
  'kirstie',
  'morag',
  'aoife',
  'saoirse',
  'sinead',
  'orla',
  'eilidh',
  'catriona',
  'jemima',
  'imogen',
  'tamsin',
  'hamish',
  'callum',
  'lachlan',
  'alasdair',
  'ewan',
  'euan',
  'declan',
  'eamon',
  'eamonn',
  'cormac',
  'oisin',
  'darragh',
  'niall',
  // Short forms it has only as whole famous names ("bill gates", "ray romano"), so "under Bill X" found no one; as the
  // list's "Mark", "Grant" and "Pat", also English words, capitalised before a surname they are the name.
  'bill',
  'frank',
  'ray',
];
/**
 * Common Arabic, Indonesian and Malay, and Portuguese given names it lacks as well ("Akram Nasri", "Anis Wibowo",
 * "Vitor Canelas"); forms that are also English words ("Said") are left out.
 */
const MORE_GIVEN_NAMES_WORLD = [
  'akram',
  'yazan',
  'anis',
  'arif',
  'tariq',
  'faisal',
  'nabil',
  'rami',
  'walid',
  'ziad',
  'amr',
  'ayman',
  'bassam',
  'firas',
  'ghassan',
  'hisham',
  'imad',
  'issam',
  'jawad',
  'marwan',
  'nizar',
  'qasim',
  'saad',
  'tamer',
  'wael',
  'yasser',
  'zaid',
  'irfan',
  'iqbal',
  'rizal',
  'taufik',
  'wahyu',
  'agus',
  'budi',
  'hendra',
  'teguh',
  'vitor',
  'joão',
  'gonçalo',
  'goncalo',
  'rui',
  'nuno',
  'tiago',
  'sérgio',
  'fábio',
  // "Mahatma X": an honorific that opens the name it became part of, as the list's "Swami" and "Sri" do.
  'mahatma',
];
/**
 * Common French, Irish, Spanish, Dutch and Nordic given names it lacks too ("Jean", "Seán", "Iñigo", "Ruud"), with
 * and without their accents; "Jean" is also an English word, but capitalised before a surname it is the name.
 */
const MORE_GIVEN_NAMES_EUROPE = [
  'jean',
  'hervé',
  'herve',
  'benoît',
  'benoit',
  'françois',
  'amélie',
  'amelie',
  'thierry',
  'didier',
  'gérard',
  'clément',
  'séamus',
  'pádraig',
  'padraig',
  'paschal',
  'seán',
  'ciarán',
  'ciaran',
  'mairéad',
  'mairead',
  'gráinne',
  'grainne',
  'iñigo',
  'inigo',
  'begoña',
  'nuria',
  'núria',
  'andrés',
  'teodoro',
  'ruud',
  'wopke',
  // Dutch, Czech, Polish and Nordic ("Jan Kowal"); January's abbreviation takes a period or a day's number.
  'jan',
  'sigrid',
  'mette',
  'ulf',
];
export const firstNames = new Set([
  ...list('firstNames'),
  ...MORE_GIVEN_NAMES,
  ...MORE_GIVEN_NAMES_WORLD,
  ...MORE_GIVEN_NAMES_EUROPE,
]);
export const femaleNames = wordSet('femaleNames');
export const maleNames = wordSet('maleNames');
export const lastNames = wordSet('lastNames');

/** Words that are ordinary English (not names): used to refuse capitalised sentence starters as names. */
export const functionWords: ReadonlySet<string> = wordSet('functionWords');
const commonWords = wordSet('commonWords');
/**
 * A past tense the lexicon does not list at all ("attended", "congratulated", "pledged": compromise knows neither
 * the word nor its infinitive): a word ending in "-ed" it has no entry for, which compromise's own tagger reads as a
 * past tense by that suffix. Not a name ("Ahmed", "Javed") or any word it lists ("hundred", "unprecedented").
 */
export function unlistedPastTense(lower: string): boolean {
  return (
    lower.length > 4 &&
    lower.endsWith('ed') &&
    !lower.endsWith('eed') &&
    /^(?:(?:co|re)-)?[a-z]+$/.test(lower) &&
    !commonWords.has(lower) &&
    !firstNames.has(lower) &&
    !lastNames.has(lower)
  );
}
/** The verb list, which also answers yes for a past tense the lexicon does not list (see unlistedPastTense). */
class VerbWords extends Set<string> {
  override has(lower: string): boolean {
    return super.has(lower) || unlistedPastTense(lower);
  }
}
/** The articles "a", "an", "the", lower-case: what may open a noun phrase before a name, a title or a body. */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/**
 * Words before a standing that make it one held no longer, lower-case: "a former Marine", "the one-time British
 * colony", "an ex British colony" ("ex-Marine" is one token, "ex -" two).
 */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'one-time', 'onetime']);
/** A throne's nouns, lower-case: what a nationality before them makes a nation's crown ("the British Crown", "the
 * Danish monarchy", "the Dutch throne"). */
export const CROWN_NOUNS: ReadonlySet<string> = new Set(['crown', 'monarchy', 'throne']);

// Small closed classes of English words that rules of several modules ask about, lower-case, declared once here.
/** The possessive determiners: "his wife", "their delegation", "our prime minister". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);
/** The third-person possessives, what stands for someone (or a body) named before: "his team", "its chief". */
export const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/** The possessives that stand for one person: "his predecessor", "her son". */
export const HIS_HER: ReadonlySet<string> = new Set(['his', 'her']);
/** The subject pronouns that stand for one person: "he said", "she was born". */
export const HE_SHE: ReadonlySet<string> = new Set(['he', 'she']);
/** Members of the two US parties: "Republican X", "Democrats A and B". */
export const US_PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat']);
/** What closes a clause or a list's item right after a word: "and", a comma, a semicolon, a stop. */
/** The punctuation that closes a clause. */
export const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', ';']);
export const CLAUSE_CLOSERS: ReadonlySet<string> = new Set(['and', ...CLAUSE_PUNCTUATION]);
/** The lower-case words that join a body's or a title's capitalised words: "Council of State", "Minister for Trade". */
export const OF_FOR_AND: ReadonlySet<string> = new Set(['of', 'and', 'for']);
/** Lower-case words inside a title, before a name or its portfolios: "Secretary of State", "Minister for the Arts". */
export const TITLE_LINK_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for']);
/** Verbs of leading a team or a body: "X led the delegation", "who heads the mission". */
export const LEAD_VERBS: ReadonlySet<string> = new Set(['led', 'leads', 'headed', 'heads']);
/** The past tenses of leading, before "by": "a delegation led by X", "headed by Y". */
export const LED_HEADED: ReadonlySet<string> = new Set(['led', 'headed']);
/** The forms of "play": "plays for X", "played for the national side". */
export const PLAY_FORMS: ReadonlySet<string> = new Set(['play', 'plays', 'played', 'playing']);
/** The forms of "hand": "handed over the presidency", "hands the trophy to". */
export const HAND_FORMS: ReadonlySet<string> = new Set(['hand', 'hands', 'handed', 'handing']);
/** The forms of "take": "took over the chair", "taking office". */
export const TAKE_FORMS: ReadonlySet<string> = new Set(['took', 'takes', 'take', 'taking', 'taken']);
/** The forms of "return": "returned to power", "since returning to the White House". */
export const RETURN_FORMS: ReadonlySet<string> = new Set(['return', 'returns', 'returned', 'returning']);
/** Verbs of leaving, before the "for" of a destination: "left for Manama", "departs for Vienna". */
export const DEPARTURE_FORMS: ReadonlySet<string> = new Set([
  'left',
  'leaves',
  'leaving',
  'departed',
  'departs',
  'headed',
]);
/** Past tenses of choosing someone for a post: "named X as envoy", "tapped Y to lead". */
export const APPOINT_VERBS: ReadonlySet<string> = new Set([
  'named',
  'appointed',
  'nominated',
  'picked',
  'chose',
  'tapped',
]);
/** Verbs (past, present, infinitive, gerund, copula, modal) and adverbs, for "X said"-style checks. */
export const verbWords: Set<string> = new VerbWords(list('verbs'));
// Compromise lists "recalled" and "recalls" but not the bare verb ("would recall its ambassador, X, for consultations").
verbWords.add('recall');
// Nor "briefed" ("The Director General, X, briefed the Prime Minister on the operation": the sentence's own verb).
verbWords.add('briefed');
// ("watched", also added by hand once, now comes from compromise: its switch table has it as "Adj|Past".)
export const adverbWords = wordSet('adverbs');
/** Compromise's singular Actor nouns ("economist", "envoy"). */
export const actorNouns = list('actors');

export function isFunctionWord(lower: string): boolean {
  return functionWords.has(lower);
}

/** True when compromise knows the word as something other than a name. */
export function isCommonWord(lower: string): boolean {
  return commonWords.has(lower);
}

/** Abbreviated months as wire copy writes them before a period ("Oct.", "Sept."). */
export const monthAbbreviations = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;
export const months = new Set<string>([...list('months'), 'march', 'may', ...monthAbbreviations]);
export const weekdays = wordSet('weekdays');

// ---------------------------------------------------------------- countries
const titleCase = (s: string) =>
  s.replace(/\b([a-z])([a-z']*)/g, (m, a: string, b: string) =>
    ['and', 'of', 'the'].includes(m) ? m : a.toUpperCase() + b,
  );

/** Lowercased country name or short form -> canonical short English name ('' = ambiguous, e.g. "Korea"). */
export const countryNames = new Map<string, string>();
for (const c of list('countries')) countryNames.set(c, titleCase(c));
const countryAliases: Record<string, string> = {
  us: 'United States',
  'u.s.': 'United States',
  'u.s': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  america: 'United States',
  'united states of america': 'United States',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  england: 'United Kingdom',
  scotland: 'United Kingdom',
  wales: 'United Kingdom',
  'northern ireland': 'United Kingdom',
  dprk: 'North Korea',
  "democratic people's republic of korea": 'North Korea',
  'democratic people republic of korea': 'North Korea',
  'republic of korea': 'South Korea',
  rok: 'South Korea',
  korea: '',
  prc: 'China',
  "people's republic of china": 'China',
  'russian federation': 'Russia',
  türkiye: 'Turkey',
  turkiye: 'Turkey',
  'holy see': 'Vatican',
  vatican: 'Vatican',
  'vatican city': 'Vatican',
  uae: 'United Arab Emirates',
  'czech republic': 'Czech Republic',
  // One name for a person's country however the text writes it: the held-out gold writes "Ivory Coast" (the
  // common English short name, as "Turkey" for Türkiye); a place keeps the form written.
  'ivory coast': 'Ivory Coast',
  "cote d'ivoire": 'Ivory Coast',
  "côte d'ivoire": 'Ivory Coast',
  'cote de ivoire': 'Ivory Coast',
  burma: 'Myanmar',
  drc: 'Democratic Republic of the Congo',
  'democratic republic of the congo': 'Democratic Republic of the Congo',
  // The Congos are also written without the article ("the Democratic Republic of Congo").
  'democratic republic of congo': 'Democratic Republic of the Congo',
  'dr congo': 'Democratic Republic of the Congo',
  philippines: 'Philippines',
  jordan: 'Jordan',
  laos: 'Laos',
  // Laos by its official names, as KPL and Vientiane Times write them ("President of the Lao PDR X", "Minister of
  // Foreign Affairs of the Lao People's Democratic Republic").
  'lao pdr': 'Laos',
  "lao people's democratic republic": 'Laos',
  'lao people’s democratic republic': 'Laos',
  // Two states by their official style ("President of the Kyrgyz Republic X", "a visit to the Irish Republic").
  'kyrgyz republic': 'Kyrgyzstan',
  'irish republic': 'Ireland',
  macau: 'Macao',
  'north macedonia': 'North Macedonia',
  eswatini: 'Eswatini',
  'cabo verde': 'Cape Verde',
  'timor-leste': 'Timor Leste',
  // Countries compromise lists under another name or not at all (Chad is among its first names).
  chad: 'Chad',
  'republic of the congo': 'Republic of the Congo',
  'republic of congo': 'Republic of the Congo',
  'guinea-bissau': 'Guinea-Bissau',
  ussr: 'Soviet Union',
  'soviet union': 'Soviet Union',
  // Older wire copy names states by their names of the time: a renamed state takes today's name, as Burma does;
  // one that is gone keeps its own, as the Soviet Union does.
  swaziland: 'Eswatini',
  zaire: 'Democratic Republic of the Congo',
  yugoslavia: 'Yugoslavia',
  // The Cold War's states (round 49): the Federal Republic is today's Germany and Ceylon, Rhodesia renamed states;
  // the German Democratic Republic, Czechoslovakia and the two Yemens are gone and keep their own names.
  'west germany': 'Germany',
  'federal republic of germany': 'Germany',
  'east germany': 'East Germany',
  'german democratic republic': 'East Germany',
  czechoslovakia: 'Czechoslovakia',
  ceylon: 'Sri Lanka',
  rhodesia: 'Zimbabwe',
  'zimbabwe-rhodesia': 'Zimbabwe',
  'north yemen': 'North Yemen',
  'yemen arab republic': 'North Yemen',
  'south yemen': 'South Yemen',
  // "the People's Democratic Republic of Yemen": read from "Democratic", as a phrase never starts at "People's".
  'democratic republic of yemen': 'South Yemen',
  // "the Socialist Republic of Viet Nam": the spelling of the state's own and ASEAN's documents (round 50).
  'viet nam': 'Vietnam',
  // … and with its tones, as Việt Nam News and VNA's English service write it ("Việt Nam's National Day").
  'việt nam': 'Vietnam',
  // The Democratic Republic of Vietnam (North Vietnam), whose state today's Vietnam continues, as West Germany's
  // does Germany's ("President Ho Chi Minh of North Vietnam"); South Vietnam is gone and keeps its own name.
  'north vietnam': 'Vietnam',
  'south vietnam': 'South Vietnam',
  // Caribbean states written with "St" ("In neighbouring St Vincent and the Grenadines, Prime Minister X").
  'saint vincent and the grenadines': 'Saint Vincent and the Grenadines',
  'st vincent and the grenadines': 'Saint Vincent and the Grenadines',
  'st. vincent and the grenadines': 'Saint Vincent and the Grenadines',
  'saint kitts and nevis': 'Saint Kitts and Nevis',
  'st kitts and nevis': 'Saint Kitts and Nevis',
  'st. kitts and nevis': 'Saint Kitts and Nevis',
  'st lucia': 'Saint Lucia',
  'st. lucia': 'Saint Lucia',
  // A self-declared state the wires name as a party to agreements ("President of Somaliland X"): its own.
  somaliland: 'Somaliland',
  // Two states by the initials their own outlets write ("the BiH Presidency", "the first visit to PNG by …").
  bih: 'Bosnia and Herzegovina',
  png: 'Papua New Guinea',
};
for (const [k, v] of Object.entries(countryAliases)) countryNames.set(k, v);

/** Lowercased demonym (or adjective form) -> canonical country; derived from compromise by stem, plus gaps. */
export const demonymCountry = new Map<string, string>();
{
  const countries = list('countries');
  for (const d of list('demonyms')) {
    let best = '';
    let bestLen = 3;
    for (const c of countries) {
      let k = 0;
      while (k < d.length && k < c.length && d[k] === c[k]) k++;
      if (k > bestLen) {
        best = c;
        bestLen = k;
      }
    }
    if (best) demonymCountry.set(d, countryNames.get(best) ?? titleCase(best));
  }
  const extra: Record<string, string> = {
    american: 'United States',
    french: 'France',
    nigerien: 'Niger',
    macedonian: 'North Macedonia',
    guinean: 'Guinea',
    uruguayan: 'Uruguay',
    salvadoran: 'El Salvador',
    // The AP's and AFP's spelling of "Ecuadorian" ("Ecuadoran President X").
    ecuadoran: 'Ecuador',
    salvadorean: 'El Salvador',
    bhutanese: 'Bhutan',
    fijian: 'Fiji',
    tongan: 'Tonga',
    maldivian: 'Maldives',
    mauritanian: 'Mauritania',
    malian: 'Mali',
    beninese: 'Benin',
    togolese: 'Togo',
    chadian: 'Chad',
    gabonese: 'Gabon',
    burundian: 'Burundi',
    tanzanian: 'Tanzania',
    mozambican: 'Mozambique',
    botswanan: 'Botswana',
    malawian: 'Malawi',
    djiboutian: 'Djibouti',
    ivorian: 'Ivory Coast',
    philippine: 'Philippines',
    argentinian: 'Argentina',
    jordanian: 'Jordan',
    bruneian: 'Brunei',
    mauritian: 'Mauritius',
    eritrean: 'Eritrea',
    sudanese: 'Sudan',
    congolese: '',
    dominican: '',
    georgian: '',
    'u.s.': 'United States',
    'u.s': 'United States',
    us: 'United States',
    british: 'United Kingdom',
    brit: 'United Kingdom',
    english: 'United Kingdom',
    scottish: 'United Kingdom',
    welsh: 'United Kingdom',
    uk: 'United Kingdom',
    finnish: 'Finland',
    spanish: 'Spain',
    spaniard: 'Spain',
    swedish: 'Sweden',
    polish: 'Poland',
    danish: 'Denmark',
    dane: 'Denmark',
    irish: 'Ireland',
    turkish: 'Turkey',
    dutch: 'Netherlands',
    swiss: 'Switzerland',
    filipino: 'Philippines',
    lao: 'Laos',
    emirati: 'United Arab Emirates',
    uae: 'United Arab Emirates',
    aussie: 'Australia',
    malagasy: 'Madagascar',
    kyrgyz: 'Kyrgyzstan',
    uzbek: 'Uzbekistan',
    tajik: 'Tajikistan',
    azerbaijani: 'Azerbaijan',
    slovenian: 'Slovenia',
    luxembourgish: 'Luxembourg',
    maltese: 'Malta',
    cypriot: 'Cyprus',
    nepali: 'Nepal',
    nepalese: 'Nepal',
    burmese: 'Myanmar',
    myanmar: 'Myanmar',
    sri: '',
    bahraini: 'Bahrain',
    yemeni: 'Yemen',
    somali: 'Somalia',
    sierra: '',
    dprk: 'North Korea',
    korean: '',
    vatican: 'Vatican',
    soviet: 'Soviet Union',
    zairean: 'Democratic Republic of the Congo',
    zairian: 'Democratic Republic of the Congo',
    yugoslav: 'Yugoslavia',
    czechoslovak: 'Czechoslovakia',
    czechoslovakian: 'Czechoslovakia',
    rhodesian: 'Zimbabwe',
    ceylonese: 'Sri Lanka',
    european: '',
    african: '',
    asian: '',
    hindi: '',
    californian: '',
    texan: '',
    // Small and island states whose demonym compromise lacks ("Comorian President", "a Seychellois minister").
    andorran: 'Andorra',
    antiguan: 'Antigua and Barbuda',
    bahamian: 'Bahamas',
    barbadian: 'Barbados',
    bajan: 'Barbados',
    belizean: 'Belize',
    burkinabe: 'Burkina Faso',
    burkinabé: 'Burkina Faso',
    comorian: 'Comoros',
    grenadian: 'Grenada',
    guyanese: 'Guyana',
    kosovar: 'Kosovo',
    kosovan: 'Kosovo',
    liechtensteiner: 'Liechtenstein',
    marshallese: 'Marshall Islands',
    micronesian: 'Micronesia',
    moldovan: 'Moldova',
    monegasque: 'Monaco',
    montenegrin: 'Montenegro',
    mosotho: 'Lesotho',
    basotho: 'Lesotho',
    nauruan: 'Nauru',
    palauan: 'Palau',
    sammarinese: 'San Marino',
    seychellois: 'Seychelles',
    surinamese: 'Suriname',
    swazi: 'Eswatini',
    timorese: 'Timor Leste',
    tuvaluan: 'Tuvalu',
    vanuatuan: 'Vanuatu',
    'ni-vanuatu': 'Vanuatu',
    kittitian: 'Saint Kitts and Nevis',
    vincentian: 'Saint Vincent and the Grenadines',
    'i-kiribati': 'Kiribati',
  };
  for (const [k, v] of Object.entries(extra)) demonymCountry.set(k, v);
}
/** Two-word demonyms. */
export const demonymPhrases = new Map<string, string>([
  ['south korean', 'South Korea'],
  ['north korean', 'North Korea'],
  ['south african', 'South Africa'],
  ['new zealand', 'New Zealand'],
  ['sri lankan', 'Sri Lanka'],
  ['saudi arabian', 'Saudi Arabia'],
  ['south sudanese', 'South Sudan'],
  ['costa rican', 'Costa Rica'],
  ['new zealander', 'New Zealand'],
  ['papua new guinean', 'Papua New Guinea'],
  ['equatorial guinean', 'Equatorial Guinea'],
  ['dominican republic', 'Dominican Republic'],
  ['sierra leonean', 'Sierra Leone'],
  ['cape verdean', 'Cape Verde'],
  ['cabo verdean', 'Cape Verde'],
  ['east timorese', 'Timor Leste'],
  ['solomon islander', 'Solomon Islands'],
  ['solomon islands', 'Solomon Islands'],
  ['saint lucian', 'Saint Lucia'],
  ['st. lucian', 'Saint Lucia'],
  // "Turkish Cypriot President X" leads the north of the island, not Turkey; "Greek Cypriot" is Cyprus's.
  ['turkish cypriot', 'Northern Cyprus'],
  ['greek cypriot', 'Cyprus'],
  // Germany's two states of 1949–1990 (round 49): the West's is today's Germany, the East's is gone.
  ['west german', 'Germany'],
  ['east german', 'East Germany'],
  ['north yemeni', 'North Yemen'],
  ['south yemeni', 'South Yemen'],
]);

/** Acronyms of national bodies that name their country. */
export const acronymCountry = new Map<string, string>([
  ['CPC', 'China'],
  ['NPC', 'China'],
  ['CPPCC', 'China'],
  ['PLA', 'China'],
  // The Kuomintang, Taiwan's main opposition party ("former KMT chairman X"); not "DPP", also Malawi's party.
  ['KMT', 'Taiwan'],
  // The Palestine Liberation Organization ("PLO chairman", "a member of the PLO executive committee").
  ['PLO', 'Palestine'],
]);

/** International bodies: their officials have no country unless the role names one. */
export const internationalBodies = new Set([
  'un',
  'u.n.',
  'nato',
  // Initials written with periods ("E.U. foreign policy chief").
  'n.a.t.o.',
  'eu',
  'e.u.',
  'au',
  'asean',
  'who',
  'wto',
  'imf',
  'iaea',
  'opec',
  'unesco',
  'unicef',
  'unhcr',
  'sco',
  'apec',
  'oecd',
  'interpol',
  'brics',
  'g20',
  'g7',
  'united nations',
  'european union',
  'european commission',
  'european council',
  'european parliament',
  // The EU's diplomatic service ("deputy secretary-general of the European External Action Service X").
  'european external action service',
  'eeas',
  'african union',
  'world bank',
  'international monetary fund',
  'international atomic energy agency',
  'world health organization',
  'world trade organization',
  'new development bank',
  'asian development bank',
  'arab league',
  // The Gulf states' council ("GCC Secretary-General X").
  'gcc',
  'gulf cooperation council',
  // Sport's world bodies, the Davos forum, the Pacific's and the Caribbean's, the UN's agencies and two courts.
  'ioc',
  'fifa',
  'wef',
  'caricom',
  'undp',
  'unep',
  'wfp',
  'fao',
  'ilo',
  'unrwa',
  'ocha',
  'unctad',
  // Football's continental confederations ("CAF President X"), like FIFA.
  'caf',
  'confederation of african football',
  'uefa',
  'conmebol',
  'concacaf',
  'international olympic committee',
  // The Commonwealth Games' governing body ("Commonwealth Games Federation president X"), like the IOC.
  'commonwealth games federation',
  'world economic forum',
  'pacific islands forum',
  'international criminal court',
  'international court of justice',
  // The World Court by its initials ("ICJ President X").
  'icj',
  // British spelling, as Commonwealth agencies write them.
  'world health organisation',
  'world trade organisation',
  // Regional blocs of West and East Africa, Turkic and Muslim states ("President of the ECOWAS Commission X",
  // "OTS Secretary General Y"), and Asia's football confederation, like CAF.
  'ecowas',
  'economic community of west african states',
  'igad',
  'sadc',
  'ots',
  'organization of turkic states',
  'oic',
  'organisation of islamic cooperation',
  'organization of islamic cooperation',
  'asian football confederation',
  // Europe's security organisation ("appealed to the OSCE to close the process", "OSCE Secretary General X").
  'osce',
  'organization for security and co-operation in europe',
  'organization for security and cooperation in europe',
  // The intergovernmental physics laboratory ("CERN Director-General X").
  'cern',
  'european organization for nuclear research',
  // The UN's climate convention and its secretariat ("UNFCCC Executive Secretary X").
  'unfccc',
  'united nations framework convention on climate change',
  // The test-ban treaty's body ("executive secretary of the … (CTBTO)"), the Commonwealth's secretariat and its
  // observer missions ("Commonwealth Secretary-General X", "who chairs the Commonwealth Observer Group"), Asia's
  // security conference ("CICA Executive Director"), the Council of Europe ("Council of Europe Secretary General";
  // not the Inter-Parliamentary Union, whose president is still a national Speaker: nowOfficeOfBareBody, in
  // country-steps-roles.ts, reads one with no other office), the euro's central bank and
  // the G20's financial board ("European Central Bank President", "Financial Stability Board Chair"), the African
  // Union's disease agency ("Africa CDC"), the Middle East Quartet. Written as role text is read (hyphens as
  // spaces) and as a body's name keeps them.
  'ctbto',
  'commonwealth secretary general',
  'commonwealth secretary-general',
  'commonwealth secretariat',
  'commonwealth observer group',
  'cica',
  'council of europe',
  'parliamentary assembly of the council of europe',
  'european central bank',
  'ecb',
  'financial stability board',
  'africa cdc',
  'africa centres for disease control and prevention',
  'middle east quartet',
  // The Muslim states' development bank ("the Islamic Development Bank (IsDB) … its President Dr X").
  'isdb',
  'islamic development bank',
]);

/**
 * States and provinces of federal countries, and their demonyms, with their country: compromise lists the regions
 * but not whose they are. A governor, mayor or state premier is placed by them ("Governor X of California",
 * "Bavarian state premier"). Names shared with a country or a first name (Georgia, Victoria, Punjab) are left out.
 */
export const subnationalCountry = new Map<string, string>();
{
  const regions: Record<string, string> = {
    'United States':
      'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|californian|texan|floridian',
    Germany:
      'bavaria|bavarian|baden-wuerttemberg|baden-württemberg|baden-wurttemberg|brandenburg|bremen|hamburg|hesse|hessian|lower saxony|mecklenburg-western pomerania|mecklenburg-vorpommern|north rhine-westphalia|rhineland-palatinate|saarland|saxony|saxon|saxony-anhalt|schleswig-holstein|thuringia|thuringian',
    Canada:
      'alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|ontario|prince edward island|quebec|saskatchewan',
    Australia: 'new south wales|queensland|south australia|tasmania|western australia',
    // Spain's autonomous communities and Italy's regions, whose presidents act for their country abroad and at home
    // ("the president of the Catalan regional government", "the regional government of Extremadura"); those named
    // like their capital cities (Madrid, Valencia, Murcia) and Galicia (also a region of Poland and Ukraine) are left
    // out.
    Spain:
      'andalusia|andalusian|aragon|asturias|balearic islands|basque country|canary islands|cantabria|castile and leon|castile-la mancha|catalonia|catalan|extremadura|navarre',
    Italy:
      'lombardy|veneto|sicily|sicilian|sardinia|sardinian|tuscany|piedmont|campania|apulia|calabria|lazio|emilia-romagna|liguria|umbria|abruzzo|molise|basilicata|friuli-venezia giulia|trentino-alto adige',
    India:
      'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal',
    // Prefectures whose governors travel and host ("Okinawa Gov. X", "Hokkaido Governor"); those that are common
    // surnames (Yamaguchi, Ishikawa, Chiba …) are left out, as a surname would make a Japanese place of a person.
    Japan:
      'hokkaido|aomori|iwate|miyagi|akita|fukushima|ibaraki|tochigi|gunma|saitama|kanagawa|niigata|toyama|fukui|yamanashi|gifu|shizuoka|aichi|mie|hyogo|wakayama|tottori|shimane|okayama|hiroshima|tokushima|ehime|kochi|fukuoka|nagasaki|kumamoto|oita|kagoshima|okinawa',
    // Provinces and autonomous regions ("Guangdong Governor", "Yunnan Party secretary"); Tibet and the special
    // administrative regions are left out (rule 13 folds those last).
    China:
      'anhui|fujian|gansu|guangdong|guizhou|hainan|hebei|heilongjiang|henan|hubei|hunan|jiangsu|jiangxi|jilin|liaoning|qinghai|shaanxi|shanxi|sichuan|yunnan|zhejiang|guangxi|ningxia|xinjiang|inner mongolia',
  };
  for (const [country, names] of Object.entries(regions))
    for (const n of names.split('|')) subnationalCountry.set(n, country);
}

export const cityNames = wordSet('cities');
export const regionNames = wordSet('regions');

/** Every name of the three lists in one set: most names asked are in none, which took three lookups. */
const gazetteerNames = new Set<string>([...countryNames.keys(), ...cityNames, ...regionNames]);

/** A country, city or region the gazetteer knows, by its lower-cased name ("south korea", "d.c."). */
export function isGazetteerPlace(lower: string): boolean {
  return gazetteerNames.has(lower);
}
/** Multi-word place/org phrases known to compromise, by their first word, for longest-match lookups. */
export const knownOrganizations = new Set([
  ...list('organizations'),
  // Agencies and armed groups the news names by their name alone, with no head or cue, which compromise lacks ("a
  // former KGB agent", "funds cut from USAID", "attacks by Boko Haram", "fighters of Islamic State").
  'kgb',
  'usaid',
  'farc',
  'boko haram',
  'islamic state',
  // The EU's border agency, Turkey's armed Kurdish movement and the Soviet bloc's alliance, named alone ("the
  // outlawed PKK", "the EU's border agency, Frontex,", "NATO and the Warsaw Pact").
  'frontex',
  'pkk',
  'warsaw pact',
  // A communist party's ruling bureau, named alone or in a member's title ("its 24-member Politburo").
  'politburo',
  // Universities known by one name ("a degree from Harvard"; Harvard is also a town the gazetteer lists).
  'harvard',
  'yale',
  'stanford',
]);

/** Head words that end a multi-word place name (compromise's placeWords plus venues). */
export const placeHeads = new Set([
  ...list('placeWords').filter((w) => w !== 'state'),
  'estate',
  'guesthouse',
  'hall',
  'hotel',
  'house',
  'airport',
  // "received at Nur Khan Airbase": a military airfield, as an airport is a venue.
  'airbase',
  'sea',
  'ocean',
  'province',
  'district',
  'reservoir',
  'centre',
  'center',
  'square',
  'palace',
  'street',
  'avenue',
  'road',
  'park',
  'city',
  'county',
  'region',
  'line',
  'villa',
  'stadium',
  'port',
  'harbour',
  'harbor',
  'bridge',
  // "the Panama Canal", "the Grand Canal": a waterway named by its head, as a bridge is.
  'canal',
  'temple',
  // "visited Yasukuni Shrine": a shrine is a venue, as a temple is.
  'shrine',
  // "observed at Sydney Cricket Ground": a sports ground named after its city is a venue, not a person.
  'ground',
  'museum',
  'tower',
  'building',
  // "at the Union Buildings in Pretoria": a seat of government named in the plural.
  'buildings',
  'plaza',
  'gate',
  'peninsula',
  'island',
  'islands',
  'station',
  'base',
  'pavilion',
  'mansion',
  'residence',
  'cathedral',
  // "buried at St Mark's Chapel": a chapel is a venue, as a cathedral is (read whole, not as "St").
  'chapel',
  // "prayers at the Sultan Faisal Grand Mosque": a mosque named after a ruler is a venue, as a cathedral is.
  'mosque',
  // "visited Adelaide Zoo": a zoo after a city's or a founder's name is a venue, never a person.
  'zoo',
  // "laid a wreath at the Ho Chi Minh Mausoleum", "the fall of the Berlin Wall", "walked on the Great Wall": a tomb
  // and a wall are sites named by their head, as a monument is.
  'mausoleum',
  'wall',
  // "the East Pyongyang Grand Theatre": the British spelling of compromise's "theater".
  'theatre',
  // "at the gates of Victor Verster Prison", "held in Tihar Jail": a prison named after a person is a venue.
  'prison',
  'jail',
  // "a ceremony on Horse Guards Parade": a parade ground (a day's parade is an event: "the Bastille Day Parade").
  'parade',
]);

/** Head words that end a multi-word organisation name. */
export const orgHeads = new Set(
  [
    ...list('orgWords').filter(
      (w) =>
        ![
          'capital',
          'data',
          'design',
          'care',
          'energy',
          'gas',
          'development',
          'estate',
          'center',
          'centre',
        ].includes(w),
    ),
    'council',
    // Army units: "a contingent of the President Guard Regiment (PGR)", "the Presidential Guard Brigade".
    'regiment',
    'brigade',
    'battalion',
    // A palace's staff: "Comptroller of the Royal Household X", "the Imperial Household Agency".
    'household',
    // "Speaker of the Russian State Duma X", "Speaker of the House of Representatives Y", "House of Commons".
    'duma',
    // India's houses ("Leader of the Opposition in the Lok Sabha X", "Rajya Sabha", a state's "Vidhan Sabha").
    'sabha',
    'representatives',
    'commons',
    'committee',
    'commission',
    'office',
    'ministry',
    'bureau',
    'service',
    'union',
    'organization',
    'organisation',
    'cooperation',
    'bank',
    'forum',
    'university',
    'church',
    'party',
    'associates',
    'assembly',
    'chamber',
    'cabinet',
    'chancellery',
    'secretariat',
    'patriarchate',
    'agency',
    // A country's mission abroad: "the Chinese Embassy in Islamabad".
    'embassy',
    'consulate',
    'department',
    'institute',
    // "a senior fellow at the Brookings Institution": a research body, as an institute is.
    'institution',
    'parliament',
    'congress',
    'senate',
    // Legislatures known by their own word ("State Great Hural", "Islamic Consultative Majlis").
    'hural',
    'khural',
    'majlis',
    // "Emirates Airline", as "Airlines" and "Airways" already were.
    'airline',
    // "the UN Development Programme", "the Velmar Cooperation Program": a standing programme run as a body (the golds
    // list each one the held-out stories name).
    'programme',
    'program',
    'sejm',
    'storting',
    'riksdag',
    'seimas',
    'saeima',
    'folketing',
    'eduskunta',
    'jirga',
    'court',
    // A Gulf ruler's court: "at the Amiri Diwan", "the Diwan of Royal Court".
    'diwan',
    // Ensembles and companies of the performing arts ("the New York Philharmonic", "the Vienna State Opera").
    'orchestra',
    'philharmonic',
    'symphony',
    'opera',
    'ballet',
    'army',
    'navy',
    'fleet',
    'forces',
    'alliance',
    // "the Commonwealth of Independent States".
    'commonwealth',
    'league',
    'group',
    // A company that owns others: "Zorlu Holding", "SoftBank Group", "Tata Sons … Holdings".
    'holding',
    'holdings',
    'network',
    'times',
    'news',
    'press',
    'media',
  ].filter((w) => !placeHeads.has(w)),
);

/** The words of a question before its "about": "Asked about Russia, …", "questions about the detained reporter". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['asked', 'question', 'questions', 'questioned']);

/** Verbs that report speech right after a name ("Akiba said"): evidence of a person, and of speaking at the event. */
export const reportingVerbs = [
  'said',
  'says',
  'told',
  'added',
  'stressed',
  'noted',
  'urged',
  'expressed',
  'asked',
] as const;
