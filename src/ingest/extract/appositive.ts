// Role phrases after a name: ", director of the Office of …," / ", also a member of …" / " as president of …"
// / ", who also served as national security advisor under …". Each role is a [start, end) token span.
import {
  CLAUSE_CLOSERS,
  US_PARTY_MEMBERS,
  HIS_HER,
  POSSESSIVE_DETERMINERS,
  countryNames,
  firstNames,
  subnationalCountry,
  isFunctionWord,
  isGazetteerPlace,
  lastNames,
  orgHeads,
  verbWords,
  ARTICLE_WORDS,
  FORMER_WORDS,
} from './lexicon.ts';
import {
  appositiveHeads,
  departmentWords,
  honorifics,
  isOccupation,
  rankAbbreviations,
  relationWords,
  titleHeads,
  titleModifiers,
} from './roles.ts';
import {
  PORTFOLIO_HEADS,
  POSSESSIVE_MARKS,
  POSSESSIVE_S,
  envoyRankEnd,
  honorificEnd,
  nameLike,
  particledSurname,
  staffEnd,
  titleBodyEnd,
  toCountryEnd,
} from './names.ts';
import { WEEKDAYS, type Token } from './tokenize.ts';
import { COMMON_WORD, MONTH, tokenFlags, WEEKDAY } from './word-classes.ts';

/** Styles of address ("Mr.", "Mrs", "Madame"), which open a name and are no one's role. */
const ADDRESS_STYLES = new Set(['mr', 'mrs', 'ms', 'madame', 'madam', 'mme']);
/** Auxiliary verbs, which open a predicate and never a title. */
const AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'been', 'will', 'would']);
// "as his secretary of state", "as its leader": the owner's pronoun, like an article, is no part of the role.
const SKIP = new Set([
  'also',
  'then',
  'the',
  'a',
  'an',
  'another',
  'both',
  'all',
  'his',
  'her',
  'its',
  'their',
]);
/** A person's age in years ("39", "the 42-year-old"). */
export const AGE_RE = /^\d{1,3}$/;
/** Whether the tokens from `at` read "42-year-old". */
export const yearsOldAt = (tokens: readonly Token[], at: number): boolean =>
  AGE_RE.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '-' && tokens[at + 2]?.lower === 'year-old';
/** "X and Y, both members of …", "A, B and C, all ministers": one plural role shared by the names before it. */
const SHARED = new Set(['both', 'all']);
const ROLE_STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  '"',
  '“',
  '”',
  '—',
  '–',
  'who',
  // "the former governor whom Prime Minister X appointed": the relative clause is another person's, no part of the
  // office.
  'whom',
  'which',
  'that',
  'whose',
  'in',
  'under',
  'since',
  'during',
  // "chief cabinet secretary throughout Y's second term": how long the office was held, not the office.
  'throughout',
  'on',
  'with',
  'from',
  'by',
  'when',
  'while',
  'after',
  'before',
  'until',
  'as',
  'said',
  'says',
]);
/** After a role's head, words that say when ("as leader of the Centre Party last month"), not the office. */
const WHEN_AFTER = new Set(['last', 'yesterday', 'today']);
/** Words of time after "this" that close an office ("… as a senator this morning"). */
const THIS_TIME = new Set(['morning', 'afternoon', 'evening', 'week', 'month', 'year']);
const LINK = new Set(['of', 'to', 'at', 'for']);
/** "the newly elected chairperson of …": an adverb that makes the participle after it part of the title. */
const NEWLY = new Set(['newly', 'recently', 'just']);
/** "… health minister and later as …": after "and", a word of sequence opens another clause. */
const LATER_ADVERBS = new Set([
  'later',
  'then',
  'now',
  'subsequently',
  'afterwards',
  'eventually',
  // "on his election as party leader and once again expressed …": the sentence's verb follows.
  'once',
  'again',
  'also',
]);
/** Spelled ordinals, which number an office ("Indonesia's eighth president") as "24th" does. */
export const SPELLED_ORDINALS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);
/** Ordinals that make "the first X to do Y" a distinction rather than an office. */
const ORDINALS = new Set([...SPELLED_ORDINALS, 'last', 'only']);
/** Posts held in a foreign city ("ambassador in Havana", "consul general in Osaka"). */
const POSTED_HEADS = new Set([
  'ambassador',
  'envoy',
  'consul',
  'consul-general',
  'representative',
  'correspondent',
]);
/** Legislators named by the seat they were elected from ("a lawmaker from Tabriz", "the MLA from Sultanpur Majra"). */
const SEAT_HEADS = new Set([
  'senator',
  'lawmaker',
  'legislator',
  'congressman',
  'congresswoman',
  'assemblyman',
  'assemblywoman',
  'mla',
  'mp',
]);

/**
 * End (exclusive) of the seat after "from" at `at` − 1: one to three capitalised words, no month or weekday, not a
 * possessor of what follows ("MP from Kerala's Mavelikkara" names the seat by its state); or -1.
 */
function seatEnd(tokens: readonly Token[], at: number, sent: number): number {
  let k = at;
  while (k < at + 3) {
    const t = tokens[k];
    if (!t || !t.cap || !t.word || t.sent !== sent || tokenFlags(t) & (MONTH | WEEKDAY)) break;
    k++;
  }
  return k > at && !POSSESSIVE_MARKS.has(tokens[k]?.text ?? '') ? k : -1;
}

/** "…, the spokesperson said": after a comma, a role phrase followed by a verb of speech is a new clause's subject. */
const SPOKE = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'replied', 'responded']);
const AFTER_DET = new Set(['the', 'a', 'an', "'s", '’s', "'", '’', 'of', 'to', 'at', 'for']);
const PARTICIPLE = /(?:ed|en)$/;
const PARTICIPLE_PREPOSITIONS = new Set(['to', 'by', 'in', 'on', 'as', 'for', 'after', 'last', 'earlier']);
const isVerb = (t: Token) => {
  return verbWords.has(t.lower) && !appositiveHeads.has(t.lower) && !titleModifiers.has(t.lower);
};

/**
 * "X, a former military test pilot,": after an article or a lower-case modifier, a bare verb form right before a
 * lower-case head that is no verb and ends the phrase is the head's noun ("test pilot", "a support engineer at …");
 * a past tense or a third person ("said spokesman Y"), or a verb opening a clause ("…, held official talks"), is
 * still a verb, and "his running mate" is left as it was.
 */
const NOUN_BEFORE_HEAD_AFTER = new Set([',', '.', ';', 'of', 'at', 'for', 'with', 'who', 'and']);
const nounBeforeHead = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k] as Token;
  const before = tokens[k - 1];
  const n = tokens[k + 1];
  return (
    n !== undefined &&
    before !== undefined &&
    !n.cap &&
    appositiveHeads.has(n.lower) &&
    !verbWords.has(n.lower) &&
    NOUN_BEFORE_HEAD_AFTER.has(tokens[k + 2]?.lower ?? '.') &&
    (ARTICLE_WORDS.has(before.lower) ||
      (!before.cap && before.word && !POSSESSIVE_DETERMINERS.has(before.lower))) &&
    !/(?:ed|s)$/.test(t.lower)
  );
};

export interface RoleSpan {
  start: number;
  end: number;
}

const TIME_NOUNS = new Set([
  'term',
  'terms',
  'time',
  'year',
  'years',
  'months',
  'decade',
  'decades',
  'mandate',
  'period',
]);
/** "for a third term", "for the second time", "for another five years", "for a decade": a span of time after "for". */
function forTime(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 6; k++) {
    const t = tokens[k];
    // "for the 2024–2029 term": the years of a term.
    if (t !== undefined && (YEARS_SPAN.test(t.text) || t.text === '–' || t.text === '-')) continue;
    if (!t || !t.word || t.cap) return false;
    if (TIME_NOUNS.has(t.lower)) return true;
  }
  return false;
}
const YEARS_SPAN = /^\d{4}$/;

/** "members", "secretaries", "vice-chairmen": the plural of an appositive head. */
function singularHead(lower: string): boolean {
  const men = lower.endsWith('men');
  if (!lower.endsWith('s') && !men) return false;
  const one = men
    ? `${lower.slice(0, -3)}man`
    : lower.endsWith('ies')
      ? `${lower.slice(0, -3)}y`
      : lower.slice(0, -1);
  return appositiveHeads.has(one) || titleHeads.has(one);
}

/**
 * Whether the appositive after the comma `comma` opens with "both" or "all" (a role the names before share), or is a
 * plural role after a list of names ("A, B and C, members of the delegation, attended").
 */
export function sharedAppositive(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  const next = tokens[comma + 1]?.lower ?? '';
  return SHARED.has(next) || (singularHead(next) && namesListBefore(tokens, comma));
}

/** Whether capitalised words before `comma` close a list joined by "and" ("…, B and C,"), not one name alone. */
function namesListBefore(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  let k = comma - 1;
  while (k > comma - 5 && tokens[k]?.cap && tokens[k]?.word) k--;
  return (
    k < comma - 1 && tokens[k]?.lower === 'and' && tokens[k - 1]?.cap === true && tokens[k - 1]?.word === true
  );
}

const HEADS_OFFICE = new Set(['department', 'office']);
/** "the Prime Minister's Department", "the President's Office" from `i`: an office named by its holder's title. */
function inHeadsOffice(tokens: readonly Token[], i: number, sent: number): boolean {
  if (tokens[i]?.lower !== 'the') return false;
  for (let k = i + 1; k < i + 6; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent) return false;
    if (POSSESSIVE_MARKS.has(t.text))
      return HEADS_OFFICE.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.cap === true;
    if (!t.cap || !t.word) return false;
  }
  return false;
}

/** "of Japanese descent", "of Korean origin": a person's ancestry after a role. */
const ANCESTRY = new Set(['descent', 'origin', 'heritage', 'ancestry', 'extraction']);

/** Words naming a head of state's or government's residence ("State Palace", "Istana Negara"). */
const RESIDENCE_WORDS: ReadonlySet<string> = new Set(['palace', 'istana', 'residence']);

/** Whether the capitalised name at `at` (past "the") names a residence, by one of its words. */
function residenceAfter(tokens: readonly Token[], at: number, sent: number): boolean {
  let k = tokens[at]?.lower === 'the' ? at + 1 : at;
  for (const end = k + 4; k < end; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || !t.cap || !t.word) return false;
    if (RESIDENCE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Words of the occasion after "at the", which end a title ("at the same ceremony", "at the ceremony"). */
const OCCASION_WORDS: ReadonlySet<string> = new Set([
  'same',
  'ceremony',
  'event',
  'swearing-in',
  'inauguration',
]);

const UNTIL_NOW = new Set(['now', 'recently']);
/** The words that make a member of a US party a committee's ranking member ("the senior Republican"). */
const RANKING = new Set(['senior', 'top', 'ranking']);
/** Bodies a party's ranking member sits on, in the possessive before the rank ("the panel's senior Republican"). */
const RANKED_BODIES = new Set(['panel', 'committee', 'subcommittee', 'commission', 'caucus', 'delegation']);
/** "the panel's": a body's possessive ending at `at` (the "'s"). */
function bodyPossessiveBefore(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]?.text;
  return POSSESSIVE_S.has(mark ?? '') && RANKED_BODIES.has(tokens[at - 1]?.lower ?? '');
}
/** "a Tennessee Republican", "a New Mexico Democrat": the words from `s` to the party's word at `k` name a US state. */
function usStateBefore(tokens: readonly Token[], s: number, k: number): boolean {
  if (k - s === 1) return subnationalCountry.get((tokens[s] as Token).lower) === 'United States';
  return (
    k - s === 2 &&
    (tokens[s] as Token).cap &&
    subnationalCountry.get(`${(tokens[s] as Token).lower} ${(tokens[s + 1] as Token).lower}`) ===
      'United States'
  );
}
/** "on the Senate Finance Committee": "on the" and a capitalised body at `at`. */
function onTheBody(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'on' && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.cap === true;
}

/**
 * "the Lord Privy Seal, X,": capitalised words from `q` that end in a title head right before a comma are the rest
 * of one title, not a name after it.
 */
function titleHeadCloses(tokens: readonly Token[], q: number): boolean {
  let j = q;
  // Not "Minister Peter Judge,": a given name opens a name, whatever word ends it.
  while (j < q + 3 && tokens[j]?.cap && tokens[j]?.word && !titleHeads.has((tokens[j] as Token).lower)) {
    if (firstNames.has((tokens[j] as Token).lower)) return false;
    j++;
  }
  return j > q && titleHeads.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.text === ',';
}

/** A role phrase starting at `i` (after skipping the/a/also): its head must come before of/to/at. */
/** Nouns of a person's standing in a state, no role: "a U.S. citizen and …", "a permanent resident and …". */
const STANDINGS = new Set(['citizen', 'resident', 'national']);

/**
 * "X, a U.S. citizen and former Marine who …": after "former" (`FORMER_WORDS`) or "retired", a capitalised "Marine"
 * not followed by another capitalised word is one who served in the Marines (not "a former Marine Le Pen aide", a
 * given name).
 */
function servedInMarines(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.lower !== 'marine' || !t.cap) return false;
  // "former Marine", "a retired Marine": a service member's title once the service is over.
  const before = tokens[k - 1]?.lower ?? '';
  if (!FORMER_WORDS.has(before) && before !== 'retired') return false;
  const n = tokens[k + 1];
  return !(n !== undefined && n.cap && n.word && n.sent === t.sent);
}

/** Words that end a body's name after an adjective ("Revolutionary Guards", "Revolutionary Party"). */
const GUARD_BODIES: ReadonlySet<string> = new Set(['guards', 'guard']);
const bodyHeadAt = (t: Token | undefined): boolean =>
  t !== undefined && t.cap && (orgHeads.has(t.lower) || GUARD_BODIES.has(t.lower));

function rolePhrase(tokens: readonly Token[], i: number, sent: number): RoleSpan | null {
  let s = i;
  while (tokens[s] && SKIP.has((tokens[s] as Token).lower)) s++;
  // "X, until now secretary general of the Foreign Ministry, replaces Y": the office held up to the change.
  if (tokens[s]?.lower === 'until' && UNTIL_NOW.has(tokens[s + 1]?.lower ?? '')) s += 2;
  // "the 41-year-old former mayor of …": an age is said of the person, not part of the title.
  if (yearsOldAt(tokens, s)) s += 3;
  // "X, the member for Y, has been Speaker since 2022": an auxiliary opens the name's verb, not another title.
  if (AUXILIARIES.has(tokens[s]?.lower ?? '')) return null;
  let head = -1;
  let k = s;
  let limit = s + 7;
  for (; k < limit; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent) break;
    // "The Peoples Democratic Party (PDP) candidate": a body's acronym in brackets before the head.
    if (
      t.text === '(' &&
      k > s &&
      tokens[k - 1]?.cap &&
      ACRONYM.test(tokens[k + 1]?.text ?? '') &&
      tokens[k + 2]?.text === ')'
    ) {
      k += 2;
      limit += 3;
      continue;
    }
    // "the Netherlands' minister for …": a plural possessive's bare apostrophe too.
    if (!t.word && t.text !== '-' && !POSSESSIVE_MARKS.has(t.text)) break;
    // "a former House of Councillors member": before any head, "of" between capitals is inside a body's name.
    if (head < 0 && t.lower === 'of' && k > s && tokens[k - 1]?.cap && tokens[k + 1]?.cap) continue;
    // "X, a U.S. citizen and former Marine who …": a standing that is no office, then "and" and the role.
    if (t.lower === 'and' && head < 0 && k > s && STANDINGS.has(tokens[k - 1]?.lower ?? '')) {
      s = k + 1;
      limit = s + 7;
      continue;
    }
    if (LINK.has(t.lower) || ROLE_STOP.has(t.lower) || t.lower === 'and') break;
    // "Harpsund, the Swedish prime minister's country retreat": a title owning what follows is not the head.
    if (head >= 0 && k === head + 1 && POSSESSIVE_MARKS.has(t.text)) head = -1;
    // "the first conversation between …": a preposition before any head means this is no role.
    if (
      k > s &&
      !t.cap &&
      isFunctionWord(t.lower) &&
      !titleModifiers.has(t.lower) &&
      !SPELLED_ORDINALS.has(t.lower)
    )
      break;
    // "the founding father of Tanzania" is an office of history, not a family relation.
    if (relationWords.has(t.lower) && tokens[k - 1]?.lower !== 'founding') return null;
    if (
      appositiveHeads.has(t.lower) ||
      titleHeads.has(t.lower) ||
      // "his wife, X, a former model and actress": the trade, when nothing but "former" stands before it ("Y, an AI
      // model that …" is a product).
      (t.lower === 'model' && (k === s || (k === s + 1 && tokens[s]?.lower === 'former'))) ||
      servedInMarines(tokens, k) ||
      // "X, the senior Republican on the Senate Finance Committee": a party's ranking member of a committee.
      // "X of Indiana, the panel's senior Republican,": the body before it, in the possessive.
      (US_PARTY_MEMBERS.has(t.lower) &&
        RANKING.has(tokens[k - 1]?.lower ?? '') &&
        (onTheBody(tokens, k + 1) || bodyPossessiveBefore(tokens, k - 2))) ||
      // "X, a Tennessee Republican who …": a member of a US party by the state they sit for.
      (t.cap && US_PARTY_MEMBERS.has(t.lower) && usStateBefore(tokens, s, k)) ||
      // "minister-president", "vice-governor": a hyphenated title ends in its head.
      (t.lower.includes('-') && titleHeads.has(t.lower.slice(t.lower.lastIndexOf('-') + 1))) ||
      // "X, an American chemist,": an occupation by its ending ("-ist", "-ician") that no word list holds.
      (!t.cap && isOccupation(t.lower)) ||
      (k === s &&
        singularHead(t.lower) &&
        (SHARED.has(tokens[s - 1]?.lower ?? '') || namesListBefore(tokens, s - 1)))
    ) {
      // "…, the Revolutionary Guards naval commander,": an actor noun in capitals before a body's head word is
      // the body's adjective, not a title before the next person's name.
      if (t.cap && !titleHeads.has(t.lower) && bodyHeadAt(tokens[k + 1])) continue;
      // "…, Special Representative X, Mr. Y, CEO of …": a style of address opens the next name, never a role.
      if (t.cap && ADDRESS_STYLES.has(t.lower)) return null;
      // "…, Premier Song Jiahe, …" / "…, Secretary of State Daniel Mercer and …" is another titled person.
      let q = k + 1;
      // "…, Rep. Gregory Hale, …": an abbreviated title's period before the next titled person's name.
      if (t.cap && tokens[q]?.text === '.' && rankAbbreviations.has(t.lower)) q++;
      // "…, Ambassador Extraordinary and Plenipotentiary of Sweden to …,": the envoy's rank goes with the title.
      const rankEnd = t.cap ? envoyRankEnd(tokens, q) : q;
      if (rankEnd > q) {
        k = rankEnd - 1;
        q = rankEnd;
      }
      // "…, Chief of Army Staff General Y Z, …": a staff named by its service, then the next person's rank and name.
      if (t.cap && tokens[q]?.lower === 'of' && staffEnd(tokens, q + 1) > 0) return null;
      if (t.cap && tokens[q]?.lower === 'of' && departmentWords.has(tokens[q + 1]?.lower ?? '')) {
        q++;
        while (tokens[q] && departmentWords.has((tokens[q] as Token).lower)) q++;
      }
      // "…, President of the Kyrgyz Republic Almaz Tokonov, …": the title's body or state, then a name.
      if (t.cap && titleBodyEnd(tokens, q) > 0) return null;
      // "…, Swedish Ambassador to Norway Erik Lund, …": an envoy's post and where it is, then a name.
      const to = t.cap ? toCountryEnd(tokens, q) : -1;
      const named = tokens[to];
      if (named?.cap && named.word && named.sent === sent) return null;
      const n = tokens[q];
      // "…, Deputy Prime Minister and …": a modifier opening the rest of the title is no name.
      const titleGoesOn =
        n !== undefined && titleModifiers.has(n.lower) && titleHeads.has(tokens[q + 1]?.lower ?? '');
      // (The next paragraph's first word is no name after this title: "X, Department Spokesperson" on a line.)
      if (
        t.cap &&
        n &&
        n.cap &&
        n.word &&
        n.sent === sent &&
        !appositiveHeads.has(n.lower) &&
        !titleHeads.has(n.lower) &&
        !titleGoesOn &&
        !titleHeadCloses(tokens, q)
      )
        return null;
      // "…, BMW chief executive Klaus Brenner and …": a lower-case title before a first name and a surname too;
      // "…, founder of X, novelist Aiko Mori and …": or before any two name words.
      const n2 = tokens[q + 1];
      if (
        !t.cap &&
        n?.cap &&
        n2?.cap &&
        n2.word &&
        (firstNames.has(n.lower) || (nameLike(n, 0, n2) && nameLike(n2, 1, tokens[q + 2], n)))
      )
        return null;
      // "…, congratulated coach Luis de la Vega and …": or before a given name and the particles of a surname.
      if (!t.cap && n?.cap && firstNames.has(n.lower) && particledSurname(tokens, q + 1)) return null;
      head = k;
    } else if (
      !t.cap &&
      isVerb(t) &&
      !NEWLY.has(tokens[k - 1]?.lower ?? '') &&
      // "the deposed President, X", "an exiled dissident, X": a past participle right after an article is the
      // adjective of the word after it, never the clause's verb.
      !(
        ARTICLE_WORDS.has(tokens[k - 1]?.lower ?? '') &&
        t.lower.endsWith('ed') &&
        tokens[k + 1]?.word === true
      ) &&
      !nounBeforeHead(tokens, k) &&
      // "the party's chief ideologist": a word that owns what follows is a noun ("party", "host"), not a verb.
      !POSSESSIVE_MARKS.has(tokens[k + 1]?.text ?? '') &&
      !partyWordAt(tokens, k) &&
      // "the panel's ranking Republican": "ranking" before a party's member is the rank, not a verb.
      !(RANKING.has(t.lower) && US_PARTY_MEMBERS.has(tokens[k + 1]?.lower ?? ''))
    ) {
      // "X, the interim prime minister appointed to run …": a participle and its preposition after the head
      // close the title; a verb before any head, or one taking an object, makes the phrase a clause.
      if (head >= 0 && PARTICIPLE.test(t.lower) && PARTICIPLE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''))
        break;
      return null;
    }
  }
  if (head < 0) return null;
  // Extend through "of/to/at …" complements, keeping parentheses, until a stop word or a verb.
  let e = head + 1;
  let depth = 0;
  while (e < tokens.length) {
    const t = tokens[e] as Token;
    if (t.sent !== sent) break;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      // "the Colombian ambassador in Havana": a post abroad takes its city.
      const posted =
        t.lower === 'in' &&
        e === head + 1 &&
        POSTED_HEADS.has((tokens[head] as Token).lower) &&
        tokens[e + 1]?.cap;
      // "X, a lawmaker from Tabriz,", "a former senator from Florida": the seat a legislator was elected from.
      const seat =
        t.lower === 'from' && e === head + 1 && SEAT_HEADS.has((tokens[head] as Token).lower)
          ? seatEnd(tokens, e + 1, sent)
          : -1;
      if (seat > 0) {
        e = seat;
        continue;
      }
      // "Minister in the Prime Minister's Department", "Minister of State in the President's Office": a portfolio
      // inside a head of government's office.
      const inOffice = t.lower === 'in' && (tokens[head] as Token).cap && inHeadsOffice(tokens, e + 1, sent);
      // "Special Adviser to the President on Energy", "Special Rapporteur on Human Rights": "on" and a subject in
      // capitals belong to the title ("… on Monday" does not).
      const onSubject =
        (e === head + 1 && US_PARTY_MEMBERS.has((tokens[head] as Token).lower) && onTheBody(tokens, e)) ||
        (t.lower === 'on' &&
          tokens[e + 1]?.cap === true &&
          tokens[e + 1]?.word === true &&
          (tokenFlags(tokens[e + 1] as Token) & (WEEKDAY | MONTH)) === 0);
      // "Secretary for Relations with States", "Minister for Relations with Parliament": a portfolio of relations
      // names whom they are with in capitals.
      const relationsWith =
        t.lower === 'with' &&
        tokens[e - 1]?.text === 'Relations' &&
        tokens[e + 1]?.cap === true &&
        tokens[e + 1]?.word === true;
      // A comma inside a title's list of portfolios goes on with it: departments after one ("Minister of Finance,
      // Economy and Trade"), or the fields of one portfolio after "of"/"for" ("Minister of Road, Transportation and
      // Urban Development", "minister for political, legal and security affairs").
      if (t.text === ',') {
        const listEnd = portfoliosAfterComma(tokens, e);
        const end = listEnd > 0 ? listEnd : portfolioFieldsEnd(tokens, head, e);
        if (end > 0) {
          e = end;
          continue;
        }
      }
      // "director of the WHO's Department of …": an acronym in capitals is a body, not the pronoun "who".
      const acronym = t.cap && t.text.length > 1 && t.text === t.text.toUpperCase();
      if (ROLE_STOP.has(t.lower) && !posted && !onSubject && !acronym && !inOffice && !relationsWith) break;
      // "an activist of the movement living in exile": a present participle after the complement's noun, then a
      // preposition, says where or how the person is, not the office.
      if (livingAfterNoun(tokens, e, head)) break;
      if (WHEN_AFTER.has(t.lower)) break;
      // "sworn in as a senator this morning": a time of day, not part of the office ("host of this year's
      // meetings" keeps it).
      if (
        t.lower === 'this' &&
        THIS_TIME.has(tokens[e + 1]?.lower ?? '') &&
        !POSSESSIVE_S.has(tokens[e + 2]?.text ?? '')
      )
        break;
      // "sworn in as president of the Senate at a ceremony": where it happened, not the title's place ("professor at
      // the University of …" keeps its "the").
      if (t.lower === 'at' && (tokens[e + 1]?.lower === 'a' || tokens[e + 1]?.lower === 'an')) break;
      // "sworn in as Vice President at the same ceremony", "at the ceremony": the occasion again.
      if (
        t.lower === 'at' &&
        tokens[e + 1]?.lower === 'the' &&
        OCCASION_WORDS.has(tokens[e + 2]?.lower ?? '')
      )
        break;
      // "sworn in as Singapore's prime minister at the Istana", "as foreign minister at the State Palace": a palace
      // is where the oath was taken, not where the office is ("Minister of State at the Ministry of …" keeps it).
      if (t.lower === 'at' && residenceAfter(tokens, e + 1, sent)) break;
      // "who became Leader of Opposition a day earlier": an article right after a noun opens a phrase of time.
      if (
        (t.lower === 'a' || t.lower === 'an') &&
        tokens[e - 1]?.word &&
        !isFunctionWord((tokens[e - 1] as Token).lower)
      )
        break;
      // "…, the head of Hamas' political bureau Ismail X, …": a given name after the body's lower-case word opens
      // the person the title is written before, another of the list.
      if (t.cap && firstNames.has(t.lower) && tokens[e + 1]?.cap && bodyNounBefore(tokens[e - 1]))
        return null;
      // "as a dictator extremely wrong and …": an adverb right after the head opens a predicate, not the title;
      // "sworn in as Deputy President shortly before …": so does one of time.
      if (
        e === head + 1 &&
        !t.cap &&
        t.lower.length > 5 &&
        t.lower.endsWith('ly') &&
        (nextIsPlainWord(tokens, e) || tokens[e + 1]?.lower === 'before' || tokens[e + 1]?.lower === 'after')
      )
        break;
      // "a retired Navy admiral of Japanese descent": whose ancestry, not the office's country or body.
      if (t.lower === 'of' && ANCESTRY.has(tokens[e + 2]?.lower ?? '')) break;
      // "as Prime Minister for a third term", "for the second time": a span of time, not the office's remit.
      if (t.lower === 'for' && forTime(tokens, e + 1)) break;
      if (t.lower === 'and') {
        // "… and chairperson of the AU" starts another role; "Moscow and All Russia" continues this one.
        // "… foreign affairs minister and Marc Dufresne becomes …": a given name starts another person.
        const n = tokens[e + 1];
        if (rolePhrase(tokens, e + 1, sent) || (n?.cap && firstNames.has(n.lower))) break;
        // "with X as Foreign Minister and Martín Y as Economy Minister": a name and its own "as" start another person.
        if (n?.cap && nameThenAs(tokens, e + 1)) break;
        // "served as health minister and later as …": an adverb after "and" opens another clause.
        if (n && !n.cap && LATER_ADVERBS.has(n.lower)) break;
        // "the Danish leader and his spouse, X": a person's own noun phrase ("his …") is no part of a title.
        if (HIS_HER.has(n?.lower ?? '')) break;
        // "leader of the CDU and the frontrunner to …", "founder of X and a UN Messenger of Peace": a new noun phrase
        // ("the Arts" in "Minister for Culture and the Arts" goes on with a capital).
        const d = n?.lower;
        if (d === 'a' || d === 'an' || (d === 'the' && tokens[e + 2]?.word && !tokens[e + 2]?.cap)) break;
        // "chairman of the X and one of the loudest critics of …": "one of" is a new noun phrase too.
        if (d === 'one' && tokens[e + 2]?.lower === 'of') break;
      } else if (t.lower === 'to' && tokens[e + 1] && isVerb(tokens[e + 1] as Token)) break;
      // "the first UN chief to attend the forum": what the distinction is for ends the phrase (isDistinction).
      else if (t.lower === 'to' && distinctionVerbAt(tokens, e + 1) && hasOrdinal(tokens, s, head)) break;
      // "captain of the coast guard's Dash 8": a word with a possessive is a noun ("guard"), not a verb.
      else if (
        isVerb(t) &&
        !t.cap &&
        !AFTER_DET.has((tokens[e - 1] as Token).lower) &&
        !(NAMED_BODY_NOUNS.has(t.lower) && tokens[e - 1]?.cap) &&
        !POSSESSIVE_MARKS.has(tokens[e + 1]?.text ?? '') &&
        // "special representative for climate change affairs": a noun before a remit's subject word.
        !REMIT_SUBJECTS.has(tokens[e + 1]?.lower ?? '') &&
        !closingNoun(tokens, e) &&
        !participleOfBody(tokens, e)
      )
        break;
    }
    e++;
  }
  while (
    e > head + 1 &&
    (LINK.has((tokens[e - 1] as Token).lower) || (tokens[e - 1] as Token).lower === 'and')
  )
    e--;
  return { start: s, end: e };
}

/** Prepositions after a participle that opens a clause about the person ("living in exile", "working at …"). */
const CLAUSE_PREPOSITIONS = new Set(['in', 'at', 'on', 'abroad', 'outside', 'near']);

/**
 * "an activist of the movement living in exile": whether the token at `e`, past the head at `head` and its "of …"
 * complement, is a lower-case "-ing" word after a lower-case noun and before a preposition.
 */
function livingAfterNoun(tokens: readonly Token[], e: number, head: number): boolean {
  const t = tokens[e] as Token;
  const prev = tokens[e - 1];
  if (t.cap || !t.word || t.lower.length < 6 || !t.lower.endsWith('ing') || e < head + 3) return false;
  if (!prev?.word || prev.cap || isFunctionWord(prev.lower)) return false;
  return CLAUSE_PREPOSITIONS.has(tokens[e + 1]?.lower ?? '') && tokens[head + 1]?.lower === 'of';
}

/** Endings of English nouns of a field ("Construction", "Development", "Culture", "Fisheries", "Sports"). */
const FIELD_NOUN = /(?:tion|sion|ment|ure|ry|ries|ics|ism|ity|ties|ce|ts|ng|ge)$/;

/**
 * Words of a portfolio's field: lower-case words, or capitalised ones that a department's word list or the lexicon
 * knows or that end as a field's noun does, and no given name or surname ("Minister of Finance, Wang Wen and …").
 */
function fieldWord(t: Token | undefined, cap: boolean, sent: number, first: boolean): boolean {
  if (!t || !t.word || t.sent !== sent || t.cap !== cap || isFunctionWord(t.lower)) return false;
  if (titleHeads.has(t.lower) || firstNames.has(t.lower) || lastNames.has(t.lower)) return false;
  return (
    !cap ||
    first ||
    departmentWords.has(t.lower) ||
    (tokenFlags(t) & COMMON_WORD) !== 0 ||
    FIELD_NOUN.test(t.lower)
  );
}

/** End (exclusive) of one to three field words from `at`, or -1 (`first`: the field the title names before the list). */
function fieldEnd(tokens: readonly Token[], at: number, cap: boolean, sent: number, first = false): number {
  let k = at;
  while (k < at + 3 && fieldWord(tokens[k], cap, sent, first)) k++;
  return k > at ? k : -1;
}

/**
 * "Minister of Road, Transportation, Construction and Urban Development": at the comma `comma` after a title head
 * `head`, "of"/"for" and one field, the rest of a list of fields (each one to three words written as the first, the
 * last after "and"); the index after the list, or -1.
 */
function portfolioFieldsEnd(tokens: readonly Token[], head: number, comma: number): number {
  const link = tokens[head + 1]?.lower;
  if (link !== 'of' && link !== 'for') return -1;
  const sent = (tokens[comma] as Token).sent;
  const first = tokens[head + 2];
  if (!first) return -1;
  const cap = first.cap;
  if (fieldEnd(tokens, head + 2, cap, sent, true) !== comma) return -1;
  let k = comma + 1;
  for (let items = 0; items < 6; items++) {
    const end = fieldEnd(tokens, k, cap, sent);
    if (end < 0) return -1;
    if (tokens[end]?.lower === 'and') {
      const last = fieldEnd(tokens, end + 1, cap, sent);
      // "…, legal and security affairs was …": not a verb after the list's last word.
      return last > 0 && !tokens[last]?.cap ? last : -1;
    }
    if (tokens[end]?.text !== ',') return -1;
    k = end + 1;
  }
  return -1;
}

/** A capitalised department word at `k` ("Economy", "Trade"). */
const departmentAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.cap === true && departmentWords.has((tokens[k] as Token).lower);

/**
 * ", Economy and Trade" after "Minister of Finance": the rest of a title's list of portfolios from the comma at
 * `comma` (after a department word), closed by "and" and a last department; the index after it, or -1.
 */
function portfoliosAfterComma(tokens: readonly Token[], comma: number): number {
  if (!departmentAt(tokens, comma - 1)) return -1;
  let k = comma;
  for (let items = 0; items < 6; items++) {
    if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') return -1;
    const last = tokens[k]!.lower === 'and';
    k++;
    if (!departmentAt(tokens, k)) return -1;
    while (departmentAt(tokens, k)) k++;
    // "…, Trade and Industry Minister Per Holm": a title or a name after the last department opens another person.
    if (last) return tokens[k]?.cap ? -1 : k;
  }
  return -1;
}

/**
 * "another ruling party lawmaker", "a party official": "ruling" before "party", and "party" right before a title's
 * head, are words of the party, not verbs.
 */
function partyWordAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  const next = tokens[k + 1]?.lower ?? '';
  if (w === 'ruling') return next === 'party';
  return w === 'party' && !tokens[k + 1]?.cap && (titleHeads.has(next) || appositiveHeads.has(next));
}

/**
 * "commander of the presidential guard,", "chief executive of the X hedge fund,", "leader of the minor political
 * party NHK Party": a bare word that could be a verb, after a lower-case word of the phrase and before a comma or a
 * capital, is the noun that ends the body's name, not a verb opening a clause.
 */
function closingNoun(tokens: readonly Token[], e: number): boolean {
  const t = tokens[e] as Token;
  const next = tokens[e + 1];
  return (
    bodyNounBefore(tokens[e - 1]) &&
    !/(?:ed|ing|s)$/.test(t.lower) &&
    (next === undefined || next.sent !== t.sent || !next.word || next.cap)
  );
}

/** Bodies the lexicon's heads lack that a participle of their work may qualify ("governing body", "steering group"). */
const WORKING_BODIES: ReadonlySet<string> = new Set(['body', 'group', 'panel', 'board']);

/**
 * "president of the Lyon 2030 organising committee", "chairman of the party's steering committee": a lower-case
 * "-ing" word after a capitalised name, a year or a possessive and before a body's head word names the body, not a
 * clause.
 */
function participleOfBody(tokens: readonly Token[], e: number): boolean {
  const t = tokens[e] as Token;
  const prev = tokens[e - 1];
  const next = tokens[e + 1];
  return (
    t.lower.endsWith('ing') &&
    prev !== undefined &&
    (prev.cap || POSSESSIVE_MARKS.has(prev.text) || YEARS_SPAN.test(prev.text)) &&
    next !== undefined &&
    next.sent === t.sent &&
    !next.cap &&
    (orgHeads.has(next.lower) || WORKING_BODIES.has(next.lower))
  );
}

/** A lower-case noun, no function word ("bureau" of "Hamas' political bureau"; not "of Abu Dhabi"). */
function bodyNounBefore(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && !isFunctionWord(t.lower);
}

function nextIsPlainWord(tokens: readonly Token[], e: number): boolean {
  const n = tokens[e + 1];
  return n !== undefined && n.word && !n.cap && !isFunctionWord(n.lower);
}

/** Roles in an appositive starting at the comma `comma`; `end` is where the appositive stops. */
export function appositiveRoles(tokens: readonly Token[], comma: number): { roles: RoleSpan[]; end: number } {
  const roles: RoleSpan[] = [];
  const sent = tokens[comma]?.sent ?? -1;
  let i = comma + 1;
  for (;;) {
    const r = rolePhrase(tokens, i, sent) ?? (i === comma + 1 ? ownedRolePhrase(tokens, i, sent) : null);
    // "X, the Chief Minister's son and Minister for Sports,": a relation (no role) and then the office.
    const after = !r && i === comma + 1 ? relationThenAnd(tokens, i, sent) : -1;
    if (after > 0) {
      i = after;
      continue;
    }
    if (!r) break;
    const next = tokens[r.end];
    if (i === comma + 1 && SPOKE.has(next?.lower ?? '')) break;
    roles.push(r);
    if (!next) break;
    if (next.lower === 'and') {
      i = r.end + 1;
      continue;
    }
    if (next.text === ',') {
      // "for his rival X, the spokesman of the ministry, Y Z, announced": a role between two names set off by
      // commas is the next name's ("…, the Speaker of the House, Dr. Y Z, …" too).
      if (roles.length === 1 && roleOfNextName(tokens, comma, r.end)) return { roles: [], end: comma };
      // "for X, the candidate of the movement, the president of the council, Y Z, said": so is a second one.
      if (roles.length > 1 && tokens[i - 1]?.text === ',' && roleOfNextName(tokens, i - 1, r.end))
        return { roles: roles.slice(0, -1), end: i - 1 };
      const more = rolePhrase(tokens, r.end + 1, sent);
      if (more) {
        i = r.end + 1;
        continue;
      }
      // "X, the member for Y, has been Speaker since 2022": the office the name's own verb says is held.
      const held =
        HAS_HAD.has(tokens[r.end + 1]?.lower ?? '') && tokens[r.end + 2]?.lower === 'been'
          ? rolePhrase(tokens, r.end + 3, sent)
          : null;
      if (held && tokens[held.start]?.cap) roles.push(held);
      return { roles, end: r.end + 1 };
    }
    return { roles, end: r.end };
  }
  return { roles, end: roles.length ? (roles[roles.length - 1] as RoleSpan).end : comma };
}

const RELATION_QUALIFIERS = new Set([
  'former',
  'late',
  'longtime',
  'close',
  'political',
  // "the leader's younger sister and …": which of the siblings or children.
  'younger',
  'youngest',
  'elder',
  'eldest',
  'older',
  'oldest',
]);

/**
 * "the Chief Minister's son and …", "his wife and …", "the grandson of the late Imam and …": an owned relation
 * opening an appositive, then "and"; the index after "and", or -1.
 */
function relationThenAnd(tokens: readonly Token[], i: number, sent: number): number {
  let k = tokens[i]?.lower === 'the' ? i + 1 : i;
  // "the grandson of …": whose relative is said after the relation, not before it.
  const ownerAfter = k > i && tokens[k + 1]?.lower === 'of';
  if (tokens[k]?.lower === 'his' || tokens[k]?.lower === 'her') k++;
  else if (!ownerAfter) {
    const start = k;
    while (k < start + 5 && tokens[k]?.cap && tokens[k]?.word && tokens[k]?.sent === sent) k++;
    // "X, the leader's sister and a senior party official": a relative of one a title names, lower case (after
    // the title's nationality too: "the North Korean leader's younger sister and …").
    if (k > i && titleHeads.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap) k++;
    if (k === start || !POSSESSIVE_MARKS.has(tokens[k]?.text ?? '')) return -1;
    k++;
  }
  // "his former girlfriend and chief executive of …": a word saying how the tie stands.
  while (!ownerAfter && RELATION_QUALIFIERS.has(tokens[k]?.lower ?? '')) k++;
  const rel = tokens[k];
  if (!rel || rel.cap || rel.sent !== sent || !relationWords.has(rel.lower)) return -1;
  // "the nephew of the late Emir and keeper of his library": the relative, closed by a capitalised word (a
  // name or a title standing for one; "the son of the founder and chairman" may be the founder's chairmanship),
  // then "and" and the office.
  if (ownerAfter) {
    let j = k + 2;
    while (j < k + 7 && tokens[j]?.word && tokens[j]?.sent === sent && tokens[j]?.lower !== 'and') j++;
    return j > k + 2 && tokens[j]?.lower === 'and' && tokens[j - 1]?.cap ? j + 1 : -1;
  }
  return tokens[k + 1]?.lower === 'and' && tokens[k + 1]?.sent === sent ? k + 2 : -1;
}

/**
 * "X, the Speaker of the House, Hon. Y Z, …": whether the role opened by "the" after the comma `comma` and closed by
 * a comma at `roleEnd` is the name's after it. X is then the item of a list before a titled person: a person, though
 * the role is not theirs.
 */
function roleOfNextName(tokens: readonly Token[], comma: number, roleEnd: number): boolean {
  return (
    tokens[comma + 1]?.lower === 'the' &&
    tokens[roleEnd]?.text === ',' &&
    apposedNameAt(tokens, roleEnd + 1, tokens[comma]?.sent ?? -1)
  );
}

/** "X Y, the Speaker of the House, Hon. Z W, and …": a name a comma closes before a role that is the next name's. */
export function listedBeforeTitledName(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'the') return false;
  const r = rolePhrase(tokens, end + 1, (tokens[end] as Token).sent);
  return r !== null && roleOfNextName(tokens, end, r.end);
}

/**
 * Whether a name of two to four capitalised words, not a title or a country, starts at `i` and a comma closes it
 * ("…, Mohsen Karimi, announced").
 */
function apposedNameAt(tokens: readonly Token[], i: number, sent: number): boolean {
  // "…, the Speaker of the House, Hon. Y Z, and …": honorifics and their stops may open the name.
  const n = honorificEnd(tokens, i, tokens.length);
  const first = tokens[n];
  if (!first || !first.cap || !first.word || titleHeads.has(first.lower) || countryNames.has(first.lower))
    return false;
  let k = n;
  while (k < n + 4 && tokens[k]?.cap && tokens[k]?.word && tokens[k]?.sent === sent) k++;
  return k - n >= 2 && tokens[k]?.text === ',';
}

/**
 * "X, President Frank Delmont's nominee to run the department, told …": a role owned by someone named (in
 * capitals, up to six words) right after the comma; the role is what follows the possessive.
 */
function ownedRolePhrase(tokens: readonly Token[], i: number, sent: number): RoleSpan | null {
  for (let k = i; k < i + 7; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent) return null;
    if (POSSESSIVE_MARKS.has(t.text))
      return k > i && tokens[k + 1]?.cap === false ? rolePhrase(tokens, k + 1, sent) : null;
    if (!t.cap && t.text !== '.') return null;
  }
  return null;
}

/** Nouns that are verbs too, after a body's name ("leader of the Fine Gael party", "the Wagner group"). */
const NAMED_BODY_NOUNS = new Set(['party', 'group', 'front']);

/** A body's acronym ("PDP", "CDU"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;

/** Words of time between "sworn in" and "as" ("sworn in Tuesday as", "sworn in for a second term as"). */
const TAKING_OFFICE_WHEN = new Set(
  'on monday tuesday wednesday thursday friday saturday sunday today for a an second third fourth fifth sixth new full term'.split(
    ' ',
  ),
);

/** 2 when "to be" starts at `i` ("was to be sworn in"), else 0. */
function toBe(tokens: readonly Token[], i: number): number {
  return tokens[i]?.lower === 'to' && tokens[i + 1]?.lower === 'be' ? 2 : 0;
}

/** The tokens of a day set between "was" and its verb at `i` ("was on Tuesday sworn in", "was today elected"). */
function dayBetween(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.lower;
  // "was then sworn in as …": the next step of the story, as "today".
  if (w === 'today' || w === 'yesterday' || w === 'then') return 1;
  const day = tokens[i + 1];
  return w === 'on' && day !== undefined && (tokenFlags(day) & WEEKDAY) !== 0 ? 2 : 0;
}

/**
 * The tokens of a day after a verb at `i` ("yesterday", "on Monday"), with the day of the month a wire adds in
 * brackets ("yesterday (1)").
 */
function dayAfter(tokens: readonly Token[], i: number): number {
  const n = dayBetween(tokens, i);
  const open = i + n;
  return n > 0 &&
    tokens[open]?.text === '(' &&
    /^\d{1,2}$/.test(tokens[open + 1]?.text ?? '') &&
    tokens[open + 2]?.text === ')'
    ? n + 3
    : n;
}

/** Verbs of a part played, and whose object may stand before "as" ("acted as", "accompanied him as"). */
const PLAYS = new Set(['acted', 'acts', 'acting']);
const ACCOMPANIES = new Set(['accompanied', 'accompanies', 'accompanying']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** Index of the "as" of "(has) acted as", "(has) accompanied him as" at `at`; or -1. */
function playedAs(tokens: readonly Token[], at: number): number {
  const k = HAS_HAD.has(tokens[at]?.lower ?? '') ? at + 1 : at;
  const w = tokens[k]?.lower ?? '';
  if (PLAYS.has(w)) return tokens[k + 1]?.lower === 'as' ? k + 1 : -1;
  if (ACCOMPANIES.has(w) && OBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? ''))
    return tokens[k + 2]?.lower === 'as' ? k + 2 : -1;
  return -1;
}

// The verbs asRoles reads after a mention, made once, as sets: asRoles runs after most mentions, and a word looked up
// in a set costs a fraction of an anchored list of words tested as an expression (PERFORMANCE.md, "Session 36
// (perf38)"; the same answer for every string).
const SERVED_AFTER_WHO = new Set(['served', 'serves', 'serving', 'works', 'worked', 'was', 'is', 'resigned']);
const SERVES = new Set(['served', 'serves']);
const HAS_HAD = new Set(['has', 'had']);
// "been" after the "has"/"had" skipped before it: "X has been re-elected minister-president of …".
const WAS_IS = new Set(['was', 'is', 'been']);
const ELECTED = new Set(['elected', 're-elected', 'appointed']);
export const WAS_WERE_IS = new Set(['was', 'were', 'is']);
const TAKEN_OFFICE = new Set([
  'sworn',
  'appointed',
  'named',
  'installed',
  'inaugurated',
  'confirmed',
  'elected',
  're-elected',
]);
export const STAYS = new Set(['stays', 'stayed', 'remains', 'remained', 'continues', 'continued']);
const ELECTION = new Set(['election', 're-election', 'appointment']);
export const BECOMES = new Set(['becomes', 'became']);
const TOOK = new Set(['took', 'takes']);
/** Words that close an office's remit ("for climate change affairs", "for trade issues"). */
const REMIT_SUBJECTS = new Set(['affairs', 'issues']);
const REPRESENTS = new Set(['represented', 'represents', 'representing']);

/**
 * "became the first writer to enter the academy", "became Türkiye's first astronaut to travel to space": a
 * distinction won, not an office held (still a sign of a person).
 */
export function isDistinction(tokens: readonly Token[], r: RoleSpan): boolean {
  return (
    tokens[r.end]?.lower === 'to' &&
    distinctionVerbAt(tokens, r.end + 1) &&
    hasOrdinal(tokens, r.start, r.end)
  );
}

/** A lower-case word after "the first X to" that is no function word: the verb ("attend", "visit"). */
function distinctionVerbAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  return verb !== undefined && !verb.cap && verb.word && !isFunctionWord(verb.lower);
}

function hasOrdinal(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (ORDINALS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Verbs that put a label on someone ("describing X as a dictator"): an opinion, not an office. */
const CHARACTERISES =
  /^(?:describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|portray(?:s|ed|ing)?|paint(?:s|ed|ing)?|depict(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|tout(?:s|ed|ing)?|regard(?:s|ed|ing)?|view(?:s|ed|ing)?|lambast(?:e|es|ed|ing|s)?|decr(?:y|ies|ied|ying)|refer(?:s|red|ring)|dismiss(?:es|ed|ing)?)$/;

/**
 * "describing Chinese President X as a dictator", "branded X as a traitor", "referred to X as …": the mention
 * ending at `end` is the object of a labelling verb a few words back in its sentence, so "as …" is someone's
 * characterisation of X, not a role X holds.
 */
function characterised(tokens: readonly Token[], end: number, sent: number): boolean {
  if (leftOrJoined(tokens, end, sent)) return true;
  for (let k = end - 1; k >= 0 && k >= end - 9; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (!t.cap && t.word && CHARACTERISES.test(t.lower)) return true;
  }
  return false;
}

/** Verbs of leaving or joining a club, a firm or a team, after which "as …" is what the subject was or becomes. */
const LEAVES_OR_JOINS = /^(?:leav(?:e|es|ing)|left|(?:re)?join(?:s|ed|ing)?|quit(?:s|ting)?)$/;

/** "after leaving Paris Saint-Germain as a free agent": "as …" after the name that such a verb takes is the subject's. */
function leftOrJoined(tokens: readonly Token[], end: number, sent: number): boolean {
  let k = end - 1;
  while (
    k > 0 &&
    k >= end - 6 &&
    (tokens[k] as Token).sent === sent &&
    ((tokens[k] as Token).cap || tokens[k]?.text === '-')
  )
    k--;
  const verb = tokens[k];
  return (
    k < end - 1 && verb !== undefined && verb.sent === sent && !verb.cap && LEAVES_OR_JOINS.test(verb.lower)
  );
}

/** Whether a ", who …" clause from `at` may name an office ("who served as", "who became", "who is now" …). */
function whoClauseNamesOffice(tokens: readonly Token[], at: number, sent: number): boolean {
  let k = tokens[at]?.lower === 'also' ? at + 1 : at;
  if (HAS_HAD.has(tokens[k]?.lower ?? '') && SERVES.has(tokens[k + 1]?.lower ?? '')) k++;
  const w = tokens[k]?.lower ?? '';
  return (
    SERVED_AFTER_WHO.has(w) ||
    (w === 'stepped' && tokens[k + 1]?.lower === 'down' && tokens[k + 2]?.lower === 'as') ||
    w === 'became' ||
    w === 'becomes' ||
    (HAS_HAD.has(w) && tokens[k + 1]?.lower === 'been') ||
    whoAsOffice(tokens, k) ||
    playedAs(tokens, at) >= 0 ||
    becomingIn(tokens, at, sent) >= 0 ||
    yearsAsIn(tokens, at, sent) >= 0
  );
}

/**
 * ", who as minister-president had …", ", who as mayor was …": "as" right after "who" and a bare office (a title's
 * head, one ending in it after a hyphen, or a modifier and a head) — not "who as a child", "who as a result".
 */
function whoAsOffice(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'as') return false;
  const w = tokens[k + 1]?.lower ?? '';
  return officeAt(tokens, k + 1) || (w.includes('-') && titleHeads.has(w.slice(w.lastIndexOf('-') + 1)));
}

/** A lower-case verb or auxiliary: what follows the office in ", who as mayor had …". */
const clauseVerb = (t: Token | undefined): boolean =>
  t !== undefined && !t.cap && (AUXILIARIES.has(t.lower) || isVerb(t));

/** Index of "as" in "after 22 years as" in the clause from `at`; or -1. */
function yearsAsIn(tokens: readonly Token[], at: number, sent: number): number {
  for (let k = at + 1; k < at + 12; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || t.text === ',' || t.text === ';') return -1;
    if (
      t.lower === 'as' &&
      (tokens[k - 1]?.lower === 'years' || tokens[k - 1]?.lower === 'decades') &&
      tokens[k - 3]?.lower === 'after'
    )
      return k;
  }
  return -1;
}

/** Index of "becoming" after "before"/"after", or of "became" after "later", in the clause from `at`; or -1. */
function becomingIn(tokens: readonly Token[], at: number, sent: number): number {
  for (let k = at + 1; k < at + 25; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent || t.text === ',' || t.text === ';') return -1;
    const before = tokens[k - 1]?.lower;
    if (t.lower === 'becoming' && (before === 'before' || before === 'after')) return k;
    if (t.lower === 'became' && before === 'later') return k;
  }
  return -1;
}

/** " as ROLE" or ", who (also) served as ROLE" right after a mention ending at `end`. */
export function asRoles(tokens: readonly Token[], end: number): RoleSpan[] {
  const taken = officeTakenOver(tokens, end);
  const own = rolesAfter(tokens, end);
  const roles = own.length ? own : officeSwornAfterWhoClause(tokens, end);
  if (roles.length === 0 && taken.length === 0) return officeResignedAfter(tokens, end);
  return taken.length ? [...taken, ...roles] : roles;
}

/** Verbs of leaving an office, whose "as" names the office left. */
const RESIGNED = new Set(['resigned', 'resigns']);

/**
 * "X of the League admitted defeat on Monday and stepped down as the party's deputy leader", "X resigned as chairman":
 * the office the name's own verbs say was left (past the party the name is "of"), in the same clause — lower-case
 * words and days only, so no other name comes between.
 */
function officeResignedAfter(tokens: readonly Token[], end: number): RoleSpan[] {
  const sent = tokens[end - 1]?.sent ?? -1;
  let k = end;
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower === 'the') {
    k += 2;
    while (tokens[k]?.cap && tokens[k]?.word && tokens[k]?.sent === sent) k++;
    if (tokens[k]?.text !== ',' || k === end + 2) return [];
    k++;
  }
  for (let j = k; j < k + 12; j++) {
    const t = tokens[j];
    if (!t || t.sent !== sent || !t.word) return [];
    if (t.cap && (tokenFlags(t) & (WEEKDAY | MONTH)) === 0) return [];
    if (RESIGNED.has(t.lower) && tokens[j + 1]?.lower === 'as') return officeAfterAs(tokens, j + 1, sent);
  }
  return [];
}

/**
 * "X, who succeeded Y as leader of the party last month, was elected …": the office a ", who" clause after the
 * mention ending at `end` says the person took over (the clause is then skipped for the sentence's own verb).
 */
function officeTakenOver(tokens: readonly Token[], end: number): RoleSpan[] {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'who') return [];
  const verb = tokens[end + 2]?.lower === 'also' ? end + 3 : end + 2;
  if (!SUCCESSION.has(tokens[verb]?.lower ?? '')) return [];
  const sent = (tokens[end] as Token).sent;
  const as = afterObjectName(tokens, verb + 1, sent);
  return as > verb + 1 && tokens[as]?.lower === 'as' ? officeAfterAs(tokens, as, sent) : [];
}

/**
 * "X, who was premier from 1998 to 2004, was sworn in as Vice President": when the ", who" clause after the mention
 * ending at `end` gives no office as read, the office the name's own verb after it takes (sworn in, appointed,
 * elected … as).
 */
function officeSwornAfterWhoClause(tokens: readonly Token[], end: number): RoleSpan[] {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'who') return [];
  const sent = (tokens[end] as Token).sent;
  let k = end + 2;
  while (k < end + 25 && tokens[k] !== undefined && tokens[k]?.sent === sent && tokens[k]?.text !== ',') k++;
  if (tokens[k]?.text !== ',' || tokens[k]?.sent !== sent || !WAS_WERE_IS.has(tokens[k + 1]?.lower ?? ''))
    return [];
  return TAKEN_OFFICE.has(tokens[k + 2]?.lower ?? '') ? rolesAfter(tokens, k + 1) : [];
}

/** Participles that give an office after a comma: ", appointed foreign minister", ", named Minister of Y". */
const APPOINTED = new Set(['appointed', 'named', 'elected', 'nominated']);
/** Who gives an office in a "whom" clause: ", whom he has named …". */
const WHOM_GIVER = new Set(['he', 'she', 'they']);

/** The bare offices of a head of state or government, as "when X was president" writes them. */
const BARE_HEAD_OFFICES = new Set(['president', 'premier', 'chancellor']);

/** Whether "when" stands right before the capitalised name ending at `end`. */
function whenBefore(tokens: readonly Token[], end: number): boolean {
  let k = end - 1;
  while (k > end - 6 && tokens[k]?.cap) k--;
  return k < end - 1 && tokens[k]?.lower === 'when';
}

/** A title (with a modifier: "foreign minister") or a portfolio's head opens the words at `k`. */
function officeAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return (
    titleHeads.has(w) ||
    (titleModifiers.has(w) && titleHeads.has(tokens[k + 1]?.lower ?? '')) ||
    portfolioHead(tokens, k)
  );
}

function rolesAfter(tokens: readonly Token[], end: number): RoleSpan[] {
  let i = end;
  const sent = tokens[end - 1]?.sent ?? -1;
  // "his sister, X, whom he has named secretary general of …,": the office the clause gives the name.
  if (
    tokens[i]?.text === ',' &&
    tokens[i + 1]?.lower === 'whom' &&
    WHOM_GIVER.has(tokens[i + 2]?.lower ?? '')
  ) {
    let k = HAS_HAD.has(tokens[i + 3]?.lower ?? '') ? i + 4 : i + 3;
    if (APPOINTED.has(tokens[k]?.lower ?? '')) {
      if (tokens[k + 1]?.lower === 'as') k++;
      const r = officeAt(tokens, k + 1) ? rolePhrase(tokens, k + 1, sent) : undefined;
      if (r) return [r];
    }
  }
  // "X, whom Y succeeds as health minister, becomes …": a clause about another's act; the name's own verb follows.
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'whom') {
    let k = i + 2;
    while (k < i + 20 && tokens[k] !== undefined && tokens[k]?.sent === sent && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text === ',' && tokens[k]?.sent === sent) i = k + 1;
  }
  // "X, who attended the handover, was then sworn in as …": a clause that names no office of theirs; the name's own
  // verb follows it.
  if (
    tokens[i]?.text === ',' &&
    tokens[i + 1]?.lower === 'who' &&
    !whoClauseNamesOffice(tokens, i + 2, sent)
  ) {
    let k = i + 2;
    while (k < i + 25 && tokens[k] !== undefined && tokens[k]?.sent === sent && tokens[k]?.text !== ',') k++;
    if (tokens[k]?.text === ',' && tokens[k]?.sent === sent) i = k + 1;
  }
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'who') {
    i += 2;
    const also = tokens[i]?.lower === 'also';
    if (also) i++;
    // ", who had served as foreign minister since …": the perfect of "served as".
    if (HAS_HAD.has(tokens[i]?.lower ?? '') && SERVES.has(tokens[i + 1]?.lower ?? '')) i++;
    // ", who has acted as first lady since …", ", who has accompanied him as first lady": the part played for the one
    // named before (a relative standing in for a spouse), whatever the tense.
    const played = playedAs(tokens, i);
    if (played >= 0) return officeAfterAs(tokens, played, sent);
    // ", who spent 27 years in jail before becoming the country's first black president,": the office the clause
    // ends in ("later became" too).
    const becoming = becomingIn(tokens, i, sent);
    if (becoming >= 0) {
      const r = rolePhrase(tokens, becoming + 1, sent);
      if (r) return [r];
    }
    // ", who stepped down this week after 14 years as Prime Minister,": the office the clause says they held.
    const yearsAs = becoming < 0 ? yearsAsIn(tokens, i, sent) : -1;
    if (yearsAs >= 0) return officeAfterAs(tokens, yearsAs, sent);
    // ", who became Singapore's prime minister in May", ", who is now Senior Minister": the office, with no "as".
    const w = tokens[i]?.lower ?? '';
    // ", who is also leader of the X Party,": a further office the person holds.
    if (w === 'is' && !also && tokens[i + 1]?.lower === 'also') {
      const r = rolePhrase(tokens, i + 2, sent);
      return r ? [r] : [];
    }
    // ", who had been China's envoy to the UN since 2019": the office held until now (no role in "had been held").
    if (HAS_HAD.has(w) && tokens[i + 1]?.lower === 'been') {
      const r = rolePhrase(tokens, i + 2, sent);
      return r ? [r] : [];
    }
    if (
      w === 'became' ||
      w === 'becomes' ||
      ((w === 'is' || w === 'was') && tokens[i + 1]?.lower === 'now')
    ) {
      const r = rolePhrase(tokens, w === 'became' || w === 'becomes' ? i + 1 : i + 2, sent);
      return r ? [r] : [];
    }
    // ", who as minister-president had cultivated close ties": the office held, set before the clause's verb.
    // The office ends before the clause's verb, which would read as the title taking an object ("mayor had").
    if (whoAsOffice(tokens, i)) {
      let k = i + 2;
      while (k < i + 10 && tokens[k]?.sent === sent && tokens[k]?.word && !clauseVerb(tokens[k] as Token))
        k++;
      return officeAfterAs(clauseVerb(tokens[k]) ? tokens.slice(0, k) : tokens, i, sent);
    }
    // ", who stepped down as Speaker of the National Assembly …": the office left, as "resigned as" gives it.
    if (w === 'stepped' && tokens[i + 1]?.lower === 'down' && tokens[i + 2]?.lower === 'as') i++;
    else if (!SERVED_AFTER_WHO.has(w)) return [];
    i++;
  } else {
    // "X took office as Taiwan leader", "X of the Y Party took office as …": the office taken (past the party).
    const took =
      tokens[i]?.lower === 'of' && tokens[i + 1]?.lower === 'the' ? afterObjectName(tokens, i + 2, sent) : i;
    // Not "took office as his deputy": an office named by whose it is, not by its title.
    // "X took office yesterday (1) as …", "took office on Monday as …": the day between the verb and the office.
    const as =
      TOOK.has(tokens[took]?.lower ?? '') && tokens[took + 1]?.lower === 'office'
        ? took + 2 + dayAfter(tokens, took + 2)
        : -1;
    if (as >= 0 && tokens[as]?.lower === 'as')
      return HIS_HER.has(tokens[as + 1]?.lower ?? '') ? [] : officeAfterAs(tokens, as, sent);
    // "X, appointed foreign minister on Wednesday in …, is …": the office a participle set off after the name gives.
    if (tokens[i]?.text === ',' && APPOINTED.has(tokens[i + 1]?.lower ?? '') && officeAt(tokens, i + 2)) {
      const r = rolePhrase(tokens, i + 2, sent);
      return r ? [r] : [];
    }
    // "Li, a veteran diplomat, served as ambassador …": the name's own verb after an appositive (a role of its own).
    const verb = afterApposition(tokens, i, sent);
    // "X, the president's daughter, stood in as first lady": the office filled for the day is hers.
    if (
      STOOD.has(tokens[verb]?.lower ?? '') &&
      tokens[verb + 1]?.lower === 'in' &&
      tokens[verb + 2]?.lower === 'as'
    )
      return HIS_HER.has(tokens[verb + 3]?.lower ?? '') ? [] : officeAfterAs(tokens, verb + 2, sent);
    // "X took the oath as Vice-President", past an appositive too ("X, a former governor, took the oath of office
    // as …"): the office sworn into.
    const oath = TOOK.has(tokens[verb]?.lower ?? '') ? oathAs(tokens, verb + 1) : -1;
    if (oath >= 0) return HIS_HER.has(tokens[oath + 1]?.lower ?? '') ? [] : officeAfterAs(tokens, oath, sent);
    if (
      verb > i &&
      (SERVES.has(tokens[verb]?.lower ?? '') ||
        HAS_HAD.has(tokens[verb]?.lower ?? '') ||
        (tokens[verb]?.lower === 'will' && tokens[verb + 1]?.lower === 'serve') ||
        // "X, a close ally of Y, became economic revitalization minister": the office taken.
        BECOMES.has(tokens[verb]?.lower ?? ''))
    )
      i = verb;
    // "X, a former furniture exporter, was sworn in as Indonesia's seventh president": so is the office taken.
    else if (
      verb > i &&
      WAS_WERE_IS.has(tokens[verb]?.lower ?? '') &&
      TAKEN_OFFICE.has(tokens[verb + 1]?.lower ?? '')
    )
      return rolesAfter(tokens, verb);
    // "Z served as finance minister under …", "X has served as mayor since 2019", "had earlier served as".
    if (tokens[i]?.lower === 'has' || tokens[i]?.lower === 'had') i++;
    if (EARLIER.has(tokens[i]?.lower ?? '') && SERVES.has(tokens[i + 1]?.lower ?? '')) i++;
    // "X was previously head of the mission": an office held before, with no "as".
    if (WAS_IS.has(tokens[i]?.lower ?? '') && EARLIER.has(tokens[i + 1]?.lower ?? '')) {
      const r = rolePhrase(tokens, i + 2, sent);
      return r ? [r] : [];
    }
    if (SERVES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'as') i++;
    // "X will serve as its executive director": the office to be taken.
    else if (tokens[i]?.lower === 'will' && tokens[i + 1]?.lower === 'serve' && tokens[i + 2]?.lower === 'as')
      i += 2;
    else if (
      WAS_IS.has(tokens[i]?.lower ?? '') &&
      ELECTED.has(tokens[i + dayBetween(tokens, i + 1) + 1]?.lower ?? '') &&
      tokens[i + dayBetween(tokens, i + 1) + 2]?.lower !== 'as'
    ) {
      // "X was elected president of the committee", "Y was appointed enterprise minister": the office won, with no
      // "as" ("elected as" is read below).
      const r = rolePhrase(tokens, i + dayBetween(tokens, i + 1) + 2, sent);
      return r ? [r] : [];
    }
    // "when X was Prime Minister of Ethiopia": an office held, written as a title (not "was president from 2007").
    else if (
      WAS_IS.has(tokens[i]?.lower ?? '') &&
      tokens[i]?.lower !== 'been' &&
      tokens[i + 1]?.cap === true &&
      officeAt(tokens, i + 1)
    ) {
      const r = rolePhrase(tokens, i + 1, sent);
      // "was President Y's envoy": a title before another's name is theirs, not this one's office.
      if (r && !tokens.slice(r.start, r.end).some((t) => t.cap && firstNames.has(t.lower))) return [r];
      i = end;
    }
    // "when X was Ethiopia's prime minister": so is an office of a country's, in lower case.
    else if (
      WAS_IS.has(tokens[i]?.lower ?? '') &&
      tokens[i + 1]?.cap === true &&
      countryNames.has(tokens[i + 1]?.lower ?? '') &&
      POSSESSIVE_S.has(tokens[i + 2]?.text ?? '') &&
      officeAt(tokens, i + 3)
    ) {
      const r = rolePhrase(tokens, i + 1, sent);
      return r ? [r] : [];
    }
    // "when X was president and Y was India's prime minister": a head's bare office in lower case, closing the clause
    // "when" opened (not "X was president from 2007 to 2012").
    else if (
      tokens[i]?.lower === 'was' &&
      BARE_HEAD_OFFICES.has(tokens[i + 1]?.lower ?? '') &&
      CLAUSE_CLOSERS.has(tokens[i + 2]?.lower ?? '') &&
      whenBefore(tokens, end)
    )
      return [{ start: i + 1, end: i + 2 }];
    // "Y was named Minister of Finance", "Z was named vice president": an office ("was named best actor" is an award).
    else if (
      WAS_IS.has(tokens[i]?.lower ?? '') &&
      tokens[i + 1]?.lower === 'named' &&
      (titleHeads.has(tokens[i + 2]?.lower ?? '') ||
        (titleModifiers.has(tokens[i + 2]?.lower ?? '') && titleHeads.has(tokens[i + 3]?.lower ?? '')) ||
        portfolioHead(tokens, i + 2))
    ) {
      const r = rolePhrase(tokens, i + 2, sent);
      return r ? [r] : [];
    }
    // "X was sworn in as Canada's 24th prime minister", "Y was appointed as envoy", "W was on Tuesday sworn in as
    // …": the office taken; "Z was to be sworn in as Prime Minister": the office about to be taken.
    else if (
      (WAS_WERE_IS.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'been') &&
      TAKEN_OFFICE.has(tokens[i + dayBetween(tokens, i + 1) + toBe(tokens, i + 1) + 1]?.lower ?? '')
    ) {
      i += dayBetween(tokens, i + 1) + toBe(tokens, i + 1) + 2;
      if (tokens[i]?.lower === 'in') i++;
      // "sworn in Tuesday as …", "sworn in for a second term as …": when, or for how long, before the office.
      for (let k = i; k < i + 5 && TAKING_OFFICE_WHEN.has(tokens[k]?.lower ?? ''); k++)
        if (tokens[k + 1]?.lower === 'as') i = k + 1;
      if (tokens[i]?.lower !== 'as') i = end;
    } else if (STAYS.has(tokens[i]?.lower ?? '')) {
      // "X stays on as foreign affairs minister"; "X remains Deputy President": the office kept, with no "as".
      i++;
      if (tokens[i]?.lower === 'on') i++;
      if (tokens[i]?.lower !== 'as') {
        const r = rolePhrase(tokens, i, sent);
        return r ? [r] : [];
      }
    } else if (
      tokens[i]?.lower === 'on' &&
      HIS_HER.has(tokens[i + 1]?.lower ?? '') &&
      ELECTION.has(tokens[i + 2]?.lower ?? '') &&
      tokens[i + 3]?.lower === 'as'
    ) {
      // "congratulated X on his election as president of the United States": the office won.
      i += 3;
    } else if (BECOMES.has(tokens[i]?.lower ?? '')) {
      // "X becomes finance minister": the office taken, with no "as".
      const r = rolePhrase(tokens, i + 1, sent);
      return r ? [r] : [];
    } else if (tokens[i]?.lower === 'is' && lowerOfficeClause(tokens, i + 1, sent)) {
      // "…, X is foreign secretary and Y home secretary": a cabinet's list of present offices, in lower case.
      const r = rolePhrase(tokens, i + 1, sent);
      return r ? [r] : [];
    } else if (WAS_IS.has(tokens[i]?.lower ?? '') && firstToServeAs(tokens, i + 1, sent) > 0) {
      // "X is the first woman to serve as speaker of the assembly": the office held.
      i = firstToServeAs(tokens, i + 1, sent);
    } else if (tokens[i]?.word && !tokens[i]?.cap && gappedOffice(tokens, end, sent)) {
      // "A is foreign secretary and B home secretary": the verb left out before the second office.
      const r = rolePhrase(tokens, i, sent);
      return r ? [r] : [];
    } else if (SUCCESSION.has(tokens[i]?.lower ?? '') && i === end) {
      // "X replaced Y as chairman of …": the office taken over is X's.
      i = afterObjectName(tokens, i + 1, sent);
      if (tokens[i]?.lower !== 'as') i = end;
    } else i = end;
  }
  if (tokens[i]?.lower !== 'as') return [];
  if (i === end && (characterised(tokens, end, sent) || subjectsOfficeBefore(tokens, end, sent))) return [];
  return officeAfterAs(tokens, i, sent);
}

/**
 * Whether a lower-case office ("foreign secretary", "chancellor of the exchequer") opens at `at` and closes its clause:
 * a comma, "and", a semicolon or the sentence's end right after the role phrase.
 */
function lowerOfficeClause(tokens: readonly Token[], at: number, sent: number): boolean {
  const t = tokens[at];
  if (!t?.word || t.cap || !officeAt(tokens, at)) return false;
  const r = rolePhrase(tokens, at, sent);
  if (!r || r.start !== at) return false;
  const after = tokens[r.end];
  return after === undefined || after.sent !== sent || CLAUSE_CLOSERS.has(after.lower);
}

/** "stood in as", "stands in as": filling an office for another. */
const STOOD = new Set(['stood', 'stands']);

/** Words that rank one as the first to hold an office: "the first woman to serve as …", "the only …". */
const FIRST_ONES = new Set(['first', 'only', 'youngest', 'oldest']);

/**
 * "is the first woman to serve as", "was the youngest person to serve as": the index of the "as" past such words
 * from `at` (right after the verb), or -1.
 */
function firstToServeAs(tokens: readonly Token[], at: number, sent: number): number {
  if (tokens[at]?.lower !== 'the' || !FIRST_ONES.has(tokens[at + 1]?.lower ?? '')) return -1;
  for (let k = at + 3; k <= at + 4; k++) {
    if (tokens[k]?.sent !== sent) return -1;
    if (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'serve' && tokens[k + 2]?.lower === 'as')
      return k + 2;
  }
  return -1;
}

/**
 * "A is foreign secretary and B home secretary": a name (ending at `end`) after "and", a lower-case office closing
 * its clause right after it, and "is" and a lower-case office before that "and" in the sentence — the verb is left
 * out (gapped) before the second office.
 */
function gappedOffice(tokens: readonly Token[], end: number, sent: number): boolean {
  if (!lowerOfficeClause(tokens, end, sent)) return false;
  let start = end - 1;
  while (start > 0 && tokens[start - 1]?.cap && tokens[start - 1]?.word && tokens[start - 1]?.sent === sent)
    start--;
  if (tokens[start - 1]?.lower !== 'and') return false;
  for (let k = start - 2; k > start - 12 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (t.lower === 'is' && tokens[k - 1]?.cap) return lowerOfficeClause(tokens, k + 1, sent);
  }
  return false;
}

/**
 * "Deputies elected X, the younger son of a former premier, as speaker of the Senate": the office the
 * object of "elected" (appointed, named …) takes, after an appositive set off by commas. The name spans
 * [start, end).
 */
export function officeAfterApposedObject(tokens: readonly Token[], start: number, end: number): RoleSpan[] {
  if (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'as' && relationBeforeObject(tokens, start))
    return officeAfterAs(
      tokens,
      HIS_HER.has(tokens[end + 2]?.lower ?? '') ? end + 2 : end + 1,
      tokens[end]!.sent,
    );
  if (tokens[end]?.text !== ',' || !TAKEN_OFFICE.has(tokens[start - 1]?.lower ?? '')) return [];
  const sent = (tokens[end] as Token).sent;
  for (let k = end + 1; k < end + 16; k++) {
    const t = tokens[k];
    if (t === undefined || t.sent !== sent) return [];
    if (t.text !== ',') continue;
    if (tokens[k + 1]?.lower !== 'as') return [];
    // "… as her foreign minister": the office, not whose it is.
    return officeAfterAs(tokens, HIS_HER.has(tokens[k + 2]?.lower ?? '') ? k + 2 : k + 1, sent);
  }
  return [];
}

/**
 * "swore in her mother, X, as Prime Minister", "appointed his deputy, X, as …": the name at `start` set off after a
 * lower-case description (at most four words) that the verb of taking office (or "swore in") takes as its object.
 */
function relationBeforeObject(tokens: readonly Token[], at: number): boolean {
  // Past a style before the name ("her mother, Mrs. X").
  let start = at;
  while (tokens[start - 1]?.text === '.' || honorifics.has(tokens[start - 1]?.lower ?? '')) start--;
  if (tokens[start - 1]?.text !== ',') return false;
  const sent = tokens[start]?.sent;
  for (let k = start - 2; k >= start - 6 && k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || !t.word || t.cap) return false;
    const verb = t.lower === 'in' ? tokens[k - 1]?.lower : undefined;
    if (TAKEN_OFFICE.has(t.lower) || verb === 'swore' || verb === 'sworn') return k < start - 2;
  }
  return false;
}

/** Whether two to four capitalised words from `at` are followed by "as" ("Martín Vell as …"). */
function nameThenAs(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 4 && tokens[k]?.cap && tokens[k]?.word) k++;
  if (k < at + 2) return false;
  // "as culture minister and Martín Y, another lawmaker, as trade minister": past the name's appositive too.
  if (tokens[k]?.text === ',' && ARTICLES.has(tokens[k + 1]?.lower ?? '')) {
    const sent = tokens[k]?.sent;
    for (let j = k + 2; j < k + 10 && tokens[j]?.sent === sent; j++) {
      if (tokens[j]?.text !== ',') continue;
      return tokens[j + 1]?.lower === 'as';
    }
  }
  return tokens[k]?.lower === 'as';
}
/** What opens a name's appositive ("X, another lawmaker, as …"). */
const ARTICLES = new Set(['a', 'an', 'the', 'another']);

/** "the oath as", "the oath of office as" from `at`: the index of "as", or -1. */
function oathAs(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'the' || tokens[at + 1]?.lower !== 'oath') return -1;
  const as = tokens[at + 2]?.lower === 'of' && tokens[at + 3]?.lower === 'office' ? at + 4 : at + 2;
  return tokens[as]?.lower === 'as' ? as : -1;
}

/** The office (or two joined by "and") after the "as" at `as`. */
function officeAfterAs(tokens: readonly Token[], as: number, sent: number): RoleSpan[] {
  const r = rolePhrase(tokens, as + 1, sent);
  if (!r) return [];
  const roles = [r];
  if (tokens[r.end]?.lower === 'and') {
    const more = rolePhrase(tokens, r.end + 1, sent);
    if (more) roles.push(more);
    return roles;
  }
  // "served as general secretary from 1989 to 2002 and as president from 1993 to 2003": a second office after the
  // first one's years.
  for (let k = r.end; k < r.end + 8; k++) {
    const t = tokens[k];
    if (t === undefined || t.sent !== sent || t.text === ',' || t.text === ';') break;
    if (t.lower === 'and') {
      const more = tokens[k + 1]?.lower === 'as' ? rolePhrase(tokens, k + 2, sent) : null;
      if (more) roles.push(more);
      break;
    }
  }
  return roles;
}

/** Adverbs of an earlier time between a verb and the office: "had earlier served as", "was previously head of". */
const EARLIER = new Set(['earlier', 'previously', 'formerly', 'once']);

/** The index after an appositive set off by commas right at `i` (", a veteran diplomat,"), or `i` when none is. */
function afterApposition(tokens: readonly Token[], i: number, sent: number): number {
  if (tokens[i]?.text !== ',') return i;
  const first = tokens[i + 1]?.lower ?? '';
  if (first !== 'a' && first !== 'an' && first !== 'the') return i;
  // "X, a onetime shipping clerk who climbed from the docks of Durban to the premiership, was …": up to 18 words.
  for (let k = i + 2; k < i + 20; k++) {
    const t = tokens[k];
    if (t === undefined || t.sent !== sent || t.text === ';') return i;
    if (t.text === ',') return tokens[k + 1]?.lower === 'who' ? afterWhoClause(tokens, k + 1, sent) : k + 1;
  }
  return i;
}

/**
 * "X, the son of his former lawyer, who stood beside Y at the signing, will serve as …": past a ", who" clause at
 * `who` that a comma closes, the name's own verb; `who` itself when no comma closes it.
 */
function afterWhoClause(tokens: readonly Token[], who: number, sent: number): number {
  for (let k = who + 1; k < who + 25; k++) {
    const t = tokens[k];
    if (t === undefined || t.sent !== sent || t.text === ';') return who;
    if (t.text === ',') return k + 1;
  }
  return who;
}

/** The index after the name (and any title before it) that a verb's object from `at` spans, as far as "as". */
function afterObjectName(tokens: readonly Token[], at: number, sent: number): number {
  let k = at;
  while (
    k < at + 8 &&
    tokens[k]?.sent === sent &&
    (tokens[k]?.cap || tokens[k]?.lower === 'the' || tokens[k]?.text === '.')
  )
    k++;
  return k > at ? k : at;
}

/**
 * "was named health minister", "was named trade and industry minister": a portfolio of up to three lower-case words
 * before a lower-case minister or secretary at `at`.
 */
function portfolioHead(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 4; k++) {
    const t = tokens[k];
    if (!t || t.cap || !t.word) return false;
    if (k > at && PORTFOLIO_HEADS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Y represented President X as his special envoy", "Y replaced X as chairman": the one represented or replaced is
 * named by a title and name right after the verb, and the office after "as" is the subject's.
 */
function subjectsOfficeBefore(tokens: readonly Token[], end: number, sent: number): boolean {
  for (let k = end - 1; k >= 0 && k >= end - 8; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (t.cap || t.lower === 'the' || t.text === "'s" || t.text === '.') continue;
    return REPRESENTS.has(t.lower) || SUCCESSION.has(t.lower);
  }
  return false;
}

/**
 * "Lindqvist, who succeeded Brandt as party leader": the one replaced in an office, named right after the verb, is a
 * person (the office is the subject's).
 */
export function replacedInOffice(tokens: readonly Token[], start: number, end: number): boolean {
  return (
    SUCCESSION.has(tokens[start - 1]?.lower ?? '') &&
    tokens[end]?.lower === 'as' &&
    rolePhrase(tokens, end + 1, (tokens[end] as Token).sent) !== null
  );
}

/** Verbs of taking over another's office ("succeeding X", "replaced Y as …"). */
export const SUCCESSION = new Set([
  'succeeding',
  'succeeds',
  'succeeded',
  'replacing',
  'replaces',
  'replaced',
]);

/**
 * How far before the comma a preposed role's determiner may be: "the Chief Executive Officer of the Centre for the
 * Promotion of Private Enterprise (CPPE), Dr X," takes 16 tokens.
 */
const PREPOSED_REACH = 20;
/** Determiners that open a role set off by commas before a name ("His lead counsel, X,"). */
// "MR HALE: Our Ambassador, X, visited him": a speaker's "our" too.
const PREPOSED_DET = new Set(['the', 'his', 'her', 'its', 'their', 'whose', 'a', 'an', 'our']);
// "asked Quintero about his vice president, X": "about", "for" and "on" take a person too.
// "shortly after the Deputy Governor, X, took his oath": so do the conjunctions that open a clause with a subject.
const PREPOSED_AFTER = new Set([
  // "held under the then Acting Governor, Mr X,": a time under someone's office.
  'under',
  'by',
  'with',
  'to',
  'from',
  'about',
  'for',
  'on',
  'after',
  'before',
  'when',
  'while',
]);
/** What is done to a person: "the killing of a dissident, X,", "the release of a reporter, Y," take a person. */
const DONE_TO_PERSON = new Set([
  'killing',
  'murder',
  'assassination',
  'death',
  'arrest',
  'detention',
  'release',
  'abduction',
  'kidnapping',
  'extradition',
]);

/** "of" after what is done to a person, before "a"/"an" ("the killing of a dissident, X,"). */
function doneToOf(tokens: readonly Token[], of: number, det: Token): boolean {
  return (
    tokens[of]?.lower === 'of' &&
    (det.lower === 'a' || det.lower === 'an') &&
    DONE_TO_PERSON.has(tokens[of - 1]?.lower ?? '')
  );
}

/** What an office holder lends an event: "under the mediation of the President of the Republic, X,". */
const OFFICE_ACTS = new Set([
  'mediation',
  'invitation',
  'auspices',
  'initiative',
  'chairmanship',
  'patronage',
  // "took the oath in the presence of the outgoing governor, X,".
  'presence',
]);

/**
 * "of" after an office holder's act, before "the" ("at the invitation of the Prime Minister, X,"), or repeating it
 * after "and" ("in the presence of President Y, who …, and of the outgoing governor, X,").
 */
function officeActOf(tokens: readonly Token[], of: number, det: Token): boolean {
  if (tokens[of]?.lower !== 'of' || det.lower !== 'the') return false;
  if (OFFICE_ACTS.has(tokens[of - 1]?.lower ?? '')) return true;
  if (tokens[of - 1]?.lower !== 'and') return false;
  const sent = tokens[of]?.sent;
  for (let k = of - 2; k > 0 && tokens[k]?.sent === sent; k--)
    if (tokens[k]?.lower === 'of' && OFFICE_ACTS.has(tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

/** Places a person lives or works in, named by whose they are: "the apartment of the ambassador, X,". */
const OWNED_PLACES = new Set([
  'apartment',
  'home',
  'residence',
  'house',
  'villa',
  'suite',
  'office',
  'quarters',
  // "at the mausoleum of the late founder of the republic, X,": where one lies is theirs too.
  'mausoleum',
  'tomb',
  'grave',
]);

/**
 * "of" after a place someone has, before "the" ("at the apartment of the U.S. representative to the United Nations,
 * X, who also took part"): a place is no person, so the name set off after the title is the title holder's (unlike
 * "the wife of the president, X,").
 */
function ownedPlaceOf(tokens: readonly Token[], of: number, det: Token): boolean {
  return tokens[of]?.lower === 'of' && det.lower === 'the' && OWNED_PLACES.has(tokens[of - 1]?.lower ?? '');
}

/**
 * "His lead counsel, X, told …", "Pope Leonides and the grand imam of Al-Azhar, X, signed …": a role phrase
 * between a determiner that opens a sentence or follows "and" or a comma, and the comma at `comma` right before a
 * name. The caller checks that a comma closes the name too (an appositive, not "Speaking to the president, X
 * said").
 */
export function preposedRole(tokens: readonly Token[], comma: number): RoleSpan | null {
  const c = tokens[comma];
  if (c?.text !== ',') return null;
  for (let d = comma - 2; d >= 0 && d >= comma - PREPOSED_REACH; d--) {
    const t = tokens[d] as Token;
    if (t.sent !== c.sent) break;
    // "Japan's ambassador to Britain, X, told …": a country's possessive is a determiner too (and its role's).
    const owner = POSSESSIVE_MARKS.has(t.text) && tokens[d - 1]?.sent === c.sent ? tokens[d - 1] : undefined;
    // "North Korea's minister of state security, X,": a country of two words owns it too, from its first word.
    const ownerPair = owner !== undefined && owner.cap ? tokens[d - 2] : undefined;
    const pairOwned =
      ownerPair !== undefined &&
      ownerPair.cap &&
      ownerPair.sent === c.sent &&
      countryNames.has(`${ownerPair.lower} ${(owner as Token).lower}`);
    const ownedBy = pairOwned || (owner !== undefined && owner.cap && countryNames.has(owner.lower));
    // "and Moreira's chief of staff, X, was …": a named person's possessive is a determiner, and no part of the role.
    const personOwned =
      owner !== undefined &&
      !ownedBy &&
      owner.cap &&
      owner.word &&
      !(owner.first && tokenFlags(owner) & COMMON_WORD) &&
      d - 1 > 0 &&
      t.text !== "'";
    // "ECOWAS Commissioner for Political Affairs, Peace and Security, X, said": a capitalised title that opens its
    // sentence needs no determiner; the role starts at the sentence's first word.
    // "hosted by Prime Minister of Italy, H.E. Ms. X,", "met President of Chile, Y,": nor one right after a
    // preposition that takes a person or a verb, in the style of India's releases.
    const opensSentence =
      t.cap &&
      t.word &&
      !PREPOSED_DET.has(t.lower) &&
      (d === 0 ||
        (tokens[d - 1] as Token).sent !== c.sent ||
        ((titleOpener(tokens[d - 1] as Token) || afterFrontedClause(tokens, d)) &&
          (titleHeads.has(t.lower) ||
            titleModifiers.has(t.lower) ||
            // India's "Union Minister of Jal Shakti, Shri X": the Union government's minister.
            (t.lower === 'union' && titleHeads.has(tokens[d + 1]?.lower ?? '')))));
    if (!PREPOSED_DET.has(t.lower) && !ownedBy && !personOwned && !opensSentence) continue;
    const first = pairOwned ? d - 2 : ownedBy || personOwned ? d - 1 : d;
    const before = tokens[first - 1];
    // "received by its Grand Imam, X.": after a preposition that takes a person, too ("of" does not: "the wife of
    // the president, X," is not the president).
    // "… placed its chief prosecutor, X, on the list": after a verb, the title is its object's.
    if (
      before &&
      before.sent === c.sent &&
      before.lower !== 'and' &&
      // "…, as well as the Prime Minister of Guyana, X,": a list goes on past "as well as" as past "and".
      !(before.lower === 'as' && tokens[first - 2]?.lower === 'well' && tokens[first - 3]?.lower === 'as') &&
      before.text !== ',' &&
      before.text !== ';' &&
      before.text !== ':' &&
      !PREPOSED_AFTER.has(before.lower) &&
      !doneToOf(tokens, first - 1, t) &&
      !officeActOf(tokens, first - 1, t) &&
      !ownedPlaceOf(tokens, first - 1, t) &&
      !(isVerb(before) && !before.cap && !before.lower.endsWith('ing')) &&
      // "and in April a federal judge in Washington, X, sentenced her": the sentence's time before its subject.
      !(before.cap && tokenFlags(before) & (MONTH | WEEKDAY)) &&
      // "welcomed on Friday the governor of the state of Ohio, X,": a verb's past form too, which the verb list
      // lacks, the time between.
      !pastVerbBefore(tokens, first - 1, c.sent)
    )
      continue;
    let r = rolePhrase(tokens, opensSentence ? d : d + 1, c.sent);
    // "the Minister of Finance and Coordinating Minister of the Economy, X,": two titles joined by "and".
    if (r && r.end < comma && tokens[r.end]?.lower === 'and') {
      const more = rolePhrase(tokens, r.end + 1, c.sent);
      if (more) r = { start: r.start, end: more.end };
    }
    // "The Minister of the Interior, Local Authorities and Regional Planning, X,": the portfolios listed after it.
    if (r && r.end < comma && portfolioListEnd(tokens, r.end) === comma) r = { start: r.start, end: comma };
    // "Secretary, Ministry of Earth Sciences, Smt. X,": India's style names the ministry after the title and a comma.
    if (r && r.end < comma && ministryAfterComma(tokens, r.end) === comma) r = { start: r.start, end: comma };
    // "The UN Special Rapporteur on the situation of human rights in …, X,": a rapporteur's mandate, whatever its
    // words, runs to the comma.
    if (r && r.end < comma && tokens[r.end - 1]?.lower === 'rapporteur' && tokens[r.end]?.lower === 'on')
      r = { start: r.start, end: comma };
    // "a federal judge in Washington, X,", "A State Department spokesman in Washington, Y,": where the holder sits,
    // between the role and the comma, is no part of the role.
    if (r && r.end < comma && seatBeforeComma(tokens, r.end, comma)) r = { start: r.start, end: r.end };
    else if (r && r.end !== comma) r = null;
    if (r) {
      const found = ownedBy ? { start: first, end: r.end } : r;
      // "the Special Adviser to the President on Energy, X,": after "to", a longer title may hold this one.
      if (before?.lower !== 'to') return found;
      return preposedRoleBefore(tokens, comma, first - 1) ?? found;
    }
  }
  return null;
}

/** "in Washington" (one to three capitalised words the gazetteer knows) from `at` right up to `comma`. */
function seatBeforeComma(tokens: readonly Token[], at: number, comma: number): boolean {
  if (tokens[at]?.lower !== 'in' || comma - at < 2 || comma - at > 4) return false;
  const words: string[] = [];
  for (let k = at + 1; k < comma; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.word) return false;
    words.push(t.lower);
  }
  return isGazetteerPlace(words.join(' '));
}

/** A lower-case past form: "received", "welcomed", "met" aside (the verb list has the irregular ones). */
const PAST_FORM = /[a-z]ed$/;
/** Lower-case words that may stand between a verb and its object: "received on Monday the …". */
const TIME_BETWEEN = new Set(['on', 'in', 'last', 'this', 'yesterday', 'today', 'here', 'there']);

/**
 * Whether token `at` (or, past a time such as "on Monday", the word before it) is a lower-case past form ("received",
 * "welcomed", "hosted") in sentence `sent`.
 */
function pastVerbBefore(tokens: readonly Token[], at: number, sent: number): boolean {
  let k = at;
  // "on Monday", "last week", "yesterday": at most three words back to the verb.
  for (let n = 0; n < 3 && k >= 0; n++) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || !t.word) return false;
    if (!t.cap && PAST_FORM.test(t.lower) && !TIME_BETWEEN.has(t.lower)) return true;
    if (!(TIME_BETWEEN.has(t.lower) || WEEKDAYS.has(t.lower) || t.lower === 'week')) return false;
    k--;
  }
  return false;
}

/**
 * "Addressing the session, Chief Minister of Kerala, Shri X welcomed …": a title right after the comma that closes a
 * sentence's opening participle clause (its first word a capitalised "-ing" word) opens the clause with a subject,
 * as it would open the sentence.
 */
export function afterFrontedClause(tokens: readonly Token[], d: number): boolean {
  if (tokens[d - 1]?.text !== ',') return false;
  const sent = (tokens[d] as Token).sent;
  let k = d - 1;
  while (k > 0 && (tokens[k - 1] as Token).sent === sent) k--;
  const opener = tokens[k] as Token;
  return k < d - 2 && opener.cap && opener.word && opener.lower.endsWith('ing') && opener.lower.length > 5;
}

/** A word after which a title needs no determiner: a preposition that takes a person, or a verb ("met"). */
function titleOpener(t: Token): boolean {
  return PREPOSED_AFTER.has(t.lower) || (!t.cap && isVerb(t) && !t.lower.endsWith('ing'));
}

/**
 * End (exclusive) of ", Local Authorities and Regional Planning" at `comma`: capitalised words joined by one "and"
 * up to the next comma, one of them a portfolio's ("Planning") and none a given name (", Nabil Kaci and Amine
 * Saidi," lists people).
 */
function portfolioListEnd(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  let and = 0;
  let portfolio = false;
  // "…, Tourism and Civil Aviation and Youth and Sports, X": more than one "and" when every word is a
  // portfolio's (a minister of two ministries).
  let allPortfolio = true;
  let k = comma + 1;
  for (; k < tokens.length && k <= comma + 10; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') break;
    if (t.lower === 'and' && k > comma + 1) and++;
    else if (!t.word || !t.cap || firstNames.has(t.lower)) return -1;
    else if (departmentWords.has(t.lower)) portfolio = true;
    else allPortfolio = false;
  }
  if (k > comma + 8 && !allPortfolio) return -1;
  return (and === 1 || (and > 1 && allPortfolio)) &&
    portfolio &&
    tokens[k]?.text === ',' &&
    tokens[k - 1]?.lower !== 'and'
    ? k
    : -1;
}

/**
 * End (exclusive) of ", Ministry of Earth Sciences" (or ", Department of …") at `comma`, its portfolios listed on
 * with commas (", Ministry of Fisheries, Oceans and Coastal Affairs"), up to the next comma; or -1.
 */
function ministryAfterComma(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.text !== ',' || tokens[comma + 2]?.lower !== 'of') return -1;
  const body = tokens[comma + 1]?.lower;
  if (body !== 'ministry' && body !== 'department') return -1;
  let k = comma + 3;
  while (tokens[k]?.cap && tokens[k]?.word && k < comma + 8) k++;
  if (k === comma + 3 || tokens[k]?.text !== ',') return -1;
  const more = portfolioListEnd(tokens, k);
  return more > 0 ? more : k;
}

/** The role preposedRole finds before `comma` with its determiner before token `limit`, or null. */
function preposedRoleBefore(tokens: readonly Token[], comma: number, limit: number): RoleSpan | null {
  const c = tokens[comma] as Token;
  for (let d = limit - 1; d >= 0 && d >= comma - PREPOSED_REACH; d--) {
    const t = tokens[d] as Token;
    if (t.sent !== c.sent) break;
    if (!PREPOSED_DET.has(t.lower)) continue;
    const before = tokens[d - 1];
    if (
      before &&
      before.sent === c.sent &&
      before.lower !== 'and' &&
      before.text !== ',' &&
      !PREPOSED_AFTER.has(before.lower)
    )
      continue;
    const r = rolePhrase(tokens, d + 1, c.sent);
    if (r && r.end === comma) return r;
  }
  return null;
}
