// Words around a capitalised run that show it names a person (an age, a speech verb, an appositive role, a relation)
// or not (a storm, an animal, a memorial).
import { AGE_RE, appositiveRoles, asRoles, yearsOldAt } from './appositive.ts';
import { findCountries } from './countries.ts';
import { HIS_HER, isFunctionWord, placeHeads, reportingVerbs } from './lexicon.ts';
import { COMMON_WORD, tokenFlags } from './word-classes.ts';
import { FILIATIONS, NAME_SUFFIXES, looksLikeFirstName, type Run } from './names.ts';
import { isOccupation, relationWords } from './roles.ts';
import { contestRoundAt } from './sport-cues.ts';
import type { Token } from './tokenize.ts';

/** Who holds power, before a party's or an alliance's name ("the opposition X"); a person has a title there. */
const PARTY_SIDES = new Set(['opposition', 'ruling', 'governing']);
/** ", comprising the Congress and …", ", consisting of …": what introduces a grouping's members. */
const MEMBERS_AFTER = new Set(['comprising', 'consisting', 'grouping']);

/**
 * "The opposition X, comprising the Congress, …", "the ruling X": tokens [start, end) name a party or an alliance,
 * whatever their words look like (given names, "Maha Vikas").
 */
export function namesGrouping(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.text === ',' && MEMBERS_AFTER.has(tokens[end + 1]?.lower ?? '')) return true;
  const before = tokens[start - 1];
  return (
    before !== undefined &&
    before.sent === tokens[start]?.sent &&
    PARTY_SIDES.has(before.lower) &&
    tokens[start - 2]?.lower === 'the'
  );
}

/** Memorials named after the person they honour: "the monument to X", "a statue of X". */
export const MEMORIALS = new Set(['monument', 'statue', 'memorial', 'mausoleum', 'tomb', 'bust']);
/** States before a name that only a person is in: "the injured X", "the jailed X". */
export const PERSON_STATES = new Set([
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
/** Verbs that, right after an unknown two- or three-word name, show it is a person ("Zhao Lin met …"). */
export const PERSON_VERBS = new Set([
  'met',
  'meets',
  'held',
  'holds',
  'hosted',
  'attended',
  'visited',
  'chaired',
  'presided',
  // "with X heading the new ministry".
  'heading',
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
  // "the letter that Bektur Khan sent to Pope Gregory XVII": one sends or writes letters.
  'sent',
  'wrote',
  // A goal is scored by a player: "but Yannick Kone equalized for the Elephants".
  'scored',
  'equalized',
  'equalised',
  'netted',
]);
/** First words of names of storms, spacecraft and the like: never people. */
export const NOT_NAME_WORDS = new Set([
  'typhoon',
  'hurricane',
  'cyclone',
  'storm',
  'tropical',
  'operation',
  'project',
]);
/** Common nouns that name what follows as an animal, a vessel or a work ("giant pandas Yun Chuan and Xin Bao"). */
export const NON_PERSON_BEFORE = new Set([
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
  // Outlets named after their kind ("on state television Tele Sahel", "the newspaper Le Soir").
  'television',
  'channel',
  'broadcaster',
  'newspaper',
  'magazine',
  // Firms named after their founders ("a gown by the British fashion house Jean Dupont", "the record label Ana Ruiz").
  'house',
  'label',
  'brand',
  // "counsel of the law firm Foley Hoag", "the accounting firm Ernst Young": partners' names.
  'firm',
]);
/** Firms named after their founders, which name one only after a noun of their trade (checked by `nonPersonNoun`). */
const FOUNDERS_FIRMS = new Set(['house', 'label', 'brand', 'firm']);

/**
 * The lower-case word at `k`, right before a name, makes it no person's: "the film X", "the ship Y". A founder's firm
 * needs a noun of its trade before it ("fashion house X", "record label Y"): after a determiner the name is the
 * subject of a clause ("the house X built in 1950", "the brand Y founded").
 */
export function nonPersonNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.cap || !NON_PERSON_BEFORE.has(t.lower)) return false;
  if (!FOUNDERS_FIRMS.has(t.lower)) return true;
  const trade = tokens[k - 1];
  return trade !== undefined && trade.word && !trade.cap && !isFunctionWord(trade.lower);
}
export const SPEECH_AFTER = new Set<string>(reportingVerbs);
export const COUNTERPART = new Set(['counterpart', 'counterparts']);
/**
 * "his Dutch and Belgian counterparts, X and Y": the comma after "counterparts" that the name at `start` follows,
 * directly (X) or after "and" and one name of at most five words (Y); -1 for any other name. With `commaOptional`,
 * "his Russian and Turkish counterparts X and Y" too: then the index right after "counterparts", where the comma
 * would be.
 */
export function counterpartsCommaBefore(
  tokens: readonly Token[],
  start: number,
  commaOptional = false,
): number {
  let k = start - 1;
  if (tokens[k]?.lower === 'and') {
    let j = k - 1;
    while (j > k - 6 && tokens[j]?.cap) j--;
    if (j === k - 1) return -1;
    k = j;
  }
  if (tokens[k]?.text === ',' && tokens[k - 1]?.lower === 'counterparts') return k;
  return commaOptional && tokens[k]?.lower === 'counterparts' ? k + 1 : -1;
}
/** Possessives before an occupation ("their coach", "Hadley's lawyer"). */
export const OWNERS = new Set(['his', 'her', 'their', 'its', "'s", '’s']);
/** Relations that introduce a person set off by commas ("Shin's predecessor, Baek Sung-min, …"). */
export const OFFICE_RELATIONS = new Set(['predecessor', 'successor']);
export const PREPOSED_RELATIONS = new Set([...relationWords, ...OFFICE_RELATIONS]);
// Role and relation evidence after a name ending at `end`, asked only when the decision needs it (most
// capitalised runs are places and organisations, settled before).
export function appositiveRoleAfter(tokens: readonly Token[], end: number): boolean {
  // "X Jr., the American Ambassador in Moscow": past the period of a name's suffix.
  if (tokens[end]?.text === '.' && NAME_SUFFIXES.has(tokens[end - 1]?.lower ?? '')) end++;
  return tokens[end]?.text === ',' && appositiveRoles(tokens, end).roles.length > 0;
}
export function asRoleAfter(tokens: readonly Token[], end: number): boolean {
  return asRoles(tokens, end).length > 0;
}
/** "Fang Meiling, Liu's wife, …": a relation in apposition marks a person (but gives no role). */
export function relationAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < end + 7 && tokens[k] && tokens[k]?.text !== ','; k++)
    if (relationWords.has((tokens[k] as Token).lower) && (tokens[k] as Token).lower !== 'counterpart')
      return true;
  return false;
}

/** "X Y, 39, escaped", "X Y, the 42-year-old …": an age set off after a name is said of a person. */
export function agedAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const a = tokens[end + 1];
  if (a && AGE_RE.test(a.text)) {
    const c = tokens[end + 2]?.text;
    return c === ',' || c === '.';
  }
  const article = a?.lower === 'the' || a?.lower === 'a';
  return article && yearsOldAt(tokens, end + 2);
}

const DIED = new Set(['died', 'dies']);
/**
 * "X Y, Z, seen by many as the finest boxer of his era, died on Monday": the subject of a death, past
 * up to two asides set off by commas after the name.
 */
export function diedAfter(tokens: readonly Token[], end: number): boolean {
  const sent = tokens[end - 1]?.sent;
  let k = end;
  for (let asides = 0; tokens[k]?.text === ',' && asides < 2; asides++) {
    let j = k + 1;
    while (j < k + 16 && tokens[j] !== undefined && tokens[j]?.sent === sent && tokens[j]?.text !== ',') j++;
    if (tokens[j]?.text !== ',' || tokens[j]?.sent !== sent) return false;
    k = j;
  }
  if (tokens[k]?.text === ',') k++;
  const verb = tokens[k];
  if (!verb || verb.sent !== sent) return false;
  const next = tokens[k + 1]?.lower;
  return (
    DIED.has(verb.lower) ||
    (verb.lower === 'has' && next === 'died') ||
    (verb.lower === 'passed' && next === 'away')
  );
}

/**
 * "X Y, one of the miners, told reporters": a lower-case description set off by commas right after a name, and a
 * verb of speech after it.
 */
export function apposedSpeaker(tokens: readonly Token[], end: number): boolean {
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

/** Verbs whose object is a person ("police arrested X", "the motion to arrest X"). */
export const PERSON_OBJECT_VERBS = new Set([
  'arrest',
  'arrested',
  'detain',
  'detained',
  'sentenced',
  'convicted',
  'acquitted',
  'indicted',
  'extradited',
  'pardoned',
]);
/** What only a person undergoes, after "was"/"were" ("X was arrested", "Y were sentenced to ten years"). */
const PERSON_PASSIVES = new Set([
  'arrested',
  'detained',
  'sentenced',
  'convicted',
  'acquitted',
  'jailed',
  'indicted',
  'extradited',
  'pardoned',
  'kidnapped',
  'abducted',
  // "X and Y were sworn in as president and vice president": only a person takes an oath of office.
  'sworn',
]);

/**
 * Nouns for a person in a crime story, with no title ("the man charged …", "the suspect", "a gunman"), that introduce
 * the name after them; not the nouns of someone a story meets in passing and never names ("an American tourist":
 * UNNAMED_PERSON_NOUNS, country-steps-story.ts).
 */
const CRIME_STORY_PERSON_NOUNS = new Set([
  'man',
  'woman',
  'suspect',
  'defendant',
  'gunman',
  'attacker',
  'assailant',
  'victim',
  'driver',
]);

/**
 * "The man charged in that case, X Y, …": a determiner (and up to two words) and a noun for a person, then lower-case words (no other
 * name, no comma) up to the comma at `comma` before a name.
 */
export function describedPersonBefore(tokens: readonly Token[], comma: number): boolean {
  const c = tokens[comma];
  if (c?.text !== ',') return false;
  for (let k = comma - 1; k >= 1 && k >= comma - 10; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== c.sent || !t.word || (t.cap && !t.first)) return false;
    if (CRIME_STORY_PERSON_NOUNS.has(t.lower) && determinerBefore(tokens, k)) return true;
  }
  return false;
}

/** "the man", "the suspected attacker", "a lone masked gunman": a determiner up to two lower-case words before `at`. */
function determinerBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return true;
    if (!t.word || t.cap) return false;
  }
  return false;
}

/** Whether the words from `at` say that what is named before them underwent an arrest, a sentence … */
export function undergoes(tokens: readonly Token[], at: number): boolean {
  const aux = tokens[at]?.lower ?? '';
  const k = tokens[at + 1]?.lower === 'also' ? at + 2 : at + 1;
  const next = tokens[k];
  if (next === undefined) return false;
  // "X is on trial for …", "Y is under investigation": a state only a person (or a body, which has no name of two
  // unknown words) is in.
  if (STATE_AUX.has(aux) && next.lower === 'on') return tokens[k + 1]?.lower === 'trial';
  if (STATE_AUX.has(aux) && next.lower === 'under') return UNDER_STATES.has(tokens[k + 1]?.lower ?? '');
  return (aux === 'was' || aux === 'were') && PERSON_PASSIVES.has(next.lower);
}
const STATE_AUX = new Set(['is', 'was', 'are', 'were', 'remains', 'remained']);
const UNDER_STATES = new Set(['investigation', 'arrest', 'indictment']);

/** Plural nouns for people held, freed or counted ("five US citizens, including X"), beside actors' plurals. */
const PEOPLE_PLURALS = new Set([
  'citizens',
  'nationals',
  'detainees',
  'prisoners',
  'hostages',
  'captives',
  'people',
]);

/**
 * "five US citizens held in Iran, including X Y, Z W and V U": a name listed after "including" that follows, a few
 * words back, a plural noun for people. Walks back over the list's earlier names (capitalised runs between commas
 * and "and") to the "including". "leaders of the Northern Front (NF), among them X Y of the Liberation Movement and
 * Z W of …": "among them" opens such a list too, and an item may carry the body its person belongs to; so does "such
 * as" ("the older generation of leaders such as X Y and Z W").
 */
export function listedAmongPeople(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  const sent = tokens[start]?.sent;
  for (let items = 0; items < 6; items++) {
    const t = tokens[k];
    if (!t || t.sent !== sent) return false;
    if (listOpener(tokens, k)) break;
    if (t.text !== ',' && t.lower !== 'and') return false;
    k--;
    if (tokens[k]?.text === ',') k--; // "X, Y, and Z"
    let words = capsBefore(tokens, k);
    k -= words;
    // "X Y of the Liberation Movement": the item's body, then its name.
    const of = tokens[k]?.lower === 'the' ? k - 1 : k;
    if (words > 0 && tokens[of]?.lower === 'of' && capsBefore(tokens, of - 1) > 0) {
      k = of - 1;
      words = capsBefore(tokens, k);
      k -= words;
    }
    if (words === 0) return false;
  }
  if (!listOpener(tokens, k)) return false;
  const opener = tokens[k]?.lower === 'them' || tokens[k]?.lower === 'as' ? k - 1 : k;
  for (let q = opener - 1; q >= opener - 10 && q >= 0; q--) {
    const w = tokens[q] as Token;
    if (w.sent !== sent) return false;
    if (PEOPLE_PLURALS.has(w.lower) || ((!w.cap || w.first) && OTHER_PEOPLE.has(w.lower))) return true;
  }
  return false;
}

/** Verbs that open a delegation's list of members ("The delegation included A, B and C"). */
const MEMBERS_VERBS = new Set(['included', 'includes', 'include', 'comprised', 'comprises']);
/** Who a delegation's list is of: "the Lusat delegation", "his entourage", "the Qatari side". */
const DELEGATION_NOUNS = new Set(['delegation', 'delegations', 'entourage', 'side']);
/** Words that end a list before its opener is reached: a clause of its own ("who said …"). */
const CLAUSE_WORDS = new Set(['who', 'whom', 'which', 'that', 'said', 'says', 'told', 'while', 'but']);

/**
 * "The Lusat delegation was headed by A and included B C and D E.", "…, included B C, the former head of the
 * office, and D E": a name after a comma or "and" in the list a delegation's "included" opens (appositives between
 * the items allowed) is a member, whatever its words look like. The index of the delegation's noun, or -1.
 */
export function delegationListNoun(tokens: readonly Token[], start: number): number {
  const sent = tokens[start]?.sent;
  const prev = tokens[start - 1];
  if (!prev || prev.sent !== sent) return -1;
  if (!(prev.text === ',' || prev.lower === 'and' || MEMBERS_VERBS.has(prev.lower))) return -1;
  for (let k = start - 1; k >= 0 && k >= start - 30; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || CLAUSE_WORDS.has(t.lower)) return -1;
    if (!MEMBERS_VERBS.has(t.lower)) continue;
    for (let q = k - 1; q >= 0 && q >= k - 24; q--) {
      const w = tokens[q] as Token;
      if (w.sent !== sent) return -1;
      if (DELEGATION_NOUNS.has(w.lower)) return q;
    }
    return -1;
  }
  return -1;
}

/** Whether the name at `start` is listed among a delegation's members (see delegationListNoun). */
export const listedInDelegation = (tokens: readonly Token[], start: number): boolean =>
  delegationListNoun(tokens, start) >= 0;

/** "including", or "them" of "among them", at `k`: the words that open a list of names. */
function listOpener(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return (
    w === 'including' ||
    (w === 'them' && tokens[k - 1]?.lower === 'among') ||
    (w === 'as' && tokens[k - 1]?.lower === 'such')
  );
}

/** How many capitalised words (up to five) end at `k`, walking back. */
function capsBefore(tokens: readonly Token[], k: number): number {
  let words = 0;
  while (tokens[k - words]?.cap && tokens[k - words]?.word && words < 5) words++;
  return words;
}

/** Plural nouns for people that close a list of names as "and other …" ("X, Y and other revolutionaries"). */
const OTHER_PEOPLE = new Set([
  'leaders',
  'officials',
  'revolutionaries',
  'veterans',
  'comrades',
  'statesmen',
  'dignitaries',
  'founders',
  'activists',
  'dissidents',
  'writers',
  'artists',
  'scientists',
  'ministers',
]);

/**
 * "with X Y, Z W and other revolutionaries": the last name of a list that "and other" and a plural noun for people
 * close (the list's earlier names join it as listed beside a person).
 */
export function listedBeforeOthers(tokens: readonly Token[], end: number): boolean {
  const k = tokens[end]?.text === ',' ? end + 1 : end;
  if (tokens[k]?.lower !== 'and' || tokens[k + 1]?.lower !== 'other') return false;
  const noun = tokens[k + 2]?.lower ?? '';
  return OTHER_PEOPLE.has(noun) || PEOPLE_PLURALS.has(noun);
}

/** A lone word that acts as a person: it speaks, acts, is given an age or is "the 32-year-old X". */
export function actsAlone(tokens: readonly Token[], at: number): boolean {
  if (agedAfter(tokens, at + 1)) return true;
  if (undergoes(tokens, at + 1)) return true;
  if (yearsOldAt(tokens, at - 3)) return true;
  const after = tokens[at + 1];
  if (!after || after.cap) return false;
  if (SPEECH_AFTER.has(after.lower) || PERSON_VERBS.has(after.lower)) return true;
  return after.text === ',' && (tokens[at + 2]?.lower === 'who' || tokens[at + 2]?.lower === 'whose');
}

/** Nouns of a meeting whose "with" names the one met ("held talks with X", "a phone call with Y"). */
const MEETING_WITH = new Set(['talks', 'met', 'meeting', 'call', 'conversation']);

/**
 * "Vice Premier X held talks with Y Z", "met with Y Z", "received Y Z": the one met (named right after) is a person.
 * Lower-case words only: "talks with Pacific Islands Forum leaders" names a body, and a run that is one has been
 * set aside before this is asked.
 */
export function metBefore(tokens: readonly Token[], start: number): boolean {
  const b = tokens[start - 1];
  if (!b || b.cap || b.sent !== tokens[start]?.sent) return false;
  if (b.lower === 'met' || b.lower === 'received') return true;
  const w = tokens[start - 2];
  return b.lower === 'with' && w !== undefined && !w.cap && MEETING_WITH.has(w.lower);
}

/**
 * "Present there were X Y and …", "Also present was X Y": the list an inverted sentence of attendance opens names
 * people (Pyongyang's and Beijing's agencies close a reception's story so). A word test on "was"/"were" first.
 */
export function presentListBefore(tokens: readonly Token[], start: number): boolean {
  const b = tokens[start - 1];
  if (!b || (b.lower !== 'were' && b.lower !== 'was') || b.sent !== tokens[start]?.sent) return false;
  let k = start - 2;
  if (tokens[k]?.lower === 'there') k--;
  return tokens[k]?.lower === 'present' && tokens[k]?.sent === b.sent;
}

/** Lower-case words before "with" that make its object the one talked to ("in an interview with X"). */
const INTERVIEW_WITH = new Set(['interview', 'interviews', 'conversation', 'conversations']);
/** Verbs before "by" whose agent asks the questions ("asked by X", "interviewed by Y"). */
const ASKED_BY = new Set(['asked', 'interviewed', 'questioned']);

/**
 * "In an interview with The Herald’s X Y", "told the BBC’s X Y", "asked by CNN’s X Y": the one a body's possessive
 * names, talked to or asking, is its journalist — a person. The possessive (ending right before `start`) follows one
 * to four capitalised words, "the" allowed before them, right after such a word.
 */
export function interviewerOwned(tokens: readonly Token[], start: number): boolean {
  const pos = tokens[start - 1];
  if (pos?.text !== "'s" && pos?.text !== '’s') return false;
  let k = start - 2;
  const stop = start - 6;
  while (k > stop && tokens[k]?.cap && tokens[k]?.word) k--;
  if (k === start - 2) return false;
  if (tokens[k]?.lower === 'the') k--;
  const b = tokens[k];
  if (!b || b.cap || b.sent !== pos.sent) return false;
  if (b.lower === 'told') return true;
  // "Asked by …" may open the sentence.
  const w = tokens[k - 1]?.lower ?? '';
  return (b.lower === 'with' && INTERVIEW_WITH.has(w)) || (b.lower === 'by' && ASKED_BY.has(w));
}

/**
 * "Police identified one of the missing as X Y Z W", "the victim was identified as X Y": the one identified is a
 * person (lower-case words only between the verb and "as").
 */
export function identifiedAs(tokens: readonly Token[], start: number): boolean {
  const b = tokens[start - 1];
  if (b?.lower !== 'as' || b.sent !== tokens[start]?.sent) return false;
  for (let k = start - 2; k >= 0 && k >= start - 8; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== b.sent || t.cap || !t.word) return false;
    if (t.lower === 'identified') return true;
  }
  return false;
}

/** Title words that are surnames too ("Janet Bishop", "Alice King"). */
const SURNAME_TITLES = new Set(['bishop', 'king', 'judge', 'marshal', 'dean', 'major', 'sheriff']);

/** "remarks by Janet Bishop, the envoy": a first name and one such word, no name after it, name a person. */
export function surnameTitleName(tokens: readonly Token[], run: Run): Run | null {
  if (run.end - run.start !== 2) return null;
  const last = tokens[run.end - 1] as Token;
  const after = tokens[run.end];
  if (!SURNAME_TITLES.has(last.lower) || (after?.cap && after.word)) return null;
  return looksLikeFirstName(tokens[run.start] as Token) ? { start: run.start, end: run.end } : null;
}

/** Nouns for a person's opponent in a contest ("his main rival, X,"). */
const RIVALS = new Set(['rival', 'opponent', 'challenger']);
/** The same nouns in the plural, which a list of two names follows ("his rivals, X and Y,"). */
const RIVALS_PLURAL = new Set(['rivals', 'opponents', 'challengers']);

/**
 * "His main rival, X Y of the Front, conceded": his or her rival (one lower-case word may qualify it), set off by the
 * comma at `comma` right before a name, is a person ("its rival, Z" is a firm's or a team's). "Lopez's rivals, X Y
 * and Z W, appealed": the plural after a name's possessive (a firm's rivals are named by one word, so the caller
 * asks for two).
 */
export function rivalBefore(tokens: readonly Token[], comma: number): boolean {
  const noun = tokens[comma - 1];
  if (tokens[comma]?.text !== ',' || !noun || noun.cap) return false;
  const plural = RIVALS_PLURAL.has(noun.lower);
  if (!plural && !RIVALS.has(noun.lower)) return false;
  const before = tokens[comma - 2];
  if (!before || before.sent !== noun.sent) return false;
  if (HIS_HER.has(before.lower) || (plural && before.lower === 'their')) return true;
  const owner = tokens[comma - 3];
  if (plural && (before.text === "'s" || before.text === '’s'))
    return owner !== undefined && owner.cap && owner.word && owner.sent === noun.sent;
  return before.word && !before.cap && owner?.sent === noun.sent && HIS_HER.has(owner.lower);
}

/**
 * "Lopez's rivals, X Y and Z W, appealed": the second name of two after a plural rival's comma (`start` is Z, after
 * "and" and a first name of two to four capitalised words).
 */
export function secondRivalBefore(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== 'and') return false;
  let k = start - 2;
  while (k >= start - 5 && tokens[k]?.cap && tokens[k]?.word) k--;
  const words = start - 2 - k;
  return (
    words >= 2 &&
    words <= 4 &&
    tokens[k]?.text === ',' &&
    RIVALS_PLURAL.has(tokens[k - 1]?.lower ?? '') &&
    rivalBefore(tokens, k)
  );
}

/** A relation noun ("father", "son") among the four tokens before `at`, in its sentence. */
export function relationJustBefore(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (!t.cap && relationWords.has(t.lower) && t.lower !== 'counterpart' && t.lower !== 'friend')
      return true;
  }
  return false;
}

/** A country's name at `at` followed by a comma, "and", the end of the sentence ("… of Uganda, …") or "for" and another such country. */
export function fromCountry(tokens: readonly Token[], at: number): boolean {
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
    (!after.cap && (SPEECH_AFTER.has(after.lower) || PERSON_VERBS.has(after.lower))) ||
    contestRoundAt(tokens, k) ||
    // "Y Z of South Africa for Gambia": a judge ad hoc's country, then the party that chose them.
    (after.lower === 'for' && fromCountry(tokens, k + 1))
  );
}

/**
 * What a leader's name modifies as the name of their rule ("the X regime"); also the group that rules with them,
 * named by the leader as older wire copy names it ("the X clique", "the Y junta").
 */
export const RULE_NOUNS = new Set([
  'regime',
  'administration',
  'government',
  'era',
  'presidency',
  'clique',
  'junta',
]);

/** Nouns of a doer or a backer ("Bystander", "Retiree", "Rallygoer", "Democrat"). */
const DESCRIPTOR_SUFFIX = /^[a-z]{3,}(?:er|ee|ist|crat)$/;

/**
 * Whether the word at `at` opens its sentence as a word of English or an occupation ("Bystander", "Retiree",
 * "Rallygoer") that is no given name, right before a given name.
 */
export function sentenceDescriptor(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  if (tokens[at - 1]?.sent === t.sent || looksLikeFirstName(t)) return false;
  // "Sultan bin Saad X said": before "bin", a title word is the given name.
  if (FILIATIONS.has(tokens[at + 1]?.lower ?? '')) return false;
  if (!(tokenFlags(t) & COMMON_WORD) && !isOccupation(t.lower) && !DESCRIPTOR_SUFFIX.test(t.lower))
    return false;
  // "Astronomer Goro Tanabe": after an occupation, any given name.
  return looksLikeFirstName(tokens[at + 1] as Token) || isOccupation(t.lower);
}

const PLAY_VERBS = new Set(['played', 'plays', 'playing', 'portrayed', 'portrays', 'portraying']);
const ACTORS = new Set(['actor', 'actress', 'actors', 'actresses']);

/**
 * "the actor who played Lord X in the serial", "actress Y, who plays Z": what an actor plays, named right after the
 * verb, is a part in a work, not a person of the story (a player who "played Z" in a match is a person: no actor).
 */
export function playedPart(tokens: readonly Token[], start: number): boolean {
  const verb = tokens[start - 1];
  if (!verb || !PLAY_VERBS.has(verb.lower)) return false;
  for (let k = start - 2; k >= 0 && k >= start - 6; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== verb.sent) return false;
    if (ACTORS.has(t.lower)) return true;
  }
  return false;
}

/** "St." and "Saint": a saint's style, which opens the names of churches, halls and squares. */
const SAINT_STYLES = new Set(['st', 'ste', 'saint']);

/**
 * "signed in St. Vladimir Hall", "a service at Saint George Church": a saint's name after "St." (or "Saint") and
 * before a venue's word names the venue, not a person ("Vladimir Hall"), even where the word is also a surname.
 */
export function saintsVenue(tokens: readonly Token[], run: Run): boolean {
  const last = tokens[run.end - 1];
  if (!last || !placeHeads.has(last.lower)) return false;
  let k = run.start;
  if (SAINT_STYLES.has(tokens[k]?.lower ?? '')) return true;
  if (tokens[k - 1]?.text === '.') k--;
  const style = tokens[k - 1];
  return style !== undefined && style.cap && SAINT_STYLES.has(style.lower) && style.sent === last.sent;
}

/** Seats whose holder sits "for" a constituency: "the Member of Parliament for X", "MP for Y", "MLA for Z". */
const SEATS_FOR = new Set([
  'parliament',
  'mp',
  'mps',
  'mla',
  'mlas',
  'member',
  'members',
  'senator',
  'representative',
]);

/** "the Member of Parliament for X, has been …": the name after a seat's "for" is its constituency. */
export function constituencyOf(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.lower === 'for' && SEATS_FOR.has(tokens[start - 2]?.lower ?? '');
}
