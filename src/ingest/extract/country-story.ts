// What every step of decideCountries reads about one article: its text, people and mentions, and the facts about
// the story the steps share (the outlet's country, the sentences' country hits, who is Mandarin-romanised).
import type { ParsedArticle } from '../parse-article.ts';
import { namesCountryOnlyAt, headlineAbout, sentenceCountries } from './country-context.ts';
import {
  INTERNATIONAL_SEATS,
  chineseCredit,
  cityCountry,
  datelineCity,
  datelineCountry,
  findCountries,
  isPinyinName,
  isWadeGilesName,
  outletCountry,
  seatHostCountry,
  type CountryHit,
  countryOfTheTime,
} from './countries.ts';
import { POSSESSIVE_MARKS } from './names.ts';
import { type Mention, NameEdges, type PersonRecord } from './person-record.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { COUNTRY, DEMONYM, tokenFlags } from './word-classes.ts';

/**
 * Spanish-speaking countries of the Americas, where EFE files as a local agency, Brazil, where its Portuguese
 * service (EFE Brasil) does, and the United States, where its Spanish-language service (EFE USA) reports for readers
 * there.
 */
const EFE_LOCAL = new Set([
  'Mexico',
  'Guatemala',
  'Honduras',
  'El Salvador',
  'Nicaragua',
  'Costa Rica',
  'Panama',
  'Cuba',
  'Dominican Republic',
  'Colombia',
  'Venezuela',
  'Ecuador',
  'Peru',
  'Bolivia',
  'Chile',
  'Argentina',
  'Uruguay',
  'Paraguay',
  'Brazil',
  'United States',
]);

/**
 * "Mexico City (EFE) - … The president of the NEI, X": EFE, Spain's agency, runs local services across Spanish-speaking
 * America, whose bare-titled officials are the host's, not Spain's.
 */
/**
 * "Jane X, Department Spokesperson / Washington, DC / MR X: …": with no dateline, a line of its own among the
 * first three that is only a city and its state or country is where the page was issued.
 */
function placeLine(paragraphs: readonly string[]): string | undefined {
  return paragraphs.slice(0, 3).find((t) => t.length < 40 && PLACE_LINE.test(t));
}
const PLACE_LINE = /^\p{Lu}[\p{L}.'’ -]+, \p{Lu}[\p{L}.]+$/u;

/**
 * "… the rule of law. / Department of Foreign Affairs / Manila": with no dateline, a statement signed at its foot by
 * a ministry or department on a line of its own, then a line that is only a city, was issued there.
 */
function signatureLine(paragraphs: readonly string[]): string | undefined {
  const city = paragraphs[paragraphs.length - 1];
  const body = paragraphs[paragraphs.length - 2];
  // "Press Office, Federal Ministry of the Interior, Berlin": the office, its ministry and the city on one line.
  if (city !== undefined && city.length <= 120 && city.includes(', ')) {
    const parts = city.split(', ');
    const [place = '', signer = ''] = [parts[parts.length - 1], parts[parts.length - 2]];
    return place.length <= 30 && CITY_LINE.test(place) && SIGNATURE_BODY.test(signer) ? place : undefined;
  }
  if (city === undefined || body === undefined || city.length > 30 || body.length > 80) return undefined;
  return SIGNATURE_BODY.test(body) && CITY_LINE.test(city) ? city : undefined;
}
const SIGNATURE_BODY =
  /^(?:The )?(?:\p{Lu}\p{L}+ )?(?:Ministry|Department|Office|Embassy|Mission|Secretariat)\b[\p{L}'’ ,&-]*$/u;
const CITY_LINE = /^\p{Lu}[\p{L}.'’ -]*$/u;

function localService(source: string | null, datelineHome: string): boolean {
  return source !== null && /^efe$/i.test(source) && EFE_LOCAL.has(datelineHome);
}

/**
 * "PRETORIA, Nov 2 (KUNA) -- Ethiopia, Tigray rebels agree …": a headline about a country that is neither the
 * outlet's nor the dateline's, naming no one ("PM X holds talks with Nepal's Y" may be the outlet's own leader
 * abroad), in a story that never names the outlet's country: the outlet reports others' affairs, and its own
 * officials are not in it.
 */
function thirdCountryStory(
  named: () => ReadonlySet<string>,
  titleDoc: TokenizedText | null,
  people: readonly PersonRecord[],
  datelineHome: string,
  home: string,
): boolean {
  if (!titleDoc || people.some((p) => p.titleMention >= 0)) return false;
  const inTitle = findCountries(titleDoc.tokens, 0, titleDoc.tokens.length);
  return (
    inTitle.length > 0 &&
    inTitle.every((h) => h.country !== home && h.country !== datelineHome) &&
    !named().has(home)
  );
}

/**
 * Whether the story sets anything at its dateline: it names the dateline's city again ("Li arrived in Kuala
 * Lumpur") or says "here".
 */
function placedAtDateline(doc: TokenizedText, place: string): boolean {
  const city = place.split(',')[0]?.trim().toLowerCase() ?? '';
  const text = doc.text.toLowerCase();
  return (city !== '' && text.includes(city)) || /\bhere\b/.test(text);
}

/**
 * "Strasbourg, Dec 12 (EFE).- The European Parliament … awarded its prize to X, the young Iranian woman …": at an
 * international body's seat, a national outlet's story whose lede gives someone another nationality and which never
 * names its own country reports others' affairs; its home is no default for those it names.
 */
function abroadAtSeat(
  doc: TokenizedText,
  named: () => ReadonlySet<string>,
  place: string | undefined,
  home: string,
): boolean {
  if (!INTERNATIONAL_SEATS.has(datelineCity(place))) return false;
  const [from = 0, to = 0] = doc.sentences[0] ?? [];
  // A nationality in the lede ("the young Iranian woman"), not a country only acting ("Israel rejected it"), which
  // leaves the outlet's own minister abroad bare-titled.
  return (
    findCountries(doc.tokens, from, to).some(
      (h) => (tokenFlags(doc.tokens[h.at] as Token) & DEMONYM) !== 0,
    ) && !named().has(home)
  );
}

/** No token positions: for asking whether a headline names a country anywhere at all. */
const NO_TOKENS: ReadonlySet<number> = new Set();

/**
 * Whether the story never names the outlet's country `home`, and names the host `country` by its demonym describing
 * the place ("the French port city"), never by its name ("received by the Emir of Qatar" names the other side) nor
 * inside someone's title. One pass over the story's countries.
 */
function hostOnlyDescribed(
  doc: TokenizedText,
  country: string,
  home: string,
  inRoles: ReadonlySet<number>,
): boolean {
  let host = false;
  for (const h of findCountries(doc.tokens, 0, doc.tokens.length)) {
    if (h.country === home) return false;
    if (h.country !== country) continue;
    if (!h.adjectival || inRoles.has(h.at)) return false;
    host = true;
  }
  return host;
}

/**
 * "Foreign Ministry Spokesperson Qiu Haoming's Regular Press Conference on …": the Chinese ministry's own transcript,
 * under its spokesperson's Mandarin name, is a Chinese story as Xinhua's is ("Foreign Minister X" is China's).
 */
function chineseBriefingTitle(title: string): boolean {
  const m = MINISTRY_BRIEFING_TITLE.exec(title);
  return m !== null && isPinyinName(m[1] as string);
}
const MINISTRY_BRIEFING_TITLE =
  /^(?:Foreign Ministry|[\p{Lu}][\p{L}]+ Ministry) Spokesperson (\p{Lu}\p{L}+ \p{Lu}\p{L}+)['’]s Regular Press Conference\b/u;

const CHINA_PLACES = new Set([
  'beijing',
  'shanghai',
  'guangzhou',
  'shenzhen',
  'tianjin',
  'chongqing',
  'hangzhou',
  'wuhan',
]);

/** Whether a story names Taiwan or one of its cities ("… takes office in Taipei"). */
function namesTaiwan(tokens: readonly Token[], named: ReadonlySet<string>): boolean {
  return named.has('Taiwan') || tokens.some((t) => t.cap && cityCountry(t.lower) === 'Taiwan');
}

/** Beijing, and Peking as older copy spells it. */
const CHINA_CAPITAL = new Set(['beijing', 'peking']);

/**
 * The country that hosts a visit reported under the story's dateline: the dateline's home, and China for Beijing (or
 * Peking), whose capital is no dateline home (countries.ts leaves China's cities to the Chinese-context rules) but
 * whose leaders receive there the visitors of another country's outlet ("PEKING (Kyodo) -- … was received by Chairman
 * X at his residence").
 */
export function visitHostHome(story: CountryStory): string | null {
  return (
    story.datelineHome ?? (CHINA_CAPITAL.has(datelineCity(story.article.dateline?.place)) ? 'China' : null)
  );
}

export interface CountryStory {
  readonly doc: TokenizedText;
  readonly tokens: readonly Token[];
  readonly people: PersonRecord[];
  readonly mentions: Mention[];
  readonly article: ParsedArticle;
  readonly titleDoc: TokenizedText | null;
  /** A Chinese outlet's story, or one datelined in a Chinese city that no other national agency files. */
  readonly chineseContext: boolean;
  /**
   * The national outlet's country, null in a Chinese story or from an outlet of no one country; a signed statement's
   * government once its signer is placed (`adoptSignersHome`, right after rule 1).
   */
  home: string | null;
  /** The country the dateline names, if any. */
  readonly datelineHome: string | null;
  /** `home`, unless the outlet reports the dateline's country's own affairs (then no default). */
  homeDefault: string | null;
  /**
   * "ANKARA (Anadolu) … Niger's presidential guard chief …": the dateline is the outlet's own desk at home, in a
   * story about another country that never names the outlet's: the dateline places no one.
   */
  readonly deskDateline: boolean;
  /** Tokens inside anyone's role span. */
  readonly inRoles: ReadonlySet<number>;
  /** Token -> the person whose role span holds it, and that span's end. */
  readonly roleEndAt: ReadonlyMap<number, { owner: PersonRecord; end: number }>;
  /** Sentence -> its country hits, filled by sentenceCountries as sentences are asked about. */
  readonly countryCache: Map<number, CountryHit[]>;
  readonly mentionsBySent: Map<number, Mention[]>;
  /** Whether each person's name is Mandarin-romanised, by index in `people`. */
  readonly pinyinOf: readonly boolean[];
  // Answers worked out when a step first asks (most stories never do); the same whichever step asks first.
  chinaInHeadline?: boolean;
  /** With no dateline, the one country of the story's cities and states (storyPlacesCountry); found when needed. */
  undatedPlaces?: string | null;
  matchReport?: boolean;
  storyBodies?: string[];
  /** The countries the story names anywhere (storyCountries); found when needed. */
  namedCountries?: ReadonlySet<string>;
  /** The countries of the story's envoys (storyEnvoyCountries); found when needed. */
  envoyCountries?: ReadonlySet<string>;
  /** The names by the token they end and start at (a walk along a list of them asks at each step); made when first asked. */
  nameEdges?: NameEdges;
  /** Each person's family name (kinCountry compares every pair); made when first asked. */
  familyNames?: readonly (string | undefined)[];
  /** Whether rule 1 placed people of both Koreas (kinCountry; read once). */
  bothKoreas?: boolean;
  /** With no dateline, the country a headline's visitor is in ("X in Beirut"; visitHeadlineHost); found when needed. */
  visitHost?: string | null;
}

/** The countries a story names anywhere. */
const countriesIn = (doc: TokenizedText): ReadonlySet<string> =>
  new Set(findCountries(doc.tokens, 0, doc.tokens.length).map((h) => h.country));

// The story countryStory is reading and the countries it names, found when first asked: module state rather than a
// closure made for every story (under tsx each closure made also costs a `__name` call).
let namedDoc: TokenizedText | null = null;
let named: ReadonlySet<string> | undefined;
function namedCountries(): ReadonlySet<string> {
  return (named ??= countriesIn(namedDoc as TokenizedText));
}

/** The story's names by the token they end and start at, indexed once per story when first asked. */
export function storyNameEdges(story: CountryStory): NameEdges {
  return (story.nameEdges ??= new NameEdges(story.mentions));
}

/** The countries the story names anywhere, found once per story. */
export function storyCountries(story: CountryStory): ReadonlySet<string> {
  return (story.namedCountries ??= countriesIn(story.doc));
}

export function countryStory(
  doc: TokenizedText,
  people: PersonRecord[],
  mentions: Mention[],
  article: ParsedArticle,
  titleDoc: TokenizedText | null,
): CountryStory {
  const { tokens } = doc;
  // A Chinese dateline makes a Chinese story unless another country's national agency files it ("Beijing (VNA)").
  const chineseContext =
    chineseCredit(article.source) ||
    (CHINA_PLACES.has((article.dateline?.place ?? '').toLowerCase()) &&
      outletCountry(article.source) === null) ||
    chineseBriefingTitle(article.title);
  // A national agency's own officials are written with a bare title, as Xinhua writes "Premier Wu" (rule 7).
  // "MOSCOW, July 31. /TASS/." in 1991: the outlet's home as the state of the story's year, as the dateline's.
  const home = chineseContext ? null : countryOfTheTime(outletCountry(article.source), article.date);
  // "Premier Sun Hao, Japanese Prime Minister Kenji Tanabe and …": a nationality inside the title of someone
  // named later is theirs, not a clue for the name before it.
  const inRoles = new Set<number>();
  // Token -> the end of the role span holding it, per owner: "Spanish King Alfonso XIV … a letter from Ortiz
  // Campos" — on a later mention, a nationality inside another person's title, before that person, describes
  // them (where a person is introduced, "Uruguayan President X … led by Foreign Minister Y" may describe both).
  const roleEndAt = new Map<number, { owner: PersonRecord; end: number }>();
  for (const q of people)
    for (const r of q.roleSpans)
      for (let k = r.start; k < r.end; k++) {
        inRoles.add(k);
        roleEndAt.set(k, { owner: q, end: r.end });
      }
  // "Brazil's Supreme Court sentences …" datelined "Brasilia, Sep 11 (Prensa Latina)": a national outlet's
  // correspondent reporting the host country's own affairs, in a story that never names the outlet's country,
  // writes the host's officials bare; its home country is no default there. (Otherwise a foreign dateline is
  // often the outlet's own leader abroad: "Osman received by Emir of Qatar", datelined Doha.) Nor where it names
  // its country only in its compatriots' titles: "Warsaw (dpa) - … German Chancellor X congratulated …" writes
  // its own with their nationality.
  // Nor where neither the headline nor the story names the outlet's country at all, and the story describes the
  // dateline's place by its demonym, never in a title: "(ANSA) - MARSEILLE, SEP 23 - Pope Gregory XVII … visit to the
  // French port city, with President Claude Moreau" is about France, where "CAMP DAVID (Yonhap) -- President Baek,
  // U.S. President Hadley …" marks the host's officials as foreign.
  const datelineHome = countryOfTheTime(
    datelineCountry(
      article.dateline?.place ?? placeLine(article.paragraphs) ?? signatureLine(article.paragraphs),
    ),
    article.date,
  );
  // The story's countries, when the outlet's home is asked about below (kept for the steps).
  namedDoc = doc;
  named = undefined;
  const deskDateline =
    home !== null &&
    datelineHome === home &&
    thirdCountryStory(namedCountries, titleDoc, people, datelineHome, home) &&
    !placedAtDateline(doc, article.dateline?.place ?? '');
  // "Brussels (dpa) - … sworn in as Belgium's prime minister": at an international body's seat, a headline about the
  // seat's host country (and not the outlet's), in a story that never names the outlet's, reports the host's affairs.
  const seatHost = seatHostCountry(datelineCity(article.dateline?.place));
  const homeDefault =
    deskDateline ||
    (home !== null && abroadAtSeat(doc, namedCountries, article.dateline?.place, home)) ||
    (home !== null &&
      seatHost !== undefined &&
      seatHost !== home &&
      headlineAbout(titleDoc, seatHost, home) &&
      namesCountryOnlyAt(doc, home, NO_TOKENS)) ||
    (home !== null &&
      datelineHome !== null &&
      datelineHome !== home &&
      (localService(article.source, datelineHome) ||
        (headlineAbout(titleDoc, datelineHome, home) && namesCountryOnlyAt(doc, home, inRoles)) ||
        ((titleDoc === null || namesCountryOnlyAt(titleDoc, home, NO_TOKENS)) &&
          hostOnlyDescribed(doc, datelineHome, home, inRoles)) ||
        thirdCountryStory(namedCountries, titleDoc, people, datelineHome, home)))
      ? null
      : home;
  const countryCache = new Map<number, CountryHit[]>();
  // "Pablo Montenegro called for an election": a country word inside a person's name names no country there.
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.end - m.start < 2 || countryCache.has(m.sent)) continue;
    let inside = false;
    for (let k = m.start + 1; k < m.end && !inside; k++)
      inside = (tokenFlags(tokens[k] as Token) & COUNTRY) !== 0;
    if (!inside) continue;
    const named = mentions.filter((o) => o.sent === m.sent && o.kind !== 'pronoun');
    const hits = sentenceCountries(doc, m.sent, countryCache);
    countryCache.set(
      m.sent,
      hits.filter((h) => !named.some((o) => h.at >= o.start && h.at < o.end)),
    );
  }
  const mentionsBySent = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySent.get(m.sent);
    if (list) list.push(m);
    else mentionsBySent.set(m.sent, [m]);
  }
  // Whether each name is Mandarin-romanised, asked of every pair of names in a sentence below.
  // A Wade-Giles name ("Liang Tso-shan", in old wire copy) is Mandarin too, but only in a story about China (a Chinese
  // outlet's, datelined in its capital or naming it) that never names Taiwan or its cities, whose names are written so
  // today.
  // Before 1979 a Chinese outlet wrote its own leaders so too ("SHANGHAI, February 28 (Hsinhua) -- … Yeh Chien-ying"),
  // also in a story that names Taiwan as the communique's subject.
  const wadeGilesHome = chineseContext && article.date < '1979';
  const pinyinOf: boolean[] = [];
  let taiwan: boolean | undefined;
  for (const q of people)
    pinyinOf.push(
      isPinyinName(q.name) ||
        (isWadeGilesName(q.name) &&
          (wadeGilesHome || !(taiwan ??= namesTaiwan(tokens, namedCountries()))) &&
          (chineseContext ||
            CHINA_CAPITAL.has(datelineCity(article.dateline?.place)) ||
            namedCountries().has('China'))),
    );
  const storyNamed = named;
  // Let the story go: the module state would otherwise hold it until the next call.
  namedDoc = null;
  named = undefined;
  return {
    doc,
    tokens,
    people,
    mentions,
    article,
    titleDoc,
    chineseContext,
    home,
    datelineHome,
    homeDefault,
    deskDateline,
    inRoles,
    roleEndAt,
    countryCache,
    mentionsBySent,
    pinyinOf,
    namedCountries: storyNamed,
  };
}

/** Offices one holds in another's government or staff ("foreign minister", "chief of staff"), unlike "host". */
const SERVING_OFFICE =
  /\b(?:minister|secretary|chief of staff|advis[eo]r|aide|assistant|spokes(?:man|woman|person)|ambassador|envoy|deputy)\b/;

/**
 * "met X's foreign minister, Y, in separate talks", "Y, X's chief of staff, took part": the person whose possessive
 * opens an office in another's government or staff held by `p` (before the name the possessive is no part of the
 * role, after it the role holds it). Undefined if none.
 */
export function possessorOfRole(story: CountryStory, p: PersonRecord): PersonRecord | undefined {
  const { tokens, people } = story;
  const self = people.indexOf(p);
  for (const span of p.roleSpans) {
    let mark = span.start - 1;
    if (!POSSESSIVE_MARKS.has(tokens[mark]?.text ?? ''))
      for (mark = span.start + 1; mark < span.end - 1; mark++)
        if (POSSESSIVE_MARKS.has(tokens[mark]?.text ?? '')) break;
    if (!POSSESSIVE_MARKS.has(tokens[mark]?.text ?? '')) continue;
    const office = tokens.slice(mark + 1, span.end).map((t) => t.lower);
    if (!SERVING_OFFICE.test(office.join(' '))) continue;
    const owner = storyNameEdges(story).endingAt(mark, self);
    if (owner) return people[owner.person];
    const holder = bareOfficeHolder(story, mark, p);
    if (holder) return holder;
  }
  return undefined;
}

/**
 * "the President's national security adviser, X": the story's one holder of the bare office whose possessive opens a
 * serving role of `p`'s, or undefined (see possessorOfRole).
 */
export function heldTitlePossessor(story: CountryStory, p: PersonRecord): PersonRecord | undefined {
  const { tokens } = story;
  for (const span of p.roleSpans) {
    const mark = span.start - 1;
    if (!POSSESSIVE_MARKS.has(tokens[mark]?.text ?? '')) {
      // The possessive inside the span ("President 's national security adviser").
      for (let k = span.start + 1; k < span.end - 1; k++)
        if (POSSESSIVE_MARKS.has(tokens[k]?.text ?? '')) {
          const holder = bareOfficeHolder(story, k, p);
          if (holder) return holder;
          break;
        }
      continue;
    }
    const holder = bareOfficeHolder(story, mark, p);
    if (holder) return holder;
  }
  return undefined;
}

/** Titles one person holds, written capitalised after "the" as the story's own holder ("the President's adviser"). */
const HELD_TITLES: ReadonlySet<string> = new Set([
  'President',
  'Premier',
  'Chancellor',
  'King',
  'Queen',
  'Emperor',
]);

/**
 * "the President's national security adviser, X" beside "President Y": the one person the story titles by that bare
 * capitalised office (a "Soviet President Z" names another's); undefined when none or several hold it.
 */
function bareOfficeHolder(story: CountryStory, mark: number, p: PersonRecord): PersonRecord | undefined {
  const { tokens, people } = story;
  const title = tokens[mark - 1];
  if (!title || !HELD_TITLES.has(title.text) || tokens[mark - 2]?.lower !== 'the') return undefined;
  let holder: PersonRecord | undefined;
  for (const q of people) {
    if (q === p || !q.roles.includes(title.text)) continue;
    if (holder) return undefined;
    holder = q;
  }
  return holder;
}
