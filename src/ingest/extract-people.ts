// Rule-based extraction of the people (name, aliases, roles, country, participant), organisations and
// places of one parsed article. Tokenises once and works on tokens with Map/Set lookups; see README
// ("How extraction works") for the rules and their known limits.
import type { ArticlePerson, Knowledge, KnownPerson } from '../common/dataset.ts';
import {
  appositiveRoles,
  sharedAppositive,
  asRoles,
  preposedRole,
  type RoleSpan,
} from './extract/appositive.ts';
import {
  cityCountry,
  datelineCountry,
  findCountries,
  isPinyinName,
  outletCountry,
  type CountryHit,
} from './extract/countries.ts';
import {
  cityNames,
  countryNames,
  demonymCountry,
  femaleNames,
  firstNames,
  internationalBodies,
  isCommonWord,
  maleNames,
  reportingVerbs,
  subnationalCountry,
  verbWords,
} from './extract/lexicon.ts';
import {
  bareName,
  capitalRuns,
  isKnownPlaceOrOrg,
  looksLikeFirstName,
  NAME_PARTICLES,
  particleSurname,
  regnalName,
  splitTitledRun,
  timedTitle,
  titlePrefixStart,
  lowerTitleStart,
  type Run,
} from './extract/names.ts';
import { extractOrganizationsAndPlaces } from './extract/organizations-places.ts';
import {
  itsBodyCountry,
  possessedBodyCountry,
  lacksOffice,
  namesPublicBody,
  PARTY_WORDS,
  seatCountry,
} from './extract/office-countries.ts';
import { decideParticipants, isMatchReport } from './extract/participants.ts';
import { mergePatronymicAddresses } from './extract/patronymics.ts';
import { titleBeforePlace } from './extract/place-titles.ts';
import { pluralGroupNear, singularTitle, type PluralTitleGroup } from './extract/plural-titles.ts';
import { possessorCountries } from './extract/possessor-country.ts';
import { fullNamesFromQuotes } from './extract/quoted-names.ts';
import {
  agencyCountry,
  femaleWords,
  honorifics,
  institutionCountry,
  isOccupation,
  maleWords,
  rankAbbreviations,
  relationWords,
  roleCountry,
  spokesWords,
  titleHeads,
  titleModifiers,
  departmentWords,
} from './extract/roles.ts';
import { tokenize, type Token, type TokenizedText } from './extract/tokenize.ts';
import { CITY, COUNTRY, DEMONYM, ORG_HEAD, PLACE_HEAD, REGION, wordFlags } from './extract/word-classes.ts';
import type { ParsedArticle } from './parse-article.ts';

export interface Extraction {
  people: Omit<ArticlePerson, 'id'>[];
  organizations: string[];
  places: string[];
}

export interface Mention {
  person: number;
  start: number;
  end: number;
  sent: number;
  kind: 'name' | 'alias' | 'pronoun' | 'title';
}

export interface PersonRecord {
  name: string;
  tokens: string[];
  aliases: string[];
  roles: string[];
  roleSpans: RoleSpan[];
  country: string | null;
  /** Country settled by a role, a "of Spain" tail or knowledge: context must not override it. */
  countrySettled: boolean;
  international: boolean;
  gender: 'm' | 'f' | null;
  mentions: Mention[];
  titleMention: number;
  spokesperson: boolean;
  participant: boolean;
  /** The headline only cites them ("Xi's letter …"). */
  titleCited: boolean;
  /** The seeds/people.json entry this person matched, if any. */
  known: KnownPerson | null;
  /** "Kishida's wife Yuko Kishida": the person they are introduced as a relative of (index), else -1. */
  relativeOf: number;
  /** "its President": the office is a body's ("Supreme People's Court"), not the country's one-holder office. */
  bodyOffice?: boolean;
  /** "Hun Manet's father, Hun Sen": the relation word they are introduced by ("father"). */
  relation?: string;
}

/** Verbs that, right after an unknown two- or three-word name, show it is a person ("Wang Yi met …"). */
/** Memorials named after the person they honour: "the monument to X", "a statue of X". */
const MEMORIALS = new Set(['monument', 'statue', 'memorial', 'mausoleum', 'tomb', 'bust']);
/** States before a name that only a person is in: "the injured X", "the jailed X". */
const PERSON_STATES = new Set([
  'injured',
  'wounded',
  'jailed',
  'imprisoned',
  'detained',
  'exiled',
  'ailing',
  'kidnapped',
  'abducted',
]);
const PERSON_VERBS = new Set([
  'met',
  'meets',
  'held',
  'holds',
  'hosted',
  'attended',
  'visited',
  'chaired',
  'presided',
  'signed',
  'congratulated',
  'thanked',
  'urged',
  'stressed',
  'noted',
  'added',
  'expressed',
  'announced',
  'welcomed',
  // A goal is scored by a player: "but Franck Kessie equalized for the Elephants".
  'scored',
  'equalized',
  'equalised',
  'netted',
]);
/** First words of names of storms, spacecraft and the like: never people. */
const NOT_NAME_WORDS = new Set([
  'typhoon',
  'hurricane',
  'cyclone',
  'storm',
  'tropical',
  'operation',
  'project',
]);
/** Common nouns that name what follows as an animal, a vessel or a work ("giant pandas Yun Chuan and Xin Bao"). */
const NON_PERSON_BEFORE = new Set([
  'panda',
  'pandas',
  'cub',
  'cubs',
  'mascot',
  'mascots',
  'horse',
  'dog',
  'ship',
  'vessel',
  'carrier',
  'destroyer',
  'frigate',
  'submarine',
  'spacecraft',
  'probe',
  'rover',
  'satellite',
  'rocket',
  'film',
  'movie',
  'novel',
  'album',
  'song',
  'opera',
  'drama',
]);
const SPEECH_AFTER = new Set<string>(reportingVerbs);
const COUNTERPART = new Set(['counterpart', 'counterparts']);
/** Possessives before an occupation ("their coach", "Trump's lawyer"). */
const OWNERS = new Set(['his', 'her', 'their', 'its', "'s", '’s']);
/**
 * Words after a country inside a body's name that make the country its subject ("Institute of Myanmar Studies",
 * "the Taiwan Affairs Office", "the Taiwan Work Office"): the body deals with that place, it is not of it.
 */
const STUDY_WORDS = new Set(['studies', 'research', 'affairs', 'work']);
/** Capitalised words after a place's name that make it part of another name: a body's subject or a sea. */
const NAMED_AFTER_PLACE = new Set([
  ...STUDY_WORDS,
  'strait',
  'straits',
  'sea',
  'gulf',
  'bay',
  'ocean',
  'channel',
  'peninsula',
  'river',
]);
/** "talks with", "met with": what comes after "with" is the other side. */
const MEETING_NOUNS = new Set([
  'talks',
  'met',
  'meet',
  'meets',
  'meeting',
  'meetings',
  'call',
  'conversation',
]);
/** Relations that introduce a person set off by commas ("Yoon's predecessor, Moon Jae-in, …"). */
const OFFICE_RELATIONS = new Set(['predecessor', 'successor']);
const PREPOSED_RELATIONS = new Set([...relationWords, ...OFFICE_RELATIONS]);
const PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);
const TITLE_CITED =
  /^[^\s]*\s*['’]s\s+(?:[\w’'-]+\s+){0,3}?(?:letter|message|initiative|proposal|vision|thought|policy|policies|idea|concept|remarks|comments|claims|accusations|criticism|tweets?|posts?|op-ed|article|book)\b/i;
/**
 * "… funeral for former PM X", "…, replacing X", "… after X resigns", "… in blow to X", "Mainland slams X's speech":
 * a headline naming the dead, the one replaced, an earlier event's actor, the one an outcome hurts or the one
 * criticised cites them.
 */
const TITLE_CITED_BEFORE =
  /\b(?:funeral (?:of|for)|memorial (?:of|for)|tributes? to|in hono(?:u)?r of|hono(?:u)?ring|replac(?:ing|es)|succeed(?:ing|s)|after|(?:blow|setback|rebuke) to|slams?|denounces?|condemns?|criticizes?|criticises?|rebukes?|lambasts?|blasts?)\s+(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const CAPTION_CREDIT_RE = /\bPhotos?\s?:\s?\S+(?:\s\S+){0,3}\s*$/;
const CHROME_RE = /^\s*\(?\s*(?:(?:photo|editor|web editor|source|read more)\s*[:/]|share this\b)/i;
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

const ALL_CAPS = /^[A-Z]{2,}$/;
const JUNIOR = new Set(['jr', 'sr']);
const NON_ASCII = /[^\u0020-\u007e]/;
function normKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().trim();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .trim();
}

/** Known people of seeds/people.json by normKey of name and aliases, built once per knowledge object. */
const knownIndexes = new WeakMap<Knowledge, Map<string, KnownPerson>>();
function knownByKey(knowledge: Knowledge): Map<string, KnownPerson> {
  let known = knownIndexes.get(knowledge);
  if (!known) {
    known = new Map();
    for (const k of knowledge.people) {
      known.set(normKey(k.name), k);
      for (const a of k.aliases ?? []) known.set(normKey(a), k);
    }
    knownIndexes.set(knowledge, known);
  }
  return known;
}
/** Names that are never people, by normKey, built once per knowledge object. */
const notPeopleIndexes = new WeakMap<Knowledge, Set<string>>();
function notPeopleKeys(knowledge: Knowledge): Set<string> {
  let keys = notPeopleIndexes.get(knowledge);
  if (!keys) {
    keys = new Set(knowledge.notPeople.map(normKey));
    notPeopleIndexes.set(knowledge, keys);
  }
  return keys;
}

/**
 * Whether a paragraph is page chrome ("Photo: …", "Share this"). Story paragraphs mostly start with a letter no
 * chrome word starts with, and that first character settles it without the case-insensitive expression.
 */
function isChrome(paragraph: string): boolean {
  // "Foreign Ministry spokesperson Lin Jian Photo: fmprc.gov.cn": a caption ending in its photo credit.
  if (paragraph.length < 300 && paragraph.includes('Photo') && CAPTION_CREDIT_RE.test(paragraph)) return true;
  let i = skipAsciiSpace(paragraph, 0);
  if (paragraph.charCodeAt(i) === 40) i = skipAsciiSpace(paragraph, i + 1); // "("
  const c = paragraph.charCodeAt(i);
  if (c < 128) {
    const lower = c | 32;
    // p(hoto), e(ditor), w(eb editor), s(ource|hare this), r(ead more)
    if (lower !== 112 && lower !== 101 && lower !== 119 && lower !== 115 && lower !== 114) return false;
  }
  return CHROME_RE.test(paragraph);
}
/** Index of the first character from `i` that is not ASCII white space (what \s matches below 128). */
function skipAsciiSpace(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) i++;
    else return i;
  }
}

export function extractEntities(article: ParsedArticle, knowledge: Knowledge): Extraction {
  let paragraphs = article.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    // Copy only when a paragraph is dropped (rare).
    if (isChrome(paragraphs[i] as string)) {
      paragraphs = article.paragraphs.filter((p) => !isChrome(p));
      break;
    }
  }
  // A file whose line 1 held the lede: make sure the lede is read as story text.
  if (article.titleDerived && article.title) {
    const probe = article.title.slice(0, 40);
    if (!paragraphs.some((p) => p.includes(probe))) paragraphs = [article.title, ...paragraphs];
  }
  const doc = tokenize(paragraphs);
  const notPeople = notPeopleKeys(knowledge);
  const people: PersonRecord[] = [];
  const mentions: Mention[] = [];
  findPeople(doc, knowledge, notPeople, people, mentions);
  referredRoles(doc, people, mentions);
  acronymedBodyRoles(doc, people, mentions);
  const titleDoc = article.titleDerived || !article.title ? null : tokenize([article.title]);
  if (titleDoc) findTitleMentions(titleDoc, people);
  if (titleDoc) findHeadlineOnlyPeople(titleDoc, doc, people, notPeople);
  if (titleDoc) findHeadlineList(titleDoc, doc, people, notPeople);
  resolvePronouns(doc, people, mentions);
  const ledeSubject = ledeTitleSubject(doc, people);
  decideParticipants(doc, people, article);
  if (ledeSubject && !ledeSubject.spokesperson) ledeSubject.participant = true;
  decideCountries(doc, people, mentions, article, titleDoc);
  possessorCountries(doc.tokens, people, mentions);
  describedSpouseRoles(doc, people);
  // Known people fill what the text leaves open.
  for (const p of people) {
    if (!p.known) continue;
    if (p.country === null && !p.international && p.known.country) p.country = p.known.country;
    if (p.roles.length === 0) p.roles.push(...(p.known.roles ?? []));
  }

  const order = people
    .map((p, i) => ({
      p,
      i,
      pos: p.titleMention >= 0 ? p.titleMention - 1e6 : (p.mentions[0]?.start ?? 1e9),
    }))
    .sort((a, b) => a.pos - b.pos || a.i - b.i);
  const out = order.map(({ p }) => ({
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    country: p.country,
    participant: p.participant,
  }));
  const { organizations, places } = extractOrganizationsAndPlaces(doc, titleDoc, article, people, mentions);
  return { people: out, organizations, places };
}

/** Lower-case words inside a body's spelled-out name ("Organization of the Petroleum Exporting Countries"). */
const BODY_JOINERS = new Set(['of', 'the', 'and', 'for', 'on']);
const BRACKETED_ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&-]+$/u;

/**
 * "World Health Organization (WHO) Director-General X": the brackets split the capitalised run, and the body spelled
 * out with its acronym right before a title is part of that title (so its holder is the body's official).
 */
function acronymedBodyRoles(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]): void {
  const { tokens } = doc;
  // "Ouattara and Confederation of African Football (CAF) President X": the body stops at another name or title.
  let taken: Set<number> | undefined;
  for (const p of people)
    for (const r of p.roleSpans) {
      const acronym = tokens[r.start - 2];
      if (tokens[r.start - 1]?.text !== ')' || tokens[r.start - 3]?.text !== '(' || !acronym) continue;
      if (!BRACKETED_ACRONYM_RE.test(acronym.text)) continue;
      if (!taken) {
        taken = new Set();
        for (const m of mentions) for (let k = m.start; k < m.end; k++) taken.add(k);
        for (const q of people)
          for (const o of q.roleSpans) for (let k = o.start; k < o.end; k++) taken.add(k);
      }
      let first = -1;
      for (let k = r.start - 4; k >= 0 && (tokens[k] as Token).sent === acronym.sent && !taken.has(k); k--) {
        const t = tokens[k] as Token;
        if (t.cap && t.word) first = k;
        else if (!BODY_JOINERS.has(t.lower)) break;
      }
      if (first < 0) continue;
      const i = p.roles.indexOf(
        doc.text.slice((tokens[r.start] as Token).start, (tokens[r.end - 1] as Token).end),
      );
      if (i < 0) continue;
      p.roles[i] = doc.text.slice((tokens[first] as Token).start, (tokens[r.end - 1] as Token).end);
      r.start = first;
    }
}

/**
 * "The chancellor on Wednesday unveiled … / London (AFP) – Rachel Reeves, …": a lede whose subject is a title alone
 * ("The" and a title, before the verb) and that names no one is about the first person the story then names, who
 * takes that title and part in the event. Returns that person, or undefined.
 */
function ledeTitleSubject(doc: TokenizedText, people: PersonRecord[]): PersonRecord | undefined {
  const { tokens } = doc;
  const [s0, e0] = doc.sentences[0] ?? [0, 0];
  if (tokens[s0]?.lower !== 'the' || e0 - s0 < 3) return undefined;
  let first: PersonRecord | undefined;
  let at = Infinity;
  for (const p of people) {
    const m = p.mentions[0];
    if (!m) continue;
    if (m.sent === 0) return undefined;
    if (m.start < at) {
      at = m.start;
      first = p;
    }
  }
  if (!first) return undefined;
  // The title: capitalised words and lower-case title words after "The", ending in a title head.
  let end = -1;
  for (let k = s0 + 1; k < e0 && k < s0 + 6; k++) {
    const t = tokens[k] as Token;
    if (!t.word) break;
    if (titleHeads.has(t.lower)) end = k + 1;
    else if (!t.cap && !titleModifiers.has(t.lower)) break;
  }
  const next = tokens[end];
  // The title is the sentence's subject: a verb, or "on <weekday>", follows it.
  if (end < 0 || !next || (!verbWords.has(next.lower) && next.lower !== 'on')) return undefined;
  addRole(first, doc.text.slice((tokens[s0 + 1] as Token).start, (tokens[end - 1] as Token).end));
  first.roleSpans.push({ start: s0 + 1, end });
  return first;
}

// ------------------------------------------------------------------------------------------ people
/** A person of the story named `name`, before anything else is known of them. */
function newPerson(name: string, known: KnownPerson | null): PersonRecord {
  return {
    name,
    tokens: name.split(/\s+/),
    aliases: [],
    roles: [],
    roleSpans: [],
    country: null,
    countrySettled: false,
    international: false,
    gender: null,
    mentions: [],
    titleMention: -1,
    spokesperson: false,
    participant: false,
    known,
    titleCited: false,
    relativeOf: -1,
  };
}

/**
 * The bookkeeping of one story's people while its capitalised runs are read. One object per article with
 * methods, rather than helper closures made inside findPeople: closures cost an allocation (and, under tsx's
 * keepNames, a defineProperty) each time they are created.
 */
class PeopleFinder {
  readonly tokens: Token[];
  readonly text: string;
  readonly people: PersonRecord[];
  readonly mentions: Mention[];
  readonly byName = new Map<string, number>();
  /** normKey of each person's name and aliases, by person index: compared for every mention. */
  readonly nameKeys: string[] = [];
  readonly aliasKeys: Set<string>[] = [];
  /** Title runs that end in a head with no name ("Chinese State Councilor"), by end token. */
  readonly roleOnly = new Map<number, Run>();
  /** The shared plural titles already read ("Presidents A and B"). */
  readonly pluralRead = new Set<PluralTitleGroup>();

  constructor(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]) {
    this.tokens = doc.tokens;
    this.text = doc.text;
    this.people = people;
    this.mentions = mentions;
  }

  span(s: number, e: number): string {
    return this.text.slice((this.tokens[s] as Token).start, (this.tokens[e - 1] as Token).end);
  }

  /** The person named `name` (whose normKey is `key`), added when new. */
  addPerson(name: string, key: string, knownPerson?: KnownPerson): number {
    const existing = this.byName.get(key);
    if (existing !== undefined) return existing;
    if (!knownPerson) {
      const named = this.surnameFirst(name, key);
      if (named >= 0) return named;
    }
    const p = newPerson(knownPerson ? knownPerson.name : name, knownPerson ?? null);
    const first = p.tokens[0]?.toLowerCase() ?? '';
    if (femaleNames.has(first) && !maleNames.has(first)) p.gender = 'f';
    else if (maleNames.has(first) && !femaleNames.has(first)) p.gender = 'm';
    this.people.push(p);
    const idx = this.people.length - 1;
    this.nameKeys.push(knownPerson ? normKey(knownPerson.name) : key);
    this.aliasKeys.push(new Set());
    this.byName.set(key, idx);
    for (const a of knownPerson?.aliases ?? []) this.byName.set(normKey(a), idx);
    return idx;
  }

  /**
   * "Syrian Foreign Minister al-Shaibani calls for … / … Syrian Foreign Minister Asaad Hassan al-Shaibani": a person
   * first named by surname alone (in a standfirst) is the one a later full name ends with. Takes the full name for
   * that person and returns its index, or -1.
   */
  surnameFirst(name: string, key: string): number {
    const tokens = name.split(/\s+/);
    if (tokens.length < 2) return -1;
    const last = tokens[tokens.length - 1] as string;
    let found = -1;
    for (let i = 0; i < this.people.length; i++) {
      const q = this.people[i] as PersonRecord;
      if (q.tokens[q.tokens.length - 1] !== last) continue;
      // A full name that ends so already: the surname is theirs.
      if (q.tokens.length > 1 || q.known || found >= 0) return -1;
      found = i;
    }
    // Only a titled surname: "Sultan Ibrahim" or "Pope Francis" is named by a given name, and "Anwar Ibrahim" is
    // someone else.
    const only = this.people[found];
    if (!only || only.roles.length === 0 || firstNames.has(last.toLowerCase())) return -1;
    const p = only;
    const old = p.name;
    p.name = name;
    p.tokens = tokens;
    p.aliases.push(old);
    (this.aliasKeys[found] as Set<string>).add(this.nameKeys[found] as string);
    this.nameKeys[found] = key;
    this.byName.set(key, found);
    for (const m of p.mentions) if (m.kind === 'name') m.kind = 'alias';
    return found;
  }

  /** A mention of `person` by tokens [start, end), whose text is `surface` and normKey `key`. */
  mention(person: number, start: number, end: number, surface: string, key: string): void {
    const kind: Mention['kind'] = key === this.nameKeys[person] ? 'name' : 'alias';
    const m: Mention = { person, start, end, sent: (this.tokens[start] as Token).sent, kind };
    this.mentions.push(m);
    const p = this.people[person] as PersonRecord;
    p.mentions.push(m);
    const seenAliases = this.aliasKeys[person] as Set<string>;
    if (kind === 'alias' && !seenAliases.has(key)) {
      seenAliases.add(key);
      p.aliases.push(surface);
    }
  }

  /** An existing person tokens [s, e) name (normKey `key`): full name, a contiguous part of it, or an alias. */
  resolveExisting(s: number, e: number, key: string): number {
    const direct = this.byName.get(key);
    if (direct !== undefined) return direct;
    const { tokens, people } = this;
    const n = e - s;
    // A lone particle ("de") is part of too many names to name anyone; capitalised, it is the surname that closes
    // a name ("Das said" after "Governor Shaktikanta Das").
    const lone = tokens[s] as Token;
    if (n === 1 && NAME_PARTICLES.has(lone.lower))
      return particleSurname(lone)
        ? people.findIndex((p) => p.tokens[p.tokens.length - 1] === lone.text)
        : -1;
    for (let i = 0; i < people.length; i++) {
      const pt = (people[i] as PersonRecord).tokens;
      for (let k = 0; k + n <= pt.length; k++) {
        let ok = true;
        for (let q = 0; q < n && ok; q++) {
          const a = pt[k + q] ?? '';
          const b = (tokens[s + q] as Token).text;
          ok =
            a === b ||
            (a.length === b.length &&
              NAME_PARTICLES.has(a.toLowerCase()) &&
              a.toLowerCase() === b.toLowerCase());
        }
        if (ok) return i;
      }
    }
    return -1;
  }

  attachRolesAfter(person: number, at: number): void {
    const { tokens } = this;
    const p = this.people[person] as PersonRecord;
    // "Robert F. Kennedy Jr., the nominee …": the period of "Jr." before the appositive's comma; "X, 42, a
    // historian": the age before it.
    let end =
      tokens[at]?.text === '.' && tokens[at + 1]?.text === ',' && JUNIOR.has(tokens[at - 1]?.lower ?? '')
        ? at + 1
        : at;
    if (
      tokens[end]?.text === ',' &&
      AGE_RE.test(tokens[end + 1]?.text ?? '') &&
      tokens[end + 2]?.text === ','
    )
      end += 2;
    const after = tokens[end];
    if (after?.text === ',') {
      const { roles } = appositiveRoles(tokens, end);
      for (const r of roles) {
        addRole(p, this.span(r.start, r.end));
        p.roleSpans.push(r);
      }
    }
    for (const r of asRoles(tokens, end)) {
      addRole(p, this.span(r.start, r.end));
      p.roleSpans.push(r);
    }
    // "King Felipe VI of Spain", "Governor Gavin Newsom of California"
    if (after?.lower === 'of' && !p.countrySettled) {
      const hits = findCountries(tokens, end + 1, end + 5);
      const hit = hits[0];
      const state = hit ? undefined : subnationalAfter(tokens, end + 1);
      // "President X of the Comoros", "King X of the Netherlands": the article before a country's name.
      const at = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      if (hit && hit.at === at) {
        p.country = hit.country;
        p.countrySettled = true;
      } else if (state) {
        p.country = state;
        p.countrySettled = true;
      }
    }
  }

  addTitleRoles(p: PersonRecord, start: number, end: number): void {
    if (start >= end) return;
    const { tokens } = this;
    // "Chinese State Councilor and Foreign Minister Qin Gang": the first title ends right before "and".
    const and = tokens[start - 1];
    if (and?.lower === 'and') {
      const before = this.roleOnly.get(start - 2);
      if (before) {
        const s = titlePrefixStart(tokens, before.start);
        let a = s;
        while (a < before.end && /^(?:the|a|an|also|then|and|with|by|of)$/i.test((tokens[a] as Token).text))
          a++;
        if (a < before.end) {
          addRole(p, this.span(a, before.end));
          p.roleSpans.push({ start: a, end: before.end });
        }
      }
    }
    addRole(p, this.span(start, end));
    p.roleSpans.push({ start, end });
  }
}

/**
 * "Anwar, who is on a visit to Qatar, is accompanied by his wife, Dr X": the relative (starting at `at`, after
 * "his/her <relation>,") of the last person named before in the sentence; -1 when there is none.
 */
function pronounRelative(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  self: number,
): number {
  const own = tokens[at - 3]?.lower;
  if (tokens[at - 1]?.text !== ',' || (own !== 'his' && own !== 'her')) return -1;
  if (!PREPOSED_RELATIONS.has(tokens[at - 2]?.lower ?? '')) return -1;
  const sent = (tokens[at] as Token).sent;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.sent !== sent || m.start >= at) continue;
    if (m.kind !== 'pronoun' && m.person !== self) return m.person;
  }
  return -1;
}

/**
 * The person a "his"/"her" at `at` stands for: the last one named (not by a pronoun) before it in its sentence or
 * the one before, of a gender the pronoun allows; -1 when there is none.
 */
function possessorBefore(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  at: number,
  self: number,
): number {
  const g = PRONOUNS.get(tokens[at]?.lower ?? '');
  if (g === undefined) return -1;
  const sent = (tokens[at] as Token).sent;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.start >= at || m.kind === 'pronoun' || m.person === self) continue;
    if (m.sent < sent - 1) break;
    const pg = (people[m.person] as PersonRecord).gender;
    if (pg === null || pg === g) return m.person;
  }
  return -1;
}

const GOVERNMENTS = new Set(['government', 'administration', 'cabinet']);

/**
 * "Chief Adviser of Bangladesh's interim government Muhammad Yunus": where a capitalised title, "of", a country's
 * possessive and up to three lower-case words ending in "government" come right before the name at `at`, the
 * title's first token; else -1.
 */
function governmentTitleStart(tokens: readonly Token[], at: number): number {
  let k = at - 2;
  while (k > at - 5 && tokens[k] && !(tokens[k] as Token).cap && (tokens[k] as Token).word) k--;
  if (tokens[k]?.text !== "'s" && tokens[k]?.text !== '’s') return -1;
  k--;
  while (tokens[k]?.cap && tokens[k]?.word && !titleHeads.has((tokens[k] as Token).lower)) k--;
  if (!countryNames.has(tokens[k + 1]?.lower ?? '') || tokens[k]?.lower !== 'of') return -1;
  let start = -1;
  for (let q = k - 1; q >= k - 4 && tokens[q]?.cap && tokens[q]?.word; q--)
    if (titleHeads.has((tokens[q] as Token).lower)) start = q;
  if (start < 0) return -1;
  while (
    tokens[start - 1]?.cap &&
    tokens[start - 1]?.word &&
    titleModifiers.has((tokens[start - 1] as Token).lower)
  )
    start--;
  return start;
}

/** The country of a capitalised state or province name of one to three words at `at` ("California"). */
function subnationalAfter(tokens: readonly Token[], at: number): string | undefined {
  const words: string[] = [];
  for (let k = at; k < at + 3 && tokens[k]?.cap && tokens[k]?.word; k++)
    words.push((tokens[k] as Token).lower);
  return words.length ? subnationalAt(words, 0) : undefined;
}

function addRole(p: PersonRecord, role: string): void {
  // "the elder Hun, now president of the Senate,": the office, not when it is held.
  const r = role.replace(/^(?:the|a|an|also|then|now)\s+/i, '').trim();
  if (!r) return;
  const lower = r.toLowerCase();
  for (const x of p.roles) if (x.toLowerCase() === lower) return;
  p.roles.push(r);
  for (const w of lower.split(/[\s-]+/)) {
    if (femaleWords.has(w)) p.gender ??= 'f';
    else if (maleWords.has(w)) p.gender ??= 'm';
    if (spokesWords.has(w)) p.spokesperson = true;
  }
}

// Role and relation evidence after a name ending at `end`, asked only when the decision needs it (most
// capitalised runs are places and organisations, settled before).
function appositiveRoleAfter(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === ',' && appositiveRoles(tokens, end).roles.length > 0;
}
function asRoleAfter(tokens: readonly Token[], end: number): boolean {
  return asRoles(tokens, end).length > 0;
}
/** "Peng Liyuan, Xi's wife, …": a relation in apposition marks a person (but gives no role). */
function relationAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < end + 7 && tokens[k] && tokens[k]?.text !== ','; k++)
    if (relationWords.has((tokens[k] as Token).lower) && (tokens[k] as Token).lower !== 'counterpart')
      return true;
  return false;
}

function findPeople(
  doc: TokenizedText,
  knowledge: Knowledge,
  notPeople: Set<string>,
  people: PersonRecord[],
  mentions: Mention[],
): void {
  const { tokens } = doc;
  const known = knownByKey(knowledge);
  const f = new PeopleFinder(doc, people, mentions);

  /** Names this story gives to animals, vessels or works ("pandas Yun Chuan"): never people here. */
  const notPersonHere = new Set<string>();
  /** Unknown name-shaped runs with no evidence of their own: people if listed beside a person. */
  const listed: { start: number; end: number; surface: string; key: string }[] = [];
  /** Unknown one-word runs ("Nawrocki"), and whether they act as a person there ("Nawrocki, 42, …"). */
  const lone: { at: number; acts: boolean }[] = [];
  /** The shared plural title being read ("Foreign Ministers Wang Yi and Sergei Lavrov"), and where to look next. */
  let group: PluralTitleGroup | null = null;
  let pluralFrom = 0;
  for (const run of capitalRuns(tokens)) {
    if (group === null || group.end <= run.start) {
      group = pluralGroupNear(tokens, doc.text, run, pluralFrom);
      pluralFrom = Math.max(run.end, group?.end ?? 0);
    }
    // "Foreign Ministers Wang Yi and Sergei Lavrov": the runs of a shared plural title and its names, read once.
    if (group && run.start < group.end && run.end > group.start) {
      addPluralGroup(f, group, known, notPeople);
      continue;
    }
    const titled = splitTitledRun(tokens, run);
    if (titled) {
      const { nameEnd } = titled;
      let { nameStart } = titled;
      // Anything after the name in the same run (e.g. a place) is ignored.
      let surface = f.span(nameStart, nameEnd);
      let key = normKey(surface);
      if (notPeople.has(key)) continue;
      let idx = f.resolveExisting(nameStart, nameEnd, key);
      // "Emir Sheikh Tamim" after "Emir Sheikh Tamim bin Hamad Al Thani": the name without the honorific.
      if (idx < 0 && honorifics.has((tokens[nameStart] as Token).lower) && nameEnd - nameStart > 1) {
        const bareKey = normKey(f.span(nameStart + 1, nameEnd));
        idx = f.resolveExisting(nameStart + 1, nameEnd, bareKey);
        if (idx >= 0) {
          nameStart++;
          surface = f.span(nameStart, nameEnd);
          key = bareKey;
        }
      }
      if (idx < 0) idx = f.addPerson(surface, key, known.get(key));
      f.mention(idx, nameStart, nameEnd, surface, key);
      const p = people[idx] as PersonRecord;
      // Title: the run part up to the head, plus lower-case words before it ("former", "first").
      const prefix = titlePrefixStart(tokens, titled.titleStart);
      f.addTitleRoles(p, prefix, titled.titleEnd + 1);
      // "His lead counsel, Tan Sri X, told …": an honorific only, and a role set off by commas before it.
      // "… signed by the President of the Dangote Group, Alhaji Aliko Dangote.": the sentence's end closes it too.
      const closer = tokens[nameEnd];
      const pre =
        titled.titleEnd < titled.titleStart &&
        (closer === undefined ||
          closer.text === ',' ||
          closer.text === '.' ||
          closer.sent !== (tokens[nameStart] as Token).sent);
      const preRole = pre ? preposedRole(tokens, titled.titleStart - 1) : null;
      if (preRole) f.addTitleRoles(p, preRole.start, preRole.end);
      if (p.relativeOf < 0) p.relativeOf = pronounRelative(tokens, mentions, titled.titleStart, idx);
      f.attachRolesAfter(idx, nameEnd);
      continue;
    }
    const bare = bareName(tokens, run) ?? surnameTitleName(tokens, run);
    // "… to international organizations in Vienna Mikhail Ulyanov said": a city after a preposition, right before a
    // first name and a surname, ends a lower-case title; the name is the rest.
    let placeTitle = -1;
    if (bare && bare.end - bare.start >= 3) {
      const place = tokens[bare.start] as Token;
      if (
        PLACE_PREPOSITIONS.has(tokens[bare.start - 1]?.lower ?? '') &&
        cityNames.has(place.lower) &&
        looksLikeFirstName(tokens[bare.start + 1] as Token)
      ) {
        placeTitle = titleBeforePlace(tokens, bare.start);
        bare.start++;
      }
    }
    // "Rallygoer Corey Comperatore was killed": a descriptor capitalised only by the sentence's start, before a
    // given name and a surname, is no part of the name.
    if (bare && bare.end - bare.start >= 3 && sentenceDescriptor(tokens, bare.start)) bare.start++;
    if (!bare) {
      // A run ending in a title head ("Chinese State Councilor") may be the first half of "X and Y Name".
      const last = tokens[run.end - 1] as Token;
      if (titleHeads.has(last.lower)) f.roleOnly.set(run.end - 1, run);
      continue;
    }
    // "… and von der Leyen added": lower-case particles before the run belong to a known name.
    let ps = bare.start;
    while (ps > 0 && NAME_PARTICLES.has((tokens[ps - 1] as Token).lower) && !(tokens[ps - 1] as Token).cap)
      ps--;
    if (ps < bare.start && f.resolveExisting(ps, bare.end, normKey(f.span(ps, bare.end))) >= 0)
      bare.start = ps;
    const surface = f.span(bare.start, bare.end);
    const key = normKey(surface);
    if (notPeople.has(key) || notPersonHere.has(key)) continue;
    const nounBefore = tokens[bare.start - 1];
    if (nounBefore && !nounBefore.cap && NON_PERSON_BEFORE.has(nounBefore.lower) && !known.has(key)) {
      notPersonHere.add(key);
      continue;
    }
    let existing = f.resolveExisting(bare.start, bare.end, key);
    // "Hun Manet's father, Hun Sen, … the elder Hun": of two relatives sharing the name, the parent.
    if (existing >= 0 && bare.end - bare.start === 1)
      existing = generationOf(tokens, bare.start, people, existing);
    // "Marcos's father, former president Ferdinand Marcos" after "Ferdinand Marcos Jr": a relative introduced by
    // part of someone's name is another person.
    // A lone word ("his daughter Paetongtarn") still refers to the person of that name.
    if (
      existing >= 0 &&
      bare.end - bare.start >= 2 &&
      key !== f.nameKeys[existing] &&
      relationJustBefore(tokens, bare.start)
    )
      existing = -1;
    if (existing >= 0) {
      f.mention(existing, bare.start, bare.end, surface, key);
      // "… found former federation president Luis Rubiales guilty" after a first mention with no title.
      const lower = lowerTitleStart(tokens, bare.start);
      if (lower < bare.start) f.addTitleRoles(people[existing] as PersonRecord, lower, bare.start);
      f.attachRolesAfter(existing, bare.end);
      continue;
    }
    // "Mahmoud Abbas, also known as Abu Mazen": another name of the person named just before.
    const aka = knownAsOwner(tokens, mentions, bare.start);
    if (aka >= 0) {
      f.byName.set(key, aka);
      f.mention(aka, bare.start, bare.end, surface, key);
      continue;
    }
    const knownPerson = known.get(key);
    const n = bare.end - bare.start;
    // A lower-case title right before the name: "presidential chief of staff Im Jong-seok", "first lady".
    const prefix = titlePrefixStart(tokens, bare.start);
    const prevWord = tokens[bare.start - 1]?.lower ?? '';
    // "former US secretary of state Mike Pompeo": a lower-case "head of department" title ends in its department.
    const prevHead =
      prefix < bare.start &&
      (titleHeads.has(prevWord) ||
        timedTitle(tokens[bare.start - 1] as Token) ||
        isOccupation(prevWord) ||
        (departmentWords.has(prevWord) &&
          tokens[bare.start - 2]?.lower === 'of' &&
          titleHeads.has(tokens[bare.start - 3]?.lower ?? '')));
    // "Secretary (West) Tanmaya Lal": India's foreign ministry qualifies a title by its region in parentheses.
    // "Chief Adviser of Bangladesh's interim government Muhammad Yunus": a title of a country's government.
    const parenTitle = prevHead
      ? -1
      : GOVERNMENTS.has(prevWord)
        ? governmentTitleStart(tokens, bare.start)
        : parenthesisedTitle(tokens, bare.start, f.roleOnly);
    const after = tokens[bare.end];
    // "Kishida's wife Yuko Kishida", "his son Hunter Biden": a relation noun right before a name introduces a
    // person (a relation is not a role).
    const relTok = tokens[bare.start - 1];
    // "Cho's predecessor Park Jin met …": one who held the office before (or after) the possessor, likewise.
    const kinBefore =
      relTok !== undefined &&
      !relTok.cap &&
      (relationWords.has(relTok.lower) || OFFICE_RELATIONS.has(relTok.lower)) &&
      relTok.lower !== 'counterpart' &&
      relTok.lower !== 'friend';
    // "his Kazakh counterpart Kassym-Jomart Tokayev": a counterpart is a person (though not a role).
    const counterpartBefore = relTok !== undefined && !relTok.cap && COUNTERPART.has(relTok.lower);
    // "His lawyer, X, said", "Yoon's predecessor, Moon Jae-in, after …": a role or a relation set off by commas
    // right before a name that a comma closes.
    // "… and the Colombian ambassador in Havana, Guillermo Rivera." also ends the appositive at the sentence's end.
    const apposed =
      relTok?.text === ',' &&
      (after?.text === ',' || after === undefined || after.sent !== relTok.sent || after.text === '.');
    const preRole = apposed ? preposedRole(tokens, bare.start - 1) : null;
    const relBefore = apposed && PREPOSED_RELATIONS.has(tokens[bare.start - 2]?.lower ?? '');
    const firstTok = tokens[bare.start] as Token;
    // "who had sacked their coach Jean-Louis Gasset", "Trump's lawyer Michael Cohen": someone's occupation, right
    // before a name of two words or more, introduces a person.
    const ownedOccupation =
      n >= 2 &&
      relTok !== undefined &&
      !relTok.cap &&
      isOccupation(relTok.lower) &&
      OWNERS.has(tokens[bare.start - 2]?.lower ?? '');
    let accept = false;
    if (knownPerson) accept = true;
    else if (isKnownPlaceOrOrg(key) || namedForPerson(tokens, bare)) accept = false;
    else if (
      prevHead ||
      parenTitle >= 0 ||
      kinBefore ||
      counterpartBefore ||
      preRole ||
      relBefore ||
      appositiveRoleAfter(tokens, bare.end) ||
      asRoleAfter(tokens, bare.end) ||
      relationAfter(tokens, bare.end)
    )
      accept = n > 1 || !isCommonWord(firstTok.lower);
    else if (ownedOccupation) accept = true;
    else if (n >= 2 && (looksLikeFirstName(firstTok) || regnalName(tokens, bare))) accept = true;
    else if (n === 2 && koreanShaped(firstTok, tokens[bare.start + 1] as Token)) accept = true;
    else if (n >= 2 && n <= 4) {
      // Unknown foreign names: require a person-like context ("X Y's government", "X Y said").
      let allUnknown = true;
      for (let k = bare.start; k < bare.end; k++)
        if (isCommonWord((tokens[k] as Token).lower)) allUnknown = false;
      const ctx = after?.lower ?? '';
      const before = tokens[bare.start - 1]?.lower ?? '';
      // "Cai Qi, Wang Yi and Wang Xiaohong were present at the talks": Xinhua's closing list of attendees.
      const present =
        (ctx === 'was' || ctx === 'were') && /^(?:present|among)$/.test(tokens[bare.end + 1]?.lower ?? '');
      // "X Y took office as his deputy": an office is taken by a person.
      const tookOffice = (ctx === 'took' || ctx === 'takes') && tokens[bare.end + 1]?.lower === 'office';
      const acted =
        after !== undefined &&
        !after.cap &&
        (PERSON_VERBS.has(ctx) || present || tookOffice) &&
        before !== 'the' &&
        before !== 'a';
      const nameShaped = (allUnknown || isPinyinName(surface)) && !NOT_NAME_WORDS.has(firstTok.lower);
      // "succeeding Joko Widodo, who served two terms": a relative "who" is said of people.
      const who =
        ctx === ',' && (tokens[bare.end + 1]?.lower === 'who' || tokens[bare.end + 1]?.lower === 'whose');
      // "Spain's Aitana Bonmati claimed the prize": a country's own, doing something.
      // "beat India's X Y 21-13", "lost to Thailand's X Y in the semifinals": a country's own, as an opponent.
      const owned =
        (before === "'s" || before === '’s') &&
        countryNames.has(tokens[bare.start - 2]?.lower ?? '') &&
        after !== undefined &&
        !after.cap &&
        (verbWords.has(ctx) || opponentBefore(tokens, bare.start - 2));
      // "the head of Sunni Islam's seat of learning": after "of", a possessive is a body's or a faith's.
      const possessive = (ctx === "'s" || ctx === '’s') && before !== 'of';
      // "The judges are Solomy Balungi Bossa of Uganda, Beti Hohler of Slovenia and …": a name and the country
      // they come from, closed by a comma, "and" or the sentence's end.
      // "Y Z of China expressed disappointment": the country, then what the person did.
      const ofCountry = ctx === 'of' && fromCountry(tokens, bare.end + 1);
      // "…, succeeding Joko Widodo.": one succeeds or replaces a person in an office; so does "by X" after "was
      // succeeded (as …)"; "a party now led by X".
      const succeeded =
        SUCCESSION.has(before) ||
        passiveSuccession(tokens, bare.start) !== null ||
        (before === 'by' && tokens[bare.start - 2]?.lower === 'led');
      // "the fall of the Bashar al-Assad regime", "the Joe Biden administration": a leader's name before their rule.
      const rule = before === 'the' && RULE_NOUNS.has(ctx);
      // "a late replacement for the injured Abebe Kassa", "the jailed X": a state only a person is in.
      const state = PERSON_STATES.has(before) && tokens[bare.start - 2]?.lower === 'the';
      // "paid tribute at the monument to Chinggis Khaan", "the mausoleum of X": a figure of history honoured.
      const honoured =
        (before === 'to' || before === 'of') &&
        MEMORIALS.has(tokens[bare.start - 2]?.lower ?? '') &&
        !(tokens[bare.start - 2] as Token).cap;
      accept =
        nameShaped &&
        (possessive ||
          SPEECH_AFTER.has(ctx) ||
          acted ||
          who ||
          owned ||
          ofCountry ||
          succeeded ||
          rule ||
          state ||
          honoured ||
          agedAfter(tokens, bare.end) ||
          apposedSpeaker(tokens, bare.end));
      if (nameShaped && !accept) listed.push({ start: bare.start, end: bare.end, surface, key });
    } else if (n === 1 && !isCommonWord(firstTok.lower))
      lone.push({ at: bare.start, acts: actsAlone(tokens, bare.start) });
    if (!accept) continue;
    const idx = f.addPerson(surface, key, knownPerson);
    f.mention(idx, bare.start, bare.end, surface, key);
    const p = people[idx] as PersonRecord;
    if (prevHead) f.addTitleRoles(p, prefix, bare.start);
    else if (ownedOccupation) f.addTitleRoles(p, bare.start - 1, bare.start);
    else if (parenTitle < 0 && placeTitle < 0 && !preRole) {
      const lower = lowerTitleStart(tokens, bare.start);
      if (lower < bare.start) f.addTitleRoles(p, lower, bare.start);
    }
    if (parenTitle >= 0) f.addTitleRoles(p, parenTitle, bare.start);
    // "X was succeeded as head of the party by Y": the office is Y's now.
    const succession = tokens[bare.start - 1]?.lower === 'by' ? passiveSuccession(tokens, bare.start) : null;
    if (succession && succession.end > succession.start) f.addTitleRoles(p, succession.start, succession.end);
    if (placeTitle >= 0) f.addTitleRoles(p, placeTitle, bare.start);
    if (preRole) f.addTitleRoles(p, preRole.start, preRole.end);
    // "Yoon's predecessor, Moon Jae-in,": the possessor is the one they are related to (and share a country with).
    if (relBefore && (tokens[bare.start - 3]?.lower === "'s" || tokens[bare.start - 3]?.lower === '’s')) {
      const owner = mentions.find((m) => m.end === bare.start - 3 && m.kind !== 'pronoun');
      if (owner && owner.person !== idx) p.relativeOf = owner.person;
      // "The emperor's father, Akihito,": the one person of the story who holds that title.
      else if (!owner) p.relativeOf = titleHolder(people, tokens[bare.start - 4], idx);
    } else if (relBefore && p.relativeOf < 0)
      p.relativeOf = pronounRelative(tokens, mentions, bare.start, idx);
    // "and his wife, X,": the relation says whether X is a woman or a man.
    if (relBefore) {
      const relation = tokens[bare.start - 2]?.lower ?? '';
      p.relation ??= relation;
      if (femaleWords.has(relation)) p.gender ??= 'f';
      else if (maleWords.has(relation)) p.gender ??= 'm';
    }
    if (kinBefore && relTok) {
      p.relation ??= relTok.lower;
      if (femaleWords.has(relTok.lower)) p.gender ??= 'f';
      else if (maleWords.has(relTok.lower)) p.gender ??= 'm';
      // "Kishida's wife": the possessor is the relative.
      if (tokens[bare.start - 2]?.lower === "'s" || tokens[bare.start - 2]?.lower === '’s') {
        const owner = mentions.find((m) => m.end === bare.start - 2 && m.kind !== 'pronoun');
        if (owner && owner.person !== idx) p.relativeOf = owner.person;
      } else if (OFFICE_RELATIONS.has(relTok.lower) && p.relativeOf < 0)
        // "… the first governor to visit. His predecessor X, who …": the one last named, here or just before.
        p.relativeOf = possessorBefore(tokens, people, mentions, bare.start - 2, idx);
    }
    f.attachRolesAfter(idx, bare.end);
  }

  // "Karol Nawrocki has won …" then "Nawrocki, 42, a historian": a name-shaped run whose last word later acts as a
  // person on its own is that person, and so are the word's other lone mentions.
  if (lone.length > 0 && listed.length > 0) promoteBySurname(f, listed, lone);

  // "when Li Keqiang, Shinzo Abe and Moon Jae-in held the summit": a name-shaped run in a list ("X, Y and Z")
  // with a person is a person too. Repeated so a list is read from its one known member outwards.
  if (listed.length > 0) {
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const m of mentions) {
      starts.add(m.start);
      ends.add(m.end);
    }
    const before = mentions.length;
    for (let changed = true; changed;) {
      changed = false;
      for (const c of listed) {
        if (starts.has(c.start)) continue;
        let r = c.end;
        if (tokens[r]?.text === ',') r++;
        if (tokens[r]?.lower === 'and') r++;
        let l = c.start - 1;
        if (tokens[l]?.lower === 'and') l--;
        if (tokens[l]?.text === ',') l--;
        const linked = (r > c.end && starts.has(r)) || (l < c.start - 1 && ends.has(l + 1));
        if (!linked || notPeople.has(c.key)) continue;
        const existing = f.resolveExisting(c.start, c.end, c.key);
        const idx = existing >= 0 ? existing : f.addPerson(c.surface, c.key);
        f.mention(idx, c.start, c.end, c.surface, c.key);
        starts.add(c.start);
        ends.add(c.end);
        changed = true;
      }
    }
    if (mentions.length > before) {
      mentions.sort((a, b) => a.start - b.start);
      for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
    }
    fullNamesFromQuotes(tokens, people, mentions, listed);
  }
  shareListedRoles(f, mentions);
  mergePatronymicAddresses(people, mentions);
}

const AGE_RE = /^\d{1,3}$/;
/** "X Y, 39, escaped", "X Y, the 42-year-old …": an age set off after a name is said of a person. */
function agedAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const a = tokens[end + 1];
  if (a && AGE_RE.test(a.text)) {
    const c = tokens[end + 2]?.text;
    return c === ',' || c === '.';
  }
  const article = a?.lower === 'the' || a?.lower === 'a';
  return article && AGE_RE.test(tokens[end + 2]?.text ?? '') && tokens[end + 4]?.lower === 'year-old';
}

/**
 * "X Y, one of the miners, told reporters": a lower-case description set off by commas right after a name, and a
 * verb of speech after it.
 */
function apposedSpeaker(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const sent = tokens[end]?.sent;
  for (let k = end + 1; k < end + 10; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || t.cap) return false;
    if (t.text === ',') return k > end + 1 && SPEECH_AFTER.has(tokens[k + 1]?.lower ?? '');
    if (!t.word) return false;
  }
  return false;
}

/** A lone word that acts as a person: it speaks, acts, is given an age or is "the 32-year-old X". */
function actsAlone(tokens: readonly Token[], at: number): boolean {
  if (agedAfter(tokens, at + 1)) return true;
  if (tokens[at - 1]?.lower === 'year-old' && AGE_RE.test(tokens[at - 3]?.text ?? '')) return true;
  const after = tokens[at + 1];
  if (!after || after.cap) return false;
  if (SPEECH_AFTER.has(after.lower) || PERSON_VERBS.has(after.lower)) return true;
  return after.text === ',' && (tokens[at + 2]?.lower === 'who' || tokens[at + 2]?.lower === 'whose');
}

/**
 * Unknown name-shaped runs ("Karol Nawrocki has won …") whose last word is later a lone word acting as a person
 * ("Nawrocki, 42, …", "Tola, who …") become that person, with every later lone mention of the word.
 */
function promoteBySurname(
  f: PeopleFinder,
  listed: readonly { start: number; end: number; surface: string; key: string }[],
  lone: readonly { at: number; acts: boolean }[],
): void {
  const { tokens, mentions, people } = f;
  let added = false;
  for (const c of listed) {
    const surname = (tokens[c.end - 1] as Token).text;
    if (!lone.some((l) => l.acts && l.at > c.end && (tokens[l.at] as Token).text === surname)) continue;
    if (mentions.some((m) => m.start === c.start)) continue;
    const existing = f.resolveExisting(c.start, c.end, c.key);
    const idx = existing >= 0 ? existing : f.addPerson(c.surface, c.key);
    f.mention(idx, c.start, c.end, c.surface, c.key);
    const lower = lowerTitleStart(tokens, c.start);
    if (lower < c.start) f.addTitleRoles(people[idx] as PersonRecord, lower, c.start);
    f.attachRolesAfter(idx, c.end);
    for (const l of lone)
      if (l.at > c.end && (tokens[l.at] as Token).text === surname) {
        f.mention(idx, l.at, l.at + 1, surname, normKey(surname));
        f.attachRolesAfter(idx, l.at + 1);
      }
    added = true;
  }
  if (added) {
    mentions.sort((a, b) => a.start - b.start);
    for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * "Cai Wen and Ding Hua, both members of the Standing Committee …": the roles of an appositive opened by "both" or
 * "all" belong to each name listed before it, not only to the last.
 */
function shareListedRoles(f: PeopleFinder, mentions: readonly Mention[]): void {
  const { tokens } = f;
  for (let i = mentions.length - 1; i > 0; i--) {
    const last = mentions[i] as Mention;
    if (last.kind === 'pronoun' || !sharedAppositive(tokens, last.end)) continue;
    let start = last.start;
    for (let j = i - 1; j >= 0; j--) {
      const m = mentions[j] as Mention;
      const sep = tokens[start - 1]?.lower;
      if (m.kind === 'pronoun' || m.end !== start - 1 || (sep !== 'and' && sep !== ',')) break;
      if (m.person !== last.person) f.attachRolesAfter(m.person, last.end);
      start = m.start;
    }
  }
}

/** Words for another party of a story after "the" and a nationality ("the Indonesian leader", "the Thai side"). */
const OTHER_PARTY = new Set([
  'leader',
  'guest',
  'guests',
  'visitor',
  'visitors',
  'delegation',
  'side',
  'head',
]);

/** Title words that are surnames too ("Julie Bishop", "Carole King"). */
const SURNAME_TITLES = new Set(['bishop', 'king', 'judge', 'marshal', 'dean', 'major', 'sheriff']);

/** "remarks by Julie Bishop, the envoy": a first name and one such word, no name after it, name a person. */
function surnameTitleName(tokens: readonly Token[], run: Run): Run | null {
  if (run.end - run.start !== 2) return null;
  const last = tokens[run.end - 1] as Token;
  const after = tokens[run.end];
  if (!SURNAME_TITLES.has(last.lower) || (after?.cap && after.word)) return null;
  return looksLikeFirstName(tokens[run.start] as Token) ? { start: run.start, end: run.end } : null;
}

/** A relation noun ("father", "son") among the four tokens before `at`, in its sentence. */
function relationJustBefore(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (!t.cap && relationWords.has(t.lower) && t.lower !== 'counterpart' && t.lower !== 'friend')
      return true;
  }
  return false;
}

/** Each name of a shared plural title as a person holding the singular role (and their country, if listed). */
function addPluralGroup(
  f: PeopleFinder,
  group: PluralTitleGroup,
  known: Map<string, KnownPerson>,
  notPeople: Set<string>,
): void {
  if (f.pluralRead.has(group)) return;
  f.pluralRead.add(group);
  const { names, countries, role } = group;
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as { start: number; end: number };
    const surface = f.span(n.start, n.end);
    const key = normKey(surface);
    if (notPeople.has(key)) continue;
    let idx = f.resolveExisting(n.start, n.end, key);
    if (idx < 0) idx = f.addPerson(surface, key, known.get(key));
    f.mention(idx, n.start, n.end, surface, key);
    const p = f.people[idx] as PersonRecord;
    if (role !== null) {
      addRole(p, role);
      p.roleSpans.push({ start: group.roleStart, end: group.roleEnd });
    }
    const country = countries[i];
    if (country !== undefined && !p.countrySettled) {
      p.country = country;
      p.countrySettled = true;
    }
    if (i === names.length - 1) f.attachRolesAfter(idx, n.end);
  }
}

/** A country's name at `at` followed by a comma, "and" or the end of the sentence ("… of Uganda, …"). */
function fromCountry(tokens: readonly Token[], at: number): boolean {
  const hit = findCountries(tokens, at, at + 4)[0];
  if (!hit || hit.at !== at || hit.adjectival) return false;
  let k = at + 1;
  while (tokens[k]?.cap && tokens[k]?.word && tokens[k]?.sent === tokens[at]?.sent) k++;
  const after = tokens[k];
  return (
    after === undefined ||
    after.sent !== (tokens[at] as Token).sent ||
    after.text === ',' ||
    after.text === '.' ||
    after.lower === 'and' ||
    (!after.cap && (SPEECH_AFTER.has(after.lower) || PERSON_VERBS.has(after.lower)))
  );
}

/** The one person other than `self` whose title ends in the lower-case title word `t` ("emperor"), or -1. */
function titleHolder(people: readonly PersonRecord[], t: Token | undefined, self: number): number {
  if (!t || t.cap || !titleHeads.has(t.lower)) return -1;
  let found = -1;
  for (let i = 0; i < people.length; i++) {
    if (i === self || !(people[i] as PersonRecord).roles.some((r) => bareTitle(r).endsWith(t.lower)))
      continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/**
 * The person whose name ends the clause before "(also/better) known as" right before `at` ("X, also known as
 * Y"), or -1.
 */
function knownAsOwner(tokens: readonly Token[], mentions: readonly Mention[], at: number): number {
  if (tokens[at - 1]?.lower !== 'as' || tokens[at - 2]?.lower !== 'known') return -1;
  let k = at - 3;
  if (tokens[k]?.lower === 'also' || tokens[k]?.lower === 'better') k--;
  if (tokens[k]?.text !== ',') return -1;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.end === k && m.kind !== 'pronoun') return m.person;
    if (m.end < k) break;
  }
  return -1;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from']);

const ARTICLE_RE = /^(?:the|a|an|also|then|and|with|by|of)$/i;

/** Start of a title ending in a head and a capitalised qualifier in parentheses right before `at`, or -1. */
function parenthesisedTitle(
  tokens: readonly Token[],
  at: number,
  roleOnly: ReadonlyMap<number, Run>,
): number {
  if (tokens[at - 1]?.text !== ')') return -1;
  let o = at - 2;
  while (o >= at - 4 && tokens[o]?.cap && tokens[o]?.word) o--;
  if (o === at - 2 || tokens[o]?.text !== '(') return -1;
  const run = roleOnly.get(o - 1);
  if (!run || (tokens[run.start] as Token).sent !== (tokens[at] as Token).sent) return -1;
  let a = run.start;
  while (a < run.end && ARTICLE_RE.test((tokens[a] as Token).text)) a++;
  return a < run.end ? a : -1;
}

/** What a leader's name modifies as the name of their rule ("the X regime"). */
const RULE_NOUNS = new Set(['regime', 'administration', 'government', 'era', 'presidency']);

/**
 * Whether a name at `name` is the counterpart whose word ends at `after`: right after it ("his Australian counterpart
 * X", with an article or comma between), or after a comma and a capitalised title ("his Australian counterpart,
 * Deputy Prime Minister X,").
 */
function ownCounterpart(tokens: readonly Token[], after: number, name: number): boolean {
  if (name === after || name === after + 1) return true;
  if (tokens[after]?.text !== ',' || name - after > 8) return false;
  for (let k = after + 1; k < name; k++) if (!tokens[k]?.cap || !tokens[k]?.word) return false;
  return true;
}

/**
 * "In Tokyo, Chief Cabinet Secretary X said …": the country of a city that opens the sentence with "In" when the
 * name (after its capitalised title) is the subject right after the comma; else null.
 */
function cityFrameCountry(tokens: readonly Token[], s: number, at: number): string | null {
  if (tokens[s]?.lower !== 'in' || at - s > 12) return null;
  let c = s + 1;
  while (c < at && tokens[c]?.cap && tokens[c]?.word) c++;
  if (c === s + 1 || c > s + 4 || tokens[c]?.text !== ',') return null;
  for (let k = c + 1; k < at; k++) if (!tokens[k]?.cap || !tokens[k]?.word) return null;
  const city = tokens
    .slice(s + 1, c)
    .map((t) => t.lower)
    .join(' ');
  return cityCountry(city) ?? null;
}

/** One romanised Korean syllable: an initial (with a glide), a vowel group, a final ("hyeon", "gyu", "kang", "in"). */
const KOREAN_SYLLABLE = /^[bcdghjkmnprstwy]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|p|t|g)?$/;
/**
 * "Oh Se-hun opened the scoring": a short surname and a hyphenated Korean given name are a name by their shape,
 * even when the surname is an English word ("Oh", "Son", "Ha"); not "Year-end", whose parts are both English.
 */
function koreanShaped(surname: Token, given: Token): boolean {
  if (!/^[A-Z][a-z]{1,3}$/.test(surname.text) || !KOREAN_GIVEN.test(given.text)) return false;
  const [a = '', b = ''] = given.lower.split('-');
  return KOREAN_SYLLABLE.test(a) && KOREAN_SYLLABLE.test(b) && !(isCommonWord(a) && isCommonWord(b));
}

/** Headline mentions (by full name or a name token) of people found in the story. */
function findTitleMentions(title: TokenizedText, people: PersonRecord[]): void {
  const tokens = title.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || !t.word || NAME_PARTICLES.has(t.lower)) continue;
    for (const person of people) {
      const k = person.tokens.indexOf(t.text);
      if (k < 0) continue;
      if (person.titleMention < 0) person.titleMention = i;
      // "Xi's letter read at forum": the headline cites them, it does not report them taking part.
      if (
        TITLE_CITED.test(title.text.slice(t.end, t.end + 40)) ||
        (person.titleMention === i &&
          TITLE_CITED_BEFORE.test(title.text.slice(Math.max(0, t.start - 60), t.start)))
      )
        person.titleCited = true;
      const full = k === 0 && person.tokens.every((x, q) => tokens[i + q]?.text === x);
      if (full) {
        i += person.tokens.length - 1;
        break;
      }
      // "von der Leyen": particles before the matched token belong to the alias.
      let a = i;
      while (a > 0 && k - (i - a) > 0 && NAME_PARTICLES.has(tokens[a - 1]?.lower ?? '')) a--;
      const alias = tokens
        .slice(a, i + 1)
        .map((x) => x.text)
        .join(' ');
      // "Do Kwon": a particle-like given name ("Do") before the surname makes the full name, no alias.
      const lower = alias.toLowerCase();
      if (
        person.tokens.length > 1 &&
        lower !== person.name.toLowerCase() &&
        !person.aliases.some((x) => x.toLowerCase() === lower)
      )
        person.aliases.push(alias);
      break;
    }
  }
}

/** The first of `list` ending by `end` whose person can be referred to by a pronoun of gender `g`. */
function firstCompatible(
  list: Mention[] | undefined,
  people: PersonRecord[],
  g: 'm' | 'f',
  end: number,
): Mention | undefined {
  if (!list) return undefined;
  for (const m of list) {
    if (m.end > end) continue;
    const pg = (people[m.person] as PersonRecord).gender;
    if (pg === null || pg === g) return m;
  }
  return undefined;
}

/**
 * The opening mark of a quotation that closes right before token `at` ("… sides,\" he said"), or -1. Straight
 * marks are told apart by the punctuation before the closing one; a quotation is looked for within 120 tokens.
 */
function quoteOpenedBefore(tokens: readonly Token[], at: number): number {
  const close = tokens[at - 1];
  if (!close || (close.text !== '"' && close.text !== '”')) return -1;
  const p = tokens[at - 2]?.text;
  if (p !== ',' && p !== '?' && p !== '!' && p !== '.') return -1;
  for (let k = at - 2; k >= 0 && k >= at - 120; k--) {
    const x = (tokens[k] as Token).text;
    if (x === '“' || (x === '"' && close.text === '"')) return k;
    if (x === '”') return -1;
  }
  return -1;
}

/** he/his/him/she/her -> the subject of the current or a recent sentence with a compatible person. */
function resolvePronouns(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]): void {
  if (people.length === 0) return;
  const bySent = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  const added: Mention[] = [];
  for (const i of doc.pronouns) {
    const t = doc.tokens[i] as Token;
    const g = PRONOUNS.get(t.lower);
    if (!g) continue;
    // "… the death of Marco Polo, he said.": a closing speech tag refers back to the speaker of the
    // sentences before, not to a name inside the words reported.
    const next = doc.tokens[i + 2];
    const closingTag =
      doc.tokens[i - 1]?.text === ',' &&
      SPEECH_AFTER.has(doc.tokens[i + 1]?.lower ?? '') &&
      (next === undefined || next.sent !== t.sent || next.text === '.');
    // "'Rubio understands,' he said.": after a quotation, the speaker is named before its opening mark, never
    // inside the words reported (which may run over several sentences).
    const open = SPEECH_AFTER.has(doc.tokens[i + 1]?.lower ?? '') ? quoteOpenedBefore(doc.tokens, i) : -1;
    const from = open >= 0 ? (doc.tokens[open] as Token).sent : t.sent;
    let target =
      closingTag && open < 0 ? undefined : firstCompatible(bySent.get(from), people, g, open >= 0 ? open : i);
    for (let s = from - 1; !target && s >= 0 && s >= from - 6; s--) {
      target = firstCompatible(bySent.get(s), people, g, Infinity);
    }
    if (!target) continue;
    const m: Mention = { person: target.person, start: i, end: i + 1, sent: t.sent, kind: 'pronoun' };
    added.push(m);
    // "She said the plan, which President Xi set out, works. 'Hope,' she said.": a later pronoun chains to the
    // subject pronoun before a name inside its clause, so a resolved "she"/"he" is a mention of its sentence.
    if (t.lower === 'she' || t.lower === 'he') {
      const list = bySent.get(t.sent);
      if (!list) bySent.set(t.sent, [m]);
      else {
        let at = list.length;
        while (at > 0 && (list[at - 1] as Mention).start > i) at--;
        list.splice(at, 0, m);
      }
    }
  }
  if (added.length === 0) return;
  // Names and pronouns are each in text order: merge them, names first at the same token (as a stable sort by
  // position would), and give every person theirs in that order.
  const names = mentions.slice();
  mentions.length = 0;
  for (let a = 0, b = 0; a < names.length || b < added.length;) {
    const name = names[a];
    const pronoun = added[b];
    if (pronoun === undefined || (name !== undefined && name.start <= pronoun.start)) {
      mentions.push(name as Mention);
      a++;
    } else {
      mentions.push(pronoun);
      b++;
    }
  }
  for (const p of people) p.mentions.length = 0;
  for (const m of mentions) (people[m.person] as PersonRecord).mentions.push(m);
}

// --------------------------------------------------------------------------------------- countries
/** Words that put an office at another time than the story's: "then Chancellor", "outgoing President". */
const OFFICE_TIME_WORDS = ['then', 'former', 'late', 'incumbent', 'outgoing'];
const TITLE_NOISE = new Set([...OFFICE_TIME_WORDS, 'the', 'a', 'an', 'also']);
/** A role reduced to its bare title: "German Chancellor" and "then Chancellor" both give "chancellor". */
function bareTitle(role: string): string {
  const out: string[] = [];
  for (const raw of role.toLowerCase().split(/\s+/)) {
    // "then-President" is "then President".
    const w = raw.includes('-') ? raw.replace(TIMED_PREFIX_RE, '') : raw;
    if (TITLE_NOISE.has(w) || demonymCountry.has(w) || countryNames.has(w)) continue;
    out.push(w);
  }
  return out.join(' ');
}

/** A head of state's spouse, who shares the country of that head of state. */
const SPOUSE_TITLES = new Set(['first lady', 'first gentleman']);

/** "South Korean President", "then President" (not "Vice President", "President of the Council"). */
function isPresidentRole(role: string): boolean {
  const words = bareTitle(role).split(' ');
  return words[words.length - 1] === 'president' && !words.some((w) => w === 'vice' || w.startsWith('vice-'));
}

const SINGLE_HOLDER_TITLES = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
]);
const OTHER_TIME = new Set([...OFFICE_TIME_WORDS, 'previous', 'predecessor']);
const TIMED_PREFIX_RE = /^(?:then|ex|former)-/;

/** Whether a word just before or inside one of p's role phrases puts the office at another time ("then"). */
function atAnotherTime(p: PersonRecord, tokens: readonly Token[]): boolean {
  return p.roleSpans.some((span) => {
    for (let k = Math.max(0, span.start - 2); k < span.end; k++) {
      const w = tokens[k]?.lower ?? '';
      if (OTHER_TIME.has(w) || (w.includes('-') && TIMED_PREFIX_RE.test(w))) return true;
    }
    return false;
  });
}

/** "Foreign Minister", "Minister of Defense": a cabinet post, one holder per country ("Deputy Foreign Minister" has many). */
function cabinetPost(t: string): boolean {
  return (
    (t.endsWith(' minister') || t.startsWith('minister of ') || t.startsWith('minister for ')) &&
    !/\b(?:deputy|vice|assistant|junior|state|prime)\b/.test(t)
  );
}

/** A team has one captain and one coach at a time: in a match report, posts like a country's one-holder offices. */
const TEAM_POSTS = new Set(['captain', 'skipper', 'coach', 'head coach', 'manager']);

function titleCountry(
  p: PersonRecord,
  people: PersonRecord[],
  tokens: readonly Token[],
  match: boolean,
): string | null {
  const titles = new Set<string>();
  for (const r of p.roles) {
    // "President-elect Donald Trump" beside "U.S. President Joe Biden": the office they are elected to.
    const t = bareTitle(r).replace(/-elect$/, '');
    // "captain X" beside "Nigeria captain Y" in a match report: the other team's.
    if (match && TEAM_POSTS.has(t)) continue;
    // A country has one president or prime minister (or foreign minister) at a time: a bare "President X" beside
    // "Swiss President Y", or "Foreign Minister X" beside "Qatari … Foreign Minister Y", is someone else's, unless
    // the text says it is the same office at another time ("then President", "-elect").
    if ((SINGLE_HOLDER_TITLES.has(t) || cabinetPost(t)) && !/-elect$/i.test(r) && !atAnotherTime(p, tokens))
      continue;
    if (t && titleHeads.has(t.split(' ').pop() ?? '')) titles.add(t);
  }
  if (titles.size === 0) return null;
  // "former President Yoon" in a Yonhap story of "President Lee" and "U.S. President Trump": a past holder of an
  // office the story's own holder has without a nationality (the outlet's, or the dateline's country) held it there.
  if (atAnotherTime(p, tokens))
    for (const q of people) {
      if (q === p || !q.country || q.international || atAnotherTime(q, tokens)) continue;
      if (q.roles.some((r) => titles.has(bareTitle(r)) && r.toLowerCase() === bareTitle(r))) return q.country;
    }
  // "Outgoing President X … Brazilian President Y congratulated him": a holder named only later is no guide.
  const first = p.mentions[0]?.start ?? 0;
  for (const q of people) {
    if (q === p || !q.countrySettled || !q.country || (q.mentions[0]?.start ?? 0) > first) continue;
    if (q.roles.some((r) => titles.has(bareTitle(r)))) return q.country;
  }
  return null;
}

const TOPIC_PREPOSITIONS = new Set([
  'on',
  'about',
  'against',
  'over',
  'regarding',
  'toward',
  'towards',
  'into',
]);
const CAP_START = /^\p{Lu}/u;
/** "is in Laos", "was in Japan": a stay, before "in" and a country. */
const BEING_IN = new Set(['is', 'was', 'are', 'were', 'arrived', 'remains', 'stayed']);

/** Whether the story names `country` anywhere (by name or demonym). */
/** Whether the story names `country` nowhere but at tokens in `allowed` (none at all counts). */
function namesCountryOnlyAt(doc: TokenizedText, country: string, allowed: ReadonlySet<number>): boolean {
  return findCountries(doc.tokens, 0, doc.tokens.length).every(
    (h) => h.country !== country || allowed.has(h.at),
  );
}

/** Whether the headline names `country` (by name or demonym) and not `other`. */
function headlineAbout(titleDoc: TokenizedText | null, country: string, other: string): boolean {
  if (!titleDoc) return false;
  const hits = findCountries(titleDoc.tokens, 0, titleDoc.tokens.length);
  return hits.some((h) => h.country === country) && !hits.some((h) => h.country === other);
}

/** The countries sentence `sent` names, found once per sentence of the article (`cache`). */
function sentenceCountries(doc: TokenizedText, sent: number, cache: Map<number, CountryHit[]>): CountryHit[] {
  let hits = cache.get(sent);
  if (!hits) {
    const [s, e] = doc.sentences[sent] ?? [0, 0];
    hits = findCountries(doc.tokens, s, e);
    cache.set(sent, hits);
  }
  return hits;
}

function pastHolderCountry(
  p: PersonRecord,
  people: readonly PersonRecord[],
  named: Mention | undefined,
  countryCache: Map<number, CountryHit[]>,
  doc: TokenizedText,
): string | null {
  if (!named) return null;
  let held: string | undefined;
  // A title written before the name ("President Sukarno"), not "Paul Baribault, president of a zoo".
  for (const r of p.roles) {
    const t = bareTitle(r);
    if (SINGLE_HOLDER_TITLES.has(t) && CAP_START.test(r)) held = t;
  }
  if (held === undefined) return null;
  const holders = new Set<string>();
  for (const q of people) {
    if (q === p || !q.countrySettled || !q.country || !q.roles.some((r) => bareTitle(r) === held)) continue;
    // "former Peruvian president Alan Garcia" holds no office now: the rule needs a current holder.
    if (atAnotherTime(q, doc.tokens)) continue;
    // "Xi recalled that President Sukarno …": the holder named beside them is the office's other holder.
    if (q.mentions.some((m) => m.sent === named.sent)) continue;
    holders.add(q.country);
  }
  if (holders.size === 0) return null;
  let found: string | null = null;
  for (const h of sentenceCountries(doc, named.sent, countryCache)) {
    if (!holders.has(h.country)) continue;
    if (found !== null && found !== h.country) return null;
    found = h.country;
  }
  return found;
}

/**
 * Whether someone else of `country` holds one of the one-holder offices `held` (with `tokens`: someone who holds it
 * now, not at another time).
 */
function heldByAnother(
  people: readonly PersonRecord[],
  p: PersonRecord,
  country: string,
  held: readonly string[],
  tokens?: readonly Token[],
): boolean {
  return people.some(
    (q) =>
      q !== p &&
      q.country === country &&
      !q.bodyOffice &&
      (tokens === undefined || !atAnotherTime(q, tokens)) &&
      q.roles.some((r) => held.includes(bareTitle(r))),
  );
}

/** "country|title" -> the person of the story who now holds that one-holder office, with a settled country. */
function currentHolders(
  people: readonly PersonRecord[],
  tokens: readonly Token[],
): Map<string, PersonRecord> {
  const heldBy = new Map<string, PersonRecord>();
  for (const q of people)
    if (q.countrySettled && q.country && !q.bodyOffice && !atAnotherTime(q, tokens))
      for (const r of q.roles) {
        const t = bareTitle(r);
        if (SINGLE_HOLDER_TITLES.has(t)) heldBy.set(`${q.country}|${t}`, q);
      }
  return heldBy;
}

/** The country of a state or province named by role words from `k` (one to three words), if any. */
function subnationalAt(words: readonly string[], k: number): string | undefined {
  const w = words[k] as string;
  let c = subnationalCountry.get(w);
  if (k + 1 < words.length) c = subnationalCountry.get(`${w} ${words[k + 1]}`) ?? c;
  if (k + 2 < words.length) c = subnationalCountry.get(`${w} ${words[k + 1]} ${words[k + 2]}`) ?? c;
  return c;
}

/**
 * "Iran held the election after President Raisi died. Pezeshkian defeated Saeed Jalili, a former negotiator, in the
 * runoff.": with nothing in their own sentence, a person takes the one country the sentence before names, in the
 * same paragraph.
 */
function previousSentenceCountry(
  doc: TokenizedText,
  sent: number,
  cache: Map<number, CountryHit[]>,
): string | null {
  const [s] = doc.sentences[sent] ?? [0, 0];
  const prev = doc.sentences[sent - 1];
  if (!prev || prev[1] <= prev[0] || sentenceCountries(doc, sent, cache).length > 0) return null;
  const gap = doc.text.slice((doc.tokens[prev[1] - 1] as Token).end, (doc.tokens[s] as Token).start);
  if (gap.includes('\n')) return null;
  let found: string | null = null;
  for (const h of sentenceCountries(doc, sent - 1, cache)) {
    if (found !== null && found !== h.country) return null;
    found = h.country;
  }
  return found;
}

/** National bodies named without their country ("president of the Chamber of Deputies", "Senate leader"). */
const NATIONAL_BODY_RE =
  /\b(?:Chamber of Deputies|Senate|National Assembly|Parliament|Congress|Supreme Court|Constitutional Court|Cabinet)\b/;

const SUCCESSION = new Set(['succeeding', 'succeeds', 'succeeded', 'replacing', 'replaces', 'replaced']);
/**
 * "the Ministry of National Defence said", "Kingdom of Jesus Christ (KOJC) founder", "at the Santiago Bernabéu,",
 * "the Regina Caeli prayer": a name inside a body's name ("<Body> of X") or right after "the" names a thing (a
 * stadium, a prayer, a hospital named for someone), not a person — except before their rule or a possessive ("the
 * X regime", "the X's government").
 */
function namedForPerson(tokens: readonly Token[], bare: Run): boolean {
  const before = tokens[bare.start - 1];
  if (!before || before.sent !== tokens[bare.start]?.sent) return false;
  if (before.lower === 'the') {
    const after = tokens[bare.end]?.lower ?? '';
    return !RULE_NOUNS.has(after) && after !== "'s" && after !== '’s';
  }
  const body = tokens[bare.start - 2];
  return (
    before.lower === 'of' &&
    body !== undefined &&
    body.cap &&
    (wordFlags(body.lower) & (ORG_HEAD | PLACE_HEAD)) !== 0 &&
    !titleHeads.has(body.lower)
  );
}

/** Words a contest's opponent follows: "beat India's X Y", "against Japan's X Y" ("lost to" below). */
const OPPONENT_BEFORE = new Set([
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeating',
  'edged',
  'against',
  'versus',
  'vs',
]);
const LOST = new Set(['lost', 'loses', 'losing', 'fell']);

/** Whether the words before `at` (a country's possessive opening at `at`) introduce an opponent. */
function opponentBefore(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at - 1]?.lower ?? '';
  return OPPONENT_BEFORE.has(w) || (w === 'to' && LOST.has(tokens[at - 2]?.lower ?? ''));
}

/** Nouns of a doer or a backer ("Bystander", "Retiree", "Rallygoer", "Democrat"). */
const DESCRIPTOR_SUFFIX = /^[a-z]{3,}(?:er|ee|ist|crat)$/;

/**
 * Whether the word at `at` opens its sentence as a word of English or an occupation ("Bystander", "Retiree",
 * "Rallygoer") that is no given name, right before a given name.
 */
function sentenceDescriptor(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  if (tokens[at - 1]?.sent === t.sent || looksLikeFirstName(t)) return false;
  if (!isCommonWord(t.lower) && !isOccupation(t.lower) && !DESCRIPTOR_SUFFIX.test(t.lower)) return false;
  return looksLikeFirstName(tokens[at + 1] as Token);
}

const PARENTS = new Set(['father', 'mother', 'grandfather', 'grandmother']);
const CHILDREN = new Set(['son', 'daughter', 'grandson', 'granddaughter']);

/**
 * "the elder Hun" / "the younger Hun": of the people named with the word at `at`, the one introduced as the
 * other's parent (or child); else `resolved`, the person the word resolves to by default.
 */
function generationOf(
  tokens: readonly Token[],
  at: number,
  people: PersonRecord[],
  resolved: number,
): number {
  const age = tokens[at - 1]?.lower;
  if ((age !== 'elder' && age !== 'younger') || tokens[at - 2]?.lower !== 'the') return resolved;
  const word = (tokens[at] as Token).text;
  const wanted = age === 'elder' ? PARENTS : CHILDREN;
  let found = -1;
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as PersonRecord;
    if (!p.tokens.includes(word)) continue;
    const parent = p.relation !== undefined && wanted.has(p.relation);
    // "X's son, Y": Y is the younger; X, whom Y is the son of, the elder.
    const ofChild = people.some(
      (q) =>
        q.relativeOf === i &&
        q.relation !== undefined &&
        (age === 'elder' ? CHILDREN : PARENTS).has(q.relation),
    );
    if (!parent && !ofChild) continue;
    if (found >= 0) return resolved;
    found = i;
  }
  return found >= 0 ? found : resolved;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'be', 'been', 'being']);

/**
 * "X was succeeded by Y", "X was replaced as head of the party by Y": for the name at `at` after "by", the span of
 * the office after "as" (empty when none is said); null when "by" does not close such a passive.
 */
function passiveSuccession(tokens: readonly Token[], at: number): { start: number; end: number } | null {
  const by = at - 1;
  if (tokens[by]?.lower !== 'by') return null;
  const sent = (tokens[at] as Token).sent;
  let as = -1;
  for (let k = by - 1; k > by - 16 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || t.text === ';') return null;
    if (t.lower === 'as' && as < 0) as = k;
    if (t.lower !== 'succeeded' && t.lower !== 'replaced') continue;
    if (!PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return null;
    // "as head of …" right after the verb; "was succeeded in 2019 by Y" names no office.
    return as === k + 1 ? { start: as + 1, end: by } : { start: by, end: by };
  }
  return null;
}

/** "A and B were sworn in, succeeding X": the country of the nearest person named before, in that sentence. */
function successionCountry(
  named: Mention,
  people: readonly PersonRecord[],
  mentionsBySent: Map<number, Mention[]>,
  tokens: readonly Token[],
): string | null {
  if (!SUCCESSION.has(tokens[named.start - 1]?.lower ?? '')) return null;
  let best: Mention | undefined;
  for (const o of mentionsBySent.get(named.sent) ?? [])
    if (
      o.end <= named.start &&
      o.kind !== 'pronoun' &&
      people[o.person]?.country &&
      (!best || o.start > best.start)
    )
      best = o;
  return best ? (people[best.person]?.country ?? null) : null;
}

/** Whether a mention of person `pi` is in a list ("A, B and C") with a Chinese-romanised person of China. */
function listedWithChinese(
  pi: number,
  people: readonly PersonRecord[],
  pinyinOf: readonly boolean[],
  mentionsBySent: Map<number, Mention[]>,
  tokens: readonly Token[],
): boolean {
  const p = people[pi] as PersonRecord;
  for (const m of p.mentions) {
    if (m.kind !== 'name') continue;
    const inSent = mentionsBySent.get(m.sent) ?? [];
    // Walk the list both ways, one mention at a time, over single ", " or "and" joints.
    for (const dir of [-1, 1]) {
      let cur = m;
      for (;;) {
        let next: Mention | undefined;
        for (const o of inSent) {
          if (o.kind === 'pronoun') continue;
          const joint = dir < 0 ? tokens[o.end] : tokens[cur.end];
          const adjacent = dir < 0 ? o.end + 1 === cur.start : cur.end + 1 === o.start;
          if (adjacent && (joint?.text === ',' || joint?.lower === 'and')) next = o;
        }
        if (!next || next.person === pi) break;
        if (pinyinOf[next.person] && people[next.person]?.country === 'China') return true;
        cur = next;
      }
    }
  }
  return false;
}

/** Japanese syllables in Hepburn romanisation: an optional consonant (or "sh", "ch", "ts", "j", "y" glide), a vowel. */
const JAPANESE_WORD = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n)+$/;
/** A Korean given name written with a hyphen ("Jae-in", "Yo-jong"): two short syllables. */
const KOREAN_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{1,4}$/;

/** Of the candidate sides, the one a name is shaped like (Japan, or one Korea), if exactly one fits. */
function nameShapeCountry(words: readonly string[], sides: ReadonlySet<string>): string | null {
  const korean = words.some((w) => KOREAN_GIVEN.test(w));
  const japanese = !korean && words.every((w) => JAPANESE_WORD.test(w.toLowerCase()));
  let found: string | null = null;
  for (const side of sides) {
    const fits =
      side === 'Japan' ? japanese : side === 'South Korea' || side === 'North Korea' ? korean : false;
    if (!fits) continue;
    if (found !== null) return null;
    found = side;
  }
  return found;
}

/** The international bodies as whole words (" un "), to find in a role's text padded with spaces. */
const SPACED_BODIES = [...internationalBodies].map((body) => ` ${body} `);

/** The first country a role span names, except one the title is sent to ("Ambassador to China"). */
function roleSpanCountry(tokens: readonly Token[], r: RoleSpan): string | null {
  for (const h of findCountries(tokens, r.start, r.end)) {
    // "dean of the Institute of Myanmar Studies": the subject of a body's name, not whom it serves.
    if (STUDY_WORDS.has(tokens[h.at + 1]?.lower ?? '') && tokens[h.at + 1]?.cap) continue;
    if (h.at > r.start && tokens[h.at - 1]?.lower === 'to') continue;
    // "New South Wales Premier": a state whose name ends in a country's (its "New" may open the sentence, before
    // the span).
    for (let back = 1; back <= 2 && h.at - back >= 0; back++) {
      let key = '';
      for (let k = h.at - back; k <= h.at; k++)
        key = key ? `${key} ${tokens[k]?.lower}` : (tokens[k]?.lower ?? '');
      const state = subnationalCountry.get(key);
      if (state) return state;
    }
    return h.country;
  }
  return null;
}

/** "Chinese and Japanese leaders", "the Chinese and Russian sides": the demonym at `at` is one of a pair. */
function pairedDemonym(tokens: readonly Token[], at: number): boolean {
  const isDemonym = (t: Token | undefined) => t !== undefined && (wordFlags(t.lower) & DEMONYM) !== 0;
  return (
    (tokens[at - 1]?.lower === 'and' && isDemonym(tokens[at - 2])) ||
    (tokens[at + 1]?.lower === 'and' && isDemonym(tokens[at + 2]))
  );
}

/** "X won the trophy, and Real Madrid midfielder Y took …": a new clause between two people's titles. */
function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';') return true;
    if (t.text === ',' && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);

/** Whether token `at` sits inside quotation marks, counting the marks from the sentence's first token `from`. */
function inQuote(tokens: readonly Token[], from: number, at: number): boolean {
  let inside = false;
  for (let k = from; k < at; k++) {
    const x = (tokens[k] as Token).text;
    if (x === '“') inside = true;
    else if (x === '”') inside = false;
    else if (x === '"') inside = !inside;
  }
  return inside;
}

/**
 * "“… I have told X that …,” the minister said, referring to the director general of the IAEA.": the one person
 * named in the quotation a speech tag closes is the one described after "referring to the". The description, up
 * to the sentence's end or a parenthesis, is their role.
 */
function referredRoles(doc: TokenizedText, people: PersonRecord[], mentions: readonly Mention[]): void {
  if (!doc.text.includes('referring to the')) return;
  const { tokens } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'referring' || tokens[k + 1]?.lower !== 'to' || tokens[k + 2]?.lower !== 'the') continue;
    // The quotation closed before the speech tag, and where it opened.
    let close = k - 1;
    while (close > k - 12 && close > 0 && !QUOTE_CLOSERS.has((tokens[close] as Token).text)) close--;
    if (close <= 0 || !QUOTE_CLOSERS.has((tokens[close] as Token).text)) continue;
    let open = close - 1;
    while (open > 0 && !QUOTE_OPENERS.has((tokens[open] as Token).text)) open--;
    const named = new Set<number>();
    for (const m of mentions)
      if (m.kind !== 'pronoun' && m.start > open && m.end <= close) named.add(m.person);
    if (named.size !== 1) continue;
    const start = k + 3;
    let end = start;
    while (tokens[end]?.sent === t.sent && tokens[end]?.text !== '(' && tokens[end]?.text !== '.') end++;
    if (end === start) continue;
    const p = people[[...named][0] as number] as PersonRecord;
    addRole(p, doc.text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end));
    p.roleSpans.push({ start, end });
  }
}

/**
 * "… greeted Lula and his wife, X. … The Brazilian first lady, a sociologist, told her host …": a nationality's
 * first lady (or first gentleman) with no name after it describes the one spouse of the story whose relative holds
 * that country, and gives them the role.
 */
function describedSpouseRoles(doc: TokenizedText, people: PersonRecord[]): void {
  // Most stories name no first lady: one scan of the text spares a look at every token.
  if (!FIRST_SPOUSE_RE.test(doc.text)) return;
  const { tokens } = doc;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const spouse = tokens[k + 1]?.lower;
    if (t.lower !== 'first' || (spouse !== 'lady' && spouse !== 'gentleman')) continue;
    const after = tokens[k + 2];
    if (after?.cap && after.sent === t.sent) continue;
    const demonym = tokens[k - 1] as Token;
    const country = demonym.cap ? demonymCountry.get(demonym.lower) : undefined;
    if (!country) continue;
    const gender = spouse === 'lady' ? 'f' : 'm';
    let found: PersonRecord | null = null;
    for (const p of people) {
      const relative = people[p.relativeOf];
      if (!relative || relative.country !== country || p.gender !== gender) continue;
      if (p.roles.some((r) => SPOUSE_TITLES.has(bareTitle(r)))) continue;
      if (found) return;
      found = p;
    }
    if (found) addRole(found, doc.text.slice(demonym.start, (tokens[k + 1] as Token).end));
  }
}

const FIRST_SPOUSE_RE = /\bfirst (?:lady|gentleman)\b/i;
/** Heads of roles won in sport rather than held in a country: "defending champion", "Olympic medallist". */
const SPORTING_DISTINCTIONS = new Set([
  'champion',
  'titleholder',
  'medallist',
  'medalist',
  'winner',
  'runner-up',
  'finalist',
  'record-holder',
]);

const lastWord = (role: string): string => role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
const CENTURY_RE = /\b\d{1,2}(?:st|nd|rd|th)[- ]century\b/i;
const QUOTE_CLOSERS = new Set(['”', '"']);
const QUOTE_OPENERS = new Set(['“', '"']);

/** "spokesperson for the secretary-general" where an international official is "UN Secretary-General". */
function servesInternationalOffice(role: string, people: readonly PersonRecord[]): boolean {
  const m = /\b(?:for|of|to) the ([a-z][\w-]*(?: [\w-]+)?)$/i.exec(role);
  if (!m) return false;
  const office = (m[1] as string).toLowerCase();
  return people.some(
    (q) =>
      q.international &&
      q.roles.some((r) => {
        const lower = r.toLowerCase();
        return lower === office || lower.endsWith(` ${office}`);
      }),
  );
}

/** Words before the side a team plays or beats: "against England", "beat Nigeria 2-1". */
const OPPONENT_CUES = new Set(['against', 'beat', 'beating', 'defeated', 'defeating', 'versus', 'vs']);

/** Whether tokens `from`..`to` hold a score ("1-0", "2 - 1"). */
function hasScore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++)
    if (
      tokens[k - 1]?.text === '-' &&
      /^\d{1,2}$/.test(tokens[k - 2]?.text ?? '') &&
      /^\d{1,2}$/.test(tokens[k]?.text ?? '')
    )
      return true;
  return false;
}

/** "Japanese lawmakers … X": a nationality before a lower-case plural noun, with no "including" before `to`. */
function describesGroup(tokens: readonly Token[], at: number, to: number): boolean {
  const noun = tokens[at + 1];
  if (!noun?.word || noun.cap || !noun.lower.endsWith('s') || titleHeads.has(noun.lower)) return false;
  for (let k = at + 2; k < to; k++) if (GROUP_MEMBERS.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** Words that name members of a group after it: "Japanese lawmakers, including X". */
const GROUP_MEMBERS = new Set(['including', 'among', 'such', 'led', 'like']);

/**
 * Whether country hit `h` is bound to the name of a person other than `pi`: "Abebe Kassa of Ethiopia" (the name,
 * then "of") or "Belgium's Bashir Abdi" (the possessive, then the name).
 */
function countryOfAnother(
  h: CountryHit,
  pi: number,
  inSentence: readonly Mention[],
  tokens: readonly Token[],
): boolean {
  const ofAt = tokens[h.at - 1]?.lower === 'of' ? h.at - 1 : -1;
  for (const o of inSentence) {
    if (o.person === pi || o.kind === 'pronoun') continue;
    if (o.end === ofAt) return true;
    if (o.start > h.at && o.start <= h.at + 5 && possessiveCountryBefore(tokens, o.start) === h.country)
      return true;
  }
  return false;
}

/** "… held talks with his counterpart X and Bangladesh's …": "talks with" between, and no comma after it. */
function otherSideAt(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = at - 1; k > from; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return false;
    if (t.lower === 'with' && MEETING_NOUNS.has((tokens[k - 1] as Token).lower)) return true;
  }
  // "X met US Vice-President Y and members of the US business community": whom the name met.
  return MET_VERBS.has(tokens[from]?.lower ?? '');
}
const MET_VERBS = new Set(['met', 'meets', 'received', 'receives']);

/** "the visit of Ethiopian Prime Minister A … and his talks with President B": the other side of a meeting. */
function withBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if ((tokens[k] as Token).lower === 'with' && MEETING_NOUNS.has((tokens[k - 1] as Token).lower))
      return true;
  return false;
}

/** The first token of the capitalised title words right before a name starting at `start`. */
function titleWordsStart(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k > 0 && (tokens[k - 1] as Token).cap && (tokens[k - 1] as Token).word && k > start - 8) k--;
  return k;
}

/** "Indonesia was represented by Vice President X": the country before "was represented by" and the title. */
function representedCountry(
  tokens: readonly Token[],
  hits: readonly CountryHit[],
  start: number,
): string | null {
  const k = titleWordsStart(tokens, start);
  if (tokens[k - 1]?.lower !== 'by' || tokens[k - 2]?.lower !== 'represented') return null;
  const be = tokens[k - 3]?.lower ?? '';
  if (be !== 'was' && be !== 'were' && be !== 'is' && be !== 'are') return null;
  for (const h of hits) {
    let j = h.at + 1;
    while (j < k - 3 && (tokens[j] as Token).cap) j++;
    if (j === k - 3 && !h.adjectival) return h.country;
  }
  return null;
}

/** "accompanied by Foreign Minister X": the name follows "accompanied by" and its title. */
function accompaniedBy(tokens: readonly Token[], start: number): boolean {
  const k = titleWordsStart(tokens, start);
  return tokens[k - 1]?.lower === 'by' && tokens[k - 2]?.lower === 'accompanied';
}

/** The first comma after `end` in its sentence, or -1. */
function commaAfter(tokens: readonly Token[], end: number): number {
  const sent = tokens[end]?.sent;
  for (let k = end; k < tokens.length && k < end + 40 && tokens[k]?.sent === sent; k++)
    if ((tokens[k] as Token).text === ',') return k;
  return -1;
}

/** "…, spokesman X said": the sentence reports the words before the name, up to a comma, and `at` is in them. */
function reportedBefore(tokens: readonly Token[], at: number, m: Mention): boolean {
  if (!SPEECH_AFTER.has(tokens[m.end]?.lower ?? '')) return false;
  for (let k = m.start - 1; k > at; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return true;
    if (!t.cap && !titleHeads.has(t.lower)) return false;
  }
  return false;
}

function decideCountries(
  doc: TokenizedText,
  people: PersonRecord[],
  mentions: Mention[],
  article: ParsedArticle,
  titleDoc: TokenizedText | null,
): void {
  const { tokens } = doc;
  // A Chinese dateline makes a Chinese story unless another country's national agency files it ("Beijing (VNA)").
  const chineseContext =
    /xinhua|china|people's daily|cgtn|global times|ecns/i.test(article.source ?? '') ||
    (CHINA_PLACES.has((article.dateline?.place ?? '').toLowerCase()) &&
      outletCountry(article.source) === null);
  // A national agency's own officials are written with a bare title, as Xinhua writes "Premier Li" (rule 7).
  const home = chineseContext ? null : outletCountry(article.source);
  let chinaInHeadline: boolean | undefined;
  let matchReport: boolean | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled) continue;
    // 1. The roles: "Chinese President", "secretary of Iran's …", "of the DPRK", "Pope".
    let found: string | null = null;
    for (const r of p.roleSpans) {
      found = roleSpanCountry(tokens, r);
      if (found) break;
    }
    // "… Court of China … its President Zhang Jun": the body "its" refers back to; "the academy's permanent
    // secretary" after "the Swedish Academy".
    for (const r of p.roleSpans) {
      if (found) break;
      found =
        itsBodyCountry(tokens, doc.sentences[tokens[r.start]?.sent ?? 0]?.[0] ?? 0, r.start) ??
        possessedBodyCountry(tokens, r.start);
      if (found) p.bodyOffice = true;
    }
    if (!found) {
      for (const r of p.roles) {
        const words = r.toLowerCase().split(/\s+/);
        const written = r.split(/\s+/);
        for (let k = 0; k < words.length; k++) {
          const w = words[k] as string;
          const c =
            roleCountry.get(w) ??
            institutionCountry.get(w) ??
            (ALL_CAPS.test(written[k] ?? '') ? agencyCountry.get(w) : undefined) ??
            (k + 1 < words.length
              ? (institutionCountry.get(`${w} ${words[k + 1]}`) ?? roleCountry.get(`${w} ${words[k + 1]}`))
              : undefined) ??
            // "the Workers' Party of Korea": a body whose name holds an ambiguous country name.
            (k + 3 < words.length
              ? institutionCountry.get(`${w} ${words[k + 1]} ${words[k + 2]} ${words[k + 3]}`)
              : undefined) ??
            // "California Governor", "Bavarian state premier", "New South Wales Premier".
            subnationalAt(words, k);
          if (c) found = c;
        }
      }
    }
    // "Secretary of State Marco Rubio": written capitalised and bare, the title is the American one (the
    // Vatican's is "the Vatican secretary of state", Britain's "Secretary of State for …").
    if (
      !found &&
      p.roles.some((r) => r.includes('Secretary of State') && bareTitle(r) === 'secretary of state')
    )
      found = 'United States';
    if (found) {
      p.country = found;
      p.countrySettled = true;
      continue;
    }
    if (p.roles.length === 0) continue;
    const roleText = ` ${p.roles
      .join(' ')
      .toLowerCase()
      .replace(/[^\p{L}\d. ]+/gu, ' ')} `;
    for (const body of SPACED_BODIES) {
      // "ambassador to the United Nations": a country's envoy to a body, not the body's official.
      if (roleText.includes(body) && !envoyTo(roleText, body)) {
        p.international = true;
        break;
      }
    }
    if (p.international) {
      p.country = null;
      p.countrySettled = true;
    }
  }
  // "Rwanda's Kagame, DR Congo's Tshisekedi meet in Qatar": a country's possessive right before a name in the
  // headline says whom they represent.
  if (titleDoc)
    for (const p of people) {
      if (p.countrySettled || p.international || p.titleMention < 2) continue;
      const c = possessiveCountryBefore(titleDoc.tokens, p.titleMention);
      if (c) {
        p.country = c;
        p.countrySettled = true;
      }
    }
  // "Stephane Dujarric, spokesperson for the secretary-general" beside "UN Secretary-General X": an office of the
  // office of a body's official belongs to that body, whatever countries the sentence names.
  if (people.some((q) => q.international))
    for (const p of people) {
      if (p.countrySettled || !p.roles.some((r) => servesInternationalOffice(r, people))) continue;
      p.international = true;
      p.country = null;
      p.countrySettled = true;
    }
  // "Premier Li Qiang, Japanese Prime Minister Fumio Kishida and …": a nationality inside the title of someone
  // named later is theirs, not a clue for the name before it.
  const inRoles = new Set<number>();
  // Token -> the end of the role span holding it, per owner: "Spanish King Felipe VI … a letter from Lopez
  // Obrador" — on a later mention, a nationality inside another person's title, before that person, describes
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
  // often the outlet's own leader abroad: "Anwar received by Emir of Qatar", datelined Doha.) Nor where it names
  // its country only in its compatriots' titles: "Warsaw (dpa) - … German Chancellor X congratulated …" writes
  // its own with their nationality.
  const datelineHome = datelineCountry(article.dateline?.place);
  const homeDefault =
    home !== null &&
    datelineHome !== null &&
    datelineHome !== home &&
    headlineAbout(titleDoc, datelineHome, home) &&
    namesCountryOnlyAt(doc, home, inRoles)
      ? null
      : home;
  const countryCache = new Map<number, CountryHit[]>();
  // "Luis Montenegro called for an election": a country word inside a person's name names no country there.
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.end - m.start < 2 || countryCache.has(m.sent)) continue;
    let inside = false;
    for (let k = m.start + 1; k < m.end && !inside; k++)
      inside = (wordFlags((tokens[k] as Token).lower) & COUNTRY) !== 0;
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
  const pinyinOf = people.map((q) => isPinyinName(q.name));
  // "country|title" -> who holds that one-holder office with a settled country ("Lao Prime Minister X"); built
  // when first needed (most stories never ask).
  let heldBy: Map<string, PersonRecord> | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled) continue;
    const pinyin = pinyinOf[pi] as boolean;
    // 2. Family and shared surnames: "his father, Yoon Ki-jung", "Kim Yo Jong".
    const first = p.tokens[0];
    const last = p.tokens[p.tokens.length - 1];
    let kin: PersonRecord | undefined;
    if (p.tokens.length > 1) {
      const introduced = p.mentions[0]?.start ?? 0;
      for (let qi = 0; qi < people.length && !kin; qi++) {
        const q = people[qi] as PersonRecord;
        if (
          qi !== pi &&
          q.country &&
          q.tokens.length > 1 &&
          (q.tokens[0] === first || q.tokens[q.tokens.length - 1] === last) &&
          (q.mentions[0]?.start ?? 0) < introduced
        )
          kin = q;
      }
    }
    if (kin) {
      p.country = kin.country;
      continue;
    }
    // "Kishida's wife Yuko Kishida" (any surname): the relative they were introduced with.
    const relative = people[p.relativeOf];
    if (relative?.country) {
      p.country = relative.country;
      continue;
    }
    // "first lady Kim Keon-hee": the country of the story's president, when only one country has one.
    if (p.roles.some((r) => SPOUSE_TITLES.has(bareTitle(r)))) {
      const countries = new Set<string>();
      for (const q of people)
        if (q !== p && q.country && q.roles.some(isPresidentRole)) countries.add(q.country);
      if (countries.size === 1) {
        p.country = [...countries][0] ?? null;
        continue;
      }
    }
    // 3. Coordination with a person whose country is known: "Nixon and President Gerald Ford". Only where a
    // full name is written: "Ding and Wong also co-chaired" pairs the two sides of a meeting by surname.
    let coord: string | null = null;
    for (const m of p.mentions) {
      if (m.kind !== 'name') continue;
      for (const o of mentionsBySent.get(m.sent) ?? []) {
        if (o.person === pi || o.kind === 'pronoun') continue;
        const q = people[o.person] as PersonRecord;
        // "Wei Fenghe and Mark Esper": a Chinese and a Western name are the two sides, not compatriots.
        if (!q.country || pinyinOf[o.person] !== pinyin) continue;
        // "President X and Y, Prime Minister of India,": a titled name beside one whose own title names its country
        // is the other side.
        if (
          p.roles.length > 0 &&
          q.countrySettled &&
          o.start > m.start &&
          tokens[o.end]?.text === ',' &&
          tokens[o.end + 1]?.cap
        )
          continue;
        const from = Math.min(m.end, o.end);
        const to = Math.max(m.start, o.start);
        if (to - from > 4 || to <= from) continue;
        let gap = 0;
        let and = false;
        // "President Yoon and Japanese Prime Minister Kishida": a nationality on one side marks a contrast.
        let contrast = false;
        for (let k = from; k < to; k++) {
          const t = tokens[k] as Token;
          if (wordFlags(t.lower) & (DEMONYM | COUNTRY)) contrast = true;
          if (titleHeads.has(t.lower) || t.cap) continue;
          gap++;
          and = t.lower === 'and';
        }
        // "Belarusian spaceflight participant X and NASA astronaut Y": a nationality in X's own title.
        for (let k = m.start - 1; m.start < o.start && k >= 0 && k >= m.start - 3; k--) {
          const t = tokens[k] as Token;
          if (!t.word) break;
          if (wordFlags(t.lower) & (DEMONYM | COUNTRY)) contrast = true;
        }
        if (gap === 1 && and && !contrast) coord = q.country;
      }
      if (coord) break;
    }
    // "the Bashar al-Assad regime", "the X administration": named only by their rule.
    const byRule = p.mentions.every(
      (m) => m.kind === 'pronoun' || RULE_NOUNS.has(tokens[m.end]?.lower ?? ''),
    );
    // 4. The sentence around a mention: the nearest adjectival country ("Chinese", "U.S.", "China's").
    let ctx: string | null = null;
    // In a national outlet's story a person is placed where they are introduced: later sentences mix the sides.
    let introduced: Mention | undefined;
    if (home)
      for (const m of p.mentions)
        if (m.kind !== 'pronoun') {
          introduced = m;
          break;
        }
    // "Prime Minister Anwar … in Vientiane, where Laos is hosting" beside "Lao Prime Minister Sonexay": a country
    // whose one-holder office (the same as theirs, at the same time) someone else holds is not theirs.
    let heldTitles: string[] = [];
    for (const r of p.roles) {
      const t = bareTitle(r);
      if (SINGLE_HOLDER_TITLES.has(t)) heldTitles.push(t);
    }
    if (heldTitles.length > 0) {
      heldBy ??= currentHolders(people, tokens);
      if (heldBy.size === 0 || atAnotherTime(p, tokens)) heldTitles = [];
    }
    const held = heldBy;
    // "the ouster of former prime minister X … the extradition of X, who fled Bangladesh": someone who holds no
    // office today and takes no part is no side of the outlet's event; a later sentence may place them.
    const laterToo =
      introduced !== undefined && !p.participant && (p.roles.length === 0 || atAnotherTime(p, tokens));
    for (const m of p.mentions) {
      if (ctx) break;
      if (m.kind === 'pronoun' || (introduced && m !== introduced && !laterToo)) continue;
      const [s] = doc.sentences[m.sent] ?? [0, 0];
      // "In Tokyo, Chief Cabinet Secretary X told reporters that …": a city opening the sentence places its subject.
      if (p.roles.length > 0) {
        const framed = cityFrameCountry(tokens, s, m.start);
        if (framed) {
          ctx = framed;
          break;
        }
      }
      // "President Sukarno and Chinese leaders of the older generation": after "X and", nationalities describe
      // the other conjunct.
      const conjoined = tokens[m.end]?.lower === 'and' || tokens[m.end]?.lower === 'or';
      const sentHits = sentenceCountries(doc, m.sent, countryCache);
      const later = m !== p.mentions[0];
      // "Indonesia was represented by Vice President X": the country a delegate stands for.
      const represented = representedCountry(tokens, sentHits, m.start);
      if (represented) {
        ctx = represented;
        break;
      }
      // "Y, who is accompanied by Foreign Minister X, is expected to raise the situation in Myanmar": past the comma
      // closing the companion's clause, the sentence is about the one accompanied.
      const companionEnd = accompaniedBy(tokens, m.start) ? commaAfter(tokens, m.end) : -1;
      // The nearest hit, adjectival ones first, then the others, then destinations; the earlier one on a tie.
      let best: CountryHit | undefined;
      let bestRank = 6;
      let bestDist = 0;
      for (const h of sentHits) {
        if (h.at >= m.start && h.at < m.end) continue;
        if (h.at >= m.end && (conjoined || inRoles.has(h.at))) continue;
        if (companionEnd >= 0 && h.at > companionEnd) continue;
        // "the Taiwan Affairs Office", "the Taiwan Strait": a body's subject, a sea or strait named after a place.
        if (tokens[h.at + 1]?.cap && NAMED_AFTER_PLACE.has(tokens[h.at + 1]?.lower ?? '')) continue;
        // "Chinese and Japanese leaders agreed … when President X met …": a Chinese-romanised name is not of the
        // pair's other nationality; "Xi said … the US gain from cooperation": nor of a country in their own
        // reported words, in a Chinese outlet's story.
        if (pinyin && h.country !== 'China') {
          if (h.adjectival && pairedDemonym(tokens, h.at)) continue;
          if (chineseContext && h.at > m.end && SPEECH_AFTER.has(tokens[m.end]?.lower ?? '')) continue;
          // "China will work with the new US administration, spokesman X said": nor of one in the words reported
          // before the name; "X attended the ceremony in Washington", "spoke in Davos, Switzerland": nor of a
          // foreign place they are at.
          if (chineseContext && !h.adjectival) continue;
          if (chineseContext && h.at < m.start && reportedBefore(tokens, h.at, m)) continue;
        }
        // "the delegation's first visit to Türkiye since the fall of the X regime": a ruler named by their rule goes
        // nowhere; where others go is not whom they ruled.
        if (byRule && h.destination) continue;
        // "X briefed the visitors on North Korea's recent launches": after the name, a country that a preposition
        // makes the topic of what they do is not theirs.
        if (h.at >= m.end && TOPIC_PREPOSITIONS.has(tokens[h.at - 1]?.lower ?? '')) continue;
        // "President X, who is in Laos for a summit": where someone is staying is not whom they represent.
        if (h.at >= m.end && tokens[h.at - 1]?.lower === 'in' && BEING_IN.has(tokens[h.at - 2]?.lower ?? ''))
          continue;
        // "X held talks with … Bangladesh's interim government Y": after "talks with", a country's possessive or
        // adjective describes the other side.
        if (h.adjectival && h.at >= m.end && otherSideAt(tokens, m.end, h.at)) continue;
        const r = roleEndAt.get(h.at);
        if (
          r !== undefined &&
          r.owner !== p &&
          r.end <= m.start &&
          (later ||
            withBetween(tokens, h.at, m.start) ||
            clauseBreakBetween(tokens, r.end, m.start) ||
            // "Dutch Ambassador X cut the ribbon together with Zhang Xu": in a Chinese outlet's story, another's
            // foreign title does not describe a Chinese-romanised name.
            (pinyin && chineseContext && h.country !== 'China'))
        )
          continue;
        // "“Ethiopia is our partner,” Kurtulmus said, recalling … talks with President Erdogan": in a national
        // outlet's story, a country in someone's quoted words does not place a bare title outside the quote.
        if (home && p.roles.length > 0 && inQuote(tokens, s, h.at) !== inQuote(tokens, s, m.start)) continue;
        // "X chaired a welcome ceremony for the Indonesian leader": after the name, "the" and a nationality before a
        // word for a visitor or leader describe someone else.
        if (
          h.adjectival &&
          h.at >= m.end &&
          tokens[h.at - 1]?.lower === 'the' &&
          OTHER_PARTY.has(tokens[h.at + 1]?.lower ?? '')
        )
          continue;
        // "his Japanese counterpart": the counterpart's nationality, by definition not the subject's.
        if (COUNTERPART.has(tokens[h.at + 1]?.lower ?? '') && !ownCounterpart(tokens, h.at + 2, m.start))
          continue;
        // "The Turkish president … met then-President X": a nationality before a title that is no one's named role
        // describes that office's holder, not another person of the sentence.
        if (
          h.adjectival &&
          !inRoles.has(h.at) &&
          titleHeads.has(tokens[h.at + 1]?.lower ?? '') &&
          (m.start > h.at + 3 || m.end <= h.at)
        )
          continue;
        if (h.country === 'China' && !pinyin && p.tokens.length > 1) continue;
        // "X of Ethiopia … ahead of Belgium's Y, while Z failed to finish": a country written onto another
        // person's name is theirs alone.
        if (countryOfAnother(h, pi, mentionsBySent.get(m.sent) ?? [], tokens)) continue;
        // "Spain won that final 1-0 against England, with X scoring": with a score, the team beaten is the other side
        // (but "beat India's X 21-19" names the one beaten).
        if (
          OPPONENT_CUES.has(tokens[h.at - 1]?.lower ?? '') &&
          !(h.at < m.start && possessiveCountryBefore(tokens, m.start) === h.country) &&
          hasScore(tokens, s, doc.sentences[m.sent]?.[1] ?? s)
        )
          continue;
        // "some 30 Japanese lawmakers had traveled to Taipei for the inauguration of X": a nationality of a group
        // others make up is not an untitled name's further on.
        if (
          p.roles.length === 0 &&
          h.adjectival &&
          h.at + 2 < m.start &&
          describesGroup(tokens, h.at, m.start)
        )
          continue;
        if (held && heldTitles.some((t) => (held.get(`${h.country}|${t}`) ?? p) !== p)) continue;
        // "President X against Cuba's inclusion in the US list", Cuba's president and a Colombian minister named: a
        // bare one-holder office belongs to a side of the story before a country no one of the story represents.
        const offSide =
          heldTitles.length > 0 &&
          !people.some((q) => q !== p && q.countrySettled && q.country === h.country);
        const rank = (h.adjectival ? 0 : h.destination ? 2 : 1) + (offSide ? 3 : 0);
        const dist = h.at < m.start ? m.start - h.at : h.at - m.end + 1;
        if (rank < bestRank || (rank === bestRank && dist < bestDist)) {
          best = h;
          bestRank = rank;
          bestDist = dist;
        }
      }
      // "DOHA (Bernama) -- Prime Minister X … was received by the Emir of Qatar": a national outlet writes its own
      // head of government, the subject of its lede, with a bare title; a country named only as a noun nearby is the
      // other side.
      const homeLede =
        home !== null &&
        m.sent === 0 &&
        bestRank > 0 &&
        p.roles.some(isBareSingleHolder) &&
        // "First Secretary of the Communist Party of Cuba … President X": a country before the name is in their title.
        best !== undefined &&
        best.at > m.start;
      if (best && !(homeLede && best.country !== home)) ctx = best.country;
    }
    // 5. Named in someone's reported words with nothing else to go on: "He said President Yoon had asked him
    // to convey his greetings" speaks of the speaker's own president; "Sharma was accompanied by External
    // Affairs Minister Anil Kapoor" names a member of Sharma's delegation.
    let speaker: string | null = null;
    let firstNamed: Mention | undefined;
    for (const m of p.mentions)
      if (m.kind !== 'pronoun') {
        firstNamed = m;
        break;
      }
    if (!coord && !ctx && firstNamed) {
      const [s0] = doc.sentences[firstNamed.sent] ?? [0, 0];
      let by = -1;
      // "X was accompanied by his sister Y, the secretary general of the presidency, and by Foreign Minister Z": the
      // list after "accompanied by" may be long.
      for (let k = firstNamed.start - 1; k > s0 && k >= firstNamed.start - 30; k--)
        if ((tokens[k] as Token).lower === 'by' && (tokens[k - 1] as Token).lower === 'accompanied')
          by = k - 1;
      for (const o of mentionsBySent.get(firstNamed.sent) ?? []) {
        if (o.start >= firstNamed.start || o.person === pi) continue;
        const q = people[o.person] as PersonRecord;
        if (!q.countrySettled || !q.country) continue;
        // "Zhou said that under the guidance of General Secretary Kim Jong Un …": a Chinese-romanised speaker
        // speaks of a name not so romanised as of another country's (and the other way round).
        if (pinyinOf[o.person] !== pinyin) continue;
        if (SPEECH_AFTER.has(tokens[o.end]?.lower ?? '') || (by > 0 && o.end <= by)) speaker = q.country;
      }
    }
    // 6. A bare title ("then Chancellor Angela Merkel") takes the country of the first person in the story
    // who holds the same title with a nationality ("German Chancellor Olaf Scholz").
    // "Xi recalled that President Sukarno … work with Indonesia" beside "Indonesian President Prabowo": a bare
    // single-holder title in a sentence naming one of the countries whose holder of that office is in the story
    // is a past holder of that country's office.
    const heldAlike =
      (coord ?? ctx ?? speaker)
        ? null
        : (titleCountry(p, people, tokens, (matchReport ??= isMatchReport(article.title, ledeText(doc)))) ??
          // A past holder of an office takes no part in today's event.
          (p.participant ? null : pastHolderCountry(p, people, firstNamed, countryCache, doc)));
    // "Vice President Zhou Wen … congratulating X on his election as US vice president", "President Zhou … said
    // China and the US …": in a Chinese outlet's story a Chinese-romanised name holds its title in China, whoever
    // else holds it (rule 7).
    // Nor, the other way round, is a name not so romanised ("outgoing President Joe Biden") China's by its title.
    const sameTitle =
      chineseContext && (pinyin ? heldAlike !== 'China' : heldAlike === 'China' && p.tokens.length > 1)
        ? null
        : heldAlike;
    // 7. A Chinese-romanised name in a Chinese outlet's story with nothing else to go on.
    // "sworn in …, succeeding Joko Widodo": the predecessor in an office held the same country's office.
    const predecessor =
      (coord ?? ctx ?? speaker ?? sameTitle) || !firstNamed
        ? null
        : successionCountry(firstNamed, people, mentionsBySent, tokens);
    p.country =
      coord ??
      ctx ??
      speaker ??
      sameTitle ??
      predecessor ??
      // "Chinese Premier Li … received by the King" in Bernama: the visitors' bare-titled pinyin names are China's;
      // so is "President Xi Jinping had also stayed away" in a PTI story that names China.
      (pinyin && (chineseContext || (home !== null && (chinaInHeadline ??= namesChina(titleDoc, doc))))
        ? 'China'
        : byRule
          ? null
          : homeDefault) ??
      (firstNamed ? previousSentenceCountry(doc, firstNamed.sent, countryCache) : null);
  }
  // 7a. "X was sworn in as the island's leader … Y took office as his deputy": one who takes office as someone's
  // deputy (aide, spokesperson …) serves that person's country.
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const at = officeUnderAt(tokens, m.end);
      if (at < 0) continue;
      // "his" resolved to the name before it in its own sentence: the subject of the sentence before is meant.
      const owner = mentions.find((o) => o.start === at && o.kind === 'pronoun' && people[o.person] !== p);
      const gender = tokens[at]?.lower === 'his' ? 'm' : 'f';
      const subject =
        owner ??
        mentions.find(
          (o) =>
            o.sent === m.sent - 1 &&
            people[o.person] !== p &&
            (people[o.person]?.gender ?? gender) === gender,
        );
      const q = subject && people[subject.person];
      if (q && q !== p && q.country && !q.international) {
        p.country = q.country;
        break;
      }
    }
  }
  // 7b. "Nawrocki, 42, …, succeeding Andrzej Duda": a successor placed only after their predecessor was looked at.
  for (const p of people) {
    if (p.country !== null || p.countrySettled || p.international) continue;
    const named = p.mentions.find((m) => m.kind !== 'pronoun');
    if (named) p.country = successionCountry(named, people, mentionsBySent, tokens);
  }
  // 8. "Deputy Treasury Secretary X" in a story whose people, China's aside, represent one country: an office
  // holder with no nationality anywhere near and a name that is not Chinese is from that country (a Chinese
  // outlet's untitled officials are Chinese by rule 7; a foreign one's are the other side's).
  let otherSide: string | null | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || p.roles.length === 0 || pinyinOf[pi]) continue;
    // "Apple Chief Executive", "Hamas political chief": an office in a named body says nothing of a country.
    if (p.roles.some((r) => namesABody(r))) continue;
    if (otherSide === undefined) {
      const sides = new Set<string>();
      for (const q of people) if (q.country && q.country !== 'China') sides.add(q.country);
      // Beside an official of the UN or the EU, an untitled office may be that body's ("spokesperson for the
      // secretary-general").
      const body = people.some((q) => q.international);
      otherSide = sides.size === 1 && !body ? ([...sides][0] ?? null) : null;
    }
    if (!otherSide) continue;
    // One president or prime minister at a time: a bare "President X" beside "Swiss President Y" is not Swiss.
    const held = p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    if (!heldByAnother(people, p, otherSide, held)) p.country = otherSide;
  }
  // 8b. "… attended by Foreign Minister A, Defense Minister B and Qatari Prime Minister and Foreign Minister C" in a
  // story whose participants are of two countries: a bare cabinet post or one-holder office (in a match report, a
  // team's captain or coach) that one side's named holder fills is the other side's; a bare title listed right
  // after a bare title placed so shares its country.
  let twoSides: string[] | null | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || !p.participant || pinyinOf[pi]) continue;
    matchReport ??= isMatchReport(article.title, ledeText(doc));
    const offices = p.roles
      .map(bareTitle)
      .filter((t) => SINGLE_HOLDER_TITLES.has(t) || cabinetPost(t) || (matchReport && TEAM_POSTS.has(t)));
    if (offices.length === 0 || atAnotherTime(p, tokens)) continue;
    if (twoSides === undefined) {
      const sides = new Set<string>();
      for (const q of people) if (q.participant && q.country) sides.add(q.country);
      twoSides = sides.size === 2 ? [...sides] : null;
    }
    if (twoSides === null) break;
    const [a, b] = twoSides as [string, string];
    const holds = (c: string) =>
      people.some((q) => q !== p && q.country === c && q.roles.some((r) => offices.includes(bareTitle(r))));
    const takenA = holds(a);
    if (takenA !== holds(b)) {
      // "President Trump" beside Ukraine's president in a British story: not an office Britain has.
      if (!offices.some((t) => lacksOffice(takenA ? b : a, t))) p.country = takenA ? b : a;
      continue;
    }
    const named = p.mentions.find((m) => m.kind !== 'pronoun');
    const span = named && p.roleSpans.find((r) => r.end === named.start);
    if (!span || tokens[span.start - 1]?.text !== ',') continue;
    const prev = mentions.find((m) => m.end === span.start - 1 && m.kind !== 'pronoun');
    const q = prev ? people[prev.person] : undefined;
    const qSpan = prev && q?.roleSpans.find((r) => r.end === prev.start);
    if (q && q !== p && q.country && qSpan && roleSpanCountry(tokens, qSpan) === null) p.country = q.country;
  }
  // 9. "…, says Kenyan scholar" / "a Kenyan scholar has said": the person the story then introduces first is
  // the one described.
  const lead = people.reduce<PersonRecord | undefined>((best, q) => {
    const at = q.mentions[0]?.start ?? Infinity;
    return best === undefined || at < (best.mentions[0]?.start ?? Infinity) ? q : best;
  }, undefined);
  if (lead && lead.country === null && !lead.international && lead.mentions.length > 0) {
    const lede = ledeText(doc);
    const described = new Set<string>();
    for (const text of [article.titleDerived ? '' : article.title, lede]) {
      DESCRIBED_RE.lastIndex = 0;
      for (let m = DESCRIBED_RE.exec(text); m; m = DESCRIBED_RE.exec(text)) {
        const c = demonymCountry.get((m[1] ?? '').toLowerCase());
        if (c) described.add(c);
      }
    }
    if (described.size === 1) lead.country = [...described][0] ?? null;
  }
  // 10. "Their predecessors, Wei Fenghe and Mark Esper" under "Chinese, U.S. defense chiefs …": an untitled
  // non-Chinese name listed with a Chinese one stands for a side the headline names other than China; with
  // several such sides, the one whose names it is shaped like ("Shinzo Abe", "Moon Jae-in").
  // 11. "Ifigenia Martinez, president of the Chamber of Deputies" under "Sheinbaum sworn in as Mexico's first
  // female president": an office in a national body that names no country is in the one country the headline names.
  if (titleDoc) {
    let sides: Set<string> | undefined;
    for (let pi = 0; pi < people.length; pi++) {
      const p = people[pi] as PersonRecord;
      if (p.country !== null || p.international || pinyinOf[pi]) continue;
      const listed = p.roles.length === 0 && listedWithChinese(pi, people, pinyinOf, mentionsBySent, tokens);
      if (!listed && !p.roles.some((r) => NATIONAL_BODY_RE.test(r))) continue;
      // The sides, not where they meet ("… hold talks in Singapore").
      if (sides === undefined) {
        sides = new Set<string>();
        for (const h of findCountries(titleDoc.tokens, 0, titleDoc.tokens.length))
          if (!h.destination) sides.add(h.country);
      }
      if (!listed) {
        if (sides.size === 1) p.country = [...sides][0] ?? null;
        continue;
      }
      if (!sides.has('China')) continue;
      const others = new Set(sides);
      others.delete('China');
      p.country = others.size === 1 ? ([...others][0] ?? null) : nameShapeCountry(p.tokens, others);
    }
  }
  // 11b. "Rongsheng Petrochemical Chairman X" after "China's Rongsheng Petrochemical": an officer of a body the
  // story introduces as a country's ("China's X", "Chinese firm X") is from that country;
  // "president and CEO of Siemens AG" in a story that names Germany: a company's legal form says which few
  // countries it can be registered in, and the story names one of them.
  let storyCountries: Set<string> | undefined;
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const r of p.roles) {
      let c = bodyHomeCountry(r, tokens);
      const forms = c ? undefined : companyFormCountries(r);
      if (forms) {
        storyCountries ??= new Set(findCountries(tokens, 0, tokens.length).map((h) => h.country));
        const named = forms.filter((f) => storyCountries?.has(f));
        if (named.length === 1) c = named[0] ?? null;
      }
      if (c) {
        p.country = c;
        break;
      }
    }
  }
  // 12. "LONDON (AP) — … The foreign secretary, David Lammy, …": a title with no country anywhere in the story is
  // the country the dateline places the story in (a foreign outlet's own officials are not written bare); with no
  // such dateline, the one country the headline names.
  let fromDateline: string | null | undefined;
  let datelineCity: string | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || p.roles.length === 0 || (pinyinOf[pi] && chineseContext))
      continue;
    // "the 19th-century independence leader": a figure of history holds no office where the story is set.
    if (p.roles.every((r) => CENTURY_RE.test(r))) continue;
    // "PARIS (AP) — … defending champion X failed to finish": a sporting distinction is no office of the host's.
    if (p.roles.every((r) => SPORTING_DISTINCTIONS.has(lastWord(r)))) continue;
    // "Apple Chief Executive": an office in a named body alone says nothing of a country.
    datelineCity ??= (article.dateline?.place ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
    // "director of the Institute for Fiscal Studies", "president of the INE" (the National Electoral Institute): a
    // public institution, not a brand, is the country's own.
    if (p.roles.every((r) => namesABody(r, datelineCity) && !namesPublicBody(r, doc.text))) continue;
    fromDateline ??=
      datelineCountry(article.dateline?.place) ??
      headlineCountry(titleDoc) ??
      (article.dateline ? null : ledeCountry(doc));
    if (!fromDateline) break;
    // One president or prime minister at a time: not the office another person of that country holds.
    // "Former President X" beside "President Y" holds no office now.
    const held = atAnotherTime(p, tokens)
      ? []
      : p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    // "LONDON (AP) — … Vice President JD Vance … in Washington": a monarchy has no president; the seat or capital
    // named beside them says whose they are.
    const titles = p.roles.map(bareTitle);
    if (titles.some((t) => lacksOffice(fromDateline as string, t))) {
      p.country = seatOfMentions(p, doc, (c) => titles.some((t) => lacksOffice(c, t)));
      continue;
    }
    if (!heldByAnother(people, p, fromDateline, held, tokens)) p.country = fromDateline;
  }
  // 12a. "X, Chairman and Chief Executive of Emirates Airline and Group … Y, President of Emirates Airline": officers
  // of one body share the country of the one placed.
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const r of p.roles) {
      const body = officeBody(r);
      const q =
        body &&
        people.find(
          (o) => o.country && !o.international && o.roles.some((or) => sameBody(officeBody(or), body)),
        );
      if (q) {
        p.country = q.country;
        break;
      }
    }
  }
  // 12b. "China, U.S. agree to cut tariffs" over "… tariffs imposed by President Donald Trump": a bare one-holder
  // office takes the one side the headline names that could be theirs.
  // A Reuters lede-only file has no headline: its lede names the sides.
  if (titleDoc) headlineSideOffice(people, pinyinOf, titleDoc.tokens, 0, titleDoc.tokens.length, tokens);
  else if (article.titleDerived && doc.sentences[0])
    headlineSideOffice(people, pinyinOf, tokens, doc.sentences[0][0], doc.sentences[0][1], tokens);
  // 12d. "… before X takes office in Taipei", "lawmakers had traveled to Taipei for the inauguration of X": the
  // capital someone is sworn in at is their country's.
  for (const p of people) if (p.country === null && !p.international) p.country = inaugurationCountry(p, doc);
  // 12c. "WASHINGTON (AP) — … The gunman, X, …" in a story whose placed people are all of the dateline's country:
  // a domestic story; the others it names, with no country of their own, are that country's too. Not in a Chinese
  // outlet's story, where a foreign visitor is often named bare beside Chinese officials. "The Hague (AFP) – …"
  // under "… most right-wing Dutch government": a dateline that places nothing leaves the headline's one country.
  if (!chineseContext)
    domesticCountry(people, datelineCountry(article.dateline?.place) ?? headlineCountry(titleDoc));
  // 13. "Chief Executive John Lee": Hong Kong and Macao are China's special administrative regions, and their
  // officials represent China.
  for (const p of people) if (p.country === 'Hong Kong' || p.country === 'Macao') p.country = 'China';
}

/** Words that say someone takes office in the sentence they are named in. */
const TAKING_OFFICE_RE = /\b(?:inaugurat(?:ion|ed|es)|sworn in|swearing-in|takes? office|took office)\b/i;

/** Rule 12d: the one country whose capital or large city the sentences of `p` taking office name, or null. */
function inaugurationCountry(p: PersonRecord, doc: TokenizedText): string | null {
  let found: string | null = null;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const [s, e] = doc.sentences[m.sent] ?? [0, 0];
    if (e <= s) continue;
    const text = doc.text.slice((doc.tokens[s] as Token).start, (doc.tokens[e - 1] as Token).end);
    if (!TAKING_OFFICE_RE.test(text)) continue;
    for (let k = s; k < e; k++) {
      const t = doc.tokens[k] as Token;
      const c = t.cap ? cityCountry(t.lower) : undefined;
      if (!c) continue;
      if (found !== null && found !== c) return null;
      found = c;
    }
  }
  return found;
}

/** The capitalised body a role is an office "of" ("President of Emirates Airline" → "Emirates Airline"), or null. */
function officeBody(role: string): string | null {
  const m = / of (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*)+)$/u.exec(role);
  return m ? (m[1] as string) : null;
}

/** Whether two bodies are one: the same name, or one the other's start ("Emirates Airline" of "… and Group"). */
function sameBody(a: string | null, b: string): boolean {
  if (!a) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short} `);
}

/**
 * "took office as his deputy", "was sworn in as her spokesperson", "became his chief of staff": the token index of
 * the "his"/"her" that follows the name ending at `end`, or -1.
 */
function officeUnderAt(tokens: readonly Token[], end: number): number {
  const a = tokens[end]?.lower;
  const b = tokens[end + 1]?.lower;
  let k = -1;
  if ((a === 'took' || a === 'takes') && b === 'office' && tokens[end + 2]?.lower === 'as') k = end + 3;
  else if (a === 'became' || a === 'becomes') k = end + 1;
  else if (
    (a === 'was' || a === 'is') &&
    (b === 'appointed' || b === 'named') &&
    tokens[end + 2]?.lower === 'as'
  )
    k = end + 3;
  const own = tokens[k]?.lower;
  return own === 'his' || own === 'her' ? k : -1;
}

/** Rule 12c: with three or more people placed, all in the dateline's country `home`, the unplaced ones too. */
function domesticCountry(people: PersonRecord[], home: string | null): void {
  if (!home) return;
  let placed = 0;
  for (const p of people) {
    if (p.international) return;
    if (p.country === null) continue;
    // "US President X called to congratulate her": a foreigner named with their nationality in their own title
    // reacts from abroad; it is the bare-named foreigners that make a story international.
    if (p.country !== home) {
      if (p.countrySettled) continue;
      return;
    }
    placed++;
  }
  if (placed < 3) return;
  for (const p of people) if (p.country === null) p.country = home;
}

/**
 * Rule 12b: for each person still without a country who holds a one-holder office now ("President X"), the one
 * country the headline names as a side (not a destination) that has such an office, is not China for a name that
 * is not Chinese, and has no other holder of it in the story.
 */
function headlineSideOffice(
  people: PersonRecord[],
  pinyinOf: readonly boolean[],
  sideTokens: readonly Token[],
  from: number,
  to: number,
  tokens: readonly Token[],
): void {
  let sides: string[] | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.country !== null || p.international || p.bodyOffice) continue;
    const held = p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    if (held.length === 0 || atAnotherTime(p, tokens)) continue;
    sides ??= [
      ...new Set(
        findCountries(sideTokens, from, to)
          .filter((h) => !h.destination)
          .map((h) => h.country),
      ),
    ];
    const fits = sides.filter(
      (c) =>
        (c !== 'China' || pinyinOf[pi]) &&
        !held.some((t) => lacksOffice(c, t)) &&
        !heldByAnother(people, p, c, held, tokens),
    );
    if (fits.length === 1) p.country = fits[0] ?? null;
  }
}

const ENVOY_TO_RE =
  /\b(?:ambassador|envoy|representative|permanent representative|delegate)s? (?:to|at) (?:the )?$/;

/** Whether the body ` un ` in `roleText` is the one an envoy is sent to ("ambassador to the UN"). */
function envoyTo(roleText: string, body: string): boolean {
  const at = roleText.indexOf(body);
  return ENVOY_TO_RE.test(roleText.slice(Math.max(0, at - 40), at + 1));
}

/** Whether the headline names China ("Chinese Premier", "China's", "China-Malaysia"). */
function namesChina(titleDoc: TokenizedText | null, doc: TokenizedText): boolean {
  if (
    titleDoc &&
    findCountries(titleDoc.tokens, 0, titleDoc.tokens.length).some((h) => h.country === 'China')
  )
    return true;
  // A plain scan of the text: cheaper than finding every country of the story.
  return doc.text.includes('China') || doc.text.includes('Chinese');
}

/** The one country whose seat or capital the sentences naming `p` name ("in Washington"), or null. */
function seatOfMentions(
  p: PersonRecord,
  doc: TokenizedText,
  skip: (country: string) => boolean,
): string | null {
  let found: string | null = null;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const [s, e] = doc.sentences[m.sent] ?? [0, 0];
    const c = seatCountry(doc.tokens, s, e, skip);
    if (c === null) continue;
    if (found !== null && found !== c) return null;
    found = c;
  }
  return found;
}

/** The country whose possessive ("Rwanda's", "DR Congo's") ends right before token `at`, or null. */
function possessiveCountryBefore(tokens: readonly Token[], at: number): string | null {
  const pos = tokens[at - 1];
  if (pos?.text !== "'s" && pos?.text !== '’s') return null;
  const hits = findCountries(tokens, Math.max(0, at - 5), at - 1);
  const last = hits[hits.length - 1];
  if (!last) return null;
  // Nothing but the country's own capitalised words between it and the possessive.
  for (let k = last.at; k < at - 1; k++) if (!(tokens[k] as Token).cap) return null;
  return last.country;
}

/** "Japan holds state funeral for …": the one country a headline names (not as a destination), or null. */
function headlineCountry(titleDoc: TokenizedText | null): string | null {
  return titleDoc ? oneCountry(titleDoc.tokens, 0, titleDoc.tokens.length) : null;
}

/**
 * "Hong Kong will increase its bond issuance …" under "HK to sell more bonds" and no dateline: the one country
 * the lede names, or null.
 */
/** The text of the story's first sentence. */
function ledeText(doc: TokenizedText): string {
  const [s0, e0] = doc.sentences[0] ?? [0, 0];
  return e0 > s0 ? doc.text.slice((doc.tokens[s0] as Token).start, (doc.tokens[e0 - 1] as Token).end) : '';
}

function ledeCountry(doc: TokenizedText): string | null {
  const lede = doc.sentences[0];
  return lede ? oneCountry(doc.tokens, lede[0], lede[1]) : null;
}

/** The one country tokens `a`..`b` name (not as a destination), or null. */
function oneCountry(tokens: readonly Token[], a: number, b: number): string | null {
  let found: string | null = null;
  for (const h of findCountries(tokens, a, b)) {
    if (h.destination) continue;
    if (found !== null && found !== h.country) return null;
    found = h.country;
  }
  return found;
}

/** "Prime Minister", "President": a one-holder office written with no country. */
function isBareSingleHolder(role: string): boolean {
  return SINGLE_HOLDER_TITLES.has(bareTitle(role)) && bareTitle(role) === role.toLowerCase();
}

/** Companies' legal forms and the countries whose law has them ("Siemens AG", "Maybank Bhd"). */
const COMPANY_FORMS = new Map<string, string[]>([
  ['ag', ['Germany', 'Switzerland', 'Austria']],
  ['gmbh', ['Germany', 'Austria', 'Switzerland']],
  ['plc', ['United Kingdom', 'Ireland']],
  ['bhd', ['Malaysia']],
  ['spa', ['Italy']],
  ['oyj', ['Finland']],
  ['asa', ['Norway']],
  ['nv', ['Netherlands', 'Belgium']],
  ['bv', ['Netherlands']],
  ['tbk', ['Indonesia']],
]);

/** The countries the legal form ending a company's name in `role` allows, or undefined. */
function companyFormCountries(role: string): string[] | undefined {
  for (const w of role.split(/[\s,]+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const forms = COMPANY_FORMS.get(w.toLowerCase().replace(/\./g, ''));
    if (forms) return forms;
  }
  return undefined;
}

/** Nouns for a company after a nationality: "Chinese firm X", "the South Korean carmaker X". */
const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'giant',
  'maker',
  'carmaker',
  'conglomerate',
  'partner',
]);

/**
 * The country of the body a role names before its title ("Rongsheng Petrochemical" of "Rongsheng Petrochemical
 * Chairman") where the story introduces that body with a country's possessive or a nationality ("China's
 * Rongsheng Petrochemical", "Chinese firm Rongsheng Petrochemical"); else null.
 */
function bodyHomeCountry(role: string, tokens: readonly Token[]): string | null {
  const body: string[] = [];
  for (const w of role.split(/\s+/)) {
    const lower = w.toLowerCase();
    if (
      !/^\p{Lu}/u.test(w) ||
      titleHeads.has(lower) ||
      titleModifiers.has(lower) ||
      departmentWords.has(lower) ||
      honorifics.has(lower)
    )
      break;
    body.push(w);
  }
  const first = body[0];
  // "Chinese Foreign Minister", "Committee Chairman": no body of a name of its own to look for.
  if (first === undefined || wordFlags(first.toLowerCase()) & (DEMONYM | COUNTRY | ORG_HEAD | PLACE_HEAD))
    return null;
  for (let k = 2; k < tokens.length; k++) {
    if ((tokens[k] as Token).text !== first || !body.every((w, q) => tokens[k + q]?.text === w)) continue;
    const before = tokens[k - 1] as Token;
    if (before.text === "'s" || before.text === '’s') {
      const c = countryNames.get((tokens[k - 2] as Token).lower);
      if (c) return c;
    }
    const demonym = COMPANY_NOUNS.has(before.lower) ? tokens[k - 2] : before;
    const c = demonym?.cap ? demonymCountry.get(demonym.lower) : undefined;
    if (c) return c;
  }
  return null;
}

/** Whether a role names a body of its own ("Qualcomm CEO"), beyond title words, departments and places. */
function namesABody(role: string, datelineCity = ''): boolean {
  const words = role.split(/\s+/);
  // "Labour Party leader": a political party is a country's own.
  // "Opposition Social Democrat leader", "Conservative Leader": so is a party named by its members.
  if (words.some((w) => PARTY_WORDS.has(w))) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!/^\p{Lu}/u.test(w)) continue;
    // "Gov. Gen.": an abbreviated title keeps its period.
    const lower = w.toLowerCase().replace(/\.$/, '');
    // "Long Beach Mayor": a city of two words is a place, not a body.
    const next = words[i + 1];
    if (next !== undefined && /^\p{Lu}/u.test(next) && cityNames.has(`${lower} ${next.toLowerCase()}`)) {
      i++;
      continue;
    }
    const f = wordFlags(lower);
    if (
      titleHeads.has(lower) ||
      titleModifiers.has(lower) ||
      departmentWords.has(lower) ||
      honorifics.has(lower) ||
      rankAbbreviations.has(lower)
    )
      continue;
    // "Asheville Mayor" under "ASHEVILLE, N.C. (AP) —": the dateline's city is a place, known or not.
    if (f & (DEMONYM | COUNTRY | CITY | REGION) || lower === datelineCity) continue;
    // "Outgoing Chancellor", "Committee Chairman", "House Speaker": a time word, or a body named only by its kind,
    // names no body of its own.
    if (OFFICE_TIME_WORDS.includes(lower) || f & (ORG_HEAD | PLACE_HEAD)) continue;
    return true;
  }
  return false;
}

/** "Kenyan scholar", "Egyptian experts": a nationality describing someone the story quotes. */
const DESCRIBED_RE =
  /\b([A-Z][a-z]+)\s+(?:scholars?|experts?|analysts?|officials?|diplomats?|professors?|researchers?|economists?|journalists?|lawmakers?|politicians?|entrepreneurs?|businessman|businesswoman|athletes?|artists?|students?)\b/g;

/** Lower-case verbs of a headline's meeting: "Wang Yi meets Min Aung Hlaing in Nay Pyi Taw". */
const HEADLINE_MEETING = new Set([
  'meets',
  'met',
  'holds',
  'hosts',
  'receives',
  'calls',
  'visits',
  'greets',
  'welcomes',
]);

/** What a person's possessive in a headline names: a journey or words of theirs, not a firm's or a place's. */
const PERSONAL_AFTER = new Set(['trip', 'visit', 'tour', 'remarks', 'comments', 'resignation', 'arrival']);

/**
 * "Putin, Tokayev hold video talks ahead of Lavrov's trip to Astana": a surname the story never repeats, known as
 * no word, place or body, with a possessive of a journey or of words, is a person the headline cites (not a
 * participant of the event reported).
 */
function headlineSurname(
  tokens: readonly Token[],
  at: number,
  doc: TokenizedText,
  people: PersonRecord[],
  notPeople: Set<string>,
): void {
  const t = tokens[at] as Token;
  const own = tokens[at + 1];
  if ((own?.text !== "'s" && own?.text !== '’s') || !PERSONAL_AFTER.has(tokens[at + 2]?.lower ?? '')) return;
  const key = t.lower;
  if (isCommonWord(key) || isKnownPlaceOrOrg(key) || notPeople.has(key) || demonymCountry.has(key)) return;
  if (people.some((p) => p.tokens.includes(t.text))) return;
  // A word the story itself uses is not a name it leaves out.
  for (const d of doc.tokens) if (d.lower === key) return;
  const p = newPerson(t.text, null);
  p.titleMention = at;
  p.titleCited = true;
  people.push(p);
}

/** The countries other than China that the lede names: the foreign sides of a Chinese outlet's story. */
function ledeForeignCountries(doc: TokenizedText): Set<string> {
  const [s0, e0] = doc.sentences[0] ?? [0, 0];
  const foreign = new Set(findCountries(doc.tokens, s0, e0).map((h) => h.country));
  foreign.delete('China');
  return foreign;
}

/** Plural verbs after a headline's list of sides: "Xi, Putin meet in Kazan", "Presidents A, B hold talks". */
const HEADLINE_LIST_VERBS = new Set([
  'meet',
  'hold',
  'talk',
  'sign',
  'discuss',
  'agree',
  'pledge',
  'vow',
  'hail',
]);

/**
 * "Xi, Putin meet in Kazan", "Presidents Tokayev, Mirziyoyev hold talks": headlines list the sides of a meeting
 * with commas and no "and". Under a shared plural title, or beside a person of the story, a listed name the story
 * does not give is a person of the headline (with the title's role and, if it is the one such name, the one foreign
 * country of the lede, as for the other headline-only sides); a listed person of the story with no role takes the
 * title's.
 */
function findHeadlineList(
  title: TokenizedText,
  doc: TokenizedText,
  people: PersonRecord[],
  notPeople: Set<string>,
): void {
  const tokens = title.tokens;
  for (let v = 3; v < tokens.length; v++) {
    const verb = tokens[v] as Token;
    if (verb.cap || !HEADLINE_LIST_VERBS.has(verb.lower)) continue;
    const items: { start: number; end: number }[] = [];
    for (let e = v; ;) {
      let s = e;
      while (s > 0 && tokens[s - 1]?.cap && tokens[s - 1]?.word) s--;
      if (s === e) break;
      items.unshift({ start: s, end: e });
      if (tokens[s - 1]?.text !== ',') break;
      e = s - 1;
    }
    if (items.length < 2) return;
    const opening = items[0] as { start: number; end: number };
    const role =
      opening.end - opening.start > 1 ? singularTitle((tokens[opening.start] as Token).text) : null;
    if (role !== null) opening.start++;
    const listed: (PersonRecord | null)[] = items.map((item) => {
      const words = tokens.slice(item.start, item.end).map((t) => t.text);
      return people.find((p) => words.every((w) => p.tokens.includes(w))) ?? null;
    });
    if (role === null && listed.every((p) => p === null)) return;
    const foreign = ledeForeignCountries(doc);
    for (const p of listed) if (p?.country) foreign.delete(p.country);
    const created: PersonRecord[] = [];
    items.forEach((item, i) => {
      const known = listed[i];
      if (known) {
        if (role !== null && known.roles.length === 0) known.roles.push(role);
        return;
      }
      const words = tokens.slice(item.start, item.end);
      const surface = words.map((t) => t.text).join(' ');
      const key = normKey(surface);
      if (notPeople.has(key) || isKnownPlaceOrOrg(key) || countryNames.has(key) || demonymCountry.has(key))
        return;
      if (words.length === 1 && isCommonWord(key)) return;
      if (words.some((t) => people.some((p) => p.tokens.includes(t.text)))) return;
      const p = newPerson(surface, null);
      if (role !== null) p.roles.push(role);
      p.titleMention = item.start;
      people.push(p);
      created.push(p);
    });
    // The lede's one foreign country is the side of one new name, not of two.
    const only = created.length === 1 ? created[0] : undefined;
    if (only && foreign.size === 1) {
      only.country = [...foreign][0] ?? null;
      only.countrySettled = true;
    }
    return;
  }
}

/**
 * The sides of a meeting that the headline names and the story only describes ("the visiting Chinese foreign
 * minister … the Myanmar leader"): a name-shaped run of two words or more right before or after a lower-case
 * meeting verb (or after "talks with"), that is no known place or organisation and shares no word with a person
 * of the story. A Chinese-romanised name is left to the country rules; another takes the one foreign country of
 * the lede, if there is one.
 */
function findHeadlineOnlyPeople(
  title: TokenizedText,
  doc: TokenizedText,
  people: PersonRecord[],
  notPeople: Set<string>,
): void {
  const tokens = title.tokens;
  for (const run of capitalRuns(tokens)) {
    const bare = bareName(tokens, run);
    if (bare && bare.end - bare.start === 1) {
      headlineSurname(tokens, bare.start, doc, people, notPeople);
      continue;
    }
    if (!bare || bare.end - bare.start < 2) continue;
    const before = tokens[bare.start - 1];
    const after = tokens[bare.end];
    const subject = after !== undefined && !after.cap && HEADLINE_MEETING.has(after.lower);
    const object =
      before !== undefined && !before.cap && (HEADLINE_MEETING.has(before.lower) || before.lower === 'with');
    if (!subject && !object) continue;
    const words = tokens.slice(bare.start, bare.end);
    const surface = words.map((t) => t.text).join(' ');
    const key = normKey(surface);
    if (notPeople.has(key) || isKnownPlaceOrOrg(key)) continue;
    const pinyin = isPinyinName(surface);
    let unknown = 0;
    for (const t of words) if (!isCommonWord(t.lower)) unknown++;
    if (!pinyin && !looksLikeFirstName(words[0] as Token) && unknown < 2) continue;
    if (people.some((p) => words.some((t) => p.tokens.includes(t.text)))) continue;
    let country: string | null = null;
    if (!pinyin) {
      const foreign = ledeForeignCountries(doc);
      if (foreign.size === 1) country = [...foreign][0] ?? null;
    }
    const p = newPerson(surface, null);
    p.country = country;
    p.countrySettled = country !== null;
    p.titleMention = bare.start;
    people.push(p);
  }
}
