// Finding the people a story names: each capitalised run read as a person, a title, a place or an organisation, with
// the roles and relations written around it.
import type { Knowledge, KnownPerson } from '../../common/dataset.ts';
import {
  BECOMES,
  STAYS,
  SUCCESSION,
  WAS_WERE_IS,
  listedBeforeTitledName,
  replacedInOffice,
  sharedAppositive,
  preposedRole,
  afterFrontedClause,
} from './appositive.ts';
import { PRONOUNS } from './coreference.ts';
import { datelineCity, datelineCountry, isPinyinName } from './countries.ts';
import {
  TAKE_FORMS,
  HAND_FORMS,
  LED_HEADED,
  TITLE_LINK_WORDS,
  CLAUSE_CLOSERS,
  cityNames,
  countryNames,
  demonymCountry,
  femaleNames,
  actorNouns,
  firstNames,
  maleNames,
  orgHeads,
  placeHeads,
  verbWords,
} from './lexicon.ts';
import {
  japaneseFamilyFirst,
  japaneseGivenFirst,
  japaneseWomanByTown,
  koreanShaped,
  vietnameseShaped,
} from './name-shapes.ts';
import {
  bareName,
  bodyTitledRun,
  capitalRuns,
  initialledSurname,
  isKnownPlaceOrOrg,
  looksLikeFirstName,
  FILIATIONS,
  BODY_OR_TEXT_HEADS,
  NAME_PARTICLES,
  POSSESSIVE_MARKS,
  POSSESSIVE_S,
  nameWords,
  rankingBefore,
  regnalName,
  splitTitledRun,
  timedTitle,
  titlePrefixStart,
  portfolioConjunctStart,
  infinitiveVerbAt,
  lowerTitleStart,
  titleQualifierStart,
  type Run,
  type TitledName,
} from './names.ts';
import { bareTitle, SPOUSE_TITLES } from './one-holder-offices.ts';
import { mergePatronymicAddresses } from './patronymics.ts';
import { knownByKey, PeopleFinder } from './people-finder.ts';
import {
  MEMORIALS,
  PERSON_STATES,
  PERSON_OBJECT_VERBS,
  PERSON_VERBS,
  undergoes,
  describedPersonBefore,
  NOT_NAME_WORDS,
  nonPersonNoun,
  SPEECH_AFTER,
  COUNTERPART,
  OWNERS,
  OFFICE_RELATIONS,
  PREPOSED_RELATIONS,
  appositiveRoleAfter,
  asRoleAfter,
  relationAfter,
  agedAfter,
  apposedSpeaker,
  actsAlone,
  identifiedAs,
  interviewerOwned,
  surnameTitleName,
  relationJustBefore,
  rivalBefore,
  secondRivalBefore,
  fromCountry,
  RULE_NOUNS,
  sentenceDescriptor,
  namesGrouping,
  diedAfter,
  listedAmongPeople,
  listedInDelegation,
  listedBeforeOthers,
  metBefore,
  presentListBefore,
  playedPart,
  saintsVenue,
  constituencyOf,
  counterpartsCommaBefore,
} from './person-cues.ts';
import {
  type Mention,
  type PersonRecord,
  NameEdges,
  personNameWords,
  normKey,
  addRole,
  roleIndex,
  roleText,
} from './person-record.ts';
import { envoyPostBeforeName, titleBeforePlace } from './place-titles.ts';
import { pluralGroupNear, type PluralTitleGroup } from './plural-titles.ts';
import { fullNamesFromQuotes } from './quoted-names.ts';
import {
  HINDI_STYLES,
  femaleWords,
  honorifics,
  isOccupation,
  maleWords,
  relationWords,
  personalTies,
  titleHeads,
  titleModifiers,
  departmentWords,
  STYLES,
  STYLE_ABBREVIATIONS,
  SHEIKH_STYLES,
  rankAbbreviations,
} from './roles.ts';
import { CONTEST_VERBS, opponentBefore } from './sport-cues.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import {
  CITY,
  COMMON_WORD,
  COUNTRY,
  DEMONYM,
  FUNCTION_WORD,
  MONTH,
  ORG_HEAD,
  PLACE_HEAD,
  REGION,
  TITLE_HEAD,
  tokenFlags,
  WEEKDAY,
} from './word-classes.ts';
import { YEAR } from './years.ts';

/**
 * "Osman, who is on a visit to Qatar, is accompanied by his wife, Dr X": the relative (starting at `at`, after
 * "his/her <relation>,") of the last person named before in the sentence; -1 when there is none.
 */
function pronounRelative(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  self: number,
): number {
  // "His eldest son, King X,", "her younger sister, Y,": past an adjective of age between the possessive and the relation;
  // "his former wife, Y," past one of time.
  const aged =
    KIN_AGES.has(tokens[at - 3]?.lower ?? '') || KIN_TIMES.has(tokens[at - 3]?.lower ?? '') ? 1 : 0;
  const own = tokens[at - 3 - aged]?.lower;
  if (tokens[at - 1]?.text !== ',' || (own !== 'his' && own !== 'her')) return -1;
  if (!PREPOSED_RELATIONS.has(tokens[at - 2]?.lower ?? '')) return -1;
  // "… buried King X. His eldest son, King Y, received …": a sentence that opens with a family relation names the one
  // last named a sentence or two before ("Her successor, Chancellor Y," names no one's office that way).
  const opener = relationWords.has(tokens[at - 2]?.lower ?? '') ? at - 3 - aged : -1;
  return lastNamedHereOrBefore(tokens, mentions, at, opener, self);
}

/**
 * "… where the couple were joined by their older daughter, X," after "President A Obama and first lady B Obama": the
 * relative ("their <relation>, X") of the family named before, the most recent person named before `at` whose family
 * name another person named before also bears; -1 when no two named before share one.
 */
function familyRelative(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  at: number,
  self: number,
): number {
  const aged = KIN_AGES.has(tokens[at - 3]?.lower ?? '') ? 1 : 0;
  if (tokens[at - 1]?.text !== ',' || tokens[at - 3 - aged]?.lower !== 'their') return -1;
  if (!relationWords.has(tokens[at - 2]?.lower ?? '')) return -1;
  const families = new Map<string, Set<number>>();
  let last = -1;
  let lastStart = -1;
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.person === self || m.start >= at) continue;
    const q = people[m.person];
    const family = q && q.tokens.length > 1 ? q.tokens[q.tokens.length - 1] : undefined;
    if (!family) continue;
    const members = families.get(family) ?? new Set<number>();
    members.add(m.person);
    families.set(family, members);
    if (members.size > 1 && m.start > lastStart) {
      last = m.person;
      lastStart = m.start;
    }
  }
  return last;
}

/**
 * "Issued by: Ana Ruiz" closing a party's or a ministry's statement: the one who signs it, at its line's start (a
 * colon may follow "by").
 */
function issuedBy(tokens: readonly Token[], start: number): boolean {
  const k = tokens[start - 1]?.text === ':' ? start - 2 : start - 1;
  const issued = tokens[k - 1];
  return (
    tokens[k]?.lower === 'by' &&
    issued !== undefined &&
    issued.lower === 'issued' &&
    issued.cap &&
    opensSentence(tokens, k - 1)
  );
}

/**
 * "Issued by: X" then, on a line of its own, "Secretary General": the end of that title line (capitalised words
 * with a title head, the whole sentence after the signer's), or -1.
 */
function titleLineAfterSigner(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[end];
  if (!first?.first || first.sent === tokens[start]?.sent || !issuedBy(tokens, start)) return -1;
  let j = end;
  let head = false;
  for (; j < end + 6 && tokens[j]?.sent === first.sent; j++) {
    const t = tokens[j] as Token;
    if (!t.word || (!t.cap && !TITLE_JOINERS.has(t.lower))) return -1;
    if (titleHeads.has(t.lower)) head = true;
  }
  return head && tokens[j]?.sent !== first.sent ? j : -1;
}

/** "his former wife", "her late husband": a relation of another time, still the possessor's relative. */
const KIN_TIMES: ReadonlySet<string> = new Set(['former', 'late']);
/** Adjectives of age or descent between a possessive and a relation: "his eldest son", "her half brother". */
const KIN_AGES: ReadonlySet<string> = new Set([
  'eldest',
  'oldest',
  'elder',
  'older',
  'youngest',
  'younger',
  'half',
]);

/** Whether token `at` opens its sentence, past an opening quotation mark. */
function opensSentence(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || before.sent !== tokens[at]?.sent) return true;
  const first = tokens[at - 2];
  return (before.text === '"' || before.text === '“') && (!first || first.sent !== before.sent);
}

/** The last person other than `self` named (not by a pronoun) in the two sentences before `sent`; -1 if none. */
function lastNamedEarlier(mentions: readonly Mention[], sent: number, self: number): number {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.sent >= sent) continue;
    if (m.sent < sent - 2) return -1;
    if (m.kind !== 'pronoun' && m.person !== self) return m.person;
  }
  return -1;
}

/**
 * The last person other than `self` named before token `at` in its sentence; failing that, when the sentence opens at
 * token `opener` (-1: never), the last one named in the two sentences before. -1 when there is none.
 */
function lastNamedHereOrBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  opener: number,
  self: number,
): number {
  const before = lastNamedBefore(tokens, mentions, at, self);
  if (before >= 0 || opener < 0 || !opensSentence(tokens, opener)) return before;
  return lastNamedEarlier(mentions, (tokens[at] as Token).sent, self);
}

/** The last person other than `self` named before token `at` in its sentence; -1 when there is none. */
function lastNamedBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  self: number,
): number {
  const sent = (tokens[at] as Token).sent;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.sent !== sent || m.start >= at) continue;
    if (m.kind !== 'pronoun' && m.person !== self) return m.person;
  }
  return -1;
}

/**
 * "X, a modest man who admired Y, is survived by his sons, …": the one survived is the sentence's first person
 * named, not the last one before the possessive; -1 without "survived by" before the relation at `at`.
 */
function survivorOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  self: number,
): number {
  const sent = (tokens[at] as Token).sent;
  let k = at - 1;
  while (tokens[k]?.sent === sent && !(tokens[k]?.lower === 'by' && tokens[k - 1]?.lower === 'survived')) k--;
  if (tokens[k]?.sent !== sent) return -1;
  const first = mentions.find((m) => m.sent === sent && m.kind !== 'pronoun' && m.person !== self);
  return first !== undefined && first.start < k ? first.person : -1;
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

/** The words of a style of address before a title ("His Royal Highness", "Her Majesty"). */
const STYLE_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'royal', ...STYLES]);
/** "Hon.", "Honourable": the style of a legislator or a minister, before a title too ("Rt Hon President X"). */
const HONOURABLE: ReadonlySet<string> = new Set(['hon', 'honorable', 'honourable']);
const GOVERNMENTS = new Set(['government', 'administration', 'cabinet']);

/**
 * "Chief Adviser of Bangladesh's interim government Rafiq Hossain": where a capitalised title, "of", a country's
 * possessive and up to three lower-case words ending in "government" come right before the name at `at`, the
 * title's first token; else -1.
 */
function governmentTitleStart(tokens: readonly Token[], at: number): number {
  let k = at - 2;
  while (k > at - 5 && tokens[k] && !(tokens[k] as Token).cap && (tokens[k] as Token).word) k--;
  if (!POSSESSIVE_S.has(tokens[k]?.text ?? '')) return -1;
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

/**
 * "Pandu X Y and Deputy Trade Minister Z W were appointed": whether a capitalised title (up to five words, one of
 * them a title head, the first a title's head or modifier, no comma) runs from `at` to the start of a found person's
 * mention, so that an unknown name before "and" is listed beside that person as it would be beside "Z W" alone.
 */
function titledNameAt(tokens: readonly Token[], at: number, starts: ReadonlySet<number>): boolean {
  const first = tokens[at];
  if (!first || !(titleHeads.has(first.lower) || titleModifiers.has(first.lower))) return false;
  let head = false;
  for (let k = at; k < at + 6; k++) {
    const t = tokens[k];
    if (!t?.cap || !t.word) return false;
    if (starts.has(k)) return head;
    if (titleHeads.has(t.lower)) head = true;
  }
  return false;
}

/**
 * "X remains Minister of A, Y Z Minister of B, and …": a list of appointments that states its verb once. A run
 * after a comma (or "and") of a name of two to four words and a title whose head word an earlier item of the
 * sentence put right after "<Name> remains" (becomes, is …): the title head's index; else -1.
 */
function gappedAppointment(tokens: readonly Token[], run: Run): number {
  const first = tokens[run.start] as Token;
  const before = tokens[run.start - 1];
  if (before?.text !== ',' && before?.lower !== 'and') return -1;
  let h = run.start;
  while (h < run.end && !titleHeads.has((tokens[h] as Token).lower)) h++;
  if (h >= run.end || h - run.start < 2 || h - run.start > 4 || NOT_NAME_WORDS.has(first.lower)) return -1;
  // Name-shaped: a given name the lexicon knows, or no English word in it.
  let common = false;
  for (let k = run.start; k < h; k++) if (tokenFlags(tokens[k] as Token) & COMMON_WORD) common = true;
  if (common && !looksLikeFirstName(first)) return -1;
  const head = (tokens[h] as Token).lower;
  for (let k = run.start - 2; k > 0 && tokens[k]?.sent === first.sent; k--) {
    const t = tokens[k] as Token;
    if (
      (STAYS.has(t.lower) || BECOMES.has(t.lower) || WAS_WERE_IS.has(t.lower)) &&
      tokens[k + 1]?.cap &&
      tokens[k + 1]?.lower === head &&
      tokens[k - 1]?.cap
    )
      return h;
  }
  return -1;
}

/** Countries whose rulers' families are styled "Sheikh", and their peoples. */
const SHEIKHDOMS = new Set([
  'qatar',
  'qatari',
  'kuwait',
  'kuwaiti',
  'bahrain',
  'bahraini',
  'uae',
  'emirati',
  'emirates',
]);

/**
 * A story filed from Bangladesh, or one that names Bangladesh and no state whose royals are styled "Sheikh": there
 * "Sheikh" opens a name ("Sheikh Nasrin", not a Gulf royal's "Sheikh Fahad").
 */
/** The head words of a sea's or a region's name, which a lower-case title can be "for" ("spokesperson for the … Sea"). */
const REGION_HEADS = new Set(['sea', 'ocean', 'strait', 'gulf', 'bay', 'peninsula', 'region']);

/**
 * "spokesperson for the West Philippine Sea Commodore X": where a title run after "<title> for the" (or "of the")
 * starts with a sea's or a region's name and ends in a title head, the token where that head's title starts; else -1.
 */
const RANK_OPENERS = [titleHeads, titleModifiers, rankAbbreviations];
function rankAfterRegion(tokens: readonly Token[], titleStart: number, titleEnd: number): number {
  if (tokens[titleStart - 1]?.lower !== 'the') return -1;
  const prep = tokens[titleStart - 2]?.lower;
  const owner = tokens[titleStart - 3];
  if ((prep !== 'for' && prep !== 'of') || !owner || owner.cap || !titleHeads.has(owner.lower)) return -1;
  for (let k = titleStart + 1; k <= titleEnd; k++)
    if (REGION_HEADS.has((tokens[k - 1] as Token).lower) && (tokens[k - 1] as Token).cap)
      return RANK_OPENERS.some((words) => words.has((tokens[k] as Token).lower)) ? k : -1;
  return -1;
}

/** Whether a name links a lineage the Arab way ("bin Rashid", "Al Thani", "al-Sabah"): a Gulf royal's name. */
function arabLineage(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'bin' || w === 'bint' || w === 'ibn' || w === 'al' || w.startsWith('al-')) return true;
  }
  return false;
}

function bangladeshiStory(tokens: readonly Token[], datelinePlace: string): boolean {
  if (datelineCountry(datelinePlace) === 'Bangladesh') return true;
  let named = false;
  for (const t of tokens) {
    if (SHEIKHDOMS.has(t.lower)) return false;
    if (t.lower === 'bangladesh' || t.lower === 'bangladeshi') named = true;
  }
  return named;
}

export function findPeople(
  doc: TokenizedText,
  knowledge: Knowledge,
  notPeople: Set<string>,
  people: PersonRecord[],
  mentions: Mention[],
  datelinePlace = '',
): void {
  const { tokens } = doc;
  const known = knownByKey(knowledge);
  const f = new PeopleFinder(doc, people, mentions);
  // The main loop below only adds mentions (by push), so one index of them serves it throughout.
  const names = new NameEdges(mentions);

  /** Whether the story is Bangladeshi (read once, at its first lone "Sheikh X"). */
  let bangladeshi: boolean | undefined;
  /** Names this story gives to animals, vessels or works ("pandas Yun Chuan"): never people here. */
  const notPersonHere = new Set<string>();
  // "Bandar Seri Begawan, Sep 4 (PTI) … flights between Bandar Seri Begawan and Chennai": the place the dateline
  // names is a place in its story, known to the gazetteer or not ("ASTANA, Kazakhstan": the part before the comma).
  const city = datelineCity(datelinePlace);
  if (city) notPersonHere.add(normKey(city));
  /** Unknown name-shaped runs with no evidence of their own: people if listed beside a person. */
  const listed: { start: number; end: number; surface: string; key: string }[] = [];
  /** Unknown one-word runs ("Zielarski"), and whether they act as a person there ("Zielarski, 42, …"). */
  const lone: { at: number; acts: boolean }[] = [];
  /** Mid-sentence runs of a common word and unknown ones ("Leo Brannagh"): a full name if a person's lone word ends them. */
  const loose: { start: number; end: number; surface: string; key: string }[] = [];
  /** Runs with an English word in them ("Tone Vik", "Sigrid Sand") set off by commas: people if listed beside one. */
  const wordyListed: { start: number; end: number; surface: string; key: string }[] = [];
  /** The shared plural title being read ("Foreign Ministers Zhao Lin and Pavel Sorokin"), and where to look next. */
  let group: PluralTitleGroup | null = null;
  let pluralFrom = 0;
  for (const run of capitalRuns(tokens)) {
    if (group === null || group.end <= run.start) {
      group = pluralGroupNear(tokens, doc.text, run, pluralFrom);
      pluralFrom = Math.max(run.end, group?.end ?? 0);
    }
    // "Foreign Ministers Zhao Lin and Pavel Sorokin": the runs of a shared plural title and its names, read once.
    if (group && run.start < group.end && run.end > group.start) {
      addPluralGroup(f, group, known, notPeople);
      continue;
    }
    // "the actor who played Lord X": a part in a work.
    if (playedPart(tokens, run.start)) continue;
    if (saintsVenue(tokens, run)) continue;
    const titled = splitTitledRun(tokens, run) ?? bodyTitledRun(tokens, run);
    if (titled) {
      const { nameEnd } = titled;
      let { nameStart } = titled;
      // "the fall of Sheikh Nasrin's government" in a story from Dhaka, "her father, Sheikh Rafiqur Alam": "Sheikh"
      // before a Bangladeshi name is part of it, not a Gulf royal's style (one with "bin" or "Al" keeps the style);
      // after a title too, once a style stood between ("Father of the Nation Bangabandhu Sheikh X").
      if (
        (nameEnd - nameStart === 1 || !arabLineage(tokens, nameStart, nameEnd)) &&
        (titled.titleEnd < titled.titleStart
          ? nameStart - 1 >= titled.titleStart
          : nameStart - 2 > titled.titleEnd) &&
        SHEIKH_STYLES.has(tokens[nameStart - 1]?.lower ?? '') &&
        (bangladeshi ??= bangladeshiStory(tokens, datelinePlace))
      )
        nameStart--;
      // "the General Elections Commission": a one-word "name" after a title, before a body's head word in the same
      // run, names the body.
      const bodyHead = tokens[nameEnd];
      if (nameEnd - nameStart === 1 && nameEnd < run.end && bodyHead && tokenFlags(bodyHead) & ORG_HEAD)
        continue;
      // "the General Elections", "as Chief Guest": a lone adjective title and one noun are a phrase, no one named.
      if (adjectiveTitlePhrase(tokens, titled)) continue;
      // "Chairman Joint Chiefs of Staff Committee General X": a title head's plural before "of" names a board.
      if (boardOfHolders(tokens, nameStart, nameEnd)) continue;
      // "Egyptian General Intelligence chief Minister X": a title's own word before a lower-case head ("chief")
      // belongs to a role, not to a name.
      if (
        nameEnd - nameStart === 1 &&
        titleModifiers.has((tokens[nameStart] as Token).lower) &&
        titleHeadAt(tokens, nameEnd)
      )
        continue;
      // Anything after the name in the same run (e.g. a place) is ignored.
      let surface = f.span(nameStart, nameEnd);
      let key = normKey(surface);
      if (notPeople.has(key)) continue;
      // "Mrs. John F. Harlow": a wife named by her husband's name is not he.
      if (!known.has(key) && husbandsName(tokens, nameStart, nameEnd)) continue;
      let idx = f.resolveExisting(nameStart, nameEnd, key);
      // "Edna X, the mother of President X,": the titled namesake a person is set off as kin of is
      // someone else.
      if (idx >= 0 && kinOfSelf(tokens, names, titled.titleStart, idx)) {
        const kin = idx;
        idx = f.addNamesake(surface, key);
        (people[idx] as PersonRecord).relativeOf = kin;
      }
      // "President Nixon" after "First lady Pat Nixon": a first lady's surname under a head of state's or government's
      // title names her spouse, someone else.
      if (
        idx >= 0 &&
        nameEnd - nameStart === 1 &&
        SPOUSES_OFFICES.has(tokens[nameStart - 1]?.lower ?? '') &&
        (people[idx] as PersonRecord).tokens.length > 1 &&
        (people[idx] as PersonRecord).roles.some((r) => SPOUSE_TITLES.has(bareTitle(r)))
      ) {
        // "First Lady Ann Grady … President Tom Grady … President Grady": the spouse already named in full.
        const spouse = people.findIndex(
          (q, j) => j !== idx && q.tokens.length > 1 && q.tokens[q.tokens.length - 1] === surface,
        );
        idx = spouse >= 0 ? spouse : f.addNamesake(surface, key);
      }
      // "Emir Sheikh Fahad" after "Emir Sheikh Fahad bin Nasser Al Mansouri": the name without the honorific.
      if (idx < 0 && honorifics.has((tokens[nameStart] as Token).lower) && nameEnd - nameStart > 1) {
        const bareKey = normKey(f.span(nameStart + 1, nameEnd));
        idx = f.resolveExisting(nameStart + 1, nameEnd, bareKey);
        if (idx >= 0) {
          nameStart++;
          surface = f.span(nameStart, nameEnd);
          key = bareKey;
        }
      }
      // "Gregory, the former Cardinal X of Boston, …": the name a person bore before (a pope's, a king's).
      if (idx < 0 && !known.has(key)) idx = formerNameOwner(tokens, names, titled.titleStart, nameEnd);
      if (idx < 0) idx = f.addPerson(surface, key, known.get(key));
      f.mention(idx, nameStart, nameEnd, surface, key);
      const p = people[idx] as PersonRecord;
      // Title: the run part up to the head, plus lower-case words before it ("former", "first").
      let prefix = titlePrefixStart(tokens, portfolioConjunctStart(tokens, titled.titleStart));
      // "His Royal Highness Prince X", "His Holiness Pope Y": the style of address is no part of the title.
      // "Royal" only before a style ("His Royal Highness"): "Royal Navy Captain X" keeps the service's name.
      while (
        prefix < titled.titleEnd &&
        STYLE_WORDS.has((tokens[prefix] as Token).lower) &&
        ((tokens[prefix] as Token).lower !== 'royal' || STYLES.has(tokens[prefix + 1]?.lower ?? ''))
      )
        prefix++;
      // "Rt Hon President X", "Hon. Speaker Y": nor is a legislator's or a minister's style.
      if (tokens[prefix]?.lower === 'rt' && tokens[prefix + 1]?.lower === 'hon') prefix++;
      if (prefix < titled.titleEnd && HONOURABLE.has((tokens[prefix] as Token).lower)) {
        prefix++;
        if (tokens[prefix]?.text === '.') prefix++;
      }
      // "Coast Guard spokesperson for the West Philippine Sea Commodore X": the sea a lower-case title is "for" closes
      // that title, and the rank after it is the name's own.
      const rank = rankAfterRegion(tokens, titled.titleStart, titled.titleEnd);
      if (rank > 0) {
        f.addTitleRoles(p, titlePrefixStart(tokens, titled.titleStart - 2), rank);
        f.addTitleRoles(p, rank, titled.titleEnd + 1);
      } else f.addTitleRoles(p, prefix, titled.titleEnd + 1);
      // "His lead counsel, Tan Sri X, told …", "the Chief Judge of Edo, Justice Y,": a role set off by commas before
      // an honorific or a title.
      // "… signed by the President of the Adeyemi Group, Alhaji Musa Adeyemi.": the sentence's end closes it too.
      const closer = tokens[nameEnd];
      const pre =
        closer === undefined ||
        closer.text === ',' ||
        closer.text === '.' ||
        // "Taking part were the Emir of Qatar, Sheikh X; the Crown Prince of Kuwait, Sheikh Y; …".
        closer.text === ';' ||
        closer.sent !== (tokens[nameStart] as Token).sent;
      // "after the founding prime minister, the late Mr X,": the comma before "the late" (or "the former") and a style.
      let commaAt =
        prefix < titled.titleStart &&
        tokens[prefix - 1]?.lower === 'the' &&
        tokens[prefix - 2]?.text === ',' &&
        !(tokens[prefix] as Token).cap
          ? prefix - 2
          : titled.titleStart - 1;
      // "the President of France, H.E. Mr. X,": "His Excellency", abbreviated before the honorific, is no role.
      while (commaAt > 0 && honorifics.has((tokens[commaAt] as Token).lower)) commaAt--;
      // "The Prime Minister, Shri X interacted with …": an Indian release's style after the comma, and the verb with
      // no comma before it; the role opens the sentence.
      const styledVerb =
        !pre &&
        closer !== undefined &&
        closer.word &&
        !closer.cap &&
        closer.lower !== 'and' &&
        closer.lower !== 'or' &&
        INDIAN_STYLES.has(tokens[titled.titleStart]?.lower ?? '') &&
        tokens[commaAt]?.text === ',';
      let preRole = pre || styledVerb ? preposedRole(tokens, commaAt) : null;
      if (styledVerb && preRole) {
        const first = tokens[preRole.start - 1]?.lower === 'the' ? preRole.start - 1 : preRole.start;
        if (tokens[first - 1]?.sent === (tokens[first] as Token).sent && !afterFrontedClause(tokens, first))
          preRole = null;
      }
      // "… were X, Myanmar's Union Minister for Foreign Affairs, Chinese Ambassador Y, and …": before a name with its
      // own title, a role that follows a comma is the earlier name's appositive, not this one's.
      let opener = preRole ? preRole.start - 1 : -1;
      if (DETERMINERS.has(tokens[opener]?.lower ?? '')) opener--;
      // ("According to the statement, Pakistan's Director General …, Maj Gen X, and …": the comma that closes an
      // opening clause lists no one.)
      const listed =
        titled.titleEnd >= titled.titleStart &&
        tokens[opener]?.text === ',' &&
        !afterFrontedClause(tokens, opener + 1);
      if (preRole && !listed) f.addTitleRoles(p, preRole.start, preRole.end);
      if (p.relativeOf < 0) p.relativeOf = pronounRelative(tokens, mentions, titled.titleStart, idx);
      if (p.relativeOf < 0) p.relativeOf = possessedRelative(tokens, people, names, titled.titleStart, idx);
      if (p.relativeOf < 0) p.relativeOf = describedRelative(tokens, people, titled.titleStart, idx);
      // "accompanied by his spouse Dr. X": a relation right before a style read as the title; "his" stands for the one
      // last named in the sentence, if any.
      const relation = tokens[titled.titleStart - 1];
      if (
        relation &&
        !relation.cap &&
        relationWords.has(relation.lower) &&
        !COUNTERPART.has(relation.lower) &&
        /^h(?:is|er)$/.test(tokens[titled.titleStart - 2]?.lower ?? '')
      ) {
        p.relation ??= relation.lower;
        if (p.relativeOf < 0) p.relativeOf = lastNamedBefore(tokens, mentions, titled.titleStart - 2, idx);
      }
      f.attachRolesAfter(idx, nameEnd);
      continue;
    }
    // "X remains Minister of A, Y Z Minister of B": the name, then the title it holds, in one run.
    const gapped = gappedAppointment(tokens, run);
    if (gapped >= 0) {
      const surface = f.span(run.start, gapped);
      const key = normKey(surface);
      if (notPeople.has(key) || notPersonHere.has(key)) continue;
      let idx = f.resolveExisting(run.start, gapped, key);
      if (idx < 0) idx = f.addPerson(surface, key, known.get(key));
      f.mention(idx, run.start, gapped, surface, key);
      f.addTitleRoles(people[idx] as PersonRecord, gapped, run.end);
      continue;
    }
    const bare =
      listedOddName(tokens, run) ??
      bareName(tokens, run) ??
      surnameTitleName(tokens, run) ??
      kinInList(tokens, run) ??
      // "the Japanese ambassador to China Kenji Mori": a run that opens with the country of an envoy's post.
      (run.end - run.start >= 3 && envoyPostBeforeName(tokens, run.start, run.end) ? { ...run } : null);
    // "… to international organizations in Vienna Oleg Markin said": a city after a preposition, right before a
    // first name and a surname, ends a lower-case title; the name is the rest.
    let placeTitle = -1;
    let envoyPost = false;
    if (bare && bare.end - bare.start >= 3) {
      const place = tokens[bare.start] as Token;
      // "Germany's ambassador in Astana Otto Brandt": where the envoy is posted, then the name.
      const post = envoyPostBeforeName(tokens, bare.start, bare.end);
      if (post) {
        placeTitle = post.titleStart;
        bare.start = post.nameStart;
        envoyPost = true;
      } else if (
        PLACE_PREPOSITIONS.has(tokens[bare.start - 1]?.lower ?? '') &&
        cityNames.has(place.lower) &&
        looksLikeFirstName(tokens[bare.start + 1] as Token)
      ) {
        placeTitle = titleBeforePlace(tokens, bare.start);
        bare.start++;
      } else {
        placeTitle = titleOfPlaceBeforeName(tokens, bare.start);
        if (placeTitle >= 0) bare.start++;
        else {
          // "the founding leader of the Movement Teodoro X": the body a lower-case title is of, then the name.
          const ofBody = titleOfBodyBeforeName(tokens, bare.start, bare.end);
          if (ofBody) {
            placeTitle = ofBody.titleStart;
            bare.start = ofBody.nameStart;
          }
        }
      }
    }
    // "Rallygoer Dale Hutton was killed": a descriptor capitalised only by the sentence's start, before a
    // given name and a surname, is no part of the name.
    // "Astronomer Goro Tanabe, 90, praised …": an occupation so capitalised is the person's title.
    let sentenceOccupation = -1;
    if (bare && bare.end - bare.start >= 3 && sentenceDescriptor(tokens, bare.start)) {
      if (isOccupation((tokens[bare.start] as Token).lower)) sentenceOccupation = bare.start;
      bare.start++;
    }
    // "Social Democrat Anton Velk", "Conservative X Y": a party's member, before a given name and a surname, is no part of
    // the name.
    if (bare && bare.end - bare.start >= 3) {
      const k = partyMemberEnd(tokens, bare.start);
      if (k > bare.start && bare.end - k >= 2 && looksLikeFirstName(tokens[k] as Token)) bare.start = k;
    }
    // "…, Peter Marsh and …": a given name before a place's head word is a name only as an item of a list of people.
    if (!bare && run.end - run.start === 2 && placeSurname(tokens, run.start)) {
      const surface = f.span(run.start, run.end);
      const key = normKey(surface);
      if (!notPeople.has(key) && listedWithWords(tokens, run))
        wordyListed.push({ start: run.start, end: run.end, surface, key });
      continue;
    }
    if (!bare) {
      // A run ending in a title head ("Chinese State Councilor") may be the first half of "X and Y Name".
      const last = tokens[run.end - 1] as Token;
      if (titleHeads.has(last.lower)) f.roleOnly.set(run.end - 1, run);
      continue;
    }
    // "… and von der Hagen added": lower-case particles before the run belong to a known name.
    let ps = bare.start;
    while (ps > 0 && NAME_PARTICLES.has((tokens[ps - 1] as Token).lower) && !(tokens[ps - 1] as Token).cap)
      ps--;
    if (ps < bare.start && f.resolveExisting(ps, bare.end, normKey(f.span(ps, bare.end))) >= 0)
      bare.start = ps;
    const surface = f.span(bare.start, bare.end);
    const key = normKey(surface);
    if (notPeople.has(key) || notPersonHere.has(key)) continue;
    if (
      !known.has(key) &&
      (nonPersonNoun(tokens, bare.start - 1) ||
        groundsOfVenue(tokens, bare.start, bare.end) ||
        constituencyOf(tokens, bare.start))
    ) {
      notPersonHere.add(key);
      continue;
    }
    // "Yun Chuan's mother, Zhen Zhen,": the parent of an animal named here is one too. "with “¡Hala Madrid!”", "a
    // “Marshall Plan”": a chant, and a coinage quoted after an article, are no names.
    if (
      !known.has(key) &&
      (chantOrCoinage(tokens, bare.start) || relativeOfNonPerson(tokens, bare.start, notPersonHere))
    ) {
      notPersonHere.add(key);
      continue;
    }
    let existing = f.resolveExisting(bare.start, bare.end, key);
    // "Chea Vuthy's father, Chea Sen, … the elder Chea": of two relatives sharing the name, the parent.
    if (existing >= 0 && bare.end - bare.start === 1)
      existing = generationOf(tokens, bare.start, people, existing);
    // "Reyes's father, former president Andres Reyes" after "Andres Reyes Jr": a relative introduced by
    // part of someone's name is another person.
    // A lone word ("his daughter Kanokwan") still refers to the person of that name.
    if (
      existing >= 0 &&
      bare.end - bare.start >= 2 &&
      key !== f.nameKeys[existing] &&
      relationJustBefore(tokens, bare.start)
    )
      existing = -1;
    if (existing >= 0) {
      f.mention(existing, bare.start, bare.end, surface, key);
      // "… found former federation president Jorge Salcedo guilty" after a first mention with no title.
      const lower = lowerTitleStart(tokens, bare.start);
      if (lower < bare.start) f.addTitleRoles(people[existing] as PersonRecord, lower, bare.start);
      f.attachRolesAfter(existing, bare.end);
      continue;
    }
    // Budi "Nick" Hartanto: the words after a nickname quoted inside a name finish that name.
    const nicknamed = nameAroundNickname(tokens, mentions, bare.start);
    if (nicknamed >= 0) {
      f.finishNameAfterNickname(nicknamed, bare.start, bare.end, surface);
      continue;
    }
    // "Khalil Nasser, also known as Abu Rami", "X, alias Y", "under the nom de guerre Z": another name of the person
    // named just before.
    const quoted = quotedNicknameOwner(tokens, mentions, bare.start, bare.end);
    const bracketed = quoted >= 0 ? -1 : bracketedAliasOwner(tokens, mentions, bare.start, bare.end);
    const aka =
      quoted >= 0
        ? quoted
        : bracketed >= 0
          ? bracketed
          : bare.end - bare.start === 1
            ? (knownAsTitleOwner(tokens, mentions, people, bare.end) ??
              nicknameOwner(tokens, mentions, bare.start))
            : knownAsOwner(tokens, mentions, bare.start, (k) =>
                f.resolveExisting(k, k + 1, normKey((tokens[k] as Token).text)),
              );
    if (aka >= 0) {
      f.byName.set(key, aka);
      f.mention(aka, bare.start, bare.end, surface, key);
      continue;
    }
    const knownPerson = known.get(key);
    const n = bare.end - bare.start;
    // "China's official Xinhua news agency": one word before "news agency" (or "newspaper") names an outlet.
    if (n === 1 && outletNoun(tokens, bare.end)) continue;
    // A lower-case title right before the name: "presidential chief of staff Jang Dong-hyun", "first lady".
    const prefix = titlePrefixStart(tokens, bare.start);
    const prevWord = tokens[bare.start - 1]?.lower ?? '';
    // "former US secretary of state Ray Calloway": a lower-case "head of department" title ends in its department.
    const prevHead =
      prefix < bare.start &&
      (titleHeads.has(prevWord) ||
        rankingBefore(tokens, bare.start) > 0 ||
        timedTitle(tokens[bare.start - 1] as Token) ||
        isOccupation(prevWord) ||
        (departmentWords.has(prevWord) &&
          tokens[bare.start - 2]?.lower === 'of' &&
          titleHeads.has(tokens[bare.start - 3]?.lower ?? '')));
    // "Secretary (West) Arvind Mehra": India's foreign ministry qualifies a title by its region in parentheses.
    // "Chief Adviser of Bangladesh's interim government Rafiq Hossain": a title of a country's government.
    const parenTitle = prevHead
      ? -1
      : GOVERNMENTS.has(prevWord)
        ? governmentTitleStart(tokens, bare.start)
        : (parenthesisedTitle(tokens, bare.start, f.roleOnly) ?? colonTitle(tokens, bare.start, bare.end));
    // "spokesman of the National Disaster Agency (NDA) X": a lower-case title head and the body it is of.
    const titleOfBody = prevHead || parenTitle >= 0 ? -1 : lowerTitleOfBodyStart(tokens, bare.start);
    const after = tokens[bare.end];
    // "Tanabe's wife Emiko Tanabe", "his son Carl Hadley": a relation noun right before a name introduces a
    // person (a relation is not a role).
    const relTok = tokens[bare.start - 1];
    // "Ahn's predecessor Seo Jin met …": one who held the office before (or after) the possessor, likewise.
    // "the court dissolved its predecessor Move Forward": a body's predecessor or successor is a body.
    const kinBefore =
      relTok !== undefined &&
      !relTok.cap &&
      (relationWords.has(relTok.lower) ||
        (OFFICE_RELATIONS.has(relTok.lower) && tokens[bare.start - 2]?.lower !== 'its')) &&
      relTok.lower !== 'counterpart' &&
      relTok.lower !== 'friend';
    // "his siblings Gonzalo and Marta": a plural relation before a list of given names.
    const kinListed = !kinBefore && n === 1 && kinListBefore(tokens, names, bare.start, bare.end, -1) >= 0;
    // "his Kazakh counterpart Nurlan Abenov": a counterpart is a person (though not a role).
    // "his Dutch and Belgian counterparts, X and Y": the names listed after the plural and its comma.
    const counterpartBefore =
      relTok !== undefined &&
      ((!relTok.cap && COUNTERPART.has(relTok.lower)) || counterpartsCommaBefore(tokens, bare.start) >= 0);
    // "His lawyer, X, said", "Shin's predecessor, Baek Sung-min, after …": a role or a relation set off by commas
    // right before a name that a comma closes.
    // "… and the Colombian ambassador in Havana, Guillermo Rivera." also ends the appositive at the sentence's end.
    // "the governor of the state, Ana Lima (PSB), who …": a party's initials in brackets may come before that comma.
    // "His rival, X of the National Party-led Front, conceded": so may the party the name is "of".
    const close = tokens[partyOfEnd(tokens, partyBracketEnd(tokens, bare.end))];
    const apposed =
      relTok?.text === ',' &&
      (close?.text === ',' ||
        close === undefined ||
        close.sent !== relTok.sent ||
        close.text === '.' ||
        // "the King of Spain, X; the President of Portugal, Y; …": a semicolon closes a list's item.
        close.text === ';');
    const preRole = apposed ? preposedRole(tokens, bare.start - 1) : null;
    // "The committee's chair, Nigerian infectious disease expert X, said": a role set off by a comma before the title
    // (not the earlier name's: "A, the bank's governor, Finance Minister B, …").
    let roleBeforeTitle =
      prevHead && tokens[prefix - 1]?.text === ',' && close?.text === ','
        ? preposedRole(tokens, prefix - 1)
        : null;
    if (roleBeforeTitle) {
      let opener = roleBeforeTitle.start - 1;
      if (DETERMINERS.has(tokens[opener]?.lower ?? '')) opener--;
      if (tokens[opener]?.text === ',') roleBeforeTitle = null;
    }
    const relBefore = apposed && PREPOSED_RELATIONS.has(tokens[bare.start - 2]?.lower ?? '');
    // "His main rival, X of the Front, conceded": an opponent is a person (no relative, no role).
    // "Lopez's rivals, X Y and Z W,": each of two names after a name's plural rivals (two words or more, so no firm).
    const rival =
      (apposed &&
        rivalBefore(tokens, bare.start - 1) &&
        (n >= 2 || !tokens[bare.start - 2]?.lower.endsWith('s'))) ||
      (n >= 2 && secondRivalBefore(tokens, bare.start));
    const firstTok = tokens[bare.start] as Token;
    // "who had sacked their coach Jean-Marc Roussel", "Delmont's lawyer Paul Byrne": someone's occupation, right
    // before a name of two words or more, introduces a person.
    const ownedOccupation =
      n >= 2 &&
      relTok !== undefined &&
      !relTok.cap &&
      isOccupation(relTok.lower) &&
      OWNERS.has(tokens[bare.start - 2]?.lower ?? '');
    // "with his partner X", "Y's companion Z": named by a tie to another person, with no role (not "its partner").
    const personalTie =
      relTok !== undefined &&
      personalTies.has(relTok.lower) &&
      OWNERS.has(tokens[bare.start - 2]?.lower ?? '') &&
      tokens[bare.start - 2]?.lower !== 'its';
    let accept = false;
    if (knownPerson) accept = true;
    else if (
      (isKnownPlaceOrOrg(key) && !vietnameseListedLeader(tokens, bare.start, surface)) ||
      namedForPerson(tokens, bare) ||
      namesATitle(tokens, bare.start) ||
      ledBodyOfRole(people, surface)
    )
      accept = false;
    else if (n >= 2 && vietnameseListedLeader(tokens, bare.start, surface)) accept = true;
    else if (
      prevHead ||
      envoyPost ||
      sentenceOccupation >= 0 ||
      parenTitle >= 0 ||
      kinBefore ||
      kinListed ||
      counterpartBefore ||
      preRole ||
      relBefore ||
      rival ||
      (n >= 2 && n <= 4 && issuedBy(tokens, bare.start)) ||
      appositiveRoleAfter(tokens, bare.end) ||
      asRoleAfter(tokens, bare.end) ||
      replacedInOffice(tokens, bare.start, bare.end) ||
      relationAfter(tokens, bare.end) ||
      (n > 1 && listedBeforeTitledName(tokens, bare.end))
    )
      // "of the People's Assembly, the North's nominal head of state,": a body's head word left alone after a
      // possessive is no one-word name, whatever role follows it.
      // "spoke of his late mother, Pearl.": a capitalised English word set off after "his (late) <relation>," is a
      // given name (the relation is someone's own, no body's).
      accept =
        n > 1 ||
        !(tokenFlags(firstTok) & (COMMON_WORD | ORG_HEAD)) ||
        (relBefore &&
          !(tokenFlags(firstTok) & (ORG_HEAD | FUNCTION_WORD)) &&
          ownRelationBefore(tokens, bare.start));
    else if (ownedOccupation) accept = true;
    // "India's richest man Mukesh X", "the world's oldest woman Y Z": a person by a superlative, right before a name of
    // two words or more.
    else if (n >= 2 && superlativePerson(tokens, bare.start)) accept = true;
    // "his counterpart H.E. Narong Chai": "His Excellency" abbreviated styles a person, whatever the names.
    else if (n >= 2 && STYLE_ABBREVIATION_SET.has(prevWord)) accept = true;
    else if (n >= 2 && (looksLikeFirstName(firstTok) || regnalName(tokens, bare))) accept = true;
    else if (n === 2 && initialledSurname(tokens, bare.start)) accept = true;
    else if (n === 2 && koreanShaped(firstTok, tokens[bare.start + 1] as Token)) accept = true;
    // "since Sayoko Fukuyama held the post": the verb says the pair is someone.
    else if (
      n === 2 &&
      japaneseWomanByTown(firstTok, tokens[bare.start + 1]) &&
      tokens[bare.end]?.cap === false &&
      verbWords.has(tokens[bare.end]?.lower ?? '')
    )
      accept = true;
    // "the flight of Hazim AlSaadi in 2019": a family name with the Arabic article written joined, in camel case, is
    // a name's last word by its shape alone (no word, place or body is written so).
    else if (
      n >= 2 &&
      n <= 4 &&
      JOINED_ARTICLE.test((tokens[bare.end - 1] as Token).text) &&
      !(tokenFlags(firstTok) & COMMON_WORD)
    )
      accept = true;
    else if (n === 2 && japaneseFamilyFirst(firstTok, tokens[bare.start + 1])) accept = true;
    else if (n >= 2 && n <= 4 && tenureLine(tokens, bare.start, bare.end)) accept = true;
    else if (n === 2 && surnameSharedInList(tokens, bare)) accept = true;
    // "Sultan bin Saad Al Muraikhi said": particles do not count towards the length.
    else if (n >= 2 && (n <= 4 || nameWords(tokens, bare.start, bare.end) <= 4)) {
      // Unknown foreign names: require a person-like context ("X Y's government", "X Y said").
      let allUnknown = true;
      // "Élcio de Azevedo": a particle inside a name is no common word there; nor is a word before "bin" ("Sultan
      // bin Saad"), a given name.
      for (let k = bare.start; k < bare.end; k++) {
        const token = tokens[k] as Token;
        if (
          (tokenFlags(token) & COMMON_WORD) !== 0 &&
          !(k > bare.start && NAME_PARTICLES.has(token.lower)) &&
          !FILIATIONS.has(tokens[k + 1]?.lower ?? '')
        )
          allUnknown = false;
      }
      // "Cai Wen and Wang Lu, among others, attended the event": the verb past the aside is the name's.
      const aside = amongOthersAfter(tokens, bare.end);
      const verbTok = aside > 0 ? tokens[aside] : after;
      const ctx = verbTok?.lower ?? '';
      const before = tokens[bare.start - 1]?.lower ?? '';
      // "Cao Ping, Zhao Lin and Zhao Xiaodong were present at the talks": Xinhua's closing list of attendees.
      const present =
        (ctx === 'was' || ctx === 'were') && PRESENT_AMONG.has(tokens[bare.end + 1]?.lower ?? '');
      // "X Y took office as his deputy": an office is taken by a person.
      const tookOffice = (ctx === 'took' || ctx === 'takes') && tokens[bare.end + 1]?.lower === 'office';
      // "fought when X Y was Prime Minister of Ethiopia": only a person holds a title.
      const heldTitle = (ctx === 'was' || ctx === 'is') && titleAt(tokens, bare.end + 1);
      // "a state funeral at Westminster Abbey attended by 2,000 guests": a verb in the passive is said of a place or an
      // event, not done by a person.
      const passive = tokens[(aside > 0 ? aside : bare.end) + 1]?.lower === 'by';
      const acted =
        verbTok !== undefined &&
        !verbTok.cap &&
        !passive &&
        (PERSON_VERBS.has(ctx) ||
          present ||
          tookOffice ||
          heldTitle ||
          // "since Kenji Moriyama came in 2017": a name Japanese by its shape does what any verb says (not one
          // that is Pinyin too, a panda's "Bao Bao").
          (n === 2 &&
            verbWords.has(ctx) &&
            japaneseGivenFirst(firstTok, tokens[bare.start + 1]) &&
            !isPinyinName(surface))) &&
        before !== 'the' &&
        before !== 'a';
      // "the Justice and Equality Movement", "the Manama Declaration": a group's or a document's head word closes no
      // person's name.
      const nameShaped =
        (allUnknown || isPinyinName(surface)) &&
        !NOT_NAME_WORDS.has(firstTok.lower) &&
        !BODY_OR_TEXT_HEADS.has((tokens[bare.end - 1] as Token).lower);
      // "succeeding Bambang Wiryono, who served two terms": a relative "who" is said of people.
      const who =
        ctx === ',' && (tokens[bare.end + 1]?.lower === 'who' || tokens[bare.end + 1]?.lower === 'whose');
      // "arranged by Terje X-Y, a Norwegian who heads …": a nationality set off after the name as a noun (closed by
      // "who", a comma or the sentence's end, not "a Norwegian company") is said of a person.
      const national =
        ctx === ',' &&
        (tokens[bare.end + 1]?.lower === 'a' || tokens[bare.end + 1]?.lower === 'an') &&
        tokens[bare.end + 2]?.cap === true &&
        demonymCountry.has(tokens[bare.end + 2]?.lower ?? '') &&
        NATIONALITY_NOUN_CLOSERS.has(tokens[bare.end + 3]?.text ?? '');
      // "Spain's Lucia Ferrer claimed the prize": a country's own, doing something.
      // "beat India's X Y 21-13", "lost to Thailand's X Y in the semifinals": a country's own, as an opponent.
      // "South Korea's X Y Z": a country of two words too.
      const ownerLength = POSSESSIVE_S.has(before) ? countryLengthBefore(tokens, bare.start - 1) : 0;
      const owned =
        ownerLength > 0 &&
        ((after !== undefined &&
          !after.cap &&
          (verbWords.has(ctx) ||
            CONTEST_VERBS.has(ctx) ||
            opponentBefore(tokens, bare.start - 1 - ownerLength))) ||
          ownedPairedWithPerson(tokens, mentions, bare.start) ||
          ownedPairedAhead(tokens, bare.end));
      // "the head of Sunni Islam's seat of learning": after "of", a possessive is a body's or a faith's.
      const possessive =
        (POSSESSIVE_S.has(ctx) && before !== 'of') || pluralPossessive(tokens, bare.start, bare.end);
      // "The judges are Grace Namutebi Okello of Uganda, Mojca Kranjc of Slovenia and …": a name and the country
      // they come from, closed by a comma, "and" or the sentence's end.
      // "Y Z of China expressed disappointment": the country, then what the person did.
      const ofCountry = ctx === 'of' && fromCountry(tokens, bare.end + 1);
      // "…, succeeding Bambang Wiryono.": one succeeds or replaces a person in an office; so does "by X" after "was
      // succeeded (as …)"; "a party now led by X", "a delegation headed by Y"; "the platform owned by Z", "a firm
      // founded by W" (a two-word name no list knows: a known firm or place is settled before).
      const succeeded =
        SUCCESSION.has(before) ||
        tookOverFrom(tokens, bare.start) ||
        passiveSuccession(tokens, bare.start) !== null ||
        (before === 'by' &&
          (LED_HEADED.has(tokens[bare.start - 2]?.lower ?? '') ||
            OWNED_FOUNDED.has(tokens[bare.start - 2]?.lower ?? '')));
      // "the fall of the Faisal al-Nouri regime", "the Tom Hadley administration": a leader's name before their rule.
      // Not "the Pakatan Harapan government led by X": one led by someone else is a coalition's or a party's.
      const rule =
        before === 'the' &&
        RULE_NOUNS.has(ctx) &&
        !(LED_HEADED.has(tokens[bare.end + 1]?.lower ?? '') && tokens[bare.end + 2]?.lower === 'by');
      // "a late replacement for the injured Abebe Kassa", "the jailed X": a state only a person is in.
      const state = PERSON_STATES.has(before) && tokens[bare.start - 2]?.lower === 'the';
      // "the motion to arrest X Y", "police arrested X Y"; "X Y was sentenced": what is done only to a person.
      const custody = PERSON_OBJECT_VERBS.has(before) || undergoes(tokens, bare.end);
      // "The man charged in that case, X Y, is awaiting trial": a person described before the name.
      const described = apposed && describedPersonBefore(tokens, bare.start - 1);
      // "paid tribute at the monument to Batu Erdene", "the mausoleum of X": a figure of history honoured.
      const honoured =
        (before === 'to' || before === 'of') &&
        MEMORIALS.has(tokens[bare.start - 2]?.lower ?? '') &&
        !(tokens[bare.start - 2] as Token).cap;
      // "studied under X Y", "served under X Y": one learns or serves under a person (not "under Article 5").
      const mentor = before === 'under' && UNDER_A_PERSON.has(tokens[bare.start - 2]?.lower ?? '');
      // "beat India's Arjun Sen 21-13": a country's opponent is a person even where a later name word is also a
      // common word ("sen", a coin), as long as the first is not.
      const ownedName = owned && !(tokenFlags(firstTok) & COMMON_WORD) && !NOT_NAME_WORDS.has(firstTok.lower);
      accept =
        (nameShaped || ownedName) &&
        (possessive ||
          SPEECH_AFTER.has(ctx) ||
          acted ||
          who ||
          national ||
          owned ||
          ofCountry ||
          succeeded ||
          authorBefore(tokens, bare.start) ||
          rule ||
          state ||
          custody ||
          described ||
          honoured ||
          mentor ||
          occupationBeforeName(relTok) ||
          ofDynasty(tokens, bare.end) ||
          metBefore(tokens, bare.start) ||
          presentListBefore(tokens, bare.start) ||
          identifiedAs(tokens, bare.start) ||
          interviewerOwned(tokens, bare.start) ||
          agedAfter(tokens, bare.end) ||
          diedAfter(tokens, bare.end) ||
          apposedSpeaker(tokens, bare.end) ||
          listedAmongPeople(tokens, bare.start) ||
          listedInDelegation(tokens, bare.start) ||
          listedBeforeOthers(tokens, bare.end) ||
          spokeThrough(tokens, bare.start) ||
          countryInBrackets(tokens, bare.end) ||
          partyTaggedActor(tokens, bare.start, bare.end) ||
          accordingTo(tokens, bare.start, bare.end) ||
          saidAfterQuote(tokens, bare.start, bare.end));
      // "held talks with Rose Kestrin": after a meeting's "with" (or "met"), a first word that is also an English word
      // opens a name all the same when the last word is none.
      if (
        !accept &&
        !nameShaped &&
        n <= 3 &&
        !firstTok.first &&
        !NOT_NAME_WORDS.has(firstTok.lower) &&
        (tokenFlags(tokens[bare.end - 1] as Token) & COMMON_WORD) === 0 &&
        metBefore(tokens, bare.start)
      )
        accept = true;
      if (nameShaped && !accept) listed.push({ start: bare.start, end: bare.end, surface, key });
      else if (
        !accept &&
        n <= 3 &&
        !firstTok.first &&
        (tokenFlags(tokens[bare.end - 1] as Token) & COMMON_WORD) === 0
      )
        loose.push({ start: bare.start, end: bare.end, surface, key });
      // "Kari Lunde, Tone Vik, Per Dahl and …": a name with an English word in it, between commas in a list.
      if (!nameShaped && !accept && n <= 3 && listedWithWords(tokens, bare))
        wordyListed.push({ start: bare.start, end: bare.end, surface, key });
    } else if (n === 1 && !(tokenFlags(firstTok) & COMMON_WORD)) {
      lone.push({ at: bare.start, acts: actsAlone(tokens, bare.start) });
      // "without Rodrigo, who went off at the interval": only a player comes on or goes off (a club may "win").
      const next = tokens[bare.end]?.lower ?? '';
      if (!firstTok.first && (next === ',' || PLAYED.has(next))) {
        const upTo = tokens[Math.min(bare.end + 6, tokens.length - 1)] as Token;
        if (SUBSTITUTED.test(f.text.slice(firstTok.end, upTo.end))) accept = true;
      }
    }
    if (!accept) continue;
    // "Mrs. John F. Harlow and Mrs. Oleg Brekke went to …": a wife named by her husband's name is not he.
    if (!knownPerson && husbandsName(tokens, bare.start, bare.end)) continue;
    // "Varro's sons, Idan and Efrat Varro,": the first of two relatives listed with one surname bears it too.
    const shared = kinListed && !knownPerson ? surnameSharedAfterAnd(tokens, bare.end) : undefined;
    const idx = shared
      ? f.addPerson(`${surface} ${shared}`, normKey(`${surface} ${shared}`))
      : f.addPerson(surface, key, knownPerson);
    f.mention(idx, bare.start, bare.end, surface, key);
    const p = people[idx] as PersonRecord;
    if (personalTie) {
      // "with his partner X": a tie to another person, no role.
    } else if (prevHead && !infinitiveVerbAt(tokens, bare.start - 1)) {
      // "was named to head X's campaign": a title's head after an infinitive's "to" is the verb.
      // "central bank chief X", "parliament speaker Y": the lower-case words that qualify a lower-case title head.
      const head = tokens[bare.start - 1] as Token;
      addJoinedTitles(f, p, head.cap ? prefix : titleQualifierStart(tokens, prefix, bare.start), bare.start);
    } else if (sentenceOccupation >= 0) f.addTitleRoles(p, sentenceOccupation, bare.start);
    else if (ownedOccupation) f.addTitleRoles(p, bare.start - 1, bare.start);
    else if (parenTitle < 0 && titleOfBody < 0 && placeTitle < 0 && !preRole) {
      const lower = lowerTitleStart(tokens, bare.start);
      if (lower < bare.start) addJoinedTitles(f, p, lower, bare.start);
    }
    if (parenTitle >= 0)
      f.addTitleRoles(p, parenTitle, tokens[bare.start - 1]?.text === ':' ? bare.start - 1 : bare.start);
    else if (titleOfBody >= 0) f.addTitleRoles(p, titleOfBody, bare.start);
    // "Issued by: X" over a line "Secretary General": the signer's title on the line below the name.
    const signerTitle = n >= 2 && n <= 4 ? titleLineAfterSigner(tokens, bare.start, bare.end) : -1;
    if (signerTitle > bare.end) f.addTitleRoles(p, bare.end, signerTitle);
    // "X was succeeded as head of the party by Y": the office is Y's now.
    const succession = tokens[bare.start - 1]?.lower === 'by' ? passiveSuccession(tokens, bare.start) : null;
    if (succession && succession.end > succession.start) f.addTitleRoles(p, succession.start, succession.end);
    if (placeTitle >= 0) f.addTitleRoles(p, placeTitle, bare.start);
    if (preRole) f.addTitleRoles(p, preRole.start, preRole.end);
    if (roleBeforeTitle) f.addTitleRoles(p, roleBeforeTitle.start, roleBeforeTitle.end);
    // "Shin's predecessor, Baek Sung-min,": the possessor is the one they are related to (and share a country with);
    // "Suharto's youngest son, X": past lower-case words before the relation.
    let owned = bare.start - 3;
    if (relBefore)
      while (
        owned > bare.start - 6 &&
        tokens[owned]?.word &&
        !tokens[owned]?.cap &&
        !POSSESSIVE_S.has(tokens[owned]!.lower)
      )
        owned--;
    if (relBefore && POSSESSIVE_S.has(tokens[owned]?.lower ?? '')) {
      const owner = names.endingAt(owned);
      if (owner && owner.person !== idx) p.relativeOf = owner.person;
      // "The emperor's father, Haruhito,": the one person of the story who holds that title.
      else if (!owner) p.relativeOf = titleHolder(people, tokens[owned - 1], idx);
    } else if (relBefore && p.relativeOf < 0) {
      p.relativeOf = pronounRelative(tokens, mentions, bare.start, idx);
      if (p.relativeOf < 0) p.relativeOf = familyRelative(tokens, people, mentions, bare.start, idx);
      // "Officers placed the president under arrest. One of his sons, X, was arrested": the one "his" stands for,
      // named in the sentence before.
      if (p.relativeOf < 0 && tokens[bare.start - 4]?.lower === 'of')
        p.relativeOf = possessorBefore(tokens, people, mentions, bare.start - 3, idx);
    }
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
      // "Tanabe's wife": the possessor is the relative.
      if (POSSESSIVE_S.has(tokens[bare.start - 2]?.lower ?? '')) {
        const owner = names.endingAt(bare.start - 2);
        if (owner && owner.person !== idx) p.relativeOf = owner.person;
      } else if (OFFICE_RELATIONS.has(relTok.lower) && p.relativeOf < 0)
        // "… the first governor to visit. His predecessor X, who …": the one last named, here or just before.
        p.relativeOf = possessorBefore(tokens, people, mentions, bare.start - 2, idx);
      // "X's parents, A and B, and her brother C": the family of the one last named in the sentence.
      else if (
        p.relativeOf < 0 &&
        relationWords.has(relTok.lower) &&
        /^h(?:is|er)$/.test(tokens[bare.start - 2]?.lower ?? '')
      ) {
        // "Edo Varn, the diplomat, died on Saturday. He was 80. “His wife Lise was by his side,”": a sentence that
        // opens with the relation names the one last named a sentence or two before.
        p.relativeOf = lastNamedHereOrBefore(tokens, mentions, bare.start, bare.start - 2, idx);
      }
    }
    f.attachRolesAfter(idx, bare.end);
  }

  // "Marek Wrobel has won …" then "Wrobel, 42, a historian": a name-shaped run whose last word later acts as a
  // person on its own is that person, and so are the word's other lone mentions.
  if (lone.length > 0 && listed.length > 0) promoteBySurname(f, listed, lone);
  // "the court removed Kittisak Phanit from office …" then "Kittisak, a property tycoon,": a person found by one
  // word is the one an earlier unknown full name begins or ends with.
  if (listed.length > 0 || loose.length > 0) fullNamesOfLoneWords(f, listed, loose);

  // "when Sun Hao, Kenzo Ono and Baek Sung-min held the summit": a name-shaped run in a list ("X, Y and Z")
  // with a person is a person too. Repeated so a list is read from its one known member outwards.
  if (listed.length > 0 || wordyListed.length > 0) {
    const starts = new Set<number>();
    // Where each person's mention ends, and where that mention starts.
    const ends = new Map<number, number>();
    for (const m of mentions) {
      starts.add(m.start);
      ends.set(m.end, m.start);
    }
    const before = mentions.length;
    for (const c of actingNameList(tokens, listed)) {
      if (starts.has(c.start) || notPeople.has(c.key)) continue;
      const existing = f.resolveExisting(c.start, c.end, c.key);
      f.mention(existing >= 0 ? existing : f.addPerson(c.surface, c.key), c.start, c.end, c.surface, c.key);
      starts.add(c.start);
      ends.set(c.end, c.start);
    }
    const wordy = new Set(wordyListed);
    const candidates = wordy.size > 0 ? [...listed, ...wordyListed] : listed;
    for (let changed = true; changed;) {
      changed = false;
      for (const c of candidates) {
        // "at a press conference at Perdana Putra, Osman said": a place named before a person is no list of people.
        if (starts.has(c.start) || AT_IN.has(tokens[c.start - 1]?.lower ?? '')) continue;
        let r = c.end;
        if (tokens[r]?.text === ',') r++;
        if (tokens[r]?.lower === 'and') r++;
        let l = c.start - 1;
        // "behind A, B and Japan's C": a country's possessive before the last name of a list of people.
        if (POSSESSIVE_S.has(tokens[l]?.text ?? '') && countryNames.has(tokens[l - 1]?.lower ?? '')) l -= 2;
        if (tokens[l]?.lower === 'and') l--;
        if (tokens[l]?.text === ',') l--;
        // "the presidents of Bolivia, X, Colombia, Y, and Suriname, Z": a country set off by commas between the last
        // person of a list and the run pairs each with their country, whatever the given name.
        if (l === c.start - 2 && tokens[l + 1]?.text === ',') {
          const country = countryBefore(tokens, l + 1);
          if (country >= 0) {
            l = country - 1;
            if (tokens[l]?.lower === 'and') l--;
            if (tokens[l]?.text === ',') l--;
          }
        }
        const linked = wordy.has(c)
          ? commaLinked(tokens, c, starts, ends)
          : (r > c.end && (starts.has(r) || titledNameAt(tokens, r, starts))) ||
            (l < c.start - 1 && ends.has(l + 1));
        // "Trimble and Sinn Fein leader Gerry Adams": the words before a found person's "leader" name a body.
        // "Minister of Jal Shakti, X": the portfolio a title is "of" (or "for") before the name is no one listed.
        if (
          !linked ||
          notPeople.has(c.key) ||
          ledBodyOfRole(people, c.surface) ||
          portfolioOfTitle(tokens, c.start)
        )
          continue;
        const existing = f.resolveExisting(c.start, c.end, c.key);
        const idx = existing >= 0 ? existing : f.addPerson(c.surface, c.key);
        f.mention(idx, c.start, c.end, c.surface, c.key);
        starts.add(c.start);
        ends.set(c.end, c.start);
        changed = true;
      }
    }
    if (mentions.length > before) {
      mentions.sort((a, b) => a.start - b.start);
      for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
    }
    if (listed.length > 0) fullNamesFromQuotes(tokens, people, mentions, listed);
  }
  linkListedRelatives(tokens, people, mentions);
  shareListedRoles(f, mentions);
  pairTakenOffices(f);
  mergePatronymicAddresses(people, mentions);
}

/**
 * "X and Y were sworn in as president and vice president": two names and two offices joined by "and" after a plural
 * verb pair in order — the first office, read after Y's name, is X's.
 */
function pairTakenOffices(f: PeopleFinder): void {
  const { tokens, people, mentions } = f;
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const prev = mentions[i - 1] as Mention;
    if (m.kind === 'pronoun' || prev.kind === 'pronoun' || prev.person === m.person) continue;
    if (prev.end !== m.start - 1 || tokens[m.start - 1]?.lower !== 'and' || tokens[m.end]?.lower !== 'were')
      continue;
    const p = people[m.person] as PersonRecord;
    const first = p.roleSpans.find(
      (r) =>
        r.start > m.end &&
        (tokens[r.start - 1]?.lower === 'as' ||
          (tokens[r.start - 1]?.lower === 'the' && tokens[r.start - 2]?.lower === 'as')),
    );
    const second = first && p.roleSpans.find((r) => r.start === first.end + 1);
    if (
      !first ||
      !second ||
      tokens[first.end]?.lower !== 'and' ||
      (tokens[first.start] as Token).sent !== m.sent
    )
      continue;
    // The office moves with its span; p keeps the role when another of p's spans reads the same.
    const role = roleText(f.span(first.start, first.end));
    const at = roleIndex(p, role);
    if (at < 0) continue;
    p.roleSpans.splice(p.roleSpans.indexOf(first), 1);
    const lower = role.toLowerCase();
    if (!p.roleSpans.some((r) => roleText(f.span(r.start, r.end)).toLowerCase() === lower))
      p.roles.splice(at, 1);
    const q = people[prev.person] as PersonRecord;
    addRole(q, role);
    q.roleSpans.push(first);
  }
}

/**
 * "his siblings Gonzalo and Marta", "X's parents, A B and C D": each person listed after a plural relation is a
 * relative of its possessor, once everyone in the list is found.
 */
function linkListedRelatives(
  tokens: readonly Token[],
  people: PersonRecord[],
  mentions: readonly Mention[],
): void {
  // Made after the sorts: it reads the mentions in their final order.
  const names = new NameEdges(mentions);
  for (let idx = 0; idx < people.length; idx++) {
    const p = people[idx] as PersonRecord;
    for (const m of p.mentions) {
      if (p.relativeOf >= 0) break;
      if (m.kind === 'pronoun') continue;
      const noun = kinListBefore(tokens, names, m.start, m.end, idx);
      if (noun >= 0) p.relativeOf = kinOwner(tokens, people, mentions, names, noun, idx);
      else p.relativeOf = relativeApposed(tokens, people, mentions, m, idx);
    }
  }
}

/**
 * "Madame X, wife of Cameroonian President Y,", "Z, the widow of the late leader W": the one a relation set off after
 * a name names (past a title of up to five words), in the same sentence; -1 if none.
 */
function relativeApposed(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  m: Mention,
  self: number,
): number {
  let k = m.end;
  if (tokens[k]?.text !== ',') return -1;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  // "X, the younger sister of North Korean leader Y,": an adjective of age before the relation.
  if (tokens[k - 1]?.lower === 'the' && KIN_AGES.has(tokens[k]?.lower ?? '') && tokens[k + 2]?.lower === 'of')
    k++;
  const noun = tokens[k];
  // "Prince X, the queen's 89-year-old husband,": the one holding the title that owns the relation.
  if (tokens[k - 1]?.lower === 'the' && POSSESSIVE_MARKS.has(tokens[k + 1]?.text ?? '')) {
    let r = k + 2;
    while (r < k + 8 && tokens[r] && !tokens[r]?.cap && !relationWords.has((tokens[r] as Token).lower)) r++;
    const rel = tokens[r];
    return rel && !rel.cap && relationWords.has(rel.lower) && tokens[r + 1]?.text === ','
      ? titleHolder(people, noun, self)
      : -1;
  }
  if (!noun || noun.cap || !relationWords.has(noun.lower) || tokens[k + 1]?.lower !== 'of') return -1;
  const from = k + 2;
  const sent = noun.sent;
  for (const o of mentions) {
    if (o.start < from || o.kind === 'pronoun') continue;
    if (o.start > from + 5 || tokens[o.start]?.sent !== sent) break;
    return o.person === self ? -1 : o.person;
  }
  return -1;
}

/**
 * The one whose relatives the plural relation at `noun` lists: "X's parents" X; "his sons" the one "his" stands for,
 * the sentence's first person where they are "survived by" them; -1 if none.
 */
function kinOwner(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  mentions: readonly Mention[],
  names: NameEdges,
  noun: number,
  self: number,
): number {
  const own = tokens[noun - 1]?.lower;
  if (POSSESSIVE_S.has(own ?? '')) return names.endingAt(noun - 1, self)?.person ?? -1;
  // "His wife X and their children A, B and C": the children of the couple X closes, so X's relatives too.
  if (own === 'their' && tokens[noun - 2]?.lower === 'and') {
    const spouse = names.endingAt(noun - 2, self);
    if (spouse && (people[spouse.person] as PersonRecord).relativeOf >= 0) return spouse.person;
  }
  // "two children from his first marriage, X and Y": the possessive may sit in the noun's complement.
  const ownAt = [noun - 1, noun + 2, noun + 3].find((k) => PRONOUNS.has(tokens[k]?.lower ?? ''));
  if (ownAt === undefined) return -1;
  const survived = survivorOf(tokens, mentions, noun, self);
  return survived >= 0 ? survived : possessorBefore(tokens, people, mentions, ownAt, self);
}

/**
 * Unknown name-shaped runs ("Marek Wrobel has won …") whose last word is later a lone word acting as a person
 * ("Zielarski, 42, …", "Tesfu, who …") become that person, with every later lone mention of the word.
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

const PERSON_NOUNS = new Set(['man', 'woman', 'person']);
/** "India's richest man", "the world's oldest woman": a superlative person noun owned, right before `at`. */
function superlativePerson(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1];
  const sup = tokens[at - 2];
  if (!noun || !PERSON_NOUNS.has(noun.text) || !sup || sup.cap || !sup.lower.endsWith('est')) return false;
  const owner = tokens[at - 3];
  return owner !== undefined && (POSSESSIVE_MARKS.has(owner.text) || owner.lower === 'the');
}

/**
 * A person named by one unknown word ("Kittisak", "Brannagh") takes the full name of the first run before their first
 * mention that is no one's yet and that this word ends (or, for an unknown run, begins: "Kittisak Phanit" then
 * "Kittisak", as Thai names are shortened): the run becomes their first mention, the word an alias.
 */
function fullNamesOfLoneWords(
  f: PeopleFinder,
  listed: readonly { start: number; end: number; surface: string; key: string }[],
  loose: readonly { start: number; end: number; surface: string; key: string }[],
): void {
  const { tokens, people, mentions } = f;
  let added = false;
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as PersonRecord;
    const first = p.mentions[0];
    if (p.known || p.tokens.length !== 1 || !first) continue;
    const word = p.name;
    let best: { start: number; end: number; surface: string; key: string } | undefined;
    for (const c of [...listed, ...loose]) {
      if (c.end > first.start || (best && best.start < c.start)) continue;
      const ends = (tokens[c.end - 1] as Token).text === word;
      const begins = listed.includes(c) && (tokens[c.start] as Token).text === word;
      if ((ends || begins) && !mentions.some((m) => m.start < c.end && m.end > c.start)) best = c;
    }
    if (!best || f.byName.has(best.key)) continue;
    p.name = best.surface;
    p.tokens = personNameWords(best.surface);
    (f.aliasKeys[i] as Set<string>).add(f.nameKeys[i] as string);
    p.aliases.unshift(word);
    f.nameKeys[i] = best.key;
    f.byName.set(best.key, i);
    for (const m of p.mentions) if (m.kind === 'name') m.kind = 'alias';
    f.mention(i, best.start, best.end, best.surface, best.key);
    const lower = lowerTitleStart(tokens, best.start);
    if (lower < best.start) f.addTitleRoles(p, lower, best.start);
    f.attachRolesAfter(i, best.end);
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

/**
 * "The King's late mother, Queen X,", "Y's widow, Lady Z,": a titled name set off after a possessor's relation (and
 * up to two words before it) is that possessor's relative — one named, or the one person holding the title ("The
 * King's"); -1 if none.
 */
function possessedRelative(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  names: NameEdges,
  at: number,
  self: number,
): number {
  if (tokens[at - 1]?.text !== ',' || !PREPOSED_RELATIONS.has(tokens[at - 2]?.lower ?? '')) return -1;
  let j = at - 3;
  while (j > at - 6 && tokens[j] && !tokens[j]?.cap && tokens[j]?.word) j--;
  if (!POSSESSIVE_MARKS.has(tokens[j]?.text ?? '')) return -1;
  const owner = names.endingAt(j, self);
  if (owner) return owner.person;
  return tokens[j - 2]?.lower === 'the' ? titleHolder(people, tokens[j - 1], self, true) : -1;
}

/**
 * "In his speech, the emperor noted that his father, Emperor Emeritus X, had …": "his" before a relation set off by
 * commas, in a sentence that names no one before it but "the <title>" (lower case), stands for the one person of the
 * story who holds that title; -1 otherwise.
 */
function describedRelative(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
  at: number,
  self: number,
): number {
  const own = tokens[at - 3]?.lower;
  if (tokens[at - 1]?.text !== ',' || (own !== 'his' && own !== 'her')) return -1;
  if (!relationWords.has(tokens[at - 2]?.lower ?? '')) return -1;
  const sent = (tokens[at] as Token).sent;
  for (let k = at - 4; k > at - 20 && tokens[k]?.sent === sent; k--)
    if (tokens[k]?.lower === 'the' && tokens[k + 1]?.word && !tokens[k + 1]?.cap)
      return titleHolder(people, tokens[k + 1], self);
  return -1;
}

/**
 * The one person other than `self` whose title ends in the title word `t` ("emperor"; capitalised only where
 * `capital`, as after "The": "The King's"), or -1.
 */
function titleHolder(
  people: readonly PersonRecord[],
  t: Token | undefined,
  self: number,
  capital = false,
): number {
  if (!t || (t.cap && !capital) || !titleHeads.has(t.lower)) return -1;
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
 * The person whose name ends the clause before "(also/better) known as" or "alias" right before `at` ("X, also
 * known as Y", "X, alias Y"), or -1. After "nom de guerre" ("X, who led the group under the nom de guerre Y"), the
 * person named last before it in the sentence.
 */
function knownAsOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  resolveWord: (k: number) => number = () => -1,
): number {
  const prev = tokens[at - 1]?.lower;
  if (prev === 'guerre' && tokens[at - 2]?.lower === 'de' && tokens[at - 3]?.lower === 'nom') {
    const sent = tokens[at]?.sent;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if ((tokens[m.start] as Token).sent !== sent) break;
      if (m.kind !== 'pronoun' && m.end < at) return m.person;
    }
    // "Khoury, who led the group under …": a surname opening the sentence, not yet read as a mention.
    let k = at - 3;
    while (k > 0 && (tokens[k - 1] as Token).sent === sent) k--;
    return tokens[k]?.cap && tokens[k + 1]?.text === ',' ? resolveWord(k) : -1;
  }
  let k = at - 2;
  if (prev === 'as' && tokens[at - 2]?.lower === 'known') {
    k = at - 3;
    if (KNOWN_AS_ADVERBS.has(tokens[k]?.lower ?? '')) k--;
    // "Ahmed Nasr, the group's finance chief, who is known as Abu Y": a relative clause after the name's appositive;
    // the name is the last one of the sentence set off by a comma before it.
    if (
      (tokens[k]?.lower === 'is' || tokens[k]?.lower === 'was') &&
      tokens[k - 1]?.lower === 'who' &&
      tokens[k - 2]?.text === ','
    ) {
      const sent = tokens[at]?.sent;
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i] as Mention;
        if (m.end > k - 2) continue;
        if ((tokens[m.start] as Token).sent !== sent) break;
        if (m.kind !== 'pronoun' && tokens[m.end]?.text === ',') return m.person;
      }
      return -1;
    }
  } else if (prev !== 'alias') return -1;
  if (tokens[k]?.text !== ',') return -1;
  return namedEndingAt(mentions, k);
}

/**
 * "President Karim Nasser (Abu Rami) said": a name of two to four words alone in brackets right after a person's name
 * is another name of theirs (an Arabic kunya, a nom de guerre), not a second person. Returns that person, or -1.
 */
function bracketedAliasOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  start: number,
  end: number,
): number {
  if (end - start < 2 || end - start > 4 || tokens[start - 1]?.text !== '(' || tokens[end]?.text !== ')')
    return -1;
  // "Amir Nadeem (South Africa)": a country in brackets is the delegate's, no other name of theirs.
  if (namesCountry(tokens, start, end)) return -1;
  return namedEndingAt(mentions, start - 1);
}

/** Whether the tokens from `start` to `end` (exclusive) are a country's name: "South Africa", "Maldives". */
function namesCountry(tokens: readonly Token[], start: number, end: number): boolean {
  const words: string[] = [];
  for (let k = start; k < end; k++) words.push((tokens[k] as Token).lower);
  return words.length > 0 && countryNames.has(words.join(' '));
}

/**
 * "between Egypt's Anwar Sadat and Israel's Menachem Begin": a country's own after "and", paired with another
 * country's own already found a person right before the "and", is a person too, whatever follows.
 */
function ownedPairedWithPerson(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  start: number,
): boolean {
  const country = countryLengthBefore(tokens, start - 1);
  const and = start - 2 - country;
  if (country === 0 || tokens[and]?.lower !== 'and') return false;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.end < and) break;
    if (m.end !== and || m.kind !== 'name') continue;
    const mark = tokens[m.start - 1]?.text;
    return POSSESSIVE_S.has(mark ?? '') && countryLengthBefore(tokens, m.start - 1) > 0;
  }
  return false;
}

/**
 * How many tokens (one or two) of a country's name end right before `at` ("Spain" or "South Korea" before its "'s");
 * 0 if none.
 */
function countryLengthBefore(tokens: readonly Token[], at: number): number {
  const last = tokens[at - 1]?.lower;
  if (last === undefined) return 0;
  // The longer name first: "Korea" alone names a country too.
  const first = tokens[at - 2]?.lower;
  if (first !== undefined && countryNames.has(`${first} ${last}`)) return 2;
  return countryNames.has(last) ? 1 : 0;
}

/**
 * "the two captains, India's X Y and Australia's Z W": a country's own name paired with another country's own
 * two-word name after "and" (the later one, a person by the earlier rule once this one is) lists two people.
 */
function ownedPairedAhead(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'and') return false;
  // "and South Korea's X Y": a country of two words too.
  const two = countryNames.has(`${tokens[end + 1]?.lower} ${tokens[end + 2]?.lower}`) ? 1 : 0;
  if (!two && !countryNames.has(tokens[end + 1]?.lower ?? '')) return false;
  const mark = tokens[end + 2 + two]?.text;
  if (!POSSESSIVE_S.has(mark ?? '')) return false;
  const given = tokens[end + 3 + two];
  const family = tokens[end + 4 + two];
  return (
    given !== undefined &&
    given.cap &&
    given.word &&
    (tokenFlags(given) & COMMON_WORD) === 0 &&
    family !== undefined &&
    family.cap &&
    family.word &&
    family.sent === given.sent
  );
}

/** The offices whose holder's spouse is the "first lady" ("President Nixon" after "First lady Pat Nixon"). */
const SPOUSES_OFFICES = new Set(['president', 'governor', 'premier']);

/** Heads of a party or movement written after its name in a title ("Sinn Fein leader X", "Likud chairman Y"). */
const BODY_LEADER_HEADS = new Set(['leader', 'chairman', 'chairwoman']);

/**
 * "Adams said Sinn Fein, the political ally of the IRA, would …" after "Sinn Fein leader Gerry Adams": words that a
 * person's title already wrote before "leader" (or "chairman") name the body led, not a person, whatever role
 * follows them later. A look at the roles of the people found so far.
 */
function ledBodyOfRole(people: readonly PersonRecord[], surface: string): boolean {
  const n = surface.length;
  for (const p of people)
    for (const r of p.roles)
      if (
        r.length > n + 1 &&
        r.startsWith(surface) &&
        r.charCodeAt(n) === 32 &&
        BODY_LEADER_HEADS.has(r.slice(n + 1))
      )
        return true;
  return false;
}

/** "keeps the title of Elbasy", "given the title Datuk": a word right after "title (of)" is the title, not a person. */
function namesATitle(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower;
  const head = before === 'of' ? tokens[start - 2]?.lower : before;
  return head === 'title' || head === 'titles';
}

const QUOTE_PAIRS = new Map([
  ["'", "'"],
  ['"', '"'],
  ['‘', '’'],
  ['“', '”'],
]);
/**
 * A nickname in quotation marks: right after a full name ("Hari Lamsal 'Bijay'"), or after "nickname(d)" in the
 * clause after the name ("X, widely known by his nickname “Little Tiger”,"). The person's index, or -1.
 */
function quotedNicknameOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  start: number,
  end: number,
): number {
  const open = tokens[start - 1]?.text ?? '';
  if (end - start > 3 || QUOTE_PAIRS.get(open) !== tokens[end]?.text) return -1;
  const right = namedEndingAt(mentions, start - 1);
  if (right >= 0) return right;
  const sent = tokens[start]?.sent;
  let nickname = false;
  for (let k = start - 2; k >= 0 && k >= start - 9; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return -1;
    if (t.text === ',') return nickname ? namedEndingAt(mentions, k) : -1;
    if (!t.word || t.cap) return -1;
    if (t.lower === 'nickname' || t.lower === 'nicknamed') nickname = true;
  }
  return -1;
}

/**
 * Budi "Nick" Hartanto, Ramon “Nick” Dela Rosa Jr.: a run right after a quoted nickname of one to three words
 * that follows the first mention of a person, a given name alone (the nickname is already their alias, by
 * `quotedNicknameOwner`): the person's index, or -1.
 */
function nameAroundNickname(tokens: readonly Token[], mentions: readonly Mention[], start: number): number {
  const close = tokens[start - 1]?.text ?? '';
  if (close !== '"' && close !== "'" && close !== '’' && close !== '”') return -1;
  for (let open = start - 2; open >= start - 5 && open >= 1; open--) {
    const t = tokens[open] as Token;
    if (t.word && t.cap) continue;
    if (t.word || open === start - 2 || QUOTE_PAIRS.get(t.text) !== close) return -1;
    const owner = mentions.find((m) => m.end === open && m.kind !== 'pronoun');
    if (!owner || owner.end - owner.start !== 1) return -1;
    const first = mentions.find((m) => m.person === owner.person);
    return first === owner ? owner.person : -1;
  }
  return -1;
}

/**
 * "Gregory, the former Cardinal X of Boston, toured …": a title and name after ", the former" that closes right
 * after a person's one-word name (the story has introduced them already) is the name that person bore before; the
 * person's index, or -1. One word only: "Guests included A B, the former President C D, and …" lists two people.
 */
function formerNameOwner(
  tokens: readonly Token[],
  names: NameEdges,
  titleStart: number,
  nameEnd: number,
): number {
  if (tokens[titleStart - 1]?.lower !== 'former' || tokens[titleStart - 2]?.lower !== 'the') return -1;
  if (tokens[titleStart - 3]?.text !== ',') return -1;
  const close = tokens[nameEnd];
  if (close !== undefined && close.text !== ',' && close.lower !== 'of') return -1;
  const owner = names.endingAt(titleStart - 3);
  return owner !== undefined && owner.end - owner.start === 1 ? owner.person : -1;
}

/** A title at `at`: its head ("President"), or a modifier and its head ("Prime Minister", "vice president"). */
function titleAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined || !t.word) return false;
  // "when X was Ethiopia's prime minister": the office of a country named in the possessive.
  const own = tokens[at + 1]?.text;
  if (POSSESSIVE_S.has(own ?? '') && tokenFlags(t) & COUNTRY) return titleAt(tokens, at + 2);
  if (titleHeads.has(t.lower)) return true;
  return titleModifiers.has(t.lower) && titleHeads.has(tokens[at + 1]?.lower ?? '');
}

/** A lower-case title head ("chief", "spokesman") at `at`. */
function titleHeadAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && !t.cap && (tokenFlags(t) & TITLE_HEAD) !== 0;
}

const STYLE_ABBREVIATION_SET: ReadonlySet<string> = new Set(STYLE_ABBREVIATIONS);

/**
 * "Bubi, as the president is popularly known, said …": one word before ", as the <title> is known," is what the
 * holder of that title, named before it, is called. That person's index; undefined when the words are not there.
 */
function knownAsTitleOwner(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  people: readonly PersonRecord[],
  end: number,
): number | undefined {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'as' || tokens[end + 2]?.lower !== 'the')
    return undefined;
  let k = end + 3;
  while (
    k < end + 6 &&
    tokens[k]?.word &&
    !tokens[k]?.cap &&
    tokens[k]?.lower !== 'is' &&
    tokens[k]?.lower !== 'was'
  )
    k++;
  const title = tokens
    .slice(end + 3, k)
    .map((t) => t.lower)
    .join(' ');
  if (!title || (tokens[k]?.lower !== 'is' && tokens[k]?.lower !== 'was')) return undefined;
  if (KNOWN_AS_ADVERBS.has(tokens[k + 1]?.lower ?? '')) k++;
  if (tokens[k + 1]?.lower !== 'known') return undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.kind === 'pronoun' || m.start >= end) continue;
    if ((people[m.person] as PersonRecord).roles.some((r) => r.toLowerCase().endsWith(title)))
      return m.person;
  }
  return undefined;
}

/** "X, also known as Y", "X, widely known as Y". */
const KNOWN_AS_ADVERBS = new Set(['also', 'better', 'widely', 'popularly', 'commonly']);

/** The person of the latest name (not a pronoun) ending right at token `end`, or -1. */
function namedEndingAt(mentions: readonly Mention[], end: number): number {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.end === end && m.kind !== 'pronoun') return m.person;
    if (m.end < end) break;
  }
  return -1;
}

/**
 * "Joaquim Alves do Prado, Quinzinho, considered …": one unknown word set off by commas right after a person's name,
 * before a lower-case aside, is what they are called (the person's index), or -1. Also "…, also known as X".
 */
function nicknameOwner(tokens: readonly Token[], mentions: readonly Mention[], at: number): number {
  const word = tokens[at] as Token;
  const next = tokens[at + 2];
  if (
    tokens[at - 1]?.text !== ',' ||
    tokens[at + 1]?.text !== ',' ||
    !next?.word ||
    next.cap ||
    next.sent !== word.sent ||
    (tokenFlags(word) & (COMMON_WORD | COUNTRY | CITY | REGION | DEMONYM)) !== 0
  )
    return knownAsOwner(tokens, mentions, at);
  return namedEndingAt(mentions, at - 1);
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from']);
/**
 * "on Court Philippe-Chatrier at Roland Garros", "Centre Court at Wimbledon": a bare name after "at" right after a
 * court's, a stadium's or a hall's name is the grounds that hold it (many are named after someone), not a person;
 * "at X's invitation" still names one.
 */
function groundsOfVenue(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.lower !== 'at' || POSSESSIVE_S.has(tokens[end]?.text ?? '')) return false;
  for (let k = start - 2; k >= start - 5; k--) {
    const t = tokens[k];
    if (!t?.cap || !t.word) return false;
    if (t.lower === 'court' || placeHeads.has(t.lower)) return true;
  }
  return false;
}
/** Verbs before "under" and a person: a pupil's, an apprentice's or a subordinate's. */
const UNDER_A_PERSON = new Set(['studied', 'trained', 'apprenticed', 'served', 'worked']);

/**
 * "the Socialist mayor of Lyon Claire Dumont": a one-word place after a lower-case title's "of", right before a
 * given name and a surname, is the title's complement, not the name's first word. Returns where the title starts
 * (with one capitalised word after a determiner, a party's), or -1.
 */
function titleOfPlaceBeforeName(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 2];
  const place = tokens[at] as Token;
  if (
    tokens[at - 1]?.lower !== 'of' ||
    head === undefined ||
    head.cap ||
    !titleHeads.has(head.lower) ||
    looksLikeFirstName(place) ||
    !looksLikeFirstName(tokens[at + 1] as Token)
  )
    return -1;
  const start = lowerTitleStart(tokens, at - 1);
  const party = tokens[start - 1];
  return party?.cap && party.word && DETERMINERS.has(tokens[start - 2]?.lower ?? '') ? start - 1 : start;
}
/**
 * "the founding leader of the Movement Teodoro X", "head of the Commission Ana Y": in a run from `at` to `end` after a
 * lower-case title head, "of" and "the", the body's capitalised words (none a given name) and then a given name and a
 * surname: where the title starts and where the name does; null otherwise. ("head of the Nelson Mandela Foundation
 * X" opens with a given name: the body may be named for a person, and is left alone.)
 */
function titleOfBodyBeforeName(
  tokens: readonly Token[],
  at: number,
  end: number,
): { titleStart: number; nameStart: number } | null {
  const head = tokens[at - 3];
  if (
    tokens[at - 1]?.lower !== 'the' ||
    tokens[at - 2]?.lower !== 'of' ||
    head === undefined ||
    !titleHeads.has(head.lower) ||
    looksLikeFirstName(tokens[at] as Token)
  )
    return null;
  // "joined by Comptroller of the Currency John X": a capitalised head standing alone (no capitalised word before
  // it) opens the title itself.
  const capHead = head.cap && !tokens[at - 4]?.cap;
  if (head.cap && !capHead) return null;
  for (let k = at + 1; k <= end - 2; k++) {
    if (!looksLikeFirstName(tokens[k] as Token)) continue;
    return { titleStart: capHead ? at - 3 : lowerTitleStart(tokens, at - 2), nameStart: k };
  }
  return null;
}
const PLAYED = new Set(['went', 'came', 'limped', 'was']);
const OUTLET_NOUNS = new Set(['newspaper', 'broadcaster', 'daily', 'tabloid', 'channel']);
/** "… news agency", "… newspaper", "… broadcaster": the lower-case noun of an outlet right after a one-word name. */
function outletNoun(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.text;
  if (w === 'news') return tokens[k + 1]?.text === 'agency' || tokens[k + 1]?.text === 'agencies';
  return w !== undefined && OUTLET_NOUNS.has(w);
}

/** What a player does or undergoes on the pitch, right after a one-word name (or its "who" clause). */
const SUBSTITUTED =
  /^(?:, who(?: had)?)? (?:went off|came on|limped off|was (?:replaced|substituted|sent off|booked)\b)/;
/** What may close a nationality set off as a noun after a name: ", a Norwegian who …", ", a Briton,", ", an Israeli." */
const NATIONALITY_NOUN_CLOSERS = new Set(['who', ',', '.']);
/** A family name with the Arabic article joined in camel case ("AlSaadi", "AlMarzouqi"). */
const JOINED_ARTICLE = /^Al[A-Z][a-z]{3,}$/;
const OWNED_FOUNDED = new Set(['owned', 'founded', 'co-founded']);
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'a', 'an']);
const AT_IN = new Set(['at', 'in']);

/**
 * Start of the country that ends right before the comma at `comma` ("Suriname", "Costa Rica") and follows a comma or
 * "and" (an item of a list), or -1.
 */
function countryBefore(tokens: readonly Token[], comma: number): number {
  for (const n of [1, 2]) {
    const start = comma - n;
    const first = tokens[start];
    if (!first?.cap || !first.word) continue;
    let key = first.lower;
    for (let k = start + 1; k < comma; k++) key += ` ${(tokens[k] as Token).lower}`;
    const before = tokens[start - 1];
    if (countryNames.get(key) && (before?.text === ',' || before?.lower === 'and')) return start;
  }
  return -1;
}

/** "Minister of Jal Shakti, X", "Union Minister for Ayush, Y": a run right after a capitalised title head's "of". */
function portfolioOfTitle(tokens: readonly Token[], start: number): boolean {
  const of = tokens[start - 1]?.lower;
  const head = tokens[start - 2];
  return (of === 'of' || of === 'for') && head !== undefined && head.cap && titleHeads.has(head.lower);
}

/** Words of a place or a body: "according to Nikkei Asia", "according to Statistics Norway" name no one. */
const NOT_A_SOURCE_NAME = COUNTRY | CITY | REGION | DEMONYM | ORG_HEAD | PLACE_HEAD | MONTH | WEEKDAY;

/** Verbs of speech that come before the speaker after a quote: "…, said X.", "…,” added Y." */
const SPEECH_BEFORE = new Set([
  'said',
  'says',
  'added',
  'adds',
  'noted',
  'stressed',
  'explained',
  'insisted',
  'warned',
]);

/**
 * "The deal is fair, said Chan Baldeo.": a name-shaped run after a verb of speech that follows a comma or a closing
 * quote, closed by a comma or the sentence's end, is the speaker (no word of it a place's or a body's).
 */
function saidAfterQuote(tokens: readonly Token[], start: number, end: number): boolean {
  if (!SPEECH_BEFORE.has(tokens[start - 1]?.lower ?? '')) return false;
  const mark = tokens[start - 2]?.text ?? '';
  if (mark !== ',' && mark !== '"' && mark !== '”' && mark !== "'" && mark !== '’') return false;
  return closedSourceName(tokens, start, end);
}

function closedSourceName(tokens: readonly Token[], start: number, end: number): boolean {
  const close = tokens[end];
  if (close && close.text !== ',' && close.text !== '.' && close.sent === tokens[start]?.sent) return false;
  for (let k = start; k < end; k++) if (tokenFlags(tokens[k] as Token) & NOT_A_SOURCE_NAME) return false;
  return true;
}

/**
 * "According to Basdeo Sookram, the plan …": a name-shaped run after "according to", closed by a comma or the
 * sentence's end, is the one who says so (no word of it a place's or a body's).
 */
function accordingTo(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.lower !== 'to' || tokens[start - 2]?.lower !== 'according') return false;
  return closedSourceName(tokens, start, end);
}

const ARTICLE_RE = /^(?:the|a|an|also|then|and|with|by|of)$/i;
const PRESENT_AMONG = new Set(['present', 'among']);

/** Start of a title ending in a head and a capitalised qualifier in parentheses right before `at`, or -1. */
function parenthesisedTitle(
  tokens: readonly Token[],
  at: number,
  roleOnly: ReadonlyMap<number, Run>,
): number | undefined {
  // "Director General (Southeast Asia) of the ministry X": the body the desk is of, in lower case, may follow.
  if (
    tokens[at - 4]?.text === ')' &&
    tokens[at - 3]?.lower === 'of' &&
    tokens[at - 2]?.lower === 'the' &&
    tokens[at - 1]?.word &&
    !tokens[at - 1]?.cap
  )
    return parenthesisedTitle(tokens, at - 3, roleOnly);
  if (tokens[at - 1]?.text !== ')') return undefined;
  let o = at - 2;
  // "Director General (South Asia & SAARC) X": a desk of two regions joined by "&".
  while (
    o >= at - 6 &&
    ((tokens[o]?.cap && tokens[o]?.word) || (tokens[o]?.text === '&' && o < at - 2 && tokens[o - 1]?.cap))
  )
    o--;
  if (o === at - 2 || tokens[o]?.text !== '(') return -1;
  const run = roleOnly.get(o - 1);
  if (!run || (tokens[run.start] as Token).sent !== (tokens[at] as Token).sent) return -1;
  let a = run.start;
  while (a < run.end && ARTICLE_RE.test((tokens[a] as Token).text)) a++;
  return a < run.end ? a : -1;
}

/**
 * "In Jakarta, spokesman of the National Disaster Agency (NDA) X told …": start of a lower-case title head (with its
 * lower-case modifiers: "chief spokesman") and "of the" a capitalised body ending in a body's head word, perhaps with
 * its initials in brackets, right before the name at `at`; or -1.
 */
function lowerTitleOfBodyStart(tokens: readonly Token[], at: number): number {
  const sent = tokens[at]?.sent;
  let k = at - 1;
  // "(BNPB)": the body's initials (or short form) in brackets.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && tokens[k - 1]?.cap) k -= 3;
  if (!orgHeads.has(tokens[k]?.lower ?? '') || !tokens[k]?.cap) return -1;
  while (k > 0 && tokens[k]?.sent === sent && tokens[k]?.cap && tokens[k]?.word && !tokens[k]?.first) k--;
  if (tokens[k]?.lower !== 'the' || tokens[k - 1]?.lower !== 'of') return -1;
  const head = tokens[k - 2];
  if (!head || head.cap || head.sent !== sent || !titleHeads.has(head.lower)) return -1;
  let s = k - 2;
  while (
    s > 0 &&
    !tokens[s - 1]?.cap &&
    tokens[s - 1]?.sent === sent &&
    titleModifiers.has(tokens[s - 1]?.lower ?? '')
  )
    s--;
  return s;
}

/** Words that join a title's capitalised words ("Minister for Foreign Affairs", "Minister of Finance and Y"). */
const TITLE_JOINERS = new Set(['of', 'for', 'and', 'the', '&']);

/**
 * "Chief Cabinet Secretary: SATO Hiroshi": a line of a cabinet list, a title, a colon and a name closing the line.
 * Start of the title, or -1.
 */
function colonTitle(tokens: readonly Token[], at: number, end: number): number {
  if (tokens[at - 1]?.text !== ':' || (tokens[end] !== undefined && tokens[end].sent === tokens[at]?.sent))
    return -1;
  let k = at - 2;
  let head = false;
  for (; k >= 0 && at - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (!(t.cap && t.word) && !TITLE_JOINERS.has(t.lower)) return -1;
    if (titleHeads.has(t.lower)) head = true;
    if (t.first) break;
  }
  return head && tokens[k]?.first ? k : -1;
}

/**
 * "the Ministry of National Defence said", "Kingdom of Jesus Christ (KOJC) founder", "at the Santiago Bernabéu,",
 * "the Regina Caeli prayer": a name inside a body's name ("<Body> of X") or right after "the" names a thing (a
 * stadium, a prayer, a hospital named for someone), not a person — except before their rule or a possessive ("the
 * X regime", "the X's government").
 */
function namedForPerson(tokens: readonly Token[], bare: Run): boolean {
  if (namesGrouping(tokens, bare.start, bare.end)) return true;
  const before = tokens[bare.start - 1];
  if (!before || before.sent !== tokens[bare.start]?.sent) return false;
  if (before.lower === 'the') {
    const after = tokens[bare.end]?.lower ?? '';
    return !RULE_NOUNS.has(after) && !POSSESSIVE_S.has(after);
  }
  const body = tokens[bare.start - 2];
  return (
    before.lower === 'of' &&
    body !== undefined &&
    body.cap &&
    (tokenFlags(body) & (ORG_HEAD | PLACE_HEAD)) !== 0 &&
    !titleHeads.has(body.lower)
  );
}

const PARENTS = new Set(['father', 'mother', 'grandfather', 'grandmother']);
const CHILDREN = new Set(['son', 'daughter', 'grandson', 'granddaughter']);

/**
 * "the elder Chea" / "the younger Chea": of the people named with the word at `at`, the one introduced as the
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

/**
 * "four co-accused, Ana Reyes, Lito Reyes, Ingrid Reyes and …": two words in a list whose last word is also the
 * surname of a later item that starts with a known first name ("Ingrid Reyes") are kin listed together, even where
 * the shared surname is also a country ("Canada") or a common word.
 */
function surnameSharedInList(tokens: readonly Token[], bare: Run): boolean {
  const last = tokens[bare.end - 1] as Token;
  const sep = tokens[bare.end];
  if (sep?.text !== ',' && sep?.lower !== 'and') return false;
  for (let k = bare.end + 2; k < bare.end + 12; k++) {
    const t = tokens[k];
    if (!t || t.sent !== last.sent) return false;
    if (t.text !== last.text) continue;
    const first = tokens[k - 1] as Token;
    const before = tokens[k - 2];
    if (first.cap && looksLikeFirstName(first) && (before?.text === ',' || before?.lower === 'and'))
      return true;
  }
  return false;
}

/**
 * Whether the relation set off by the comma before `at` is a person's own: "his (late) mother, X", "her former husband,
 * X" — a possessive pronoun, at most one word of age or time between it and the relation.
 */
function ownRelationBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 3;
  if (KIN_AGES.has(tokens[k]?.lower ?? '') || KIN_TIMES.has(tokens[k]?.lower ?? '')) k--;
  const own = tokens[k]?.lower;
  return own === 'his' || own === 'her' || own === 'their';
}

/**
 * "Idan and Efrat Varro": after a one-word name ending at `end`, "and" and a name of two capitalised words that
 * closes the list; the surname they share, or undefined.
 */
function surnameSharedAfterAnd(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.lower !== 'and') return undefined;
  const given = tokens[end + 1];
  const surname = tokens[end + 2];
  const after = tokens[end + 3];
  if (!given?.cap || !given.word || !surname?.cap || !surname.word || surname.sent !== given.sent)
    return undefined;
  if (after?.cap && after.word) return undefined;
  return surname.text;
}

/** A run of two words that only a shared surname in its list makes a name (see surnameSharedInList). */
function kinInList(tokens: readonly Token[], run: Run): Run | null {
  if (run.end - run.start !== 2) return null;
  const first = tokens[run.start] as Token;
  if (!first.word || tokenFlags(first) & COMMON_WORD || countryNames.has(first.lower)) return null;
  return surnameSharedInList(tokens, run) ? { start: run.start, end: run.end } : null;
}

/** Plural relation nouns before a list of relatives ("his siblings Gonzalo and Marta", "X's parents, A B and C D"). */
const KIN_PLURALS = new Set([
  'parents',
  'siblings',
  'sons',
  'daughters',
  'brothers',
  'sisters',
  'children',
  'grandchildren',
  'cousins',
]);

/**
 * The plural relation noun the name from `at` to `end` is listed after ("his sons Ali, Omar and Hassan", "X's
 * parents, A B and C D"), or -1. Each name before it in the list is one capitalised word or a name found
 * (in `nameEdges`) of another than `self`.
 */
function kinListBefore(
  tokens: readonly Token[],
  nameEdges: NameEdges,
  at: number,
  end: number,
  self: number,
): number {
  const sent = tokens[at]?.sent;
  let k = at - 1;
  for (let names = 0; names < 6; names++) {
    const t = tokens[k];
    if (!t || t.sent !== sent) return -1;
    if (!t.cap && KIN_PLURALS.has(t.lower)) return k;
    if (t.lower !== 'and' && t.text !== ',') return -1;
    // "his sons, Ali and Omar,", "two children from his first marriage, Ali and Omar": a list set off by a comma
    // after the noun (and its complement) when it holds two names or more.
    const noun = t.text === ',' ? kinNounBeforeComma(tokens, k) : -1;
    if (noun >= 0 && (names > 0 || tokens[end]?.lower === 'and' || tokens[end]?.text === ',')) return noun;
    const named = nameEdges.endingAt(k, self);
    if (named) {
      k = named.start - 1;
      continue;
    }
    const prev = tokens[k - 1];
    // Each name before is one capitalised word, itself after the noun or a separator.
    if (!prev?.cap || !prev.word) return -1;
    k -= 2;
  }
  return -1;
}

/** Prepositions that open a kin noun's complement ("children from his first marriage", "sons by his wife"). */
const KIN_COMPLEMENTS = new Set(['from', 'by', 'of']);

/**
 * The plural relation noun that ends right before the comma at `comma`, or opens the short lower-case complement
 * that does ("two children from his first marriage,"), or -1.
 */
function kinNounBeforeComma(tokens: readonly Token[], comma: number): number {
  const sent = tokens[comma]?.sent;
  for (let k = comma - 1; k >= comma - 6; k--) {
    const t = tokens[k];
    if (!t || t.sent !== sent || !t.word || t.cap) return -1;
    if (KIN_PLURALS.has(t.lower))
      return k === comma - 1 || KIN_COMPLEMENTS.has(tokens[k + 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** Works a person makes: "a film by X Y", "the novel by X Y". */
const WORKS = new Set([
  'film',
  'films',
  'movie',
  'documentary',
  'novel',
  'novels',
  'book',
  'books',
  'play',
  'opera',
  'painting',
  'paintings',
  'poem',
  'poems',
  'song',
  'songs',
  'album',
  'directed',
  'written',
  'composed',
  'painted',
]);

/**
 * Occupations that name a tie or a business as often as a person's trade: "coalition partner Fine Gael", "chip maker
 * Zanta Kyoden", "grid operator Elvia Netz", "host nation", "tourists and coach" (a bus).
 */
const NOT_TRADES = new Set(
  'partner partners ally allies rival rivals member members owner sponsor affiliate maker operator developer producer dealer broker trader employer host native coach'.split(
    ' ',
  ),
);

/** Nouns for a person by station or age, no trade, that may stand right before a name ("Indian student X"). */
const STATION_NOUNS = new Set(['student', 'students', 'teenager', 'schoolgirl', 'schoolboy', 'pupil']);

/**
 * "… came third and cleric Reza Tavani fourth": a lower-case occupation right before a name of unknown words; "the
 * killing of Indian student X Y": or a person's station.
 */
function occupationBeforeName(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    !t.cap &&
    t.word &&
    ((isOccupation(t.lower) && !NOT_TRADES.has(t.lower)) || STATION_NOUNS.has(t.lower))
  );
}

/** "a film by Nuri Aslan", '"Dry Grasses" by Nuri Aslan': who made a work named or described just before. */
function authorBefore(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'by') return false;
  const w = tokens[start - 2];
  return w !== undefined && (WORKS.has(w.lower) || w.text === '"' || w.text === '”');
}

/**
 * "in Wim Brouwers' film": the apostrophe alone after a name ending in "s" is its possessive, unless a single quote
 * opened before the name in the sentence ('the \'Three Kings\' tour').
 */
function pluralPossessive(tokens: readonly Token[], start: number, end: number): boolean {
  const apostrophe = tokens[end]?.text;
  if ((apostrophe !== "'" && apostrophe !== '’') || !/s$/i.test(tokens[end - 1]?.text ?? '')) return false;
  const sent = tokens[start]?.sent;
  for (let k = start - 1; k >= 0 && tokens[k]?.sent === sent; k--) {
    const t = tokens[k]?.text;
    if (t === "'" || t === '‘') return false;
  }
  return true;
}

/** Whether "<Name>'s mother, " before `at` names the relative of one `notPersonHere` holds (an animal's). */
function relativeOfNonPerson(tokens: readonly Token[], at: number, notPersonHere: Set<string>): boolean {
  if (notPersonHere.size === 0 || tokens[at - 1]?.text !== ',') return false;
  const relation = tokens[at - 2];
  const own = tokens[at - 3]?.text;
  if (!relation || !relationWords.has(relation.lower) || !POSSESSIVE_S.has(own ?? '')) return false;
  let k = at - 4;
  while (k > at - 8 && tokens[k - 1]?.cap && tokens[k - 1]?.word) k--;
  if (!tokens[k]?.cap) return false;
  const name = tokens
    .slice(k, at - 3)
    .map((t) => t.text)
    .join(' ');
  return notPersonHere.has(normKey(name));
}

/** Whether the run at `at` opens a Spanish exclamation ("¡Hala Madrid!") or a quotation after "a"/"an". */
function chantOrCoinage(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text;
  if (before === '¡') return true;
  if (before !== '"' && before !== '“') return false;
  const article = tokens[at - 2]?.lower;
  return article === 'a' || article === 'an';
}

/** Past "(PSB)" right after a name at `end`: one capitalised word in brackets (a party's); else `end`. */
function partyBracketEnd(tokens: readonly Token[], end: number): number {
  const word = tokens[end + 1];
  return tokens[end]?.text === '(' && word?.cap && word.word && tokens[end + 2]?.text === ')' ? end + 3 : end;
}

/** Auxiliaries that open a clause's verb after a name ("X (SNSD) was elected"). */
const AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'will']);

/**
 * "Keit Tamm-Rosin (Reform) took over the ministry", "Zorka Milić (SNSD) was elected": a name of unknown words, then a
 * party's one word in brackets, then the clause's verb, is a person (a party is named after its members, not after
 * bodies or places; not the tail of a body's name after "of"). Read only after an unknown name followed by "(".
 */
function partyTaggedActor(tokens: readonly Token[], start: number, end: number): boolean {
  // "the Prohibition of Chemical Weapons (OPCW) voted": after "of", the words close a body's name.
  if (tokens[start - 1]?.lower === 'of') return false;
  const close = partyBracketEnd(tokens, end);
  if (close === end) return false;
  const tag = tokens[end + 1] as Token;
  if (countryNames.has(tag.lower)) return false;
  const verb = tokens[close];
  if (!verb || verb.cap || !verb.word) return false;
  if (AUXILIARIES.has(verb.lower)) {
    const next = tokens[close + 1];
    return next !== undefined && !next.cap && next.word && next.lower.endsWith('ed');
  }
  return verbWords.has(verb.lower) && !verb.lower.endsWith('s') && !verb.lower.endsWith('ing');
}

/**
 * Past "of the Mongolian People's Party" right after a name at `end`, when a comma closes it: capitalised words (a
 * hyphenated "Party-led" among them) ending in a party's or a front's word; else `end`.
 */
function partyOfEnd(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.lower !== 'of' || tokens[end + 1]?.lower !== 'the') return end;
  let k = end + 2;
  let party = false;
  for (; k < end + 12; k++) {
    const t = tokens[k];
    if (!t || !(t.cap || POSSESSIVE_S.has(t.text))) break;
    party = PARTY_WORDS.has(t.lower);
  }
  return party && tokens[k]?.text === ',' ? k : end;
}
const PARTY_WORDS = new Set(['party', 'front', 'alliance', 'movement', 'congress', 'coalition']);

/**
 * "took over from X Y", "takes over the Foreign Ministry from X Y", "took over as prime minister from Z": one takes
 * over an office from the person who held it (the office named in up to six words between, in the same clause);
 * "handing over to X Y": one hands it to a person.
 */
function tookOverFrom(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower === 'to')
    // "stepped down after a single term, handing over to X Y in 1999", "handed power to X Y": an office is handed
    // to a person.
    return (
      (tokens[start - 2]?.lower === 'over' || tokens[start - 2]?.lower === 'power') &&
      HAND_FORMS.has(tokens[start - 3]?.lower ?? '')
    );
  const from = tokens[start - 1];
  if (from?.lower !== 'from') return false;
  for (let k = start - 2; k >= start - 8 && k >= 1; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== from.sent || !t.word) return false;
    if (t.lower === 'over' && TAKE_FORMS.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

type ListedRun = { start: number; end: number; surface: string; key: string };

/** Function words that never open a listed name ("…, The Hague and …", "…, And Berg"). */
const NOT_GIVEN_NAMES = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'nor']);

/**
 * "…, Per Dahl and …", "…, Eva Vik and Bo Ek": two words mid-sentence, after a list's comma or "and" and before its
 * next joint, a capitalised function word before a word that is no English word (English does not capitalise "per"
 * there). The whole run, which no name rule but the list's (listedWithWords) accepts; or null.
 */
function listedOddName(tokens: readonly Token[], run: Run): Run | null {
  if (run.end - run.start !== 2) return null;
  const given = tokens[run.start] as Token;
  const surname = tokens[run.start + 1] as Token;
  const joint = tokens[run.start - 1];
  if (
    given.first ||
    (joint?.text !== ',' && joint?.lower !== 'and') ||
    !CLAUSE_CLOSERS.has(tokens[run.end]?.lower ?? '.')
  )
    return null;
  const functionWordGiven =
    (tokenFlags(given) & FUNCTION_WORD) !== 0 &&
    !NOT_GIVEN_NAMES.has(given.lower) &&
    !(tokenFlags(surname) & COMMON_WORD);
  return functionWordGiven ? { start: run.start, end: run.end } : null;
}

/**
 * The lower-case title from `start` to the name at `end` as a role; "the Czechoslovak President and party leader X":
 * with a capitalised title joined to it by "and" (the word before a lone head is part of it) as another.
 */
function addJoinedTitles(f: PeopleFinder, p: PersonRecord, start: number, end: number): void {
  const tokens = f.tokens;
  let joined = titleBeforeAnd(tokens, start);
  if (joined < 0 && start === end - 1 && tokens[start - 1]?.word && !tokens[start - 1]?.cap) {
    joined = titleBeforeAnd(tokens, start - 1);
    if (joined >= 0) start--;
  }
  f.addTitleRoles(p, start, end);
  if (joined >= 0) f.addTitleRoles(p, joined, start - 1);
}

/** Where a capitalised title ending right before "and" at `at - 1` starts ("Polish President and …"), or -1. */
function titleBeforeAnd(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 2];
  if (tokens[at - 1]?.lower !== 'and' || !head?.cap || !titleHeads.has(head.lower)) return -1;
  let k = at - 2;
  while (k > 0 && tokens[k - 1]?.cap && tokens[k - 1]?.word && tokens[k - 1]?.sent === head.sent) k--;
  return k;
}

const WIFE_STYLES = new Set(['mrs', 'mrs.', 'madame', 'mme', 'mme.']);

/**
 * A name after "Mrs." (or "Madame") that opens with a man's given name: the husband's, a wife is named by. Not a
 * surname alone ("Mrs. Grady said", whatever given names "Grady" also is).
 */
function husbandsName(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  const style = tokens[start - 1]?.text === '.' ? tokens[start - 2] : tokens[start - 1];
  if (!WIFE_STYLES.has(style?.lower ?? '')) return false;
  const given = (tokens[start] as Token).lower;
  return (maleNames.has(given) || firstNames.has(given)) && !femaleNames.has(given);
}

/** "Peter Marsh", "Ingrid Park": a known given name at `at` before one word that also heads places' names. */
function placeSurname(tokens: readonly Token[], at: number): boolean {
  const surname = tokens[at + 1];
  return (
    surname !== undefined &&
    (tokenFlags(surname) & NOT_IN_LISTED_NAME) === PLACE_HEAD &&
    looksLikeFirstName(tokens[at] as Token)
  );
}

/**
 * "Maldives, for AOSIS, speaking through Amir Nadeem (Maldives), welcomed …": a negotiations bulletin's style — a
 * party speaks through its delegate, a person.
 */
function spokeThrough(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.lower === 'through' && SPEAKS.has(tokens[start - 2]?.lower ?? '');
}
const SPEAKS = new Set(['speaking', 'spoke', 'speaks']);

/**
 * "Amir Nadeem (Maldives)", "Tui Lagi (Marshall Islands)", "Ana Reyes (Trinidad and Tobago)": a country alone in
 * brackets right after the name (capitalised words, and the lower-case "and" or "of" inside a country's name).
 */
function countryInBrackets(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== '(') return false;
  let k = end + 1;
  for (; k < tokens.length && k <= end + 4 && tokens[k]?.text !== ')'; k++) {
    const w = tokens[k] as Token;
    if (!w.word || (!w.cap && (k === end + 1 || !COUNTRY_NAME_JOINERS.has(w.lower)))) return false;
  }
  return tokens[k]?.text === ')' && namesCountry(tokens, end + 1, k);
}

/** The lower-case words inside a country's name: "Trinidad and Tobago", "Republic of Korea". */
const COUNTRY_NAME_JOINERS = new Set(['and', 'of']);

/** The styles of Indian official releases before a name ("Shri", "Smt"), Hindi and Tamil ("Thiru", "Tmt."). */
const INDIAN_STYLES = new Set([...HINDI_STYLES, 'thiru', 'thirumathi', 'tmt']);

/** Words that make a capitalised run a place, a body, an office or a date rather than a name. */
const NOT_IN_LISTED_NAME =
  COUNTRY | CITY | REGION | DEMONYM | ORG_HEAD | PLACE_HEAD | TITLE_HEAD | MONTH | WEEKDAY;

/**
 * "Kari Lunde, Tone Vik, Per Dahl and …", "Lars Berg, Sigrid Sand, …": a run of two or three capitalised words
 * mid-sentence, set off by a comma in a list, may be a name even where a word of it is an English word — if another
 * is no English word, and nothing in it is a word of places, bodies, offices or dates.
 */
function listedWithWords(tokens: readonly Token[], run: Run): boolean {
  // "…, B and X.": the last item of a list (commaLinked asks for the list's other items).
  if (
    tokens[run.start - 1]?.text !== ',' &&
    tokens[run.end]?.text !== ',' &&
    tokens[run.start - 1]?.lower !== 'and'
  )
    return false;
  // "Dan Whitford, Middle East envoy X": a run a lower-case noun follows describes the next name.
  const after = tokens[run.end];
  if (after && after.sent === (tokens[run.start] as Token).sent && !CLAUSE_CLOSERS.has(after.lower))
    return false;
  let unknownWord = false;
  for (let k = run.start; k < run.end; k++) {
    const t = tokens[k] as Token;
    if (k === run.start + 1 && run.end === k + 1 && placeSurname(tokens, run.start)) unknownWord = true;
    else if (t.first || !t.cap || tokenFlags(t) & NOT_IN_LISTED_NAME || NOT_NAME_WORDS.has(t.lower))
      return false;
    if (!(tokenFlags(t) & COMMON_WORD)) unknownWord = true;
  }
  if (!unknownWord) return false;
  // "the Minister of the Interior, Local Authorities and Regional Planning, X": a list opened by "of" or "the"
  // lists a title's portfolios.
  let k = run.start - 1;
  for (let t = tokens[k]; t && (t.cap || t.text === ',' || t.lower === 'and'); t = tokens[k]) k--;
  return !TITLE_LINK_WORDS.has(tokens[k]?.lower ?? '');
}

/**
 * Whether such a run is a comma's width from a person: ", X," / ", X and Y", or closes a list of people ("A, B and
 * X") — a run joined by "and" alone ("Kari Lunde and Grace Hope", "Tone Vik and Red Cross") is no list. `ends` maps
 * where each person's mention ends to where it starts.
 */
function commaLinked(
  tokens: readonly Token[],
  c: ListedRun,
  starts: ReadonlySet<number>,
  ends: ReadonlyMap<number, number>,
): boolean {
  if (tokens[c.start - 1]?.text === ',' && ends.has(c.start - 1)) return true;
  if (tokens[c.start - 1]?.lower === 'and') {
    const before = ends.get(c.start - 1);
    return before !== undefined && tokens[before - 1]?.text === ',';
  }
  if (tokens[c.end]?.text !== ',') return false;
  const next = tokens[c.end + 1]?.lower === 'and' ? c.end + 2 : c.end + 1;
  return starts.has(next);
}

/**
 * "Ana Petrov, Ilse Varga and Mei Tanaka completed the win": three or more unknown full names listed as "X, Y and Z"
 * and then acting (a verb right after the list) are people even when none of them is known — places and bodies
 * listed that way are known words, and are not name-shaped.
 */
function actingNameList(tokens: readonly Token[], listed: readonly ListedRun[]): ListedRun[] {
  const byStart = new Map<number, ListedRun>();
  for (const c of listed) byStart.set(c.start, c);
  const found: ListedRun[] = [];
  const seen = new Set<number>();
  for (const first of listed) {
    if (seen.has(first.start) || first.end - first.start < 2) continue;
    const chain = [first];
    let closed = false;
    for (let c = first; ;) {
      let r = c.end;
      const comma = tokens[r]?.text === ',';
      if (comma) r++;
      const and = tokens[r]?.lower === 'and';
      if (and) r++;
      const next = comma || and ? byStart.get(r) : undefined;
      if (!next || next.end - next.start < 2) break;
      chain.push(next);
      seen.add(next.start);
      c = next;
      if (and) {
        const after = tokens[c.end];
        closed = after !== undefined && after.word && !after.cap && verbWords.has(after.lower);
        break;
      }
    }
    if (closed && chain.length >= 3) found.push(...chain);
  }
  return found;
}

/**
 * "the older generation of leaders such as Mao Zedong and Ho Chi Minh": a Vietnamese name (family name first, words
 * of one syllable) in a list of people after "such as" or "including", another name right before it ("A and
 * <name>", "A, <name>"), is a person's — even one that is also a city's short form, or whose words are English ones.
 */
function vietnameseListedLeader(tokens: readonly Token[], start: number, surface: string): boolean {
  const joint = tokens[start - 1];
  if (!(joint?.lower === 'and' || joint?.text === ',') || !tokens[start - 2]?.cap) return false;
  return vietnameseShaped(surface.split(' ')) && listedAmongPeople(tokens, start);
}

/** Where the verb after ", among others," following a name at `end` is, or -1 when no such aside follows. */
function amongOthersAfter(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'among' || tokens[end + 2]?.lower !== 'others')
    return -1;
  return tokens[end + 3]?.text === ',' ? end + 4 : -1;
}

/** Title words that are also adjectives of a common phrase ("Chief Guest", "General Elections"). */
const ADJECTIVE_TITLES = new Set(['chief', 'general']);
const ACTOR_NOUNS: ReadonlySet<string> = new Set(actorNouns);

/** "Joint Chiefs of Staff", "Joint Secretaries of …": a "name" ending in a title head's plural, before "of". */
function boardOfHolders(tokens: readonly Token[], start: number, end: number): boolean {
  const last = (tokens[end - 1] as Token).lower;
  return (
    tokens[end]?.lower === 'of' &&
    last.endsWith('s') &&
    (titleHeads.has(last.slice(0, -1)) ||
      (last.endsWith('ies') && titleHeads.has(`${last.slice(0, -3)}y`))) &&
    !looksLikeFirstName(tokens[start] as Token)
  );
}

/** "X Y, the mother of President Y": the title at `at` follows a relation of the person `self` named before the comma. */
function kinOfSelf(tokens: readonly Token[], names: NameEdges, at: number, self: number): boolean {
  if (tokens[at - 1]?.lower !== 'of') return false;
  const rel = tokens[at - 2];
  if (
    !rel ||
    rel.cap ||
    !relationWords.has(rel.lower) ||
    rel.lower === 'counterpart' ||
    rel.lower === 'friend'
  )
    return false;
  const comma = tokens[at - 3]?.lower === 'the' ? at - 4 : at - 3;
  return tokens[comma]?.text === ',' && names.endingAt(comma)?.person === self;
}

/**
 * "the General Elections in X", "visited X as Chief Guest at …": a title that is only "General" or "Chief" before one
 * word that is a noun of a person's part ("Guest", "Economist") or a plural in "-ions" ("Elections", "Consultations")
 * is a phrase of those words, no titled name ("General Sessions" after "Attorney" keeps its longer title).
 */
function adjectiveTitlePhrase(tokens: readonly Token[], titled: TitledName): boolean {
  const { titleStart, titleEnd, nameStart, nameEnd } = titled;
  if (titleStart !== titleEnd || nameStart !== titleEnd + 1 || nameEnd - nameStart !== 1) return false;
  if (!ADJECTIVE_TITLES.has((tokens[titleStart] as Token).lower)) return false;
  const word = (tokens[nameStart] as Token).lower;
  return ACTOR_NOUNS.has(word) || (word.length > 5 && word.endsWith('ions'));
}

/**
 * "More than 2,000 years ago, X Y of the Han Dynasty set out …": one of a dynasty's time, a figure of history (a
 * dynasty has its people; a place or a body is "of" a country or a city). The capitalised words after "of the" end
 * in "Dynasty" or "dynasty".
 */
function ofDynasty(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'of' || tokens[end + 1]?.lower !== 'the') return false;
  for (let k = end + 2; k < end + 5; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.lower === 'dynasty') return k > end + 2;
    if (!t.cap) return false;
  }
  return false;
}

/**
 * "Helmut Strand (ODU), 1949-1963", "Anton Velk (ODU), since 2021": a line of a list of office holders, a name with
 * its party's initials and its years in office.
 */
function tenureLine(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start] as Token;
  if (!first.first) return false;
  const party = tokens[end + 1];
  return (
    tokens[end]?.text === '(' &&
    party !== undefined &&
    /^\p{Lu}{2,6}$/u.test(party.text) &&
    tokens[end + 2]?.text === ')' &&
    tokens[end + 3]?.text === ',' &&
    (YEAR.test(tokens[end + 4]?.lower ?? '') || tokens[end + 4]?.lower === 'since') &&
    tokens[end + 4]?.sent === first.sent
  );
}

/** A party's member: "Conservative", "Social Democrat", "Christian Democrats". */
const PARTY_MEMBERS = new Set([
  'conservative',
  'republican',
  'democrat',
  'socialist',
  'communist',
  'liberal',
]);
const PARTY_MEMBER_PAIRS = new Set(['social', 'christian', 'free', 'liberal']);

/** Where a party member's word (or pair) at `at` ends, or `at` when there is none. */
function partyMemberEnd(tokens: readonly Token[], at: number): number {
  const w = tokens[at]?.lower ?? '';
  const next = tokens[at + 1]?.lower ?? '';
  if (PARTY_MEMBER_PAIRS.has(w) && (next === 'democrat' || next === 'democrats')) return at + 2;
  return PARTY_MEMBERS.has(w) ? at + 1 : at;
}
