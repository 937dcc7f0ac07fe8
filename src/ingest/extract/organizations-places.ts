// Organisations and places: capitalised phrases classified by their head word (Council, Ministry, Bank …
// vs Hall, Province, Airport …), compromise's gazetteer (countries, cities, regions, organisations),
// "(ACRONYM)" definitions, and "in/at/to X" for unknown place names. Countries are normalised.
import { lowerPlaceParticles } from '../../common/display-place.ts';
import { SPELLED_ORDINALS } from './appositive.ts';
import { cityCountry, COMPASS_WORDS, straightApostrophes } from './countries.ts';
import { BODY_JOINERS, NAME_PARTICLES, POSSESSIVE_S } from './names.ts';
import { constituencyOf, namesGrouping, SPEECH_AFTER } from './person-cues.ts';
import { FIRM_HEAD_TITLES } from './employer-names.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import { TEAM_POSITIONS } from './sport-cues.ts';
import type { ParsedArticle } from '../parse-article.ts';
import {
  DEPARTURE_FORMS,
  RETURN_FORMS,
  PLAY_FORMS,
  POSSESSIVE_DETERMINERS,
  actorNouns,
  cityNames,
  countryNames,
  demonymCountry,
  demonymPhrases,
  internationalBodies,
  isGazetteerPlace,
  knownOrganizations,
  months,
  orgHeads,
  placeHeads,
  regionNames,
  verbWords,
  weekdays,
} from './lexicon.ts';
import {
  spokesWords,
  departmentWords,
  honorificPairs,
  honorifics,
  institutionCountry,
  rankAbbreviations,
  STYLE_ABBREVIATIONS,
  STYLES,
  titleHeads,
  titleModifiers,
} from './roles.ts';
import { DASHES, type Token, type TokenizedText } from './tokenize.ts';
import {
  CITY,
  COMMON_WORD,
  COUNTRY,
  DEMONYM,
  FIRST_NAME,
  FUNCTION_WORD,
  KNOWN_ORG,
  MONTH,
  ORG_HEAD,
  PLACE_HEAD,
  REGION,
  TITLE_HEAD,
  WEEKDAY,
  tokenFlags,
  tokenLists,
  wordFlags,
  wordLists,
} from './word-classes.ts';
import { BROADCAST } from './broadcast-clause.ts';

/** "Paris Saint-Germain", "Paris St Germain": a city's name and a saint's, hyphenated or not. */
const CITY_SAINT_CLUB = /^\p{Lu}[\p{L}'’]+ (?:Saint|St)[- ]\p{Lu}[\p{L}'’-]*$/u;

const REGIONS = new Set([
  'middle east',
  'far east',
  'latin america',
  'indo-pacific',
  'asia-pacific',
  'caribbean',
  'balkans',
  'west bank',
  'gaza strip',
  'south china sea',
  'east china sea',
  'korean peninsula',
  'taiwan strait',
  'sahel',
  'central asia',
  'southeast asia',
  'east asia',
  'south asia',
  'north america',
  'south america',
  'central america',
  'kremlin',
  'bali',
  'hebei',
  'hainan',
  'fukushima',
  // China's Tibet Autonomous Region, by its English name and its Chinese one ("struck Xizang near the border").
  'tibet',
  'xizang',
  // Malaysia's southern state, whose capital Johor Bahru is named after it.
  'johor',
  // Sudan's regions and states named after the Nile ("Darfur, South Kordofan and Blue Nile"): the whole name, not
  // the river's.
  'darfur',
  'blue nile',
  'white nile',
  // The region Armenia and Azerbaijan fought over ("a ceasefire in Nagorno-Karabakh"), hyphenated: not two places.
  'nagorno-karabakh',
  // Australia's states named by a compass point, which are no part of the country's name ("South Australia
  // Premier X", "for South Australia").
  'south australia',
  'western australia',
  // Ukraine's eastern regions, which the gazetteer lacks ("the self-proclaimed Donetsk and Luhansk republics").
  'donetsk',
  'luhansk',
  // Egypt's peninsula between Africa and Asia ("the displacement of Palestinians into Sinai").
  'sinai',
  // The lines that divide Kashmir and the border India and China hold ("firing across the Line of Control", "along
  // the Line of Actual Control"): a frontier the news names as a place, though "Control" opens no place.
  'line of control',
  'line of actual control',
]);
/** Buildings among the seats of government: bodies only when they speak ("the Kremlin said"). */
const SEAT_BUILDINGS = new Set([
  'kremlin',
  'pentagon',
  'elysee',
  'élysée',
  'whitehall',
  'zhongnanhai',
  'kantei',
  'chigi',
]);
/** Rooms and grounds of a seat of government, where leaders meet: venues, though "Office" or "Cabinet" heads them. */
const SEAT_ROOMS = new Set([
  'oval office',
  'situation room',
  'cabinet room',
  'east room',
  'map room',
  'rose garden',
]);
/** The last words of those rooms' names, which alone open the lookup of a name of two words. */
const SEAT_ROOM_HEADS = new Set([...SEAT_ROOMS].map((room) => room.slice(room.indexOf(' ') + 1)));
const LEGISLATURES = new Set(['congress', 'parliament', 'senate']);
/** The chambers of a legislature named by their rank: "the Lower House", "the Upper House". */
const CHAMBERS = new Set(['lower', 'upper']);
/**
 * Legislatures known by words of their own language, a closed class the lexicon lacks ("the Lok Sabha", "Dewan
 * Rakyat Speaker", "the Japanese Diet"). Each a body wherever it stands, also before a title ("Dáil Speaker").
 */
const LEGISLATURE_NAMES = new Set([
  'lok sabha',
  'rajya sabha',
  'vidhan sabha',
  'vidhan parishad',
  'dewan rakyat',
  'dewan negara',
  'jatiya sangsad',
  'dáil',
  'dail',
  'seanad',
  'oireachtas',
  'halk maslahaty',
  'mejlis',
  'diet',
  'verkhovna rada',
  'bundesrat',
  'senedd',
  'mazhilis',
  'jogorku kenesh',
  // Iceland's parliament, in either spelling ("the Speaker of the Althingi", "the Alþingi building").
  'althingi',
  'alþingi',
  // The Soviet Union's and Soviet Russia's legislature ("ratified by the USSR Supreme Soviet", "the Supreme Soviet of
  // the Russian Federation"): its head is a nationality's word.
  'supreme soviet',
]);
/** The last words of the names of two words ("sabha"): only these start the two-word lookup. */
const LEGISLATURE_LAST_WORDS = new Set(
  [...LEGISLATURE_NAMES].map((name) => name.slice(name.indexOf(' ') + 1)),
);
/** A cabinet or government named by its head alone ("the Government would compensate", "his new Cabinet"). */
const EXECUTIVES = new Set(['cabinet', 'government']);
const SPOKESPEOPLE = new Set([...spokesWords, 'spokespeople']);
/** Heads of bodies whose name may go on with "on" and their remit ("Forum on China-Africa Cooperation"). */
const ON_HEADS = new Set(['forum', 'commission', 'committee', 'council']);

/** Heads of recurring events: "Antalya Diplomacy Forum" is an event; "Boao Forum for Asia" a body. */
const EVENT_HEADS = new Set(['forum', 'conference', 'summit', 'dialogue']);
/**
 * Heads a number before makes one meeting of a series: "the party's 20th National Congress". (A forum with a
 * complement stays a body also when numbered, "the third Belt and Road Forum for …", as the golds list it.)
 */
const NUMBERED_MEETINGS = new Set(['congress', 'session', 'plenum']);
/** Initials of three letters or more with a session's number fused: "COP28" (one letter and digits is a group, "G20"). */
const NUMBERED_SESSION = /^\p{Lu}{3,}\d{1,2}$/u;
/** The tokenizer's ending of a written ordinal, after its digits: "20" "th". */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
/** Well-known acronyms that stand for a long form the article may also use. */
const ACRONYM_LONG = new Map([
  ['EU', 'European Union'],
  ['AU', 'African Union'],
  ['NATO', 'North Atlantic Treaty Organization'],
  // Initials taken from inside a word ("SouthEast"): no rule on initials finds them.
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['G20', 'Group of 20'],
  ['G7', 'Group of Seven'],
  ['Fed', 'Federal Reserve'],
]);
const LONG_ACRONYM = new Map([...ACRONYM_LONG].map(([acr, long]) => [long.toLowerCase(), acr.toLowerCase()]));
/** Numbers spelled in the names of groups of countries: "Group of Twenty" is the G20 as "Group of 20" is. */
const GROUP_NUMBERS = new Map([
  ['seven', '7'],
  ['eight', '8'],
  ['twenty', '20'],
]);
const GROUP_OF = /^group of (\w+)$/;

/** "g20" for "group of twenty" or "group of 20" (lower case); '' for any other name. */
function groupAcronym(key: string): string {
  const number = GROUP_OF.exec(key)?.[1];
  if (number === undefined) return '';
  const digits = DIGITS.test(number) ? number : GROUP_NUMBERS.get(number);
  return digits === undefined ? '' : `g${digits}`;
}
/** Written forms kept as written rather than normalised (the corpus keeps "Türkiye" and "Ivory Coast"). */
const KEEP_AS_WRITTEN = new Set([
  'türkiye',
  'turkiye',
  'ivory coast',
  'england',
  'scotland',
  'wales',
  'northern ireland',
]);
const PLACE_PREPS = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'across',
  'outside',
  'inside',
  'toward',
  'towards',
  'via',
]);
const ACRONYM = /^[\p{Lu}\d&]{2,6}$/u;
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;
const SEVEN_LETTER_ACRONYM = /^\p{Lu}{7,8}$/u;
/** Initials written with full stops: "U.N.", "U.S.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const ROMAN_NUMERAL = /^[IVX]{2,5}$/;
/** A faction's initials after its party's: "(PML-N)", "(NCP-SP)". */
const HYPHENATED_ACRONYM = /^\p{Lu}{2,5}-\p{Lu}{1,3}$/u;
/** Initials with lower-case letters among them, as parties of other languages write theirs: "(AfD)", "(PiS)". */
const MIXED_ACRONYM = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}\p{L}{1,5}$/u;
// Made once here rather than in the functions run for every phrase (a literal there is a new RegExp each call).
const DIGITS = /^\d+$/;
// Expressions of functions are made here once: a literal in a function body is a new object at every call.
const ANY_DIGIT = /\d/;
const STOPS_AND_COMMAS = /[.,]/g;
const FULL_STOPS = /\./g;
const ERN_ENDING = /ern$/;
const WORD_BREAKS = /[\s-]+/;
const STARTS_UPPER = /^\p{Lu}/u;
const STOP_LEAD = new Set(['the', 'a', 'an', 'former']);
/** Events, documents and programmes: never places. */
const EVENT_WORDS = new Set([
  'initiative',
  'forum',
  'program',
  'programme',
  'plan',
  'strategy',
  'festival',
  'games',
  'declaration',
  'agreement',
  'treaty',
  'statement',
  'conference',
  'summit',
  'meeting',
  'dialogue',
  'expo',
  'week',
  'day',
  'award',
  'prize',
  'cup',
  'olympics',
  'championship',
  'war',
  'crisis',
  'act',
  'law',
  'charter',
  'convention',
  'accord',
  'protocol',
  'year',
  // "the Trilateral Security Cooperation Framework (TSCF)", "the Islamic Revolution".
  'framework',
  'revolution',
  // "the damage from Hurricane Helene", "hit by Typhoon Yagi": a storm named is an event, no place.
  'hurricane',
  'typhoon',
  'cyclone',
  // "a speech at the Symposium on the International Situation", "a seminar": a meeting, no venue; "the replacement
  // of a word in Article 4.4": a document's part.
  'symposium',
  'seminar',
  'article',
]);
const PLACE_NOUNS = new Set([
  // "his hometown of Plains", "the area of Beni Ksila", "the forest of Aokas".
  'hometown',
  'area',
  'forest',
  'outskirts',
  'suburb',
  'city',
  'town',
  'village',
  'province',
  'district',
  'districts',
  'region',
  'capital',
  'island',
  'port',
  'county',
  'prefecture',
  'villages',
  'towns',
  'cities',
  // "at the forecourt of Rashtrapati Bhavan": the parts of a venue.
  'forecourt',
  'courtyard',
  'grounds',
]);
/** Lower-case words before "of" that name a town in running text: "his home constituency of Hiroshima", "mayor of X". */
const PLACE_OF = new Set(['constituency', 'mayor', 'governor']);
/** Nouns for a country that a capitalised word before them describes: "the Nordic country", "Baltic nations". */
const NATION_NOUNS = new Set(['country', 'countries', 'nation', 'nations']);
/** Documents named after the city they were signed in: "the Paris Agreement", "the Delhi Declaration". */
const DOCUMENTS = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'declaration',
  'treaty',
  'protocol',
  'charter',
  'consensus',
  'communique',
  'principles',
]);
/**
 * Features whose kind comes first in their names: "Lake Karuizawa", "Mount Lewotobi", and streets and squares named
 * in Portuguese, Spanish or Italian ("a rally on Avenida Paulista", "Praça dos Três Poderes", "Piazza Venezia"), and
 * esplanades ("along the Esplanada dos Ministérios").
 */
const FEATURES_FIRST = new Set([
  'lake',
  'mount',
  'cape',
  'avenida',
  'rua',
  'calle',
  'praça',
  'piazza',
  'esplanada',
  'esplanade',
]);
const ORG_DESCRIPTORS = new Set([
  'company',
  'firm',
  'broadcaster',
  'grouping',
  'bloc',
  'agency',
  'giant',
  'maker',
  'carrier',
  'newspaper',
  'group',
  'organization',
  'organisation',
  'network',
  'outlet',
  'startup',
  'lender',
  'insurer',
  'automaker',
  'carmaker',
  'manufacturer',
  'party',
  'movement',
  'militia',
  'coalition',
  'alliance',
  // "Mexican club Tigres", "Spanish side Getafe".
  'club',
  'side',
  // "the presidential press service Akorda", "the news service Vantix".
  'service',
  // "Russia's state nuclear corporation Rosatom", "the state oil corporation Vantix".
  'corporation',
]);
/** Words before "Zone" naming an economic zone, a region whatever else its name holds ("Free Trade Zone"). */
const ECONOMIC_WORDS = new Set(['economic', 'trade']);
/** Where a party stands, right before its name: "the far-right Alternative for Germany", "the leftist Comuns". */
const LEANINGS = new Set([
  'far-right',
  'far-left',
  'hard-right',
  'hard-left',
  'centre-right',
  'center-right',
  'centre-left',
  'center-left',
  'right-wing',
  'left-wing',
  'conservative',
  'liberal',
  'leftist',
  'rightist',
  'nationalist',
  'ultranationalist',
  'populist',
  'opposition',
  'ruling',
  'governing',
]);

/** Whether the words [s, e) may make a party's name: none a place, a nationality, a title or a person's. */
function partyWords(s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (personTokens.has(t.text) || tokenFlags(t) & (COUNTRY | DEMONYM | CITY | REGION | TITLE_HEAD))
      return false;
  }
  return true;
}

/** Whether a lower-case political leaning stands right before the name at `s`. */
function leaningBefore(s: number): boolean {
  const before = tokens[s - 1];
  return before !== undefined && !before.cap && LEANINGS.has(before.lower);
}

/** A Romance particle elided before a name, written as one word: "d'Ivoire", "l’Etoile". */
const ELIDED_NAME = /^[dl]['’]\p{Lu}/u;
function elidedName(text: string): boolean {
  // Most words end a run at their first letter: the expression is asked only after a "d'" or an "l'".
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  return (c0 === 100 || c0 === 108) && (c1 === 39 || c1 === 8217) && ELIDED_NAME.test(text);
}
/**
 * Arabic names of places open with a word of the land or of a building before the article and the name it joins:
 * "Sharm el-Sheikh" (bay), "Ras El-Hekma" (cape), "Deir el-Balah" (monastery), "Wadi al-Hitan" (valley).
 */
const ARABIC_PLACE_HEADS = new Set([
  'sharm',
  'ras',
  'deir',
  'wadi',
  'jabal',
  'jebel',
  'bab',
  'beit',
  'tell',
  'kafr',
  'marsa',
  'qasr',
  'umm',
  'shatt',
]);
/** The Arabic article hyphenated to the name it joins, in either case: "el-Sheikh", "Al-Balah", "ez-Zor". */
const ARABIC_ARTICLE_NAME = /^(?:[ea][lzsdrtn]|ash)-\p{Lu}/iu;
/** Whether token `k` is the Arabic article and a name after a word that opens Arabic names of places. */
function arabicPlaceArticle(k: number): boolean {
  const t = tokens[k] as Token;
  return ARABIC_PLACE_HEADS.has(tokens[k - 1]?.lower ?? '') && ARABIC_ARTICLE_NAME.test(t.text);
}
/**
 * A name whose capitalised words a lower-case particle joins by hyphens: "at Mar-a-Lago", "at the Aiwan-e-Sadr",
 * "to Colombey-les-Deux-Eglises", a place after a preposition though a hyphenated word opens none ("Asia-Pacific").
 */
const PARTICLE_JOINED = /^\p{Lu}\p{Ll}+(?:-\p{Ll}{1,3})+(?:-\p{Lu}\p{Ll}+)+$/u;
/** Lower-case particles inside Romance names of places and bodies ("Rio de Janeiro", "Banco do Brasil"). */
const ROMANCE_PARTICLES = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'di', 'du', 'des']);
/** Nouns after a party's name of English words: "the United Russia party", "the Citizen Revolution movement". */
const PARTY_NOUNS = new Set(['party', 'movement', 'group']);
/** Groupings of parties or countries named after their kind: "the INDIA bloc". */
const GROUPINGS = new Set(['bloc', 'alliance', 'coalition']);
/** Words that follow a body's name ("Barisan Nasional coalition"): a name of unknown words before one is a body. */
const ORG_AFTER = new Set([
  ...GROUPINGS,
  ...PARTY_NOUNS,
  'militia',
  // "the Harapan Raya government": a party or an alliance in power (a leader's name is a person's token).
  'government',
]);
/** A party's or a movement's offices, named right after it: "BJP leader X", "Shiv Sena chief Y". */
const PARTY_OFFICES = new Set([
  'leader',
  'co-leader',
  'chief',
  'president',
  'vice-president',
  'chairman',
  'chairperson',
  'founder',
]);
/** Company suffixes that end a body's name ("SRC International Sdn Bhd", "Siemens AG"). */
const COMPANY_SUFFIXES = new Set([
  'sdn',
  'bhd',
  'ltd',
  'plc',
  'gmbh',
  'inc',
  'llc',
  'corp',
  'pte',
  'pty',
  'ag',
]);
/** Players and staff of a club: "Barcelona midfielder" names the club, not the city. */
const SPORTS_ROLES = new Set([...TEAM_POSITIONS, 'coach', 'manager']);
/** Verbs whose object is a competition or a prize, not a body: "won the Champions League". */
const WIN_VERBS = new Set(['won', 'win', 'wins', 'winning', 'clinched', 'lifted']);
/** "House of Representatives", "House of Commons": the houses of a legislature. */
const HOUSE_MEMBERS = new Set([
  'representatives',
  'commons',
  'lords',
  'councillors',
  'councilors',
  'delegates',
  'deputies',
  'federation',
  'peers',
  'keys',
  'nationalities',
]);
/**
 * Venues named by their head and an "of" complement: "the Palace of Serbia", "the Museum of Anthropology", "along the
 * Esplanade of Ministries".
 */
const VENUES_OF = new Set(['palace', 'museum', 'cathedral', 'temple', 'esplanade']);
/** Features named "<feature> of <place>": "Horn of Africa", "Gulf of Aden", "Sea of Japan". */
const GEO_FEATURES = new Set([
  'horn',
  'gulf',
  'bay',
  'cape',
  'strait',
  'straits',
  'sea',
  'isle',
  'lake',
  'coast',
  'island',
  'islands',
  'peninsula',
]);
/** Works that a name before them belongs to: "the Power of Siberia 2 gas pipeline" is no body. */
const WORKS = new Set(['pipeline', 'pipelines', 'railway', 'highway', 'canal', 'tunnel', 'dam']);
/** What links the places it names between dashes: "the Budapest-Belgrade railway", "the Kunming – Hekou line". */
const ROUTES = new Set([
  'railway',
  'railroad',
  'rail',
  'highway',
  'expressway',
  'motorway',
  'line',
  'road',
  'corridor',
  'pipeline',
  'bridge',
]);
/** What a work carries: "gas pipeline". */
const CARRIED = new Set([
  'gas',
  'oil',
  'crude',
  'water',
  'power',
  'freight',
  'rail',
  'high-speed',
  'natural',
]);
/** Modifiers of a title only, never of a body: "Chief Cabinet Secretary" is the cabinet's chief secretary. */
const TITLE_ONLY_MODIFIERS = new Set(['chief', 'deputy', 'vice', 'assistant', 'acting', 'interim', 'former']);
/** Ranks within a title ("Former Qualcomm CEO" still names the employer; "Chief Cabinet Secretary" does not). */
const TITLE_RANKS = new Set(['chief', 'deputy', 'vice', 'assistant', 'prime']);
/** The kinds of a local body whose place is named before them: "the Yunnan Provincial Party Committee". */
const LOCAL_BODY_KINDS = new Set(['provincial', 'municipal', 'prefectural']);

/**
 * "the Yunnan Provincial Party Committee", "the CPC Guangdong Provincial Committee": the words before the local
 * kind in a body's name [s, e) name its province or city, a place (not initials, common words or a person's).
 */
function localBodyPlace(s: number, e: number): void {
  for (let p = s + 1; p < e; p++) {
    if (!LOCAL_BODY_KINDS.has((tokens[p] as Token).lower)) continue;
    let b = p;
    while (b > s && b > p - 3) {
      const t = tokens[b - 1] as Token;
      const f = tokenFlags(t);
      if (!t.cap || !t.word || ACRONYM.test(t.text) || inPerson[b - 1]) break;
      if (f & COMMON_WORD && !(f & (REGION | CITY))) break;
      b--;
    }
    if (b < p) addPlace(phraseText(b, p));
    return;
  }
}

/**
 * "criticized the US Congress", "the U.S. Senate voted": a country's initials opening a body's name name the country,
 * a place, as they do before a title ("U.S. Secretary of State"); a nationality ("the Russian Duma") names none.
 */
function countryInitialsPlace(s: number): void {
  const first = tokens[s] as Token;
  if (!(ACRONYM.test(first.text) || DOTTED_INITIALS.test(first.text))) return;
  const lower = first.lower;
  if (countryNames.get(lower)) addPlace(first.text);
}

/** Plural nouns after the last of a list of names that make each a place: "Ha Giang, Lai Chau and Dien Bien provinces". */
const PLURAL_PLACE_NOUNS = new Set(['provinces', 'regions', 'districts', 'counties', 'prefectures']);
/** Lower-case nouns after a name that make it a place: "Yunnan province", "Tigray region". */
const LOWER_PLACE_NOUNS = new Set([
  'province',
  // "Lao Cai provincial Party Committee": the province of a local body.
  'provincial',
  ...PLURAL_PLACE_NOUNS,
  'region',
  'state',
  'prefecture',
  'county',
  'district',
  'oblast',
  // "Tokyo's Haneda airport", "Heathrow airport".
  'airport',
  // Venues and features named before a lower-case noun: "the Budokan hall", "his Sandringham estate", "the Rafah
  // crossing", "Lang Nu village", "the High Atlas mountains".
  'hall',
  'estate',
  'hotel',
  'tunnel',
  'terminal',
  'crossing',
  'village',
  'area',
  'mountains',
  'avenue',
  'department',
  // "the Chancay port", "the Vung Ang port": a port named before its noun, as an airport is.
  'port',
  // "on Sentosa island", "in Tihar jail", "the Pagliarelli prison": an island and a prison named before their noun.
  'island',
  'prison',
  'jail',
  // "along the Velmar river", "the old Dorsk tower", "at his Velmar Dorsk residence".
  'river',
  'tower',
  'residence',
]);
/**
 * Facilities named before two lower-case words ("the Zaporizhzhia nuclear power plant", "the Tiangong space
 * station"): places, as the golds list them; "the Iran nuclear deal" is no facility.
 */
const FACILITY_WORDS = new Map([
  ['nuclear', new Set(['plant', 'power', 'facility', 'complex', 'reactor', 'site'])],
  ['space', new Set(['station'])],
]);
/** Currencies named after a country: "U.S. dollars" is money, not a place. */
const CURRENCY_NOUNS = new Set(['dollar', 'dollars']);

/** First words of the two-word country, city and region names: only these start a two-word lookup. */
const TWO_WORD_PLACE_STARTS = new Set<string>();
for (const names of [countryNames.keys(), cityNames, regionNames])
  for (const name of names) {
    const words = name.split(' ');
    if (words.length === 2) TWO_WORD_PLACE_STARTS.add(words[0] as string);
  }

const upperAfter = (_: string, a: string, b: string) => a + b.toUpperCase();
const WORD_START_LETTER = /(^|[\s-])(\p{L})/gu;
/** Any character but printable ASCII and its spaces: such text takes the Unicode expressions. */
const UNUSUAL_CHARACTER = /[^\x20-\x7e\t\n\v\f\r]/;
/**
 * "SOUTH KOREA" -> "South Korea": each letter after the start, a space or a hyphen in upper case; a particle after
 * the first word in lower case ("RIO DE JANEIRO" -> "Rio de Janeiro", "PORT-AU-PRINCE" -> "Port-au-Prince").
 */
function titleCaseUpper(s: string): string {
  const cased = titleCaseWords(s);
  return cased.includes(' ') || cased.includes('-') ? lowerPlaceParticles(cased) : cased;
}

function titleCaseWords(s: string): string {
  const lower = s.toLowerCase();
  // Most datelines are ASCII, whose letters and spaces a character test knows; the Unicode expression is slow.
  if (UNUSUAL_CHARACTER.test(lower)) return lower.replace(WORD_START_LETTER, upperAfter);
  let out = '';
  let from = 0;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c < 97 || c > 122) continue;
    const p = k === 0 ? 32 : lower.charCodeAt(k - 1);
    // The characters of `\s` below 128: tab, line feed, vertical tab, form feed, carriage return, space.
    if (p !== 32 && p !== 45 && (p < 9 || p > 13)) continue;
    out += lower.slice(from, k) + String.fromCharCode(c - 32);
    from = k + 1;
  }
  return out + lower.slice(from);
}

// The article being read. Module state reset by each call, so that the helpers below are made once rather than
// as closures on every call (each closure costs an allocation, and a name definition under tsx).
let tokens: Token[] = [];
/** The text the tokens' offsets point into. */
let storyText = '';
/** Tokens inside a person's name, by index; one buffer reused by every article rather than one each. */
let inPerson = new Uint8Array(4096);
const IN_PERSON_SLACK = 8;
const personTokens = new Set<string>();
/** The last words of the story's people's names ("Chile" for Tiago Chile). */
const aliasWords = new Set<string>();
const PLACE_BEFORE = new Set(['in', 'to', 'from', 'into', 'across', 'visit', 'visited', 'visiting']);
let source = '';
/** The credited agency as the article gave it, whose forms `source` and `sourceInitials` hold. */
let sourceRead: string | null = '';
/** The credited agency's initials ("aa" for Anadolu Agency), which open the names of its own services. */
let sourceInitials = '';
let orgs: string[] = [];
const orgKeys = new Set<string>();
/** `orgs` lower-cased, in its order: asked of every body found whenever another is added. */
const orgLowers: string[] = [];
/** Initials of each organisation of two words or more ('' for one word), in the order of `orgs`. */
const orgInitials: string[] = [];
let places: string[] = [];
/** `places` lower-cased, in its order. */
const placeLowers: string[] = [];
const placeKeys = new Set<string>();
/** Places read from a preposition alone ("committed to the Quad"): the name named elsewhere as a body is that body. */
const placesByPreposition = new Set<string>();
/** Bodies read from a title alone ("Wajima Mayor X"): a town's name as often as a firm's, so no proof against a place. */
const employerKeys = new Set<string>();
/** Names addPlace has read (except the ambiguous ones, whose latest use counts): read again, they add nothing. */
const placeNamesSeen = new Set<string>();
/** The place keys padded with spaces, to find a key inside another as whole words. */
const paddedPlaceKeys: string[] = [];
/**
 * Initials -> the name they stand for, of the bodies found and of the pacts that are none ("TPP" of "the
 * Trans-Pacific Partnership"): used alone, they are not listed again.
 */
const acronyms = new Map<string, string>();
/**
 * Initials defined inside a longer body's name, by the name they stand for: "CPC" -> "Communist Party of China" of
 * "the Communist Party of China (CPC) Central Committee". Used alone they name that body; inside a later name
 * ("the CPC Central Committee") they are read as it.
 */
const innerAcronyms = new Map<string, string>();
/** Initials defined for a place ("Hong Kong Special Administrative Region (HKSAR)"). */
const placeAcronyms = new Set<string>();
/** An ambiguous country name the article used ("korea"), resolved by its people's countries at the end. */
let ambiguousPlace: string | null = null;
/** Token index right after a phrase -> the "(ACR)" that follows it. */
const acronymAfter = new Map<number, string>();

// Pieces of the capitalised phrase being classified, as parallel arrays reused from phrase to phrase: start and
// end token, and how a piece attaches to the one before (read from the second piece on).
const VIA_START = 0;
const VIA_OF = 1;
const VIA_ACRONYM = 2;
const pieceStarts: number[] = [];
const pieceEnds: number[] = [];
const pieceVias: number[] = [];
let pieceCount = 0;

/**
 * First characters (ASCII) of the tokens that may go on with a phrase after its capitalised words: ". ' & , (",
 * digits, "d'"/"l'" and the Romance particles, and "and", "of", "for" in any case.
 */
const PHRASE_GOES_ON = new Uint8Array(128);
for (const c of ".'&,(0123456789dlAaOoFfe") PHRASE_GOES_ON[c.charCodeAt(0)] = 1;

function addPiece(start: number, end: number, via: number): void {
  pieceStarts[pieceCount] = start;
  pieceEnds[pieceCount] = end;
  pieceVias[pieceCount] = via;
  pieceCount++;
}

export function extractOrganizationsAndPlaces(
  doc: TokenizedText,
  titleDoc: TokenizedText | null,
  article: ParsedArticle,
  people: PersonRecord[],
  mentions: Mention[],
): { organizations: string[]; places: string[] } {
  tokens = doc.tokens;
  storyText = doc.text;
  // Rules look a few tokens past the story's end (inPerson[k + 3]): clear those too, so that what an earlier,
  // longer story left in the shared buffer cannot decide this one.
  const cleared = tokens.length + IN_PERSON_SLACK;
  if (inPerson.length < cleared) inPerson = new Uint8Array(cleared * 2);
  inPerson.fill(0, 0, cleared);
  for (const m of mentions) if (m.kind !== 'pronoun') for (let k = m.start; k < m.end; k++) inPerson[k] = 1;
  // Clearing a Set or Map makes a new table even when it is empty: most of these stay empty in most stories.
  if (personTokens.size > 0) personTokens.clear();
  for (const p of people) for (const t of p.tokens) personTokens.add(t);
  if (aliasWords.size > 0) aliasWords.clear();
  for (const p of people) {
    const last = p.name.lastIndexOf(' ');
    if (last > 0) aliasWords.add(p.name.slice(last + 1));
  }
  // Stories of one agency come in runs: its name's forms are worked out when it changes.
  if (article.source !== sourceRead) {
    sourceRead = article.source;
    source = (article.source ?? '').toLowerCase();
    sourceInitials = initials(article.source ?? '').toLowerCase();
  }
  orgs = [];
  if (orgKeys.size > 0) orgKeys.clear();
  orgInitials.length = 0;
  orgLowers.length = 0;
  places = [];
  placeLowers.length = 0;
  if (placeKeys.size > 0) placeKeys.clear();
  if (placesByPreposition.size > 0) placesByPreposition.clear();
  if (employerKeys.size > 0) employerKeys.clear();
  if (placeNamesSeen.size > 0) placeNamesSeen.clear();
  paddedPlaceKeys.length = 0;
  if (acronyms.size > 0) acronyms.clear();
  if (innerAcronyms.size > 0) innerAcronyms.clear();
  if (placeAcronyms.size > 0) placeAcronyms.clear();
  if (acronymAfter.size > 0) acronymAfter.clear();
  ambiguousPlace = null;

  if (article.dateline?.place) {
    // "BUSAN, South Korea": the city, then a country or region the gazetteer knows ("WASHINGTON, D.C." is one).
    const parts = article.dateline.place.split(',');
    for (let k = 0; k < parts.length; k++) {
      // "VELDHOVEN, the Netherlands": Yonhap's article before the country is no part of its name.
      const written = (parts[k] as string).trim();
      const place = k > 0 && written.startsWith('the ') ? written.slice(4) : written;
      const lower = place.toLowerCase();
      if (k > 0 && !isGazetteerPlace(lower)) continue;
      // "SYDNEY/WASHINGTON": a story filed from two cities names both.
      if (k === 0 && place.includes('/')) {
        for (const city of place.split('/')) {
          const one = city.trim();
          if (one) addPlace(one === one.toUpperCase() ? titleCaseUpper(one) : one);
        }
        continue;
      }
      if (place) addPlace(place === place.toUpperCase() ? titleCaseUpper(place) : place);
    }
  }

  // "UNITED NATIONS, June 10": where the story was filed stays a place when the story names the body too.
  const fromDateline = places.length;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!capWord(t, i)) {
      i++;
      continue;
    }
    // "the Council on Trade and Water Security in Asia (CTWA)": one body's long name.
    const defined = joinedLongName(i);
    if (defined > i) {
      i = defined;
      continue;
    }
    // Build the phrase: capitalised words, "St. George's", "Workers' Party", "of (the) X", "(ACR)", "for Asia".
    pieceCount = 0;
    let pieceStart = i;
    let via = VIA_START;
    let end = i;
    let decoration = false;
    const sent = t.sent;
    for (;;) {
      const n = tokens[end];
      if (!n || n.sent !== sent) break;
      if (capWord(n, end)) {
        end++;
        continue;
      }
      // Most phrases end at a word or a mark none of the tests below can take: its first character tells.
      const c0 = n.text.charCodeAt(0);
      if (c0 >= 128 ? c0 !== 0x2019 : PHRASE_GOES_ON[c0] === 0) break;
      const n1 = tokens[end + 1];
      const n2 = tokens[end + 2];
      if (
        (n.text === '.' && tokens[end - 1]?.lower === 'st') ||
        ((n.text === "'s" || n.text === '’s' || n.text === "'" || n.text === '’') && end > pieceStart)
      ) {
        // "the Central Bank's Monetary Policy Committee": a body's own body is named on its own; "the Ministry's
        // Official Spokesperson X": a title after it is no part of its name; "the Velmar Fund's Asia desk": nor a
        // place or a field after a body's head.
        if (
          capWord(n1, end + 1) &&
          !ownedBody(pieceStart, end, via) &&
          !titleAfter(end + 1) &&
          !(n.text.length === 2 && orgHeads.has((tokens[end - 1] as Token).lower))
        ) {
          end++;
          continue;
        }
        break;
      }
      // "Cote d'Ivoire", "Val d'Isere": an elided particle and the name it joins.
      if (end > pieceStart && elidedName(n.text)) {
        end++;
        continue;
      }
      // "in Sharm el-Sheikh", "Deir el-Balah": the Arabic article after a word that opens names of places.
      if (
        end > pieceStart &&
        (n.text.charCodeAt(0) === 101 || n.text.charCodeAt(0) === 97) &&
        arabicPlaceArticle(end)
      ) {
        end++;
        continue;
      }
      // "Rio de Janeiro Civil Police", "San Fernando de Henares": a Romance particle inside one name.
      if (ROMANCE_PARTICLES.has(n.text) && end > pieceStart && capWord(n1, end + 1)) {
        end += 2;
        continue;
      }
      // "Roots & Shoots", "Procter & Gamble": one name.
      if (n.text === '&' && end > pieceStart && capWord(n1, end + 1)) {
        end += 2;
        continue;
      }
      // "Ministry of Investment, Trade and Industry": a list of portfolios inside a body's "of" complement.
      if (n.text === ',' && via === VIA_OF && portfolioList(end)) {
        end++;
        continue;
      }
      // "Trinidad and Tobago", "St Vincent and the Grenadines": a country's name.
      if (n.lower === 'and' && end > pieceStart && end - pieceStart <= 2) {
        const countryEnd = countryAfterAnd(pieceStart, end);
        if (countryEnd > 0) {
          end = countryEnd;
          continue;
        }
      }
      // "Food and Agriculture Organization", "Department of Health and Human Services": one name.
      if (n.lower === 'and' && end > pieceStart && andJoinsName(pieceStart, end, via)) {
        end++;
        continue;
      }
      // "the Forum on China-Africa Cooperation", "the Committee on Foreign Affairs": "on" and a remit go on with these
      // heads.
      if (
        n.lower === 'of' ||
        n.lower === 'for' ||
        (n.lower === 'on' && ON_HEADS.has(tokens[end - 1]?.lower ?? ''))
      ) {
        const j = n1?.lower === 'the' ? end + 2 : end + 1;
        const target = tokens[j];
        const last = (tokens[end - 1] as Token).lower;
        // "Court of Arbitration for Sport": "for" goes on from the "of" complement of a body's head.
        // "the Security Council for June", "the Forum on Monday": a month or a weekday is when, not part of the name.
        if (target !== undefined && tokenFlags(target) & (MONTH | WEEKDAY)) break;
        // "the Member of Parliament for X": a seat's constituency, no part of the body's name.
        if (constituencyOf(tokens, end + 1)) break;
        // "the joint envoy of the UN and the Arab League for Syria": a body known whole, then the country it acts for.
        if (
          n.lower === 'for' &&
          target !== undefined &&
          countryNames.has(target.lower) &&
          !capWord(tokens[j + 1], j + 1) &&
          internationalBodies.has(phraseText(pieceStart, end).toLowerCase())
        )
          break;
        // "the Order of the Nile", "Order of Lenin": a decoration's name, no body, nor the place it is named after.
        if (last === 'order' && end === pieceStart + 1 && pieceCount === 0 && capWord(target, j)) {
          end = j;
          while (capWord(tokens[end], end)) end++;
          decoration = true;
          break;
        }
        const okHead =
          n.lower === 'of' ||
          orgHeads.has(last) ||
          // "the far-right Alternative for Germany": a party's name may hold "for".
          (pieceCount === 0 && leaningBefore(pieceStart)) ||
          centreBody(end - 1) ||
          (via === VIA_OF &&
            pieceCount > 0 &&
            orgHeads.has((tokens[(pieceEnds[pieceCount - 1] as number) - 1] as Token).lower));
        // "the new Cabinet of Prime Minister X": a cabinet or government named by its head's title and name.
        if (EXECUTIVES.has(last) && titleAfter(j) && inPerson[titleEnd(j)]) break;
        const digits = last === 'group' && target !== undefined && DIGITS.test(target.text);
        if (okHead && target && target.sent === sent && (capWord(target, j) || digits)) {
          addPiece(pieceStart, end, via);
          pieceStart = j;
          via = VIA_OF;
          end = j + (digits ? 1 : 0);
          continue;
        }
        break;
      }
      // "Mayor Ana Reis (MDB)": initials after a person are the party's, no short form of the name.
      if (
        n.text === '(' &&
        n1 &&
        n2?.text === ')' &&
        inPerson[end - 1] === 0 &&
        (ACRONYM.test(n1.text) ||
          MIXED_ACRONYM.test(n1.text) ||
          SEVEN_LETTER_ACRONYM.test(n1.text) ||
          HYPHENATED_ACRONYM.test(n1.text))
      ) {
        addPiece(pieceStart, end, via);
        acronymAfter.set(end, n1.text);
        end += 3;
        pieceStart = end;
        via = VIA_ACRONYM;
        continue;
      }
      // A first character that is no digit spares the lookup and the expression.
      if (c0 >= 48 && c0 <= 57 && placeHeads.has((tokens[end - 1] as Token).lower) && DIGITS.test(n.text)) {
        end++;
        continue;
      }
      break;
    }
    if (decoration) {
      i = end;
      continue;
    }
    if (end > pieceStart) addPiece(pieceStart, end, via);
    i = Math.max(end, i + 1);
    // "the Joint Sea-2024 naval exercise", "Zapad-2021": a name numbered by its year is an exercise's or an event's.
    if (yearAfter(end)) continue;
    classify(0);
  }
  listedBodies();
  listedBesideBodies();
  groupingsMeeting();
  // Headline: only gazetteer countries and cities (headline case makes everything else unreliable).
  if (titleDoc) {
    const titleTokens = titleDoc.tokens;
    for (let k = 0; k < titleTokens.length; k++) {
      const t = titleTokens[k] as Token;
      if (!t.cap || !t.word) continue;
      // "Mexico City mayor", "Panama Canal remarks": a country's name inside a place's is no place of its own.
      const next = titleTokens[k + 1];
      if (next?.cap && (placeHeads.has(next.lower) || PLACE_NOUNS.has(next.lower))) continue;
      if (next !== undefined && DOCUMENTS.has(next.lower)) continue;
      // "Sisi confers Order of the Nile on …": a decoration's name, as in the body.
      const of = titleTokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
      if (titleTokens[of]?.lower === 'of' && titleTokens[of - 1]?.lower === 'order') continue;
      // "… Latin America tour": the last word of a place of two words (read below) is no place of its own.
      const prev = titleTokens[k - 1];
      if (prev !== undefined && twoWordPlace(prev.lower, t.lower)) continue;
      // "N. Korea's Kim meets …", "S. Korea edge Iraq": a headline's short form of a Korea.
      if (t.lower === 'korea' && titleTokens[k - 1]?.text === '.') {
        const side = KOREA_SIDES.get(titleTokens[k - 2]?.text ?? '');
        if (side !== undefined) {
          addPlace(side);
          continue;
        }
      }
      // "… headed by Sheikh Nawaf Al-Salem": a hyphenated name of a person's is no pair of places.
      const hyphenated = t.text.includes('-');
      if (hyphenated && personTokens.has(t.text)) continue;
      // "Statement of the G4 Foreign Ministers' Meeting": a group named by "G" and its number reads the same in a
      // headline's case.
      if (G_NUMBER.test(t.text)) {
        addOrg(t.text);
        continue;
      }
      // The token's own lower case when it is one word, rather than an array and a lower-cased copy per word.
      if (!hyphenated) headlinePlace(t.text, t.lower);
      else for (const part of t.text.split('-')) headlinePlace(part, part.toLowerCase());
    }
    for (let k = 0; k + 1 < titleDoc.tokens.length; k++) {
      const a = titleDoc.tokens[k] as Token;
      const b = titleDoc.tokens[k + 1] as Token;
      if (twoWordPlace(a.lower, b.lower)) addPlace(`${a.text} ${b.text}`);
    }
  }

  if (ambiguousPlace !== null) resolveAmbiguousPlace(people, ambiguousPlace);

  // "the Kremlin said … talks in the Kremlin", "in the Bundestag": a body of the story is listed once, as a body.
  const kept: string[] = [];
  for (let k = 0; k < places.length; k++)
    if (k < fromDateline || notABody(placeLowers[k] as string)) kept.push(places[k] as string);
  const result = { organizations: orgs, places: kept };
  // Let the article go: the module state would otherwise hold it until the next call.
  tokens = [];
  storyText = '';
  orgs = [];
  places = [];
  return result;
}

/** Lower-case words after "Labour" that make it the party: its government, its leaders and its members. */
const LABOUR_AFTER = new Set([
  'government',
  'leader',
  'leaders',
  'leadership',
  'mp',
  'mps',
  'lawmaker',
  'lawmakers',
]);

/** Whether "Labour" at `k`, mid-sentence, names the party by the lower-case word after it. */
function labourParty(k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && !next.cap && LABOUR_AFTER.has(next.lower) && !(tokens[k] as Token).first;
}

/** Plurals that name a party by its members' political family: "the Christian Democrats", "the Free Voters". */
const PARTY_FAMILIES = new Set(['democrats', 'voters', 'liberals', 'socialists', 'conservatives', 'greens']);

/**
 * "ahead of the Greens", "the Free Voters rose", "the SPP and the Christian Democrats": a party named as its members,
 * after "the" — a family's plural with a word of its own before it, or "the Greens" alone ("the Socialists", "the
 * Conservatives" alone may be any party's members).
 */
function partyFamily(s: number, e: number): boolean {
  if (tokens[s - 1]?.lower !== 'the' || e - s > 2) return false;
  const last = tokens[e - 1] as Token;
  if (!PARTY_FAMILIES.has(last.lower)) return false;
  if (e - s === 1) return last.lower === 'greens';
  const first = tokens[s] as Token;
  return first.word && !personTokens.has(first.text) && (tokenFlags(first) & DEMONYM) === 0;
}

/** Headlines' initials of the Koreas' compass points: "N. Korea", "S. Korea". */
const KOREA_SIDES = new Map([
  ['N', 'North Korea'],
  ['S', 'South Korea'],
]);

/** Plural nouns for bodies, before "including" or "such as" and a list of their names. */
const BODY_PLURALS = new Set([
  'groups',
  'organizations',
  'organisations',
  'outfits',
  'militias',
  'movements',
  'parties',
  'companies',
  'firms',
]);
/** Lower-case nouns that end a body's name in such a list ("the Varn network"). */
const LISTED_BODY_ENDS = new Set(['network', 'group', 'movement', 'militia', 'front']);

/**
 * "named groups including the Dark Hand, the Eastern Legion, al-Zarqa, the Varn network and the Night Front":
 * each name of a list after a plural noun for bodies and "including" (or "such as") is a body, whether or not a
 * word of it is known (a country's or a person's name ends the list: "groups including the Dark Hand and Iran").
 */
function listedBodies(): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    let at: number;
    if (t.lower === 'including') at = k + 1;
    else if (t.lower === 'such' && tokens[k + 1]?.lower === 'as') at = k + 2;
    else continue;
    const noun = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
    if (noun === undefined || !BODY_PLURALS.has(noun.lower)) continue;
    const sent = t.sent;
    let j = at;
    for (;;) {
      if (tokens[j]?.lower === 'the') j++;
      const start = j;
      while (tokens[j]?.cap && tokens[j]?.word && tokens[j]?.sent === sent && !inPerson[j]) j++;
      if (j === start || inPerson[j]) break;
      const capsEnd = j;
      if (LISTED_BODY_ENDS.has(tokens[j]?.lower ?? '') && tokens[j]?.sent === sent) j++;
      const name = phraseText(start, j);
      if (countryNames.has(name.toLowerCase()) || tokenFlags(tokens[start] as Token) & DEMONYM) break;
      // "Black Hand" found before its kind: named whole.
      const bare = phraseText(start, capsEnd).toLowerCase();
      if (capsEnd < j && orgKeys.has(bare)) renameOrg(bare, name, name.toLowerCase(), initials(name));
      else addOrg(name);
      const joint = tokens[j];
      if (joint?.text === ',') j += tokens[j + 1]?.lower === 'and' ? 2 : 1;
      else if (joint?.lower === 'and') j++;
      else break;
    }
  }
}

/** The words no body's name holds: a place's, a people's, a date's or a title's. */
const NOT_BODY_WORD = COUNTRY | DEMONYM | CITY | REGION | MONTH | WEEKDAY | TITLE_HEAD;

/**
 * "Partners include Corning, Coherent, GlobalWafers, Texas Instruments, Samsung and Broadcom", "owned by Anadolu Group,
 * BMC, Kirac Holding, Turkcell and TOBB": in a list of three capitalised names or more, joined only by commas and a
 * last "and", where two names at least are bodies found already, the others are bodies too — unless a name is a
 * person's, a place's, a people's, a date's or a title's.
 */
function listedBesideBodies(): void {
  if (orgKeys.size < 2) return;
  const items: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // A word test first: a list opens on a capitalised word after a lower-case one or a comma-less start.
    if (!t.cap || !t.word || tokens[k - 1]?.cap) continue;
    items.length = 0;
    let j = k;
    const sent = t.sent;
    for (;;) {
      const start = j;
      while (j - start < 4 && tokens[j]?.cap && tokens[j]?.word && tokens[j]?.sent === sent) j++;
      if (j === start || tokens[j]?.cap) break;
      items.push([start, j]);
      const joint = tokens[j];
      if (joint?.text === ',' && joint.sent === sent) j += tokens[j + 1]?.lower === 'and' ? 2 : 1;
      else if (joint?.lower === 'and' && items.length >= 2) {
        j++;
        const last = j;
        while (j - last < 4 && tokens[j]?.cap && tokens[j]?.word && tokens[j]?.sent === sent) j++;
        // "…, Oil and Natural Gas Corporation and GAIL": a name with "and" inside leaves the list unread.
        const after = tokens[j]?.lower;
        if (j > last && !tokens[j]?.cap && after !== 'and' && after !== 'of' && after !== '(')
          items.push([last, j]);
        else items.length = 0;
        break;
      } else break;
    }
    // Only a list closed by "and" ("A, B and C"), of three names or more.
    if (items.length < 3 || tokens[(items[items.length - 1] as [number, number])[0] - 1]?.lower !== 'and') {
      k = Math.max(k, j - 1);
      continue;
    }
    let found = 0;
    for (const [a, b] of items) if (orgKeys.has(phraseText(a, b).toLowerCase())) found++;
    if (found >= 2)
      for (const [a, b] of items) {
        const name = phraseText(a, b);
        const key = name.toLowerCase();
        if (orgKeys.has(key) || placeKeys.has(key) || countryNames.has(key) || isGazetteerPlace(key))
          continue;
        let other = false;
        for (let q = a; q < b && !other; q++)
          other = inPerson[q] !== 0 || (tokenFlags(tokens[q] as Token) & NOT_BODY_WORD) !== 0;
        if (!other) addOrg(name);
      }
    k = Math.max(k, j - 1);
  }
}

/** A grouping's meetings ("the X leaders' summit", "talks of the X"). */
const GROUP_MEETINGS = new Set(['summit', 'summits', 'meeting', 'meetings', 'talks']);
/** Words that make a one-word name no grouping's: places, peoples, titles, heads of bodies and places, dates. */
const NOT_GROUPING = COUNTRY | DEMONYM | CITY | REGION | TITLE_HEAD | ORG_HEAD | PLACE_HEAD | MONTH | WEEKDAY;

/** Whether the one capitalised word at `k` can name a grouping of states (no place, people, title or body head). */
function groupingWord(k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    t.word &&
    t.cap &&
    !inPerson[k] &&
    !personTokens.has(t.text) &&
    // After a lower-case word: "the Pacific Trade Forum (PTF) Economic Leaders' Meeting" names no grouping
    // "Economic".
    (tokens[k - 1] === undefined || (tokens[k - 1]?.word === true && !tokens[k - 1]?.cap)) &&
    // "the Norland-Vessia-Kestrel leaders' meeting": the sides of a meeting, no grouping's name.
    !t.text.includes('-') &&
    (tokenFlags(t) & NOT_GROUPING) === 0
  );
}

/**
 * "the upcoming Pentad Leaders' Summit", "at the Pentad foreign ministers' meeting", "talks of the Pentad": a word that
 * names whose leaders or ministers meet, or whose talks these are, is a grouping of states (a body), whether or not
 * the word is also an English one.
 */
function groupingsMeeting(): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const mark = tokens[k + 1]?.text;
    if ((t.lower === 'leaders' || t.lower === 'ministers') && (mark === "'" || mark === '’')) {
      if (!GROUP_MEETINGS.has(tokens[k + 2]?.lower ?? '')) continue;
      // "foreign ministers'", "the G4 Foreign Ministers' Meeting": a portfolio between, in either case.
      const portfolio = tokens[k - 1];
      const x =
        t.lower === 'ministers' &&
        portfolio !== undefined &&
        (!portfolio.cap || departmentWords.has(portfolio.lower))
          ? k - 2
          : k - 1;
      if (groupingWord(x)) addOrg((tokens[x] as Token).text);
    } else if (
      t.lower === 'of' &&
      // ("the Summit of the Oceans": a meeting's own name.)
      !tokens[k - 1]?.cap &&
      GROUP_MEETINGS.has(tokens[k - 1]?.lower ?? '') &&
      tokens[k + 1]?.lower === 'the' &&
      groupingWord(k + 2) &&
      !tokens[k + 3]?.cap
    )
      addOrg((tokens[k + 2] as Token).text);
  }
}

/** Whether two words name one place the gazetteer or the region list knows ("Latin America", "New Delhi"). */
function twoWordPlace(first: string, second: string): boolean {
  if (!TWO_WORD_PLACE_STARTS.has(first) && !REGION_STARTS.has(first)) return false;
  const two = `${first} ${second}`;
  return REGIONS.has(two) || isGazetteerPlace(two);
}
const REGION_STARTS = new Set([...REGIONS].map((r) => r.split(' ')[0] as string));

/** "Riksbank", "Bundesbank", "Norges Bank": a central bank, whose governor governs no place. */
const BANK_NAME = /bank\b/i;

/** Whether a year follows the name ending at `end` after a hyphen: "Joint Sea-2024" (not "Luna-25"). */
function yearAfter(end: number): boolean {
  const hyphen = tokens[end];
  const year = tokens[end + 1];
  return (
    hyphen?.text === '-' &&
    year !== undefined &&
    year.text.length === 4 &&
    DIGITS.test(year.text) &&
    hyphen.start === tokens[end - 1]?.end
  );
}

/** A word of the headline that the gazetteer knows as a place. */
function headlinePlace(word: string, lower: string): void {
  // "Kingston elected first woman to lead the body": a person's name that is also a town's.
  if (personTokens.has(word) && !countryNames.has(lower)) return;
  // "Chile's second government sworn in" over "Tiago Chile was sworn in": a country's name that ends a
  // person's name is their surname in the headline too.
  if (aliasWords.has(word)) return;
  if (isGazetteerPlace(lower)) addPlace(word);
}

/**
 * Whether the comma at `end`, inside the "of" complement of a body's head, goes on with a list of capitalised words
 * closed by "and" ("Ministry of Investment, Trade and Industry").
 */
function portfolioList(end: number): boolean {
  const head = tokens[(pieceEnds[pieceCount - 1] ?? 0) - 1];
  if (pieceCount === 0 || head === undefined || !orgHeads.has(head.lower)) return false;
  let r = end + 1;
  while (r < end + 4 && capWord(tokens[r], r) && !placeWord(tokens[r] as Token)) r++;
  const after = tokens[r + 1];
  return (
    r > end + 1 &&
    !capWord(tokens[r], r) &&
    tokens[r]?.lower === 'and' &&
    capWord(after, r + 1) &&
    !placeWord(after as Token)
  );
}

/**
 * The end of a country's name that the words [s, and) begin and "and" (with "the") and the capitalised words after
 * it close ("Bosnia and Herzegovina", "St Vincent and the Grenadines"), or 0.
 */
function countryAfterAnd(s: number, and: number): number {
  let j = and + 1;
  if (tokens[j]?.lower === 'the') j++;
  let r = j;
  while (r < j + 2 && capWord(tokens[r], r)) r++;
  if (r === j || capWord(tokens[r], r)) return 0;
  let name = '';
  for (let k = s; k < r; k++) name += (k > s ? ' ' : '') + (tokens[k] as Token).lower;
  return countryNames.has(name) ? r : 0;
}

/** A country, nationality, city or region: "the Ministry of Defence, Russia and China" lists no portfolios. */
function placeWord(t: Token): boolean {
  return (tokenFlags(t) & (COUNTRY | DEMONYM | CITY | REGION)) !== 0;
}

/** Endings of adjectives that open a party's name: "Social", "Democratic", "Liberal". */
const ADJECTIVE_ENDING = /(?:ic|al)$/;

/**
 * Whether "and" at `end` joins the piece [start, end) to the capitalised words after it in one body's name: the
 * piece ends in no head and names no place, and the words after it (up to four, none a head at first, no place)
 * close the name with a body's head, or complete an "of" complement ("… of Health and Human Services").
 */
function andJoinsName(start: number, end: number, via: number): boolean {
  const last = tokens[end - 1] as Token;
  // "the Authority of Heads of State and Government": one body's members, in one name.
  if (last.lower === 'state' && tokens[end + 1]?.lower === 'government' && tokens[end - 3]?.lower === 'heads')
    return true;
  const lastFlags = tokenFlags(last);
  if (lastFlags & (ORG_HEAD | PLACE_HEAD)) return false;
  // "the Community of Latin American and Caribbean States": the states of two regions, one name.
  if (via === VIA_OF && lastFlags & DEMONYM && capWord(tokens[end + 1], end + 1)) {
    let r = end + 1;
    while (r < end + 4 && capWord(tokens[r], r)) r++;
    if (GROUPED.has((tokens[r - 1] as Token).lower)) return true;
  }
  if (lastFlags & (COUNTRY | DEMONYM | CITY)) return false;
  // "Crown Prince of Abu Dhabi and Deputy Ruler": a place of two words closes its name too.
  if (end - start >= 2 && isGazetteerPlace(`${(tokens[end - 2] as Token).lower} ${last.lower}`)) return false;
  const first = tokens[end + 1];
  if (!capWord(first, end + 1)) return false;
  if (tokenFlags(first as Token) & (COUNTRY | DEMONYM | CITY)) return false;
  let r = end + 1;
  while (r < end + 5 && capWord(tokens[r], r)) r++;
  if (capWord(tokens[r], r)) return false;
  // A head opens no second name ("the Council and Assembly"), but modifies one in an "of" complement ("Ministry of
  // Foreign Affairs and International Cooperation").
  if (orgHeads.has((first as Token).lower) && (via !== VIA_OF || r === end + 2)) return false;
  // "Order and Liberty (ZiS)": a name its initials follow, in another language.
  if (tokens[r]?.text === '(' && tokens[r + 2]?.text === ')') {
    const acr = (tokens[r + 1] as Token).text;
    const from = STOP_LEAD.has((tokens[start] as Token).lower) ? start + 1 : start;
    const name = `${phraseText(from, end)} and ${phraseText(end + 1, r)}`;
    if (MIXED_ACRONYM.test(acr) && !acronymFits(acr, name)) return true;
  }
  // "a member of the Council of Ministers and National Security Advisor": a title after "and" is the person's second
  // office, no part of the body's name.
  if (tokenFlags(tokens[r - 1] as Token) & TITLE_HEAD) return false;
  let phrase = '';
  for (let k = end + 1; k < r; k++) phrase += (k > end + 1 ? ' ' : '') + (tokens[k] as Token).lower;
  // "the Social Democratic and Labour Party": a party's name known on its own closes a name its adjectives open.
  const adjectivesOpen = ADJECTIVE_ENDING.test(last.lower) && phrase.endsWith(' party');
  if (isGazetteerPlace(phrase) || (knownOrganizations.has(phrase) && !adjectivesOpen)) return false;
  // (A country may open the first name, before words of its own: "the China Conservation and Research Center".)
  const first0 = STOP_LEAD.has((tokens[start] as Token).lower) ? start + 1 : start;
  for (let k = start; k < end; k++)
    if (tokenFlags(tokens[k] as Token) & COUNTRY && (k !== first0 || end - k < 2)) return false;
  // "the Justice and Equality Movement": a movement's or a front's head closes the joined name as a body's does.
  const head = (tokens[r - 1] as Token).lower;
  // "the China Conservation and Research Center for the Giant Panda": a centre that is a body, as read alone.
  return (
    via === VIA_OF || orgHeads.has(head) || MORE_BODY_HEADS.has(head) || (r - end > 2 && centreBody(r - 1))
  );
}

const CENTRES = new Set(['center', 'centre', 'centers', 'centres']);
/** What a centre that is a venue hosts or holds: "Sandton Convention Centre", "the Olympic Sports Center". */
const VENUE_KINDS = new Set([
  'convention',
  'conference',
  'congress',
  'exhibition',
  'expo',
  'sports',
  'shopping',
  'trade',
  'press',
  'media',
  'business',
  'cultural',
  'arts',
  'community',
  'visitor',
  'visitors',
]);

/**
 * "Satellite Launch Center", "Africa Centres for Disease Control", "National Hurricane Center": a centre named with
 * its work is a body; one named with what it hosts is a venue ("National Convention Centre").
 */
function centreBody(h: number): boolean {
  const before = tokens[h - 1];
  return (
    CENTRES.has((tokens[h] as Token).lower) &&
    before !== undefined &&
    before.cap &&
    before.word &&
    !VENUE_KINDS.has(before.lower)
  );
}

/**
 * Whether the possessive at `end` joins two bodies ("the Central Bank's Monetary Policy Committee", "the Bank of
 * Norland's Monetary Policy Committee"): the words before it end a body's name, or are its "of" complement of one
 * word, and the capitalised words after it end with a body's head. "St. George's Hall" and "National People's
 * Congress" are one name.
 */
function ownedBody(pieceStart: number, end: number, via: number): boolean {
  const last = (tokens[end - 1] as Token).lower;
  // "National People's Congress", "Supreme People's Assembly": a possessive inside one name.
  if (tokens[end]?.text.length !== 2 || last === 'people' || last === 'peoples') return false;
  const owner =
    orgHeads.has(last) ||
    // "NASA's Space Center": a body known by its initials.
    (end - pieceStart === 1 && ACRONYM.test((tokens[end - 1] as Token).text)) ||
    // "the Central Committee of the North's Workers' Party": a compass point standing for its country owns no body,
    // the name goes on.
    (via === VIA_OF &&
      end - pieceStart === 1 &&
      !COMPASS_WORDS.has(last) &&
      pieceCount > 0 &&
      orgHeads.has((tokens[(pieceEnds[pieceCount - 1] as number) - 1] as Token).lower));
  if (!owner || end - pieceStart < 1) return false;
  let r = end + 1;
  while (r < end + 6 && capWord(tokens[r], r)) r++;
  // "the Foreign Ministry's Asian and Oceanian Affairs Bureau": words joined by "and" in the owned body's name.
  if (r > end + 1 && tokens[r]?.lower === 'and' && capWord(tokens[r + 1], r + 1)) {
    r++;
    while (r < end + 8 && capWord(tokens[r], r)) r++;
  }
  return r > end + 1 && (orgHeads.has((tokens[r - 1] as Token).lower) || centreBody(r - 1));
}

/** The end of the capitalised words from `k` (four at most). */
function titleEnd(k: number): number {
  let r = k;
  while (r < k + 4 && capWord(tokens[r], r)) r++;
  return r;
}

/** Whether the capitalised words from `k` end in a title head: "Official Spokesperson", "Press Secretary". */
function titleAfter(k: number): boolean {
  const r = titleEnd(k);
  return r > k && titleHeads.has((tokens[r - 1] as Token).lower);
}

function capWord(t: Token | undefined, k: number): boolean {
  // "to Sheikh Omar": an honorific right before a person's name is neither a place nor a body.
  return (
    t !== undefined &&
    t.word &&
    t.cap &&
    !inPerson[k] &&
    // "Dr. Majed X": also with the abbreviation's full stop between.
    !((inPerson[k + 1] || (inPerson[k + 2] && tokens[k + 1]?.text === '.')) && honorifics.has(t.lower)) &&
    // "Ambassador to Norland Datuk Seri X": an honorific of two words before a person.
    !(inPerson[k + 2] && honorificPairs.get(t.lower)?.has(tokens[k + 1]?.lower ?? '') === true)
  );
}

/** The first letters of the words of `name` that start in upper case: "ABC" for "Alpha-Beta Corp". */
function initials(name: string): string {
  let out = '';
  if (UNUSUAL_CHARACTER.test(name)) {
    for (const w of name.split(WORD_BREAKS)) if (STARTS_UPPER.test(w)) out += w[0];
    return out;
  }
  // ASCII, most names: a scan of the characters instead of a split and an expression per word.
  let atStart = true;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13)) {
      atStart = true;
      continue;
    }
    if (atStart && c >= 65 && c <= 90) out += name[k];
    atStart = false;
  }
  return out;
}

const LEADING_THE = /^the /i;
function addOrg(name: string): void {
  const key = name.toLowerCase();
  if (!name) return;
  // "His Holiness Pope X", "His Eminence Cardinal Y": a style of address is nobody's name.
  if (!key || orgKeys.has(key) || isSource(key, name) || STYLES.has(key) || CREEDS.has(key)) return;
  // "COP29 President X", "at COP28": initials with a session's number fused name one meeting of a series, an event.
  if (NUMBERED_SESSION.test(name)) return;
  // "thanked the Government of Norway for its help": the country a government governs is a place the story names.
  if (key.startsWith('government of ')) {
    const governed = name.slice(14).replace(LEADING_THE, '');
    if (countryNames.get(straightApostrophes(governed.toLowerCase()))) addPlace(governed);
  }
  // "… Movement (Hamas) … Hamas": a short name defined in brackets, found already.
  if (acronyms.has(name)) return;
  // "the Tigray People's Liberation Front (TPLF) … TPLF leader X", "… NNPC Ltd": found already.
  const space = name.indexOf(' ');
  const bare =
    space > 0 && COMPANY_SUFFIXES.has(key.slice(space + 1).replace(STOPS_AND_COMMAS, ''))
      ? name.slice(0, space)
      : name;
  // "Law and Justice (PiS) … PiS leader X": initials of mixed case too; "the United Nations … U.N.
  // Secretary-General Y": and initials written with full stops.
  if (
    (ACRONYM.test(bare) || HYPHENATED_ACRONYM.test(bare) || MIXED_ACRONYM.test(bare)) &&
    shortFormOfFound(bare)
  )
    return;
  if (DOTTED_INITIALS.test(bare) && shortFormOfFound(bare.replace(FULL_STOPS, ''))) return;
  // "the African Union Commission … the AU's solidarity": initials of the words that open a found body's name, before
  // its head, name the body those words name.
  if (ACRONYM.test(name)) {
    const opening = openingWordsOfFound(name);
    if (opening !== '') {
      if (opening !== name) addOrg(opening);
      return;
    }
  }
  // "the CPC Central Committee" after "the Communist Party of China (CPC) Central Committee": found already.
  if (innerAcronyms.size > 0 && name.includes(' ') && innerFormFound(key)) return;
  const nameInitials = name.includes(' ') ? initials(name) : '';
  // One entry per body, by its long form. "FEMA Administrator … the Federal Emergency Management Agency",
  // "China-EU relations … the European Union": the body found by its acronym is named by the long form.
  const acr = LONG_ACRONYM.get(key) ?? (groupAcronym(key) || nameInitials.toLowerCase());
  if (acr.length > 1 && orgKeys.has(acr)) {
    renameOrg(acr, name, key, nameInitials);
    return;
  }
  // "U.N. Secretary-General X … the United Nations": the same with the initials' full stops.
  const dotted = acr.length > 1 && orgs.length > 0 ? `${acr.split('').join('.')}.` : '';
  if (dotted !== '' && orgKeys.has(dotted)) {
    renameOrg(dotted, name, key, nameInitials);
    return;
  }
  // "the Federal Reserve … the Fed": a short name of a body already found.
  const long = ACRONYM_LONG.get(name)?.toLowerCase();
  // "the House Oversight Committee … Committee Chairman X": a body's head alone, but a legislature's ("Congress"
  // beside "the African National Congress" may be another body; `isShortName` reads the legislatures).
  const headAlone = !key.includes(' ') && orgHeads.has(key) && !LEGISLATURES.has(key);
  const leader = leaderExecutive(key);
  for (let k = 0; k < orgs.length; k++) {
    const found = orgLowers[k] as string;
    // "the new Cabinet of Prime Minister X … the X Cabinet": the cabinet found by its head is named by its leader.
    if (leader !== '' && found === leader) {
      renameOrg(found, name, key, nameInitials);
      return;
    }
    if (long !== undefined && (found === long || isShortName(long, found))) return;
    if (headAlone && found.endsWith(` ${key}`)) {
      // "the International Affairs Committee of the State Duma … the Duma would study it": a legislature named by
      // its last word after a body named in its "of" complement is that legislature, by the complement's words.
      const of = found.lastIndexOf(' of the ');
      const legislature = of > 0 ? found.slice(of + 8) : '';
      if (legislature.includes(' ') && institutionCountry.has(key) && !orgKeys.has(legislature))
        addOrg((orgs[k] as string).slice(of + 8));
      return;
    }
    if (isShortName(key, found) || invertedName(key, found) || nationalName(key, found)) {
      orgKeys.add(key);
      return;
    }
    if (isShortName(found, key)) {
      renameOrg(found, name, key, nameInitials);
      return;
    }
  }
  orgKeys.add(key);
  orgs.push(name);
  orgLowers.push(key);
  orgInitials.push(nameInitials);
}

/** The first words of a found body's name whose initials are `acr`, before a head ("African Union" of "African Union
 * Commission" for AU); '' if none. */
function openingWordsOfFound(acr: string): string {
  for (const found of orgs) {
    const words = found.split(' ');
    if (words.length <= acr.length || !orgHeads.has((words[acr.length] as string).toLowerCase())) continue;
    let k = 0;
    while (k < acr.length && (words[k] as string)[0] === acr[k]) k++;
    if (k === acr.length) return words.slice(0, k).join(' ');
  }
  return '';
}

/** "cabinet" of "ishiba cabinet": the head of an executive of two words whose first is no place ('' if none). */
function leaderExecutive(key: string): string {
  const space = key.indexOf(' ');
  if (space < 0 || key.indexOf(' ', space + 1) >= 0) return '';
  const head = key.slice(space + 1);
  const first = key.slice(0, space);
  return EXECUTIVES.has(head) && !isGazetteerPlace(first) && !(wordFlags(first) & (COUNTRY | DEMONYM))
    ? head
    : '';
}

/**
 * The agency credited for the story, by the name it gives ("Kazinform" for "Kazinform News Agency", "The Canadian
 * Press") or its initials ("NAN" for "News Agency of Nigeria"): not a body of the story.
 */
function isSource(key: string, name: string): boolean {
  if (!source) return false;
  if (key === source || (source.startsWith('the ') && key === source.slice(4))) return true;
  if (key.startsWith(source) && key[source.length] === ' ') return true;
  // Initials alone could be another body's ("PTI" is also Pakistan Tehreek-e-Insaf): only a news outlet's name.
  if (!NEWS_NAME.test(key)) return false;
  // "the AA News Broadcasting System" under Anadolu Agency: the agency's own service.
  if (sourceInitials.length > 1 && key.startsWith(`${sourceInitials} `)) return true;
  return initials(name).toLowerCase() === source;
}

const NEWS_NAME = /\b(?:news|agency|press|radio|television|broadcasting)\b/;

/** Names the body found under `foundKey` by its longer name; both names then count as found. */
function renameOrg(foundKey: string, name: string, key: string, nameInitials: string): void {
  orgKeys.add(key);
  for (let k = 0; k < orgs.length; k++) {
    if (orgLowers[k] !== foundKey) continue;
    orgs[k] = name;
    orgLowers[k] = key;
    orgInitials[k] = nameInitials;
    return;
  }
}

/** Words that name a body's kind or rank, no body of their own: "Central Committee", "General Assembly". */
const GENERIC_BODY_WORDS = new Set([
  'central',
  'general',
  'national',
  'supreme',
  'standing',
  'executive',
  'political',
  'strategic',
  'permanent',
  'joint',
  'committee',
  'assembly',
  'council',
  'bureau',
  'commission',
  'board',
  'secretariat',
]);

/** Whether `short`, two words or more all of `GENERIC_BODY_WORDS`, stands inside `long` as whole words. */
function genericInside(short: string, long: string): boolean {
  const at = long.indexOf(short);
  if (at < 0 || !short.includes(' ')) return false;
  if (
    (at > 0 && long[at - 1] !== ' ') ||
    (at + short.length < long.length && long[at + short.length] !== ' ')
  )
    return false;
  for (const word of short.split(' ')) if (!GENERIC_BODY_WORDS.has(word)) return false;
  return true;
}

/**
 * Whether `short` names the same body as `long` without the words a story drops once it has named it: the place or
 * nationality before it ("U.N. Security Council" … "the Security Council", "Rio de Janeiro Civil Police"), its "of"
 * complement ("the General Council of the World Trade Organisation" … "the General Council") or its legal form
 * ("Nippon Steel Corp" … "Nippon Steel"). One-word names are left alone but a company's first word and a
 * legislature ("Congress" after "the U.S. Congress" or "the National Congress"; not "the African National Congress").
 */
function isShortName(short: string, long: string): boolean {
  // "Ana Reis (Finns) … the Finns Party": a party named without its kind, even in one word.
  if (long.length === short.length + 6 && long.endsWith(' party') && long.startsWith(short)) return true;
  // "Al Hilal Club announced … with Al Hilal": a club named without its kind, as a party is.
  if (long.length === short.length + 5 && long.endsWith(' club') && long.startsWith(short)) return true;
  if (long.length <= short.length + 2) return false;
  // "the Standing Bureau of the Velmar Party Central Committee … the Central Committee met", "the National Committee
  // on Velmar Relations … the National Committee's head": a name of generic words only, inside a found body's name,
  // is that body, named short.
  if (genericInside(short, long)) return true;
  // "Acme Gas Ltd … Acme Managing Director X": a company named by its first word, without its trade and legal form.
  if (
    !short.includes(' ') &&
    long.startsWith(`${short} `) &&
    COMPANY_SUFFIXES.has(long.slice(long.lastIndexOf(' ') + 1).replace(STOPS_AND_COMMAS, ''))
  )
    return true;
  // "the U.S. Senate … Senate Majority Leader X": a legislature without its country is the one found; other bodies
  // of one word may be another.
  if (!short.includes(' ') && !LEGISLATURES.has(short)) return false;
  if (long.startsWith(short)) {
    const rest = long.slice(short.length);
    if (rest.startsWith(' of ')) return true;
    // "the Boston Symphony Orchestra … the Boston Symphony": an ensemble named without its kind.
    if (rest === ' orchestra') return true;
    return rest[0] === ' ' && COMPANY_SUFFIXES.has(rest.slice(1).replace(STOPS_AND_COMMAS, ''));
  }
  if (!long.endsWith(short) || long[long.length - short.length - 1] !== ' ') return false;
  const qualifier = long.slice(0, long.length - short.length - 1);
  // "a ceremony at the National Congress … the joint session of Congress": the story's one legislature.
  if (qualifier === 'national' && LEGISLATURES.has(short)) return true;
  if (isGazetteerPlace(qualifier) || internationalBodies.has(qualifier.replace(FULL_STOPS, ''))) return true;
  return !qualifier.includes(' ') && (wordFlags(qualifier) & (COUNTRY | DEMONYM)) !== 0;
}

/**
 * Whether `a` names the body `b` names with its country after "of" by the country's nationality before it: "the Lao
 * National Assembly" after "the National Assembly of Laos".
 */
function nationalName(a: string, b: string): boolean {
  const space = a.indexOf(' ');
  if (space < 0 || !b.startsWith(`${a.slice(space + 1)} of `)) return false;
  const first = a.slice(0, space);
  const tail = b.slice(a.length - space + 3);
  const country = demonymCountry.get(first);
  if (country !== undefined) return tail === country.toLowerCase();
  // "the ROK National Assembly" after "the National Assembly of the Republic of Korea (ROK)": the country's
  // initials, each word's first letter.
  const named = tail.startsWith('the ') ? tail.slice(4) : tail;
  if (first.length < 2 || first.length > 4 || !countryNames.has(named)) return false;
  let letters = '';
  for (const w of named.split(' ')) letters += w[0];
  return letters === first;
}

/** Heads a body's name puts first or last: "Ministry of External Affairs" is the "External Affairs Ministry". */
const INVERTIBLE_HEADS = ['ministry', 'department'];

/** Whether two names are one body's, head first and head last ("ministry of x y" and "x y ministry"). */
function invertedName(a: string, b: string): boolean {
  for (const head of INVERTIBLE_HEADS)
    if (
      (a === `${b.slice(head.length + 4)} ${head}` && b.startsWith(`${head} of `)) ||
      (b === `${a.slice(head.length + 4)} ${head}` && a.startsWith(`${head} of `))
    )
      return true;
  return false;
}

/** Languages whose names are no nationality the lexicon knows: "speaking in Arabic" names no place. */
const LANGUAGES = new Set([
  'arabic',
  'pashto',
  'dari',
  'urdu',
  'hindi',
  'farsi',
  'swahili',
  'mandarin',
  'cantonese',
  // "a welcome in Hebrew", "a prayer in Latin", "spoke in Tagalog": languages no nationality's word names.
  'hebrew',
  'latin',
  'tagalog',
  'yiddish',
  'sanskrit',
]);

/** Whether the token after a city in capitals marks a dateline: a dash, or the agency's name in brackets. */
function datelineMark(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '(' || DASHES.has(t.text));
}

/** Titles of a legislature's presiding officer, written before it in Pakistan's press: "Chairman Senate X". */
const PRESIDING_TITLES = new Set(['chairman', 'speaker']);

/** Whether `singles` reads a subheading in capitals ("MESSAGE FROM MOSCOW"), whose places are written as names. */
let inShoutedRun = false;

const NO_PLACE_NAMES = new Set(['bible', 'koran', 'quran', 'torah', 'treasury']);
const STATE_FORMS = new Set([
  'kingdom',
  'republic',
  'islamic republic',
  'sultanate',
  'emirate',
  'principality',
]);

function addPlace(written: string): void {
  // "TALKS IN PYONGYANG": a subheading's capitals are its style, not the name's.
  const name = inShoutedRun && written === written.toUpperCase() ? titleCaseUpper(written) : written;
  // "the See of St Mark", with the saint read as a person: a saint's abbreviation alone names no place.
  if (name === 'St') return;
  // "R$ 600" (Brazil's reais), a list's "A" or "B": a single letter names no place.
  if (name.length < 2) return;
  // A story names its places again and again ("China" at every mention): a name met before changes nothing.
  if (placeNamesSeen.has(name)) return;
  const lower = name.toLowerCase();
  // "in the Orthodox style", "to visit the Jewish state": a creed names no place; "praised the Kingdom's role",
  // "the Republic's envoy": nor a state's form alone, a country named by its long form or its name; "a reading from
  // the Bible", "a post at Treasury": nor a scripture or a ministry.
  if (CREEDS.has(lower) || STATE_FORMS.has(lower) || NO_PLACE_NAMES.has(lower)) return;
  let display = name;
  // "Cote d’Ivoire": the lexicon writes a straight apostrophe.
  const c = countryNames.get(straightApostrophes(lower));
  if (c === '') {
    ambiguousPlace = lower;
    return;
  }
  placeNamesSeen.add(name);
  if (c && !KEEP_AS_WRITTEN.has(lower)) display = c;
  const key = display === name ? lower : display.toLowerCase();
  if (!key || placeKeys.has(key)) return;
  // "Hebei" after "Hebei Province": the same place; but a country is not the city or the canal named after it
  // ("Mexico" after "Mexico City", "Panama" after "the Panama Canal"), nor a continent the country named after it
  // ("Africa had fought …" after "South Africa").
  const padded = ` ${key} `;
  if (!c)
    for (const k of paddedPlaceKeys)
      if (
        k.includes(padded) &&
        !(regionOf(k, key) && isCity(key)) &&
        !continentOf(k, key) &&
        !stateOfCity(k, key) &&
        !venueOfCity(k, key)
      )
        return;
  // "Guangdong … Guangdong Province": one province, by its long form (as the owners' corpus lists "Hebei Province"
  // for "Hebei Province … Hebei"); a city and the region named after it stay two ("Moscow", "Moscow Region").
  // "Gaza … the Gaza Strip": one territory too, though "Gaza" is also its city's name (as "Gaza" after the Strip is
  // dropped above).
  // "HUANGSHAN, Anhui … in Huangshan City": one city, by its long form, as "Huangshan" after it is dropped above; a
  // country or a state is not the city named after it ("Mexico … Mexico City", "New York Gov. … New York City").
  const space = key.lastIndexOf(' ');
  const strip = space > 0 && key.endsWith(' strip');
  const city = space > 0 && key.endsWith(' city');
  if (space > 0 && (strip || city || PROVINCE_NOUNS.has(key.slice(space + 1)))) {
    const short = key.slice(0, space);
    const at = placeLowers.indexOf(short);
    if (
      at >= 0 &&
      (strip || (city ? !countryNames.has(short) && !(wordFlags(short) & REGION) : !isCity(short)))
    ) {
      renamePlace(at, display, key);
      return;
    }
  }
  placeKeys.add(key);
  paddedPlaceKeys.push(padded);
  places.push(display);
  placeLowers.push(key);
}

/** Names the place found at `at` by its longer name `display` (of lower-cased `key`); both names then count as found. */
function renamePlace(at: number, display: string, key: string): void {
  placeKeys.add(key);
  places[at] = display;
  placeLowers[at] = key;
  paddedPlaceKeys[at] = ` ${key} `;
}

/**
 * Whether `key` is a listed region that opens the padded place `padded` with a word of its own after it, no province's
 * noun: "Johor" is the state, "Johor Bahru" its capital ("Hebei" stays the short form of "Hebei Province").
 */
function stateOfCity(padded: string, key: string): boolean {
  return (
    padded.startsWith(` ${key} `) &&
    REGIONS.has(key) &&
    !regionOf(padded, key) &&
    padded.split(' ').length === 4
  );
}

/**
 * Whether the padded place `padded` is a venue named after the city `key` that opens it: "Adelaide" is the city,
 * "Adelaide Zoo" a venue in it (the golds list both, as "Cairo" beside "Cairo International Airport").
 */
/** Buildings the news names by their name alone after once in full: "the Zarzuela Palace … from Zarzuela". */
const SHORT_NAMED_BUILDINGS = new Set(['palace', 'castle', 'house', 'hall', 'mansion', 'residence']);
function venueOfCity(padded: string, key: string): boolean {
  // A town the gazetteer lacks counts when named on its own after a preposition ("at the Sharm el-Sheikh
  // International Convention Center … talks in Sharm el-Sheikh"), but for a palace's short name ("the Planalto
  // Palace … at the Planalto" is one building).
  if (!padded.startsWith(` ${key} `)) return false;
  const city = isCity(key);
  if (!city && !placesByPreposition.has(key)) return false;
  const last = padded.slice(padded.lastIndexOf(' ', padded.length - 2) + 1, -1);
  if (!city && SHORT_NAMED_BUILDINGS.has(last)) return false;
  return placeHeads.has(last) && !PROVINCE_NOUNS.has(last) && !AREA_HEADS.has(last);
}
/** Heads of places that are areas, not venues: "Mexico City", "Guangdong Province", "Tibet Autonomous Region". */
const AREA_HEADS = new Set([
  'city',
  'region',
  'area',
  'municipality',
  'province',
  'island',
  'islands',
  'peninsula',
]);

/** Whether `key` is a region the gazetteer knows inside the padded country name `padded` ("africa", " south africa "). */
function continentOf(padded: string, key: string): boolean {
  return (wordFlags(key) & REGION) !== 0 && countryNames.has(padded.slice(1, -1));
}

/** Whether a lower-cased place is a city the gazetteer or the country rules know ("moscow"). */
function isCity(key: string): boolean {
  return (wordFlags(key) & CITY) !== 0 || cityCountry(key) !== undefined;
}

/** Whether the padded place key `padded` is the region named after the city `city` ("moscow region", "moscow"). */
function regionOf(padded: string, city: string): boolean {
  const noun = padded.slice(city.length + 2, -1);
  return padded.startsWith(` ${city} `) && PROVINCE_NOUNS.has(noun);
}

/** The nouns after a province's or a region's name: "Guangdong Province", "Amur Region". */
const PROVINCE_NOUNS = new Set(['province', 'region', 'prefecture', 'oblast', 'state', 'county', 'district']);

/** Whether the place of lower-cased name `key` is none of the story's bodies. */
function notABody(key: string): boolean {
  return (
    !isFoundInstitution(key) && !(placesByPreposition.has(key) && orgKeys.has(key) && !employerKeys.has(key))
  );
}

/**
 * A seat, legislature or movement found as a body of the story ("the Kremlin said", "Hamas"). Only names known as
 * bodies count: a town taken for a body ("Asheville Mayor") stays a place.
 */
function isFoundInstitution(key: string): boolean {
  return (
    orgKeys.has(key) &&
    (institutionCountry.has(key) || knownOrganizations.has(key) || LEGISLATURE_NAMES.has(key))
  );
}

/** "Korea-Japan relations" in a story whose Korean people are all South Korean: the place is South Korea. */
function resolveAmbiguousPlace(people: PersonRecord[], name: string): void {
  const suffix = ` ${name}`;
  let found: string | null = null;
  for (const p of people) {
    const c = p.country;
    if (c === null || !c.toLowerCase().endsWith(suffix)) continue;
    if (found !== null && found !== c) return;
    found = c;
  }
  if (found !== null) addPlace(found);
}

function phraseText(s: number, e: number): string {
  // Most phrases are written with one space between words and no "(ACR)": the token's text or the story's own
  // characters sliced once, rather than a string built word by word and flattened again by `trim`.
  const first = tokens[s];
  if (first !== undefined && e > s && first.text !== '(') {
    let prevEnd = first.end;
    let k = s + 1;
    for (; k < e; k++) {
      const t = tokens[k] as Token;
      if (
        t.text === '(' ||
        (t.start !== prevEnd && (t.start !== prevEnd + 1 || storyText.charCodeAt(prevEnd) !== 32))
      )
        break;
      prevEnd = t.end;
    }
    if (k === e) {
      const out = e - s === 1 ? first.text : storyText.slice(first.start, prevEnd);
      if (!trimmable(out.charCodeAt(0)) && !trimmable(out.charCodeAt(out.length - 1))) return out;
    }
  }
  // Drop "(ACR)" from the written form.
  let out = '';
  let k = s;
  while (k < e) {
    const t = tokens[k] as Token;
    if (t.text === '(' && tokens[k + 2]?.text === ')') {
      k += 3;
      continue;
    }
    const prev = tokens[k - 1];
    const glue = out !== '' && prev !== undefined && prev.end === t.start;
    out += (out !== '' && !glue ? ' ' : '') + t.text;
    k++;
  }
  return out.trim();
}

/** Whether `trim` might remove this character: ASCII space and controls, and (to be safe) any non-ASCII one. */
function trimmable(c: number): boolean {
  return c <= 32 || c >= 128;
}

/** Words between a body's name and the title they open: "Press Secretary", "Majority Leader", "Managing Director". */
const TITLE_OPENERS = new Set(['press', 'majority', 'minority', 'managing', 'presiding', 'acting']);
/** End of the words of tokens [s, e) before any trailing title heads ("Foreign Ministry Spokesperson"). */
function headEnd(s: number, e: number): number {
  const end = e;
  // The word lists kept on the token (filled for most capitalised words by the time this runs), not the set.
  while (e > s && (tokenFlags(tokens[e - 1] as Token) & TITLE_HEAD) !== 0) e--;
  // "Kremlin Press Secretary", "White House Press Secretary": "press" opens the title, not the body's name; so do
  // a chamber's sides ("Senate Majority Leader X", "House Minority Whip Y").
  if (e < end && e > s + 1 && TITLE_OPENERS.has((tokens[e - 1] as Token).lower)) e--;
  // "the Iranian Armed Forces Major General X": a rank's first word opens the title too.
  else if (e < end && e > s + 1 && RANK_OPENERS.has((tokens[e - 1] as Token).lower)) e--;
  return e;
}
const RANK_OPENERS = new Set(['major', 'lieutenant', 'lt', 'brigadier', 'rear']);
const PARTICIPLE = /^\p{L}{3,}ed$/u;

/** The head word of tokens [s, e): the last word before any trailing title heads. */
function headOf(s: number, e: number): Token | undefined {
  const h = headEnd(s, e);
  return h > s ? tokens[h - 1] : undefined;
}

const BASED_RE = /^\p{Lu}[\p{L}.'’ -]*-based$/u;

/** `endsWith('-based')`, asked of the first word of every phrase: most fail at the last character. */
function endsWithBased(word: string): boolean {
  const n = word.length;
  return n > 6 && word.charCodeAt(n - 1) === 100 && word.endsWith('-based');
}

function trimLead(s: number, e: number): number {
  while (s < e) {
    const t = tokens[s] as Token;
    const next = tokens[s + 1];
    // "Japan's National Security Secretariat", "Uttarakhand's Uttarkashi district": the country, region or city is
    // a place of its own.
    if (
      next &&
      (next.text === "'s" || next.text === '’s') &&
      (countryNames.has(t.lower) || (tokenFlags(t) & (REGION | CITY)) !== 0) &&
      s + 2 < e
    ) {
      addPlace(t.text);
      s += 2;
      continue;
    }
    // "Sri Lanka's National People's Power": the same with a country of two words.
    const after = tokens[s + 2];
    if (
      next?.cap &&
      after !== undefined &&
      (after.text === "'s" || after.text === '’s') &&
      s + 3 < e &&
      countryNames.has(`${t.lower} ${next.lower}`)
    ) {
      addPlace(`${t.text} ${next.text}`);
      s += 3;
      continue;
    }
    // "the Manila-based International Rice Research Institute": where a body sits is no part of its name (the city
    // is a place of its own).
    if (endsWithBased(t.text) && BASED_RE.test(t.text) && s + 1 < e) {
      addPlace(t.text.slice(0, t.text.lastIndexOf('-')));
      s++;
      continue;
    }
    const f = tokenLists(t);
    // ("ACT leader X" opening a sentence: initials are no common word capitalised by its place.)
    const generic =
      t.first &&
      (f & COMMON_WORD) !== 0 &&
      !(t.text.length >= 3 && ACRONYM.test(t.text)) &&
      (f & (DEMONYM | ORG_HEAD | COUNTRY | CITY | REGION | KNOWN_ORG)) === 0 &&
      !modifiesHead(s, e) &&
      !namedByTwoWords(s, e) &&
      !(FEATURES_FIRST.has(t.lower) && s + 1 < e);
    // "talks in The Hague": a city whose name opens with its article keeps it.
    if (t.text === 'The' && s + 2 === e && next?.cap && THE_CITIES.has(next.lower)) break;
    if (STOP_LEAD.has(t.lower) || (f & (FUNCTION_WORD | COUNTRY)) === FUNCTION_WORD || generic) s++;
    else break;
  }
  return s;
}
/** Cities whose English name opens with "The" (after it, in lower case). */
const THE_CITIES = new Set(['hague']);

/**
 * "White House spokeswoman X said", "New York City Mayor Y", "North Korea fired", "United Nations Secretary-General Z"
 * opening a sentence: a seat of government, a known body or a place named in two words, the first a common one.
 */
function namedByTwoWords(s: number, e: number): boolean {
  const next = tokens[s + 1];
  if (s + 1 >= e || next === undefined) return false;
  const first = (tokens[s] as Token).lower;
  const two = `${first} ${next.lower}`;
  return (
    institutionCountry.has(two) ||
    knownOrganizations.has(two) ||
    (TWO_WORD_PLACE_STARTS.has(first) && isGazetteerPlace(two)) ||
    // "South Australia Premier X", "West Bank towns": a region of two words the lexicon lists.
    REGIONS.has(two)
  );
}

/**
 * "High Court Judge …" opening a sentence: the first word qualifies the organisation head right after it, the
 * last word of the body (before any title heads), so it is part of the name rather than a sentence opener.
 */
function modifiesHead(s: number, e: number): boolean {
  const next = tokens[s + 1];
  return (
    next !== undefined &&
    !TITLE_ONLY_MODIFIERS.has((tokens[s] as Token).lower) &&
    s + 2 === headEnd(s, e) &&
    (tokens[e]?.lower !== 'of' || ofCountryAt(e)) &&
    (tokenFlags(next) & ORG_HEAD) !== 0
  );
}

/** "Armed Forces of the Philippines chief X" opening a sentence: the "of" at `of` names a country after it. */
function ofCountryAt(of: number): boolean {
  const at = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  const t = tokens[at];
  return t !== undefined && t.cap && countryNames.has(t.lower);
}

/** Whether the words before the head at `bodyEnd - 1` are none, or a country or a nationality ("U.S. District"). */
function headOpensTitle(s: number, bodyEnd: number): boolean {
  if (bodyEnd - s === 1) return true;
  if (bodyEnd - s !== 2) return false;
  const t = tokens[s] as Token;
  return (tokenFlags(t) & (COUNTRY | DEMONYM)) !== 0 || countryNames.has(t.lower);
}

/** Whether [s, e), or [s, e - 1) before a rank ("Prime"), is a country's name; if so it is added as a place. */
function countryBefore(s: number, e: number): boolean {
  for (let end = e; end >= e - 1 && end - s >= 2; end--) {
    const name = phraseText(s, end);
    if (countryNames.has(straightApostrophes(name.toLowerCase()))) {
      addPlace(name);
      return true;
    }
  }
  return false;
}

/** Classifies the phrase made of pieces [from, pieceCount), the first one read as its start. */
const LOCAL_KINDS = new Set([...LOCAL_BODY_KINDS, 'district', 'county', 'city']);

/**
 * Whether the run [s, e) is written in capitals and holds a function word or makes a whole sentence, as a subheading
 * does: "MEDIATION UNDER WAY", "TALKS IN THE CAPITAL".
 */
function shouted(s: number, e: number): boolean {
  const sent = (tokens[s] as Token).sent;
  let functionWord = tokens[s - 1]?.sent !== sent && tokens[e]?.sent !== sent;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    // Most runs go on in lower case after their first letter: the test ends at the first word.
    const c1 = t.text.charCodeAt(1);
    if (!(c1 >= 65 && c1 <= 90) || t.text !== t.text.toUpperCase()) return false;
    if (tokenFlags(t) & FUNCTION_WORD) functionWord = true;
  }
  return functionWord;
}

/** The prefixes of a navy's ships' names. */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'INS', 'USNS']);

/** Buildings whose named rooms are venues: "the palace's Throne Hall". */
const ROOM_OWNERS = new Set(['palace', 'castle']);

/** Whether `t` is a possessive "'s". */
function possessiveMark(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "'s" || t.text === '’s');
}

function classify(from: number): void {
  if (from >= pieceCount) return;
  // "the Light of Norland pipeline": a name with an "of" complement right before a work's noun is the work's, no
  // body's, and the place in it is the work's name.
  if (
    from === 0 &&
    pieceVias[pieceCount - 1] === VIA_OF &&
    WORKS.has(tokens[pieceEnds[pieceCount - 1] as number]?.lower ?? '')
  )
    return;
  const firstEnd = pieceEnds[from] as number;
  const s = trimLead(pieceStarts[from] as number, firstEnd);
  if (s >= firstEnd) {
    classify(from + 1);
    return;
  }
  // "chairman of the U.S. Joint Chiefs of Staff", "the Joint Chiefs of Staff (JCS) said": a board of chiefs is a body,
  // though its words are a title's.
  if (from + 1 < pieceCount && pieceVias[from + 1] === VIA_OF && chiefsOfStaff(firstEnd, from + 1)) {
    const end = (pieceStarts[from + 1] as number) + 1;
    const name = phraseText(s, end);
    addOrg(name);
    const acr = acronymAfter.get(end);
    if (acr !== undefined) acronyms.set(acr, name);
    classify(from + 2);
    return;
  }
  const count = pieceCount - from;
  // "aboard the USS Velmar City", "HMS Dorsk": a ship's name, neither a place nor a body; "the Velmar dynasty": nor
  // a house's.
  if (count === 1 && (SHIP_PREFIXES.has((tokens[s] as Token).text) || tokens[firstEnd]?.lower === 'dynasty'))
    return;
  // "ahead of the Greens", "the Free Voters rose": a party named as its members (with its initials after it, read
  // as a defined name below).
  if (count === 1 && !acronymAfter.has(firstEnd) && partyFamily(s, firstEnd)) {
    addOrg(phraseText(s, firstEnd));
    return;
  }
  // "the Halk Maslahaty (People's Council)": a body's name translated in brackets right after it is the same body.
  if (count === 1 && firstEnd - s >= 2 && tokens[s - 1]?.text === '(' && tokens[firstEnd]?.text === ')') {
    const last = orgLowers[orgLowers.length - 1];
    const before = tokens[s - 2];
    if (
      last !== undefined &&
      before !== undefined &&
      (last === before.lower || last.endsWith(` ${before.lower}`)) &&
      orgHeads.has((tokens[firstEnd - 1] as Token).lower)
    )
      return;
  }
  // "MEDIATION UNDER WAY": a subheading in capitals, whose head words name nothing; places it names stay.
  // (Asked from the run's first word: "MESSAGE FROM", words trimmed as a sentence's opener, are the subheading's.)
  const runStart = pieceStarts[from] as number;
  if (count === 1 && firstEnd - runStart >= 2 && shouted(runStart, firstEnd)) {
    inShoutedRun = true;
    singles(s, firstEnd);
    inShoutedRun = false;
    return;
  }
  // "commander of U.S. Forces Korea": a country's forces stationed in another are one command, named with both.
  if (
    count === 1 &&
    firstEnd - s >= 3 &&
    (tokens[firstEnd - 2] as Token).lower === 'forces' &&
    countryNames.has((tokens[firstEnd - 1] as Token).lower) &&
    (ACRONYM.test((tokens[s] as Token).text) || DOTTED_INITIALS.test((tokens[s] as Token).text))
  ) {
    addOrg(phraseText(s, firstEnd));
    countryInitialsPlace(s);
    return;
  }
  // "the BJP-led National Democratic Alliance", "the United Party-led New Front": the body that leads, then the body
  // it leads, each named on its own.
  if (count === 1 && firstEnd - s >= 2) {
    for (let k = s; k < firstEnd - 1; k++) {
      const text = (tokens[k] as Token).text;
      if (!text.includes('-') || !LED_BY.test(text)) continue;
      const name = phraseText(s, k + 1).replace(LED_BY, '');
      if (!isLeadingBody(s, k + 1, name)) break;
      addOrg(name);
      pieceStarts[from] = k + 1;
      classify(from);
      return;
    }
  }
  // "the Pheu Thai-led government", "NDA-ruled states": the body that leads or rules.
  const lastText = (tokens[firstEnd - 1] as Token).text;
  if (count === 1 && lastText.includes('-') && LED_BY.test(lastText)) {
    const name = phraseText(s, firstEnd).replace(LED_BY, '');
    if (isLeadingBody(s, firstEnd, name)) {
      addOrg(name);
      return;
    }
  }
  // "a Radio Free Europe/Radio Liberty journalist": a broadcaster named "Radio" and its name, no place in it; two
  // names joined by a slash are one broadcaster's.
  if (count === 1 && firstEnd - s >= 2 && (tokens[s] as Token).text === 'Radio') {
    if (tokens[s - 1]?.text === '/' && tokens[s - 2]?.cap === true) return;
    let end = firstEnd;
    if (tokens[end]?.text === '/' && tokens[end + 1]?.text === 'Radio')
      for (end += 2; capWord(tokens[end], end);) end++;
    addOrg(phraseText(s, end));
    return;
  }
  // "the Novaya Strela newspaper", "on state television Radio Kanem": a paper's or a channel's name.
  const media = count === 1 ? mediaNameEnd(s, firstEnd) : -1;
  if (media > s) {
    addOrg(phraseText(s, media));
    return;
  }
  // "White House Middle East coordinator X": a seat of government, then the region its officer covers.
  if (count === 1 && firstEnd - s === 4 && regionBeforeOffice(s + 2)) {
    const seat = phraseText(s, s + 2);
    if (institutionCountry.has(seat.toLowerCase())) {
      addOrg(seat);
      addPlace(phraseText(s + 2, firstEnd));
      return;
    }
  }
  // "in Villa 5 of the guesthouse", "Gate 3": a venue numbered after its kind.
  if (
    firstEnd - s === 2 &&
    DIGITS.test((tokens[s + 1] as Token).text) &&
    placeHeads.has((tokens[s] as Token).lower)
  ) {
    addPlace(phraseText(s, firstEnd));
    classify(from + 1);
    return;
  }
  // "in the palace's Velmar Hall", "the castle's Dorsk Room": a palace's room named after it is a venue.
  if (count === 1 && possessiveMark(tokens[s - 1]) && ROOM_OWNERS.has(tokens[s - 2]?.lower ?? '')) {
    addPlace(phraseText(s, firstEnd));
    return;
  }
  // Most runs are one word ("Liu", "Beijing"): no phrase to build.
  if (count === 1 && firstEnd - s === 1) {
    if (acronymAfter.has(firstEnd) && isForeignAcronym(s, firstEnd, tokens[s]?.text ?? '')) {
      addOrg((tokens[s] as Token).text);
      acronyms.set(acronymAfter.get(firstEnd) as string, (tokens[s] as Token).text);
      return;
    }
    singles(s, firstEnd);
    return;
  }
  const wholeText = phraseText(s, pieceEnds[pieceCount - 1] as number);
  const whole = wholeText.toLowerCase();
  // "talks in the Oval Office": a room of a seat of government.
  if (SEAT_ROOMS.has(whole)) {
    addPlace(wholeText);
    return;
  }
  // "in the East Room of the White House": the room, then the seat on its own.
  if (
    count > 1 &&
    firstEnd - s === 2 &&
    SEAT_ROOM_HEADS.has((tokens[s + 1] as Token).lower) &&
    SEAT_ROOMS.has(phraseText(s, firstEnd).toLowerCase())
  ) {
    addPlace(phraseText(s, firstEnd));
    classify(from + 1);
    return;
  }
  if (countryNames.has(straightApostrophes(whole))) {
    if (!currencyAfter(pieceEnds[pieceCount - 1] as number)) addPlace(wholeText);
    return;
  }
  // "in the West Bank", "the West Bank town of X": a region the lexicon lists is a place, though its last word
  // ("Bank") heads a body's name; "along the Line of Actual Control", though its "of" joins two pieces.
  if (REGIONS.has(whole)) {
    addPlace(wholeText);
    return;
  }
  // "the party's Central Committee": a generic body, not a named one.
  const owner = tokens[s - 1];
  // "the provincial Party Committee", "the municipal People's Committee": a local body named by its kind.
  // "the country's Ministry of Foreign Affairs": a body with an "of" complement is named all the same.
  const generic =
    (owner !== undefined &&
      (owner.text === "'s" || owner.text === '’s') &&
      tokens[s - 2] !== undefined &&
      !tokens[s - 2]?.cap &&
      !(count > 1 && pieceVias[from + 1] === VIA_OF)) ||
    (owner !== undefined && !owner.cap && LOCAL_KINDS.has(owner.lower));
  const bodyEnd = headEnd(s, firstEnd);
  const head = bodyEnd > s ? tokens[bodyEnd - 1] : undefined;
  // "Chief of Army Staff", "Shanghai Party Secretary": a bare head, or a city's, inside a title is no name.
  // "Union Minister of Road Transport": the same with the title's portfolio after it.
  const inTitle =
    bodyEnd < firstEnd &&
    (count === 1 || titleHeads.has((tokens[firstEnd - 1] as Token).lower)) &&
    (bodyEnd - s === 1 || (bodyEnd - s === 2 && (tokenFlags(tokens[s] as Token) & (CITY | REGION)) !== 0));
  // "Sri Lanka President X", "New Zealand Prime Minister Y": a country named in two words or more before a title.
  if (count === 1 && bodyEnd < firstEnd && bodyEnd - s >= 2 && countryBefore(s, bodyEnd)) return;
  // "Chairman Senate X", "Speaker National Assembly Y": a title written before its legislature, as Pakistan's press
  // writes it, is no part of the body's name.
  if (
    count === 1 &&
    bodyEnd - s >= 2 &&
    PRESIDING_TITLES.has((tokens[s] as Token).lower) &&
    (isLegislature(s + 1, bodyEnd) || (tokens[bodyEnd - 1] as Token).lower === 'assembly')
  ) {
    addOrg(phraseText(s + 1, bodyEnd));
    return;
  }
  // "Lok Sabha Speaker", "the Japanese Diet", "Senate President X": a legislature is a body also inside a title.
  if (count === 1 && bodyEnd > s && isLegislature(s, bodyEnd)) {
    addOrg(phraseText(s, bodyEnd));
    return;
  }
  // "the Supreme Soviet of the Russian Federation": a legislature named with the country it sits for is one body, and
  // the country a place.
  if (count === 2 && bodyEnd === firstEnd && pieceVias[from + 1] === VIA_OF && isLegislature(s, bodyEnd)) {
    const end = pieceEnds[from + 1] as number;
    const at = trimLead(pieceStarts[from + 1] as number, end);
    const country = phraseText(at, end);
    if (countryNames.has(country.toLowerCase())) {
      addOrg(phraseText(s, end));
      addPlace(country);
      return;
    }
  }
  // "Manchester City": a body the lexicon knows (a club), whose head would read as a place.
  if (count === 1 && bodyEnd - s >= 2) {
    const bodyText = bodyEnd === firstEnd ? wholeText : phraseText(s, bodyEnd);
    if (knownOrganizations.has(bodyText.toLowerCase())) {
      if (!afterWin(s)) addOrg(bodyText);
      return;
    }
  }
  // "Gov. X of Kaduna State", "Lagos State Governor Y": a federal state named with its capital or an unknown name.
  if (head?.text === 'State' && namedState(s, bodyEnd)) {
    addPlace(phraseText(s, bodyEnd));
    if (bodyEnd === firstEnd) classify(from + 1);
    return;
  }
  let kind =
    head && firstEnd - s >= 2 && centreBody(bodyEnd - 1)
      ? 'org'
      : head && (tokenFlags(head) & PLACE_HEAD) !== 0 && firstEnd - s >= 2
        ? // "the White House said", "a White House spokesperson": a seat of government speaking is its government.
          institutionCountry.has(phraseText(s, bodyEnd).toLowerCase()) && speaksAsBody(s, bodyEnd - 1)
          ? 'org'
          : 'place'
        : head && isBodyHead(s, head) && (firstEnd - s >= 2 || count > 1) && !inTitle
          ? 'org'
          : null;
  const ofNext = count > 1 && pieceVias[from + 1] === VIA_OF && bodyEnd === firstEnd;
  // "former US Marine X", "a British Marine": one serviceman, named by his country and "Marine" (the corps is
  // "the Marine Corps", "the Royal Marines"); "the Special Representatives will meet": officers named by their title
  // in the plural, no body ("House of Representatives" is one through its "of").
  if (kind === 'org' && bodyEnd === firstEnd && servicemanOrOfficers(s, bodyEnd)) {
    countryInitialsPlace(s);
    classify(from + 1);
    return;
  }
  // "a by-election for the Lower House": a chamber of a legislature.
  if (head?.lower === 'house' && bodyEnd - s === 2 && CHAMBERS.has((tokens[s] as Token).lower)) kind = 'org';
  else if (head && head.lower === 'house' && ofNext) {
    // "House of Representatives", "House of Peoples' Representatives": a chamber of a legislature.
    // "House of Representatives Speaker X": also before a title.
    const members = headEnd(pieceStarts[from + 1] as number, pieceEnds[from + 1] as number);
    if (HOUSE_MEMBERS.has((tokens[members - 1] as Token).lower)) kind = 'org';
  } else if (head && COMPANY_SUFFIXES.has(head.lower) && bodyEnd - s >= 2) {
    // "SRC International Sdn Bhd": a company named with its legal form.
    kind = 'org';
  } else if (
    kind === null &&
    head &&
    (GEO_FEATURES.has(head.lower) || VENUES_OF.has(head.lower)) &&
    ofNext &&
    firstEnd - s === 1
  ) {
    // "the Horn of Africa", "the Gulf of Aden": one place, not a feature and a continent. "the Palace of the
    // Revolution", "the Museum of Modern Art": one venue, not its head alone.
    kind = 'place';
  }
  // "located in the Lekki Free Trade Zone", "investments in the Suez Canal Economic Zone": an economic zone is a
  // region, a place, as the README lists regions (the body that runs it is its Authority).
  if (
    head &&
    bodyEnd - s >= 2 &&
    head.lower === 'zone' &&
    ECONOMIC_WORDS.has(tokens[bodyEnd - 2]?.lower ?? '')
  )
    kind = 'place';
  // "the Bastille Day Parade", "the Victory Day Parade": a day's parade is an event, not the parade ground a parade
  // names by its head ("a ceremony on Horse Guards Parade").
  if (kind === 'place' && head?.lower === 'parade' && EVENT_WORDS.has(tokens[bodyEnd - 2]?.lower ?? ''))
    kind = null;
  // "spent a week in the Velmar Hospital", "a Mass at St. Ilse's Church", "visited the Dorsk Memorial Church": a
  // hospital or a church where someone is, or goes, is a building, a venue; "the Velmar Hospital said", "hospitals
  // such as X Hospital have cut operations" and a creed's church ("the Orthodox Church") stay bodies.
  if (kind === 'org' && head && count === 1 && bodyEnd === firstEnd && buildingVisited(s, bodyEnd, head))
    kind = 'place';
  // "the far-right Alternative for Germany": a name of no place, people or titles after a leaning is a party's.
  if (kind === null && !generic && head && leaningBefore(s) && partyWords(s, bodyEnd)) kind = 'org';
  // "Deputy House Speaker": a title whose office has a place-like head.
  if (kind === 'place' && bodyEnd < firstEnd && titleModifiers.has((tokens[s] as Token).lower)) return;
  // "House Speaker X", "U.S. District Judge Y": a place-like head alone, or after its country, opens a title; the
  // country is a place of its own.
  if (kind === 'place' && bodyEnd < firstEnd && headOpensTitle(s, bodyEnd)) {
    if (bodyEnd - s > 1) singles(s, bodyEnd - 1);
    return;
  }
  // "Chief Cabinet Secretary", "Prime Cabinet Secretary": a rank, a body's head and a title make one title.
  if (
    kind === 'org' &&
    bodyEnd < firstEnd &&
    ((bodyEnd - s === 2 && TITLE_RANKS.has((tokens[s] as Token).lower)) ||
      // "Japanese Chief Cabinet Secretary X": and with the title's nationality before it.
      (bodyEnd - s === 3 &&
        (tokenFlags(tokens[s] as Token) & DEMONYM) !== 0 &&
        TITLE_RANKS.has((tokens[s + 1] as Token).lower)))
  )
    return;
  // "the Comprehensive Strategic Partnership", "the Trilateral Security Cooperation Framework": a relation or a
  // document between bodies, not one.
  if (kind === 'org' && head && (isRelation(head.lower, bodyEnd) || documentSubject(s, head))) {
    // "the Trans-Pacific Partnership … TPP leaders": the pact's initials name no body either.
    const pact = phraseText(s, bodyEnd);
    acronyms.set(acronymAfter.get(bodyEnd) ?? initials(pact), pact);
    return;
  }
  if (
    kind === 'org' &&
    head &&
    EVENT_HEADS.has(head.lower) &&
    count === 1 &&
    !forumMeets(s, bodyEnd) &&
    !standingConference(head.lower, bodyEnd)
  ) {
    // An event named by a head-final "… Forum" with no "of/for" complement: neither body nor place.
    return;
  }
  // "won the Champions League": a competition.
  if (kind === 'org' && afterWin(s)) return;
  // "the 20th National Congress of the Communist Party": one meeting of a series is an event; a body in its "of"
  // complement is named all the same. "the 21st Conference of the Parties": a numbered conference too, in one word
  // (the two words guard "the 117th Congress", a legislature).
  if (
    kind === 'org' &&
    head &&
    ((bodyEnd - s >= 2 && NUMBERED_MEETINGS.has(head.lower)) || head.lower === 'conference') &&
    numberedBefore(s)
  ) {
    let rest = from + 1;
    while (rest < pieceCount && tokens[(pieceStarts[rest] as number) - 1]?.lower === 'for') rest++;
    classify(rest);
    return;
  }
  // "a Chinese Party and government delegation": a nationality and "Party" alone name none of its parties.
  if (
    kind === 'org' &&
    !ofNext &&
    bodyEnd - s === 2 &&
    head?.lower === 'party' &&
    tokenFlags(tokens[s] as Token) & DEMONYM
  ) {
    classify(from + 1);
    return;
  }
  // "a Norland-Vesta Community with a Shared Future": a slogan of partnership, not a body.
  if (
    kind === 'org' &&
    head?.lower === 'community' &&
    tokens[bodyEnd]?.lower === 'with' &&
    tokens[bodyEnd + 2]?.lower === 'shared'
  ) {
    classify(from + 1);
    return;
  }
  // "the Republic of the Union of Norland": "Union of" and a country's name are the country's own name.
  if (kind === 'org' && bodyEnd - s === 1 && head?.lower === 'union' && pieceVias[from + 1] === VIA_OF) {
    const country = phraseText(pieceStarts[from + 1] as number, pieceEnds[from + 1] as number);
    if (countryNames.has(country.toLowerCase())) {
      addPlace(country);
      classify(from + 2);
      return;
    }
  }
  // "the Secretary for Financial Services", "Minister of State for Petroleum Resources": a portfolio, not a body.
  if (kind === 'org' && portfolioAfterTitle(s)) kind = null;
  if (kind && !generic) {
    // Extend through "of …" complements; a "(ACR)" continues only into more of the same body.
    let end = bodyEnd;
    // "Iranian Armed Forces Chief of Staff": after a title, the "of" complement is the title's.
    for (let k = from + 1; k < pieceCount && bodyEnd === firstEnd; k++) {
      const ps = pieceStarts[k] as number;
      const pe = pieceEnds[k] as number;
      if (pieceVias[k] === VIA_OF) {
        // "the Alexander Hall of the Grand Kremlin Palace": a venue inside a building named as a place of its own
        // is two places.
        if (kind === 'place' && tokens[ps - 1]?.lower === 'the' && pe - ps >= 2 && headEnd(ps, pe) === pe) {
          const h = tokens[pe - 1] as Token;
          if (tokenFlags(h) & PLACE_HEAD && !GEO_FEATURES.has(h.lower)) break;
        }
        // "the Museum of Anthropology of the University of X": a body after the venue's own complement.
        if (kind === 'place' && k > from + 1 && orgHeads.has((tokens[pe - 1] as Token).lower)) break;
        end = pe;
        // "House of Representatives Speaker X", "Chamber of Deputies President Y": the title before a person is
        // no part of the body's name.
        if (k === pieceCount - 1 && inPerson[pe]) {
          const named = headEnd(ps, pe);
          if (named > ps && named < pe) end = named;
        }
        // "the Standing Committee of China's National People's Congress": the country is a place of its own.
        const owner = tokens[ps] as Token;
        const mark = tokens[ps + 1]?.text;
        if ((mark === "'s" || mark === '’s') && countryNames.has(owner.lower)) addPlace(owner.text);
      } else {
        const h = headOf(ps, pe);
        if (h && (kind === 'org' ? orgHeads : placeHeads).has(h.lower)) end = headEnd(ps, pe);
        else break;
      }
    }
    const written = phraseText(s, end);
    if (kind === 'place') {
      // "outside the East Gate of the Great Hall", "in the East Hall of the Great Hall of the People": a part named by
      // its side is the venue's part, no place of its own (a part with a name of its own is, as above).
      // A seat of government's rooms are venues of their own ("in the East Room of the White House").
      if (
        end === bodyEnd &&
        end - s === 2 &&
        COMPASS_WORDS.has((tokens[s] as Token).lower) &&
        ofNext &&
        !SEAT_ROOMS.has(written.toLowerCase())
      ) {
        classify(from + 1);
        return;
      }
      addPlace(written);
      // "Hong Kong Special Administrative Region (HKSAR) … the HKSAR government": the initials name the place.
      const acr = acronymAfter.get(end);
      if (acr) placeAcronyms.add(acr);
    } else if (isWork(s, end)) return;
    else if (portfolioBeforeMinister(s, end)) {
      classify(from + 1);
      return;
    } else {
      addOrg(written);
      localBodyPlace(s, end);
      countryInitialsPlace(s);
      // "Workers Party of Norland (WPN) Central Committee … the WPN": initials inside the name are a short form too.
      for (let k = s + 1; k <= end; k++) {
        const acr = acronymAfter.get(k);
        if (!acr) continue;
        acronyms.set(acr, written);
        // "… of the Communist Party of China (CPC) Central Committee", "the Southern Command of the People's
        // Liberation Army (PLA)": initials of the words inside a longer name stand for their own body.
        const long = innerLongForm(s, k, acr, k < end);
        if (long !== '' && long !== written) innerAcronyms.set(acr, long);
      }
    }
    // The pieces after the body, on their own (the first piece ends at or after `end`, so is never among them).
    let rest = from + 1;
    while (rest < pieceCount && (pieceStarts[rest] as number) < end) rest++;
    classify(rest);
    return;
  }
  if (generic && kind) return;
  // "Qualcomm CEO Daniel Kerr", "Samsung Electronics Chairman Seo …": the employer named in a title.
  const employer = employerEnd(s, firstEnd);
  if (employer > s) {
    const name = phraseText(s, employer);
    // "Wajima Mayor X", "Vientiane Mayor Y": a mayor's is a town, not an employer; "Hyogo Governor X", "Hyogo Gov.
    // Y": a governor's a state or a province, unless initials or a bank name it ("RBI Governor", "Riksbank Governor").
    const office = tokens[employer]?.lower;
    if (
      office === 'mayor' ||
      ((office === 'governor' || office === 'gov') &&
        !ACRONYM.test(name) &&
        !BANK_NAME.test(name) &&
        !(tokenLists(tokens[s] as Token) & KNOWN_ORG))
    ) {
      addPlace(name);
      classify(from + 1);
      return;
    }
    addOrg(name);
    employerKeys.add(name.toLowerCase());
    classify(from + 1);
    return;
  }
  // A piece without a head: try known names, then the pieces after it on their own.
  const firstText = phraseText(s, firstEnd);
  const lower = firstText.toLowerCase();
  if (isDefinedAcronym(s, firstEnd, firstText)) {
    // "Tigray People's Liberation Front (TPLF)": a name defined by its matching initials is a body.
    addOrg(firstText);
    acronyms.set(acronymAfter.get(firstEnd) as string, firstText);
  } else if (isForeignAcronym(s, firstEnd, firstText)) {
    // "the Christian Democrats (CDU)", "Kuomintang (KMT)": a name followed by initials of its own language.
    addOrg(firstText);
    acronyms.set(acronymAfter.get(firstEnd) as string, firstText);
  } else if (CITY_SAINT_CLUB.test(firstText) && cityNames.has(lower.slice(0, lower.indexOf(' ')))) {
    // "after leaving Paris Saint-Germain": a city and a saint's hyphenated name make a club's name, not the city.
    addOrg(firstText);
  } else if (
    count === 1 &&
    (joinedBody(s, firstEnd) || belongsTo(s, firstEnd) || partyOfMembers(s, firstEnd))
  ) {
    // "who plays for Bayern Munich", "joined Al Nassr", "Jorge Ruiz of Movimiento Ciudadano".
    addOrg(firstText);
  } else if (REGIONS.has(lower) || cityNames.has(lower) || regionNames.has(lower)) addPlace(firstText);
  // "Cheong Wa Dae said …": a seat of government named in words of no head speaks for its government, as "the White
  // House said" does by its head.
  else if (firstEnd - s >= 2 && institutionCountry.has(lower) && speaksAsBody(s, firstEnd - 1))
    addOrg(firstText);
  // "Roots & Shoots", "Procter & Gamble": names joined by "&" are a firm's or a body's.
  else if (lower.includes(' & ') && !countryNames.has(lower.replace(' & ', ' and '))) addOrg(firstText);
  else if (knownOrganizations.has(lower) && !ACRONYM.test(firstText)) addOrg(firstText);
  // "The opposition Maha Vikas, comprising …": a party or an alliance by the words around it.
  else if (firstEnd - s >= 2 && namesGrouping(tokens, s, firstEnd)) addOrg(firstText);
  else if (count === 1 && numberedGrouping(s, firstEnd)) addOrg(firstText);
  else if (count === 1 && townTriangle(s, firstEnd)) addOrg(firstText);
  else singles(s, firstEnd);
  let rest = from + 1;
  // "Minister of Natural Resources": what follows a minister's "of" names a portfolio, not a body.
  if (
    rest < pieceCount &&
    pieceVias[rest] === VIA_OF &&
    tokens[(pieceStarts[rest] as number) - 1]?.lower === 'of' &&
    (tokens[firstEnd - 1] as Token).lower === 'minister'
  ) {
    singles(pieceStarts[rest] as number, pieceEnds[rest] as number);
    rest++;
  }
  classify(rest);
}

/**
 * Whether the piece ending at `end` ends in "Chiefs" and the piece `next`, after its "of", is "Staff", alone or before
 * the rank of the person named next ("… of the Joint Chiefs of Staff General X").
 */
function chiefsOfStaff(end: number, next: number): boolean {
  const staff = pieceStarts[next] as number;
  if ((tokens[end - 1] as Token).lower !== 'chiefs' || (tokens[staff] as Token).lower !== 'staff')
    return false;
  for (let k = staff + 1; k < (pieceEnds[next] as number); k++)
    if (!(tokenFlags(tokens[k] as Token) & TITLE_HEAD)) return false;
  return true;
}

/** Nouns after a paper's or a channel's name ("the Kommersant newspaper"), or before it ("state television X"). */
const MEDIA_NOUNS = new Set([
  'newspaper',
  'daily',
  'weekly',
  'tabloid',
  'magazine',
  'broadcaster',
  'channel',
]);
/** Words before "television X" or "broadcaster X" that make the next name the medium's. */
const MEDIA_OWNERS = new Set(['state', 'public', 'national', 'private', 'local', 'official', 'the']);

/**
 * End of a paper's or a channel's name in the run [s, e), or -1: the name before a medium's noun ("the Novaya
 * Strela newspaper", "the Vostok-12 TV channel", "the Kanem 24 television channel") or after one ("on state
 * television Radio Kanem", "the daily Kommersant"). A nationality, a place or an English word alone is no name ("a
 * Moscow newspaper", "the Japanese daily").
 */
function mediaNameEnd(s: number, e: number): number {
  // Most runs have no medium beside them: one look at the words around spares the rest.
  const near = tokens[e];
  const before = tokens[s - 1];
  if (
    (near === undefined || !(near.text === '-' || MEDIA_WORDS.has(near.lower) || isDigit(near.text))) &&
    (before === undefined || !MEDIA_WORDS.has(before.lower))
  )
    return -1;
  let end = e;
  let after = e;
  const last = tokens[e - 1] as Token;
  // "the Vostok-12 TV channel": the medium is written in capitals inside the run.
  if (e - s >= 2 && BROADCAST.has(last.lower) && STATION.has(tokens[e]?.lower ?? '')) end = e - 1;
  else {
    // "Kanem 24", "Vostok-12": a channel's number.
    if (tokens[after]?.text === '-' && DIGITS.test(tokens[after + 1]?.text ?? '')) after += 2;
    else if (DIGITS.test(tokens[after]?.text ?? '')) after++;
    const n = tokens[after];
    if (n !== undefined && BROADCAST.has(n.lower) && STATION.has(tokens[after + 1]?.lower ?? '')) end = after;
    else if (n !== undefined && !n.cap && MEDIA_NOUNS.has(n.lower)) end = after;
    else {
      const ownerWord = tokens[s - 2]?.lower ?? '';
      const medium =
        before !== undefined &&
        (MEDIA_NOUNS.has(before.lower) || (!before.cap && BROADCAST.has(before.lower))) &&
        MEDIA_OWNERS.has(ownerWord);
      if (!medium) return -1;
    }
  }
  // "on his Telegram channel", "the ministry's Telegram channel": a platform someone speaks through.
  const owner = tokens[s - 1];
  if (
    end >= e &&
    owner !== undefined &&
    (POSSESSIVE_DETERMINERS.has(owner.lower) || owner.text === "'s" || owner.text === '’s')
  )
    return -1;
  let named = end > e;
  for (let k = s; k < Math.min(end, e); k++) {
    const f = tokenFlags(tokens[k] as Token);
    if (f & (MONTH | WEEKDAY | TITLE_HEAD)) return -1;
    if (!(f & (COUNTRY | CITY | REGION | DEMONYM | COMMON_WORD))) named = true;
  }
  if (!named) return -1;
  return end > e ? end : Math.min(end, e);
}
const STATION = new Set(['channel', 'station']);
/** Every word that may sit beside a medium's name, for the first look. */
const MEDIA_WORDS = new Set([...MEDIA_NOUNS, ...BROADCAST, ...STATION]);
function isDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Heads of names that compromise's lists lack: parties and movements ("Broad Front", "Olympic Movement") and armed
 * bodies ("Indo-Pacific Command", "Republican Guard", "Japan Coast Guard", "Italian Air Force"), refineries run as
 * companies ("Dangote Petroleum Refinery").
 */
const MORE_BODY_HEADS = new Set(['movement', 'front', 'command', 'guard', 'force', 'refinery']);

/** Whether `head` ends a body's name; "Western Front" is a war's line, not a body. */
function isBodyHead(s: number, head: Token): boolean {
  if (tokenFlags(head) & ORG_HEAD) return true;
  // "the Pakistan Muslim League-Nawaz": a party's faction named after its head.
  const hyphen = head.lower.indexOf('-');
  if (hyphen > 0 && head.text.charCodeAt(hyphen + 1) <= 90 && PARTY_HEADS.has(head.lower.slice(0, hyphen)))
    return true;
  if (!MORE_BODY_HEADS.has(head.lower)) return false;
  // "Eastern Theater Command" names a body; "Western Front" a war's line.
  if (tokens[s + 1] !== head) return true;
  const first = (tokens[s] as Token).lower;
  return !COMPASS_WORDS.has(first) && !COMPASS_WORDS.has(first.replace(ERN_ENDING, ''));
}

/** Heads of bodies that are also buildings: a hospital, a church. */
const BUILDING_BODIES = new Set(['hospital', 'church']);
/** Words before a name that place someone in, or send someone to, a building. */
const AT_BUILDING = new Set(['in', 'at', 'visit', 'visited', 'visiting', 'visits']);

/**
 * Whether the hospital or church [s, e) is where someone is or goes: "in the Velmar Hospital", "at Rome's Dorsk
 * Hospital", "visit the Holy Light Church" (not a creed's church, "at the Catholic Church's synod").
 */
function buildingVisited(s: number, e: number, head: Token): boolean {
  if (!BUILDING_BODIES.has(head.lower) || e - s < 2 || POSSESSIVE_S.has(tokens[e]?.text ?? '')) return false;
  if (head.lower === 'church' && (CREEDS.has((tokens[e - 2] as Token).lower) || e - s > 3)) return false;
  let k = s - 1;
  if (tokens[k]?.lower === 'the') k--;
  // "in Rome's Velmar Hospital": a city's possessive before the name.
  else if (POSSESSIVE_S.has(tokens[k]?.text ?? '') && tokens[k - 1]?.cap) k -= 2;
  // "a pastor at the X Church", "a surgeon at X Hospital": where someone works is the body that employs them.
  if (
    tokens[k]?.lower === 'at' &&
    tokens[k - 1] !== undefined &&
    tokenFlags(tokens[k - 1] as Token) & TITLE_HEAD
  )
    return false;
  return AT_BUILDING.has(tokens[k]?.lower ?? '');
}

/** Heads of parties' names, which a faction's name may follow after a hyphen ("League-Nawaz"). */
const PARTY_HEADS = new Set(['league', 'party', 'congress', 'front', 'movement']);

const LED_BY = /-(?:led|ruled|backed|run|dominated|controlled)$/;

/**
 * Whether `name`, written before "-led" or "-ruled" in the run [s, e), is a body: not a country, a nationality, a
 * place or a person ("U.S.-led", "Saudi-backed", "Moscow-backed").
 */
function isLeadingBody(s: number, e: number, name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower || isGazetteerPlace(lower) || countryNames.has(lower) || REGIONS.has(lower)) return false;
  for (let k = s; k < e; k++) if (personTokens.has((tokens[k] as Token).text)) return false;
  if (name.includes(' ')) return !(tokenFlags(tokens[s] as Token) & (COUNTRY | DEMONYM));
  // One word: initials or a body known by name ("NDA-ruled", "Hamas-run"); "Pacific-led" names a region's states.
  return (
    !(wordFlags(lower) & (COUNTRY | DEMONYM)) &&
    (ACRONYM.test(name) || knownOrganizations.has(lower) || institutionCountry.has(lower))
  );
}

/**
 * Whether tokens [s, e) name a legislature: by its own words ("Lok Sabha", "Dáil"), after a nationality or a country
 * at most ("Japanese Diet"), or by a legislature's head alone ("Senate", before a title: "Senate President").
 */
function isLegislature(s: number, e: number): boolean {
  const last = (tokens[e - 1] as Token).lower;
  if (e - s === 1 && LEGISLATURES.has(last)) return true;
  let nameStart = e - 1;
  if (!LEGISLATURE_NAMES.has(last)) {
    if (e - s < 2 || !LEGISLATURE_LAST_WORDS.has(last)) return false;
    if (!LEGISLATURE_NAMES.has(`${(tokens[e - 2] as Token).lower} ${last}`)) return false;
    nameStart = e - 2;
  }
  // One word may be another word or a town's name ("diet", "in Dail"): "the Dáil", "the Diet".
  if (nameStart === s) return nameStart < e - 1 || tokens[s - 1]?.lower === 'the';
  return nameStart === s + 1 && (tokenFlags(tokens[s] as Token) & (COUNTRY | DEMONYM)) !== 0;
}

/**
 * End of the body in a title run that ends right before a person's name ("Qualcomm CEO" before "Cristiano
 * Amon"), or -1: the words before the title heads, when none is a place, a nationality (but a leading one, as in
 * "Saudi Aramco"), a title or department word or a seat of government, and one at least is a known organisation
 * or no English word. "Saudi Aramco President and CEO Faisal Qureshi": a second title may follow.
 */
function employerEnd(s: number, end: number): number {
  let q = end;
  if (tokens[q]?.lower === 'and') {
    q++;
    while (q < end + 4 && titleHeads.has(tokens[q]?.lower ?? '')) q++;
  }
  // "Hyogo Gov. X": the period of an abbreviated title.
  else if (tokens[q]?.text === '.' && rankAbbreviations.has(tokens[q - 1]?.lower ?? '')) q++;
  if (!inPerson[q] || (q > end && q === end + 1 && tokens[end]?.text !== '.')) return -1;
  // "Chief Cabinet Secretary Taro Nishida": the modifier before the body belongs to the title.
  if (TITLE_RANKS.has(tokens[s - 1]?.lower ?? '') && tokens[s - 1]?.cap) return -1;
  const e = headEnd(s, end);
  // "Leader of the Islamic Revolution Ayatollah X": an event names no employer; "West Java Governor Y" a region.
  if (e === end || e === s || EVENT_WORDS.has((tokens[e - 1] as Token).lower)) return -1;
  if (COMPASS_POINTS.has((tokens[s] as Token).lower)) return -1;
  // "Digital Transformation Minister X", "Communications and Informatics Minister Y": a minister's words before the
  // title are a portfolio; a minister's employer is a government, named by its country.
  for (let k = e; k < end; k++) if ((tokens[k] as Token).lower === 'minister') return -1;
  // "Business Secretary X", "Culture Secretary Y": one word before a British minister's "Secretary" is a portfolio too
  // (not "Party Secretary General", nor a body a list knows).
  if (
    e - s === 1 &&
    tokens[e]?.lower === 'secretary' &&
    e + 1 === end &&
    !knownOrganizations.has((tokens[s] as Token).lower)
  )
    return -1;
  // "Federal President X", "Federal Chancellor Y": a federation's title alone, no body ("Federal Reserve Chairman" is).
  if (e - s === 1 && (tokens[s] as Token).lower === 'federal') return -1;
  let unknown = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (
      !t.word ||
      !t.cap ||
      ACRONYM.test(t.text) ||
      SEVEN_LETTER_ACRONYM.test(t.text) ||
      personTokens.has(t.text)
    )
      return -1;
    const f = tokenFlags(t);
    if (f & DEMONYM && k === s && k + 1 < e) continue;
    if (f & (DEMONYM | COUNTRY | CITY | REGION | MONTH | WEEKDAY | FUNCTION_WORD)) return -1;
    if (REGIONAL_ADJECTIVES.has(t.lower)) return -1;
    if (titleModifiers.has(t.lower) || departmentWords.has(t.lower) || honorifics.has(t.lower)) return -1;
    // "Tun Dr Rahman": "Tun" opens an honorific, not a body whose officer "Dr" is.
    if (honorificPairs.has(t.lower)) return -1;
    if (institutionCountry.has(t.lower) || REGIONS.has(t.lower)) return -1;
    // "led by Minority Leader X": a chamber's side opens the title and names no body on its own.
    if (TITLE_OPENERS.has(t.lower)) return -1;
    // "Ousted President X", "Embattled Governor Y": one word of a verb's past participle describes the holder.
    if (e - s === 1 && PARTICIPLE.test(t.lower) && !knownOrganizations.has(t.lower)) return -1;
    if (!(f & COMMON_WORD) || knownOrganizations.has(t.lower)) unknown = true;
  }
  if (!unknown) return -1;
  // "San Diego Mayor": a place whose words are not places one by one; "Sri Lankan President": a nationality.
  const lower = phraseText(s, e).toLowerCase();
  return isGazetteerPlace(lower) || demonymPhrases.has(lower) ? -1 : e;
}

/** Programmes and measures defined by initials: "Extended Credit Facility (ECF)", "Monetary Policy Rate (MPR)". */
const INSTRUMENTS = new Set(['facility', 'assistance', 'rate', 'ratio', 'index']);

/** "Tigray People's Liberation Front (TPLF)": initials that match, of a name with a word no English word. */
function isDefinedAcronym(s: number, e: number, text: string): boolean {
  const acr = acronymAfter.get(e);
  if (acr === undefined || e - s < 2) return false;
  const last = (tokens[e - 1] as Token).lower;
  if (EVENT_WORDS.has(last) || INSTRUMENTS.has(last)) return false;
  if (initials(text) !== acr) return false;
  for (let k = s; k < e; k++)
    if (!(tokenFlags(tokens[k] as Token) & (COMMON_WORD | FUNCTION_WORD))) return true;
  return false;
}

/**
 * "the Christian Democrats (CDU)", "the Social Democrats (SPD)", "Kuomintang (KMT)": a name followed by initials its
 * English words cannot give, or a single word of no English with its initials, is a body named in another language
 * (a party, most often). Initials an English name gives ("Intercontinental Ballistic Missile (ICBM)") are left to
 * the rules on defined acronyms.
 */
function isForeignAcronym(s: number, e: number, text: string): boolean {
  const acr = acronymAfter.get(e);
  if (acr === undefined || EVENT_WORDS.has((tokens[e - 1] as Token).lower)) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (!t.word || tokenFlags(t) & (COUNTRY | CITY | REGION | MONTH | WEEKDAY)) return false;
  }
  // "Jelena Marković (SNSD) was elected": a South Slavic surname ("-ić", no English word's ending) closes a person's
  // name, whose party the initials give.
  if (e - s === 2 && SLAVIC_SURNAME_END.test((tokens[e - 1] as Token).text)) return false;
  if (e - s > 1) return !acronymFits(acr, text);
  const f = tokenFlags(tokens[s] as Token);
  return !(f & (COMMON_WORD | DEMONYM | TITLE_HEAD)) && acr[0] === text[0];
}

const SLAVIC_SURNAME_END = /\p{L}{2}i[ćč]$/u;

/**
 * Whether the letters of `acr` can be read, in order, from `name` or its last words, the first at a word's start:
 * "ICBM" from "Intercontinental Ballistic Missile", "RTS" from "Kota Rendah-Selat Rapid Transit System"; not
 * "CDU" from "Christian Democrats".
 */
function acronymFits(acr: string, name: string): boolean {
  const lowerName = name.toLowerCase();
  const lowerAcr = acr.toLowerCase();
  for (let start = 0; start >= 0; start = lowerName.indexOf(' ', start + 1)) {
    const from = start === 0 ? 0 : start + 1;
    if (lowerName[from] === lowerAcr[0] && lettersInOrder(lowerAcr, lowerName, from + 1)) return true;
  }
  return false;
}

function lettersInOrder(lowerAcr: string, lowerName: string, from: number): boolean {
  let at = from;
  for (let k = 1; k < lowerAcr.length; k++) {
    const c = lowerAcr[k] as string;
    if (c < 'a' || c > 'z') continue;
    at = lowerName.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * A project rather than a body: "the Power of Siberia 2 gas pipeline" (a work noun after the name, past a number
 * or what it carries), "the construction of the Trans-Himalayan … Network".
 */
function isWork(s: number, e: number): boolean {
  if (tokens[s - 1]?.lower === 'the' && tokens[s - 2]?.lower === 'of') {
    const w = tokens[s - 3]?.lower;
    if (w === 'construction' || w === 'building') return true;
  }
  // A number or a cargo must come between: "the Asian Development Bank railway loan" names a body.
  let k = e;
  if (DIGITS.test(tokens[k]?.text ?? '')) k++;
  while (k < e + 3 && CARRIED.has(tokens[k]?.lower ?? '')) k++;
  return k > e && WORKS.has(tokens[k]?.lower ?? '');
}

/** What a forum that is a body holds or has: "the World Economic Forum's annual meeting", "Forum leaders". */
const FORUM_MEETINGS = new Set([
  'meeting',
  'meetings',
  'session',
  'leaders',
  'members',
  'secretariat',
  // "the X Forum event": what the forum holds.
  'event',
]);

/**
 * "the Chinese People's Political Consultative Conference (CPPCC)": a consultative conference is a standing advisory
 * body with members and committees, no meeting.
 */
function standingConference(head: string, bodyEnd: number): boolean {
  return head === 'conference' && tokens[bodyEnd - 2]?.lower === 'consultative';
}

/**
 * "the World Economic Forum's annual meeting", "a ministerial meeting of the China-CELAC Forum", "Leaders of the
 * Pacific Islands Forum": a forum that meets or has members is a body, not the event it holds.
 */
function forumMeets(s: number, e: number): boolean {
  if ((tokens[e - 1] as Token).lower !== 'forum') return false;
  const next = tokens[e];
  if (next?.text === "'s" || next?.text === '’s') {
    // "'s annual meeting": one word may come between.
    return FORUM_MEETINGS.has(tokens[e + 1]?.lower ?? '') || FORUM_MEETINGS.has(tokens[e + 2]?.lower ?? '');
  }
  if (FORUM_MEETINGS.has(next?.lower ?? '')) return true;
  // "the X Forum annual meeting": one lower-case word may come between.
  if (next !== undefined && !next.cap && next.word && FORUM_MEETINGS.has(tokens[e + 1]?.lower ?? ''))
    return true;
  return (
    tokens[s - 1]?.lower === 'the' &&
    tokens[s - 2]?.lower === 'of' &&
    FORUM_MEETINGS.has(tokens[s - 3]?.lower ?? '')
  );
}

/**
 * "the Comprehensive Strategic Partnership", "a cooperation framework": a relation or a document, not a body; so is
 * a partnership with no "for" or "of" complement, a trade pact ("the Regional Comprehensive Economic Partnership",
 * "the Trans-Pacific Partnership"), where a body's name goes on ("the Global Partnership for Education").
 */
function isRelation(head: string, bodyEnd: number): boolean {
  if (head === 'framework') return true;
  if (head !== 'partnership') return false;
  const next = tokens[bodyEnd]?.lower;
  return tokens[bodyEnd - 2]?.lower === 'strategic' || (next !== 'for' && next !== 'of');
}

/**
 * "the Treaty of Good-Neighborliness and Friendly Cooperation": the cooperation a document's "of" names is its subject,
 * not a body ("the Charter of the Shanghai Cooperation Organisation" still names one).
 */
function documentSubject(s: number, head: Token): boolean {
  if (head.lower !== 'cooperation') return false;
  const k = tokens[s - 1]?.lower === 'the' ? s - 2 : s - 1;
  return tokens[k]?.lower === 'of' && DOCUMENTS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * Whether the name at `s` follows a title's "for" ("Secretary for Financial Services", "Minister of State for
 * Petroleum Resources"): it names the portfolio. "Minister for the Council of Ministers" keeps its body.
 */
function portfolioAfterTitle(s: number): boolean {
  // "Minister of Foreign Affairs and International Cooperation": a second portfolio after the title's first.
  if (tokens[s - 1]?.lower === 'and') {
    let k = s - 2;
    while (k > s - 6 && tokens[k]?.cap) k--;
    return k < s - 2 && tokens[k]?.lower === 'of' && titleHeads.has(tokens[k - 1]?.lower ?? '');
  }
  if (tokens[s - 1]?.lower !== 'for') return false;
  const before = tokens[s - 2];
  if (before === undefined || !before.cap) return false;
  if (titleHeads.has(before.lower)) return true;
  return (
    before.lower === 'state' && tokens[s - 3]?.lower === 'of' && titleHeads.has(tokens[s - 4]?.lower ?? '')
  );
}

/** Whether an ordinal stands right before the name at `s`: "the third", "the 20th". */
function numberedBefore(s: number): boolean {
  const before = tokens[s - 1];
  if (before === undefined) return false;
  if (SPELLED_ORDINALS.has(before.lower)) return true;
  const digits = tokens[s - 2];
  return (
    ORDINAL_ENDINGS.has(before.text) &&
    digits !== undefined &&
    digits.end === before.start &&
    DIGITS.test(digits.text)
  );
}

/** "won the Champions League": what is won is a competition or a prize. */
function afterWin(s: number): boolean {
  return tokens[s - 1]?.lower === 'the' && WIN_VERBS.has(tokens[s - 2]?.lower ?? '');
}

/** "U.S. dollars", "US$17.6 billion": a currency named after the country. */
function currencyAfter(e: number): boolean {
  const n = tokens[e];
  if (n === undefined) return false;
  return CURRENCY_NOUNS.has(n.lower) || (n.text === '$' && n.start === (tokens[e - 1] as Token).end);
}

/** Every word after a name that `kindByNext` reads: one lookup rules out most words. */
const NEXT_KIND_WORDS = new Set([
  ...SPOKESPEOPLE,
  'press',
  ...LOWER_PLACE_NOUNS,
  ...ORG_AFTER,
  'led',
  'headed',
  ...PARTY_OFFICES,
  ...FACILITY_WORDS.keys(),
]);

/**
 * What the lower-case word after a name of unknown words makes of it: a body ("Barisan Nasional coalition",
 * "Pakatan Harapan led by …") or a place ("Yunnan province", "Tigray region").
 */
function kindByNext(s: number, e: number): 'org' | 'place' | null {
  let n = tokens[e];
  // "Akorda's press secretary X": a name whose spokesperson speaks is a body's.
  const possessive = n !== undefined && (n.text === "'s" || n.text === '’s');
  if (possessive) n = tokens[e + 1];
  if (n === undefined || n.cap || !n.word || !NEXT_KIND_WORDS.has(n.lower)) return null;
  let kind: 'org' | 'place' | null = null;
  const speaker = speakerAfter(n, e + (possessive ? 1 : 0));
  if (speaker) kind = 'org';
  else if (possessive) return null;
  // "a Pacific island nation": an island that describes a country names none.
  else if (n.lower === 'island' && NATION_NOUNS.has(tokens[e + 1]?.lower ?? '')) return null;
  else if (LOWER_PLACE_NOUNS.has(n.lower)) kind = 'place';
  else if (FACILITY_WORDS.get(n.lower)?.has(tokens[e + 1]?.lower ?? '')) kind = 'place';
  else if (ORG_AFTER.has(n.lower)) kind = 'org';
  else if ((n.lower === 'led' || n.lower === 'headed') && tokens[e + 1]?.lower === 'by' && tokens[e + 2]?.cap)
    kind = 'org';
  // "… with Shiv Sena chief X": a party's or a movement's office before a person. Not at a sentence's start, where
  // a capital proves nothing ("Opposition leader X"), unless the story writes the name mid-sentence too.
  else if (
    PARTY_OFFICES.has(n.lower) &&
    personAfterOffice(e + 1) &&
    (!(tokens[s] as Token).first || e - s >= 2 || capitalisedElsewhere(s))
  )
    kind = 'org';
  if (kind === null) return null;
  // "the first summit in the Nordic region", "its Olympic committee": an adjective of a group of nations or of the
  // Games before the noun names no place or body.
  if (e - s === 1 && NO_PLACE_ADJECTIVES.has((tokens[s] as Token).lower)) return null;
  // "the Islamist group X", "his Peronist coalition", "Indigenous leader Y": an adjective of a creed or a people
  // describes a body or a person, it names none.
  if (kind === 'org' && e - s === 1 && DESCRIBING_ENDING.test((tokens[s] as Token).lower)) return null;
  // "the Fine Gael party", "the ruling Pheu Thai party": a party's name may hold English words or a nationality
  // beside a word of its own language.
  const mixed = kind === 'org' && PARTY_NOUNS.has(n.lower);
  // "Fianna Fail leader X": so may a party's before its office, beside a word of no English.
  const mixedBeforeOffice = kind === 'org' && PARTY_OFFICES.has(n.lower);
  let unknown = false;
  let english = false;
  let headInside = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !t.cap || personTokens.has(t.text) || (kind === 'place' && ACRONYM.test(t.text)))
      return null;
    // "the HKSAR government", "the first German-Brazilian government consultations": a place's government.
    if (placeAcronyms.has(t.text) || (t.text.includes('-') && t.text.split('-').some(isCountryWord)))
      return null;
    const f = tokenFlags(t);
    // "the United Russia party": a country's name after a party's first word is part of its name.
    const countryInName = mixed && k > s && (f & (COUNTRY | FUNCTION_WORD | TITLE_HEAD)) === COUNTRY;
    if (
      (f & (FUNCTION_WORD | COUNTRY | CITY | REGION | TITLE_HEAD) && !countryInName) ||
      REGIONAL_ADJECTIVES.has(t.lower)
    )
      return null;
    // "Government spokesman X": a body's head alone is no name.
    if (speaker && f & ORG_HEAD) return null;
    if (f & ORG_HEAD) headInside = true;
    if (f & (COMMON_WORD | DEMONYM)) {
      if (!(mixed || mixedBeforeOffice) || (k === s && f & DEMONYM)) return null;
      english = true;
    } else unknown = true;
  }
  // "Senate Majority leader X": English words beside a body's head before an office are the office's; at a
  // sentence's start, a name of English words before an office is one only when the story writes it mid-sentence too
  // ("Opposition Social Democrat leader Y").
  if (english && !mixed && (headInside || ((tokens[s] as Token).first && !capitalisedElsewhere(s))))
    return null;
  // "the Citizen Revolution movement": English words alone name a party or a movement when there are two or more
  // of them mid-sentence ("the Labour party" or a sentence's "Ruling party" stays nothing).
  return unknown || (mixed && e - s >= 2 && !(tokens[s] as Token).first) ? kind : null;
}

/** Whether a person's name starts at `k`, or after an honorific there ("UMNO vice-president Datuk Seri X"). */
function personAfterOffice(k: number): boolean {
  if (inPerson[k]) return true;
  if (!honorifics.has(tokens[k]?.lower ?? '')) return false;
  let q = k + 1;
  while (q < k + 3 && !inPerson[q] && tokens[q]?.cap) q++;
  return inPerson[q] === 1;
}

/** Whether the word at `k`, opening a sentence, is written with its capital mid-sentence elsewhere in the story. */
function capitalisedElsewhere(k: number): boolean {
  const text = (tokens[k] as Token).text;
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q] as Token;
    if (q !== k && !t.first && t.text === text) return true;
  }
  return false;
}

/**
 * Adjectives of regions and peoples within countries, which the nationality list lacks: "the Bavarian state
 * parliament", "Bavarian Premier X", "Catalan, Basque and Galician parties" name no place or body.
 */
const REGIONAL_ADJECTIVES = new Set([
  'bavarian',
  'basque',
  'catalan',
  'galician',
  'canarian',
  'andalusian',
  'flemish',
  'walloon',
  'sicilian',
  'sardinian',
  'corsican',
  'breton',
  'tyrolean',
  'saxon',
  'kurdish',
  'tibetan',
  'uyghur',
  'kashmiri',
  'punjabi',
  'sindhi',
  'baloch',
  'pashtun',
  'tamil',
  'bengali',
  'zulu',
  'yoruba',
  'igbo',
  'hausa',
  'chechen',
  'tatar',
  'crimean',
  'siberian',
  'quebecois',
  'texan',
  'californian',
]);

/**
 * Adjectives of creeds and churches, which name no body or place on their own: "in the Orthodox style", "to visit the
 * Jewish state", "the Muslim organisation X", "Roman Catholic Archbishop Y".
 */
const CREEDS = new Set([
  'orthodox',
  'catholic',
  'roman catholic',
  'protestant',
  'evangelical',
  'ecumenical',
  'jewish',
  'muslim',
  'sunni',
  'shia',
  'shiite',
]);

/**
 * Endings of adjectives of creeds, movements and peoples: "Islamist", "Peronist", "Indigenous", "Christian"; and of
 * an office's kind, which a sentence's capital opens ("Presidential spokesman X").
 */
const DESCRIBING_ENDING = /(?:ist|ous|ian|ial)$/;

/** Offices of a body's press after "press": "the Akorda press service said", "Akorda's press secretary". */
const PRESS_OFFICES = new Set(['service', 'office', 'secretary']);

/** Whether the lower-case word `n` at `k` opens a body's spokesperson or press office. */
function speakerAfter(n: Token, k: number): boolean {
  return SPOKESPEOPLE.has(n.lower) || (n.lower === 'press' && PRESS_OFFICES.has(tokens[k + 1]?.lower ?? ''));
}

function isCountryWord(word: string): boolean {
  return (wordFlags(word.toLowerCase()) & (COUNTRY | DEMONYM)) !== 0;
}

function isMonthOrWeekday(word: string): boolean {
  const lower = word.toLowerCase();
  return months.has(lower) || weekdays.has(lower);
}

/** Compass points that open a region's name: "West Asia", "Northeast Asia", "Central Java". */
const COMPASS_POINTS = new Set([
  ...COMPASS_WORDS,
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'central',
]);

/**
 * Whether the compass point at `k`, inside the run ending at `end`, opens a place of two words: before a region
 * or a city ("West Asia", "North Africa") or a word of no English ("West Java"), the run ending there or at a title
 * ("West Java Governor").
 */
function compassPlace(k: number, end: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || k + 1 >= end || !next.word || personTokens.has(next.text)) return false;
  if (k + 2 < end && !titleHeads.has((tokens[k + 2] as Token).lower)) return false;
  const f = tokenFlags(next);
  if (f & (CITY | REGION)) return true;
  if (ACRONYM.test(next.text) || next.text.includes('-')) return false;
  return !(f & (COMMON_WORD | COUNTRY | DEMONYM | TITLE_HEAD | ORG_HEAD | MONTH | WEEKDAY | FIRST_NAME));
}

/**
 * Cities by the names older wire copy spells them, which the gazetteer lacks ("left by air for Calcutta and Rangoon",
 * "toured Hangchow"): places as written, as the golds list them. Here only, not in the country rules: a person's
 * country stays as their own words give it.
 */
const OLD_CITY_NAMES = new Set([
  'calcutta',
  'bombay',
  'madras',
  'dacca',
  'rangoon',
  'saigon',
  'hangchow',
  'chungking',
  'tientsin',
  'sinkiang',
  'stalingrad',
  'constantinople',
]);

/**
 * Groupings of a few countries known by a name the lexicon lacks, bodies wherever they stand mid-sentence ("the
 * AUKUS partnership", "the progress of the Quad"), as the README lists BRICS, G20 and the Quad.
 */
const GROUPING_NAMES = new Set([
  'aukus',
  'quad',
  // "a member of the Commonwealth", "a Commonwealth country": the association of Britain's former territories.
  'commonwealth',
]);

/**
 * Every word the one-word tests of `singles` look up by itself (features, compass points, seats and movements,
 * regions, legislatures, executives): a word on none of these lists skips their lookups.
 */
const SINGLES_LISTED = new Set([
  ...GROUPING_NAMES,
  ...FEATURES_FIRST,
  ...COMPASS_POINTS,
  ...institutionCountry.keys(),
  ...REGIONS,
  ...LEGISLATURES,
  ...LEGISLATURE_NAMES,
  ...EXECUTIVES,
]);

/**
 * Whether the word at `k`, in brackets, follows the body just found: its short name, noted as initials are ("the
 * Islamic Resistance Movement (Hamas) … Hamas political bureau chief" lists the movement once).
 */
function bracketedShortName(k: number): boolean {
  return shortNameAfter(k, k - 2);
}

/** Whether the body found last ends with the word at `b`: then the word at `k` is its short name, noted. */
function shortNameAfter(k: number, b: number): boolean {
  const last = orgLowers[orgLowers.length - 1];
  const before = tokens[b];
  if (last === undefined || before === undefined || !last.endsWith(` ${before.lower}`)) return false;
  acronyms.set((tokens[k] as Token).text, orgs[orgs.length - 1] as string);
  return true;
}

/** Titles of a peer, whose territory is the title's, not a place of the story: "the Duke of Edinburgh". */
const PEERAGES = new Set(['duke', 'duchess', 'earl', 'countess', 'marquess']);
/** Heirs' titles that name a territory ("Prince of Wales"); "Crown Prince of Abu Dhabi" names the state he rules. */
const HEIRS = new Set(['prince', 'princess']);

/** "the Princess of Wales", "the Duke of York": the word at `k` is a title's territory, no place of the story. */
function titleTerritory(k: number): boolean {
  if (tokens[k - 1]?.lower !== 'of') return false;
  const title = tokens[k - 2]?.lower ?? '';
  return PEERAGES.has(title) || (HEIRS.has(title) && (tokens[k] as Token).lower === 'wales');
}

const AIR_BODIES = new Set(['force', 'forces', 'command', 'defence', 'defense', 'wing', 'corps', 'quality']);

/** Whether tokens `k` and `k + 1` name an airline: "Air" and a country ("Air Canada"), or a people and "Air" ("Polish
 * Air"), with no arm of the forces or a body after them ("French Air Force", "Air Defense"). */
function airline(k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1] as Token;
  const flag = t.lower === 'air' ? COUNTRY : next.lower === 'air' ? DEMONYM : 0;
  if (flag === 0 || !next.cap || AIR_BODIES.has(tokens[k + 2]?.lower ?? '')) return false;
  return (tokenFlags(flag === COUNTRY ? next : t) & flag) !== 0 && !(tokens[k + 2]?.cap ?? false);
}

function singles(s: number, end: number): void {
  const placesBefore = places.length;
  // "the Hanoi – Lao Cai – Hai Phong railway": each stop of a route written with dashes is a place.
  if ((DASHES.has(tokens[s - 1]?.text ?? '') || DASHES.has(tokens[end]?.text ?? '')) && routeStop(s, end)) {
    addPlace(phraseText(s, end));
    return;
  }
  if (placeFormat(s, end)) {
    addOrg(`${(tokens[s] as Token).text} format`);
    return;
  }
  const byNext = kindByNext(s, end);
  if (byNext !== null) {
    if (byNext === 'org') addOrg(phraseText(s, end));
    else {
      if (PLURAL_PLACE_NOUNS.has(tokens[end]?.lower ?? '')) listedPlacesBefore(s);
      addPlace(phraseText(s, end));
    }
    return;
  }
  // "its owner, investment firm Greybull Capital,", "the private equity firm Halden Partners": a name of two to four
  // words right after a lower-case noun for a firm or a body is that body, whole (no person's, place's, people's or
  // title's word in it).
  const descriptor = tokens[s - 1];
  if (
    end - s >= 2 &&
    end - s <= 4 &&
    descriptor !== undefined &&
    !descriptor.cap &&
    ORG_DESCRIPTORS.has(descriptor.lower) &&
    describedWhole(s, end)
  ) {
    addOrg(phraseText(s, end));
    return;
  }
  for (let k = s; k < end; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !t.cap) continue;
    if (titleTerritory(k)) continue;
    // "an Air Canada plane", "a Polish Air crew": "Air" and a country, or a people and "Air", name an airline, a
    // company, not the country ("the French Air Force" is a body found whole).
    if (k + 1 < end && airline(k)) {
      addOrg(`${t.text} ${(tokens[k + 1] as Token).text}`);
      k++;
      continue;
    }
    // "Prime Minister X (PhD)": a degree after a name, no party's initials.
    if (t.lower === 'phd') continue;
    // "a New York Democrat", "New York University Shanghai": a place of two words the gazetteer knows is read
    // whole, not as its second word alone ("York").
    const second = tokens[k + 1];
    if (k + 1 < end && second !== undefined && second.cap && twoWordPlace(t.lower, second.lower)) {
      if (!personTokens.has(second.text)) addPlace(`${t.text} ${second.text}`);
      k++;
      continue;
    }
    const parts = t.text.includes('-') ? t.text.split('-') : null;
    if (parts === null ? tokenFlags(t) & (MONTH | WEEKDAY) : parts.some(isMonthOrWeekday)) continue;
    // One lookup rules out the word lists below that most words are on none of.
    const listed = SINGLES_LISTED.has(t.lower);
    // "on the shore of Lake Karuizawa", "Mount Lewotobi erupted": a feature and the name after it are one place.
    if (
      listed &&
      FEATURES_FIRST.has(t.lower) &&
      k + 1 < end &&
      !personTokens.has((tokens[k + 1] as Token).text)
    ) {
      addPlace(phraseText(k, end));
      break;
    }
    // "in West Asia", "West Java Governor X": a compass point and the name after it are one place.
    if (listed && COMPASS_POINTS.has(t.lower) && compassPlace(k, end)) {
      addPlace(`${t.text} ${(tokens[k + 1] as Token).text}`);
      k++;
      continue;
    }
    // "Al-Azhar": a hyphenated institution is one body, not two sides.
    if (parts !== null && listed && institutionCountry.has(t.lower) && !personTokens.has(t.text)) {
      addOrg(t.text);
      continue;
    }
    // "Timor-Leste", "Guinea-Bissau": a country written with a hyphen.
    if (parts !== null && countryNames.has(t.lower)) {
      addPlace(t.text);
      continue;
    }
    // "leader of the CDS-PP": initials joined by a hyphen after "the" name one body, known as a single acronym is
    // (not "X (PSD-MG)", Brazil's party and state of a lawmaker).
    if (
      parts !== null &&
      tokens[k - 1]?.lower === 'the' &&
      parts.every(
        (x) =>
          ACRONYM.test(x) && !countryNames.has(x.toLowerCase()) && !internationalBodies.has(x.toLowerCase()),
      ) &&
      (partyOfPerson(k) || describedAsOrg(k) || actsAsBody(k) || memberOf(k))
    ) {
      addOrg(t.text);
      continue;
    }
    if (parts !== null && !(listed && REGIONS.has(t.lower))) {
      // "Russia-Ukraine conflict", "China-U.S. cooperation": each country is a place.
      // "the Budapest-Belgrade railway", "the Nagpur-Gondia expressway": the ends of a route.
      const route =
        end - s === 1 &&
        routeAfter(k + 1) &&
        !personTokens.has(t.text) &&
        parts.every((x) => stopName(x, true));
      for (const x of parts) {
        // ("Korea-Japan": addPlace notes an ambiguous name for the end.)
        if (countryNames.has(x.toLowerCase()) || route) addPlace(x);
        // "EU-China relations": an international body as one side.
        else if (ACRONYM.test(x) && internationalBodies.has(x.toLowerCase()) && !shortFormOfFound(x))
          addOrg(x);
      }
      continue;
    }
    const lower = straightApostrophes(t.lower);
    // With the given names and known bodies, which the rules below ask of most words.
    const f = lower === t.lower ? tokenLists(t) : wordLists(lower);
    const lowerListed = lower === t.lower ? listed : SINGLES_LISTED.has(lower);
    // A word that goes on in lower case ("Beijing", most of them) is no acronym: the two tests below are spared.
    const c1 = t.text.charCodeAt(1);
    const maybeAcronym = !(c1 >= 97 && c1 <= 122);
    // "CARICOM leaders", "BIMSTEC chairmanship": a longer acronym, known by what it has.
    if (maybeAcronym && SEVEN_LETTER_ACRONYM.test(t.text) && !shortFormOfFound(t.text) && actsAsBody(k)) {
      addOrg(t.text);
      continue;
    }
    // "when the Diet reconvenes", "passed by Japan's Diet": the word capitalised mid-sentence is Japan's legislature
    // (a sentence's first "Diet" may be food).
    if (lower === 'diet' && !t.first && !inShoutedRun) {
      addOrg(t.text);
      continue;
    }
    // "under U.N. rules", "a U.N. relief official": an international body's initials written with full stops, as
    // "UN" is read without them.
    if (maybeAcronym && internationalBodies.has(lower) && DOTTED_INITIALS.test(t.text)) {
      addOrg(t.text);
      continue;
    }
    if (maybeAcronym && ACRONYM.test(t.text)) {
      // "the VIII Summit": a Roman numeral numbers a meeting.
      if (ROMAN_NUMERAL.test(t.text)) continue;
      // "the opposition INDIA bloc": a country's name in capitals before "bloc" or "alliance" is the grouping's.
      if (f & COUNTRY && t.text.length > 3 && GROUPINGS.has(tokens[k + 1]?.lower ?? '')) {
        addOrg(t.text);
        continue;
      }
      if (f & COUNTRY) {
        if (!currencyAfter(k + 1)) addPlace(t.text);
        continue;
      }
      // "MESSAGE FROM MOSCOW": a city's name in a subheading's capitals is no acronym.
      if (inShoutedRun && f & CITY) {
        addPlace(t.text);
        continue;
      }
      // "MANILA - Kishida on Saturday …", "MADRID (Reuters) -": a digest's own dateline opening a story mid-text.
      if (f & CITY && t.first && datelineMark(tokens[k + 1])) {
        addPlace(titleCaseUpper(t.text));
        continue;
      }
      // "the CPC is willing" after "the Communist Party of China (CPC) Central Committee": the party itself.
      const innerLong = innerAcronyms.get(t.text);
      if (innerLong !== undefined) {
        addOrg(innerLong);
        continue;
      }
      if (shortFormOfFound(t.text)) continue;
      if (
        internationalBodies.has(lower) ||
        (f & KNOWN_ORG) !== 0 ||
        (listed && GROUPING_NAMES.has(lower)) ||
        numberedGroup(k) ||
        partyOfPerson(k) ||
        describedAsOrg(k) ||
        actsAsBody(k) ||
        speaksAsParty(k) ||
        memberOf(k) ||
        accordingTo(k) ||
        openingWordsOfFound(t.text) !== ''
      )
        addOrg(t.text);
      continue;
    }
    if (f & COUNTRY) {
      // "the previous Chile government" after "Tiago Chile was sworn in": a country's name that ends a
      // person's is their surname, unless a place's preposition comes before it ("a visit to Chile").
      if (aliasWords.has(t.text) && !PLACE_BEFORE.has(tokens[k - 1]?.lower ?? '')) continue;
      if (!currencyAfter(k + 1)) addPlace(t.text);
      continue;
    }
    // "on the Korean peninsula": a region written with a lower-case noun.
    if (f & DEMONYM && k + 1 === end) {
      const next = tokens[end];
      if (next !== undefined && !next.cap && REGIONS.has(`${lower} ${next.lower}`)) {
        addPlace(`${t.text} ${next.text}`);
        continue;
      }
    }
    // "the Islamic Resistance Movement (Hamas)": a body's short name in brackets after its long form is that body.
    if (end - s === 1 && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')' && bracketedShortName(k))
      continue;
    // "the Japanese Trade Union Confederation, or Rengo, which …": the body's other name, set off after it.
    if (
      end - s === 1 &&
      tokens[k - 1]?.lower === 'or' &&
      tokens[k - 2]?.text === ',' &&
      !(f & (COUNTRY | CITY | REGION)) &&
      shortNameAfter(k, k - 3)
    )
      continue;
    // Named seats, legislatures and movements ("Kremlin", "Knesset", "Hamas"), as roles.ts knows them.
    if (
      lowerListed &&
      institutionCountry.has(lower) &&
      !personTokens.has(t.text) &&
      (!SEAT_BUILDINGS.has(lower) || speaksAsBody(k, k))
    ) {
      addOrg(t.text);
      continue;
    }
    // "St. Petersburg": a saint's abbreviation opens the name read whole elsewhere, no place of its own.
    if (lower === 'st' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.cap) continue;
    // ("Vientiane's position", "accuse Kigali of": a capital the country rules know, which the gazetteer lacks.)
    if (
      (f & (CITY | REGION) && !REGIONAL_ADJECTIVES.has(lower)) ||
      (lowerListed && REGIONS.has(lower)) ||
      cityCountry(lower) !== undefined ||
      OLD_CITY_NAMES.has(lower)
    ) {
      const next = tokens[k + 1];
      // "the Barcelona midfielder", "Barcelona coach …": the city's club.
      if (end - s === 1 && next !== undefined && !next.cap && SPORTS_ROLES.has(next.lower)) addOrg(t.text);
      // "at 8:59 p.m. (Beijing Time)", "Moscow time": a time zone, not where anything happens.
      else if (next?.lower === 'time') continue;
      // "the Paris Agreement", "the Paris accords": a city inside a document's name is a place only when named
      // elsewhere in the story (the golds list Astana for an "Astana Declaration" signed there).
      else if (next !== undefined && DOCUMENTS.has(next.lower)) continue;
      else if (!personTokens.has(t.text) && !(f & FIRST_NAME)) addPlace(t.text);
      continue;
    }
    // "the progress of the Quad": mid-sentence, where its capital is the name's ("Quad bikes" may open one); not the
    // short name of a body found by a longer one ("the Commonwealth of Independent States … the Commonwealth").
    if (end - s === 1 && lowerListed && GROUPING_NAMES.has(lower) && !t.first) {
      if (!orgLowers.some((found) => found.startsWith(`${lower} `))) addOrg(t.text);
      continue;
    }
    if (end - s === 1 && (f & KNOWN_ORG) !== 0 && !personTokens.has(t.text)) {
      if (!isMedium(k)) addOrg(t.text);
      continue;
    }
    // "a joint meeting of Congress", "Congress leader X", "told the Dáil": a legislature by its head or its name.
    if (end - s === 1 && listed && isLegislature(k, k + 1)) {
      addOrg(t.text);
      continue;
    }
    // "Keir Varnam's Labour government", "stay on as Labour leader": Labour named alone before its government or
    // an office is the party (not "Labour Day", "the Ministry of Labour").
    if (end - s === 1 && (lower === 'labour' || lower === 'labor') && labourParty(k)) {
      addOrg(t.text);
      continue;
    }
    // "the Government would compensate", "his new Cabinet": an executive by its head alone after a lower-case word,
    // outside a title ("Government spokesman", "Head of Government") and a list ("Related news: Government, …").
    if (end - s === 1 && lowerListed && EXECUTIVES.has(lower) && executiveAlone(k)) {
      addOrg(t.text);
      continue;
    }
    if (
      end - s === 1 &&
      !styleBeforeName(k) &&
      (describedAsOrg(k) ||
        firmBeforeTitle(k) ||
        memberOf(k) ||
        besideBody(k) ||
        presidedBody(k) ||
        partyOfPerson(k) ||
        partyOfMembers(k, k + 1))
    ) {
      addOrg(t.text);
      continue;
    }
  }
  placeByPreposition(s, end, placesBefore);
}

/**
 * "The party included Sen. Lev Morrow", "the group met Lt. Gen. X": a capitalised word with its full stop right before
 * a person's name, or before another such word that is, is their abbreviated title or style, no body's name (however
 * a descriptor before it reads: "party", "group").
 */
function styleBeforeName(k: number): boolean {
  let q = k;
  while (q < k + 6 && tokens[q]?.cap && tokens[q]?.word && tokens[q + 1]?.text === '.') q += 2;
  // The full stop of an abbreviation, not a sentence's ("… party Vanguard. Lev Morrow said").
  return q > k && inPerson[q] === 1 && tokens[q]?.sent === tokens[k]?.sent;
}

/** Lower-case words inside a body's long name ("Council on Trade and …", "… Security in Asia"). */
const LONG_NAME_JOINERS = new Set(['on', 'and', 'in', 'of', 'for', 'the']);

/**
 * "the Council on Trade and Water Security in Asia (CTWA)": capitalised words from `i` and the
 * joiners between them, up to initials in brackets that begin with the first word's initial, end with the last
 * word's, and take each letter from a word's initial in order, are one body, as long as a head of bodies is among
 * them and a joiner the phrase would stop at ("in", "on", "and") is too. Lists it, and returns the token after the
 * brackets (or `i` if not).
 */
function joinedLongName(i: number): number {
  const prev = tokens[i - 1];
  if (prev?.cap || !prev?.word) return i;
  let k = i;
  let joined = false;
  let initialsRead = '';
  while (k < i + 16) {
    const t = tokens[k];
    if (t === undefined || t.sent !== tokens[i]?.sent) return i;
    if (t.cap && t.word) {
      if (inPerson[k]) return i;
      initialsRead += t.text[0];
    } else if (LONG_NAME_JOINERS.has(t.lower) && tokens[k - 1]?.cap && k > i) {
      if (t.lower !== 'of' && t.lower !== 'the') joined = true;
    } else if (LONG_NAME_JOINERS.has(t.lower) && t.lower === 'the' && tokens[k - 1]?.lower === 'of') {
      // "of the": read on.
    } else break;
    k++;
  }
  if (!joined || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !tokens[k - 1]?.cap) return i;
  // The head of bodies last: most runs have no brackets after them, and a lookup per word cost more than the rest.
  let head = false;
  for (let j = i; j < k && !head; j++) {
    const t = tokens[j] as Token;
    head = t.cap && t.word && orgHeads.has(t.lower);
  }
  if (!head) return i;
  const acr = (tokens[k + 1] as Token).text;
  if (!ACRONYM.test(acr) || acr.length < 3) return i;
  if (acr[0] !== initialsRead[0] || acr[acr.length - 1] !== initialsRead[initialsRead.length - 1]) return i;
  let at = 0;
  for (const c of acr) {
    at = initialsRead.indexOf(c, at) + 1;
    if (at === 0) return i;
  }
  const name = phraseText(i, k);
  addOrg(name);
  acronyms.set(acr, name);
  return k + 3;
}

/** Numbers that name a grouping by its members' count ("the Vessia Five"). */
const GROUP_COUNTS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]);
/** What such a grouping has or holds, in lower case after its name. */
const GROUPING_AFTER = new Set([
  ...GROUP_MEETINGS,
  'mechanism',
  'format',
  'framework',
  'group',
  'grouping',
  'countries',
  'nations',
  'members',
  'leaders',
  'ministers',
]);

/**
 * "the five-year-old "Vessia Five" mechanism", "the previous Vessia Five meeting": a name ending in a spelled count,
 * before a word for what a grouping holds, is the grouping's.
 */
function numberedGrouping(s: number, e: number): boolean {
  if (e - s < 2 || !GROUP_COUNTS.has((tokens[e - 1] as Token).lower)) return false;
  // "the "Vessia Five" mechanism" (not "the "Bali Nine" drug smuggling group": people, not states).
  let next = tokens[e];
  if (next !== undefined && QUOTES.has(next.text)) next = tokens[e + 1];
  return next !== undefined && !next.cap && GROUPING_AFTER.has(next.lower);
}
const QUOTES = new Set(['"', '“', '”']);

/** A group of states named by "G" and their number: "G4", "G15" (not "G650", an aircraft's model). */
const G_NUMBER = /^G\d{1,2}$/;

/**
 * "the G4 Foreign Ministers' Meeting", "G15 leaders": a group named by "G" and its number, before a word for what a
 * grouping holds, is that grouping, as "G20" is known by name.
 */
function numberedGroup(k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && G_NUMBER.test((tokens[k] as Token).text) && GROUPING_AFTER.has(next.lower);
}

/**
 * "the Astana format", "the so-called Normandy format": a place's name before "format" names a grouping after the place
 * of its first meeting, a body as the README lists the Quad; the place, as in a document's name, is listed only where
 * the story names it elsewhere (not "the Test format", "in PDF format": a word or initials, no place).
 */
function placeFormat(s: number, e: number): boolean {
  if (e - s !== 1 || tokens[e]?.text !== 'format' || personTokens.has((tokens[s] as Token).text))
    return false;
  const lower = (tokens[s] as Token).lower;
  return (
    (tokenFlags(tokens[s] as Token) & (CITY | REGION)) !== 0 ||
    REGIONS.has(lower) ||
    cityCountry(lower) !== undefined
  );
}

/**
 * "the Weimar Triangle", "the Lublin Triangle": a town's name and "Triangle" name a grouping of three states, as the
 * README lists the Quad; not a region named by a word or a side ("the Golden Triangle", "the Northern Triangle",
 * "the Bermuda Triangle": a common word, a country or a compass point).
 */
function townTriangle(s: number, e: number): boolean {
  if (e - s !== 2 || (tokens[s + 1] as Token).text !== 'Triangle') return false;
  const t = tokens[s] as Token;
  return (
    t.word &&
    !ACRONYM.test(t.text) &&
    !personTokens.has(t.text) &&
    !COMPASS_POINTS.has(t.lower) &&
    (tokenFlags(t) & (COMMON_WORD | COUNTRY | DEMONYM | REGION)) === 0
  );
}

/** "…, according to the MPRB.": initials that a story's facts are credited to name a body (or an outlet). */
function accordingTo(k: number): boolean {
  const j = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return tokens[j]?.lower === 'to' && tokens[j - 1]?.lower === 'according';
}

/** Whether a route noun follows at `k`, past up to two lower-case words ("national highway", "standard-gauge"). */
function routeAfter(k: number): boolean {
  for (let q = k; q < k + 3; q++) {
    const t = tokens[q];
    if (t === undefined || t.cap || !t.word) return false;
    if (ROUTES.has(t.lower)) return true;
  }
  return false;
}

/**
 * A word that may name a stop of a route: capitalised, and no title, body's head, month or person; a nationality only
 * inside a longer name ("Lao Cai").
 */
function stopName(word: string, alone: boolean): boolean {
  // ("Hai Phong" in a story of Tran Xuan Phong: a person's word inside a longer name.)
  if (!STARTS_UPPER.test(word) || (alone && personTokens.has(word))) return false;
  const f = wordFlags(word.toLowerCase());
  return !(f & (TITLE_HEAD | ORG_HEAD | FUNCTION_WORD | MONTH | WEEKDAY)) && !(alone && f & DEMONYM);
}

/** Whether the one to three words `s`..`end` may name a stop of a route. */
function stopRun(s: number, end: number): boolean {
  if (end <= s || end - s > 3) return false;
  for (let k = s; k < end; k++)
    if (inPerson[k] || !stopName((tokens[k] as Token).text, end - s === 1)) return false;
  return true;
}

/**
 * Whether the run `s`..`end` is a stop of a route written with spaced dashes: every stop after it is one to three
 * names, and a route noun closes the chain ("Kunming – Hekou line").
 */
function routeStop(s: number, end: number): boolean {
  if (!stopRun(s, end)) return false;
  let p = end;
  while (DASHES.has(tokens[p]?.text ?? '')) {
    let q = p + 1;
    while (q < p + 4 && tokens[q]?.cap && tokens[q]?.word) q++;
    if (!stopRun(p + 1, q)) return false;
    p = q;
  }
  return routeAfter(p);
}

/**
 * "the leaders of Quang Tri, Kon Tum and Gia Lai provinces": the names listed before the last one, which the
 * plural noun after it makes places too (each of one to three capitalised words, none a person's).
 */
function listedPlacesBefore(s: number): void {
  const found: string[] = [];
  let e = s - 1;
  if (tokens[e]?.lower !== 'and') return;
  for (;;) {
    let b = e;
    while (b > e - 4 && capWord(tokens[b - 1], b - 1) && !inPerson[b - 1]) b--;
    if (b === e || b < e - 3) return;
    found.push(phraseText(b, e));
    if (tokens[b - 1]?.text !== ',') break;
    e = b - 1;
  }
  for (let k = found.length - 1; k >= 0; k--) addPlace(found[k] as string);
}

function executiveAlone(k: number): boolean {
  const before = tokens[k - 1];
  const next = tokens[k + 1]?.lower ?? '';
  // "Chief Secretary to the Government": the office a title serves ("Premier of the Cabinet" names the body).
  const to = before?.lower === 'the' ? k - 2 : k - 1;
  const served = tokens[to]?.lower === 'to' && titleHeads.has(tokens[to - 1]?.lower ?? '');
  return (
    before !== undefined &&
    before.word &&
    !before.cap &&
    !(before.lower === 'of' && titleHeads.has(tokens[k - 2]?.lower ?? '')) &&
    !served &&
    !titleHeads.has(next) &&
    !SPOKESPEOPLE.has(next)
  );
}

/** Words around a platform that carries a message: "said on Twitter", "a message on Facebook", "a Facebook post". */
const MESSAGE_WORDS = new Set([
  'message',
  'messages',
  'post',
  'posts',
  'posted',
  'wrote',
  'page',
  'account',
  'video',
]);

/** Forms of "say" the reporting verbs lack: "saying on Twitter that …". */
const SAYING = new Set(['saying', 'says', 'say']);

/** "Dawit said on Twitter", "in a Facebook post": a platform someone speaks through, not a body of the story. */
function isMedium(k: number): boolean {
  const before = tokens[k - 1]?.lower;
  const said = tokens[k - 2]?.lower ?? '';
  if (before === 'on' && (MESSAGE_WORDS.has(said) || SPEECH_AFTER.has(said) || SAYING.has(said))) return true;
  // "congratulated the swimmer on Facebook", "hailed the decision as a victory on Twitter": a social platform after
  // "on" is where a message went, whatever the verb.
  if (before === 'on' && PLATFORMS.has((tokens[k] as Token).lower)) return true;
  return MESSAGE_WORDS.has(tokens[k + 1]?.lower ?? '');
}

/** Social platforms by name, which stories name as where a message went. */
const PLATFORMS = new Set([
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'telegram',
  'tiktok',
  'weibo',
  'wechat',
]);

/** An acronym whose long form is already among the organisations. */
function shortFormOfFound(acr: string): boolean {
  if (acronyms.has(acr)) return true;
  const long = ACRONYM_LONG.get(acr);
  if (long !== undefined && orgKeys.has(long.toLowerCase())) return true;
  // "the Group of Twenty … the G20": a group found by its number spelled out.
  if (acr[0] === 'G' && orgLowers.some((found) => groupAcronym(found) === acr.toLowerCase())) return true;
  // "the United Nations … UN Secretary-General": the initials of a body already found.
  return orgInitials.includes(acr);
}

/**
 * The name that initials written inside a longer body's name stand for: the last words before them whose capitals
 * are the initials ("Communist Party of China" for CPC, "National People's Congress" for NPC), with a nationality
 * before them ("Chinese People's Liberation Army" for PLA); '' if none.
 */
function innerLongForm(s: number, acrAt: number, acr: string, nameGoesOn: boolean): string {
  for (let j = acrAt - 1; j >= s; j--) {
    const t = tokens[j] as Token;
    if (!t.cap) continue;
    const found = initials(phraseText(j, acrAt));
    if (found.length > acr.length) return '';
    if (found !== acr) continue;
    const before = tokens[j - 1];
    const start =
      before !== undefined && j - 1 >= s && before.cap && tokenFlags(before) & DEMONYM ? j - 1 : j;
    // At the end of the name, only an "of" complement is a body of its own ("the Assembly of the African Union
    // (AU)"; "Japan Self-Defense Forces (SDF)" is one body).
    const of = tokens[start - 1]?.lower === 'the' ? tokens[start - 2] : tokens[start - 1];
    return nameGoesOn || of?.lower === 'of' ? phraseText(start, acrAt) : '';
  }
  return '';
}

/**
 * Whether the body `key` names with inner initials was found: "the CPC Central Committee" after "the Communist Party of
 * China (CPC) Central Committee", or, head first, "the WPK Central Committee" after "the Central Committee of the
 * Workers' Party of Korea (WPK)".
 */
function innerFormFound(key: string): boolean {
  const long = withInnerLongForms(key);
  if (orgKeys.has(long)) return true;
  if (long === key) return false;
  const space = key.indexOf(' ');
  const inner = innerAcronyms.get(key.slice(0, space).toUpperCase())?.toLowerCase();
  if (space < 0 || inner === undefined) return false;
  const head = key.slice(space + 1);
  return orgKeys.has(`${head} of the ${inner}`) || orgKeys.has(`${head} of ${inner}`);
}

/** `key` with each inner acronym in it written out: "cpc central committee" -> "communist party of china central …". */
function withInnerLongForms(key: string): string {
  let out = key;
  for (const [acr, long] of innerAcronyms) {
    const lowerAcr = acr.toLowerCase();
    const at = ` ${out} `.indexOf(` ${lowerAcr} `);
    if (at >= 0) out = out.slice(0, at) + long.toLowerCase() + out.slice(at + lowerAcr.length);
  }
  return out;
}

/** Who or what speaks for a seat of government after its name: "Kremlin aide X", "the Kremlin readout". */
const SEAT_STAFF = new Set(['aide', 'aides', 'adviser', 'advisers', 'official', 'officials', 'readout']);

/** Replies a seat of government gives or withholds: "no comment from the Kremlin". */
const REPLIES = new Set(['comment', 'response', 'reaction']);

/** Forms of "be" before "in" and a seat of government, which name the office held ("if he were in the White House"). */
const TENURE_VERBS = new Set(['was', 'were']);

/**
 * "the Kremlin said", "Kremlin spokesman Oleg Zimin", "White House Coordinator X", "according to the Kremlin", "his
 * return to the White House": the seat [s, k] speaks for the government or names the office held.
 */
function speaksAsBody(s: number, k: number): boolean {
  let b = s - 1;
  if (tokens[b]?.lower === 'the') b--;
  if (tokens[b]?.lower === 'to') {
    const verb = tokens[b - 1]?.lower ?? '';
    if (verb === 'according' || RETURN_FORMS.has(verb)) return true;
  }
  // "if he were in the White House": being in the seat is holding the office, as a return to it is.
  if (tokens[b]?.lower === 'in' && TENURE_VERBS.has(tokens[b - 1]?.lower ?? '')) return true;
  // "There was no comment from the Kremlin": a reply is the seat's own (a statement "from" it is where it was made).
  if (tokens[b]?.lower === 'from' && REPLIES.has(tokens[b - 1]?.lower ?? '')) return true;
  let n = tokens[k + 1];
  // "White House Coordinator for the Middle East X", "Kremlin Chief of Staff Y": an office of the seat's.
  if (n !== undefined && n.cap && titleHeads.has(n.lower)) return true;
  // "White House Middle East coordinator X": the same with the region the office covers before it.
  if (regionBeforeOffice(k + 1)) return true;
  if (n?.lower === 'has' || n?.lower === 'had') n = tokens[k + 2];
  // "Kremlin Press Secretary", "the Kremlin press service", "Kremlin aide X", "the Kremlin readout".
  if (n?.lower === 'press' || SEAT_STAFF.has(n?.lower ?? '')) return true;
  if (n !== undefined && (SPOKESPEOPLE.has(n.lower) || SPEECH_AFTER.has(n.lower))) return true;
  return remitBeforeStaff(k + 1);
}

/**
 * "Kremlin foreign policy aide X", "the White House national security spokesperson": up to three lower-case words
 * of a title's remit between the seat and whoever speaks for it.
 */
function remitBeforeStaff(k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (t === undefined || t.cap || !(titleModifiers.has(t.lower) || departmentWords.has(t.lower)))
      return false;
    const n = tokens[j + 1]?.lower ?? '';
    if (SEAT_STAFF.has(n) || SPOKESPEOPLE.has(n)) return true;
  }
  return false;
}

/** Whether a region of two words at `k` opens an office before a person: "Middle East coordinator X". */
function regionBeforeOffice(k: number): boolean {
  const first = tokens[k];
  const second = tokens[k + 1];
  const title = tokens[k + 2];
  return (
    first?.cap === true &&
    second !== undefined &&
    title !== undefined &&
    REGIONS.has(`${first.lower} ${second.lower}`) &&
    titleHeads.has(title.lower) &&
    inPerson[k + 3] === 1
  );
}

/** What a body has or does, after its acronym: "FEMA Administrator", "ICC judges", "CARICOM leaders", "M23 fighters". */
const BODY_MEMBERS = new Set([
  'leaders',
  'members',
  'judges',
  'fighters',
  'rebels',
  'officials',
  'founder',
  'administrator',
  'chairmanship',
  'secretariat',
  'headquarters',
  'session',
  'summit',
]);
/** Acronyms of things, not bodies: "AI leaders", "LGBT members", "HIV summit". */
const GENERIC_ACRONYMS = new Set([
  'ai',
  'it',
  'pr',
  'hr',
  'gdp',
  'lgbt',
  'lgbtq',
  'hiv',
  'aids',
  'dna',
  'covid',
  'vip',
  'ipo',
  'gps',
  'pm',
  'mp',
  // Styles: "HM King X", "HH the Amir", "HE Y".
  ...STYLE_ABBREVIATIONS,
  'he',
]);

/** "FEMA Administrator X", "the IOC session": an acronym that has members or an office of its own names a body. */
function actsAsBody(k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || !next.word || next.sent !== t.sent) return false;
  // "BJP leader X", "NCP president Y", "KGV Director Z", "OPEC Secretary General W": an office before a person.
  let q = k + 1;
  while (q < k + 4 && titleHeads.has(tokens[q]?.lower ?? '')) q++;
  const office = (q > k + 1 || PARTY_OFFICES.has(next.lower)) && inPerson[q] === 1;
  if (!BODY_MEMBERS.has(next.lower) && !office) return false;
  // "ACT leader X": initials that spell an English word still name a body before its office and a person.
  const spelt = office && t.text.length >= 3 ? 0 : COMMON_WORD;
  return !GENERIC_ACRONYMS.has(t.lower) && !(tokenFlags(t) & (spelt | DEMONYM | COUNTRY));
}

/**
 * "The PNP said the courts would decide", "the NDP announced": initials after "the" that speak as the subject
 * of a reporting verb are a body's (a party's, an agency's), not a country's, a place's or a word's; so are initials a
 * person owns ("Weber's SPD in third place", "backed by his PSOE").
 */
function speaksAsParty(k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  const before = tokens[k - 1]?.lower;
  // "Weber's SPD in third place", "backed by his PSOE": a person's initials-named party.
  const owned =
    (before === 'his' ||
      before === 'her' ||
      ((before === "'s" || before === '’s') && inPerson[k - 2] === 1)) &&
    t.text.length >= 3 &&
    !(next?.cap && next.word);
  return (
    (owned ||
      (before === 'the' && next !== undefined && next.sent === t.sent && SPEECH_AFTER.has(next.lower))) &&
    t.text.length >= 2 &&
    !GENERIC_ACRONYMS.has(t.lower) &&
    !(tokenFlags(t) & (COMMON_WORD | DEMONYM | COUNTRY | CITY | REGION | MONTH | WEEKDAY | TITLE_HEAD)) &&
    !placeKeys.has(t.lower) &&
    !spelledOut(t.text)
  );
}

/**
 * Whether capitalised words of the story spell `acr` by their initials ("The CEC said" after "Chief Election
 * Commissioner X", "The IGP said" after "Inspector-General of Police Y"): then it is an office, or a body other rules
 * read by its name. Asked only of initials that speak as a subject, so rarely.
 */
function spelledOut(acr: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i] as Token).cap) continue;
    let letter = 0;
    for (let j = i; j < tokens.length && letter < acr.length; j++) {
      const w = tokens[j] as Token;
      if (w.cap && w.word && w.text !== acr) {
        const parts = w.text.split('-');
        if (!parts.every((x, n) => x[0] === acr[letter + n])) break;
        letter += parts.length;
      } else if (!(letter > 0 && BODY_JOINERS.has(w.lower))) break;
    }
    if (letter === acr.length) return true;
  }
  return false;
}

/** Verbs whose object is a body joined ("joined X"); a player's club follows PLAY_FORMS and "for". */
const JOIN_VERBS = new Set(['joined', 'joining', 'rejoined', 'joins']);

/**
 * "who plays for Bayern Munich", "played for the New York Cosmos", "who joined Al Nassr in January": a club or a
 * body someone plays for or joins. Not a country (a national side is its country) nor, after "joined", a place alone.
 */
function joinedBody(s: number, e: number): boolean {
  let k = s - 1;
  if (tokens[k]?.lower === 'the') k--;
  const plays = tokens[k]?.lower === 'for' && PLAY_FORMS.has(tokens[k - 1]?.lower ?? '');
  if (!plays && !(JOIN_VERBS.has(tokens[k]?.lower ?? '') && e - s >= 2)) return false;
  const lower = phraseText(s, e).toLowerCase();
  return plays ? !countryNames.has(lower) : !isGazetteerPlace(lower);
}

/** Whether [s, e) is "<name> State" named by a city or a region the gazetteer knows ("Kaduna State"). */
function namedState(s: number, e: number): boolean {
  if (e - s < 2 || e - s > 3) return false;
  for (let k = s; k < e - 1; k++) {
    const t = tokens[k] as Token;
    if (personTokens.has(t.text) || !(tokenFlags(t) & (CITY | REGION))) return false;
  }
  return true;
}

/**
 * "Jorge Ruiz of Movimiento Ciudadano", "Lionel Vela of Inter Miami": a name of two words or more after a person's
 * "of" is the body they belong to, unless it is a place or opens with a country or nationality.
 */
function belongsTo(s: number, e: number): boolean {
  if (e - s < 2) return false;
  let k = s - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !inPerson[k - 1]) return false;
  if (isGazetteerPlace(phraseText(s, e).toLowerCase())) return false;
  // "Governor X of Kaduna State": a name closed by a place's noun is the place.
  if (LOWER_PLACE_NOUNS.has((tokens[e - 1] as Token).lower)) return false;
  // "X Y of the Han Dynasty": a figure of history's era, no body.
  if ((tokens[e - 1] as Token).lower === 'dynasty') return false;
  for (let q = s; q < e; q++) {
    const f = tokenFlags(tokens[q] as Token);
    if (f & (MONTH | WEEKDAY | TITLE_HEAD) || (q === s && f & (COUNTRY | DEMONYM))) return false;
  }
  return true;
}

/**
 * "The European Union and Mercosur", "between Mercosur and the European Union": a word of no English joined by "and"
 * to a body found or known is a body too.
 */
function besideBody(k: number): boolean {
  const t = tokens[k] as Token;
  if (
    tokenFlags(t) & (COMMON_WORD | DEMONYM | COUNTRY | CITY | REGION | TITLE_HEAD) ||
    personTokens.has(t.text)
  )
    return false;
  const before = tokens[k - 1];
  const prev = tokens[k - 2];
  if (before?.lower === 'and' && prev?.cap) {
    const last = ` ${prev.lower}`;
    for (const org of orgLowers) if (org.endsWith(last) || org === prev.lower) return true;
  }
  if (tokens[k + 1]?.lower !== 'and') return false;
  let q = k + 2;
  if (tokens[q]?.lower === 'the') q++;
  let name = '';
  for (let r = q; r < q + 4 && tokens[r]?.cap; r++) {
    name += (name ? ' ' : '') + (tokens[r] as Token).lower;
    if (internationalBodies.has(name) || knownOrganizations.has(name)) return true;
  }
  return false;
}

/**
 * "Mayor Ana Reis (MDB)", "the governor, Rui Dias (Republicanos)": one name in brackets right after a person's is
 * the party they belong to (a place or a nationality there is where they come from).
 */
function partyOfPerson(k: number): boolean {
  if (tokens[k - 1]?.text !== '(' || tokens[k + 1]?.text !== ')' || inPerson[k - 2] !== 1) return false;
  const t = tokens[k] as Token;
  return (
    t.text.length >= 2 &&
    !GENERIC_ACRONYMS.has(t.lower) &&
    !(tokenFlags(t) & (COUNTRY | CITY | REGION | DEMONYM | MONTH | WEEKDAY | TITLE_HEAD | FUNCTION_WORD)) &&
    !placeKeys.has(t.lower)
  );
}

/** A party's leaders and members, named before its "of": "the leader of Fine Gael", "the socialists of Vooruit". */
// (Not "leaders": "the leaders of Quang Tri, Kon Tum and Gia Lai provinces" are a region's.)
const PARTY_MEMBERS = new Set([
  'leader',
  'co-leader',
  'member',
  'members',
  'socialists',
  'liberals',
  'democrats',
  'conservatives',
  'nationalists',
  'centrists',
]);

/**
 * "the leader of Fine Gael", "the Flemish socialists of Vooruit": one to three names right after a party's leader's
 * or members' "of" name the party, unless a place, a nationality, a title, a date or a person's name is among them.
 */
function partyOfMembers(s: number, e: number): boolean {
  const before = tokens[s - 2];
  if (tokens[s - 1]?.lower !== 'of' || before === undefined || before.cap || !PARTY_MEMBERS.has(before.lower))
    return false;
  if (e - s > 3 || isGazetteerPlace(phraseText(s, e).toLowerCase())) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (inPerson[k] || placeKeys.has(t.lower) || REGIONAL_ADJECTIVES.has(t.lower)) return false;
    if (tokenFlags(t) & (COUNTRY | CITY | REGION | DEMONYM | MONTH | WEEKDAY | TITLE_HEAD)) return false;
  }
  return true;
}

/** A body's offices and members named before it: "head of the CSU", "a member of the Greens". */
const MEMBERS_OF = new Set([...PARTY_OFFICES, 'head', 'co-leader', 'member', 'members', 'leaders']);

/**
 * "Anna Berg of the Greens", "head of the CSU": the one word after a person's "of the", or an office's, names
 * the body they belong to, when it is no place, nationality, title, date or body's head alone.
 */
function memberOf(k: number): boolean {
  if (tokens[k - 1]?.lower !== 'the' || tokens[k - 2]?.lower !== 'of') return false;
  const before = tokens[k - 3];
  if (before === undefined || !(inPerson[k - 3] || (!before.cap && MEMBERS_OF.has(before.lower))))
    return false;
  const t = tokens[k] as Token;
  if (tokenFlags(t) & (COUNTRY | CITY | REGION | DEMONYM | MONTH | WEEKDAY | TITLE_HEAD | ORG_HEAD))
    return false;
  if (placeHeads.has(t.lower) || REGIONS.has(t.lower) || COMPASS_WORDS.has(t.lower)) return false;
  // "chief of the Tanmoor fire station": a name that qualifies a lower-case noun is no body of its own.
  const next = tokens[k + 1];
  return (
    next === undefined ||
    !next.word ||
    next.cap ||
    (tokenFlags(next) & FUNCTION_WORD) !== 0 ||
    verbWords.has(next.lower) ||
    next.lower === 'has' ||
    next.lower === 'had'
  );
}

/** A body's chair held in turn: "the rotating presidency", "the chairmanship". */
const PRESIDED = new Set(['presidency', 'chairmanship', 'chairship']);

/**
 * "the pro tempore presidency of Mercosur": the one word after a chair held in turn names the body chaired, when it
 * is no English word, place, nationality or person ("the presidency of Brazil" is the country's).
 */
function presidedBody(k: number): boolean {
  if (tokens[k - 1]?.lower !== 'of' || !PRESIDED.has(tokens[k - 2]?.lower ?? '')) return false;
  const t = tokens[k] as Token;
  if (inPerson[k] || personTokens.has(t.text) || placeKeys.has(t.lower) || tokens[k + 1]?.cap) return false;
  return !(
    tokenFlags(t) &
    (COMMON_WORD | COUNTRY | CITY | REGION | DEMONYM | MONTH | WEEKDAY | TITLE_HEAD | FUNCTION_WORD)
  );
}

/** What a grouping known by a name groups: "the four countries, known as the Quad". */
const GROUPED = new Set(['countries', 'nations', 'states', 'democracies', 'economies']);

/**
 * "Saudi Investment Minister X", "Energy Minister Y": a minister's portfolio (one word, maybe after a nationality)
 * right before "Minister" is no body, whatever head word it ends in.
 */
function portfolioBeforeMinister(s: number, end: number): boolean {
  const next = tokens[end];
  if (next?.lower !== 'minister' || !next.cap) return false;
  if (end - s === 1) return true;
  return end - s === 2 && (tokenFlags(tokens[s] as Token) & (DEMONYM | COUNTRY)) !== 0;
}

/** Whether no word of the name from `s` to `end` is a person's, a place's, a people's, a date's or a title's. */
function describedWhole(s: number, end: number): boolean {
  for (let k = s; k < end; k++) {
    const t = tokens[k] as Token;
    if (!t.word || inPerson[k] || personTokens.has(t.text)) return false;
    if (tokenFlags(t) & NOT_BODY_WORD) return false;
  }
  return true;
}

/**
 * "BlackRock chairman and CEO X", "Zentrix founder Y": one word no English word, right before a lower-case title of a
 * firm's head (and maybe "and" and another title) and a person's name, is the firm.
 */
function firmBeforeTitle(k: number): boolean {
  // Only the one-word titles: "president" after a one-word name heads a state or a body as often as a firm, and
  // "chief" and "managing" open titles of two words.
  if (!FIRM_HEAD_TITLES.has(tokens[k + 1]?.text ?? '')) return false;
  const t = tokens[k] as Token;
  if (
    tokenFlags(t) & (COMMON_WORD | COUNTRY | DEMONYM | CITY | REGION | TITLE_HEAD) ||
    personTokens.has(t.text)
  )
    return false;
  let q = k + 2;
  if (tokens[q]?.lower === 'and') {
    q++;
    while (q < k + 6 && titleHeads.has(tokens[q]?.lower ?? '')) q++;
  }
  return inPerson[q] !== 0;
}

/** "tech company Huawei", "broadcaster CCTV", "the grouping known as the Quad". */
function describedAsOrg(k: number): boolean {
  // "the coalition joins … the Flemish socialists": a region's adjective describes the members.
  if (REGIONAL_ADJECTIVES.has((tokens[k] as Token).lower)) return false;
  // "the leftist Comuns", "the liberal VVD".
  if (leaningBefore(k) && partyWords(k, k + 1) && !COMPASS_WORDS.has((tokens[k] as Token).lower)) return true;
  let j = k - 1;
  if (tokens[j]?.lower === 'the') j--;
  let knownAs = false;
  if (tokens[j]?.lower === 'as' && tokens[j - 1]?.lower === 'known') {
    j -= 2;
    // "the four countries, known as the Quad".
    if (tokens[j]?.text === ',') j--;
    knownAs = true;
  }
  for (let q = j; q >= k - 6 && q >= 0; q--) {
    const t = tokens[q] as Token;
    // "the network at the Poipet border": a descriptor beyond a preposition describes something else.
    if (t.cap || !t.word || tokenFlags(t) & FUNCTION_WORD) break;
    if (ORG_DESCRIPTORS.has(t.lower) || (knownAs && q === j && GROUPED.has(t.lower))) return true;
  }
  // "the Mercosur bloc": a descriptor right after a name that is no English word.
  const next = tokens[k + 1];
  if (
    tokens[k - 1]?.lower === 'the' &&
    next !== undefined &&
    ORG_DESCRIPTORS.has(next.lower) &&
    !(tokenFlags(tokens[k] as Token) & (COMMON_WORD | DEMONYM)) &&
    !DESCRIBING_ENDING.test((tokens[k] as Token).lower)
  )
    return true;
  // "its sister party, the CSU": a descriptor in apposition before the name.
  if (
    tokens[k - 1]?.lower === 'the' &&
    tokens[k - 2]?.text === ',' &&
    ORG_DESCRIPTORS.has(tokens[k - 3]?.lower ?? '')
  )
    return true;
  // "BYD, the electric carmaker": a descriptor in apposition after the name.
  if (tokens[k + 1]?.text === ',' && (tokens[k + 2]?.lower === 'the' || tokens[k + 2]?.lower === 'a'))
    for (let q = k + 3; q < k + 7; q++) {
      const t = tokens[q];
      if (!t || t.cap || !t.word) break;
      if (ORG_DESCRIPTORS.has(t.lower)) return true;
    }
  return false;
}

/** "in Woodside", "at the Bharat Mandapam convention center", "the truce village of Panmunjom". */
/** Whether a state or province the gazetteer knows stands alone at `k`, closed by a comma or a full stop. */
function stateAfterComma(k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !t.cap || (tokenFlags(t) & REGION) === 0) return false;
  const after = tokens[k + 1];
  return after === undefined || after.sent !== t.sent || after.text === ',' || after.text === '.';
}

function placeByPreposition(s: number, end: number, placesBefore: number): void {
  const prev = tokens[s - 1];
  const prev2 = tokens[s - 2];
  let prep =
    prev && (PLACE_PREPS.has(prev.lower) || (prev.lower === 'the' && prev2 && PLACE_PREPS.has(prev2.lower)));
  // "the standoff in eastern Ladakh", "fighting in the south-eastern Velmar": a part named by its side.
  if (!prep && prev !== undefined && !prev.cap && SIDE_ADJECTIVES.has(prev.lower)) {
    const before = prev2?.lower === 'the' ? tokens[s - 3] : prev2;
    prep = before !== undefined && PLACE_PREPS.has(before.lower);
  }
  if (prev?.lower === 'of' && prev2 && (PLACE_NOUNS.has(prev2.lower) || PLACE_OF.has(prev2.lower)))
    prep = true;
  // "a lectern placed in the sea off Funafuti", "the waters off Vantia": the shore a position at sea is off.
  if (prev?.lower === 'off' && prev2 && OFF_SHORE.has(prev2.lower)) prep = true;
  // "later left for Manama": where a departure heads; "will leave Velmar for Dorsk": also after where it starts.
  if (
    prev?.lower === 'for' &&
    prev2 &&
    (DEPARTURE_VERBS.has(prev2.lower) ||
      (placeKeys.has(prev2.lower) && DEPARTURE_VERBS.has(tokens[s - 3]?.lower ?? '')))
  )
    prep = true;
  // "Mentougou and Fangshan": a name coordinated with a place just found; "in Bejaia, Bouira, Jijel and Tizi
  // Ouzou": one inside a list of them.
  if (prev?.lower === 'and' && prev2 && placeKeys.has(prev2.lower)) prep = true;
  const next = tokens[end];
  if (
    !prep &&
    prev?.text === ',' &&
    (next?.text === ',' || next?.lower === 'and') &&
    prev2 &&
    endsPlace(prev2)
  )
    prep = true;
  // "toured Velmar, Ohio, on Monday": a town before its state or province, set off by commas.
  if (!prep && next?.text === ',' && stateAfterComma(end + 1)) prep = true;
  if (!prep || (tokens[s] as Token).first) return;
  // "… envoys of some twenty states, including three from Scandin": a story cut off mid-word ends
  // on a fragment, no place.
  if (end >= tokens.length) return;
  // "the Nobel Prize in Chemistry": the field of a prize.
  if (PRIZES.has(tokens[s - 2]?.lower ?? '')) return;
  // "an obstacle to the Nordic country's accession": a word qualifying "country" is no place's name.
  if (next !== undefined && NATION_NOUNS.has(next.lower)) return;
  let particles = 0;
  for (let k = s + 1; k < end - 1; k++) if (ROMANCE_PARTICLES.has((tokens[k] as Token).text)) particles++;
  if (end - s - particles > 3) return;
  // "between Israel and Hamas", "a press conference in the Bundestag": a body found is no place.
  if (isFoundInstitution(phraseText(s, end).toLowerCase())) return;
  // "Muslims in the West": an idea rather than a place; "a visit to the Kingdom": a place's head alone.
  if (end - s === 1 && (COMPASS_WORDS.has((tokens[s] as Token).lower) || theHeadAlone(s))) return;
  // "waved the flag in the Olympic tradition", "the first summit in the Nordic region": an adjective of the Games or
  // of a group of nations qualifies the noun after it and names no place.
  if (end - s === 1 && NO_PLACE_ADJECTIVES.has((tokens[s] as Token).lower) && next !== undefined && !next.cap)
    return;
  let unknown = 0;
  for (let k = s; k < end; k++) {
    const t = tokens[k] as Token;
    // "the Plaza de Oriente" in a story of Tomas de la Vega: the particle is no part of a person here.
    if (particles > 0 && ROMANCE_PARTICLES.has(t.text)) continue;
    const f = tokenFlags(t);
    if (
      f & (MONTH | WEEKDAY | DEMONYM | TITLE_HEAD | ORG_HEAD) ||
      REGIONAL_ADJECTIVES.has(t.lower) ||
      ACRONYM.test(t.text) ||
      // "the aid would go to NGOs": initials in the plural name a kind of body, no place.
      PLURAL_ACRONYM.test(t.text) ||
      // "at Qasr Al Watan" in a story of Sheikh X Al Y: a particle of names is no part of a person here.
      (personTokens.has(t.text) && (end - s === 1 || !NAME_PARTICLES.has(t.lower))) ||
      EVENT_WORDS.has(t.lower) ||
      // "praying to Allah Almighty": a deity, not a place.
      DEITIES.has(t.lower) ||
      // "speaking in Arabic", "spoke in Pashto": a language, not a place.
      LANGUAGES.has(t.lower) ||
      // "taking over from Datuk Seri Dr X": honorifics before another, not a place.
      (honorifics.has(t.lower) && honorifics.has(tokens[end]?.lower ?? '')) ||
      // "the Asia-Pacific", "Sino-Russian": a hyphenated word opens no place, but for the Arabic article inside one
      // ("in Sharm el-Sheikh").
      (t.text.includes('-') && !(k > s && arabicPlaceArticle(k)) && !PARTICLE_JOINED.test(t.text)) ||
      // "up to Rp50 million": a currency's amount, not a place.
      ANY_DIGIT.test(t.text)
    )
      return;
    if (!(f & COMMON_WORD)) unknown++;
  }
  if (unknown === 0) return;
  const name = phraseText(s, end);
  // "a readout from the Kurdistan Region Presidency": a president's office named by its region is a body; "support
  // to the Peshmerga" in a story that writes "Peshmerga forces": a name an armed force goes by is a body too.
  if (
    (end - s > 1 && (tokens[end - 1] as Token).text === 'Presidency') ||
    (end - s === 1 && namesForces(s))
  ) {
    addOrg(name);
    return;
  }
  // "the largest contract in Acme's history": a body found is no place for owning what the preposition governs.
  if ((next?.text === "'s" || next?.text === '’s') && orgKeys.has(name.toLowerCase())) return;
  if (worksAt(s)) addOrg(name);
  else {
    const key = name.toLowerCase();
    // A place met before by another cue ("Barcelona coach … in Barcelona") stays a place.
    if (!placeKeys.has(key) && !isGazetteerPlace(key)) placesByPreposition.add(key);
    // "at the Casa Santa Marta": a venue named after a city of two words, read inside this name alone, is one place.
    const at = places.length === placesBefore + 1 && end - s > 2 ? placesBefore : -1;
    if (at >= 0 && placeLowers[at] === phraseText(s + 1, end).toLowerCase() && !placeKeys.has(key)) {
      renamePlace(at, name, key);
      return;
    }
    addPlace(name);
  }
}

/** Titles that name officers, not a body, when written in the plural before nothing else: "the Special Representatives". */
const OFFICER_TITLES = new Set(['special', 'personal', 'permanent', 'trade']);
/**
 * Whether the body-like run `s`..`end` names a serviceman ("US Marine", "a British Marine", "Royal Marine") or
 * officers by their plural title ("the Special Representatives").
 */
function servicemanOrOfficers(s: number, end: number): boolean {
  if (end - s !== 2) return false;
  const first = tokens[s] as Token;
  const last = (tokens[end - 1] as Token).text;
  if (last === 'Marine')
    return (
      first.lower === 'royal' ||
      (tokenFlags(first) & DEMONYM) !== 0 ||
      ((ACRONYM.test(first.text) || DOTTED_INITIALS.test(first.text)) && countryNames.has(first.lower))
    );
  return last === 'Representatives' && OFFICER_TITLES.has(first.lower);
}

/** Lower-case adjectives of a side between a preposition and a place: "in eastern Ladakh". */
const SIDE_ADJECTIVES = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
]);

/** Words of the sea, or of lying at sea, before "off" and the shore it names: "the sea off X", "anchored off X". */
const OFF_SHORE = new Set([
  'sea',
  'seas',
  'ocean',
  'waters',
  'coast',
  'island',
  'islands',
  'islet',
  'anchored',
  'moored',
  'sank',
  'sunk',
  'capsized',
  'aground',
]);
const DEITIES = new Set(['god', 'allah', 'almighty', 'lord']);
const PRIZES = new Set(['prize', 'award', 'medal']);
/** Verbs of leaving, whose "for" names a destination: "left for Manama". */
const DEPARTURE_VERBS = new Set([...DEPARTURE_FORMS, 'leave', 'bound']);

/** Capitalised adjectives of the Games and of groups of nations, which the nationality list lacks. */
const NO_PLACE_ADJECTIVES = new Set(['olympic', 'paralympic', 'nordic', 'scandinavian']);
/** Plural nouns of armed men that a force's name stands before: "Peshmerga forces", "Houthi fighters". */
const FORCE_NOUNS = new Set(['forces', 'fighters', 'troops', 'militiamen']);

/**
 * Whether the one word at `s` stands elsewhere in the story right before a plural noun of armed men ("train
 * Peshmerga forces"): then it is the force's name. Run only for a lone word a preposition found as a place.
 */
function namesForces(s: number): boolean {
  const text = (tokens[s] as Token).text;
  if (placeKeys.has(text.toLowerCase()) || isGazetteerPlace(text.toLowerCase())) return false;
  for (let q = 0; q < tokens.length - 1; q++)
    if (q !== s && (tokens[q] as Token).text === text && FORCE_NOUNS.has((tokens[q + 1] as Token).lower))
      return true;
  return false;
}

/** "a visit to the Kingdom", "at the Museum": a place's head alone after "the" (but "the Palace of …"). */
function theHeadAlone(s: number): boolean {
  return (
    tokens[s - 1]?.lower === 'the' &&
    tokens[s + 1]?.lower !== 'of' &&
    placeHeads.has((tokens[s] as Token).lower)
  );
}

/** Whether a place found ends with this word ("Ouzou" of "Tizi Ouzou"). */
function endsPlace(t: Token): boolean {
  if (placeKeys.has(t.lower)) return true;
  const last = ` ${t.lower} `;
  for (const k of paddedPlaceKeys) if (k.endsWith(last)) return true;
  return false;
}

/** "a senior economist at Halvorsen", "an engineer at Vantix": where an occupation is held is its employer. */
function worksAt(s: number): boolean {
  const job = tokens[s - 2];
  return (
    tokens[s - 1]?.lower === 'at' &&
    job !== undefined &&
    !job.cap &&
    (titleHeads.has(job.lower) || OCCUPATIONS.has(job.lower))
  );
}
/** compromise's occupation nouns ("economist", "analyst"), some of which are no title heads. */
const OCCUPATIONS: ReadonlySet<string> = new Set(actorNouns);
