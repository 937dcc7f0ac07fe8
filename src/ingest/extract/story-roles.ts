// Roles given once the people are known: a body spelled out before its acronym and a title, a lede's title subject,
// a role referred to later ("the minister"), a spouse described by their partner's office.
import { asRoles, isDistinction, yearsOldAt } from './appositive.ts';
import { findCountries } from './countries.ts';
import { demonymCountry, verbWords } from './lexicon.ts';
import { BODY_JOINERS, namePossessive, POSSESSIVE_S } from './names.ts';
import { bareTitle, SINGLE_HOLDER_TITLES, SPOUSE_TITLES } from './one-holder-offices.ts';
import { type Mention, type PersonRecord, addRole } from './person-record.ts';
import { titleHeads, titleModifiers } from './roles.ts';
import { RareSearch } from './rare-search.ts';
import { SPOUSES } from './spouse-names.ts';
import { roleKeys } from '../role-forms.ts';
import { REFERRING_CUE, storyCues } from './story-cues.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { REGION, tokenFlags } from './word-classes.ts';

const BRACKETED_ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&-]+$/u;

/**
 * "World Health Organization (WHO) Director-General X": the brackets split the capitalised run, and the body spelled
 * out with its acronym right before a title is part of that title (so its holder is the body's official).
 */
export function acronymedBodyRoles(doc: TokenizedText, people: PersonRecord[], mentions: Mention[]): void {
  const { tokens } = doc;
  // "Kouassi and Confederation of African Football (CAF) President X": the body stops at another name or title.
  let taken: Set<number> | undefined;
  for (const p of people)
    for (const r of p.roleSpans) {
      const acronym = tokens[r.start - 2];
      const close = tokens[r.start - 1];
      if (close?.text !== ')' || tokens[r.start - 3]?.text !== '(' || !acronym) continue;
      // A paragraph that ends with a body's acronym does not give its title to the next one's first name.
      if (close.sent !== tokens[r.start]?.sent) continue;
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
        // "People's Republic of China (PRC) Foreign Minister X": a possessive inside the state's name.
        else if (!BODY_JOINERS.has(t.lower) && !namePossessive(tokens, k)) break;
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
 * "The chancellor on Wednesday unveiled … / London (AFP) – Helen Marsh, …": a lede whose subject is a title alone
 * ("The" and a title, before the verb) and that names no one is about the first person the story then names, who
 * takes that title and part in the event. Returns that person, or undefined.
 */
export function ledeTitleSubject(doc: TokenizedText, people: PersonRecord[]): PersonRecord | undefined {
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
  // "The Indian Charge d'Affaires was summoned … / Director General X conveyed …": one named first under another
  // title of their own is someone else, who does not take the lede's title; after a passive lede ("was summoned",
  // "were received") they are its unnamed agent, at the event.
  // "The President received the credentials of new ambassadors … / Among them was X, Ambassador of …": so is one
  // whose own title, under other heads, is set off after the name.
  const named = first.mentions[0]?.start;
  const after = (first.mentions[0]?.end ?? -1) + 1;
  const head = (tokens[end - 1] as Token).lower;
  for (const r of first.roleSpans) {
    if (r.end <= r.start) continue;
    const before = r.end === named;
    const setOff = r.start === after && tokens[after - 1]?.text === ',';
    if (!before && !setOff) continue;
    const heads = titleHeadsIn(tokens, r.start, r.end);
    if ((before || heads.size > 0) && !heads.has(head)) return passiveAt(tokens, end) ? first : undefined;
  }
  addRole(first, doc.text.slice((tokens[s0 + 1] as Token).start, (tokens[end - 1] as Token).end));
  first.roleSpans.push({ start: s0 + 1, end });
  return first;
}

/** "was summoned", "were received": a passive verb at `at`. */
function passiveAt(tokens: readonly Token[], at: number): boolean {
  const be = tokens[at]?.lower;
  return (be === 'was' || be === 'were') && (tokens[at + 1]?.lower.endsWith('ed') ?? false);
}

/** The title heads among tokens [start, end). */
function titleHeadsIn(tokens: readonly Token[], start: number, end: number): Set<string> {
  const heads = new Set<string>();
  for (let k = start; k < end; k++)
    if (titleHeads.has((tokens[k] as Token).lower)) heads.add((tokens[k] as Token).lower);
  return heads;
}

/**
 * "“… I have told X that …,” the minister said, referring to the director general of the IAEA.": the one person
 * named in the quotation a speech tag closes is the one described after "referring to the". The description, up
 * to the sentence's end or a parenthesis, is their role.
 */
export function referredRoles(
  doc: TokenizedText,
  people: PersonRecord[],
  mentions: readonly Mention[],
): void {
  // No one named, no one referred to (and no search of the story).
  if (mentions.length === 0 || (storyCues(doc.text) & REFERRING_CUE) === 0) return;
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
 * "… greeted Paiva and his wife, X. … The Brazilian first lady, a sociologist, told her host …": a nationality's
 * first lady (or first gentleman) with no name after it describes the one spouse of the story whose relative holds
 * that country, and gives them the role.
 */
export function describedSpouseRoles(doc: TokenizedText, people: PersonRecord[]): void {
  // Only a relative of someone can be given the title; most stories name none, and most name no first lady: one
  // scan of the text spares a look at every token.
  if (!hasRelative(people) || !FIRST_SPOUSE_RE.test(doc.text)) return;
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

/**
 * "… talks with his Nepalese counterpart X. … The Nepalese Prime Minister will travel to …": a nationality and an
 * office one person holds at a time, with no name after them, describe the one person of that country the story
 * gave no role, who takes it (as "The Brazilian first lady" above). Not where someone of that country holds the
 * office already, however written ("President of the French Republic" is the French President), or where two of that
 * country are without a role; never a spouse, who is named through the holder.
 */
export function describedLeaderRoles(doc: TokenizedText, people: PersonRecord[]): void {
  // Most stories give everyone with a country a role: no search of the text then.
  if (!people.some((p) => p.roles.length === 0 && p.country !== null) || !DESCRIBED_LEADER_RE.test(doc.text))
    return;
  const { tokens } = doc;
  for (let k = 1; k < tokens.length - 2; k++) {
    const demonym = tokens[k] as Token;
    if (tokens[k - 1]?.lower !== 'the' || !demonym.cap) continue;
    const country = demonymCountry.get(demonym.lower);
    if (!country) continue;
    // The office: one or two capitalised words ("President", "Prime Minister"), then no name.
    let end = k + 1;
    while (end < k + 3 && tokens[end]?.cap && tokens[end]?.sent === demonym.sent) end++;
    const title = doc.text.slice(demonym.start, (tokens[end - 1] as Token).end);
    const bare = bareTitle(title);
    if (end === k + 1 || !SINGLE_HOLDER_TITLES.has(bare) || tokens[end]?.cap) continue;
    // "President of the French Republic X … the French President": one office however it is written.
    const office = roleKeys([title])[0];
    let found: PersonRecord | null = null;
    for (const p of people) {
      if (p.country !== country) continue;
      if (p.roles.some((r) => bareTitle(r) === bare) || (office && roleKeys(p.roles).includes(office))) {
        found = null;
        break;
      }
      // "the French President and his spouse, Mrs. X": a spouse (or partner), named through the one who holds the
      // office, is not its holder.
      if (p.roles.length > 0 || SPOUSES.has(p.relation ?? '') || p.relation === 'partner') continue;
      if (found) {
        found = null;
        break;
      }
      found = p;
    }
    if (!found) continue;
    addRole(found, title);
    found.roleSpans.push({ start: k, end });
  }
}

const DESCRIBED_LEADER_RE =
  /\b[Tt]he \p{Lu}\p{L}+ (?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir)\b/u;

function hasRelative(people: readonly PersonRecord[]): boolean {
  for (const p of people) if (people[p.relativeOf] !== undefined) return true;
  return false;
}

const QUOTE_CLOSERS = new Set(['”', '"']);
const QUOTE_OPENERS = new Set(['“', '"']);

/**
 * "Ivan Petrov had a telephone conversation with … . Ivan Petrov drew attention to … . The Russian President spoke of
 * …": a sentence opened by a nationality and an office one person holds at a time, with no name, right after one
 * that names a single person the story gives no role, describes that person: their country is the office's (the
 * description is no role of theirs, set apart from the name). Settled before the countries are read from context.
 */
export function describedSubjectCountry(doc: TokenizedText, people: PersonRecord[]): void {
  if (!people.some((p) => p.roles.length === 0) || !DESCRIBED_LEADER_RE.test(doc.text)) return;
  const { tokens, sentences } = doc;
  for (let s = 1; s < sentences.length; s++) {
    const [a] = sentences[s] as [number, number];
    const demonym = tokens[a + 1];
    if (tokens[a]?.text !== 'The' || !demonym?.cap) continue;
    const country = demonymCountry.get(demonym.lower);
    if (!country) continue;
    let end = a + 2;
    while (end < a + 4 && tokens[end]?.cap && tokens[end]?.sent === s) end++;
    const next = tokens[end];
    if (end === a + 2 || !next || next.cap || !verbWords.has(next.lower)) continue;
    if (!SINGLE_HOLDER_TITLES.has(bareTitle(doc.text.slice(demonym.start, (tokens[end - 1] as Token).end))))
      continue;
    if (people.some((p) => p.roles.some((r) => r.includes(demonym.text)))) continue;
    // The one person without a role the sentence before names.
    const named = people.filter(
      (p) => p.roles.length === 0 && p.mentions.some((m) => m.sent === s - 1 && m.kind !== 'pronoun'),
    );
    const subject = named.length === 1 ? named[0] : undefined;
    if (!subject || subject.countrySettled || nationalityBefore(tokens, subject, country)) continue;
    // "X met President Y. The Chinese President said …": one the sentence before names with that office, of no other
    // country by its words, may be the one described ("US President Y" is not the Russian President).
    const bare = bareTitle(doc.text.slice(demonym.start, (tokens[end - 1] as Token).end));
    const holder = people.some(
      (p) =>
        p.mentions.some((m) => m.sent === s - 1 && m.kind !== 'pronoun') &&
        p.roleSpans.some(
          (r) =>
            bareTitle(doc.text.slice((tokens[r.start] as Token).start, (tokens[r.end - 1] as Token).end)) ===
            bare,
        ) &&
        !p.roleSpans.some((r) => findCountries(tokens, r.start, r.end).some((h) => h.country !== country)),
    );
    if (holder) continue;
    subject.country = country;
    subject.countrySettled = true;
  }
}

/**
 * "… bade farewell to X at a brief military funeral in Cairo before the late Palestinian leader's coffin was flown to
 * the West Bank": "the late" (or "the slain", "the assassinated") and a nationality before a leader's word, with no
 * name after them, describe the one person named before them in the sentence, when that person has no role: their
 * country is the nationality's. Settled before the countries are read from context (as describedSubjectCountry).
 */
export function describedLateLeaderCountry(doc: TokenizedText, people: PersonRecord[]): void {
  if (!LATE_LEADER_RE.test(doc.text)) return;
  const { tokens } = doc;
  for (let k = 2; k < tokens.length - 1; k++) {
    const late = tokens[k - 1] as Token;
    if (!DEAD_WORDS.has(late.lower) || tokens[k - 2]?.lower !== 'the') continue;
    const demonym = tokens[k] as Token;
    const country = demonym.cap ? demonymCountry.get(demonym.lower) : undefined;
    const office = tokens[k + 1];
    if (!country || !office || office.cap || !LEADER_WORDS.has(office.lower)) continue;
    if (tokens[k + 2]?.cap && tokens[k + 2]?.word) continue;
    // The one person named before the description in its sentence.
    let named: PersonRecord | null | undefined;
    for (const p of people)
      for (const m of p.mentions)
        if (m.kind !== 'pronoun' && m.sent === demonym.sent && m.end <= k - 2 && named !== p)
          named = named === undefined ? p : null;
    if (!named || named.roles.length > 0 || named.countrySettled) continue;
    named.country = country;
    named.countrySettled = true;
  }
}
const LATE_LEADER_RE =
  /\bthe (?:late|slain|assassinated) \p{Lu}\p{L}+ (?:leader|president|premier|king|queen)\b/u;
const DEAD_WORDS = new Set(['late', 'slain', 'assassinated']);
const LEADER_WORDS = new Set(['leader', 'president', 'premier', 'king', 'queen']);

/**
 * "X … visited the residence of Norway's ambassador in Washington … . X was received by Ambassador Y": a
 * country's possessive before "ambassador" with no name after it describes an envoy; the one person the next two
 * sentences first name with the bare title "Ambassador" (no country in it) is that envoy, of that country. Settled
 * before the countries are read from context (which would read the host's there).
 */
export function describedEnvoyCountry(doc: TokenizedText, people: PersonRecord[]): void {
  if (!doc.text.includes('s ambassador')) return;
  const { tokens } = doc;
  for (let k = 1; k < tokens.length - 1; k++) {
    const office = tokens[k + 1] as Token;
    if (office.lower !== 'ambassador' || office.cap || !POSSESSIVE_S.has(tokens[k]?.lower ?? '')) continue;
    if (tokens[k + 2]?.cap && tokens[k + 2]?.word) continue;
    const hit = findCountries(tokens, k - 2, k).find((h) => h.at === k - 1 || h.at === k - 2);
    if (!hit) continue;
    const sent = office.sent;
    let envoy: PersonRecord | null | undefined;
    for (const p of people) {
      const first = p.mentions.find((m) => m.kind !== 'pronoun');
      if (!first || first.sent <= sent || first.sent > sent + 2) continue;
      if (
        !p.roleSpans.some(
          (r) => r.end === first.start && tokens[r.start]?.lower === 'ambassador' && r.end === r.start + 1,
        )
      )
        continue;
      envoy = envoy === undefined ? p : null;
    }
    if (!envoy || envoy.countrySettled || envoy.roles.length !== 1) continue;
    envoy.country = hit.country;
    envoy.countrySettled = true;
  }
}

/**
 * Whether a name of `p` follows words of another country than `country` with no punctuation between ("his Nepalese
 * counterpart X"): the story placed them there already, and a description of another nationality is someone else.
 */
function nationalityBefore(tokens: readonly Token[], p: PersonRecord, country: string): boolean {
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    let k = m.start;
    while (k > m.start - 3 && tokens[k - 1]?.word && tokens[k - 1]?.sent === tokens[m.start]?.sent) k--;
    if (k < m.start && findCountries(tokens, k, m.start).some((h) => h.country !== country)) return true;
  }
  return false;
}

/** A US legislator's or governor's title after their state ("the Arizona senator", "senator from Illinois"). */
const STATE_OFFICES = new Set(['senator', 'governor', 'congressman', 'congresswoman']);
const US_PARTIES = new Set(['democratic', 'republican']);

/**
 * "McCain, 72, conceded … . “…,” the Arizona senator said", "Obama swept to victory … . The 47-year-old Democratic
 * senator from Illinois won …": a state's senator (or governor) with no name after it describes the one person
 * without a role named just before (in its sentence, or the one before), or, opening a sentence, the first of them
 * named in the sentence before; the description, after any age, is their role.
 */
export function describedStateOfficeRoles(doc: TokenizedText, people: PersonRecord[]): void {
  if (!people.some((p) => p.roles.length === 0) || !STATE_OFFICE_RE.test(doc.text)) return;
  const { tokens } = doc;
  for (let k = 0; k < tokens.length - 2; k++) {
    if ((tokens[k] as Token).lower !== 'the') continue;
    // "the 47-year-old Democratic senator": the description starts past the age.
    const start = yearsOldAt(tokens, k + 1) ? k + 4 : k + 1;
    const end = stateOfficeEnd(tokens, start);
    if (end < 0 || tokens[end]?.cap) continue;
    const sent = (tokens[k] as Token).sent;
    const opens = (tokens[k - 1]?.sent ?? -1) !== sent;
    const candidates: { p: PersonRecord; at: number }[] = [];
    for (const p of people) {
      if (p.roles.length > 0) continue;
      const m = p.mentions.find(
        (o) => o.kind !== 'pronoun' && (o.sent === sent - 1 || (o.sent === sent && o.end <= k)),
      );
      if (m) candidates.push({ p, at: m.start });
    }
    candidates.sort((a, b) => a.at - b.at);
    const described = candidates.length === 1 || opens ? candidates[0]?.p : undefined;
    if (!described) continue;
    addRole(described, doc.text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end));
    described.roleSpans.push({ start, end });
  }
}

const STATE_OFFICE_RE = /\b(?:senator|governor|congress(?:wo)?man)\b/;

/** End (exclusive) of "[Democratic] senator from Illinois" or "Arizona senator" from `at`, or -1. */
function stateOfficeEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  if (tokens[k]?.cap && US_PARTIES.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t) return -1;
  if (t.cap && tokenFlags(t) & REGION && STATE_OFFICES.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]?.cap)
    return k + 2;
  if (!t.cap && STATE_OFFICES.has(t.lower) && tokens[k + 1]?.lower === 'from') {
    const state = tokens[k + 2];
    return state?.cap && tokenFlags(state) & REGION ? k + 3 : -1;
  }
  return -1;
}

/**
 * "She had served as Okoro's principal deputy", "He served as finance minister until 2019": the office a sentence
 * opened by a resolved "he" or "she" says its subject holds or held, read as it is after a name ("X had served as …").
 * Asked once per subject pronoun, after every decision the roles feed (participants, countries), so a past office
 * read this way places no one.
 */
export function pronounSubjectRoles(
  doc: TokenizedText,
  people: PersonRecord[],
  mentions: readonly Mention[],
): void {
  const { tokens, text } = doc;
  for (const m of mentions) {
    if (m.kind !== 'pronoun') continue;
    const t = tokens[m.start] as Token;
    if ((t.lower !== 'he' && t.lower !== 'she') || tokens[m.start - 1]?.sent === t.sent) continue;
    const p = people[m.person] as PersonRecord;
    for (const r of asRoles(tokens, m.end)) {
      if (isDistinction(tokens, r)) continue;
      addRole(p, text.slice((tokens[r.start] as Token).start, (tokens[r.end - 1] as Token).end));
    }
  }
}

const RESPECTIVELY = new RareSearch('respectively', 8);
/** Verbs whose object is the office given: "were appointed chief investment officer and …". */
const GIVEN_OFFICE = new Set(['appointed', 'named', 'elected', 'nominated', 're-elected']);
const PASSIVE_AUX = new Set(['were', 'are', 'been', 'be']);

/**
 * "A and Deputy Minister B, who stood beside him, were appointed chief investment officer and chief operating officer
 * respectively": the offices listed after a passive verb of appointment and closed by "respectively" go, in order, to
 * the people named before the verb in the same sentence (not inside a clause set off by commas, such as "who …"), when
 * the two counts agree. Each office is lower-case words (the role as written), none of them a person's name.
 */
export function respectiveOffices(doc: TokenizedText, people: PersonRecord[]): void {
  if (!RESPECTIVELY.in(doc.text)) return;
  const { tokens, text } = doc;
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as Token).lower !== 'respectively') continue;
    const sent = (tokens[k] as Token).sent;
    // The verb, within the sentence before "respectively".
    let v = k - 1;
    while (v > 0 && tokens[v]?.sent === sent && !GIVEN_OFFICE.has(tokens[v]?.lower ?? '')) v--;
    if (tokens[v]?.sent !== sent || !PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '')) continue;
    // The offices: lower-case words split by commas and "and".
    const offices: [number, number][] = [];
    let from = tokens[v + 1]?.lower === 'as' ? v + 2 : v + 1;
    let ok = true;
    const close = tokens[k - 1]?.text === ',' ? k - 1 : k;
    for (let j = from; j <= close; j++) {
      const t = tokens[j] as Token;
      if (j === close || t.text === ',' || t.lower === 'and') {
        if (j > from) offices.push([from, j]);
        else if (t.lower !== 'and') ok = false;
        from = j + 1;
      } else if (t.cap || !t.word) ok = false;
    }
    if (!ok || offices.length < 2) continue;
    // The subjects: names before the verb, outside clauses set off by commas.
    const subjects: PersonRecord[] = [];
    let inClause = false;
    let s = v - 1;
    while (s > 0 && tokens[s - 1]?.sent === sent) s--;
    for (let j = s; j < v - 1; j++) {
      const t = tokens[j] as Token;
      if (t.text === ',') inClause = !inClause && !!tokens[j + 1] && !tokens[j + 1]?.cap;
      if (inClause) continue;
      for (const p of people)
        if (p.mentions.some((m) => m.start === j && m.kind !== 'pronoun') && !subjects.includes(p))
          subjects.push(p);
    }
    if (subjects.length !== offices.length) continue;
    subjects.forEach((p, i) => {
      const [a, b] = offices[i] as [number, number];
      addRole(p, text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end));
    });
  }
}
