// People a headline names that the story does not name in full: a surname alone, or a list of sides ("Liu, Sorokin
// meet").
import { findCountries, isPinyinName } from './countries.ts';
import { countryNames, demonymCountry, isCommonWord } from './lexicon.ts';
import {
  BODY_OR_TEXT_HEADS,
  bareName,
  capitalRuns,
  isKnownPlaceOrOrg,
  looksLikeFirstName,
  NAME_SUFFIXES,
  splitTitledRun,
} from './names.ts';
import { type PersonRecord, addRole, normKey, newPerson } from './person-record.ts';
import { singularTitle } from './plural-titles.ts';
import { spokesWords, titleHeads } from './roles.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { COMMON_WORD, tokenFlags } from './word-classes.ts';

/**
 * The headline's words from `start` to `end` as written ("John F. Kerrigan", not its tokens joined by spaces), so a
 * name read from a headline is spelled as the same name read from the story.
 */
function headlineSpan(title: TokenizedText, { start, end }: { start: number; end: number }): string {
  return title.text.slice((title.tokens[start] as Token).start, (title.tokens[end - 1] as Token).end);
}

/** A headline of a spokesperson's briefing: "… Spokesperson X's Regular Press Conference on May 3". */
const BRIEFING_AFTER = /\b(?:press conference|news conference|press briefing|briefing)\b/i;

/** A headline that is a statement's own heading: "Statement of X on …", "Press Statement by Y", "Remarks by Z at …". */
const STATEMENT_TITLE = /^(?:Joint |Press )?(?:Statement|Remarks|Message|Address)s? (?:of|by) /;

/**
 * "Statement of Secretary of Foreign Affairs X on the Award": the titled issuer of a statement reprinted whole, which
 * the text (in the first person plural) need not name. Added with the headline's title as the role, unless the story
 * names them; whether a person was added (or found) for the run.
 */
function statementIssuer(
  title: TokenizedText,
  run: { start: number; end: number },
  people: PersonRecord[],
  notPeople: Set<string>,
): boolean {
  const tokens = title.tokens;
  const titled = splitTitledRun(tokens, run);
  if (!titled || titled.titleEnd < titled.titleStart || titled.nameEnd - titled.nameStart < 2) return false;
  // "X Jr.": a generational suffix keeps its period, as the story's names do.
  const suffixed =
    tokens[titled.nameEnd]?.text === '.' && NAME_SUFFIXES.has(tokens[titled.nameEnd - 1]?.lower ?? '');
  const name = { start: titled.nameStart, end: titled.nameEnd + (suffixed ? 1 : 0) };
  const words = tokens.slice(name.start, name.end).filter((t) => t.word);
  if (people.some((p) => words.every((t) => p.tokens.includes(t.text)))) return true;
  const surface = headlineSpan(title, name);
  const key = normKey(surface);
  if (notPeople.has(key) || isKnownPlaceOrOrg(key)) return false;
  const p = newPerson(surface, null);
  p.titleMention = name.start;
  addRole(p, headlineSpan(title, { start: titled.titleStart, end: titled.titleEnd + 1 }));
  people.push(p);
  return true;
}

/** Lower-case verbs of a headline's meeting: "Zhao Lin meets Thant Zin Oo in Nay Pyi Taw". */
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
 * "Orlov, Abenov hold video talks ahead of Sorokin's trip to Astana": a surname the story never repeats, known as
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

/** Plural verbs after a headline's list of sides: "Liu, Sorokin meet in Kazan", "Presidents A, B hold talks". */
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
 * "Liu, Sorokin meet in Kazan", "Presidents Abenov, Tursunov hold talks": headlines list the sides of a meeting
 * with commas and no "and". Under a shared plural title, or beside a person of the story, a listed name the story
 * does not give is a person of the headline (with the title's role and, if it is the one such name, the one foreign
 * country of the lede, as for the other headline-only sides); a listed person of the story with no role takes the
 * title's.
 */
export function findHeadlineList(
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
      // "X, Y agree …": a side may be named by what the story says they are called (a nickname the body gives).
      return (
        people.find((p) => words.every((w) => p.tokens.includes(w))) ??
        (words.length === 1 ? people.find((p) => p.aliases.includes(words[0] as string)) : undefined) ??
        null
      );
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
      const surface = headlineSpan(title, item);
      const key = normKey(surface);
      if (notPeople.has(key) || isKnownPlaceOrOrg(key) || countryNames.has(key) || demonymCountry.has(key))
        return;
      if (words.length === 1 && isCommonWord(key)) return;
      // "Liu, Thai PM discuss ties": a title with a nationality names an office, whose holder the story names.
      if (words.some((t) => titleHeads.has(t.lower))) return;
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
export function findHeadlineOnlyPeople(
  title: TokenizedText,
  doc: TokenizedText,
  people: PersonRecord[],
  notPeople: Set<string>,
): void {
  const tokens = title.tokens;
  const statement = STATEMENT_TITLE.test(title.text);
  for (const run of capitalRuns(tokens)) {
    if (statement && statementIssuer(title, run, people, notPeople)) continue;
    let bare = bareName(tokens, run);
    // "Foreign Ministry Spokesperson X": the name after a spokesperson's title, whatever body comes before it.
    if (!bare) {
      let k = run.end - 2;
      while (k > run.start && !spokesWords.has((tokens[k] as Token).lower)) k--;
      if (k > run.start) bare = bareName(tokens, { start: k + 1, end: run.end });
    }
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
    // "Foreign Ministry Spokesperson X's Regular Press Conference": a spokesperson's title names the briefer.
    const briefer = before !== undefined && spokesWords.has(before.lower) && BRIEFING_AFTER.test(title.text);
    if (!subject && !object && !briefer) continue;
    const words = tokens.slice(bare.start, bare.end);
    const surface = headlineSpan(title, bare);
    const key = normKey(surface);
    if (notPeople.has(key) || isKnownPlaceOrOrg(key)) continue;
    // "Manama Declaration calls for …": a document or a group, not a side.
    if (BODY_OR_TEXT_HEADS.has((words[words.length - 1] as Token).lower)) continue;
    const pinyin = isPinyinName(surface);
    let unknown = 0;
    for (const t of words) if (!(tokenFlags(t) & COMMON_WORD)) unknown++;
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
    if (briefer && run.start < bare.start)
      addRole(p, headlineSpan(title, { start: run.start, end: bare.start }));
    people.push(p);
  }
}

/** A count of people a headline names as a group, by its word or its digit. */
const GROUP_COUNTS = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['5', 5],
]);
/** "Grants Special Pardon to Two U.S. Journalists": a count, a country's word, a plural noun. */
const HEADLINE_GROUP = /\b(Two|Three|Four|Five|[2-5]) (\p{Lu}[\p{L}.]*) (\p{Lu}\p{L}+s)\b/u;

/**
 * "Kim Jong Il Meets Bill Clinton, Grants Special Pardon to Two U.S. Journalists" over "… a special pardon to the two
 * journalists, Laura X and Euna Y of …": the people the story names, as many as the headline counts, right after "the
 * two journalists," are the headline's group, of its country, and take part as the headline's people do. Each with
 * the group's country (null where the word names none).
 */
export function headlineGroupMembers(
  headline: string,
  doc: TokenizedText,
  people: readonly PersonRecord[],
): Map<PersonRecord, string | null> {
  const members = new Map<PersonRecord, string | null>();
  const g = HEADLINE_GROUP.exec(headline);
  if (g === null) return members;
  const count = GROUP_COUNTS.get((g[1] as string).toLowerCase()) as number;
  const word = (g[2] as string).toLowerCase();
  const country = countryNames.get(word) ?? demonymCountry.get(word) ?? null;
  const noun = (g[3] as string).toLowerCase();
  const { tokens } = doc;
  const startsAt = new Map<number, PersonRecord>();
  for (const p of people) for (const m of p.mentions) if (m.kind !== 'pronoun') startsAt.set(m.start, p);
  for (let k = 2; k + 2 < tokens.length; k++) {
    if ((tokens[k] as Token).lower !== noun || tokens[k + 1]?.text !== ',') continue;
    if (GROUP_COUNTS.get(tokens[k - 1]?.lower ?? '') !== count || tokens[k - 2]?.lower !== 'the') continue;
    const found: PersonRecord[] = [];
    let at = k + 2;
    for (let p = startsAt.get(at); p !== undefined && !found.includes(p); p = startsAt.get(at)) {
      found.push(p);
      const m = p.mentions.find((o) => o.start === at) as { end: number };
      at = m.end;
      if (tokens[at]?.text === ',') at++;
      if (tokens[at]?.lower === 'and') at++;
    }
    if (found.length !== count) continue;
    for (const p of found) members.set(p, country);
    break;
  }
  return members;
}
