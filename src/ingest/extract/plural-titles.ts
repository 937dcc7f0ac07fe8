// A plural title shared by the names listed after it: "Foreign Ministers Zhao Lin and Pavel Sorokin", "Presidents
// A, B and C", "Chinese and Russian Foreign Ministers X and Y" (the demonyms taken in order). Wire copy writes this
// often; the run-by-run reading of names finds at most the last name of such a list, without its role.
import type { Token } from './tokenize.ts';
import { US_PARTY_MEMBERS, countryNames, demonymCountry, orgHeads, placeHeads } from './lexicon.ts';
import {
  departmentWords,
  honorifics,
  institutionCountry,
  rankAbbreviations,
  titleHeads,
  titleModifiers,
} from './roles.ts';
import {
  honorificEnd,
  isKnownPlaceOrOrg,
  isStarter,
  nameLike,
  titleQualifierStart,
  type Run,
} from './names.ts';
import { COMMON_WORD, tokenFlags } from './word-classes.ts';

export interface PluralTitleGroup {
  /** First token of the group (a leading demonym, or the title). */
  start: number;
  /** End (exclusive) of the last name, or of its "of <Country>". */
  end: number;
  /** The singular role each name holds ("Foreign Minister"); null for honorifics ("Drs.", "Sheikhs"). */
  role: string | null;
  /** The title's tokens [roleStart, roleEnd), for country evidence. */
  roleStart: number;
  roleEnd: number;
  /** One country per name, in order, from "Chinese and Russian …"; empty when the title gives none that way. */
  countries: string[];
  names: { start: number; end: number }[];
}

/** Plural form (lower case) -> singular, for the title heads and honorifics a shared title ends in. */
const PLURAL_HEADS = new Map<string, string>();
// Heads that read as common nouns in the plural ("Heads of State", "Chiefs of Staff", "Staffs", "Officers").
const NO_PLURAL = new Set(['head', 'chief', 'staff', 'executive', 'officer', 'lady', 'chair', 'general']);
function pluralOf(head: string): string {
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  return head.endsWith('man') ? `${head.slice(0, -3)}men` : `${head}s`;
}
for (const head of titleHeads) {
  if (head.includes('-') || head.length < 3 || honorifics.has(head)) continue;
  if (!NO_PLURAL.has(head)) PLURAL_HEADS.set(pluralOf(head), head);
  // Shared co-titles, whose "co-" makes even a common noun a post ("SPD co-leaders A and B", "co-chairs A and B").
  PLURAL_HEADS.set(`co-${pluralOf(head)}`, `co-${head}`);
}
// "crew members A and B", "external members A and B", "Standing Committee members A and B": a member is no title
// head (it needs its body or kind in front, see groupAt), but its plural before names lists them.
PLURAL_HEADS.set('members', 'member');
// "independent candidates A and B", "nominees A and B": only people stand for an office or are named to one.
PLURAL_HEADS.set('candidates', 'candidate');
PLURAL_HEADS.set('nominees', 'nominee');
// "His assistants A and B also have to go": a coach's or a minister's aides, named after the plural.
PLURAL_HEADS.set('assistants', 'assistant');
// "baseball legends A, B and C", "tennis stars A and B", "Olympic champions A and B": sport's and the stage's
// people in the plural before their names; the lower-case words of their field before the plural are the role's too
// ("baseball legend"), as they are before one name.
const FIELD_PLURALS = new Map([
  ['legends', 'legend'],
  ['stars', 'star'],
  ['players', 'player'],
  ['champions', 'champion'],
  ['artists', 'artist'],
  ['coaches', 'coach'],
]);
for (const [plural, singular] of FIELD_PLURALS) PLURAL_HEADS.set(plural, singular);
// "Generals" before names is the rank; the honorifics have no role ("Drs. A and B", "Sheikhs A and B").
PLURAL_HEADS.set('generals', 'general');
// "Republicans A and B, and Democrats C and D": the party each listed lawmaker sits for, no title of theirs.
for (const label of US_PARTY_MEMBERS) PLURAL_HEADS.set(`${label}s`, label);
for (const [plural, singular] of [
  ['drs', 'dr'],
  ['sheikhs', 'sheikh'],
  ['sheiks', 'sheik'],
  ['shaikhs', 'shaikh'],
] as const)
  PLURAL_HEADS.set(plural, singular);

/**
 * Whether `lower` has the shape of every plural head: three letters or more, ending in "s" or, as "Congressmen", in
 * "men". Most words are ruled out without a lookup ("in", "on", "is", "when").
 */
function pluralShaped(lower: string): boolean {
  const n = lower.length;
  if (n < 3) return false;
  const last = lower.charCodeAt(n - 1);
  return last === 115 || (last === 110 && lower.charCodeAt(n - 2) === 101 && lower.charCodeAt(n - 3) === 109);
}
/** Whether every plural head has that shape (else the shape rules nothing out). */
const PLURAL_HEADS_SHAPED = [...PLURAL_HEADS.keys()].every(pluralShaped);

const LIST_OPENERS = new Set(['alongside', 'including']);
const ACRONYM = /^[A-Z]{2,6}$/;
const INITIALS = /^[A-Z]{2,}$/;
const AND_OR_COMMA = /^(?:and|,)$/;

function singularText(text: string): string {
  if (/ies$/i.test(text)) return `${text.slice(0, -3)}y`;
  // "coaches".
  if (/(?:ch|sh)es$/i.test(text)) return text.slice(0, -2);
  // "Congressmen", "Chairwomen".
  if (/men$/i.test(text)) return `${text.slice(0, -2)}an`;
  return text.slice(0, -1);
}

function demonymAt(t: Token | undefined): string | undefined {
  if (!t || !t.cap) return undefined;
  return demonymCountry.get(t.lower) ?? countryNames.get(t.lower);
}

/**
 * A country's name at `at`, the longest of up to five words ("China", "South Korea", "the Democratic Republic of
 * Congo", "Trinidad and Tobago").
 */
function countryAt(tokens: readonly Token[], from: number): { country: string; end: number } | null {
  const at = tokens[from]?.lower === 'the' ? from + 1 : from;
  const t = tokens[at];
  if (!t || !t.cap) return null;
  let best: { country: string; end: number } | null = null;
  let key = '';
  for (let k = at; k < at + 5; k++) {
    const w = tokens[k];
    // Inner words may be lower-case joiners ("of", "the", "and"); the name starts and ends with a capital.
    if (!w || !w.word || (!w.cap && k === at)) break;
    key = k === at ? w.lower : `${key} ${w.lower}`;
    const country = w.cap ? countryNames.get(key) : undefined;
    if (country !== undefined) best = { country, end: k + 1 };
  }
  return best;
}

/** A name at `at` ("Pavel Sorokin", "Sorokin") or -1: its end (exclusive). */
function nameEnd(tokens: readonly Token[], at: number, sent: number): number {
  let e = at;
  while (e < at + 6) {
    const t = tokens[e];
    if (!t || t.sent !== sent || !nameLike(t, e - at, tokens[e + 1], tokens[e - 1])) break;
    e++;
  }
  if (e === at) return -1;
  const first = tokens[at] as Token;
  if (!first.cap || orgHeads.has(first.lower) || placeHeads.has(first.lower)) return -1;
  if (e - at === 1 && (tokenFlags(first) & COMMON_WORD) !== 0) return -1;
  let phrase = first.lower;
  for (let k = at + 1; k < e; k++) phrase += ` ${(tokens[k] as Token).lower}`;
  if (isKnownPlaceOrOrg(phrase) || countryNames.has(phrase)) return -1;
  return e;
}

/** After a bracketed gloss of up to four capitalised words at `at` ("(Civil House)"), its end; else `at`. */
function glossEnd(tokens: readonly Token[], at: number, sent: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k <= at + 5; k++) {
    const t = tokens[k];
    if (!t || t.sent !== sent) return at;
    if (t.text === ')') return k > at + 1 ? k + 1 : at;
    if (!t.cap && t.lower !== 'and' && t.lower !== 'of') return at;
  }
  return at;
}

/** The group whose plural title ends in the token at `h`, or null. */
/** The nouns for the two parties a story has named: "the two countries", "both sides", "the two delegations". */
const SIDES_NOUNS = new Set([
  'countries',
  'nations',
  'sides',
  'governments',
  'states',
  'neighbours',
  'neighbors',
  'delegations',
]);
/** "the two delegations at the talks": where the two sides meet, after their noun. */
const SIDES_MEETING = new Set(['talks', 'negotiations', 'meeting', 'summit', 'conference']);

/** After "of": the end of "the two countries" or "both sides" at `at` (with an "at the talks" after it), or -1. */
function bothSidesEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'two') k += 2;
  else if (tokens[k]?.lower === 'both') k++;
  else return -1;
  if (!SIDES_NOUNS.has(tokens[k]?.lower ?? '')) return -1;
  return tokens[k + 1]?.lower === 'at' &&
    tokens[k + 2]?.lower === 'the' &&
    SIDES_MEETING.has(tokens[k + 3]?.lower ?? '')
    ? k + 4
    : k + 1;
}

function groupAt(tokens: readonly Token[], text: string, h: number): PluralTitleGroup | null {
  const head = tokens[h] as Token;
  const singular = PLURAL_HEADS.get(head.lower);
  if (singular === undefined) return null;
  // "Stanford Law School professors A and B", "three deputy foreign ministers, alongside A and B": a lower-case
  // title; not an honorific ("drs" is no title written in lower case).
  if (!head.cap && (!head.word || honorifics.has(singular))) return null;
  const sent = head.sent;
  let k = h + 1;
  if (tokens[k]?.text === '.') k++;
  // "Secretaries of State A and B": the department belongs to the title.
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.cap && departmentWords.has(tokens[k + 1]?.lower ?? '')) {
    k += 2;
    while (tokens[k]?.cap && tokens[k]?.sent === sent && departmentWords.has(tokens[k]?.lower ?? '')) k++;
  }
  let roleEnd = tokens[k - 1]?.text === '.' ? k - 1 : k;
  // "The Presidents of China and Russia, A and B": one country per name, in order (not part of the role).
  const ofCountries: string[] = [];
  if (tokens[k]?.lower === 'of' && tokens[k - 1] === head) {
    let q = k + 1;
    for (;;) {
      const c = countryAt(tokens, q);
      if (c === null) break;
      ofCountries.push(c.country);
      q = c.end;
      if (tokens[q]?.text === ',') q++;
      if (tokens[q]?.lower === 'and') q++;
      else if (tokens[q - 1]?.text !== ',') break;
    }
    if (ofCountries.length >= 2 && tokens[q - 1]?.text === ',' && tokens[q]?.cap) k = q - 1;
    else ofCountries.length = 0;
  }
  // "The foreign ministers of the two countries, A of Ecuador and B of Peru": the pair the story named before is no
  // part of the title; the names follow their comma.
  if (ofCountries.length === 0 && tokens[k]?.lower === 'of' && tokens[k - 1] === head) {
    const q = bothSidesEnd(tokens, k + 1);
    if (q > 0 && tokens[q]?.text === ',') k = q;
  }
  // "the co-chairs of the Negotiating Body, A of Brazil and B of Sweden": a named body before the listed names
  // belongs to the title.
  if (ofCountries.length === 0 && tokens[k]?.lower === 'of' && tokens[k - 1] === head) {
    let q = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const b0 = q;
    while (q < b0 + 6 && tokens[q]?.cap && tokens[q]?.word && tokens[q]?.sent === sent) q++;
    if ((q - b0 >= 2 || orgHeads.has(tokens[q - 1]?.lower ?? '')) && tokens[q]?.text === ',') roleEnd = k = q;
  }
  // "… ministers, alongside A and B", "Senators, including A and B": the names the title is shared with.
  // "the two countries' foreign ministers, A and B,": the names set off by commas after the title.
  let apposed = false;
  if (tokens[k]?.text === ',' && LIST_OPENERS.has(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (tokens[k]?.text === ',') {
    apposed = true;
    k++;
  }
  // The names: "A and B", "A, B and C", "A, B, and C".
  const names: { start: number; end: number }[] = [];
  // "Prime Ministers A of Fiji and B of Papua New Guinea": each name's own country.
  const tails: string[] = [];
  let tailEnd = 0;
  let joined = false;
  for (;;) {
    // "Deputy Prime Ministers Datuk Seri Dr A and Datuk Seri B": each name after its honorifics.
    const n = honorificEnd(tokens, k, k + 6);
    const e = nameEnd(tokens, n, sent);
    if (e < 0) break;
    names.push({ start: n, end: e });
    let q = e;
    const tail = tokens[e]?.lower === 'of' ? countryAt(tokens, e + 1) : null;
    if (tail) {
      tails.push(tail.country);
      q = tailEnd = tail.end;
    }
    if (joined) break;
    // "ministers A (Civil House) and B (Social Communication)": each name's portfolio in brackets.
    q = glossEnd(tokens, q, sent);
    if (tokens[q]?.text === ',') q++;
    if (tokens[q]?.lower === 'and') {
      joined = true;
      q++;
    } else if (q === e) break;
    k = q;
  }
  if (!joined || names.length < 2) return null;
  const lastEnd = Math.max((names[names.length - 1] as { end: number }).end, tailEnd);
  const closer = tokens[lastEnd];
  if (apposed && closer !== undefined && closer.sent === sent && closer.text !== ',' && closer.text !== '.')
    return null;
  // The title's words before the head: modifiers, departments, other heads ("Vice Presidents"), a country.
  let s = h;
  while (s > 0) {
    const t = tokens[s - 1] as Token;
    // "Vice presidents A and B took the oath": a sentence's first word is capitalised whatever the title's case.
    const caseAgrees = t.cap === head.cap || (t.first && !head.cap);
    if (t.sent !== sent || !caseAgrees || !t.word || isStarter(t)) break;
    if (titleModifiers.has(t.lower) || departmentWords.has(t.lower) || titleHeads.has(t.lower)) s--;
    // "crew members", "board members": the kind of body a lower-case post belongs to.
    else if (!head.cap && s === h && orgHeads.has(t.lower)) s--;
    else break;
  }
  // "Stanford Law School professors": the capitalised body a lower-case title belongs to.
  if (!head.cap) {
    let b = s;
    while (b > 0) {
      const t = tokens[b - 1] as Token;
      if (t.sent !== sent || !t.cap || !t.word || isStarter(t)) break;
      b--;
    }
    const last = tokens[s - 1];
    // "SPD co-leaders", "RBI members": a body's initials after a capitalised run, not a country's.
    const initials = last !== undefined && INITIALS.test(last.text) && !countryNames.has(last.lower);
    // "NASA astronauts", "Roscosmos cosmonauts": an agency by its acronym or its one-word name. Alone before the
    // title this also takes a country's initials into the role ("UK ministers": "UK minister"), whose country the
    // demonym rules still give.
    const agency =
      last !== undefined && b === s - 1 && (ACRONYM.test(last.text) || institutionCountry.has(last.lower));
    if (b < s && last && (orgHeads.has(last.lower) || initials || agency)) s = b;
  }
  if (!head.cap && s === h && FIELD_PLURALS.has(head.lower))
    s = titleQualifierStart(tokens, h, (names[0] as { start: number }).start);
  let start = s;
  // A member is one only of something named before it ("members A and B" alone may be anything's).
  if (singular === 'member' && s === h && demonymAt(tokens[s - 1]) === undefined) return null;
  const countries: string[] = [];
  const own = demonymAt(tokens[s - 1]);
  let roleStart = s;
  if (own !== undefined && (tokens[s - 1] as Token).sent === sent) {
    // "Chinese and Russian Foreign Ministers": one country per name, in order.
    const listed = [own];
    let d = s - 1;
    while (d >= 2 && AND_OR_COMMA.test(tokens[d - 1]?.lower ?? '')) {
      const c = demonymAt(tokens[d - 2]);
      if (c === undefined) break;
      listed.unshift(c);
      d -= 2;
    }
    start = d;
    if (listed.length === 1) roleStart = d;
    else if (listed.length === names.length) countries.push(...listed);
  }
  // "former presidents A and B": each is a former president, as "former President C" is ("former" is kept).
  const former = tokens[roleStart - 1];
  if (former?.lower === 'former' && former.sent === sent) {
    roleStart--;
    if (start > roleStart) start = roleStart;
  }
  if (ofCountries.length === names.length && countries.length === 0) countries.push(...ofCountries);
  if (tails.length === names.length && countries.length === 0) countries.push(...tails);
  if (countries.length === 0 && start > 2) countries.push(...ledSidesCountries(tokens, start, names.length));
  const party = US_PARTY_MEMBERS.has(singular);
  // "Republicans A and B, and Democrats C and D": lawmakers of the two US parties, wherever the story is datelined;
  // not a party whose name ends in the word ("Social Democrats A and B", "Sweden Democrats").
  const before = tokens[h - 1];
  if (party && countries.length === 0 && !(before?.cap && before.word && before.sent === sent))
    for (let i = 0; i < names.length; i++) countries.push('United States');
  const honorific = honorifics.has(singular) || party;
  // "Reps. A and B": each is a "Rep.", the abbreviation with its period as one of them is written.
  const stop = roleEnd === h + 1 && tokens[h + 1]?.text === '.' && rankAbbreviations.has(singular) ? '.' : '';
  const role = honorific
    ? null
    : text.slice((tokens[roleStart] as Token).start, head.start) +
      singularText(head.text) +
      text.slice(head.end, (tokens[roleEnd - 1] as Token).end) +
      stop;
  return { start, end: lastEnd, role, roleStart, roleEnd, countries, names };
}

/** The nouns for the sides a plural title may lead: "the Soviet and American delegations, led by …". */
const LED_SIDES = new Set(['delegations', 'teams', 'sides']);
/**
 * "the Soviet and American delegations at the talks in Geneva, led by Ambassadors A and B": the demonyms before the
 * sides a group "led by" (or "headed by") at `start` leads, in order, one per name (else none).
 */
function ledSidesCountries(tokens: readonly Token[], start: number, count: number): string[] {
  let k = start - 1;
  const verb = tokens[k - 1]?.lower;
  if (tokens[k]?.lower !== 'by' || (verb !== 'led' && verb !== 'headed')) return [];
  const sent = (tokens[start] as Token).sent;
  for (k -= 2; k > 1 && k > start - 14; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent || t.text === ';') return [];
    if (!LED_SIDES.has(t.lower)) continue;
    const listed: string[] = [];
    let d = k - 1;
    for (;;) {
      const c = demonymAt(tokens[d]);
      if (c === undefined) break;
      listed.unshift(c);
      if (!AND_OR_COMMA.test(tokens[d - 1]?.lower ?? '')) break;
      d -= 2;
    }
    return listed.length === count ? listed : [];
  }
  return [];
}

/** "Presidents" → "President": the singular of a plural title written as `text`, or null (also for honorifics). */
export function singularTitle(text: string): string | null {
  const singular = PLURAL_HEADS.get(text.toLowerCase());
  return singular === undefined || honorifics.has(singular) || US_PARTY_MEMBERS.has(singular)
    ? null
    : singularText(text);
}

/**
 * The first group whose plural title ends from token `from` to the end of `run`, or null. A plural head is inside
 * a capitalised run ("Foreign Ministers Zhao Lin") or at most three tokens before one ("professors Joseph",
 * "ministers, Wang", "ministers, alongside Anis"): asked run by run, as the runs are read, only those tokens are
 * looked at, each turned away by its last letter or one Map lookup.
 */
export function pluralGroupNear(
  tokens: readonly Token[],
  text: string,
  run: Run,
  from: number,
): PluralTitleGroup | null {
  // "ministers of the two countries, A of X and B of Y": the head further back, before the pair's words ("the chief
  // negotiators of the two delegations at the talks, A of X and B of Y": past where the two met too).
  const met =
    tokens[run.start - 1]?.text === ',' &&
    SIDES_MEETING.has(tokens[run.start - 2]?.lower ?? '') &&
    tokens[run.start - 4]?.lower === 'at'
      ? 3
      : 0;
  if (tokens[run.start - 1]?.text === ',' && SIDES_NOUNS.has(tokens[run.start - 2 - met]?.lower ?? '')) {
    const h = run.start - met - (tokens[run.start - 3 - met]?.lower === 'both' ? 5 : 6);
    if (h >= from && PLURAL_HEADS.has(tokens[h]?.lower ?? '') && tokens[h + 1]?.lower === 'of') {
      const group = groupAt(tokens, text, h);
      if (group) return group;
    }
  }
  for (let h = Math.max(from, run.start - 3); h < run.end; h++) {
    const lower = (tokens[h] as Token).lower;
    if ((PLURAL_HEADS_SHAPED && !pluralShaped(lower)) || !PLURAL_HEADS.has(lower)) continue;
    const group = groupAt(tokens, text, h);
    if (group) return group;
  }
  return null;
}
