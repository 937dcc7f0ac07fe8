// Rules 2–7 of decideCountries: a person whose roles name no country is placed by the people and sentences around
// their name; see decide-countries.ts for the order.
import { quotingBroadcasterCity } from './broadcast-clause.ts';
import {
  REACTIONS,
  STAYED_AWAY_BEFORE,
  WORK_BEFORE,
  calledOnInQuote,
  isMatchReport,
} from './participants.ts';
import {
  acronymSpelledCountry,
  headedBodyCountry,
  namesABody,
  registeredElsewhere,
} from './body-countries.ts';
import {
  MET_OR_RECEIVED,
  ownCounterpart,
  cityFrameCountry,
  cityFrameSceneCountry,
  STUDY_WORDS,
  TOPIC_PREPOSITIONS,
  BEING_IN,
  sentenceCountries,
  previousSentenceCountry,
  successionCountry,
  pairedDemonym,
  peopleNamedWith,
  clauseBreakBetween,
  inQuote,
  describesGroup,
  countryOfAnother,
  otherSideAt,
  withBetween,
  representedCountry,
  standInForCountry,
  governingCountry,
  accompaniedBy,
  commaAfter,
  reportedBefore,
  namesChina,
  possessiveCountryBefore,
  ledeText,
  namedAlongWith,
  namedBuildingAt,
  qualifiesGroup,
  describesPlace,
} from './country-context.ts';
import {
  chineseStateMedia,
  cityCountry,
  cityCountryAt,
  findCountries,
  outletCountry,
  type CountryHit,
  UNION_YEARS,
} from './countries.ts';
import { SPELLED_ORDINALS } from './appositive.ts';
import { listFellowsCountry } from './country-steps-described.ts';
import { lacksOffice } from './office-countries.ts';
import { firstWordMayBeSurname, nameShapeCountry, vietnameseShaped } from './name-shapes.ts';
import {
  heldTitlePossessor,
  possessorOfRole,
  storyCountries,
  storyNameEdges,
  visitHostHome,
  type CountryStory,
} from './country-story.ts';
import {
  DEPARTURE_FORMS,
  APPOINT_VERBS,
  RETURN_FORMS,
  TAKE_FORMS,
  LED_HEADED,
  CLAUSE_CLOSERS,
  QUESTION_WORDS,
  countryNames,
  CROWN_NOUNS,
  demonymCountry,
  isFunctionWord,
  orgHeads,
} from './lexicon.ts';
import { NAME_SUFFIXES, POSSESSIVE_MARKS, POSSESSIVE_S } from './names.ts';
import {
  bareTitle,
  nationalCabinetPost,
  SPOUSE_TITLES,
  isPresidentRole,
  SINGLE_HOLDER_TITLES,
  atAnotherTime,
  titleCountry,
  pastHolderCountry,
  currentHolders,
  isBareSingleHolder,
  heldByAnother,
  holdsOfficeLacking,
  lacksOneOf,
} from './one-holder-offices.ts';
import {
  SPEECH_AFTER,
  COUNTERPART,
  OFFICE_RELATIONS,
  RULE_NOUNS,
  counterpartsCommaBefore,
} from './person-cues.ts';
import type { RoleSpan } from './appositive.ts';
import { awaitsCountry, type Mention, type PersonRecord } from './person-record.ts';
import { isOccupation, relationWords, titleHeads, titleModifiers } from './roles.ts';
import { OPPONENT_CUES, hasScore } from './sport-cues.ts';
import { tokenize, type Token, type TokenizedText } from './tokenize.ts';
import { CENTURIES_AGO, YEAR } from './years.ts';
import {
  COMMON_WORD,
  COUNTRY,
  DEMONYM,
  FUNCTION_WORD,
  HONORIFIC,
  ORG_HEAD,
  TITLE_HEAD,
  tokenFlags,
} from './word-classes.ts';

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

/**
 * "Indian Prime Minister X, standing beside President Y": one beside (alongside, next to) another titled person is
 * another side, not one more of their nationality.
 */
function besideBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'beside' || w === 'alongside' || (w === 'next' && tokens[k + 1]?.lower === 'to')) return true;
  }
  return false;
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

/** "country|title" -> who holds that one-holder office with a settled country ("Lao Prime Minister X"). */
interface HeldOffices {
  heldBy?: Map<string, PersonRecord>;
}

/**
 * Rules 2–7, person by person: relatives, coordination, the sentence around a mention, a speaker, a same title
 * elsewhere, a predecessor, the outlet's defaults. After rule 1 and the international bodies' officials, whom
 * nothing around a name may overrule; before the story-wide defaults (rules 7a–13), which only fill what is left.
 */
export function placeByStoryContext(story: CountryStory): void {
  const { people } = story;
  // Built when first needed (most stories never ask), from the countries placed by then.
  const offices: HeldOffices = {};
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (p.countrySettled) continue;
    placeFromStory(story, pi, offices);
  }
}

function placeFromStory(story: CountryStory, pi: number, offices: HeldOffices): void {
  const { doc, tokens, people, titleDoc, chineseContext, home, homeDefault, countryCache, mentionsBySent } =
    story;
  const p = people[pi] as PersonRecord;
  const pinyin = story.pinyinOf[pi] as boolean;
  let inPassing: boolean | undefined;
  // Named in passing, or through another outlet's newsroom: the outlet's home and the sentence before place neither.
  const passing = () =>
    (inPassing ??= namedInPassing(story, p) || anotherOutletsJournalist(p, story.article.source));
  // "First lady Jane Doe" beside "President John Doe": the president whose surname she bears, before the story's
  // other presidents ("… feted Chinese President Y") and the words around her ("in a gown by a British house"); left
  // for the later steps while he is not placed.
  const husband = presidentNamesake(story, p);
  if (husband) {
    p.country = husband.country;
    return;
  }
  const kin = kinCountry(story, pi);
  if (kin !== null) {
    p.country = kin;
    return;
  }
  // "X, Varga's chief of staff, took part": the principal, when placed by now (people are placed in the order found),
  // before an East German counterpart named in X's sentence.
  const principal = possessorOfRole(story, p)?.country;
  if (principal) {
    p.country = principal;
    return;
  }
  // "the President's national security adviser, X" while "President Y" is still unplaced: left for Y's country, given
  // once the defaults place Y (placeAidesOfTitledPrincipals), not the dateline's or a nearer "Soviet President Z"'s.
  const titled = heldTitlePossessor(story, p);
  if (titled && titled.country === null && !titled.international) return;
  // "Jakarta (ANTARA) - … received Apple CEO X … asked the US technology giant to invest in Indonesia": in a national
  // outlet's story, an executive of a firm it calls another country's acts for the firm, for no country.
  // Settled with none: no later default (the domestic story's locals) may give them one.
  if (firmOfAnother(story, p, home)) {
    p.countrySettled = true;
    return;
  }
  // "moderated by Vantia's editor-in-chief, X", "The Wall Street Journal's editor-in-chief Y": an outlet's journalist
  // by its possessive works for the outlet: of its country when known (the outlet's, as below), else of none (not
  // the country of the forum they moderate, nor of where the story is filed).
  const possessor = outletPossessor(story, p);
  if (possessor !== null) {
    const c = outletCountry(possessor) ?? stateBroadcasterCountry(possessor);
    if (c !== null) p.country = c;
    else p.countrySettled = true;
    return;
  }
  // "detained Wall Street Journal reporter X": a journalist of a national outlet is of the outlet's country, whatever
  // the sentence around them names (the country they were detained in, the filing outlet's).
  const newsroom = outletJournalistCountry(p.roles);
  if (newsroom !== null) {
    p.country = newsroom;
    return;
  }
  const firstNamed = p.mentions.find((m) => m.kind !== 'pronoun');
  // "X, who chairs the academy's Nobel Committee" after "the Royal Swedish Academy": the body they head.
  const headed = p.roles.length === 0 && firstNamed ? headedBodyCountry(tokens, firstNamed.end) : null;
  if (headed !== null) {
    p.country = headed;
    return;
  }
  // "deputy chairman of Sudan's Sovereign Council X … Chairman of the Sovereign Council Y": the body the story tied to
  // a country.
  const introduced = introducedBodyCountry(story, p);
  if (introduced !== null) {
    p.country = introduced;
    return;
  }
  // "COP28 President X handed over the presidency to Y" after "Y taking over the presidency … from the United Arab
  // Emirates": the one handing over a rotating presidency holds it for the country it passes from.
  const handedFrom = firstNamed ? presidencyHandedOverFrom(story, firstNamed) : null;
  if (handedFrom !== null) {
    p.country = handedFrom;
    return;
  }
  // "laid a wreath at the monument to national hero X" in a story from Havana: the one honoured is the host's.
  const honoured = firstNamed && story.datelineHome !== null ? wreathHonoured(tokens, firstNamed) : false;
  if (honoured) {
    p.country = story.datelineHome;
    return;
  }
  // "travel to Chile and Peru to meet President X and President Y respectively"; "his Dutch
  // and Belgian counterparts, X and Y".
  const respective = firstNamed
    ? (respectiveCountry(story, firstNamed) ??
      pairedCounterpartCountry(story.tokens, firstNamed) ??
      twoCountriesPairCountry(story, firstNamed) ??
      firstSinceCountry(story.tokens, firstNamed) ??
      pairedSignersCountry(story, firstNamed) ??
      pairedDescriptionCountry(story, firstNamed))
    : null;
  if (respective !== null) {
    p.country = respective;
    return;
  }
  // "the relationship between the two countries, founded by President A, President B and President C": of the two
  // countries the sentence names, the one a founder's name is shaped like (before the offices others hold today).
  const founded = firstNamed ? foundersCountry(story, p, pinyin) : null;
  if (founded !== null) {
    p.country = founded;
    return;
  }
  // "The leaders of Uruguay, X, and Paraguay, Y, also took part": the country set off right before the name (also in a
  // list of semicolons: "the Presidents of Argentina, X; Chile, Y; and Bolivia, Z").
  const setOff = firstNamed ? countrySetOffBefore(story, firstNamed) : null;
  if (setOff !== null) {
    p.country = setOff;
    return;
  }
  // "Patriarch X of Moscow and All Russia", "Archbishop Y of Lyon": a titled name's see or seat, a city abroad.
  const see = firstNamed && p.roles.length > 0 ? cityOfTitledName(story, firstNamed) : undefined;
  if (see !== undefined) {
    p.country = see;
    return;
  }
  // "Tan's predecessor, Senior Minister X,": one who held the office before (or after) someone is of their country;
  // "Chief Adviser's press secretary X": one who serves the holder of a title, of the holder's.
  const forerunner = firstNamed
    ? (officeRelationCountry(story, firstNamed) ??
      titledPrincipalCountry(story, firstNamed) ??
      servedUnderCountry(story, firstNamed))
    : null;
  if (forerunner !== null) {
    p.country = forerunner;
    return;
  }
  // "The Head of State thanked President X and the American people": the people named with them are theirs.
  const nation = firstNamed ? peopleNamedWith(tokens, firstNamed.end) : null;
  if (nation !== null) {
    p.country = nation;
    return;
  }
  // "due to be signed in Lisbon in June at a summit hosted by President X": the host of a gathering in a city.
  const hostCity = firstNamed && p.roles.length > 0 ? hostedInCityCountry(story, firstNamed) : null;
  if (hostCity !== null) {
    p.country = hostCity;
    return;
  }
  // "with Prime Minister X taking part from New Delhi" in a summit held virtually: where they joined from.
  const remote = remoteJoinCountry(story, p);
  if (remote !== null) {
    p.country = remote;
    return;
  }
  // "External Affairs Minister X" in an Indian outlet's story: the ministry's name is only India's now, and the outlet's
  // own country's officials are written without it; before the words around the name ("X, who is accompanied by …,
  // was called on by External Affairs Minister Y").
  // From an outlet of no known country, the story naming India places it too ("assured her that India would …").
  const ownMinistry = ministryOfOneCountry(p.roles);
  if (
    ownMinistry !== null &&
    (ownMinistry === story.home || (story.home === null && storyCountries(story).has(ownMinistry)))
  ) {
    p.country = ownMinistry;
    return;
  }
  // "attended by …, party leader X, Lebanese Forces leader Y": a party's leader among compatriots in a list.
  const fellows = listFellowsCountry(story, p);
  if (fellows !== null) {
    p.country = fellows;
    return;
  }
  const coord = coordinatedCountry(story, pi, pinyin);
  // "the Faisal al-Nouri regime", "the X administration": named only by their rule.
  const byRule = p.mentions.every((m) => m.kind === 'pronoun' || RULE_NOUNS.has(tokens[m.end]?.lower ?? ''));
  // "the late paleoanthropologist X", "his late colleague Y": one remembered in passing is not of the countries their
  // sentence names (where the events recalled took place, a colleague's nationality).
  const read = rememberedInPassing(story, p)
    ? null
    : sentenceContextCountry(story, pi, pinyin, byRule, offices);
  // "as did Defence Minister X and the U.S. President's national security adviser, Y": the bare office is not of the
  // nationality that titles the one paired after it (left for the defaults, as placeBareLeadersBesideForeignOnes).
  // "Soviet leader X refused to drop his demand that President Y confine …": nor the nationality of a foreign leader
  // named before it in the same sentence; there the story's one other country, a venue's aside, is the bare one's
  // ("blamed the collapse on the American insistence" at a Reykjavik summit); with no one other country, the reading
  // stands.
  const unpaired =
    read === null || pairedForeignNationality(tokens, p) === read
      ? null
      : leaderBeforeNationality(story, p) === read
        ? (otherSideThanVenue(story, read) ?? read)
        : read;
  const shapedRead = unpaired === null ? null : (shapedAgainst(story, p, unpaired) ?? unpaired);
  const taken = shapedRead === null ? null : (otherSideOfTakenOffice(story, p, shapedRead) ?? shapedRead);
  const shaped = taken === null ? null : (hostOfEnvoyDealtWith(story, p, taken) ?? taken);
  const office = shaped === null ? null : holderOfOfficeBeside(story, p, shaped);
  // The office chose among the countries: settled, so that no default reads them as a bare-named foreigner.
  if (office !== null) p.countrySettled = true;
  const ctx = office ?? shaped;
  const speaker = !coord && !ctx && firstNamed ? speakerCountry(story, pi, pinyin, firstNamed) : null;
  // "The previous visit of the X leader to Tehran took place in 2006, when he held talks with President Y": the host of
  // the visit the sentence names, before another's same bare title.
  const visited =
    (coord ?? ctx ?? speaker) || !firstNamed || p.roles.length === 0
      ? null
      : visitNounHostCountry(tokens, firstNamed);
  const sameTitle =
    (coord ?? ctx ?? speaker ?? visited) ? null : sameTitleCountry(story, p, pinyin, firstNamed);
  // 7. A Chinese-romanised name in a Chinese outlet's story with nothing else to go on.
  // "sworn in …, succeeding Bambang Wiryono": the predecessor in an office held the same country's office.
  const predecessor =
    (coord ?? ctx ?? speaker ?? visited ?? sameTitle) || !firstNamed
      ? null
      : successionCountry(firstNamed, people, mentionsBySent, tokens);
  // "X visited Moscow, when he … held talks with Foreign Minister Y": the host of a visit.
  const host =
    (coord ?? ctx ?? speaker ?? visited ?? sameTitle ?? predecessor) || !firstNamed || p.roles.length === 0
      ? null
      : (visitHostCountry(tokens, firstNamed) ??
        metOnLedeVisitCountry(story, firstNamed) ??
        standInCountry(story, firstNamed) ??
        embassyCountry(story, p) ??
        datelineHostCountry(story, firstNamed) ??
        hostAtDatelineCountry(story, p));
  const rival =
    (coord ?? ctx ?? speaker ?? visited ?? sameTitle ?? predecessor ?? host) || !firstNamed
      ? null
      : electionRivalCountry(story, pi, firstNamed);
  // "Tehran radio quoted X, speaker of parliament, as saying …": the broadcaster's capital's, before any outlet's home.
  const quoted =
    (coord ?? ctx ?? speaker ?? visited ?? sameTitle ?? predecessor ?? host ?? rival) || !firstNamed
      ? null
      : quotingBroadcasterCountry(tokens, firstNamed.start);
  p.country =
    coord ??
    ctx ??
    speaker ??
    visited ??
    sameTitle ??
    predecessor ??
    host ??
    rival ??
    quoted ??
    // Before the outlet's default: the pronoun it rests on was resolved by rule, not read.
    (firstNamed && officeHolderOf(story, firstNamed)?.country) ??
    (firstNamed && appointerOf(story, pi, firstNamed)?.country) ??
    // "HE Minister of External Affairs Dr. X" in a Qatari agency's story: a ministry by a name only one country gives
    // it now is that country's, before the outlet's default (not a settled role: an older Sri Lankan cabinet had one).
    ministryOfOneCountry(p.roles) ??
    // "Chinese Premier Wu … received by the King" in Bernama: the visitors' bare-titled pinyin names are China's;
    // so is "President Liu Zhiwei had also stayed away" in a PTI story that names China.
    // In a world wire's story, "his talks in Beijing with Premier X": a titled pinyin name beside China's capital.
    (pinyin &&
    (chineseContext ||
      (home !== null && (story.chinaInHeadline ??= namesChina(titleDoc, doc))) ||
      (home === null && p.roles.length > 0 && besideBeijing(p, doc)))
      ? 'China'
      : // "Businessman X also attended": a trade, unlike an office, is not the outlet's country's.
        byRule || (p.roles.length > 0 && p.roles.every(sentenceTrade))
        ? null
        : // "President X" in a KUNA story: a monarchy has no president, the outlet's country is no default; nor,
          // in a Yonhap story, for a second "President Y" once the first is placed there.
          homeDefault === null ||
            passing() ||
            registeredElsewhere(p.roles, homeDefault) ||
            cityElsewhere(p.roles, homeDefault) ||
            institutionElsewhere(story, p, homeDefault) ||
            p.roles.some(namedGroupOffice) ||
            companionAbroad(story, p, homeDefault) ||
            officeElsewhere(story, p, homeDefault)
          ? null
          : (shapedAbroad(story, p, homeDefault) ?? eraOfHome(story, p, homeDefault))) ??
    (firstNamed && visitedHere(story, p)) ??
    (firstNamed && !passing()
      ? (holdable(
          p,
          previousSentenceCountry(doc, firstNamed.sent, countryCache, (at) =>
            titleBeforeName(story, at, firstNamed.sent),
          ),
        ) ?? holdable(p, visitedBeforeCountry(story, firstNamed.sent)))
      : null);
  // Settled with none: no story-wide default (the domestic story's locals) may place them either. Abroad, the later
  // steps still weigh other cues ("succeeding X"); only the domestic story's default passes them over.
  if (p.country === null && passing()) {
    if (filedAbroad(story)) p.inPassing = true;
    else p.countrySettled = true;
  }
}

/**
 * "Former Danish Premier X flew to Vilnius last spring to show support. This week President Y signed a law …":
 * when the sentence before places no one by its country words (a nationality only in another's title), the one city
 * it says someone came to (travelled, flew to) is where the next sentence's bare office is held, in the same
 * paragraph, when that sentence names no country itself. Null otherwise.
 */
function visitedBeforeCountry(story: CountryStory, sent: number): string | null {
  const { doc, tokens, countryCache } = story;
  const prev = doc.sentences[sent - 1];
  const [s] = doc.sentences[sent] ?? [0, 0];
  if (!prev || prev[1] <= prev[0] || sentenceCountries(doc, sent, countryCache).length > 0) return null;
  if (doc.text.slice((tokens[prev[1] - 1] as Token).end, (tokens[s] as Token).start).includes('\n'))
    return null;
  let found: string | null = null;
  for (let k = prev[0] + 1; k + 1 < prev[1]; k++) {
    if ((tokens[k] as Token).lower !== 'to' || !CAME_TO.has((tokens[k - 1] as Token).lower)) continue;
    if (!tokens[k + 1]?.cap) continue;
    const c = cityCountryAt(tokens, k + 1, prev[1]) ?? null;
    if (c === null || (found !== null && found !== c)) return null;
    found = c;
  }
  return found;
}

/** Verbs of a headline's visit after the visitor's name: "X visits Beirut", "X arrives in Seoul", "X tours Y". */
const VISIT_VERBS = new Set(['visits', 'arrives', 'lands', 'tours', 'reaches']);

/**
 * "LIVE: X in Tunis — Italian premier tours the port, meets A, B and C", "X visits Tunis", "X arrives in Seoul":
 * with no dateline, a headline that puts a visitor placed by their own title in a place of another
 * country names the story's host; found once (null when the headline names no such visit).
 */
function visitHeadlineHost(story: CountryStory): string | null {
  if (story.visitHost !== undefined) return story.visitHost;
  const { titleDoc, people } = story;
  let host: string | null = null;
  if (titleDoc !== null && story.article.dateline === null) {
    const tt = titleDoc.tokens;
    for (const v of people) {
      if (v.titleMention < 0 || !v.countrySettled || v.country === null || v.international) continue;
      let k = v.titleMention;
      while (tt[k]?.cap && tt[k]?.word) k++;
      if (VISIT_VERBS.has(tt[k]?.lower ?? '')) k++;
      if (tt[k]?.lower === 'in' || tt[k]?.lower === 'to') k++;
      if (k === v.titleMention || !tt[k]?.cap) continue;
      // "Macron in Beirut", not "Macron in talks" (a place the gazetteer knows).
      if (tt[k - 1]?.lower !== 'in' && !VISIT_VERBS.has(tt[k - 1]?.lower ?? '')) continue;
      const c = placeCountry(tt, k);
      if (c !== null && c !== v.country) {
        host = c;
        break;
      }
    }
  }
  return (story.visitHost = host);
}

/** Words that set someone among a visitor's own party: "accompanied by", "his delegation", "travelling with". */
const PARTY_WORDS = /\b(?:accompan\w*|delegation|entourage|travel(?:l)?ing with|travel(?:l)?ed with)\b/i;

/**
 * "He was seen off by President X" in a story headlined "Y in Tunis" with no dateline: one the steps before
 * left without a country, named in no sentence of the visitor's party, is the host's (the place the headline's
 * visitor is in). Null otherwise.
 */
function visitedHere(story: CountryStory, p: PersonRecord): string | null {
  const host = visitHeadlineHost(story);
  if (host === null) return null;
  const { doc, tokens } = story;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const [s, e] = doc.sentences[m.sent] ?? [0, 0];
    if (PARTY_WORDS.test(doc.text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end)))
      return null;
    // "Prince X and Princess Y have arrived in Poland with their parents": the visitors themselves.
    if (arrivesAfter(tokens, m.end, e)) return null;
    // "travel to Berlin, where they will meet Chancellor X": one met at the visit's next stop is of its city's country.
    const stop = nextStopBefore(tokens, s, m.start);
    if (stop !== null && stop !== host) return stop;
  }
  return host;
}

const ARRIVES = new Set(['arrived', 'arrives', 'landed', 'lands']);

/** Words between a subject's name and its arrival: the list it heads, its auxiliary ("X and Princess Y have"). */
const BEFORE_ARRIVAL = new Set(['and', ',', 'have', 'has', 'had', 'also', 'just', 'finally']);

/** "X have arrived", "X and Princess Y have arrived", "X landed": the name ending at `end` is the arrival's subject. */
function arrivesAfter(tokens: readonly Token[], end: number, sentEnd: number): boolean {
  for (let k = end; k < end + 8 && k < sentEnd; k++) {
    const t = tokens[k] as Token;
    if (ARRIVES.has(t.lower)) return true;
    if (!t.cap && !BEFORE_ARRIVAL.has(t.lower)) return false;
  }
  return false;
}

/** "… travel to Berlin, where …" before a name at `start` in its sentence (from `s`): the city's country, or null. */
function nextStopBefore(tokens: readonly Token[], s: number, start: number): string | null {
  for (let k = start - 1; k > s + 1 && k > start - 12; k--) {
    if (tokens[k]?.lower !== 'where' || tokens[k - 1]?.text !== ',') continue;
    // The city right before the comma, after "to" or "in" (one or two words).
    for (const w of [2, 3]) {
      const before = tokens[k - 1 - w];
      if (before?.lower === 'to' || before?.lower === 'in')
        return cityCountryAt(tokens, k - w, k - 1) ?? null;
    }
  }
  return null;
}

/**
 * Whether token `at` is inside a title written right before its holder's name ("German Chancellor X"), a holder the
 * sentence `sent` does not name again ("her spokesman Y" does, by a pronoun).
 */
function titleBeforeName(story: CountryStory, at: number, sent: number): boolean {
  const span = story.roleEndAt.get(at);
  return (
    span !== undefined &&
    span.owner.mentions.some((m) => m.start === span.end) &&
    !span.owner.mentions.some((m) => m.sent === sent)
  );
}

/**
 * "Former British Prime Minister X came to Kyiv … Now President Y has signed a decree": the country the sentence
 * before names, unless it has no holder of the person's bare title (the United Kingdom has no president).
 */
function holdable(p: PersonRecord, country: string | null): string | null {
  if (country === null) return null;
  return holdsOfficeLacking(p.roles, country) ? null : country;
}

/** What a wreath is laid at or for: "in memory of", "at the monument to", "at the tomb of" the one honoured. */
const HONOURED_AT =
  /\b(?:in (?:the )?memory of|(?:monument|memorial|statue|tomb|mausoleum|grave|bust) (?:of|to))$/;

/**
 * "W laid a wreath in memory of X at …", "laid a wreath at the monument to national hero Y": the one honoured
 * where a visitor lays a wreath (lower-case words of description between).
 */
function wreathHonoured(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k > m.start - 4 && tokens[k]?.word && !tokens[k]?.cap && !isFunctionWord(tokens[k]?.lower ?? ''))
    k--;
  const sent = tokens[m.start]?.sent;
  let words = '';
  let wreath = false;
  for (let j = k; j >= 0 && j > k - 12 && tokens[j]?.sent === sent; j--) {
    const w = (tokens[j] as Token).lower;
    if (w === 'wreath' || w === 'wreaths') wreath = true;
    if (j > k - 4) words = words ? `${w} ${words}` : w;
  }
  return wreath && HONOURED_AT.test(words);
}

/**
 * The homes whose outlet kept its name through the union's end (TASS, Russia's today, filed for the Soviet Union):
 * their stories of the union's years (`UNION_YEARS`) are the union's.
 */
const OUTLET_SUCCESSORS: ReadonlySet<string> = new Set(['Russia']);

/**
 * The outlet's home for p, or the state it was part of when the story was filed in that state's years, or when every
 * sentence naming p is set in them ("the previous treaty, signed by X and Y in 1950" in a TASS story: X signed for the
 * Soviet Union).
 */
function eraOfHome(story: CountryStory, p: PersonRecord, home: string): string {
  const former = OUTLET_SUCCESSORS.has(home) ? UNION_YEARS.get(home) : undefined;
  if (former === undefined) return home;
  const [state, from, to] = former;
  const { doc, tokens } = story;
  // A story the outlet filed in the state's years ("MOSCOW, July 17. /TASS/." dated 1975) is the state's.
  const filed = Number(story.article.date.slice(0, 4));
  if (filed >= from && filed <= to) return state;
  let named = false;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    named = true;
    const [s, e] = doc.sentences[m.sent] ?? [0, 0];
    let dated = false;
    for (let k = s; k < e; k++) {
      const w = (tokens[k] as Token).text;
      if (w.length !== 4 || !YEAR.test(w)) continue;
      const y = Number(w);
      if (y < from || y > to) return home;
      dated = true;
    }
    if (!dated) return home;
  }
  return named ? state : home;
}

/**
 * "Ortiz will travel to Chile and Peru to meet President X and President Y respectively": a
 * sentence that closes with "respectively" pairs its countries and the people named after the last of them, in
 * order. Only when the counts agree. Null otherwise.
 */
function respectiveCountry(story: CountryStory, m: Mention): string | null {
  const { doc, tokens, mentionsBySent, countryCache } = story;
  const [from, to] = doc.sentences[m.sent] ?? [0, 0];
  let close = -1;
  for (let k = from; k < to; k++) if (tokens[k]?.lower === 'respectively') close = k;
  if (close < 0) return null;
  const countries = sentenceCountries(doc, m.sent, countryCache).filter((h) => h.at < close);
  const after = countries[countries.length - 1]?.at ?? close;
  // The people named between the last country and "respectively" (not a traveller named before the countries).
  const named: number[] = [];
  for (const o of mentionsBySent.get(m.sent) ?? [])
    if (o.kind !== 'pronoun' && o.start > after && o.start < close && !named.includes(o.person))
      named.push(o.person);
  const index = named.indexOf(m.person);
  if (named.length < 2 || countries.length !== named.length || index < 0) return null;
  return countries[index]?.country ?? null;
}

/**
 * "his Dutch and Belgian counterparts, X and Y": two nationalities before "counterparts" and two names after it (and
 * its comma, if any: "his Russian and Turkish counterparts X and Y") pair in order, the first name with the first
 * nationality. Null for any other shape.
 */
function pairedCounterpartCountry(tokens: readonly Token[], m: Mention): string | null {
  const k = counterpartsCommaBefore(tokens, m.start, true);
  if (k < 0 || tokens[k - 3]?.lower !== 'and') return null;
  const second = tokens[m.start - 1]?.lower === 'and';
  // The first name: a second one must follow ("X and Y"), or the pair is not the counterparts'.
  if (!second && (tokens[m.end]?.lower !== 'and' || !tokens[m.end + 1]?.cap)) return null;
  const word = tokens[second ? k - 2 : k - 4];
  return word?.cap ? (demonymCountry.get(word.lower) ?? null) : null;
}

/**
 * "carried by A and B, a South and a North Korean player of the joint team": two names joined by "and", then a
 * description set off by a comma that pairs two nationalities, each with its own "a" or "an", in the same order. Null
 * for any other shape, or where the two are one country.
 */
function pairedDescriptionCountry(story: CountryStory, m: Mention): string | null {
  const { tokens, mentionsBySent } = story;
  const named = (mentionsBySent.get(m.sent) ?? []).filter(
    (o) => o.kind !== 'pronoun' && o.person !== m.person,
  );
  const second = tokens[m.end]?.lower === 'and' ? named.find((o) => o.start === m.end + 1) : m;
  const first = second === m ? named.find((o) => o.end === m.start - 1) : m;
  if (!first || !second || tokens[first.end]?.lower !== 'and') return null;
  const c = second.end;
  if (tokens[c]?.text !== ',' || !ARTICLES.has(tokens[c + 1]?.lower ?? '')) return null;
  let and = -1;
  for (let k = c + 3; k < c + 7; k++)
    if (tokens[k]?.lower === 'and' && ARTICLES.has(tokens[k + 1]?.lower ?? '')) and = k;
  if (and < 0) return null;
  const hits = findCountries(tokens, c + 2, and + 6);
  const two = hits.filter((h) => h.at > and + 1);
  const after = tokens[(two[0]?.at ?? 0) + 1];
  let one = hits.filter((h) => h.at < and);
  // "a South and a North Korean player": the first nationality's last word is left to the second's.
  const before = tokens[and - 1] as Token;
  if (one.length === 0 && two.length === 1 && before.cap && after?.cap && after.word) {
    const whole = tokenize([`${before.text} ${after.text}`]);
    one = findCountries(whole.tokens, 0, whole.tokens.length);
  }
  if (one.length !== 1 || two.length !== 1 || one[0]?.country === two[0]?.country) return null;
  return (first === m ? one[0]?.country : two[0]?.country) ?? null;
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * "the Soviet-Japanese declaration of 1956, signed by Prime Minister X and Soviet Premier Y": a pact named by the
 * hyphenated pair of its two nations, "signed by" two people; when one of them is placed on one side, the other
 * signed for the other side. Null for any other shape.
 */
function pairedSignersCountry(story: CountryStory, m: Mention): string | null {
  const { doc, tokens, people, mentionsBySent, countryCache } = story;
  const named = (mentionsBySent.get(m.sent) ?? []).filter((o) => o.kind !== 'pronoun');
  const at = named.findIndex((o) => o.start === m.start);
  if (at < 0) return null;
  const first = tokens[m.end]?.lower === 'and' ? m : named[at - 1];
  const second = first === m ? named[at + 1] : m;
  if (first === undefined || second === undefined || tokens[first.end]?.lower !== 'and') return null;
  let k = first.start - 1;
  while (k > first.start - 5 && tokens[k]?.cap) k--;
  if (tokens[k]?.lower !== 'by' || tokens[k - 1]?.lower !== 'signed') return null;
  const hits = sentenceCountries(doc, m.sent, countryCache).filter((h) => h.at < k);
  const pair = hits.find((h, i) => hits.some((g, j) => j !== i && g.at === h.at && g.country !== h.country));
  if (pair === undefined) return null;
  const sides = hits.filter((h) => h.at === pair.at).map((h) => h.country);
  const other = people[(first === m ? second : first).person]?.country;
  if (!other || !sides.includes(other) || sides.length !== 2) return null;
  return sides.find((c) => c !== other) ?? null;
}

/** Words that rank one of a kind before a nationality: "the first U.S. president", "the most senior Soviet leader". */
const RANKING_WORDS = new Set(['first', 'senior', 'highest-ranking', 'highest-level', 'top', 'only', 'last']);

/**
 * "X was the most senior Soviet leader to set foot in China since Y visited Peking", "the first U.S. president to
 * visit Cuba since Z": the one named after "since" held the same kind of post for the same country; so did the one
 * the ranked subject "was" ("The last Iranian president to visit Damascus was X"). Null for any other shape.
 */
function firstSinceCountry(tokens: readonly Token[], m: Mention): string | null {
  let since = m.start - 1;
  // Past a title before the name: "since President Z".
  while (since > m.start - 4 && tokens[since]?.cap) since--;
  const word = tokens[since]?.lower;
  // "The last Iranian president to visit Damascus was X, in September 2010": the one the ranked subject is.
  if (word === 'was' || word === 'is') return rankedNationalityBefore(tokens, since, m.sent);
  if (word !== 'since') return null;
  return rankedNationalityBefore(tokens, since - 1, m.sent);
}

/** The nationality of "the first U.S. president to" (one or two nouns after a ranking word) ending before `before`. */
function rankedNationalityBefore(tokens: readonly Token[], before: number, sent: number): string | null {
  for (let k = before - 1; k > before - 20 && k > 1; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return null;
    if (t.lower !== 'to' || tokens[k + 1]?.cap) continue;
    // "the first U.S. president to", "the most senior Soviet leader to": one or two nouns before "to".
    const d = tokens[k - 2]?.cap ? k - 2 : k - 3;
    const noun = tokens[d + 1] as Token;
    if (noun.cap || !noun.word || !RANKING_WORDS.has(tokens[d - 1]?.lower ?? '')) continue;
    const c = tokens[d]?.cap ? demonymCountry.get((tokens[d] as Token).lower) : undefined;
    if (c) return c;
  }
  return null;
}

/** "both sides", "the two teams": the two sides a story's headline names. */
const SIDES_NOUNS = new Set(['sides', 'teams']);
/** Plural titles of a pair, one for each side ("led by captains X and Y", "coaches X and Y"). */
const PAIRED_TITLES = new Set(['captains', 'skippers', 'coaches', 'managers']);

/**
 * "Saudi Arabia, Iran agree …" over "the foreign ministers of the two countries, X and Y, will meet": the two names
 * after "of the two countries," pair in order with the two countries the headline names, the first with the first.
 * Null for any other shape.
 */
function twoCountriesPairCountry(story: CountryStory, m: Mention): string | null {
  const { tokens, titleDoc, mentionsBySent } = story;
  if (titleDoc === null) return null;
  let comma = -1;
  let sidesWord = false;
  for (let k = m.start - 1; k > 3 && tokens[k]?.sent === m.sent; k--) {
    if (
      tokens[k]?.text === ',' &&
      tokens[k - 1]?.lower === 'countries' &&
      tokens[k - 2]?.lower === 'two' &&
      tokens[k - 3]?.lower === 'the'
    ) {
      comma = k;
      break;
    }
    // "the players of both sides, led by captains X and Y": the two teams, each led by one of a plural title's pair.
    if (
      SIDES_NOUNS.has(tokens[k]?.lower ?? '') &&
      (tokens[k - 1]?.lower === 'both' || (tokens[k - 1]?.lower === 'two' && tokens[k - 2]?.lower === 'the'))
    ) {
      comma = k;
      sidesWord = true;
      break;
    }
  }
  if (comma < 0) return null;
  // The first two people named after the comma, joined by "and" (titles may stand before each).
  const named: Mention[] = [];
  for (const o of mentionsBySent.get(m.sent) ?? [])
    if (o.kind !== 'pronoun' && o.start > comma && named.every((n) => n.person !== o.person)) named.push(o);
  const [first, second] = named;
  if (first === undefined || second === undefined || tokens[first.end]?.lower !== 'and') return null;
  // After "both sides", the pair shares one plural title ("captains", "coaches") right before the first name.
  if (sidesWord && !PAIRED_TITLES.has(tokens[first.start - 1]?.lower ?? '')) return null;
  const sides: string[] = [];
  for (const h of findCountries(titleDoc.tokens, 0, titleDoc.tokens.length))
    if (!sides.includes(h.country)) sides.push(h.country);
  if (sides.length !== 2) return null;
  if (m.person === first.person) return sides[0] ?? null;
  return m.person === second.person ? (sides[1] ?? null) : null;
}

/** "Chairman of the Sovereign Council": the capitalised body a role is of, ending in a body word. */
const ROLE_BODY_RE = /\bof the ((?:\p{Lu}[\p{L}'’-]*\s){0,4}\p{Lu}[\p{L}'’-]*)$/u;

/** "president of the Paris 2024 organising committee": a games' host city, its year and its committee. */
const HOST_COMMITTEE_RE =
  /\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:19|20)\d\d (?:[Oo]rgani[sz]ing|[Bb]id) [Cc]ommittee\b/u;

/**
 * "president of the Paris 2024 organising committee": the committee that stages (or bids for) a city's games is a
 * body of the city's country; null for a city the gazetteer does not know.
 */
function hostCityCommitteeCountry(role: string): string | null {
  const city = HOST_COMMITTEE_RE.exec(role)?.[1];
  return city === undefined ? null : (cityCountry(city.toLowerCase()) ?? null);
}

/**
 * "… deputy chairman of Sudan's Sovereign Council … Chairman of the Sovereign Council X": the country whose
 * possessive or nationality the story put before the body a bare role is of ("Sudan's Sovereign Council", "the
 * Sudanese Sovereign Council"), when it names one country so; or null.
 */
function introducedBodyCountry(story: CountryStory, p: PersonRecord): string | null {
  for (const r of p.roles) {
    const spelled = acronymSpelledCountry(r, story.doc.text) ?? hostCityCommitteeCountry(r);
    if (spelled !== null) return spelled;
    const m = ROLE_BODY_RE.exec(r);
    const body = m?.[1];
    if (!body || !orgHeads.has(body.slice(body.lastIndexOf(' ') + 1).toLowerCase())) continue;
    let found: string | null = null;
    const { text } = story.doc;
    for (let at = text.indexOf(body); at > 0; at = text.indexOf(body, at + body.length)) {
      // "Sudan's Sovereign Council", "the Sudanese Sovereign Council".
      const before = /(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?:['’]s)? $/u.exec(
        text.slice(Math.max(0, at - 40), at),
      );
      const word = before?.[1]?.toLowerCase() ?? '';
      const country = countryNames.get(word) ?? demonymCountry.get(word);
      if (country === undefined) continue;
      if (found !== null && found !== country) return null;
      found = country;
    }
    if (found !== null) return found;
  }
  return null;
}

/**
 * "Chief Adviser's press secretary X": the country of the one person of the story who holds the capitalised title
 * before "'s" and a lower-case office of up to three words right before the name; or null.
 */
function titledPrincipalCountry(story: CountryStory, m: Mention): string | null {
  const { tokens, people } = story;
  // "the prime minister's press chief, X,": the role set off before the name.
  const setOff = tokens[m.start - 1]?.text === ',';
  let k = m.start - (setOff ? 2 : 1);
  const head = tokens[k];
  if (!head || head.cap || !titleHeads.has(head.lower)) return null;
  const end = k;
  while (k > end - 3 && tokens[k - 1]?.word && !tokens[k - 1]?.cap) k--;
  const s = tokens[k - 1]?.text;
  if (s !== "'s" && s !== '’s') return null;
  let t = k - 1;
  while (t > k - 5 && tokens[t - 1]?.cap && tokens[t - 1]?.sent === m.sent) t--;
  if (t === k - 1) return setOff ? lowerPrincipalCountry(story, m, k - 1) : null;
  const title = bareTitle(story.doc.text.slice((tokens[t] as Token).start, (tokens[k - 2] as Token).end));
  // "Chief Adviser" is held by one titled "Chief Adviser Professor" or "Chief Adviser of the interim government" too.
  const holds = (r: string) => {
    const b = bareTitle(r);
    return b === title || b.startsWith(`${title} `);
  };
  let found: PersonRecord | undefined;
  for (const q of people) {
    if (q === people[m.person] || !q.roles.some(holds)) continue;
    if (found) return null;
    found = q;
  }
  return found?.country ?? null;
}

/**
 * "Prime Minister X held talks …, the prime minister's press chief, Y, told …": a one-holder office in lower case after
 * "the", before the possessive at `s`, is the one named with it last before Y in Y's sentence (not in an earlier one,
 * where "The president's press secretary, Y," after a summit of two presidents may be either's); that holder's
 * country, or null.
 */
function lowerPrincipalCountry(story: CountryStory, m: Mention, s: number): string | null {
  const { tokens, people } = story;
  let t = s;
  while (t > s - 3 && tokens[t - 1]?.word && !tokens[t - 1]?.cap && tokens[t - 1]?.lower !== 'the') t--;
  if (t === s || tokens[t - 1]?.lower !== 'the') return null;
  const title = story.doc.text.slice((tokens[t] as Token).start, (tokens[s - 1] as Token).end).toLowerCase();
  if (!SINGLE_HOLDER_TITLES.has(title)) return null;
  let found: PersonRecord | undefined;
  let at = -1;
  for (const q of people) {
    if (q === people[m.person] || !q.roles.some((r) => bareTitle(r) === title)) continue;
    for (const o of q.mentions)
      if (o.kind !== 'pronoun' && o.sent === m.sent && o.start < s && o.start > at) {
        at = o.start;
        found = q;
      }
  }
  return found?.country ?? null;
}

/**
 * "a post he kept under Harlan's successor, X": one still unplaced once the story's defaults placed the one whose
 * successor (or predecessor) they were — rule 2 reads the owner's country before those defaults ran, and only for a
 * titled name; an untitled one set off so is named by that office alone.
 */
export function placeOfficeRelationsLeft(story: CountryStory): void {
  for (const p of story.people) {
    if (!awaitsCountry(p)) continue;
    const named = p.mentions.find((m) => m.kind !== 'pronoun');
    if (named) p.country = officeRelationCountry(story, named, true);
  }
}

/**
 * "Tan's predecessor, Senior Minister X,": the country of the placed person whose predecessor or successor a
 * titled name is set off as (the relation, a comma, then a capitalised title up to the name); or null.
 */
function officeRelationCountry(story: CountryStory, m: Mention, untitled = false): string | null {
  const { tokens, people, inRoles, mentionsBySent } = story;
  let k = m.start - 1;
  while (k > m.start - 6 && inRoles.has(k) && tokens[k]?.cap) k--;
  if (
    (k === m.start - 1 && !untitled) ||
    tokens[k]?.text !== ',' ||
    !OFFICE_RELATIONS.has(tokens[k - 1]?.lower ?? '')
  )
    return null;
  const possessive = tokens[k - 2];
  if (possessive?.text !== "'s" && possessive?.text !== '’s') return null;
  const owner = (mentionsBySent.get(m.sent) ?? []).find((o) => o.end === k - 2 && o.kind !== 'pronoun');
  const q = owner ? people[owner.person] : undefined;
  return q && q !== people[m.person] ? q.country : null;
}

/**
 * "when X visited Seoul as vice president under then President Y": one served as a deputy under the head of their
 * own government, so the head is of the country of the person named before in the sentence.
 */
function servedUnderCountry(story: CountryStory, m: Mention): string | null {
  const { tokens, people, inRoles, mentionsBySent } = story;
  let k = m.start - 1;
  while (k > m.start - 6 && inRoles.has(k) && tokens[k]?.cap) k--;
  if (tokens[k]?.lower === 'then') k--;
  if (tokens[k]?.lower !== 'under' || k === m.start - 1) return null;
  // "as vice president under …": the deputy's office, in a few lower-case words after "as".
  let a = k - 1;
  while (a > k - 5 && tokens[a] !== undefined && !(tokens[a] as Token).cap && tokens[a]?.lower !== 'as') a--;
  if (tokens[a]?.lower !== 'as' || a === k - 1) return null;
  let deputy: Mention | undefined;
  for (const o of mentionsBySent.get(m.sent) ?? [])
    if (o.kind !== 'pronoun' && o.end <= a && o.person !== m.person && (!deputy || o.end > deputy.end))
      deputy = o;
  return deputy ? ((people[deputy.person] as PersonRecord).country ?? null) : null;
}

/**
 * "The leaders of Uruguay, X, and Paraguay, Y, …": a country's name after "of" or "and" (or "counterpart from"),
 * then a comma and the name (set off by a comma, "and" or the sentence's end after it), names the country of the one
 * it introduces.
 */
function countrySetOffBefore(story: CountryStory, m: Mention): string | null {
  const { tokens } = story;
  const comma = m.start - 1;
  if (tokens[comma]?.text !== ',' || comma < 2) return null;
  const after = tokens[m.end];
  // "…; Chile, Y; and Bolivia, Z.": a semicolon or the sentence's end closes a list's item too.
  if (after && after.sent === tokens[m.start]?.sent && !CLAUSE_CLOSERS.has(after.lower)) return null;
  const hits = findCountries(tokens, Math.max(0, comma - 5), comma);
  const hit = hits[hits.length - 1];
  if (!hit || hit.adjectival) return null;
  // The country's words reach the comma ("the Democratic Republic of Congo, X").
  for (let k = hit.at; k < comma; k++) {
    const t = tokens[k] as Token;
    if (!t.word || (!t.cap && t.lower !== 'of' && t.lower !== 'the' && t.lower !== 'and')) return null;
  }
  let open = tokens[hit.at - 1]?.lower === 'the' ? hit.at - 2 : hit.at - 1;
  // "his counterpart from neighbouring Benin, X": the counterpart's own country, set off likewise.
  if (NEIGHBOURING.has(tokens[open]?.lower ?? '')) open--;
  const opener = tokens[open]?.lower;
  if (opener === 'from') return /^counterparts?$/.test(tokens[open - 1]?.lower ?? '') ? hit.country : null;
  return opener === 'of' || opener === 'and' || opener === ';' ? hit.country : null;
}
const NEIGHBOURING = new Set(['neighbouring', 'neighboring']);

/** The country of the city right after a titled name and "of" ("Patriarch X of Moscow"), if the gazetteer knows it. */
function cityOfTitledName(story: CountryStory, m: Mention): string | undefined {
  const { tokens } = story;
  const of = tokens[m.end];
  const city = tokens[m.end + 1];
  if (of?.lower !== 'of' || !city?.cap || city.sent !== of.sent) return undefined;
  return cityCountryAt(tokens, m.end + 1, m.end + 3);
}

/** The country of the capital whose broadcaster quotes the name at `start` (see quotingBroadcasterCity); or null. */
function quotingBroadcasterCountry(tokens: readonly Token[], start: number): string | null {
  const city = quotingBroadcasterCity(tokens, start);
  if (city === '') return null;
  const c = cityCountry(city) ?? cityCountry(city.split(' ')[1] ?? '');
  // China's capital is no dateline city (countries.ts), but its radio speaks for China as Tehran's for Iran.
  return c ?? (city === 'beijing' || city === 'peking' ? 'China' : null);
}

/**
 * Whether a sentence naming p names China or its capital ("his talks in Beijing with Premier X"; "promised to the
 * President by Premier Y during his visit to China", old wire copy's "Peking").
 */
function besideBeijing(p: PersonRecord, doc: TokenizedText): boolean {
  return p.mentions.some((m) => {
    if (m.kind === 'pronoun') return false;
    const [from, to] = doc.sentences[m.sent] ?? [0, 0];
    for (let k = from; k < to; k++) if (CHINA_WORDS.has(doc.tokens[k]?.text ?? '')) return true;
    return false;
  });
}
const CHINA_WORDS: ReadonlySet<string> = new Set(['Beijing', 'Peking', 'China']);

/**
 * "London (PTI) … University of Edinburgh Principal X": a role naming a city of another country than the outlet's
 * is held there, so the outlet's home is no default for it (the dateline or the headline may still place it).
 */
function cityElsewhere(roles: readonly string[], home: string): boolean {
  return roles.some((r) => {
    const words = r.split(/\s+/);
    return words.some((w, i) => {
      if (!/^\p{Lu}/u.test(w)) return false;
      const lower = w.toLowerCase();
      const c = cityCountry(lower) ?? cityCountry(`${lower} ${words[i + 1]?.toLowerCase() ?? ''}`);
      return c !== undefined && c !== home;
    });
  });
}

/**
 * "New Delhi (PTI) … X, a senior fellow at the Brookings Institution in Washington, said": a commentator's institution
 * in a city of another country than the outlet's `home` (the city right after the role) is no local's.
 */
export function institutionElsewhere(story: CountryStory, p: PersonRecord, home: string): boolean {
  if (!commentator(p)) return false;
  const { tokens } = story;
  for (const r of p.roleSpans) {
    if (tokens[r.end]?.lower !== 'in' || !tokens[r.end + 1]?.cap) continue;
    const c = cityCountryAt(tokens, r.end + 1, tokens.length);
    if (c !== undefined && c !== null && c !== home) return true;
  }
  return false;
}

/** "Secretary-General of the X movement", "commander of the Y militia": a named group's own lower-case head word. */
const GROUP_HEAD = /\p{Lu}[\p{L}-]*\s+(?:movement|militia|rebels|insurgents|faction)\b/u;

/**
 * An office in a named movement or militia: such a group is no state, and the outlet's country is no more its
 * leader's than a foreign guest's (an IRNA story's guests from the region's movements).
 */
function namedGroupOffice(role: string): boolean {
  return GROUP_HEAD.test(role);
}

/**
 * "President X was killed …, along with Foreign Minister Y" in a KUNA story: one named along with a holder of an
 * office the outlet's country lacks is on that holder's side, not the outlet's (a later rule places them).
 */
function companionAbroad(story: CountryStory, p: PersonRecord, home: string): boolean {
  const q = namedAlongWith(p, story.people, story.tokens);
  return q !== undefined && holdsOfficeLacking(q.roles, home);
}

/** A national outlet's story filed from another country. */
function filedAbroad(story: CountryStory): boolean {
  return story.home !== null && story.datelineHome !== null && story.datelineHome !== story.home;
}

/** A journalist's trades, as a role names them beside their outlet. */
const JOURNALIST_TRADES = 'reporter|journalist|correspondent|editor|editor-in-chief|columnist|anchor';
/** A journalist's trade after the outlet's name ("Wall Street Journal reporter"). */
const JOURNALIST = new RegExp(`\\b(?:${JOURNALIST_TRADES})$`, 'i');

/**
 * "Wall Street Journal reporter X" in an Anadolu story: a journalist of another outlet than the one filing works for
 * that outlet, for no country the filing outlet's home tells.
 */
function anotherOutletsJournalist(p: PersonRecord, source: string | null): boolean {
  if (p.roles.length === 0) return false;
  const own = (source ?? '').toLowerCase();
  return p.roles.every(
    (r) => JOURNALIST.test(r) && namesABody(r) && (own === '' || !r.toLowerCase().includes(own)),
  );
}

/**
 * "Wall Street Journal reporter", "correspondent for The Washington Post": the outlet named in a journalist's role;
 * also "host of CGTN's World Insight", "presenter of NHK's …" (a show's host is of the outlet that airs it: only an
 * outlet of known country counts, so "host of the summit" is none).
 */
const OUTLET_OF_JOURNALIST = new RegExp(
  `^(?:(.+?)\\s+(?:${JOURNALIST_TRADES})|(?:${JOURNALIST_TRADES}|host|presenter)\\s+(?:for|of|with|at)\\s+(?:the\\s+)?(.+))$`,
  'i',
);

/**
 * "Vantia's editor-in-chief, X", "The Daily Courier's reporter Y": the outlet (one to four capitalised words, no
 * country, no one's name, not the filing outlet) whose possessive opens each of p's roles or stands right before its
 * span, every role a journalist's trade; or null.
 */
function outletPossessor(story: CountryStory, p: PersonRecord): string | null {
  if (p.roles.length === 0 || p.roles.length !== p.roleSpans.length) return null;
  const own = (story.article.source ?? '').toLowerCase();
  let found: string | null = null;
  for (let i = 0; i < p.roles.length; i++) {
    const r = p.roles[i] as string;
    const inRole = POSSESSED_JOURNALIST_ROLE.exec(r)?.[1];
    const outlet =
      inRole ?? (JOURNALIST_ROLE.test(r) ? possessorBefore(story, (p.roleSpans[i] as RoleSpan).start) : null);
    if (!outlet) return null;
    const lower = outlet.toLowerCase();
    if (countryNames.has(lower) || demonymCountry.has(lower)) return null;
    if (own !== '' && lower.includes(own)) return null;
    if (found !== null && found !== outlet) return null;
    found = outlet;
  }
  return found;
}

/** The capitalised words (one to four, no country, no one's name) whose possessive ends right before `start`. */
function possessorBefore(story: CountryStory, start: number): string | null {
  const { tokens, mentions } = story;
  if (!POSSESSIVE_MARKS.has(tokens[start - 1]?.text ?? '')) return null;
  if (mentions.some((o) => o.end === start - 1)) return null;
  let k = start - 1;
  while (k > start - 5 && tokens[k - 1]?.cap && tokens[k - 1]?.word && tokens[k - 1]?.lower !== 'the') k--;
  if (k === start - 1 || findCountries(tokens, k, start - 1).length > 0) return null;
  return tokens
    .slice(k, start - 1)
    .map((t) => t.text)
    .join(' ');
}
/** A journalist's trade alone: "editor-in-chief", "chief correspondent". */
const JOURNALIST_ROLE = new RegExp(`^(?:[a-z]+ )?(?:${JOURNALIST_TRADES})$`);
/** An outlet's possessive and a journalist's trade: "Daily Courier's editor-in-chief". */
const POSSESSED_JOURNALIST_ROLE = new RegExp(
  `^(?:[Tt]he )?((?:\\p{Lu}[\\p{L}&.-]* ){0,3}\\p{Lu}[\\p{L}&.-]*)['’]s? (?:[a-z]+ )?(?:${JOURNALIST_TRADES})$`,
  'u',
);

/**
 * The country of state media a journalist's role names ("Xinhua reporter", "CGTN anchor": China's), for a role only:
 * those outlets are no home country of a story (countries.ts).
 */
function stateBroadcasterCountry(outlet: string): string | null {
  return chineseStateMedia(outlet) ? 'China' : null;
}

/**
 * The country of the national outlet every journalist's role of p names ("Wall Street Journal reporter"), or null
 * (a role of another trade, an outlet of no known country, or two outlets of two countries).
 */
function outletJournalistCountry(roles: readonly string[]): string | null {
  let found: string | null = null;
  for (const r of roles) {
    const m = OUTLET_OF_JOURNALIST.exec(r);
    const outlet = m ? (m[1] ?? m[2] ?? '') : '';
    const c = outlet ? (outletCountry(outlet) ?? stateBroadcasterCountry(outlet)) : null;
    if (c === null || (found !== null && c !== found)) return null;
    found = c;
  }
  return found;
}

/** The last word of a news outlet's name ("NBC News", "ABC News Radio", "The Daily Times"). */
const OUTLET_HEADS = new Set([
  'news',
  'radio',
  'television',
  'tv',
  'times',
  'post',
  'journal',
  'herald',
  'tribune',
]);

/**
 * "X of NBC News Radio": p's first name mention is followed by "of (the)" and one to four capitalised words ending
 * in an outlet's word, and the outlet is neither a state broadcaster nor one of a known country.
 */
export function ofPrivateOutlet(tokens: readonly Token[], p: PersonRecord): boolean {
  const m = p.mentions.find((o) => o.kind === 'name');
  if (!m || tokens[m.end]?.lower !== 'of') return false;
  const from = tokens[m.end + 1]?.lower === 'the' ? m.end + 2 : m.end + 1;
  let k = from;
  while (k < from + 4 && tokens[k]?.cap && tokens[k]?.word && tokens[k]?.sent === m.sent) k++;
  if (k === from || !OUTLET_HEADS.has(tokens[k - 1]?.lower ?? '')) return false;
  // The outlet's name ends there ("of NBC News", not "of NBC News Radio's … "), and no country follows it ("of
  // Vantia TV of the U.S.").
  if (POSSESSIVE_MARKS.has(tokens[k]?.text ?? '') || tokens[k]?.lower === 'of') return false;
  const outlet = tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ');
  return outletCountry(outlet) === null && stateBroadcasterCountry(outlet) === null;
}

/** `X's "Title"`, "X's concert", "X's latest novel": named as the maker of a work or a show. */
const WORK_OF =
  /^['’]s?\s*(?:["“]|(?:[\p{Ll}-]+\s+)?(?:concerts?|shows?|gigs?|tour|performances?|films?|movies?|novels?|books?|albums?|songs?|plays?|paintings?|exhibitions?)\b)/u;

/**
 * Named in passing, so tied by nothing to the outlet's or the story's country: someone who takes no part and has no
 * role, credited in a work ("a film by X, starring Y") or named by one ("X's concert"), named in a sentence centuries
 * back ("the letter that X sent to Pope Y in 1246"), or anywhere in a story a national outlet files from abroad ("the
 * physics prize went to X" in a German agency's Stockholm story); there, also a firm's executive ("Tesla CEO X").
 */
function namedInPassing(story: CountryStory, p: PersonRecord): boolean {
  if (p.participant || p.relativeOf >= 0) return false;
  if (rememberedInPassing(story, p)) return true;
  if (p.roles.length > 0)
    return filedAbroad(story) && p.roles.every((r) => EXECUTIVE.test(r) && namesABody(r));
  if (filedAbroad(story)) return true;
  const { doc, tokens } = story;
  let named = false;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    named = true;
    if (creditedInWork(doc, m)) continue;
    const [s, e] = doc.sentences[m.sent] ?? [0, 0];
    const from = (tokens[s] as Token).start;
    if (!CENTURIES_AGO.test(doc.text.slice(from, (tokens[e - 1] as Token).end))) return false;
  }
  return named;
}

/**
 * "the late paleoanthropologist X", "the late journalist Y", "his late colleague Z": one who takes no part, named as
 * dead by a trade or a relation and no office or nationality (every role "late" and a trade's one word, or none and
 * "late" right before the name or one lower-case word before it).
 */
export function rememberedInPassing(story: CountryStory, p: PersonRecord): boolean {
  if (p.participant || p.relativeOf >= 0) return false;
  if (p.roles.length > 0) {
    for (const r of p.roles) {
      const m = LATE_TRADE.exec(r);
      if (!m || !isOccupation(m[1] as string) || titleHeads.has(m[1] as string)) return false;
    }
    return true;
  }
  const first = p.mentions.find((m) => m.kind === 'name');
  if (!first) return false;
  const { tokens } = story;
  const before = tokens[first.start - 1];
  if (before?.lower === 'late') return true;
  return before !== undefined && before.word && !before.cap && tokens[first.start - 2]?.lower === 'late';
}
const LATE_TRADE = /^late ([a-z-]+)$/;

/** "a film by X", "… starring X", `"Title" by X`, `X's "Title"`, "X's concert": the mention credits a work. */
function creditedInWork(doc: TokenizedText, m: Mention): boolean {
  const { tokens } = doc;
  const [s] = doc.sentences[m.sent] ?? [0, 0];
  const before = doc.text.slice((tokens[s] as Token).start, (tokens[m.start] as Token).start);
  if (WORK_BEFORE.test(before)) return true;
  const end = (tokens[m.end - 1] as Token).end;
  return WORK_OF.test(doc.text.slice(end, end + 40));
}

/**
 * "Queen X laid a wreath at a memorial to Finnish soldiers …, on a Danish monarch's first visit to the Finnish
 * Republic": where the country read beside p has no office of p's (a republic, no queen), the one country their
 * sentences name that has it; or null.
 */
function holderOfOfficeBeside(story: CountryStory, p: PersonRecord, read: string): string | null {
  const lacks = lacksOneOf(p.roles.map(bareTitle));
  if (!lacks(read)) return null;
  return oneCountryOfSentences(story, p, lacks);
}

/** The one country p's sentences (named, not by a pronoun) name, those `skip` accepts aside; null if none or more. */
function oneCountryOfSentences(
  story: CountryStory,
  p: PersonRecord,
  skip: (country: string) => boolean,
): string | null {
  let found: string | null = null;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    for (const h of sentenceCountries(story.doc, m.sent, story.countryCache)) {
      if (skip(h.country)) continue;
      if (found !== null && found !== h.country) return null;
      found = h.country;
    }
  }
  return found;
}

const MET_HOST = new Set(['met', 'received', 'hosted']);
/** Whether token `k` says a meeting was held: "met", "received", "hosted", "talks with". */
function meetingAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return MET_HOST.has(t.lower) || (t.lower === 'talks' && tokens[k + 1]?.lower === 'with');
}

/**
 * Whether the outlet's home is no default for p's office: a monarchy's outlet has no "President" (KUNA), nor a
 * second one once its own is placed at home (Yonhap); only while the story has placed someone on another side that
 * has the office (a company's "President" in a Kyodo story of Japan alone stays Japan's).
 */
function officeElsewhere(story: CountryStory, p: PersonRecord, home: string): boolean {
  const { people, tokens } = story;
  const lacked = p.roles.map(bareTitle).filter((t) => lacksOffice(home, t));
  const held = atAnotherTime(p, tokens)
    ? []
    : p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
  const taken = held.length > 0 && heldByAnother(people, p, home, held, tokens);
  // "Toyota Motor Corp. President Koji Tanaka" in a Kyodo story: a name shaped like the home's stays at home.
  if ((lacked.length === 0 && !taken) || nameShapeCountry(p.name.split(' '), new Set([home])) !== null)
    return false;
  const lacks = lacksOneOf(lacked.length > 0 ? lacked : held);
  return people.some(
    (q) =>
      q !== p && q.country !== null && q.country !== home && !q.international && !lacks(q.country as string),
  );
}

/** Words that make a victory an election's: "won the run-off …, defeating X", "victory in the vote over Y". */
const ELECTION_WORDS =
  /\b(?:elections?|electoral|run-?off|votes?|ballots?|polls?|presidential race)\b|-elect\b/i;
/** "defeating X", "victory over X", "beat X": the loser named right after (a title or a word or two between). */
const DEFEAT_WORDS = new Set(['defeating', 'defeated', 'beat', 'beating', 'over']);
const VICTORY = new Set(['victory', 'win', 'triumph']);

/**
 * "Y won Friday's run-off …, defeating hardliner X", "Y declared victory over Vice President X": an election's loser
 * ran in the winner's country, the one named last before the defeat; only where the sentence (or the winner's
 * title, "President-elect") tells an election, not a match. Null if none.
 */
function electionRivalCountry(story: CountryStory, pi: number, m: Mention): string | null {
  const { doc, tokens, people, mentionsBySent } = story;
  const p = people[pi] as PersonRecord;
  // The role span before the name ("Vice President"), then at most two lower-case words ("hardliner").
  let k = m.start - 1;
  for (const r of p.roleSpans) if (r.end === m.start && r.start < k + 1) k = r.start - 1;
  let skipped = 0;
  while (
    k > 0 &&
    skipped < 2 &&
    tokens[k]?.word &&
    !tokens[k]?.cap &&
    !DEFEAT_WORDS.has(tokens[k]?.lower ?? '')
  ) {
    k--;
    skipped++;
  }
  const cue = tokens[k]?.lower ?? '';
  if (!DEFEAT_WORDS.has(cue) || (cue === 'over' && !VICTORY.has(tokens[k - 1]?.lower ?? ''))) return null;
  let winner: PersonRecord | undefined;
  let at = -1;
  for (const o of mentionsBySent.get(m.sent) ?? [])
    if (o.person !== pi && o.end <= k && o.start > at) {
      at = o.start;
      winner = people[o.person];
    }
  if (!winner?.country) return null;
  const [s, e] = doc.sentences[m.sent] ?? [0, 0];
  const sentence = doc.text.slice((tokens[s] as Token).start, (tokens[e - 1] as Token).end);
  return ELECTION_WORDS.test(sentence) || winner.roles.some((r) => /-elect\b/i.test(r))
    ? winner.country
    : null;
}

const MEET_PURPOSE = new Set(['see', 'meet']);

/**
 * "X visited Moscow, when he called on Sorokin and held talks with Foreign Minister Y", "X was in Beirut, where he
 * met Speaker Y", "X flew to London to see Prime Minister Y": the country of the place visited earlier in the
 * sentence, for one met there (after "talks with", "met", "called on", "to see"); or null.
 */
function visitHostCountry(tokens: readonly Token[], m: Mention): string | null {
  let met = false;
  for (let k = m.start - 1; k >= 0 && k > m.start - 40; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== m.sent) return null;
    const next = tokens[k + 1]?.lower;
    if (
      meetingAt(tokens, k) ||
      (t.lower === 'called' && next === 'on') ||
      // "flew to London tonight to see Prime Minister Y": the purpose of a journey.
      (MEET_PURPOSE.has(t.lower) && tokens[k - 1]?.lower === 'to')
    )
      met = true;
    if (t.lower === 'visited' && met) return tokens[k + 1]?.cap ? placeCountry(tokens, k + 1) : null;
    // "He flies to Hanoi on Monday to meet Foreign Minister Y": the place a visitor goes to.
    if (met && next === 'to' && GOES.has(t.lower) && tokens[k + 2]?.cap) return placeCountry(tokens, k + 2);
    // "X came on from Amman, where she held a day of talks with the assembly's speaker Y": the place the talks
    // were held in.
    if (met && t.text === ',' && tokens[k + 1]?.lower === 'where' && tokens[k - 1]?.cap)
      return placeCountry(tokens, k - 1);
  }
  return null;
}

/** Nouns of a journey whose "to <City>" names the host of the talks held on it. */
const VISIT_NOUNS = new Set(['visit', 'trip']);

/**
 * "The previous visit of the Belarusian leader to Tehran took place in 2006, when he held talks with President Y": the
 * country of the place a visit (or trip) is "to", when the sentence has talks or a meeting before the name; or null.
 * A set lookup per word, over at most forty words.
 */
function visitNounHostCountry(tokens: readonly Token[], m: Mention): string | null {
  let met = false;
  for (let k = m.start - 1; k >= 0 && k > m.start - 40; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== m.sent) return null;
    if (meetingAt(tokens, k)) met = true;
    if (!met || !VISIT_NOUNS.has(t.lower)) continue;
    for (let j = k + 1; j < k + 9 && j < m.start; j++) {
      if (tokens[j]?.lower === 'to' && tokens[j + 1]?.cap) return placeCountry(tokens, j + 1);
      if (tokens[j]?.text === ',') break;
    }
    return null;
  }
  return null;
}

/**
 * "The accord is due to be signed in Lisbon in June at a summit hosted by President X": one named by a title after "hosted
 * by", in a sentence that sets the gathering "in" a city the gazetteer knows, is of that city's country; or null.
 */
function hostedInCityCountry(story: CountryStory, m: Mention): string | null {
  const { doc, tokens } = story;
  let k = m.start - 1;
  while (k > m.start - 6 && tokens[k]?.cap) k--;
  if (tokens[k]?.lower !== 'by' || tokens[k - 1]?.lower !== 'hosted') return null;
  const [s] = doc.sentences[m.sent] ?? [0, 0];
  let found: string | null = null;
  for (let j = s; j < k; j++) {
    if (tokens[j]?.lower !== 'in' || !tokens[j + 1]?.cap) continue;
    const c = cityCountryAt(tokens, j + 1, tokens.length);
    if (c) {
      if (found !== null && found !== c) return null;
      found = c;
    }
  }
  return found;
}

/** Verbs of joining a meeting, before "from" and the place joined from. */
const JOINS = new Set([
  'joined',
  'joining',
  'joins',
  'participated',
  'participating',
  'participates',
  'spoke',
  'speaking',
  'speaks',
]);

/** Forms of "take" before "part" (not TAKE_FORMS: "take" and "taken" were never read here). */
const TAKES = new Set(['taking', 'took', 'takes']);

/** Words that make a meeting virtual: someone joining it "from" a city is there, not at the host's. */
const REMOTE = new Set([
  'virtual',
  'virtually',
  'video',
  'videoconference',
  'video-link',
  'online',
  'remotely',
]);

/** Words between joining and "from": how ("by video link", "virtually") or what ("the call"), nobody else's. */
const JOIN_MANNER = new Set([
  ...REMOTE,
  'by',
  'via',
  'link',
  'the',
  'a',
  'meeting',
  'call',
  'summit',
  'conference',
  'session',
  'talks',
]);

/** Whether the sentence `sent` has a word of a virtual meeting. */
function remoteSentence(story: CountryStory, sent: number): boolean {
  const [from, to] = story.doc.sentences[sent] ?? [0, 0];
  return wordBetween(story.tokens, from, to, REMOTE);
}

/** Whether one of `words` (lower-case) stands between tokens `from` and `to`. */
function wordBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  for (let k = from; k < to; k++) if (words.has((tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * "with Prime Minister X taking part from New Delhi", "President Y spoke by video from Nairobi": one named right
 * before joining a meeting "from" a country or a city the gazetteer knows is of that country, when that sentence
 * or the one before makes the meeting virtual (else "joined from Barcelona" is a footballer's transfer). Null
 * otherwise.
 */
function remoteJoinCountry(story: CountryStory, p: PersonRecord): string | null {
  const { tokens } = story;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    let k = m.end;
    if (tokens[k]?.lower === 'also') k++;
    const verb = tokens[k]?.lower ?? '';
    if (TAKES.has(verb) && tokens[k + 1]?.lower === 'part') k += 2;
    else if (JOINS.has(verb)) k++;
    else continue;
    // "by video link", "via video", "the call": up to four such words before "from".
    const limit = k + 4;
    while (k < limit && JOIN_MANNER.has(tokens[k]?.lower ?? '')) k++;
    const at = k + 1;
    if (tokens[k]?.lower !== 'from' || !tokens[at]?.cap || tokens[at]?.sent !== m.sent) continue;
    if (!remoteSentence(story, m.sent) && !(m.sent > 0 && remoteSentence(story, m.sent - 1))) continue;
    const [, end] = story.doc.sentences[m.sent] ?? [0, 0];
    const c = findCountries(tokens, at, at + 1)[0]?.country ?? cityCountryAt(tokens, at, end) ?? null;
    if (c !== null) return c;
  }
  return null;
}

/** Whether the place at `at` opens or closes "from A to B". */
function spanOfPlaces(tokens: readonly Token[], at: number): boolean {
  const k = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  if (tokens[k]?.lower === 'from') {
    for (let j = at + 1; j <= at + 4; j++)
      if (tokens[j]?.lower === 'to') return tokens[j + 1]?.cap === true || tokens[j + 1]?.lower === 'the';
    return false;
  }
  if (tokens[k]?.lower !== 'to') return false;
  for (let j = k - 1; j >= k - 4 && j >= 0; j--)
    if (tokens[j]?.lower === 'from') return tokens[j + 1]?.cap === true;
  return false;
}

/** Forms of "travel" and "flew", before "to": a visitor goes there (GOES), someone is sent there (SENT_TO). */
const TRAVELLED = ['travels', 'travel', 'traveled', 'travelled', 'flew'];

/** Verbs of a visitor going to a place, before "to". */
const GOES = new Set([...TRAVELLED, 'flies', 'heads', 'headed', 'goes', 'went']);

/** Verbs of coming to a place, before "to": "came to Kiev", "flew to Seoul". */
const CAME_TO = new Set([...GOES, 'came', 'comes', 'arrived']);

/** The country the place named at token `at` is, or is in (a country's name, or a city the gazetteer knows). */
function placeCountry(tokens: readonly Token[], at: number): string | null {
  return findCountries(tokens, at, at + 1)[0]?.country ?? cityCountry((tokens[at] as Token).lower) ?? null;
}

/** Verbs (with their particle) of handling a problem: "deal with", "counter", "respond to". */
const HANDLING = new Set([
  'deal with',
  'dealing with',
  'cope with',
  'counter',
  'countering',
  'curb',
  'curbing',
  'deter',
  'deterring',
  'tackle',
  'tackling',
  'confront',
  'confronting',
  'respond to',
  'responding to',
  'combat',
  'combating',
]);

/** Whether the country at `at` is the object of a verb of handling ("deal with North Korea's threat"). */
function handledAt(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower === 'the') k--;
  const one = tokens[k]?.lower ?? '';
  return HANDLING.has(one) || HANDLING.has(`${tokens[k - 1]?.lower ?? ''} ${one}`);
}

/** Verbs whose objects are the subjects of talks ("discussed trade, currency and North Korea"). */
const TOPIC_VERBS = new Set(['discussed', 'discuss', 'discussing', 'covered', 'addressed', 'reviewed']);

/**
 * "the ministers discussed energy, tariffs, Venezuela and migration": whether the country at `at` is an item of
 * a list of topics (items of one to three words, joined by commas and "and") that a verb of discussion opens.
 */
function topicListItem(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  let words = 0;
  for (let k = at - 1; k >= 0 && k > at - 20 && tokens[k]?.sent === sent; k--) {
    const t = tokens[k] as Token;
    if (TOPIC_VERBS.has(t.lower)) return true;
    if (t.text === ',' || t.lower === 'and') words = 0;
    else if (!t.word || ++words > 3) return false;
  }
  return false;
}

/** Nouns of the subjects someone works or talks on ("on issues including …", "in areas such as …"). */
const ISSUE_NOUNS = new Set(['issues', 'topics', 'matters', 'areas', 'fields', 'subjects', 'questions']);
/**
 * "on issues including climate change, the pandemic and North Korea's missile programs": whether the country at `at`
 * is an item (of one to three words) of a list that "including" or "such as" opens after a noun of issues.
 */
function issueListItem(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  let words = 0;
  for (let k = at - 1; k >= 0 && k > at - 20 && tokens[k]?.sent === sent; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'including') return ISSUE_NOUNS.has(tokens[k - 1]?.lower ?? '');
    if (t.lower === 'as' && tokens[k - 1]?.lower === 'such')
      return ISSUE_NOUNS.has(tokens[k - 2]?.lower ?? '');
    if (t.text === ',' || t.lower === 'and') words = 0;
    else if (!t.word || ++words > 3) return false;
  }
  return false;
}

/**
 * "X said the leaders also discussed …": whether a verb of discussion comes between the name ending at `end` and
 * the country at `at`, after a verb of speech right after the name ("said", "told reporters") and a subject of
 * its own (so not "X discussed …", the speaker's own talks, nor "X said he discussed …").
 */
function reportedTopic(tokens: readonly Token[], end: number, at: number): boolean {
  if (at - end > 40 || !SPEECH_AFTER.has(tokens[end]?.lower ?? '')) return false;
  for (let k = end + 1; k < at; k++) {
    const t = tokens[k] as Token;
    if (!TOPIC_VERBS.has(t.lower)) continue;
    // The subject between the speech verb and the discussion's: a plural or a pair, not the speaker's pronoun.
    for (let j = end + 1; j < k; j++) {
      const w = (tokens[j] as Token).lower;
      if (w === 'he' || w === 'she' || w === 'i' || w === 'we') return false;
    }
    return true;
  }
  return false;
}

const TIES = new Set(['relations', 'ties', 'cooperation', 'partnership', 'trade', 'friendship']);
/** Whether "relations with" (ties, cooperation …) comes up to six words before token `at`, in its sentence. */
function tiesWithBefore(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  for (let k = at - 1; k > at - 7 && tokens[k]?.sent === sent; k--)
    if (tokens[k]?.lower === 'with' && TIES.has(tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

/** Meetings a place can host ("the next summit in Japan") and works built there ("a joint project in Chad"). */
const HOSTED_MEETINGS = new Set([
  'summit',
  'meeting',
  'talks',
  'session',
  'conference',
  'forum',
  'ministerial',
  'project',
  'projects',
]);
/** Documents signed with a partner ("an agreement with Russia"). */
const PACT_NOUNS = new Set([
  'agreement',
  'agreements',
  'document',
  'deal',
  'treaty',
  'accord',
  'accords',
  'pact',
  'peace',
]);
/** Verbs whose object receives what follows "with" ("equip Australia with submarines"). */
const SUPPLY_VERBS = new Set([
  'equip',
  'equips',
  'equipped',
  'arm',
  'arms',
  'armed',
  'supply',
  'supplies',
  'supplied',
]);

/**
 * Whether the country at `at` is the partner of a pact ("an agreement with Russia"), one of its two sides ("between
 * the UAE and Israel") or the recipient of arms ("equip Australia with …").
 */
function pactSideAt(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  // Past a state's formal name: "the State of Israel", "the Kingdom of Bahrain".
  while (k > at - 5 && (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'the' || tokens[k]?.cap)) k--;
  const w = tokens[k]?.lower ?? '';
  if (w === 'with' && PACT_NOUNS.has(tokens[k - 1]?.lower ?? '')) return true;
  // The sides of a pact: "the … Agreement between the A and the B".
  let between = w === 'between' ? k : -1;
  if (w === 'and')
    for (let j = k - 1; j > k - 8 && j >= 0; j--) {
      const t = tokens[j] as Token;
      if (t.lower === 'between') between = j;
      if (between >= 0 || (!t.cap && t.lower !== 'the' && t.lower !== 'of')) break;
    }
  if (between >= 0 && PACT_NOUNS.has(tokens[between - 1]?.lower ?? '')) return true;
  return SUPPLY_VERBS.has(w) && tokens[at + 1]?.lower === 'with';
}

/** Verbs that give someone a thing: "gave U.S. forces access", "granted foreign ships permission". */
const GIVING_VERBS = new Set([
  'gave',
  'give',
  'gives',
  'granted',
  'grant',
  'grants',
  'offered',
  'denied',
  'allowed',
]);
/** What a state gives others leave to do or have: "access to four sites", "permission to dock". */
const GRANTS = new Set([
  'access',
  'permission',
  'approval',
  'clearance',
  'entry',
  'asylum',
  'rights',
  'visas',
]);

/**
 * Whether the nationality at `at` opens the first object of a verb of giving, whose second object is a grant ("gave
 * U.S. forces access to four more bases", "denied the Chinese crews permission to land"): the recipients, another
 * side than the giver.
 */
function grantedTo(tokens: readonly Token[], at: number): boolean {
  const v = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  if (!GIVING_VERBS.has(tokens[v]?.lower ?? '')) return false;
  let k = at + 1;
  while (k < at + 3 && tokens[k]?.cap) k++;
  const noun = k;
  while (k < noun + 2 && tokens[k]?.word && !tokens[k]?.cap && !GRANTS.has(tokens[k]?.lower ?? '')) k++;
  return k > noun && GRANTS.has(tokens[k]?.lower ?? '');
}

/**
 * Whether the sentence names another person "of" the country of hit `h` ("Prime Minister A of India") before `h`'s
 * hit of that country.
 */
function ofAnothersCountry(story: CountryStory, pi: number, m: Mention, h: CountryHit): boolean {
  const { tokens, people, mentionsBySent } = story;
  const own = (people[pi] as PersonRecord).mentions;
  for (const o of mentionsBySent.get(m.sent) ?? []) {
    if (o.kind === 'pronoun' || own.includes(o) || o.end > h.at || tokens[o.end]?.lower !== 'of') continue;
    const named = findCountries(tokens, o.end + 1, o.end + 5)[0];
    if (named?.at === o.end + 1 && named.country === h.country) return true;
  }
  return false;
}

/** Whether "with" stands between `from` and `to`. */
function withAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if ((tokens[k] as Token).lower === 'with') return true;
  return false;
}

/** Whether "counterpart(s) from/of" and only a list of places lies between the name's end and `at`. */
function counterpartsFrom(tokens: readonly Token[], end: number, at: number): boolean {
  for (let j = at - 1; j >= end && j > at - 14; j--) {
    const t = tokens[j] as Token;
    if ((t.lower === 'from' || t.lower === 'of') && /^counterparts?$/.test(tokens[j - 1]?.lower ?? ''))
      return true;
    if (!t.cap && t.text !== ',' && t.lower !== 'and' && t.lower !== 'the') return false;
  }
  return false;
}
const GUESTS = new Set(['delegation', 'delegations', 'guests', 'visitors', 'guest', 'visitor']);
/** Verbs of receiving a guest at home: "hosted X", "welcomed Y". */
const HOST_VERBS = new Set(['hosted', 'received', 'welcomed', 'greeted']);
const RECEIVES_GUESTS = new Set(['for', ...HOST_VERBS, 'honouring', 'honoring']);

/** "for the Vietnamese delegation", "welcomed the Thai guests": the demonym at `at` names visitors received. */
function receivesGuests(tokens: readonly Token[], at: number): boolean {
  return (
    GUESTS.has(tokens[at + 1]?.lower ?? '') &&
    tokens[at - 1]?.lower === 'the' &&
    RECEIVES_GUESTS.has(tokens[at - 2]?.lower ?? '')
  );
}

/** What comes before the one a visitor meets: "held talks with", "met (with)", "called on", "was received by". */
const MEETS_BEFORE = /\b(?:talks with|met(?: with)?|meeting with|called on|received by)$/;
/** Later in the story, also "was due to meet", "received" (at the visitor's hotel). */
const MEETS_LATER = /\b(?:talks with|meet(?: with)?|met(?: with)?|meeting with|called on|received(?: by)?)$/;

/**
 * "CANBERRA (VNA) – Vietnamese Prime Minister X held talks with Prime Minister Y": in a national outlet's story
 * datelined in another country, the one its visitor meets in the lede, by a bare title, is the host; or null. Later
 * in the story, so is one the verb of meeting reaches right before the title ("also held separate talks with Prime
 * Minister Y", "received Minister Z"), or the second of two met ("to meet Prime Minister Y and the Chairman of the
 * Assembly, Z").
 */
function datelineHostCountry(story: CountryStory, m: Mention): string | null {
  const { tokens, home, inRoles } = story;
  const datelineHome = visitHostHome(story);
  if (home === null || datelineHome === null || datelineHome === home) return null;
  // "Governor-General Y hosted a reception for the Vietnamese delegation": who receives the outlet's own visitors.
  for (const h of sentenceCountries(story.doc, m.sent, story.countryCache))
    if (h.country === home && h.at >= m.end && receivesGuests(tokens, h.at)) return datelineHome;
  // Later in the story, not a firm's head the visitor receives ("received Acme CEO X"); in Beijing, whose capital is
  // the host's only for a visit, nowhere in the story ("President X met Acme co-founder Y in Beijing").
  if (
    (m.sent !== 0 || story.datelineHome === null) &&
    (story.people[m.person] as PersonRecord).roles.some((r) => FIRM_HEAD.test(r))
  )
    return null;
  let k = m.start - 1;
  while (k >= 0 && inRoles.has(k)) k--;
  if (m.sent !== 0) k = firstMetBefore(story, k);
  const a = tokens[k - 2];
  const b = tokens[k];
  if (!a || !b || a.sent !== m.sent) return null;
  return (m.sent === 0 ? MEETS_BEFORE : MEETS_LATER).test(story.doc.text.slice(a.start, b.end))
    ? datelineHome
    : null;
}

/** Titles of a firm's head. */
const FIRM_HEAD = /\b(?:CEO|chief executive|founder|managing director)\b/i;

/**
 * "meet Prime Minister Y and the Chairman of the Assembly, Z": from the token before Z's title (`k`), the token
 * before Y's title when Z is the second of a pair joined by "and" (Y titled too); else `k`.
 */
function firstMetBefore(story: CountryStory, k: number): number {
  const { tokens, inRoles, mentionsBySent } = story;
  let j = k;
  if (tokens[j]?.text === ',') j--;
  if (!inRoles.has(j)) return k;
  while (j >= 0 && inRoles.has(j)) j--;
  if (tokens[j]?.lower === 'the') j--;
  if (tokens[j]?.lower !== 'and') return k;
  const first = (mentionsBySent.get((tokens[j] as Token).sent) ?? []).find((o) => o.end === j);
  if (!first || !inRoles.has(first.start - 1)) return k;
  j = first.start - 1;
  while (j >= 0 && inRoles.has(j)) j--;
  return j;
}

/**
 * "Kingstown (Prensa Latina) … Prime Minister X, host of the meeting, handed over …": in a national outlet's story
 * filed abroad, the host of the gathering is the dateline's country's, not the outlet's.
 */
function hostAtDatelineCountry(story: CountryStory, p: PersonRecord): string | null {
  const { home, datelineHome } = story;
  if (home === null || datelineHome === null || datelineHome === home) return null;
  return p.roles.some((r) => HOST_ROLE.test(r)) ? datelineHome : null;
}
const HOST_ROLE = /^(?:co-)?host\b/i;

/** A name's last word before "Jr"/"Sr": "Ramon Dizon Jr" is of the Dizon family. */
export function familyName(words: readonly string[]): string | undefined {
  const last = words.length - 1;
  return last > 0 && NAME_SUFFIXES.has(words[last]?.toLowerCase().replace(/\.$/, '') ?? '')
    ? words[last - 1]
    : words[last];
}

/**
 * "X, who is accompanied by First Lady Y,": the person named right before ", who is (was) accompanied by" and the
 * title of Y's first mention; undefined when the words are not there.
 */
function accompaniedBefore(story: CountryStory, p: PersonRecord): PersonRecord | undefined {
  const { tokens, mentions, people } = story;
  const m = p.mentions.find((x) => x.kind === 'name');
  if (!m) return undefined;
  let k = m.start - 1;
  while (k > 0 && tokens[k]?.cap && tokens[k]?.word) k--;
  if (tokens[k]?.lower !== 'by' || tokens[k - 1]?.lower !== 'accompanied') return undefined;
  k -= 2;
  if (tokens[k]?.lower === 'is' || tokens[k]?.lower === 'was') k--;
  if (tokens[k]?.lower !== 'who' || tokens[k - 1]?.text !== ',') return undefined;
  const named = mentions.find(
    (x) => x.end === k - 1 && x.kind !== 'pronoun' && x.person !== people.indexOf(p),
  );
  return named ? people[named.person] : undefined;
}

/**
 * "the Iranian President, who is accompanied by his spouse X": the country of the nearest "the <Demonym> <Title>"
 * before a relative's first mention in its sentence, or null.
 */
function describedKinCountry(story: CountryStory, p: PersonRecord): string | null {
  const { tokens } = story;
  const m = p.mentions[0];
  if (!m) return null;
  const sent = (tokens[m.start] as Token).sent;
  for (let k = m.start - 2; k > 0 && k > m.start - 20 && (tokens[k] as Token).sent === sent; k--) {
    const t = tokens[k] as Token;
    if (!t.cap || tokens[k - 1]?.lower !== 'the' || !titleHeads.has(tokens[k + 1]?.lower ?? '')) continue;
    const c = demonymCountry.get(t.lower);
    if (c) return c;
  }
  return null;
}

/**
 * 2. Family and shared surnames: "his father, Baek Ki-tae", "Kim Sol Hwa", "Ramon Dizon" after "Ramon
 * Dizon Jr" (not a shared given name: "John Hale" after "John Mercer"); a relative they were introduced with; a
 * first lady. Null if none.
 */
function kinCountry(story: CountryStory, pi: number): string | null {
  const { people } = story;
  const p = people[pi] as PersonRecord;
  const first = p.tokens[0];
  const last = p.tokens[p.tokens.length - 1];
  // Read once per story: a summit's hundred names are each compared with every other.
  const families = (story.familyNames ??= people.map((q) => familyName(q.tokens)));
  const family = families[pi];
  // "hosted by first lady Kim X" beside "North Korean leader Kim Y": a first lady is placed by the story's
  // president before any shared surname (a Korean surname is shared by millions); so, in a national outlet's story,
  // is "presidential spokesman Kim Z", an aide of its own president.
  const spouse = p.roles.some((r) => SPOUSE_TITLES.has(bareTitle(r)));
  const aide = !spouse && story.home !== null && p.roles.some((r) => PRESIDENTIAL_AIDE.test(r));
  // "X, who is accompanied by First Lady Y,": the spouse of the one accompanied, whatever other presidents.
  const companion = spouse ? accompaniedBefore(story, p) : undefined;
  if (companion?.country) return companion.country;
  const presidents = spouse || aide ? presidentCountries(story, p) : null;
  if (spouse && presidents?.size === 1) return [...presidents][0] ?? null;
  if (story.home !== null && presidents?.has(story.home)) return story.home;
  // "Presidential spokesman Kim Z said President Y hoped …" in Yonhap: the aide's president, bare-titled and placed only
  // later (at home by the outlet's default), is the outlet's own, not the North Korean Kim named before.
  if (aide && story.home !== null && unplacedBarePresident(story, p)) return story.home;
  // "Roh's predecessor, Kim X" beside "North Korean leader Kim Y": one who held the same office before is of its
  // country, whatever surname the story's others share.
  const holder = OFFICE_RELATIONS.has(p.relation ?? '') ? people[p.relativeOf] : undefined;
  if (holder?.country) return holder.country;
  // "the Iranian President, who is accompanied by his spouse X,": the kin of one the sentence only describes.
  const described =
    p.relativeOf < 0 && relationWords.has(p.relation ?? '') ? describedKinCountry(story, p) : null;
  if (described) return described;
  let kin: PersonRecord | undefined;
  // "President Kim X … North Korean leader Kim Y": in a story with people of both Koreas, a president's Korean
  // surname says nothing of his side (read once per story).
  const bothKoreas =
    p.roles.some(isPresidentRole) &&
    (story.bothKoreas ??=
      people.some((q) => q.country === 'North Korea') && people.some((q) => q.country === 'South Korea'));
  if (p.tokens.length > 1) {
    const introduced = p.mentions[0]?.start ?? 0;
    for (let qi = 0; qi < people.length && !kin; qi++) {
      const q = people[qi] as PersonRecord;
      if (
        qi !== pi &&
        q.country &&
        q.tokens.length > 1 &&
        ((q.tokens[0] === first && firstWordMayBeSurname(p.tokens) && !(bothKoreas && koreanSide(q))) ||
          q.tokens[q.tokens.length - 1] === last ||
          families[qi] === family) &&
        (q.mentions[0]?.start ?? 0) < introduced &&
        !recalledFigure(story.tokens, q)
      )
        kin = q;
    }
  }
  if (kin) return kin.country;
  // "Tanabe's wife Emiko Tanabe" (any surname): the relative they were introduced with.
  const relative = people[p.relativeOf];
  if (relative?.country) return relative.country;
  return sideOf(story, pi)?.country ?? null;
}

/** Verbs that open a recollection: "recalled that X had begun his political life in Y". */
const RECALL_VERBS = new Set(['recalled', 'recalling', 'recalls', 'remembered', 'remembering']);

/**
 * "Mr X recalled that Mahatma Y had begun his political life in Z … party president W Y called on Mr X": a figure
 * of the past named only in a recollection (no role, no part in the events) is no relative of a namesake the story
 * meets today, so their shared surname places no one. A test of the two tokens before each mention.
 */
function recalledFigure(tokens: readonly Token[], q: PersonRecord): boolean {
  if (q.participant || q.roles.length > 0 || q.relativeOf >= 0) return false;
  let named = false;
  for (const m of q.mentions) {
    if (m.kind === 'pronoun') continue;
    named = true;
    if (tokens[m.start - 1]?.lower !== 'that' || !RECALL_VERBS.has(tokens[m.start - 2]?.lower ?? ''))
      return false;
  }
  return named;
}

const koreanSide = (q: PersonRecord) => q.country === 'North Korea' || q.country === 'South Korea';

/** Ministries by a name only one country gives them now, and the country. */
const ONE_COUNTRY_MINISTRIES: readonly [RegExp, string][] = [[/\bexternal affairs\b/i, 'India']];

function ministryOfOneCountry(roles: readonly string[]): string | null {
  for (const [re, country] of ONE_COUNTRY_MINISTRIES) if (roles.some((r) => re.test(r))) return country;
  return null;
}

/** A president's own staff ("presidential spokesman", "presidential chief of staff"), not a presidential candidate. */
const PRESIDENTIAL_AIDE =
  /^presidential (?:spokes(?:man|woman|person)|press secretary|secretary|chief of staff|adviser|advisor|aide)\b/i;

/**
 * After the defaults that place a bare "President X" (rule 12): a first lady left unplaced while her namesake president
 * was takes his country.
 */
export function placePresidentsSpouses(story: CountryStory): void {
  for (const p of story.people) {
    if (p.country !== null || p.countrySettled) continue;
    const husband = presidentNamesake(story, p);
    if (husband?.country) p.country = husband.country;
  }
}

/** The president whose surname a first lady (or gentleman) bears ("First lady Jane Doe", "President John Doe"). */
function presidentNamesake(story: CountryStory, p: PersonRecord): PersonRecord | undefined {
  if (p.tokens.length < 2 || !p.roles.some((r) => SPOUSE_TITLES.has(bareTitle(r)))) return undefined;
  const last = p.tokens[p.tokens.length - 1];
  return story.people.find(
    (q) =>
      q !== p &&
      q.tokens.length > 1 &&
      q.tokens[q.tokens.length - 1] === last &&
      q.roles.some(isPresidentRole),
  );
}

/** Whether someone other than `p` holds a bare "President" and has no country yet (nor is settled with none). */
function unplacedBarePresident(story: CountryStory, p: PersonRecord): boolean {
  return story.people.some(
    (q) => q !== p && q.country === null && !q.countrySettled && q.roles.some((r) => r === 'President'),
  );
}

/**
 * "first lady Seo Min-ji": the countries of the story's presidents (other than p), the first lady's when only one
 * country has one, or when the outlet's own country is among them.
 */
function presidentCountries(story: CountryStory, p: PersonRecord): Set<string> {
  const countries = new Set<string>();
  for (const q of story.people)
    if (q !== p && q.country && q.roles.some(isPresidentRole)) countries.add(q.country);
  return countries;
}

/** Offices held against, beside or for another rather than under them: "his counterpart" is the other side. */
const NOT_UNDER = new Set([
  'counterpart',
  'counterparts',
  'host',
  'guest',
  'rival',
  'opponent',
  'challenger',
]);

/**
 * "Hungary's X voted against …, his spokesman Y said", "His vice president, Z, was sentenced …": one named by an
 * office that "his"/"her" ties to another person (as the pronouns were resolved) serves that person's side.
 */
export function officeHolderOf(story: CountryStory, named: Mention): PersonRecord | undefined {
  const { tokens, people, mentionsBySent } = story;
  const pi = named.person;
  let k = named.start - 1;
  if (tokens[k]?.text === ',') k--;
  const head = tokens[k];
  if (!head || head.cap || !titleHeads.has(head.lower)) return undefined;
  // Up to three lower-case words of the office ("his deputy chief of staff" stops at "of": too far).
  for (let j = k; j >= k - 3; j--) {
    const t = tokens[j];
    if (!t || t.sent !== named.sent || !t.word || t.cap) {
      if (t?.lower !== 'his' && t?.lower !== 'her') return undefined;
    }
    if (t?.lower === 'his' || t?.lower === 'her') {
      // Only where the pronoun's owner is plain: the sentence's first word (the one the sentence before was about)
      // or ", his spokesman X said" closing a sentence about its subject ("asked Y about his vice president" may be
      // either's).
      const [s0] = story.doc.sentences[named.sent] ?? [0, 0];
      const closing = tokens[j - 1]?.text === ',' && SPEECH_AFTER.has(tokens[named.end]?.lower ?? '');
      if (j !== s0 && !closing) return undefined;
      const m = (mentionsBySent.get(named.sent) ?? []).find((o) => o.start === j && o.kind === 'pronoun');
      return m && m.person !== pi ? people[m.person] : undefined;
    }
    if (NOT_UNDER.has(t?.lower ?? '')) return undefined;
  }
  return undefined;
}

const SIDE_NOUNS = new Set(['teammate', 'teammates', 'coach']);

/**
 * "she finished fourth behind teammates A and B", "Her coach, C, denied …": the one whose teammate or coach someone
 * is named as (the "his"/"her" before the noun as the pronouns were resolved, else the sentence's first person);
 * not a club's ("his Arsenal teammate": the noun right before the name or its list).
 */
function sideOf(story: CountryStory, pi: number): PersonRecord | undefined {
  const { tokens, people, mentionsBySent } = story;
  const p = people[pi] as PersonRecord;
  const named = p.mentions.find((m) => m.kind !== 'pronoun');
  if (!named) return undefined;
  // Indexed once per story: every name of a summit's list walks back over the names before it.
  const names = storyNameEdges(story);
  // Back over the list the name ends ("teammates A, B and C").
  let k = named.start - 1;
  if (tokens[k]?.text === ',') k--;
  for (;;) {
    const t = tokens[k];
    if (!t || t.sent !== named.sent) return undefined;
    if (t.lower === 'and' || t.text === ',') {
      k--;
      continue;
    }
    const before = names.endingAt(k + 1, pi);
    if (!before) break;
    k = before.start - 1;
  }
  const noun = tokens[k];
  if (!noun || noun.cap || !SIDE_NOUNS.has(noun.lower)) return undefined;
  const inSentence = mentionsBySent.get(named.sent) ?? [];
  const own = tokens[k - 1];
  if (own?.lower === 'his' || own?.lower === 'her') {
    const m = inSentence.find((o) => o.start === k - 1 && o.kind === 'pronoun');
    return m && m.person !== pi ? people[m.person] : undefined;
  }
  if (noun.lower === 'coach') return undefined;
  const [s] = story.doc.sentences[named.sent] ?? [0, 0];
  const subject = inSentence.find((o) => o.start >= s && o.start < k);
  return subject && subject.person !== pi ? people[subject.person] : undefined;
}

/**
 * 3. Coordination with a person whose country is known: "Crane and President Dean Whitaker". Only where a full
 * name is written: "Tao and Ong also co-chaired" pairs the two sides of a meeting by surname. Null if none.
 */
function coordinatedCountry(story: CountryStory, pi: number, pinyin: boolean): string | null {
  const { tokens, people, mentionsBySent, pinyinOf } = story;
  const p = people[pi] as PersonRecord;
  let coord: string | null = null;
  for (const m of p.mentions) {
    if (m.kind !== 'name') continue;
    for (const o of mentionsBySent.get(m.sent) ?? []) {
      if (o.person === pi || o.kind === 'pronoun') continue;
      const q = people[o.person] as PersonRecord;
      // "Song Weiguo and Mark Dalton": a Chinese and a Western name are the two sides, not compatriots.
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
      // "Prime Minister X and President Y of Eritrea": a country after the second titled name is that one's alone.
      // "President X and President Y of the Soviet Union": after "the" too.
      const ofAt = tokens[o.end + 1]?.lower === 'the' ? o.end + 2 : o.end + 1;
      if (
        p.roles.length > 0 &&
        o.start > m.start &&
        tokens[o.end]?.lower === 'of' &&
        tokens[ofAt] !== undefined &&
        ((tokenFlags(tokens[ofAt] as Token) & COUNTRY) !== 0 ||
          // "President X and Chancellor Y of West Germany": a country of two words.
          findCountries(tokens, ofAt, ofAt + 3).some((h) => h.at === ofAt)) &&
        titleHeads.has(tokens[o.start - 1]?.lower ?? '')
      )
        continue;
      const from = Math.min(m.end, o.end);
      const to = Math.max(m.start, o.start);
      // "Minister Dr. X and National Security Advisor Shri Y": a style of address lengthens no title.
      if (to - from - stylesBetween(tokens, from, to) > 4 || to <= from) continue;
      let gap = 0;
      let and = false;
      // "President Baek and Japanese Prime Minister Tanabe": a nationality on one side marks a contrast.
      let contrast = false;
      for (let k = from; k < to; k++) {
        const t = tokens[k] as Token;
        if (tokenFlags(t) & (DEMONYM | COUNTRY)) contrast = true;
        if (titleHeads.has(t.lower) || t.cap) continue;
        gap++;
        and = t.lower === 'and';
      }
      // "Belarusian spaceflight participant X and NASA astronaut Y": a nationality in X's own title.
      for (let k = m.start - 1; m.start < o.start && k >= 0 && k >= m.start - 3; k--) {
        const t = tokens[k] as Token;
        if (!t.word) break;
        if (tokenFlags(t) & (DEMONYM | COUNTRY)) contrast = true;
      }
      // "the agenda set by Prime Minister X and President Y during the state visit to Washington": of two leaders
      // named together beside a visit to another country than the placed one's, that one is the visitor and the
      // other the host.
      const visited = p.roles.length > 0 ? visitedElsewhere(story, m.sent, q.country) : null;
      if (visited !== null) {
        coord = visited;
        break;
      }
      // "Russian President X and President Y witnessed …": a country has one president (one prime minister, one
      // king) at a time, so two holders of the same such office named together are of two countries.
      // Read from the titles written right before the two names here, not from offices held at other times ("Nixon
      // and President Ford", Nixon titled elsewhere).
      const sameSingle = sameSingleTitleBefore(tokens, m.start, o.start);
      // "Tinho and Prime Minister X led the summit": an office the other's country lacks is no compatriot's.
      const lacking = holdsOfficeLacking(p.roles, q.country as string);
      if (
        gap === 1 &&
        and &&
        !contrast &&
        !sameSingle &&
        !lacking &&
        !(o.start < m.start && mixedListBefore(story, o.start, m.sent, q.country as string))
      )
        coord = q.country;
      // "United States Secretary of State X and Defence Minister Y signed the PNG-US Defence Cooperation Agreement":
      // an office the other's country lacks, in a sentence that names one country besides it, is that one's.
      else if (gap === 1 && and && lacking)
        coord = otherCountryOfSentence(story, m.sent, q.country as string);
    }
    if (coord) break;
  }
  return coord;
}

/** The one country sentence `sent` names besides `c`, or null (none, or several). */
function otherCountryOfSentence(story: CountryStory, sent: number, c: string): string | null {
  const [a, b] = story.doc.sentences[sent] ?? [0, 0];
  let other: string | null = null;
  for (const h of findCountries(story.tokens, a, b)) {
    if (h.country === c || h.country === other) continue;
    if (other !== null) return null;
    other = h.country;
  }
  return other;
}

/**
 * "Secretary of State X, Foreign Commissar Y and Foreign Secretary Z": the last two of a list whose earlier member, right
 * before the comma that opens Y's title, is of another country than Y's. A list of the powers' ministers, one from
 * each, names no compatriots by its "and".
 */
function mixedListBefore(story: CountryStory, at: number, sent: number, c: string): boolean {
  const { tokens, people, mentionsBySent } = story;
  let k = at;
  while (k > at - 4 && k > 0 && tokens[k - 1]?.cap && tokens[k - 1]?.word) k--;
  if (tokens[k - 1]?.text !== ',') return false;
  for (const r of mentionsBySent.get(sent) ?? []) {
    if (r.kind === 'pronoun' || r.end !== k - 1) continue;
    const other = people[r.person]?.country;
    if (other && other !== c) return true;
  }
  return false;
}

/** Whether the titles right before the names at `a` and `b` are the same one-holder office ("President"). */
function sameSingleTitleBefore(tokens: readonly Token[], a: number, b: number): boolean {
  const title = titleWordsBefore(tokens, a);
  return title !== '' && SINGLE_HOLDER_TITLES.has(title) && titleWordsBefore(tokens, b) === title;
}

/** The bare title in the capitalised words right before `at` ("Russian President" gives "president"), or ''. */
function titleWordsBefore(tokens: readonly Token[], at: number): string {
  let k = at;
  while (k > at - 3 && k > 0 && tokens[k - 1]?.cap && tokens[k - 1]?.word) k--;
  const words: string[] = [];
  for (let j = k; j < at; j++) words.push((tokens[j] as Token).text);
  return words.length > 0 ? bareTitle(words.join(' ')) : '';
}

/** The country of a place sentence `sent` names a visit to ("the state visit to Washington") if not `c`, or null. */
function visitedElsewhere(story: CountryStory, sent: number, c: string): string | null {
  const { doc, tokens } = story;
  const [s, e] = doc.sentences[sent] ?? [0, 0];
  for (let k = s + 1; k < e - 1; k++) {
    if (tokens[k]?.lower !== 'to' || !TRIP_NOUNS.has(tokens[k - 1]?.lower ?? '') || !tokens[k + 1]?.cap)
      continue;
    const visited = placeCountry(tokens, k + 1);
    if (visited !== null && visited !== c) return visited;
  }
  return null;
}

/** The honorifics ("Shri", "Dr.") and their full stops among tokens `from`..`to`. */
function stylesBetween(tokens: readonly Token[], from: number, to: number): number {
  let styles = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (tokenFlags(t) & HONORIFIC || (t.text === '.' && tokenFlags(tokens[k - 1] as Token) & HONORIFIC))
      styles++;
  }
  return styles;
}

/** What a hit is weighed against, for one mention of the person being placed. */
interface MentionView {
  /** The first token of the mention's sentence. */
  s: number;
  pinyin: boolean;
  byRule: boolean;
  /** "X and …": nationalities after the name describe the other conjunct. */
  conjoined: boolean;
  /** The comma closing a companion's clause ("Y, who is accompanied by X, …"), or -1. */
  companionEnd: number;
  /** Not the person's first mention. */
  later: boolean;
  held: Map<string, PersonRecord> | undefined;
  heldTitles: readonly string[];
  /** For an untitled name, the credit word before it in its sentence ("starring X"), or -1. */
  creditAt: number;
}

/**
 * 4. The sentence around a mention: the nearest adjectival country ("Chinese", "U.S.", "China's"), then other
 * hits, then destinations. Null if none.
 */
function sentenceContextCountry(
  story: CountryStory,
  pi: number,
  pinyin: boolean,
  byRule: boolean,
  offices: HeldOffices,
): string | null {
  const { doc, tokens, people, home, countryCache } = story;
  const p = people[pi] as PersonRecord;
  let ctx: string | null = null;
  // In a national outlet's story a person is placed where they are introduced: later sentences mix the sides.
  let introduced: Mention | undefined;
  if (home)
    for (const m of p.mentions)
      if (m.kind !== 'pronoun') {
        introduced = m;
        break;
      }
  // "Prime Minister Osman … in Vientiane, where Laos is hosting" beside "Lao Prime Minister Khamphone": a country
  // whose one-holder office (the same as theirs, at the same time) someone else holds is not theirs.
  let heldTitles: string[] = [];
  for (const r of p.roles) {
    const t = bareTitle(r);
    if (SINGLE_HOLDER_TITLES.has(t)) heldTitles.push(t);
  }
  if (heldTitles.length > 0) {
    offices.heldBy ??= currentHolders(people, tokens);
    if (offices.heldBy.size === 0 || atAnotherTime(p, tokens)) heldTitles = [];
  }
  const held = offices.heldBy;
  // "the ouster of former prime minister X … the extradition of X, who fled Bangladesh": someone who holds no
  // office today and takes no part is no side of the outlet's event; a later sentence may place them.
  const laterToo =
    introduced !== undefined && !p.participant && (p.roles.length === 0 || atAnotherTime(p, tokens));
  // "X and the Lord Privy Seal, Y, signed for Britain": whom a signatory signed for, in any sentence, outranks a
  // country named near their first mention (an earlier "Rhodesia's government … chaired by Foreign Secretary X").
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const signedFor = signedForCountry(tokens, sentenceCountries(doc, m.sent, countryCache), m.end);
    if (signedFor) return signedFor;
  }
  for (const m of p.mentions) {
    if (ctx) break;
    if (m.kind === 'pronoun' || (introduced && m !== introduced && !laterToo)) continue;
    // "\"President X, stop your troops from attacking Y,\" the UN chief said": the countries of words calling on
    // someone are what they are asked about, not whom they stand for.
    if (calledOnInQuote(tokens, m)) continue;
    // "Reagan's arms control adviser, Paul Nitze, told reporters the first Soviet missiles …": a possessive opening
    // another's role makes the sentence that person's; its countries are what the aide speaks of.
    if (possessiveOpensRole(story, m)) continue;
    // "the relationship between the two countries, founded by President A, President B and President C, is …": the
    // founders of a bond between countries are each of one of them; the sentence's countries do not say whose.
    if (listedFounder(story, m) && bondBetweenCountries(story, m.sent)) continue;
    const [s] = doc.sentences[m.sent] ?? [0, 0];
    // "In Tokyo, Chief Cabinet Secretary X told reporters that …": a city opening the sentence places its subject.
    // Not a Mandarin name in a Chinese outlet's story ("In Lima, Xi met US President X" in China Daily's review of
    // the year): there the city is where a Chinese leader travelled, and the outlet's own context places them.
    if (p.roles.length > 0 && !(pinyin && story.chineseContext)) {
      // "In London, the news reached Prime Minister X": the first titled person of a clause the city frames.
      const framed =
        cityFrameCountry(tokens, s, m.start) ??
        cityFrameSceneCountry(
          tokens,
          s,
          m.start,
          !(story.mentionsBySent.get(m.sent) ?? []).some((o) => o.start < m.start && o.person !== pi),
        );
      if (framed) {
        ctx = framed;
        break;
      }
    }
    // "President Sudarmo and Chinese leaders of the older generation": after "X and", nationalities describe
    // the other conjunct.
    // "Ferdinand X Jr. and …": the name ends before the abbreviation's point.
    const next =
      tokens[m.end]?.text === '.' && NAME_SUFFIXES.has(tokens[m.end - 1]?.lower ?? '') ? m.end + 1 : m.end;
    const conjoined = tokens[next]?.lower === 'and' || tokens[next]?.lower === 'or';
    const sentHits = sentenceCountries(doc, m.sent, countryCache);
    const later = m !== p.mentions[0];
    // "Indonesia was represented by Vice President X": the country a delegate stands for.
    // "the new U.S. administration of President X": a nationality as good as one in their own title, settled as
    // that is (the domestic story's default then reads them as a foreigner named with their nationality).
    const governed = governingCountry(tokens, sentHits, m.start);
    if (governed) {
      ctx = governed;
      p.countrySettled = true;
      break;
    }
    const represented =
      representedCountry(tokens, sentHits, m.start) ??
      whereCountry(tokens, sentHits, m.start) ??
      sideListCountry(tokens, sentHits, s, m.start) ??
      sideHeldCountry(tokens, sentHits, next) ??
      standInForCountry(tokens, sentHits, m.start, m.end);
    if (represented) {
      ctx = represented;
      break;
    }
    // "Y, who is accompanied by Foreign Minister X, is expected to raise the situation in Myanmar": past the comma
    // closing the companion's clause, the sentence is about the one accompanied.
    const companionEnd = accompaniedBy(tokens, m.start) ? commaAfter(tokens, m.end) : -1;
    // "Japanese star X won for his role in Y's "Perfect Days"": the nationalities before one credited only with a
    // work describe others.
    const creditAt =
      p.roles.length === 0 && sentHits.length > 0
        ? creditedInWork(doc, m)
          ? m.start
          : lastCredit(tokens, s, m.start)
        : -1;
    const view: MentionView = {
      s,
      pinyin,
      byRule,
      conjoined,
      companionEnd,
      later,
      held,
      heldTitles,
      creditAt,
    };
    // The nearest hit, adjectival ones first, then the others, then destinations; the earlier one on a tie.
    let best: CountryHit | undefined;
    let bestRank = 6;
    let bestDist = 0;
    let lackingSkipped = false;
    let departedAt: number | undefined;
    for (const h of sentHits) {
      if (describesAnother(story, pi, m, h, view)) continue;
      // "the Kenyan community gathered to greet Vice President X", "Indian-Americans cheered Y": a people by its
      // origin is not the nationality of one named beside it.
      if (h.adjectival && qualifiesGroup(tokens, h)) continue;
      // "X, a professor at Columbia University, said the tariffs … Americans spending more": what a commentator says
      // is what they speak of, whichever country it names.
      if (h.at > m.end && commentator(p) && speechBetween(tokens, m.end, h.at)) continue;
      // "Dhankhar, who led the Indian delegation, paid homage to Raisi, Foreign Minister X": a country with no holder
      // of the bare title (India's is its External Affairs Minister) is not theirs.
      if (p.roles.length > 0 && holdable(p, h.country) === null) {
        lackingSkipped = true;
        continue;
      }
      // "Prime Minister X told the prince that Jamaica will cut ties with the British monarchy": a nation's crown
      // spoken of is no one's nation but a royal's.
      if (
        nationsCrown(tokens, h.at) &&
        !p.roles.some((r) => CROWN_HOLDERS.has(r.split(' ')[0]?.toLowerCase() ?? ''))
      )
        continue;
      // "ahead of President X's state visit to the US": where the named one travels is not theirs.
      if (h.at > m.end && ownTravelTo(tokens, m.end, h.at)) continue;
      // "TEHRAN – … Foreign Minister X wrote on Twitter that the U.S. act was …": a country other than the story's own
      // opening what they say is what they speak of ("said that India will …" in a story from Delhi still places).
      if (
        h.at > m.end &&
        h.country !== home &&
        h.country !== story.datelineHome &&
        reportedAfterSubject(tokens, m.end, h.at)
      )
        continue;
      // "called on Prime Minister X before Pompeo left for Sri Lanka": nor where another named after them leaves for.
      if (h.at > m.end && (departedAt ??= othersDepartureAt(story, pi, m)) >= 0 && h.at > departedAt)
        continue;
      // "X, once ambassador to Chile and Peru, … under former President Y": another's posting.
      if (h.at < m.start && postedTo(tokens, h.at, m.start)) continue;
      // "President X against Cuba's inclusion in the US list", Cuba's president and a Colombian minister named: a
      // bare one-holder office belongs to a side of the story before a country no one of the story represents.
      // The story's own country (its outlet's and its dateline's; a world wire's dateline alone: "ALEXANDRIA (Reuter) -
      // President X announced that Egypt had …, which the United States and Britain refused") is a side whoever else
      // it names.
      const offSide =
        heldTitles.length > 0 &&
        !(h.country === story.datelineHome && (home === null || h.country === home)) &&
        !people.some((q) => q !== p && q.countrySettled && q.country === h.country);
      const rank =
        (capitalReached(tokens, h)
          ? 2
          : h.adjectival && !describesPlace(tokens, h)
            ? 0
            : h.destination
              ? 2
              : 1) + (offSide ? 3 : 0);
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
    // "Prime Minister X told reporters … without the United States" later in a Kyodo story: a name shaped like
    // the outlet's home (Japanese, Korean) keeps the bare title at home in any sentence, not only the lede's.
    const homeLede =
      home !== null &&
      (m.sent === 0 || nameShapeCountry(p.name.split(' '), new Set([home])) === home) &&
      bestRank > 0 &&
      p.roles.some(isBareSingleHolder) &&
      // "First Secretary of the Communist Party of Cuba … President X": a country before the name is in their title.
      best !== undefined &&
      best.at > m.start;
    if (best && !(homeLede && best.country !== home)) {
      ctx = best.country;
      // The office chose among the countries (as holderOfOfficeBeside's choice does): settled.
      if (lackingSkipped) p.countrySettled = true;
    }
  }
  return ctx;
}

/** Participles of a bond's founding before "by" and its founders ("founded by", "fostered by", "built up by"). */
const FOUNDING_PARTICIPLES = new Set([
  'founded',
  'fostered',
  'forged',
  'built',
  'nurtured',
  'laid',
  'cultivated',
  'established',
]);

/**
 * "the special relationship …, founded by President A, President B and President C, is …", "the friendship fostered
 * by President A, Chairman B and generations of leaders": a name in the list of agents after a participle of founding,
 * with another person's name in the same list (only capitalised words, commas and "and" between them and "by").
 */
function listedFounder(story: CountryStory, m: Mention): boolean {
  const { tokens, mentionsBySent } = story;
  let by = m.start - 1;
  while (by > m.start - 24 && tokens[by]?.sent === m.sent) {
    const t = tokens[by] as Token;
    if (t.cap || t.text === ',' || t.lower === 'and') by--;
    else break;
  }
  if (tokens[by]?.lower !== 'by' || tokens[by]?.sent !== m.sent) return false;
  const verb = tokens[by - 1]?.lower === 'up' ? by - 2 : by - 1;
  if (!FOUNDING_PARTICIPLES.has(tokens[verb]?.lower ?? '')) return false;
  let end = m.end;
  while (end < m.end + 24 && tokens[end]?.sent === m.sent) {
    const t = tokens[end] as Token;
    if (t.cap || t.text === ',' || t.lower === 'and') end++;
    else break;
  }
  return (mentionsBySent.get(m.sent) ?? []).some(
    (o) => o.person !== m.person && o.kind !== 'pronoun' && o.start > by && o.end <= end,
  );
}

/** Nouns of the two parties to a bond ("the two countries", "both peoples"). */
const BOND_PARTIES = new Set(['countries', 'nations', 'peoples', 'states', 'parties']);

/**
 * Whether a founders' sentence is about a bond between countries: it names two or more, or "the two countries",
 * "both peoples". ("The party, founded by A and B in Austria" keeps Austria for them.)
 */
function bondBetweenCountries(story: CountryStory, sent: number): boolean {
  const { doc, tokens, countryCache } = story;
  if (new Set(sentenceCountries(doc, sent, countryCache).map((h) => h.country)).size >= 2) return true;
  const [a, b] = doc.sentences[sent] ?? [0, 0];
  for (let k = a + 1; k < b; k++) {
    const w = tokens[k - 1]?.lower;
    if ((w === 'two' || w === 'both') && BOND_PARTIES.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** A founder's country (see foundersSide) from the first sentence listing them among founders that settles it. */
function foundersCountry(story: CountryStory, p: PersonRecord, pinyin: boolean): string | null {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun' || !listedFounder(story, m)) continue;
    const side = foundersSide(p, sentenceCountries(story.doc, m.sent, story.countryCache), pinyin);
    if (side !== null) return side;
  }
  return null;
}

/**
 * Of the two countries a founders' sentence names ("the relationship between Laos and Vietnam, founded by …"), the one
 * a founder's name is shaped like (a Vietnamese or a Chinese-romanised name); a name of neither shape beside a
 * country whose names have one is of the other country. Null when the sentence names other than two countries.
 */
function foundersSide(p: PersonRecord, hits: readonly CountryHit[], pinyin: boolean): string | null {
  const sides = [...new Set(hits.map((h) => h.country))];
  if (sides.length !== 2) return null;
  const shapes = (c: string) => c === 'Vietnam' || c === 'China';
  const fits = (c: string) => (c === 'Vietnam' ? vietnameseShaped(p.tokens) : c === 'China' && pinyin);
  const fitting = sides.filter(fits);
  if (fitting.length === 1) return fitting[0] as string;
  const unshaped = sides.filter((c) => !shapes(c));
  return fitting.length === 0 && unshaped.length === 1 ? (unshaped[0] as string) : null;
}

/** "Reagan's arms control adviser, X": the mention's possessive opens a role the story gave another. */
function possessiveOpensRole(story: CountryStory, m: Mention): boolean {
  const { tokens, inRoles } = story;
  return POSSESSIVE_S.has(tokens[m.end]?.text ?? '') && inRoles.has(m.end + 1);
}

/** Verbs of saying and writing whose "that" opens what is said. */
const SAYS_THAT = new Set([
  'said',
  'says',
  'wrote',
  'writes',
  'tweeted',
  'stressed',
  'noted',
  'warned',
  'insisted',
]);
/** Prepositions that open a phrase between the verb and its "that" ("on Twitter", "in a statement"). */
const SAYING_FRAME = new Set(['on', 'in', 'at', 'during']);

/**
 * Whether the country at `at` opens the "that" clause of a verb of saying right after the name ending at `end`
 * ("X wrote on Twitter that the U.S. act was …", "X said that Washington's sanctions …"): the country is the clause's
 * first words ("that", perhaps "the", then the country), past at most a prepositional phrase between the verb and
 * "that". What they say of their own country further on ("said that the friendship between Pakistan and China …")
 * still places them.
 */
function reportedAfterSubject(tokens: readonly Token[], end: number, at: number): boolean {
  let v = end;
  if (tokens[v]?.lower === 'has' || tokens[v]?.lower === 'had') v++;
  if (!SAYS_THAT.has(tokens[v]?.lower ?? '')) return false;
  const that = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  if (tokens[that]?.lower !== 'that' || that > v + 4) return false;
  if (that > v + 1 && !SAYING_FRAME.has(tokens[v + 1]?.lower ?? '')) return false;
  for (let k = v + 1; k < that; k++) if (!tokens[k]?.word) return false;
  return true;
}

/** Whom a country after "to" is the posting of: "ambassador to Finland", "envoys to Japan". */
const POSTED = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'consul']);
const PAST_POSTING = new Set(['as', 'former', 'ex']);

/**
 * Whether the country at `at` is a past posting ("served as ambassador to Chile and Peru") whose words end before
 * the title and name at `start` do: lower-case words between, so not the name's own title ("Ambassador to China X").
 */
function postedTo(tokens: readonly Token[], at: number, start: number): boolean {
  let k = at - 1;
  while (
    k > at - 8 &&
    k >= 0 &&
    (tokens[k]?.cap || tokens[k]?.lower === 'and' || tokens[k]?.text === ',' || tokens[k]?.lower === 'the')
  )
    k--;
  if (tokens[k]?.lower !== 'to' || !POSTED.has(tokens[k - 1]?.lower ?? '')) return false;
  // A career's posting ("served as ambassador to", "a former envoy to"), not a current envoy's host, whose officials
  // the sentence names ("Thai Ambassador to Laos X called on Prime Minister Y").
  if (!PAST_POSTING.has(tokens[k - 2]?.lower ?? '')) return false;
  for (let j = at + 1; j < start; j++) if (tokens[j]?.word && !tokens[j]?.cap) return true;
  return false;
}

/** A rotating office handed on: "the presidency", "the chairmanship", "the rotating chair". */
const HANDED_OFFICES = new Set(['presidency', 'chairmanship', 'chair']);

/**
 * "X handed over the presidency to Y" (or "handed the presidency over to", "passed the chairmanship to"): when the
 * story says the office was taken over "from" a country ("Y taking over the presidency of the conference from the
 * United Arab Emirates"), that country, the one X held it for; null otherwise, or when the story names two such.
 */
function presidencyHandedOverFrom(story: CountryStory, m: Mention): string | null {
  const { doc, tokens, countryCache } = story;
  let k = m.end;
  const verb = tokens[k]?.lower;
  if (verb !== 'handed' && verb !== 'passed') return null;
  k++;
  if (tokens[k]?.lower === 'over') k++;
  if (tokens[k]?.lower !== 'the') return null;
  k++;
  if (!tokens[k]?.cap && !HANDED_OFFICES.has(tokens[k]?.lower ?? '')) k++;
  if (!HANDED_OFFICES.has(tokens[k]?.lower ?? '')) return null;
  k++;
  if (tokens[k]?.lower === 'over') k++;
  if (tokens[k]?.lower !== 'to') return null;
  let found: string | null = null;
  for (let sent = 0; sent < doc.sentences.length; sent++) {
    const [a, e] = doc.sentences[sent] as [number, number];
    let office = -1;
    for (let j = a + 1; j < e; j++) {
      const w = (tokens[j] as Token).lower;
      if (
        HANDED_OFFICES.has(w) &&
        tokens[j - 1]?.lower === 'the' &&
        TAKE_OVER.has(tokens[j - 2]?.lower ?? '')
      )
        office = j;
      else if (HANDED_OFFICES.has(w) && tokens[j - 1]?.lower === 'the' && tokens[j - 2]?.lower === 'over')
        if (TAKE_FORMS.has(tokens[j - 3]?.lower ?? '')) office = j;
      if (w !== 'from' || office < 0 || j - office > 8) continue;
      const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const hit = sentenceCountries(doc, sent, countryCache).find((h) => h.at === at);
      if (hit === undefined) continue;
      if (found !== null && found !== hit.country) return null;
      found = hit.country;
    }
  }
  return found;
}
/** "assumed the presidency from", "took over the presidency from": verbs of taking a rotating office on. */
const TAKE_OVER = new Set(['assumed', 'assuming', 'assumes', 'inherited', 'inherits']);

/** Words of one's own going somewhere, between a name and the "to" of a destination. */
const TRAVEL_WORDS = new Set([
  'visit',
  'visits',
  'visited',
  'trip',
  'trips',
  'tour',
  'journey',
  'went',
  ...TRAVELLED,
]);

/** Verbs of going somewhere right before "to the … capital". */
const WENT_WORDS = new Set([
  'flown',
  'flew',
  'travelled',
  'traveled',
  'went',
  'gone',
  'returned',
  'headed',
  'sent',
]);

/**
 * "who had flown to the North Korean capital with a letter from President X": a nationality naming the capital
 * someone went to is where they went, a destination, not a nationality of anyone in the sentence.
 */
function capitalReached(tokens: readonly Token[], h: CountryHit): boolean {
  if (tokens[h.at - 1]?.lower !== 'the' || tokens[h.at - 2]?.lower !== 'to') return false;
  if (!WENT_WORDS.has(tokens[h.at - 3]?.lower ?? '')) return false;
  let k = h.at;
  while (k < h.at + 3 && tokens[k]?.cap) k++;
  return tokens[k]?.lower === 'capital';
}

/** Verbs of leaving for a place: "left for", "departed for", "flew on to". */
// "PM X leaves for Austria", "X has emplaned for Vienna" (South Asian English for boarding a flight).
const DEPARTURE_VERBS = new Set([...DEPARTURE_FORMS, 'flew', 'heads', 'emplaned', 'emplanes']);

/**
 * "X … before Pompeo left for Sri Lanka, the Maldives and Indonesia": the "for" (or "to") after a verb of leaving
 * whose subject, named right before it, is another person, later in the sentence of mention `m`; -1 if none.
 */
function othersDepartureAt(story: CountryStory, pi: number, m: Mention): number {
  const { tokens, mentionsBySent } = story;
  for (const o of mentionsBySent.get(m.sent) ?? []) {
    if (o.person === pi || o.start < m.end) continue;
    const verb = tokens[o.end];
    const to = tokens[o.end + 1]?.lower;
    if (verb && DEPARTURE_VERBS.has(verb.lower) && (to === 'for' || to === 'to')) return o.end + 1;
  }
  return -1;
}

/**
 * "X's state visit to the US", "X travelled to Beijing", "X's first trip to Japan": a travel word within five tokens
 * after the name (lower-case words and a possessive only between), the country at `at` right after its "to" (and
 * "the"); or a verb of leaving and its "for" ("PM X leaves for Austria").
 */
function ownTravelTo(tokens: readonly Token[], end: number, at: number): boolean {
  if (at - end > 8) return false;
  const to = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  const prep = tokens[to]?.lower;
  if (prep !== 'to' && prep !== 'for') return false;
  let travel = false;
  for (let k = end; k < to; k++) {
    const t = tokens[k] as Token;
    if (prep === 'to' ? TRAVEL_WORDS.has(t.lower) : DEPARTURE_VERBS.has(t.lower)) travel = true;
    else if (t.cap || (!t.word && t.text !== "'s" && t.text !== '’s' && t.text !== "'" && t.text !== '’'))
      return false;
  }
  return travel;
}

const SIGNS = new Set(['signed', 'sign', 'signs', 'initialled', 'initialed']);
/** What may stand between a signatory's name and "signed for": an appositive, or others signing with them. */
const SIGNATORY_JOINERS = new Set([',', 'and', 'the', 'of', 'for']);

/**
 * "X, General Secretary of the Party, signed for the Soviet Union", "X and the Lord Privy Seal, Y, signed for
 * Britain", "The two states signed at separate places: X for the Federal Republic and Y, …, for the German Democratic
 * Republic": the country after "for" that a name (with its appositive, or others joined by "and") signed for, the
 * verb before "for" or, after a colon, before the name. Null if the name at `end` is not so followed.
 */
function signedForCountry(tokens: readonly Token[], hits: readonly CountryHit[], end: number): string | null {
  const sent = tokens[end - 1]?.sent;
  for (let k = end; k < end + 16 && tokens[k]?.sent === sent; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'for') {
      const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const hit = hits.find((h) => h.at === at && !h.adjectival);
      if (!hit) continue;
      return SIGNS.has(tokens[k - 1]?.lower ?? '') || elidedSigning(tokens, end) ? hit.country : null;
    }
    if (SIGNS.has(t.lower) && tokens[k + 1]?.lower === 'for') continue;
    if (!t.cap && !SIGNATORY_JOINERS.has(t.lower)) return null;
  }
  return null;
}

/** "… signed at separate places: X for …": a signing verb before a colon earlier in the name's sentence. */
function elidedSigning(tokens: readonly Token[], end: number): boolean {
  const sent = tokens[end - 1]?.sent;
  let colon = false;
  for (let k = end - 1; k >= 0 && tokens[k]?.sent === sent; k--) {
    if (tokens[k]?.text === ':') colon = true;
    else if (colon && SIGNS.has(tokens[k]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "served as ambassador to Colombia, Peru and Bolivia, where then-President X expelled him": a country right before
 * ", where" is the country of the where-clause's subject (a title of up to four words before the name). Null if none.
 */
function whereCountry(tokens: readonly Token[], hits: readonly CountryHit[], start: number): string | null {
  let k = start - 1;
  while (k > start - 5 && k >= 0 && tokens[k]?.word && tokens[k]?.lower !== 'where') k--;
  if (tokens[k]?.lower !== 'where' || tokens[k - 1]?.text !== ',') return null;
  let last: CountryHit | undefined;
  for (const h of hits) if (h.at < k - 1) last = h;
  // The country's words end at the comma ("Bolivia", "South Korea", "the Philippines").
  return last !== undefined && last.at >= k - 4 && tokens.slice(last.at, k - 1).every((t) => t.cap)
    ? last.country
    : null;
}

/**
 * "On the Chinese side were Premier X, Y, a deputy director of protocol, and Z": a sentence opening with one side
 * of a table, then "were" (was, are, is), lists that side's people; the nationality is theirs (elsewhere "the
 * Chinese side" is the other party). Null if the mention at `start` is not in such a list.
 */
function sideListCountry(
  tokens: readonly Token[],
  hits: readonly CountryHit[],
  s: number,
  start: number,
): string | null {
  const h = hits[0];
  if (!h?.adjectival || h.at !== s + 2 || start <= s + 4) return null;
  if (tokens[s]?.lower !== 'on' || tokens[s + 1]?.lower !== 'the' || tokens[s + 3]?.lower !== 'side')
    return null;
  // "On the Venezuelan side, the delegation was led by X and Y": after the comma, a team led by (or including) the
  // list.
  let from = s + 5;
  // "On the Chinese side, Marshal X and Y, a senior diplomat, took part": after the comma, the names themselves.
  if (tokens[s + 4]?.text === ',' && namesUpTo(tokens, s + 5, start)) return h.country;
  if (!COPULAS.has(tokens[s + 4]?.lower ?? '')) {
    if (tokens[s + 4]?.text !== ',') return null;
    let k = s + 5;
    while (k < s + 11 && k < start && !SIDE_LIST_OPENERS.has((tokens[k] as Token).lower)) k++;
    if (k >= start || !SIDE_LIST_OPENERS.has(tokens[k]?.lower ?? '')) return null;
    if (tokens[k]?.lower === 'by' && !LED_HEADED.has(tokens[k - 1]?.lower ?? '')) return null;
    from = k + 1;
  }
  // The list ends at a clause of its own ("…, while the other side …").
  for (let k = from; k < start; k++) if (LIST_BREAKS.has((tokens[k] as Token).lower)) return null;
  return h.country;
}
/** Whether only capitalised words (names and titles before them), "and", commas and stops run from `from` to `to`. */
function namesUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!(t.word ? t.cap || t.lower === 'and' : t.text === ',' || t.text === '.' || t.text === '-'))
      return false;
  }
  return true;
}
/**
 * "X is exercise director for the Philippine side", "Y, chief negotiator on the Indian side,": a post held for one
 * side, right after the name (a copula or a comma, at most five words of the post, then "for" or "on" the side).
 * Null otherwise.
 */
function sideHeldCountry(tokens: readonly Token[], hits: readonly CountryHit[], end: number): string | null {
  if (!COPULAS.has(tokens[end]?.lower ?? '') && tokens[end]?.text !== ',') return null;
  for (let k = end + 1; k <= end + 6; k++) {
    const t = tokens[k];
    if (!t?.word || POST_BREAKS.has(t.lower)) return null;
    if ((t.lower !== 'for' && t.lower !== 'on') || tokens[k + 1]?.lower !== 'the' || k === end + 1) continue;
    const h = hits.find((x) => x.at === k + 2);
    return h?.adjectival && tokens[k + 3]?.lower === 'side' ? h.country : null;
  }
  return null;
}
/** Words that end a post's words after a name: a relative clause, a list, another verb's object. */
const POST_BREAKS = new Set(['who', 'which', 'that', 'and', 'or', 'with', 'to', 'met', 'said', 'told']);

/** Words after which a side's team is listed: "was led by", "headed by", "included". */
const SIDE_LIST_OPENERS = new Set(['by', 'included', 'includes', 'including', 'comprised']);
const COPULAS = new Set(['were', 'was', 'are', 'is']);
const LIST_BREAKS = new Set([';', 'while', 'but', 'whereas']);

/** Whether "hosted by" (received, welcomed, greeted) and up to three title words come between token `from` and `start`. */
function hostedBy(tokens: readonly Token[], from: number, start: number): boolean {
  for (let k = start - 1; k > from && k >= start - 4; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'by') return HOST_VERBS.has(tokens[k - 1]?.lower ?? '');
    if (!t.cap) return false;
  }
  return false;
}

/** Words that credit people with a part in a work ("starring X", "featuring Y"). */
const CREDITS = new Set(['starring', 'featuring', 'co-starring']);

/** The last credit word from token `from` up to `to`, or -1. */
function lastCredit(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (CREDITS.has((tokens[k] as Token).lower)) return k;
  return -1;
}

/** Words for a business ("the US technology giant", "the Chinese carmaker"). */
const FIRM_NOUNS = new Set([
  'giant',
  'company',
  'firm',
  'group',
  'conglomerate',
  'multinational',
  'startup',
  'carmaker',
  'automaker',
  'chipmaker',
  'manufacturer',
  'maker',
  'retailer',
  'airline',
]);

/** Titles of a firm's head ("Apple CEO", "chief executive of …"). */
const EXECUTIVE = /\b(?:CEO|chief executive|chairman|chairwoman|founder|managing director)\b/i;

/**
 * Whether a firm's executive `p` is named in a sentence that calls a firm ("the US technology giant") the country of
 * another than the outlet's `home`, or right before one that opens by calling it so ("… received by Acme vice
 * chairman X. The South Korean firm is investing …": the firm just named).
 */
function firmOfAnother(story: CountryStory, p: PersonRecord, home: string | null): boolean {
  if (home === null) return false;
  if (firmIntroducedAbroad(story, p, home)) return true;
  if (!p.roles.some((r) => EXECUTIVE.test(r))) return false;
  const { doc, tokens, countryCache } = story;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    for (const h of sentenceCountries(doc, m.sent, countryCache))
      if (firmCalledForeign(tokens, h, home)) return true;
    const next = doc.sentences[m.sent + 1];
    if (next === undefined || tokens[next[0]]?.lower !== 'the') continue;
    const first = sentenceCountries(doc, m.sent + 1, countryCache)[0];
    if (first !== undefined && first.at === next[0] + 1 && firmCalledForeign(tokens, first, home))
      return true;
  }
  return false;
}

/**
 * "the US technology giant", "the United States technology giant", "The South Korean firm": a nationality other than
 * `home` after "the" and before a firm's noun (after the whole of a name of two words).
 */
function firmCalledForeign(tokens: readonly Token[], h: CountryHit, home: string): boolean {
  return (
    h.adjectival &&
    h.country !== home &&
    tokens[h.at - 1]?.lower === 'the' &&
    nounAfter(tokens, h.last ?? h.at, FIRM_NOUNS, false)
  );
}

/**
 * "KUALA LUMPUR (Bernama) -- US electric vehicle maker Tesla Inc … Tesla chief executive officer X", "Lima (ANDINA) …
 * Brazilian construction firm Odebrecht … X, Odebrecht's former representative in Peru", "PALERMO (ANSA) … the
 * Spanish NGO rescue ship Acme Aid … Acme Aid founder X": whether the firm (or charity) a role of p names first is
 * introduced somewhere in the story by another country's nationality than `home` and a firm's (or a ship's or
 * charity's) noun right before its name.
 */
function firmIntroducedAbroad(story: CountryStory, p: PersonRecord, home: string): boolean {
  const { doc, tokens } = story;
  for (const r of p.roles) {
    const firm = FIRM_FIRST.exec(r)?.[1]?.split(' ');
    if (firm === undefined) continue;
    const first = firm[0] as string;
    for (let k = 3; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.text !== first || !nameRunsAt(tokens, k, firm)) continue;
      // "US electric vehicle maker Tesla": a firm's noun right before the name, a nationality at most three lower-case
      // words before that; "the Spanish NGO rescue ship Acme Aid": a ship's or charity's, acronyms between too.
      const noun = tokens[k - 1]?.lower ?? '';
      const vessel = VESSEL_NOUNS.has(noun);
      if (!vessel && !FIRM_NOUNS.has(noun)) continue;
      for (const h of sentenceCountries(doc, t.sent, story.countryCache)) {
        const last = h.last ?? h.at;
        if (
          h.adjectival &&
          h.country !== home &&
          last < k - 1 &&
          h.at >= k - 5 &&
          (vessel ? lowerOrAcronymWordsBetween(tokens, last, k - 1) : lowerWordsBetween(tokens, last, k - 1))
        )
          return true;
      }
    }
  }
  return false;
}
/**
 * A role opening with a firm's name (one to three capitalised words) and its office: "Tesla chief executive
 * officer", "Odebrecht's former representative", "Acme Aid founder".
 */
const FIRM_FIRST =
  /^((?:\p{Lu}[\p{L}\d&-]+ ){0,2}\p{Lu}[\p{L}\d&-]+)(?:['’]s)? (?:former |then |new )?(?:CEO|chief|chairman|chairwoman|founder|president|vice president|managing director|representative|executive|head|director)\b/u;

/** Whether the words of `name` stand at tokens `k` on. */
function nameRunsAt(tokens: readonly Token[], k: number, name: readonly string[]): boolean {
  for (let i = 1; i < name.length; i++) if (tokens[k + i]?.text !== name[i]) return false;
  return true;
}

/** Whether only lower-case words or acronyms ("NGO") stand between tokens `from` and `to` (both excluded). */
function lowerOrAcronymWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.word || (t.cap && t.text !== t.text.toUpperCase())) return false;
  }
  return true;
}

/** Whether only lower-case words stand between tokens `from` and `to` (both excluded). */
function lowerWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!tokens[k]?.word || tokens[k]?.cap) return false;
  return true;
}

/**
 * Whether a word of `nouns` follows the nationality at `at` within three lower-case words (or acronyms, when a
 * charity's initials may stand between: "the Spanish NGO rescue ship").
 */
function nounAfter(
  tokens: readonly Token[],
  at: number,
  nouns: ReadonlySet<string>,
  acronyms: boolean,
): boolean {
  for (let k = at + 1; k <= at + 3; k++) {
    const t = tokens[k];
    if (!t?.word || t.sent !== tokens[at]?.sent) return false;
    if (nouns.has(t.lower)) return true;
    if (t.cap && !(acronyms && t.text === t.text.toUpperCase())) return false;
  }
  return false;
}

/** Ships and the charities that run them ("the Spanish NGO rescue ship", "a Greek tanker"). */
const VESSEL_NOUNS = new Set(['ship', 'vessel', 'boat', 'tanker', 'freighter', 'ngo', 'charity']);

/**
 * "US President X welcomed the deal and thanked the Amir Y": the one someone thanks, praises or congratulates is
 * another party, not of the thanker's nationality.
 */
function reactionBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return wordBetween(tokens, from, to, REACTIONS);
}

/** "her two sons hold British citizenship": a nationality before "citizenship"/"passport", a relation a few words back. */
function relativesCitizenship(tokens: readonly Token[], at: number): boolean {
  if (!CITIZENSHIP_NOUNS.has(tokens[at + 1]?.lower ?? '')) return false;
  const sent = tokens[at]?.sent;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || !t.word) return false;
    if (relationWords.has(t.lower) && t.lower !== 'counterpart' && t.lower !== 'friend') return true;
  }
  return false;
}
const CITIZENSHIP_NOUNS = new Set([
  'citizenship',
  'nationality',
  'passport',
  'passports',
  'citizens',
  'nationals',
]);

/** "in Spanish with", "in English.": a demonym after "in" that qualifies no noun names a language. */
function inLanguage(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'in') return false;
  const next = tokens[at + 1];
  return next === undefined || !next.word || next.sent !== tokens[at]?.sent || isFunctionWord(next.lower);
}

/** Whether a name of someone other than `pi` follows token `at`, with at most three lower-case words between. */
function beforeAnothersName(story: CountryStory, pi: number, sent: number, at: number): boolean {
  const { tokens, mentionsBySent } = story;
  let k = at + 1;
  while (k <= at + 3 && tokens[k]?.word && !tokens[k]?.cap) k++;
  for (const o of mentionsBySent.get(sent) ?? [])
    if (o.start === k && o.person !== pi && o.kind !== 'pronoun') return true;
  return false;
}

/** Verbs of letting a captive go, after "to" ("call on Russia to release X"). */
const RELEASE_VERBS = new Set(['release', 'free', 'pardon']);

/**
 * "call on Russia to release X", "urged North Korea to free American Y": the country at `at` is followed, past the
 * rest of its name, by "to" and a verb of release, and then by the name at `start` with at most three words of title
 * between.
 */
function askedToRelease(tokens: readonly Token[], at: number, start: number): boolean {
  let k = at + 1;
  while (k < at + 3 && k < start && tokens[k]?.cap && tokens[k]?.word) k++;
  return tokens[k]?.lower === 'to' && RELEASE_VERBS.has(tokens[k + 1]?.lower ?? '') && start - (k + 2) <= 3;
}

const CAPTOR_VERBS = new Set([
  'freed',
  'released',
  'held',
  'detained',
  'jailed',
  'imprisoned',
  'arrested',
  'convicted',
  'sentenced',
  'expelled',
  'deported',
  'extradited',
  'captured',
  'kidnapped',
]);

/** Verbs of going to a place, and what goes or is sent before "to" ("a visit to", "weapons to"). */
const VISITED = new Set(['visited', 'visiting', 'toured']);
/** "… accepted an invitation to visit X", "X visits Y": where the one named before goes (not another's host). */
const VISIT = new Set(['visit', 'visits']);
const TOUR_NOUNS = new Set(['tour', 'tours']);
const SENT_TO = new Set([
  'visit',
  'trip',
  // "a three-day official visit, his first to Ghana as president": the visit's noun left out.
  'first',
  ...TRAVELLED,
  // "who fled to Belgium after the failed bid": exile is where someone went, not whom they stand for.
  'fled',
  'weapons',
  'arms',
  'aid',
  'troops',
  'supplying',
  'sending',
  'exporting',
]);

/** Whether the country at `at` is where someone goes or sends something ("visited X", "weapons to X"). */
function destinationAt(tokens: readonly Token[], at: number, ownVisit = false): boolean {
  // "to visit the People's Republic of China": a state's formal name read at its last word starts at its first.
  let start = at;
  if (tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.cap) {
    start = at - 2;
    // ("People's" is two tokens.)
    while (
      start > at - 6 &&
      ((tokens[start - 1]?.cap && tokens[start - 1]?.word) || POSSESSIVE_S.has(tokens[start - 1]?.text ?? ''))
    )
      start--;
  }
  // "flew to the United States": the article before the country's name.
  let k = tokens[start - 1]?.lower === 'the' ? start - 1 : start;
  // "will travel to Belarus, Moldova and Malta": a later item of a list is where its first item is.
  if (tokens[k - 1]?.text === ',' || tokens[k - 1]?.lower === 'and') {
    let first = k;
    for (let j = k - 1; j > k - 12; j--) {
      const t = tokens[j];
      if (!t || t.sent !== tokens[at]?.sent) break;
      if (t.cap && t.word) first = j;
      else if (t.text !== ',' && t.lower !== 'and') break;
    }
    if (first < k) k = tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  }
  const prev = tokens[k - 1]?.lower ?? '';
  if (VISITED.has(prev) || (ownVisit && VISIT.has(prev))) return true;
  // "at the start of a five-day royal tour of Poland and Germany": the countries a tour goes round.
  if (prev === 'of' && TOUR_NOUNS.has(tokens[k - 2]?.lower ?? '')) return true;
  if (prev !== 'to') return false;
  if (SENT_TO.has(tokens[k - 2]?.lower ?? '') || SENT_TO.has(tokens[k - 3]?.lower ?? '')) return true;
  // "sent special envoys led by former Minister X to Nigeria": where the group its leader heads goes.
  let j = k - 2;
  while (j > k - 10 && (tokens[j]?.cap || tokens[j]?.lower === 'former')) j--;
  return j < k - 2 && tokens[j]?.lower === 'by' && LED_HEADED.has(tokens[j - 1]?.lower ?? '');
}

/** "left (communist) Czechoslovakia for France": a country left for another, at `at`. */
function leftFor(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  let k = at + 1;
  while (tokens[k]?.sent === t.sent && tokens[k]?.cap && tokens[k]?.word && k < at + 4) k++;
  if (tokens[k]?.lower !== 'for') return false;
  const prev = tokens[at - 1];
  return (
    prev?.lower === 'left' ||
    (tokens[at - 2]?.lower === 'left' && prev !== undefined && !prev.cap && prev.word)
  );
}

/**
 * Words before "in <country>" that say where someone lives ("who lives in Belgium", "in exile in Belgium", "has been
 * staying in India since she fled").
 */
const RESIDES = new Set([
  'lives',
  'lived',
  'living',
  'resides',
  'resided',
  'residing',
  'exile',
  'exiled',
  'staying',
  'stayed',
]);

/** Words of a language, which a nationality before them describes ("a Russian proverb"). */
const SAYING_NOUNS = new Set(['proverb', 'saying', 'idiom', 'expression', 'phrase', 'adage', 'maxim']);

/** Nouns for a journey, which a nationality before them sends abroad ("the US visit", "his China trip"). */
const TRIP_NOUNS = new Set(['visit', 'trip', 'tour']);

/**
 * Whether the country's possessive at `at` comes before a body that opens another's role ("Torgaz CEO") and none of
 * p's.
 */
function possessedBodyOfAnother(
  tokens: readonly Token[],
  at: number,
  p: PersonRecord,
  people: readonly PersonRecord[],
): boolean {
  const mark = tokens[at + 1]?.text;
  const body = tokens[at + 2];
  if ((mark !== "'s" && mark !== '’s') || !body?.cap || !body.word) return false;
  // A name of its own ("Torgaz"), not a word of titles or offices ("Russia's President", "Vietnam's National …").
  if (tokenFlags(body) & (COMMON_WORD | TITLE_HEAD | ORG_HEAD | FUNCTION_WORD)) return false;
  // The body as an employer named before a title ("Torgaz CEO").
  const named = (q: PersonRecord) => q.roles.some((r) => r.startsWith(`${body.text} `));
  return !named(p) && people.some((q) => q !== p && named(q));
}

/** Words of meeting someone where one goes ("met", "talks with", "a courtesy call on", "hosted by"). */
const MEETS = new Set([
  ...HOST_VERBS,
  'met',
  'meet',
  'meets',
  'meeting',
  'talks',
  'call',
  'called',
  'calls',
  'receive',
  'host',
  'audience',
  'invitation',
  'invited',
]);

/**
 * Whether the destination at `at`, before mention `m`, is another person's journey: a name of theirs opens the
 * sentence's words before it, and no word of meeting comes between the destination and `m`.
 */
function anothersJourneyBefore(story: CountryStory, pi: number, m: Mention, at: number): boolean {
  const { tokens, mentionsBySent } = story;
  if (!(mentionsBySent.get(m.sent) ?? []).some((o) => o.person !== pi && o.kind !== 'pronoun' && o.end <= at))
    return false;
  for (let k = at + 1; k < m.start; k++) if (MEETS.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** Whether token `at` is in a ", who …" or ", whose …" clause after another person's mention than `m`. */
function inAnothersClause(
  sentMentions: readonly Mention[],
  tokens: readonly Token[],
  pi: number,
  m: Mention,
  at: number,
): boolean {
  // Only where the other person is or goes ("who has lived in Belgium"): "who told him trade with the United States
  // would grow" speaks of the one told too. A "whose" clause holds what is theirs, wherever its country stands
  // ("Prime Minister X, whose Brothers of Italy party topped the poll, abstained on Y").
  const placed = CLAUSE_PLACE_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '');
  for (const o of sentMentions) {
    if (o.person === pi || o.end >= at || tokens[o.end]?.text !== ',') continue;
    const rel = tokens[o.end + 1]?.lower;
    if (!(rel === 'whose' || (placed && rel === 'who'))) continue;
    // "X, who was called into Ethiopia's team to replace the injured Y": Y is inside the clause too.
    const close = commaAfter(tokens, o.end + 2);
    const closed = (k: number): boolean => close >= 0 && close < k;
    if (m.start > o.end && !closed(m.start)) continue;
    if (!closed(at)) return true;
  }
  return false;
}
const CLAUSE_PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'into']);

/** "China-Italy", "US-China": the token at `at` joins two countries by a hyphen. */
function countryPair(tokens: readonly Token[], at: number): boolean {
  return (tokens[at] as Token).text.includes('-') && findCountries(tokens, at, at + 1).length > 1;
}

const THING_RELATIVES = new Set(['that', 'which']);

/** What a nationality may describe that is no one's side: programs, eras, wars, regimes. */
const ERA_NOUNS = new Set([
  'program',
  'programme',
  'era',
  'period',
  'times',
  'regime',
  'war',
  'invasion',
  'occupation',
  'empire',
  // "the site of the provisional government that fought Japanese colonial rule".
  'rule',
]);

/**
 * Whether ", according to" opens the attribution that ends at the name at `nameStart` (past its capitalised title
 * words: "according to Foreign Office Spokesperson Dr"), after the token at `at`.
 */
function attributedTo(tokens: readonly Token[], at: number, nameStart: number): boolean {
  let k = nameStart - 1;
  while (k > at && (tokens[k]?.cap || tokens[k]?.text === '.')) k--;
  return (
    k - 2 > at &&
    tokens[k]?.lower === 'to' &&
    tokens[k - 1]?.lower === 'according' &&
    tokens[k - 2]?.text === ','
  );
}

const SAID = new Set(['said', 'says']);

/**
 * A titled name nothing else placed, at home in the city they speak from or return to (`homeCityCountry`). After
 * the story-wide defaults: one placed earlier would pass that country on to those coordinated with them ("President
 * X and Premier Y" at a summit abroad).
 */
export function placeByHomeCity(story: CountryStory): void {
  for (const p of story.people) {
    if (!awaitsCountry(p) || p.roles.length === 0) continue;
    p.country = homeCityCountry(story, p);
  }
}

/**
 * "President X said in Washington that he welcomed the trip", "Mr. X flew to London to see Y before returning to
 * Washington": the city a titled name speaks from (right after their name) or returns to (later in their sentence,
 * no one else named between unless they are its subject and the return is "before/after returning") is at home,
 * when nothing else placed them. Null if none.
 */
function homeCityCountry(story: CountryStory, p: PersonRecord): string | null {
  const { tokens, doc } = story;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    if (SAID.has(tokens[m.end]?.lower ?? '') && tokens[m.end + 1]?.lower === 'in' && tokens[m.end + 2]?.cap) {
      const c = cityCountryAt(tokens, m.end + 2, tokens.length);
      if (c) return c;
    }
    const end = doc.sentences[m.sent]?.[1] ?? m.end;
    const named = story.mentionsBySent.get(m.sent) ?? [];
    // The sentence's subject: "before returning" and "after returning" are theirs past any object named between.
    const subject = named.find((o) => o.kind !== 'pronoun') === m;
    let between = false;
    for (let k = m.end; k < end - 2; k++) {
      const t = tokens[k] as Token;
      if (t.cap && named.some((o) => o.start === k && o.person !== m.person)) between = true;
      if (!RETURN_FORMS.has(t.lower) || tokens[k + 1]?.lower !== 'to' || !tokens[k + 2]?.cap) continue;
      // "Political analyst X told Press TV that the Arab countries' return to Damascus …": a return a commentator
      // speaks of is not theirs.
      if (commentator(p) && speechBetween(tokens, m.end, k)) break;
      const participle = tokens[k - 1]?.lower === 'before' || tokens[k - 1]?.lower === 'after';
      if (between && !(subject && participle)) break;
      const c = cityCountryAt(tokens, k + 2, end);
      if (c) return c;
    }
  }
  return null;
}

/**
 * "W named X, a minister of state, to replace him": the one who names someone to an office, right before the
 * verb, appoints them to their own government. Undefined if the name at `m` is not so appointed.
 */
function appointerOf(story: CountryStory, pi: number, m: Mention): PersonRecord | undefined {
  const { tokens, people } = story;
  let k = m.start - 1;
  while (k > m.start - 5 && tokens[k]?.cap && tokens[k]?.word) k--;
  if (!APPOINT_VERBS.has(tokens[k]?.lower ?? '')) return undefined;
  const by = storyNameEdges(story).endingAt(k, pi);
  return by ? people[by.person] : undefined;
}

/**
 * "the first by a Soviet leader to Washington since X came in 1973": the one named right after "since", in a sentence
 * that makes something the first (or last) by a nationality's office holder, held that office before. "the third by a
 * sitting US President …, after those of X in 2000 and Y in 2006": so do the ones named after "those of" (or "that
 * of"), the earlier visits' holders, when the sentence counts them (an ordinal).
 */
function earlierHolder(tokens: readonly Token[], at: number, start: number): boolean {
  const since = tokens[start - 1]?.lower === 'since' && start - at <= 12;
  if (!since && !thoseOfBefore(tokens, at, start)) return false;
  for (let k = at - 1; k >= at - 4 && k >= 0; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'first' || w === 'last' || (!since && SPELLED_ORDINALS.has(w))) return true;
  }
  return false;
}

/** Whether ", who" opens a clause at most five words before `at`: "X, who is the first Indian …". */
function relativeClauseBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= at - 5 && k > 0; k--) {
    const w = tokens[k]?.lower;
    if (w === 'who' && tokens[k - 1]?.text === ',') return true;
    if (w === ',' || w === '.') return false;
  }
  return false;
}

/** Whether "those of" (or "that of") stands after `at` and at most ten words before the name at `start`. */
function thoseOfBefore(tokens: readonly Token[], at: number, start: number): boolean {
  for (let k = start - 1; k > at + 1 && k >= start - 10; k--)
    if (tokens[k]?.lower === 'of' && (tokens[k - 1]?.lower === 'those' || tokens[k - 1]?.lower === 'that'))
      return true;
  return false;
}

/** Who speaks for a person: "X's office announced". */
const SPEAKS_FOR = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'ministry']);
const ANNOUNCES = new Set([...SPEECH_AFTER, 'announced', 'reported', 'confirmed', 'stated']);

/**
 * "Egyptian President A will arrive in Israel on Saturday, Prime Minister X's office announced today": a name opening
 * the attribution that closes a sentence, after a comma (and its title), with its speech verb (or its office's) right
 * after it: the words reported before the comma, and the titles in them, are what was said, not who says it.
 */
function closingAttribution(tokens: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k > m.start - 6 && tokens[k]?.cap && tokens[k]?.word) k--;
  if (tokens[k]?.text !== ',') return false;
  let v = m.end;
  if (isPossessive(tokens[v]) && SPEAKS_FOR.has(tokens[v + 1]?.lower ?? '')) v += 2;
  return ANNOUNCES.has(tokens[v]?.lower ?? '');
}

/** Whether `t` is the possessive "'s" (either quote form). */
function isPossessive(t: Token | undefined): boolean {
  return t?.text === "'s" || t?.text === '’s';
}

/** "the Soviet lunar program", "the Soviet era": the nationality at `at` heads a program or an era within two words. */
function ofAnEra(tokens: readonly Token[], at: number): boolean {
  // "Russia's full-scale invasion": a country's possessive heads its war as its adjective does.
  const from = isPossessive(tokens[at + 1]) ? at + 2 : at + 1;
  for (let k = from; k <= from + 2; k++) {
    const t = tokens[k];
    if (!t || t.cap || !t.word) return false;
    if (ERA_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "in Sharm el-Sheikh, Egypt": the country at `at` closes a place "in" a city of up to three capitalised words and a
 * comma, the city's country.
 */
function cityOfVenueBefore(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== ',') return false;
  let k = at - 2;
  while (k >= at - 6 && (tokens[k]?.cap || tokens[k]?.text === '-' || tokens[k]?.lower === 'el')) k--;
  return k < at - 2 && tokens[k]?.lower === 'in' && tokens[k]?.sent === tokens[at]?.sent;
}

/**
 * Nouns of an unnamed person a named one meets: "with a Turkish woman", "an American tourist"; not the nouns a crime
 * story introduces its named people by ("the suspect, X": CRIME_STORY_PERSON_NOUNS, person-cues.ts).
 */
const UNNAMED_PERSON_NOUNS = new Set([
  'woman',
  'man',
  'girl',
  'boy',
  'child',
  'baby',
  'family',
  'couple',
  'mother',
  'father',
  'tourist',
  'student',
  'survivor',
  'victim',
  'resident',
]);
/** Prepositions before someone else ("with a Turkish woman", "to an American tourist"). */
const OTHER_PREPOSITIONS = new Set(['with', 'to', 'for', 'from', 'by', 'beside', 'and']);

/** Whether the nationality at `at` reads "with a Turkish woman": a preposition, "a" or "an", it, a person's noun. */
function unnamedOther(tokens: readonly Token[], at: number): boolean {
  const article = tokens[at - 1]?.lower;
  return (
    (article === 'a' || article === 'an') &&
    OTHER_PREPOSITIONS.has(tokens[at - 2]?.lower ?? '') &&
    UNNAMED_PERSON_NOUNS.has(tokens[at + 1]?.lower ?? '')
  );
}

/** Verbs of thanks and greeting whose object is the one addressed. */
const ADDRESS_VERBS = new Set(['thanked', 'greeted', 'congratulated', 'saluted', 'praised', 'hailed']);

/**
 * "thanked the Russian government", "greeted the Vietnamese people", "thanked Vietnam", "a protest to the French
 * government": a country as the object, or the one a protest is lodged with.
 */
function addressedAt(tokens: readonly Token[], at: number, end: number): boolean {
  const k = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  if (k < end || tokens[k]?.sent !== tokens[at]?.sent) return false;
  if (ADDRESS_VERBS.has(tokens[k]?.lower ?? '')) return true;
  // "conveyed its strong protest to the French government", "lodged a complaint with France": the one protested to.
  const to = tokens[k]?.lower;
  return (to === 'to' || to === 'with') && k - 1 >= end && PROTEST_NOUNS.has(tokens[k - 1]?.lower ?? '');
}
const PROTEST_NOUNS = new Set(['protest', 'protests', 'complaint', 'complaints', 'demarche', 'démarche']);

/** "and other", "and fellow": the words after a name that make it one of the kind the nationality then names. */
const OTHERS_OF_KIND = new Set(['other', 'fellow']);

/**
 * "Chairman X, Premier Y and other Chinese leaders of the elder generation": after "and other" (or "and fellow") the
 * nationality opening the plural names the kind the names before it are of, not another conjunct — each name of the
 * list, over the capitalised titles, names and commas between (up to twelve tokens).
 */
function othersOfKindAt(tokens: readonly Token[], end: number, h: CountryHit): boolean {
  if (!h.adjectival || h.at - end > 14 || !OTHERS_OF_KIND.has(tokens[h.at - 1]?.lower ?? '')) return false;
  if (tokens[h.at - 2]?.lower !== 'and') return false;
  for (let k = end; k < h.at - 2; k++) {
    const t = tokens[k] as Token;
    if (t.text !== ',' && !t.cap) return false;
  }
  return true;
}

/** Words of going on to the next stops: "will also take them to", "will then travel to", "will go on to". */
const NEXT_STOP_VERBS: ReadonlySet<string> = new Set([
  'take',
  'travel',
  'go',
  'fly',
  'visit',
  'continue',
  'head',
]);
const NEXT_STOP_OBJECTS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'on']);
/**
 * The country at `at` is in the list of places after "will (also, then) take them to", "will then travel to", "will go
 * on to" ("… to Goma, Rwanda and Uganda"): a stop still to come.
 */
function laterStop(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  let k = at - 1;
  while (k > at - 12 && tokens[k]?.sent === sent) {
    const t = tokens[k] as Token;
    if (t.lower === 'to') break;
    if (!(t.cap || t.text === ',' || t.lower === 'and' || t.lower === 'the')) return false;
    k--;
  }
  if (tokens[k]?.lower !== 'to') return false;
  let v = k - 1;
  if (NEXT_STOP_OBJECTS.has(tokens[v]?.lower ?? '')) v--;
  if (!NEXT_STOP_VERBS.has(tokens[v]?.lower ?? '')) return false;
  for (let j = v - 1; j >= v - 3 && tokens[j]?.sent === sent; j--)
    if (tokens[j]?.lower === 'will') return true;
  return false;
}

/** "according to" between a country at `at` and a name at `start` in one sentence. */
function citedSourceAfter(tokens: readonly Token[], at: number, start: number): boolean {
  for (let k = at + 1; k < start - 1; k++)
    if (tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to') return true;
  return false;
}

/** The role word at `at` is in the appositive of another named earlier in the sentence who met `p` ("Y, a former
 * Ruritanian minister, met X"): its owner is not `p`, a comma stands between the owner's name and it, and a verb of
 * meeting between it and `p`'s name. */
function appositiveOfAnother(story: CountryStory, p: PersonRecord, at: number, m: Mention): boolean {
  const owner = story.roleEndAt.get(at)?.owner;
  if (owner === undefined || owner === p) return false;
  for (const o of story.mentionsBySent.get(m.sent) ?? []) {
    if (o.kind === 'pronoun' || o.end > at || story.people[o.person] !== owner) continue;
    if (story.tokens[o.end]?.text !== ',') continue;
    // Only across a meeting: the one met is the other side ("Y, a Ruritanian minister, represented President X" or
    // "signed with his deputy, X" names the same side).
    for (let k = at + 1; k < m.start; k++) if (MET_VERBS.has(story.tokens[k]?.lower ?? '')) return true;
  }
  return false;
}
export const MET_VERBS: ReadonlySet<string> = new Set([...MET_OR_RECEIVED, 'visited', 'visits']);

/**
 * Whether the country at `at` follows "of" right after the name of someone other than `people[pi]`, across the
 * capitalised words of a state's long name ("King Y of the United Kingdom of Great Britain and Northern Ireland").
 */
function ofAnothersName(story: CountryStory, pi: number, at: number): boolean {
  const { tokens, mentionsBySent } = story;
  const sent = (tokens[at] as Token).sent;
  const names = mentionsBySent.get(sent) ?? [];
  for (let k = at - 1; k >= 0 && k > at - 12; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (t.lower === 'of' && names.some((o) => o.kind !== 'pronoun' && o.end === k && o.person !== pi))
      return true;
    if (!t.cap && t.lower !== 'of' && t.lower !== 'the' && t.lower !== 'and') return false;
  }
  return false;
}

/** Whether the country hit `h` in the sentence of mention `m` of person `pi` describes something or someone else. */
function describesAnother(
  story: CountryStory,
  pi: number,
  m: Mention,
  h: CountryHit,
  view: MentionView,
): boolean {
  const { doc, tokens, people, chineseContext, home, inRoles, roleEndAt, mentionsBySent } = story;
  const { s, pinyin, byRule, conjoined, companionEnd, later, held, heldTitles } = view;
  const p = people[pi] as PersonRecord;
  if (h.at >= m.start && h.at < m.end) return true;
  // "Chairman X, Premier Y and other Chinese leaders": the kind every name of the list is of.
  if (h.at > m.end && othersOfKindAt(tokens, m.end, h)) return false;
  if (h.at >= m.end && (conjoined || inRoles.has(h.at))) return true;
  // "X sent a message of condolences to King Y of the United Kingdom": a country after "of" right behind another's
  // name is that one's (as "Prince Z of Jordan" is Z's).
  if (h.at > m.end && ofAnothersName(story, pi, h.at)) return true;
  // "Raúl thanked the Russian government and people" in a story from Havana: a country the sentence thanks or greets,
  // other than the story's own, is the one addressed ("the President thanked the American people" at home keeps it).
  if (
    h.at > m.end &&
    h.country !== home &&
    h.country !== story.datelineHome &&
    addressedAt(tokens, h.at, m.end)
  )
    return true;
  // "X, who scored the winner after Y had opened the scoring and Z had equalized for England,": the team a goal was
  // scored for is the scorer's, the name right before the verb, not the others' of the sentence.
  if (h.at > m.end && scoredForByAnother(tokens, h.at, m.end)) return true;
  if (companionEnd >= 0 && h.at > companionEnd) return true;
  // "One was Captain X, whose picture beside a Greek tourist went round the world": a nationality of someone
  // unnamed ("a Greek tourist") after a preposition is that other person's.
  if (h.adjectival && unnamedOther(tokens, h.at)) return true;
  // "the Taiwan Affairs Office", "the Taiwan Strait": a body's subject, a sea or strait named after a place.
  if (tokens[h.at + 1]?.cap && NAMED_AFTER_PLACE.has(tokens[h.at + 1]?.lower ?? '')) return true;
  // "Chinese and Japanese leaders agreed … when President X met …": a Chinese-romanised name is not of the
  // pair's other nationality; "Liu said … the US gain from cooperation": nor of a country in their own
  // reported words, in a Chinese outlet's story.
  if (pinyin && h.country !== 'China') {
    if (h.adjectival && pairedDemonym(tokens, h.at)) return true;
    if (chineseContext && h.at > m.end && SPEECH_AFTER.has(tokens[m.end]?.lower ?? '')) return true;
    // "China will work with the new US administration, spokesman X said": nor of one in the words reported
    // before the name; "X attended the ceremony in Washington", "spoke in Davos, Switzerland": nor of a
    // foreign place they are at.
    if (chineseContext && !h.adjectival) return true;
    if (chineseContext && h.at < m.start && reportedBefore(tokens, h.at, m)) return true;
  }
  // "US electric vehicle maker Tesla …, said Trade Minister X": a firm's nationality is none of a government's
  // officer's ("Nippon Steel President X … the Japanese company" is the firm's own); nor is a ship's or a
  // charity's ("for blocking migrants from the Spanish NGO rescue ship").
  if (
    h.adjectival &&
    p.roles.length > 0 &&
    p.roles.every((r) => !EXECUTIVE.test(r) && !namesABody(r)) &&
    (nounAfter(tokens, h.at, FIRM_NOUNS, false) || nounAfter(tokens, h.at, VESSEL_NOUNS, true))
  )
    return true;
  // "the mission's first trip to Egypt since the end of the X government": a ruler named by their rule goes
  // nowhere; where others go is not whom they ruled.
  if (byRule && h.destination) return true;
  // "X told the conference in Sharm el-Sheikh, Egypt, that Brazil is back": the country of the city the subject
  // speaks in, after the name, is where they are, not whom they stand for.
  // Only beside another country the sentence names: alone, the venue's country is the best guess there is.
  if (!h.adjectival && h.at > m.end && cityOfVenueBefore(tokens, h.at)) {
    const others = sentenceCountries(doc, m.sent, story.countryCache);
    if (others.some((o) => o.country !== h.country && !cityOfVenueBefore(tokens, o.at))) return true;
  }
  // "… held talks with President X in Kinshasa on the first day of a tour that will also take them to Goma, Rwanda
  // and Uganda": the stops still to come of a visitor's tour are where the visitors go next, not the host's country.
  if (h.at > m.end && laterStop(tokens, h.at)) return true;
  // "… the alliance with Russia, according to a statement issued by presidential spokesman X": what the source is
  // cited for, before "according to", is what they report, not whom they speak for.
  if (h.at < m.start && citedSourceAfter(tokens, h.at, m.start)) return true;
  // "Tedros, a former Ethiopian health minister, also met State Councilor X": before the name, a nationality in
  // another's appositive (set off by the comma after that one's name) describes that one, not the one they met.
  if (h.at < m.start && inRoles.has(h.at) && appositiveOfAnother(story, p, h.at, m)) return true;
  // "X briefed the visitors on North Korea's recent launches": after the name, a country that a preposition
  // makes the topic of what they do is not theirs.
  if (h.at >= m.end && TOPIC_PREPOSITIONS.has(tokens[h.at - 1]?.lower ?? '')) return true;
  // "Asked about Russia, Mr. X said …": before the name, so is the country a question was about.
  if (
    h.at < m.start &&
    tokens[h.at - 1]?.lower === 'about' &&
    QUESTION_WORDS.has(tokens[h.at - 2]?.lower ?? '')
  )
    return true;
  // "X, who declared independence from Britain": nor is the country someone broke away from; "X threatened to
  // 'totally destroy' North Korea": nor the one they threaten.
  // "… needed 42 squadrons to face threats from both Pakistan and China": nor the ones a threat comes from.
  if (
    h.at >= m.end &&
    (brokeAwayFrom(tokens, h.at) ||
      threatenedAt(tokens, h.at) ||
      threatFrom(tokens, h.at) ||
      attackedCountry(tokens, h.at))
  )
    return true;
  // "the ministers discussed energy, tariffs, Venezuela and migration": so is a country listed among topics.
  if (h.at >= m.end && !h.adjectival && topicListItem(tokens, h.at)) return true;
  // "… would work with the new government on issues including climate change and North Korea's missile programs":
  // so is one (or its possessive) in the issues a phrase lists.
  if (h.at >= m.end && issueListItem(tokens, h.at)) return true;
  // "Spokesman X said the two leaders also went over the situation in Syria and the Palestinian cause": so is every
  // country of what others discussed, as someone after the name reports it.
  if (h.at >= m.end && reportedTopic(tokens, m.end, h.at)) return true;
  // "X said the talks covered trade and the situation in Afghanistan": so is a country whose situation is spoken of.
  if (h.at >= m.end && tokens[h.at - 1]?.lower === 'in' && SITUATION_NOUNS.has(tokens[h.at - 2]?.lower ?? ''))
    return true;
  // "The Russian president was due to meet Prime Minister X", "the Saudi foreign minister … later met Chief of Army
  // Staff X": a nationality of the one who meets someone named by a bare title is the visitor's, not the host's.
  if (h.adjectival && h.at < m.start && metByDescribed(story, h.at, m)) return true;
  // "X said … the crimes committed against the Palestinian people": so is a nationality after such a preposition
  // and "the".
  if (
    h.at >= m.end &&
    h.adjectival &&
    tokens[h.at - 1]?.lower === 'the' &&
    TOPIC_PREPOSITIONS.has(tokens[h.at - 2]?.lower ?? '')
  )
    return true;
  // "Prime Minister A of India proposed that India host …, and co-hosted an event with President B": a country
  // named after another person and before the "with" that brings B in is that person's side.
  if (h.at < m.start && withAfter(tokens, h.at, m.start) && ofAnothersCountry(story, pi, m, h)) return true;
  // "X met her counterparts from Canada, Chile and Norway": the countries of the counterparts.
  if (h.at >= m.end && counterpartsFrom(tokens, m.end, h.at)) return true;
  // "… would hold the next summit in Japan", "agreed to work on a joint project in Chad": where a meeting is held or
  // a work is done is not whom anyone represents.
  if (
    h.at > m.end &&
    !h.adjectival &&
    tokens[h.at - 1]?.lower === 'in' &&
    HOSTED_MEETINGS.has(tokens[h.at - 2]?.lower ?? '')
  )
    return true;
  // "a plan to equip Australia with submarines", "signed an agreement between the UAE and Israel", "would not
  // sign any document with Russia": after the name, the recipient of arms, the two sides of a pact or its partner
  // are not the subject's country by themselves.
  if (h.at >= m.end && !h.adjectival && pactSideAt(tokens, h.at)) return true;
  // "X gave U.S. forces access to four more bases": nor the nationality of those given leave.
  if (h.at >= m.end && h.adjectival && grantedTo(tokens, h.at)) return true;
  // "X … because her two sons hold British citizenship": nor the citizenship a relative holds.
  if (h.at >= m.end && h.adjectival && relativesCitizenship(tokens, h.at)) return true;
  // "X said relations with Chile were excellent": nor is the partner of the ties someone speaks of.
  if (h.at >= m.end && tokens[h.at - 1]?.lower === 'with' && TIES.has(tokens[h.at - 2]?.lower ?? ''))
    return true;
  // "… wanted good relations with all neighbours, including India": nor one named among the partners.
  if (h.at >= m.end && tokens[h.at - 1]?.lower === 'including' && tiesWithBefore(tokens, h.at - 1))
    return true;
  // "working with the government of X to … deal with North Korea's nuclear threat": nor a country whose threat or
  // conduct they set out to handle.
  if (h.at >= m.end && handledAt(tokens, h.at)) return true;
  // "urging an end to the wars from Sierra Leone to the Horn of Africa": after the name, the ends of a span of places.
  if (h.at >= m.end && !h.adjectival && spanOfPlaces(tokens, h.at)) return true;
  // "Budiwi … had visited Vietnam", "… not supplying weapons to Ukraine": after the name, where someone goes or
  // sends things is not whom they represent.
  if (h.at >= m.end && !h.adjectival && destinationAt(tokens, h.at, true)) return true;
  // "when the couple left communist Czechoslovakia for France": nor the country someone emigrated from.
  if (h.at >= m.end && !h.adjectival && leftFor(tokens, h.at)) return true;
  // "former President X, who lives in Belgium": nor where someone lives, in exile or not.
  if (
    h.at >= m.end &&
    !h.adjectival &&
    tokens[h.at - 1]?.lower === 'in' &&
    RESIDES.has(tokens[h.at - 2]?.lower ?? '')
  )
    return true;
  // "the first by a Dutch monarch to Spain since 2005, when … was hosted by Queen X": a nationality before a
  // passive host names the guest, not the one who hosts them.
  if (h.adjectival && h.at < m.start && hostedBy(tokens, h.at, m.start)) return true;
  // "… between Acme Oil Corp and Russia's Torgaz was signed by ACO Chairman X and Torgaz CEO Y": a country's
  // possessive before a body that another's role names is that body's, not the country of one whose role does not.
  if (h.adjectival && possessedBodyOfAnother(tokens, h.at, p, people)) return true;
  // "X said the US visit would focus on …": a nationality before a trip names where it goes.
  if (h.adjectival && TRIP_NOUNS.has(tokens[h.at + 1]?.lower ?? '')) return true;
  // "said X, who repeated the Russian proverb": after the name, a nationality of words quoted is not the speaker's.
  if (h.adjectival && h.at >= m.end && SAYING_NOUNS.has(tokens[h.at + 1]?.lower ?? '')) return true;
  // "A cut short his trip to Malaysia following the passing of Queen X": before the name, where another person of
  // the sentence goes is theirs, not the country of one named later whom they do not meet there.
  if (
    !h.adjectival &&
    h.at < m.start &&
    destinationAt(tokens, h.at) &&
    anothersJourneyBefore(story, pi, m, h.at)
  )
    return true;
  // "… Y was delayed after X, who has lived in Belgium since 2017, …": a country inside the relative clause of
  // another person's name is said of them.
  if (inAnothersClause(mentionsBySent.get(m.sent) ?? [], tokens, pi, m, h.at)) return true;
  // "the China-Italy partnership … the death of X": a pair of countries names the ties between them, no side of one
  // who holds no role; nor, after the name, of one who does ("Premier X held talks …, the ninth China-Australia
  // annual leaders' meeting").
  if (((people[pi] as PersonRecord).roles.length === 0 || h.at >= m.end) && countryPair(tokens, h.at))
    return true;
  // "… exchanged views on regional issues, including Afghanistan, according to Spokesperson X": a country in the
  // words a closing "according to" attributes is what they spoke of, not whom they speak for.
  if (h.at < m.start && attributedTo(tokens, h.at, m.start)) return true;
  // "X, who took part in the Soviet lunar program": after the name, a nationality of a program, an era or a war is
  // not the person's.
  if (h.at >= m.end && h.adjectival && ofAnEra(tokens, h.at)) return true;
  // "marked the anniversary of Russia's full-scale invasion …, signing with President X": before the name too, a
  // country's possessive heading its war is the war's, not a nationality.
  // So is a nationality of an era or a rule: "visit the site of the government that fought Japanese colonial rule,
  // and meet X".
  if (h.at < m.start && (isPossessive(tokens[h.at + 1]) || h.adjectival) && ofAnEra(tokens, h.at))
    return true;
  // "President X, who is in Laos for a summit": where someone is staying is not whom they represent.
  if (h.at >= m.end && tokens[h.at - 1]?.lower === 'in' && BEING_IN.has(tokens[h.at - 2]?.lower ?? ''))
    return true;
  // "sworn in at the Samuel Ogbemudia Stadium in Benin", "a tribunal in Benin": after the name, a country (or a
  // city spelled like one) that locates a named place is where things happen, not whom anyone represents.
  if (
    !h.adjectival &&
    h.at > m.end + 1 &&
    tokens[h.at - 1]?.lower === 'in' &&
    tokens[h.at - 2]?.cap &&
    !(mentionsBySent.get(m.sent) ?? []).some((o) => o.end === h.at - 1)
  )
    return true;
  // "to attend the summit in Okinawa, Japan": so does the country after a city's comma.
  if (
    !h.adjectival &&
    h.at > m.end + 2 &&
    tokens[h.at - 1]?.text === ',' &&
    tokens[h.at - 2]?.cap &&
    tokens[h.at - 3]?.lower === 'in'
  )
    return true;
  // "X signed the pact at the Japanese defense ministry": after the name, a nationality of the venue where
  // they are is not whom they represent (one "in the Italian Air Force" serves in it).
  if (h.adjectival && h.at >= m.end && tokens[h.at - 1]?.lower === 'the' && tokens[h.at - 2]?.text === 'at')
    return true;
  // "… went together to the Spanish Riding School": after the name, a nationality opening a building's name names
  // the place.
  if (h.adjectival && h.at >= m.end && namedBuildingAt(tokens, h.at)) return true;
  // "X hosted a reception for the Vietnamese delegation", "welcomed the Thai guests": after the name, the visitors
  // someone receives are the other side.
  if (h.at >= m.end && receivesGuests(tokens, h.at)) return true;
  // "was signed in the South African capital Pretoria by X": nor, mid-sentence, the capital it is in.
  if (inTheCapital(tokens, h.at)) return true;
  // "X, commander of the group, said fierce fighting continued where Russian forces …": in a national outlet's
  // story, the troops of a country in the words someone reports are the other side's.
  if (
    home &&
    h.at > m.end &&
    h.adjectival &&
    FORCES.has(tokens[h.at + 1]?.lower ?? '') &&
    speechBetween(tokens, m.end, h.at)
  )
    return true;
  // "the assassination of General X … in a U.S. drone strike", "killed in an Israeli airstrike": after the name, the
  // country of an attack on them is the attacker's, the other side.
  if (h.at > m.end && h.adjectival && attackAfter(tokens, h.at)) return true;
  // "Speaker X opened the session, saying the chamber stood with the Ukrainian people", "Minister Y said Spain was
  // expelling 25 Russian diplomats": in a national outlet's story, a nation or envoys someone speaks of are others'.
  if (
    home &&
    h.at > m.end &&
    h.adjectival &&
    OTHER_NATION_NOUNS.has(tokens[h.at + 1]?.lower ?? '') &&
    (speechBetween(tokens, m.end, h.at) || wordBetween(tokens, m.end, h.at, SAYING))
  )
    return true;
  // "with President X saying Armenia and Azerbaijan remained far apart": two sides named
  // together as the subject of the words someone reports are what they speak of, not their side.
  if (h.at > m.end && spokenOfPair(tokens, m.end, h.at)) return true;
  // "a security agreement with President X that commits Canada to …": "that" or "which" right after a name opens a
  // clause about a thing named before it (a person's would open with "who"), so its countries are not theirs.
  if (
    h.at > m.end &&
    THING_RELATIVES.has(tokens[m.end]?.lower ?? '') &&
    !clauseBreakBetween(tokens, m.end, h.at)
  )
    return true;
  // "to Chile to meet President X, and then to Brazil, where …": past a new clause after the name, a country is
  // that clause's.
  if (h.at > m.end && h.destination && clauseBreakBetween(tokens, m.end, h.at)) return true;
  // "… trying to reach the border with Ukraine": the neighbour across a border is the other side.
  if (h.at > m.end && tokens[h.at - 1]?.lower === 'with' && tokens[h.at - 2]?.lower === 'border') return true;
  // "X, who won the French Open in 2011": a tournament named after its host country is no side of its champions.
  if (tokens[h.at + 1]?.text === 'Open') return true;
  // "ended his speech in Spanish with …": a language, not a nationality.
  if ((tokenFlags(tokens[h.at] as Token) & DEMONYM) !== 0 && inLanguage(tokens, h.at)) return true;
  // "Among those freed by Russia were X, …": the country that holds, frees or tries someone is the other side.
  if (tokens[h.at - 1]?.lower === 'by' && CAPTOR_VERBS.has(tokens[h.at - 2]?.lower ?? '')) return true;
  // "We call on Russia to release X", "urged Iran to free detained journalist Y": the country asked to let someone go.
  if (h.at < m.start && !h.adjectival && askedToRelease(tokens, h.at, m.start)) return true;
  // "X, …, and Russian opposition politician Y": after the name, a nationality that only lower-case words part
  // from another person's name describes that person.
  if (h.adjectival && h.at >= m.end && beforeAnothersName(story, pi, m.sent, h.at)) return true;
  // "A, B, … and Japan's C": after the name, a country's possessive opening a later item of a list is that item's,
  // whether or not C was found as a person.
  if (h.adjectival && h.at > m.end && possessiveOpensListItem(tokens, h.at)) return true;
  // "X held talks with … Bangladesh's interim government Y": after "talks with", a country's possessive or
  // adjective describes the other side.
  if (h.adjectival && h.at >= m.end && otherSideAt(tokens, m.end, h.at)) return true;
  const r = roleEndAt.get(h.at);
  // "the then ambassador to Washington, X": where one's own title sends them is not whom they represent.
  if (r !== undefined && r.owner === p && h.destination) return true;
  if (
    r !== undefined &&
    r.owner !== p &&
    r.end <= m.start &&
    (later ||
      withBetween(tokens, h.at, m.start) ||
      besideBetween(tokens, r.end, m.start) ||
      clauseBreakBetween(tokens, r.end, m.start) ||
      // "the former Hong Kong governor whom Prime Minister Y appointed": the title's own relative clause.
      tokens[r.end]?.lower === 'whom' ||
      reactionBetween(tokens, r.end, m.start) ||
      ownDescriptorAfterComma(tokens, r.end, m.start) ||
      closingAttribution(tokens, m) ||
      envoyTitleBefore(tokens, h.at, r.end, p) ||
      // "Dutch Ambassador X cut the ribbon together with Zhang Hao": in a Chinese outlet's story, another's
      // foreign title does not describe a Chinese-romanised name.
      (pinyin && chineseContext && h.country !== 'China'))
  )
    return true;
  // "“Ethiopia is our partner,” Yilmazer said, recalling … talks with President Aksoylu": in a national
  // outlet's story, a country in someone's quoted words does not place a bare title outside the quote.
  if (home && p.roles.length > 0 && inQuote(tokens, s, h.at) !== inQuote(tokens, s, m.start)) return true;
  // "X chaired a welcome ceremony for the Indonesian leader": after the name, "the" and a nationality before a
  // word for a visitor or leader describe someone else.
  if (
    h.adjectival &&
    h.at >= m.end &&
    tokens[h.at - 1]?.lower === 'the' &&
    OTHER_PARTY.has(tokens[h.at + 1]?.lower ?? '')
  )
    return true;
  // "a film by US director X, starring Y and Z": a nationality before a work's credits is not its cast's.
  if (h.at < view.creditAt) return true;
  // "his Japanese counterpart": the counterpart's nationality, by definition not the subject's.
  if (COUNTERPART.has(tokens[h.at + 1]?.lower ?? '') && !ownCounterpart(tokens, h.at + 2, m.start))
    return true;
  // "The Turkish president … met then-President X": a nationality before a title that is no one's named role
  // describes that office's holder, not another person of the sentence.
  // "X, who is the first Indian prime minister to visit …, invited Y", "the Indian prime minister's last engagement
  // was a call on President Y": a head after its modifier too, in a clause that describes another or as a possessor
  // ("The last visit by an Indian prime minister … was made by Y" names its holder).
  const officeWord = tokens[h.at + 1]?.lower ?? '';
  if (
    h.adjectival &&
    !inRoles.has(h.at) &&
    (titleHeads.has(officeWord) ||
      (titleModifiers.has(officeWord) &&
        titleHeads.has(tokens[h.at + 2]?.lower ?? '') &&
        m.start > h.at &&
        (relativeClauseBefore(tokens, h.at) || POSSESSIVE_MARKS.has(tokens[h.at + 3]?.text ?? '')))) &&
    (m.start > h.at + 3 || m.end <= h.at) &&
    !earlierHolder(tokens, h.at, m.start)
  )
    return true;
  if (h.country === 'China' && !pinyin && p.tokens.length > 1) return true;
  // "X of Ethiopia … ahead of Belgium's Y, while Z failed to finish": a country written onto another
  // person's name is theirs alone.
  if (countryOfAnother(h, pi, mentionsBySent.get(m.sent) ?? [], tokens)) return true;
  // "Spain won that final 1-0 against England, with X scoring": with a score, the team beaten is the other side
  // (but "beat India's X 21-19" names the one beaten); "the friendly against France, supported by coach X": a side
  // played against is the other side, score or none.
  const opponent = tokens[h.at - 1]?.lower ?? '';
  if (
    OPPONENT_CUES.has(opponent) &&
    !(h.at < m.start && possessiveCountryBefore(tokens, m.start) === h.country) &&
    (PLAYED_AGAINST.has(opponent) || hasScore(tokens, s, doc.sentences[m.sent]?.[1] ?? s))
  )
    return true;
  // "about 20 Korean legislators flew to Manila for the swearing-in of X": a nationality of a group
  // others make up is not an untitled name's further on.
  if (p.roles.length === 0 && h.adjectival && h.at + 2 < m.start && describesGroup(tokens, h.at, m.start))
    return true;
  if (held && heldTitles.some((t) => (held.get(`${h.country}|${t}`) ?? p) !== p)) return true;
  return false;
}

/** Nouns of a state of affairs: "the situation in X" is a topic. */
const SITUATION_NOUNS = new Set(['situation', 'developments', 'crisis', 'conflict', 'war', 'fighting']);

/** Verbs of meeting someone, right before their title. */
const MEETS_TITLED = /\b(?:talks with|meet(?:s)?(?: with)?|met(?: with)?|meeting with|called on|received)$/;

/**
 * Whether the nationality at `at` opens a description of the subject ("The Russian president", "the Saudi foreign
 * minister", a title word right after it) whose verb of meeting reaches m's title in the same sentence.
 */
function metByDescribed(story: CountryStory, at: number, m: Mention): boolean {
  const { tokens, inRoles } = story;
  const head = tokens[at + 1]?.lower ?? '';
  if (!titleHeads.has(head) && !titleHeads.has(tokens[at + 2]?.lower ?? '')) return false;
  if (tokens[at - 1]?.lower !== 'the') return false;
  let k = m.start - 1;
  if (!inRoles.has(k)) return false;
  while (k > at && inRoles.has(k)) k--;
  const a = tokens[k - 2];
  const b = tokens[k];
  return (
    a !== undefined &&
    b !== undefined &&
    a.start > (tokens[at] as Token).start &&
    MEETS_TITLED.test(story.doc.text.slice(a.start, b.end))
  );
}

/** Words before the side one plays against, a contest or not ("the friendly against France"). */
const PLAYED_AGAINST = new Set(['against', 'versus', 'vs']);

/** Words of an envoy's title: one sent to serve in another country. */
export const ENVOY_WORDS = new Set(['ambassador', 'envoy', 'consul', 'consul-general', 'chargé', 'charge']);

/** Whether the tokens from `from` to `end` hold an envoy's word ("Indian Ambassador to Nepal"). */
function holdsEnvoyWord(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ENVOY_WORDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Whether one of the person's roles holds one of `words` ("US Ambassador to Z", "the Swiss diplomat"). */
const roleHolds = (p: PersonRecord, words: ReadonlySet<string>): boolean =>
  p.roles.some((r) => r.split(/\s+/).some((w) => words.has(w.toLowerCase())));

const NOT_AT_POST = /\b(?:nominee|nominated|pick|candidate|designate|former|ex|late)\b/;

/**
 * "Indian Ambassador to Nepal X", "Myanmar's envoy in Dhaka Y": the one country the story's envoys (placed by their
 * own country) are posted to, named after "to" or "in" in their titles; null if none or more than one. A story with
 * no dateline about an envoy at their post is the host's paper's, whose own officials it writes bare.
 */
export function envoyPostCountry(story: CountryStory): string | null {
  const { tokens, people } = story;
  let post: string | null = null;
  for (const p of people) {
    if (p.country === null || !p.countrySettled) continue;
    for (const r of p.roleSpans) {
      // "nominee for ambassador to Japan", "former ambassador to Japan": not at the post now.
      if (
        !holdsEnvoyWord(tokens, r.start, r.end) ||
        NOT_AT_POST.test(
          tokens
            .slice(r.start, r.end)
            .map((t) => t.lower)
            .join(' '),
        )
      )
        continue;
      for (const h of findCountries(tokens, r.start, r.end)) {
        if (!h.destination || h.country === p.country) continue;
        if (post !== null && post !== h.country) return null;
        post = h.country;
      }
    }
  }
  return post;
}

/** Words naming an envoy the story's host officials deal with ("handed the envoy a note", "the Swiss diplomat"). */
const ENVOY_REFERENCES = new Set([...ENVOY_WORDS, 'diplomat']);

/**
 * The countries of the story's envoys: those placed by an envoy's title of their own, and the nationality right
 * before an envoy's word in the headline or story ("Iran summons Swiss envoy", "the Myanmar envoy"). Found once.
 */
function storyEnvoyCountries(story: CountryStory): ReadonlySet<string> {
  if (story.envoyCountries) return story.envoyCountries;
  const found = new Set<string>();
  const { tokens, people, titleDoc } = story;
  for (const q of people) {
    if (q.country === null || !q.countrySettled) continue;
    if (q.roleSpans.some((r) => holdsEnvoyWord(tokens, r.start, r.end))) found.add(q.country);
  }
  for (const list of titleDoc ? [titleDoc.tokens, tokens] : [tokens])
    for (let k = 1; k < list.length; k++) {
      if (!ENVOY_REFERENCES.has((list[k] as Token).lower)) continue;
      const hit = findCountries(list, Math.max(0, k - 2), k).at(-1);
      if (hit?.adjectival) found.add(hit.country);
    }
  return (story.envoyCountries = found);
}

/**
 * "Director General X gave the envoy a note of protest and asked that Laos act at once", "spokesman
 * Y said the Austrian diplomat was handed a note": a country read around an official whose sentence deals with an envoy
 * of that country ("the envoy", "the Swiss diplomat", in no one's title) is the envoy's, not the official's; they are of
 * the host the envoy serves in (the dateline's country, or with no dateline the post the envoy's title names).
 * Undefined otherwise, and for an envoy.
 */
function hostOfEnvoyDealtWith(story: CountryStory, p: PersonRecord, read: string): string | undefined {
  const { doc, tokens } = story;
  if (roleHolds(p, ENVOY_REFERENCES)) return undefined;
  const host = story.deskDateline
    ? null
    : (story.datelineHome ?? (story.article.dateline ? null : envoyPostCountry(story)));
  if (host === null || host === read) return undefined;
  // "his Indian counterpart X": the country written right before their own name is theirs.
  for (const m of p.mentions)
    if (
      m.kind !== 'pronoun' &&
      findCountries(tokens, Math.max(0, m.start - 3), m.start).some((h) => h.country === read)
    )
      return undefined;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const [from, to] = doc.sentences[m.sent] ?? [0, 0];
    for (let k = from; k < to; k++) {
      if (!ENVOY_REFERENCES.has((tokens[k] as Token).lower) || story.inRoles.has(k)) continue;
      // "the envoy", "the Swiss diplomat": the story's envoy again, not a title in a list ("Y, US Ambassador to Z").
      const the = tokens[k - 1]?.lower === 'the' ? k - 1 : tokens[k - 2]?.lower === 'the' ? k - 2 : -1;
      if (the < 0 || (the === k - 2 && !findCountries(tokens, k - 1, k)[0]?.adjectival)) continue;
      if (p.mentions.some((o) => o.start <= k && k < o.end)) continue;
      return storyEnvoyCountries(story).has(read) ? host : undefined;
    }
  }
  return envoyInSentence(story, p, read) ? host : undefined;
}

/**
 * "Colombo, May 4 - British High Commissioner X handed the equipment … to Health Minister Y": a sentence that names
 * an envoy of the country read (placed by their own title) beside a bare-titled official deals with the envoy's
 * host, where the envoy serves; the official is the host's, not the envoy's country's.
 */
function envoyInSentence(story: CountryStory, p: PersonRecord, read: string): boolean {
  const { tokens, people } = story;
  for (const q of people) {
    if (q === p || q.country !== read || !q.countrySettled) continue;
    if (
      !q.roleSpans.some(
        (r) => holdsEnvoyWord(tokens, r.start, r.end) || highCommissioner(tokens, r.start, r.end),
      )
    )
      continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      let title = m.start;
      while (title > 0 && story.inRoles.has(title - 1)) title--;
      if (!DEALT_BEFORE.has(tokens[title - 1]?.lower ?? '')) continue;
      for (const o of q.mentions)
        if (o.kind !== 'pronoun' && o.sent === m.sent && o.end < title && dealtBetween(tokens, o.end, title))
          return true;
    }
  }
  return false;
}

/** Verbs of an envoy's dealing with the host's officials: "handed over … to", "met", "called on", "briefed". */
const DEALING_VERBS = new Set(['handed', 'presented', 'delivered', 'met', 'called', 'briefed', 'submitted']);
/** The word right before the official's title: the verb itself or its particle ("to", "on", "with"). */
const DEALT_BEFORE = new Set([...DEALING_VERBS, 'to', 'on', 'with']);

function dealtBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DEALING_VERBS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** "Indian High Commissioner": a Commonwealth country's envoy to another (the UN's has no country, and is not settled). */
function highCommissioner(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k + 1 < end; k++)
    if ((tokens[k] as Token).lower === 'high' && (tokens[k + 1] as Token).lower === 'commissioner')
      return true;
  return false;
}

/**
 * "Japanese Ambassador X, Foreign Minister Y and other officials" (hostages in Lima): an envoy serves abroad, so
 * the nationality of an envoy's title, from `from` to `end`, is not shared by a bare title listed after it
 * (unless that one is an envoy too).
 */
function envoyTitleBefore(tokens: readonly Token[], from: number, end: number, p: PersonRecord): boolean {
  return holdsEnvoyWord(tokens, from, end) && !roleHolds(p, ENVOY_WORDS);
}

/**
 * "Armenian Prime Minister X, the head of Hamas' political bureau Y, Secretary-General of the … movement Z": past
 * the comma that closes another's titled name, a list item with a descriptor of its own ("the …", "… of …") is not
 * described by that title's nationality ("Chinese President X, Premier Y" still shares it).
 */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'whom']);

function ownDescriptorAfterComma(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && (tokens[k] as Token).cap) k++;
  if (k === from || tokens[k]?.text !== ',') return false;
  // The first item after the comma decides; a relative clause ("X, who is also …, and Y") is no item.
  const first = tokens[k + 1]?.lower ?? '';
  if (first === 'the') return true;
  if (RELATIVE_OPENERS.has(first)) return false;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',' || t.lower === 'and') return false;
    if (t.lower === 'of') return true;
  }
  return false;
}

/**
 * 5. Named in someone's reported words with nothing else to go on: "He said President Baek had asked him to convey
 * his greetings" speaks of the speaker's own president; "Sharma was accompanied by External Affairs Minister Anil
 * Kapoor" names a member of Sharma's delegation. Null if none.
 */
function speakerCountry(
  story: CountryStory,
  pi: number,
  pinyin: boolean,
  firstNamed: Mention,
): string | null {
  const { doc, tokens, people, mentionsBySent, pinyinOf } = story;
  let speaker: string | null = null;
  const [s0] = doc.sentences[firstNamed.sent] ?? [0, 0];
  let by = -1;
  // "X came with her brother Y, the head of the president's office, and with Foreign Minister Z": the
  // list after "accompanied by" may be long.
  // "Y was joined by Secretary of State A, Treasury Secretary B and …", "while Y brought in C and D": Y's own party.
  for (let k = firstNamed.start - 1; k > s0 && k >= firstNamed.start - 30; k--) {
    const w = (tokens[k] as Token).lower;
    const v = (tokens[k - 1] as Token).lower;
    if (w === 'by' && v === 'accompanied') by = k - 1;
    // The nearest of these: "A was joined by B, while C brought in D" puts D on C's side.
    else if (by < 0 && ((w === 'by' && v === 'joined') || (w === 'in' && v === 'brought'))) {
      by = k - 1;
      break;
    }
  }
  for (const o of mentionsBySent.get(firstNamed.sent) ?? []) {
    if (o.start >= firstNamed.start || o.person === pi) continue;
    const q = people[o.person] as PersonRecord;
    if (!q.countrySettled || !q.country) continue;
    // "Zhu said that under the guidance of General Secretary Ri Chol Su …": a Chinese-romanised speaker
    // speaks of a name not so romanised as of another country's (and the other way round).
    if (pinyinOf[o.person] !== pinyin) continue;
    // "\"He said he had been waiting for your call,\" X told reporters": one named inside the quotation is not
    // the one who speaks it.
    if (inQuote(tokens, s0, o.start) && !inQuote(tokens, s0, firstNamed.start)) continue;
    // "X told reporters …, and said he hoped to work closely with the government of President Y": the one the
    // speaker works with is the other side.
    if (workingWithBetween(tokens, o.end, firstNamed.start)) continue;
    // "X said the mission had also seen the ousted President, Y": nor the one the speaker's side met.
    if (metBetween(tokens, o.end, firstNamed.start)) continue;
    if (SPEECH_AFTER.has(tokens[o.end]?.lower ?? '') || (by > 0 && o.end <= by)) speaker = q.country;
  }
  return speaker;
}

/** Verbs of working together, before "with": "working with the government of President Y". */
const WORKING = new Set(['work', 'works', 'working', 'cooperate', 'cooperating', 'partner', 'partnering']);

function workingWithBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if ((tokens[k] as Token).lower === 'with' && WORKING.has((tokens[k - 1] as Token).lower)) return true;
  return false;
}

/**
 * "A mission … has held talks in Bamako with X … It said the mission had also seen the ousted President, Y":
 * one the visitors met, later in the story, is of the country where the lede sets their talks, not the outlet's.
 */
function metOnLedeVisitCountry(story: CountryStory, m: Mention): string | null {
  const { doc, tokens, home } = story;
  if (m.sent === 0) return null;
  const [s] = doc.sentences[m.sent] ?? [0, 0];
  if (!metBetween(tokens, Math.max(s, m.start - 8) - 1, m.start)) return null;
  const [a = 0, b = 0] = doc.sentences[0] ?? [];
  for (let k = a + 1; k < b - 1; k++)
    if (tokens[k]?.lower === 'in' && tokens[k - 1]?.lower === 'talks' && tokens[k + 1]?.cap) {
      const c = placeCountry(tokens, k + 1);
      return c !== null && c !== home ? c : null;
    }
  return null;
}

/**
 * "Mexican President X did not travel either; Foreign Minister Y read a message in which X proposed …": one named
 * right after the clause of a leader who stayed away stands in for them, and is of their country.
 */
function standInCountry(story: CountryStory, m: Mention): string | null {
  const { doc, tokens, people, mentionsBySent } = story;
  const [s] = doc.sentences[m.sent] ?? [0, 0];
  let k = m.start - 1;
  while (k > s && story.inRoles.has(k)) k--;
  // "…; Foreign Minister Y" or "…, and Foreign Minister Y".
  if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') k--;
  else if (tokens[k]?.text !== ';') return null;
  const clause = doc.text.slice((tokens[s] as Token).start, (tokens[k] as Token).start);
  if (!STAYED_AWAY_BEFORE.test(clause)) return null;
  const leader = (mentionsBySent.get(m.sent) ?? []).find((o) => o.kind !== 'pronoun' && o.end <= k);
  const q = leader && people[leader.person];
  return q && q.countrySettled && !q.international ? q.country : null;
}

/**
 * "New U.S. Ambassador X arrives in Seoul … greeted by Chargé d'Affaires Y, who had led the embassy": a chargé
 * d'affaires heads an embassy without its ambassador, so a bare one is of the country of the story's ambassadors,
 * when they are all of one.
 */
function embassyCountry(story: CountryStory, p: PersonRecord): string | null {
  if (!p.roles.some((r) => CHARGE_RE.test(r))) return null;
  let country: string | null = null;
  for (const q of story.people) {
    if (q === p || !q.countrySettled || !q.country || !q.roles.some((r) => AMBASSADOR_RE.test(r))) continue;
    if (country !== null && country !== q.country) return null;
    country = q.country;
  }
  return country;
}
const CHARGE_RE = /\bcharg[eé]e?s? d['’]affaires\b/i;
const AMBASSADOR_RE = /\bambassador\b/i;

/** Verbs of meeting someone: "had also met the deposed President, Y". */
const MET_WORDS = new Set(['met', 'meet', 'meets', 'meeting', 'received', 'visited']);

// (Not "The meeting between X and his Indian counterpart Y": the sides of the meeting, not whom the visitors met.)
function metBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (MET_WORDS.has((tokens[k] as Token).lower) && tokens[k + 1]?.lower !== 'between') return true;
  return false;
}

/**
 * 6. A bare title ("then Chancellor Greta Vollmer") takes the country of the first person in the story who holds
 * the same title with a nationality ("German Chancellor Jonas Falk"). Null if none.
 */
function sameTitleCountry(
  story: CountryStory,
  p: PersonRecord,
  pinyin: boolean,
  firstNamed: Mention | undefined,
): string | null {
  const { doc, tokens, people, article, chineseContext, countryCache } = story;
  // "Liu recalled that President Sudarmo … work with Indonesia" beside "Indonesian President Harjono": a bare
  // single-holder title in a sentence naming one of the countries whose holder of that office is in the story
  // is a past holder of that country's office.
  const heldAlike =
    titleCountry(p, people, tokens, (story.matchReport ??= isMatchReport(article.title, ledeText(doc)))) ??
    // A past holder of an office takes no part in today's event.
    (p.participant ? null : pastHolderCountry(p, people, firstNamed, countryCache, doc));
  // "Vice President Zhou Wen … congratulating X on his election as US vice president", "President Zhou … said
  // China and the US …": in a Chinese outlet's story a Chinese-romanised name holds its title in China, whoever
  // else holds it (rule 7).
  // Nor, the other way round, is a name not so romanised ("outgoing President Tom Hadley") China's by its title.
  return chineseContext && (pinyin ? heldAlike !== 'China' : heldAlike === 'China' && p.tokens.length > 1)
    ? null
    : heldAlike;
}

/** "Businessman", "Astronomer": a one-word trade capitalised only by its sentence's start, not a title head. */
function sentenceTrade(role: string): boolean {
  const lower = role.toLowerCase();
  return !role.includes(' ') && role !== lower && isOccupation(lower) && !titleHeads.has(lower);
}

/**
 * Whether every role of p is a commentator's, a scholar's or an analyst's ("professor at Columbia University",
 * "senior fellow at the Brookings Institution", "Political analyst"), none an office.
 */
function commentator(p: PersonRecord): boolean {
  if (p.roles.length === 0) return false;
  for (const r of p.roles) if (!COMMENTATOR_ROLE.test(r)) return false;
  return true;
}
const COMMENTATOR_ROLE =
  /^(?:[\p{L}-]+ ){0,3}(?:professor|fellow|analyst|expert|economist|researcher|scholar|strategist|commentator)\b(?! (?:of|to) the (?:government|president|minister)\b)/iu;

/** Verbs that report what someone says or learned ("said", "reported to the president that …"). */
const REPORTING = new Set([...SPEECH_AFTER, 'reported', 'announced', 'warned', 'claimed', 'wrote']);

/** Whether a verb of speech stands between tokens `from` and `to` ("X, commander of …, said … Russian"). */
function speechBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return wordBetween(tokens, from, to, REPORTING);
}

/** A country's name, nationality or people, also after "the" ("the Palestinians"): where the side starts, or -1. */
function sideWordAt(tokens: readonly Token[], at: number): number {
  const k = tokens[at]?.lower === 'the' ? at + 1 : at;
  const t = tokens[k];
  if (t === undefined || !t.cap) return -1;
  // "the Palestinians": a people, in the plural.
  const people = t.lower.endsWith('s') && demonymCountry.has(t.lower.slice(0, -1));
  return people || (tokenFlags(t) & (COUNTRY | DEMONYM)) !== 0 ? k : -1;
}

/**
 * "X saying Israel and the Palestinians could not bridge …", "Y said that Armenia and Azerbaijan must …": the country
 * at `at` is one of two sides joined by "and" right after a verb that reports words (and "that") after the name.
 */
function spokenOfPair(tokens: readonly Token[], nameEnd: number, at: number): boolean {
  let first = at;
  if (
    tokens[at - 1]?.lower === 'and' ||
    (tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'and')
  ) {
    const and = tokens[at - 1]?.lower === 'and' ? at - 1 : at - 2;
    first = tokens[and - 2]?.lower === 'the' ? and - 2 : and - 1;
    if (sideWordAt(tokens, first) < 0) return false;
  } else {
    if (tokens[at + 1]?.lower !== 'and' || sideWordAt(tokens, at + 2) < 0) return false;
    if (tokens[at - 1]?.lower === 'the') first = at - 1;
  }
  let verb = first - 1;
  if (tokens[verb]?.lower === 'that') verb--;
  const v = tokens[verb]?.lower ?? '';
  return verb >= nameEnd && (REPORTING.has(v) || SAYING.has(v));
}

/** A nation or its envoys named by their country ("the Ukrainian people", "25 Russian diplomats"). */
const OTHER_NATION_NOUNS = new Set(['people', 'diplomats']);
const SAYING = new Set(['saying']);

/** An attack named after the country that made it ("U.S. drone strike", "Israeli airstrike", "Russian missile attack"). */
const ATTACK_NOUNS = new Set([
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'attack',
  'attacks',
  'raid',
  'raids',
]);

/** Whether an attack's noun follows the nationality at `at`, right after it or after one word ("drone", "missile"). */
function attackAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next?.word || next.cap) return false;
  return ATTACK_NOUNS.has(next.lower) || ATTACK_NOUNS.has(tokens[at + 2]?.lower ?? '');
}

/** Armed forces named by their country ("Russian forces", "Israeli troops"). */
const FORCES = new Set([
  'forces',
  'troops',
  'soldiers',
  'units',
  'army',
  'drones',
  'missiles',
  'warplanes',
  'warships',
]);

/**
 * ", and Japan's Aiko Mori", ", South Korea's Min Ji-woo": a country's possessive after a list's comma or "and",
 * before a capitalised word that opens no title or body (their own roles name those).
 */
function possessiveOpensListItem(tokens: readonly Token[], at: number): boolean {
  const joint = tokens[at - 1];
  if (joint?.text !== ',' && joint?.lower !== 'and') return false;
  let k = at;
  while (k < at + 2 && tokens[k + 1]?.cap && tokens[k + 1]?.sent === tokens[at]?.sent) k++;
  const poss = tokens[k + 1]?.text;
  const next = tokens[k + 2];
  return (
    (poss === "'s" || poss === '’s') &&
    next !== undefined &&
    next.cap &&
    next.sent === (tokens[at] as Token).sent &&
    !titleHeads.has(next.lower) &&
    (tokenFlags(next) & (COUNTRY | DEMONYM | HONORIFIC)) === 0
  );
}

/**
 * Whether the country hit at `at` is "in the <Nationality> capital" or the capital's name after it ("in the South
 * African capital Pretoria"), mid-sentence: where an event is held.
 */
function inTheCapital(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k - 1]?.lower === 'capital') {
    k -= 2;
    while (k > 0 && tokens[k]?.cap && tokens[k - 1]?.cap) k--;
  } else if (tokens[k + 1]?.lower !== 'capital' && tokens[k + 2]?.lower !== 'capital') return false;
  const prep = tokens[k - 2]?.text;
  // "… in Tangerang, west of the Indonesian capital": a bearing from it locates a place too.
  const bearing = prep === 'of' && BEARINGS.has(tokens[k - 3]?.lower ?? '');
  return tokens[k - 1]?.lower === 'the' && (prep === 'in' || prep === 'at' || bearing);
}
const BEARINGS = new Set(['north', 'south', 'east', 'west', 'outskirts', 'suburbs', 'suburb', 'outside']);

/**
 * "… to join her husband and President Moon X and first lady Kim Y for a dinner" beside "North Korean leader Z's wife"
 * in a Yonhap story: a South Korean outlet writes the North's officials with their side ("North Korean", "the North's",
 * the ruling party's bodies), so a Korean-shaped name under a bare office or no office at all, there, is the South's —
 * whatever "North Korean" the sentence also holds. Settled.
 */
export function settleBareKoreansAtHome(story: CountryStory): void {
  if (story.home !== 'South Korea') return;
  // Chinese names in Wade-Giles or Taiwan's spelling share the shape ("President Lai Ching-te").
  for (const c of storyCountries(story)) if (HAN_STATES.has(c)) return;
  for (const p of story.people) {
    if (!awaitsCountry(p)) continue;
    if (nameShapeCountry(p.name.split(' '), KOREA_SHAPE) === null) continue;
    if (p.roles.some((r) => NORTH_WORDS.test(r)) || p.relativeOf >= 0) continue;
    // Only with a bare office: a trade ("singer") or no role may be anyone's.
    if (p.roles.length === 0 || !p.roles.every((r) => BARE_SOUTH_OFFICE.test(r))) continue;
    p.country = 'South Korea';
    p.countrySettled = true;
  }
}
const NORTH_WORDS = /\b(?:North|DPRK|Pyongyang|Workers'|Workers’|People's|People’s|Korean|Korea)\b/;
const BARE_SOUTH_OFFICE =
  /^(?:(?:late|former|then) )?(?:President|first lady|First Lady|[Pp]residential (?:spokesman|spokeswoman|spokesperson)|(?:[\w-]+ )?chief of staff|Prime Minister|(?:Foreign|Unification|Defense) Minister|National Intelligence Service Director)$/;

/**
 * "Acting President Seo Jae-won" in a Kyodo story about a crash in South Korea: a name shaped like another
 * country's (a Korean given name with a hyphen, a Japanese name in Hepburn syllables) that the story names is not
 * the outlet's own official.
 */
export function shapedAbroad(story: CountryStory, p: PersonRecord, home: string): string | null {
  const words = p.name.split(' ');
  // Most names have neither shape: the story's countries are looked for only for those that do. A Korean name in a
  // Yonhap story stays South Korea's, whichever Korea the story also names.
  const shape = nameShapeCountry(words, NAME_SHAPES);
  if (shape === null || nameShapeCountry(words, new Set([home])) !== null) return null;
  const sides = new Set<string>();
  for (const c of storyCountries(story)) if (c !== home) sides.add(c);
  return sides.size > 0 ? nameShapeCountry(words, sides) : null;
}
/**
 * "… rather than the Japanese companies, … opposed by the main opposition party led by Kim Do-yun" in a story of Japan
 * and South Korea: a sentence's Japan (or Korea) does not place a name shaped like the other country's, one the
 * story names; that country, or null.
 */
function shapedAgainst(story: CountryStory, p: PersonRecord, read: string): string | null {
  if (!NAME_SHAPES.has(read) && read !== 'North Korea') return koreanAbroad(story, p, read);
  const words = p.name.split(' ');
  if (nameShapeCountry(words, new Set([read])) !== null) return null;
  const sides = new Set<string>();
  for (const c of storyCountries(story)) if (c !== read) sides.add(c);
  const shaped = nameShapeCountry(words, sides);
  if (shaped !== null || !sides.has('South Korea') || !sides.has('North Korea')) return shaped;
  // Both Koreas named ("North Korean missile launches" in a story from Seoul): the one of the dateline, if either.
  const at = story.datelineHome;
  return at === 'South Korea' || at === 'North Korea' ? nameShapeCountry(words, new Set([at])) : null;
}

/**
 * "… brought together executives of both countries, among them Hanbit Motors Chairman Seo Min-jun" in a Yonhap
 * story from a third country's capital: a Korean-shaped name that the sentence (or the dateline) places in a third
 * country is the outlet's own national, not the host's — unless the story names North Korea too, or the country read writes Chinese
 * names, whose Wade-Giles and Taiwanese forms ("Lai Ching-te") share the shape.
 */
function koreanAbroad(story: CountryStory, p: PersonRecord, read: string): string | null {
  if (story.home !== 'South Korea' || HAN_STATES.has(read)) return null;
  const words = p.name.split(' ');
  if (nameShapeCountry(words, KOREA_SHAPE) === null || storyCountries(story).has('North Korea')) return null;
  return 'South Korea';
}
const KOREA_SHAPE: ReadonlySet<string> = new Set(['South Korea']);
const HAN_STATES = new Set(['China', 'Taiwan', 'Hong Kong', 'Macao', 'Singapore']);

/**
 * "ties between the two powers after the talks between President A and President B", A placed in the United
 * States: one president at a time, so B, read there too, is of the one other country B's sentences name.
 */
function otherSideOfTakenOffice(story: CountryStory, p: PersonRecord, read: string): string | null {
  const { people, tokens } = story;
  if (p.roles.length === 0 || atAnotherTime(p, tokens)) return null;
  // A title written before the name ("President B"), not a body's "whose president, B".
  const held: string[] = [];
  for (const r of p.roles) if (/^\p{Lu}/u.test(r) && isBareSingleHolder(r)) held.push(bareTitle(r));
  if (held.length === 0 || !heldByAnother(people, p, read, held, tokens)) return null;
  return oneCountryOfSentences(story, p, (c) => c === read);
}

/** Verbs of a goal or a game, after which "for <country>" names the scorer's or player's team. */
const SCORED_FOR = new Set(['scored', 'equalized', 'equalised', 'netted', 'struck', 'played']);
/**
 * Whether the country at `at` follows "<verb> for" ("had equalized for England") whose subject, the capitalised
 * word right before the verb (or its "had", "has"), is not the word ending a mention at `end`: another's team.
 */
function scoredForByAnother(tokens: readonly Token[], at: number, end: number): boolean {
  if (tokens[at - 1]?.lower !== 'for' || !SCORED_FOR.has(tokens[at - 2]?.lower ?? '')) return false;
  let k = at - 3;
  if (tokens[k]?.lower === 'had' || tokens[k]?.lower === 'has') k--;
  const subject = tokens[k];
  return subject !== undefined && subject.cap && subject.word && k !== end - 1;
}

/** "independence from Britain", "seceded from", "broke away from": the country left, at `at`. */
function brokeAwayFrom(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'from' && LEFT_FROM.has(tokens[at - 2]?.lower ?? '');
}
const LEFT_FROM = new Set(['independence', 'seceded', 'secede', 'secession', 'away']);

/** "threatened to 'totally destroy' North Korea", "vowed to attack Iran": the country threatened, at `at`. */
function threatenedAt(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  // Past quotation marks and one adverb ("totally", "completely").
  while (k > at - 4 && !tokens[k]?.word) k--;
  if (!HOSTILE_VERBS.has(tokens[k]?.lower ?? '')) return false;
  let v = k - 1;
  while (v > k - 4 && (!tokens[v]?.word || tokens[v]?.lower.endsWith('ly'))) v--;
  return tokens[v]?.lower === 'to';
}
const HOSTILE_VERBS = new Set(['destroy', 'attack', 'invade', 'annihilate', 'bomb', 'strike', 'obliterate']);

/**
 * "to face threats from both Pakistan and China", "attacks by Russia": the countries a threat or an attack comes
 * from, at `at` (the first of a list too, past "and", commas and capitalised names within six words).
 */
function threatFrom(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k > at - 7 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'from' || t.lower === 'by') {
      const b = tokens[k - 1]?.lower === 'both' ? k - 2 : k - 1;
      return THREAT_NOUNS.has(tokens[b]?.lower ?? '');
    }
    if (!(t.cap && t.word) && t.lower !== 'and' && t.lower !== 'both' && t.text !== ',') return false;
  }
  return false;
}
/**
 * "… since Moscow's invasion of Ukraine", "the war in Ukraine", "Israel's offensive against Hamas in Gaza": the
 * country an invasion, a war or an offensive is waged in or on, at `at`.
 */
function attackedCountry(tokens: readonly Token[], at: number): boolean {
  const prep = tokens[at - 1]?.lower;
  if (prep !== 'of' && prep !== 'in' && prep !== 'on' && prep !== 'against') return false;
  const noun = tokens[at - 2]?.lower ?? '';
  return prep === 'of' ? INVASION_NOUNS.has(noun) : WAR_NOUNS.has(noun);
}
const INVASION_NOUNS = new Set(['invasion', 'occupation', 'annexation', 'bombing', 'blockade']);
const WAR_NOUNS = new Set(['war', 'invasion', 'offensive', 'aggression', 'incursion', 'incursions']);
const THREAT_NOUNS = new Set([
  'threat',
  'threats',
  'attack',
  'attacks',
  'aggression',
  'incursions',
  'invasion',
]);

/** The countries a name's shape can tell (one Korea standing for both). */
const NAME_SHAPES: ReadonlySet<string> = new Set(['Japan', 'South Korea']);

/** The verbs of a relative clause that has more than one subject: "who are travelling", "who were". */
const PLURAL_CLAUSE_VERBS = new Set(['are', 'were', 'have', 'had']);

/**
 * "Trade Minister X and Resources Minister Y, who are travelling with the Australian Prime Minister, will join the
 * talks": a clause in the plural after two names joined by "and" is about both, so the first, left unplaced by the
 * story's context (2–7), takes the country that context read for the second (not one the second's own title settled).
 */
export function placeSharedClauseSubjects(story: CountryStory): void {
  const { tokens, people, mentions } = story;
  for (const p of people) {
    if (!awaitsCountry(p)) continue;
    const m = p.mentions.find((x) => x.kind !== 'pronoun');
    if (!m || tokens[m.end]?.lower !== 'and') continue;
    // The second name, after its title of up to five capitalised words.
    let k = m.end + 1;
    while (k < m.end + 6 && tokens[k]?.cap && !mentions.some((x) => x.start === k)) k++;
    const second = mentions.find((x) => x.start === k && x.kind !== 'pronoun' && x.person !== m.person);
    if (!second) continue;
    const e = second.end;
    if (
      tokens[e]?.text !== ',' ||
      tokens[e + 1]?.lower !== 'who' ||
      !PLURAL_CLAUSE_VERBS.has(tokens[e + 2]?.lower ?? '')
    )
      continue;
    const q = people[second.person] as PersonRecord;
    if (q.country !== null && !q.countrySettled && !q.international) p.country = q.country;
  }
}

/** "and then Indian Prime Minister Y": words of time or an article between "and" and the nationality. */
const BEFORE_PAIRED_NATIONALITY = new Set(['then', 'former', 'late', 'the']);

/**
 * "President X and Indian Prime Minister Y", "as did Defence Minister X and the U.S. President's national security
 * adviser, Y": the country of the nationality that titles the one named right after "and" when p holds only bare
 * one-holder offices or cabinet posts (the writer qualifies only the foreigner, so p is not of it); undefined
 * otherwise. A test of the tokens after each of p's titled mentions.
 */
export function pairedForeignNationality(tokens: readonly Token[], p: PersonRecord): string | undefined {
  if (p.roles.length === 0) return undefined;
  // Bare offices only: "President", "late President" (not "Sri Lankan President"); a cabinet post too ("Defense
  // Secretary X and Soviet Defense Minister Y").
  const bare = (r: string) => SINGLE_HOLDER_TITLES.has(bareTitle(r)) || nationalCabinetPost(bareTitle(r));
  if (!p.roles.every((r) => bare(r) && !r.includes(' of '))) return undefined;
  if (p.roles.some((r) => r.split(/\s+/).some((w) => demonymCountry.has(w.toLowerCase())))) return undefined;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun' || tokens[m.end]?.lower !== 'and') continue;
    // Titled right there: "President X and …".
    if (!titleHeads.has(tokens[m.start - 1]?.lower ?? '')) continue;
    let k = m.end + 1;
    while (BEFORE_PAIRED_NATIONALITY.has(tokens[k]?.lower ?? '')) k++;
    const nat = tokens[k];
    const head = tokens[k + 1];
    // "… and Soviet leader Y": a title head may be written in lower case.
    if (!nat?.cap || !head || !(head.cap || titleHeads.has(head.lower)) || nat.sent !== tokens[m.end]?.sent)
      continue;
    const theirs = demonymCountry.get(nat.lower);
    // "… and Indian Prime Minister Y": the nationality is a title's.
    if (theirs && (titleHeads.has(head.lower) || titleModifiers.has(head.lower))) return theirs;
  }
  return undefined;
}

/** The heads of a leader's title after a nationality: "Soviet leader", "French President", "Indian Prime Minister". */
const LEADER_HEADS = new Set(['leader', 'president', 'premier', 'chancellor', 'prime']);

/**
 * "Soviet leader X refused to drop his demand that President Y confine …": the country of the nationality that titles
 * a leader named earlier in the sentence ("leader", or p's own office), when p is named there by a bare head's office
 * only ("President", "Prime Minister") and the two are not coordinated ("Soviet leader X and President Y", a list, may
 * be one side's); undefined otherwise. A test of the few tokens before each earlier mention of the sentence.
 */
export function leaderBeforeNationality(story: CountryStory, p: PersonRecord): string | undefined {
  const { tokens, people } = story;
  if (p.roles.length === 0 || !p.roles.every((r) => SINGLE_HOLDER_TITLES.has(r.toLowerCase())))
    return undefined;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun' || !titleHeads.has(tokens[m.start - 1]?.lower ?? '')) continue;
    for (const q of people) {
      if (q === p) continue;
      for (const o of q.mentions) {
        if (o.kind === 'pronoun' || o.sent !== m.sent || o.end >= m.start) continue;
        // Coordinated: "Soviet leader X and President Y", "X, President Y".
        const after = tokens[o.end]?.lower;
        if (after === 'and' || after === ',' || o.end + 2 >= m.start) continue;
        // "Soviet leader X", "French Prime Minister X": a nationality, then one or two title words of a leader.
        const head = tokens[o.start - 1]?.lower ?? '';
        const nat =
          head === 'minister' && tokens[o.start - 2]?.lower === 'prime'
            ? tokens[o.start - 3]
            : tokens[o.start - 2];
        if (!LEADER_HEADS.has(head === 'minister' ? 'prime' : head) || !nat?.cap) continue;
        // "Portuguese President X …, while Prime Minister Y": another office may be the same country's; only the
        // same office, or a leader's (the head of a side), sets the two apart.
        const office = head === 'minister' ? 'prime minister' : head;
        if (office !== 'leader' && !p.roles.some((r) => r.toLowerCase() === office)) continue;
        const theirs = demonymCountry.get(nat.lower);
        if (theirs) return theirs;
      }
    }
  }
  return undefined;
}

/**
 * The one country the story names, by name or nationality, besides `side` and the dateline's (the venue of a summit
 * the two sides hold there); null when there is none or more than one. One scan of the story per drop.
 */
function otherSideThanVenue(story: CountryStory, side: string): string | null {
  const others = new Set<string>();
  for (const h of findCountries(story.tokens, 0, story.tokens.length))
    if (h.country !== side && h.country !== story.datelineHome) others.add(h.country);
  const [other] = others;
  return others.size === 1 && other ? other : null;
}

/**
 * "the President's national security adviser, X" in a Moscow story of "President Y" and "Soviet President Z": the
 * aide of the story's one holder of the bare office, once the defaults have placed that holder (rules 2–7 left the
 * aide for this).
 */
export function placeAidesOfTitledPrincipals(story: CountryStory): void {
  for (const p of story.people) {
    if (!awaitsCountry(p)) continue;
    const holder = heldTitlePossessor(story, p);
    if (holder && holder.country !== null && !holder.international) p.country = holder.country;
  }
}

/**
 * "ElBaradei told a news conference in the Malaysian capital after meeting Prime Minister X" in a Kyodo story datelined
 * Kuala Lumpur: a bare office met ("after meeting", "met", "talks with") in a sentence set "in the <Nationality>
 * capital" of the dateline's country is that country's, the host's, not the outlet's home. Settled: rules 2–7
 * would give a bare office the outlet's country.
 */
export function settleHostsMetInTheCapital(story: CountryStory): void {
  const { tokens, people, datelineHome, doc } = story;
  if (datelineHome === null || story.home === null || story.home === datelineHome) return;
  for (const p of people) {
    if (p.country !== null || p.countrySettled || p.roleSpans.length === 0) continue;
    for (const r of p.roleSpans) {
      const b1 = tokens[r.start - 1]?.lower;
      const b2 = tokens[r.start - 2]?.lower;
      const met =
        b1 === 'meeting' ||
        b1 === 'met' ||
        (b1 === 'with' && (b2 === 'met' || b2 === 'meeting' || b2 === 'talks'));
      if (!met || findCountries(tokens, r.start, r.end).length > 0) continue;
      const [a, e] = doc.sentences[(tokens[r.start] as Token).sent] ?? [0, 0];
      let host: string | undefined;
      for (let k = a + 3; k < e && host === undefined; k++)
        if (tokens[k]?.lower === 'capital' && tokens[k - 2]?.lower === 'the' && tokens[k - 3]?.lower === 'in')
          host = demonymCountry.get(tokens[k - 1]?.lower ?? '');
      if (host === datelineHome) {
        p.country = host;
        p.countrySettled = true;
        break;
      }
    }
  }
}

/** The titles of those a nation's crown is theirs by ("heir to the British throne, Prince X"). */
const CROWN_HOLDERS = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'duke',
  'duchess',
  'crown',
  'heir',
  'monarch',
  'emperor',
  'empress',
  'earl',
  'countess',
]);

/** "the British monarchy", "the British Crown": a nationality before a crown's noun, not "the Saudi Crown Prince". */
function nationsCrown(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  return (
    noun !== undefined &&
    CROWN_NOUNS.has(noun.lower) &&
    !tokens[at + 2]?.cap &&
    demonymCountry.has(tokens[at]?.lower ?? '')
  );
}
