// Offices one person holds at a time in a country ("President", "Foreign Minister", a team's captain): their bare
// titles, their holders, and when an office is held at another time.
import { findCountries, stateless, type CountryHit } from './countries.ts';
import { CAP_START, inQuote, sentenceCountries } from './country-context.ts';
import { countryNames, demonymCountry } from './lexicon.ts';
import { lacksOffice } from './office-countries.ts';
import { awaitsCountry, type Mention, type PersonRecord } from './person-record.ts';
import { PERSONAL_STYLES, relationWords, titleHeads } from './roles.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { YEAR } from './years.ts';

// --------------------------------------------------------------------------------------- countries
/** Words that put an office at another time than the story's: "then Chancellor", "outgoing President". */
export const OFFICE_TIME_WORDS = ['then', 'former', 'late', 'incumbent', 'outgoing'];
const TITLE_NOISE = new Set([...OFFICE_TIME_WORDS, 'the', 'a', 'an', 'also']);
/** A role reduced to its bare title: "German Chancellor" and "then Chancellor" both give "chancellor". */
export function bareTitle(role: string): string {
  const out: string[] = [];
  for (const raw of role.toLowerCase().split(/\s+/)) {
    // "then-President" is "then President".
    const w = raw.includes('-') ? raw.replace(TIMED_PREFIX_RE, '') : raw;
    if (TITLE_NOISE.has(w) || demonymCountry.has(w) || countryNames.has(w)) continue;
    out.push(w);
  }
  return out.join(' ');
}

/** A test of whether a country has no holder of one of the bare `titles` (Germany, for "vice president"). */
export function lacksOneOf(titles: readonly string[]): (country: string) => boolean {
  return (country) => titles.some((t) => lacksOffice(country, t));
}

/** Whether one of `roles` is, as a bare title, an office `country` has no holder of (a "Vice President" in Germany). */
export function holdsOfficeLacking(roles: readonly string[], country: string): boolean {
  return roles.some((r) => lacksOffice(country, bareTitle(r)));
}

/** A head of state's spouse, who shares the country of that head of state. */
export const SPOUSE_TITLES = new Set(['first lady', 'first gentleman']);

/** "South Korean President", "then President" (not "Vice President", "President of the Council"). */
export function isPresidentRole(role: string): boolean {
  const words = bareTitle(role).split(' ');
  return words[words.length - 1] === 'president' && !words.some((w) => w === 'vice' || w.startsWith('vice-'));
}

export const SINGLE_HOLDER_TITLES = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
]);
// "candidate for chancellor": an office sought is not held now, so it says nothing of who holds it.
const OTHER_TIME = new Set([...OFFICE_TIME_WORDS, 'previous', 'predecessor', 'candidate', 'candidates']);
const TIMED_PREFIX_RE = /^(?:then|ex|former)-/;

/**
 * Whether a word just before or inside one of p's role phrases puts the office at another time ("then"), or the
 * phrase sits in a clause dated by a year ("since 1998, when … was hosted by Queen X").
 */
export function atAnotherTime(p: PersonRecord, tokens: readonly Token[]): boolean {
  return p.roleSpans.some((span) => {
    // "President X was buried Monday …": the dead hold no office now, so another may hold it ("President Y and his
    // wife walked behind the family").
    if (diesAfterName(p, tokens, span.end)) return true;
    for (let k = Math.max(0, span.start - 2); k < span.end; k++) {
      const w = tokens[k]?.lower ?? '';
      if (OTHER_TIME.has(w) || (w.includes('-') && TIMED_PREFIX_RE.test(w))) return true;
    }
    // "The King's late mother, Queen X,": the dead hold no office now.
    if (
      tokens[span.start - 1]?.text === ',' &&
      relationWords.has(tokens[span.start - 2]?.lower ?? '') &&
      tokens[span.start - 3]?.lower === 'late'
    )
      return true;
    return inYearClause(tokens, span.start);
  });
}

/**
 * Whether a name of `p` starting right at token `at` (after a role span) is followed by a death: "X was buried", "X,
 * who was shot dead", "X, 67, died", "X was laid to rest" (what DIED_AFTER reads for the participants).
 */
function diesAfterName(p: PersonRecord, tokens: readonly Token[], at: number): boolean {
  const m = p.mentions.find((n) => n.start === at && n.kind !== 'pronoun');
  if (!m) return false;
  let k = m.end;
  if (tokens[k]?.text === ',') {
    k++;
    if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
    else if (tokens[k]?.lower === 'who') k++;
    else return false;
  }
  const w = tokens[k]?.lower;
  if (w === 'died') return true;
  if (w === 'passed') return tokens[k + 1]?.lower === 'away';
  if (w !== 'was' && w !== 'were' && w !== 'had') return false;
  if (w === 'had' && tokens[k + 1]?.lower === 'been') k++;
  const v = tokens[k + 1]?.lower;
  if (v === 'shot') return tokens[k + 2]?.lower === 'dead';
  return v !== undefined && DEATH_PARTICIPLES.has(v);
}
const DEATH_PARTICIPLES = new Set(['buried', 'killed', 'assassinated', 'laid']);

/** Whether "YEAR, when" opens the clause that token `at` is in, within sixteen tokens of it in its sentence. */
function inYearClause(tokens: readonly Token[], at: number): boolean {
  const sent = tokens[at]?.sent;
  for (let k = at - 1; k >= 2 && k >= at - 16; k--) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (t.lower === 'when') return tokens[k - 1]?.text === ',' && YEAR.test(tokens[k - 2]?.text ?? '');
  }
  return false;
}

/** Posts outside the cabinet with one holder per country: "National Security Advisor X" beside "U.S. …" is another's. */
const NATIONAL_POSTS = new Set(['national security advisor', 'national security adviser']);

/** "Foreign Minister", "Minister of Defense": a cabinet post, one holder per country ("Deputy Foreign Minister" has many). */
export function cabinetPost(t: string): boolean {
  return (
    (t.endsWith(' minister') || t.startsWith('minister of ') || t.startsWith('minister for ')) &&
    !/\b(?:deputy|vice|assistant|junior|state|prime)\b/.test(t)
  );
}

/** A department's secretary in a cabinet ("Treasury Secretary", "Commerce Secretary"): a government's post. */
const DEPARTMENT_SECRETARY =
  /^(?:treasury|commerce|defense|defence|energy|labor|labour|interior|transportation|transport|agriculture|education|health|homeland security|home|foreign|trade) secretary$/;

/** A national cabinet post: a minister with a portfolio or a department's secretary, never an international office. */
export function nationalCabinetPost(t: string): boolean {
  return cabinetPost(t) || DEPARTMENT_SECRETARY.test(t);
}

/** A team has one captain and one coach at a time: in a match report, posts like a country's one-holder offices. */
export const TEAM_POSTS = new Set(['captain', 'skipper', 'coach', 'head coach', 'manager']);

export function titleCountry(
  p: PersonRecord,
  people: PersonRecord[],
  tokens: readonly Token[],
  match: boolean,
): string | null {
  // "Outgoing President X" beside "South Korean President-elect Y" (and "U.S. President Z"): the office the
  // president-elect is to take from them.
  const elect = outgoingsSuccessorCountry(p, people);
  if (elect !== null) return elect;
  const titles = new Set<string>();
  for (const r of p.roles) {
    // "President-elect Frank Delmont" beside "U.S. President Tom Hadley": the office they are elected to.
    const t = bareTitle(r).replace(/-elect$/, '');
    // "captain X" beside "Nigeria captain Y" in a match report: the other team's.
    if (match && TEAM_POSTS.has(t)) continue;
    // A country has one president or prime minister (or foreign minister) at a time: a bare "President X" beside
    // "Swiss President Y", or "Foreign Minister X" beside "Qatari … Foreign Minister Y", is someone else's, unless
    // the text says it is the same office at another time ("then President", "-elect").
    // "Chinese Vice President X … hosted at lunch by Vice President Y": so is a vice president.
    if (
      (SINGLE_HOLDER_TITLES.has(t) || cabinetPost(t) || NATIONAL_POSTS.has(t) || t === 'vice president') &&
      !/-elect$/i.test(r) &&
      !atAnotherTime(p, tokens)
    )
      continue;
    // "Foreign Minister Prince X" after "Crown Prince and Prime Minister, Prince Y" of another country: a style
    // many hold at once says nothing of whose office it is.
    if (PERSONAL_STYLES.has(t)) continue;
    if (t && titleHeads.has(t.split(' ').pop() ?? '')) titles.add(t);
  }
  if (titles.size === 0) return null;
  // "former President Baek" in a Yonhap story of "President Seo" and "U.S. President Hadley": a past holder of an
  // office the story's own holder has without a nationality (the outlet's, or the dateline's country) held it there.
  // "President X sworn in … Nigerian President Y attended … former President Z": while the story's own holder is
  // not placed yet, a foreign holder named with a nationality is no guide to a past holder either.
  if (atAnotherTime(p, tokens)) {
    let held: string | null = null;
    for (const q of people) {
      if (q === p || q.international || atAnotherTime(q, tokens)) continue;
      if (!q.roles.some((r) => titles.has(bareTitle(r)) && r.toLowerCase() === bareTitle(r))) continue;
      if (!q.country) {
        if (!q.countrySettled && held === null) return null;
        continue;
      }
      // "Outgoing President X … the presidents of Chile, Uruguay and Paraguay, A, B and C": holders of several
      // countries name no one office.
      if (held !== null && held !== q.country) {
        held = null;
        break;
      }
      held = q.country;
    }
    if (held !== null) return held;
  }
  // "Outgoing President X … Brazilian President Y congratulated him": a holder named only later is no guide.
  const first = p.mentions[0]?.start ?? 0;
  for (const q of people) {
    if (q === p || !q.countrySettled || !q.country || (q.mentions[0]?.start ?? 0) > first) continue;
    if (q.roles.some((r) => titles.has(bareTitle(r)))) return q.country;
  }
  return null;
}

/** The country of the one elected to the office an "outgoing" role of `p` names ("Outgoing President"), or null. */
function outgoingsSuccessorCountry(p: PersonRecord, people: readonly PersonRecord[]): string | null {
  for (const r of p.roles) {
    if (!OUTGOING_RE.test(r)) continue;
    const elect = `${bareTitle(r)}-elect`;
    let found: string | null = null;
    for (const q of people) {
      if (q === p || !q.country || !q.roles.some((s) => electedTo(s, elect))) continue;
      if (found !== null && found !== q.country) return null;
      found = q.country;
    }
    if (found !== null) return found;
  }
  return null;
}
const OUTGOING_RE = /^outgoing /i;
/** "South Korean President-elect" is elected to "president-elect" (the nationality's words go, "Vice …" stays). */
function electedTo(role: string, elect: string): boolean {
  const words = bareTitle(role).split(' ');
  return words[words.length - 1] === elect && !words.some((w) => w === 'vice' || w.startsWith('vice-'));
}

const BENEFICIARY_PREPOSITIONS = new Set(['for', 'to']);

export function pastHolderCountry(
  p: PersonRecord,
  people: readonly PersonRecord[],
  named: Mention | undefined,
  countryCache: Map<number, CountryHit[]>,
  doc: TokenizedText,
): string | null {
  if (!named) return null;
  let held: string | undefined;
  // A title written before the name ("President Sudarmo"), not "Dan Whitfield, president of a zoo".
  for (const r of p.roles) {
    const t = bareTitle(r);
    if (SINGLE_HOLDER_TITLES.has(t) && CAP_START.test(r)) held = t;
  }
  if (held === undefined) return null;
  const holders = new Set<string>();
  for (const q of people) {
    if (q === p || !q.countrySettled || !q.country || !q.roles.some((r) => bareTitle(r) === held)) continue;
    // "former Peruvian president Raul Mendez" holds no office now: the rule needs a current holder.
    if (atAnotherTime(q, doc.tokens)) continue;
    // "Liu recalled that President Sudarmo …": the holder named beside them is the office's other holder.
    if (q.mentions.some((m) => m.sent === named.sent)) continue;
    holders.add(q.country);
  }
  if (holders.size === 0) return null;
  let found: string | null = null;
  const [s0] = doc.sentences[named.sent] ?? [0, 0];
  const quoted = inQuote(doc.tokens, s0, named.start);
  for (const h of sentenceCountries(doc, named.sent, countryCache)) {
    if (!holders.has(h.country)) continue;
    // "“I am honored to represent the United States here,” X said, … the government of President Y": a country in
    // another's quoted words is no office of a name outside them.
    if (inQuote(doc.tokens, s0, h.at) !== quoted) continue;
    // "President X asked Congress for $33 billion in aid for Ukraine": after the name, a country that aid goes to
    // or is meant for is not where they hold office.
    if (h.at >= named.end && BENEFICIARY_PREPOSITIONS.has(doc.tokens[h.at - 1]?.lower ?? '')) continue;
    // "X, a member of the Dutch Green Party, is touring Taiwan, … after President Y won a second term": a
    // nationality in another's role describes them, not the office of a bare title.
    if (people.some((q) => q !== p && q.roleSpans.some((r) => r.start <= h.at && h.at < r.end))) continue;
    // "Later, the Iranian President called on President X": nor one in "the <nationality> <title>" that stands for a
    // holder named elsewhere (today's holder, met by X, not X's office).
    const t = doc.tokens;
    if (t[h.at - 1]?.lower === 'the' && titleHeads.has(t[h.at + 1]?.lower ?? '') && h.at + 2 !== named.start)
      continue;
    if (found !== null && found !== h.country) return null;
    found = h.country;
  }
  return found !== null && calledBy(p, people, named, found, doc.tokens) ? null : found;
}

/** Verbs of one leader reaching another: the one reached is a counterpart, not a holder of the caller's office. */
const CONTACT_VERBS = new Set([
  'phoned',
  'telephoned',
  'called',
  'rang',
  'met',
  'congratulated',
  'thanked',
  'received',
  'hosted',
  'visited',
]);

/**
 * "Irish Prime Minister X telephoned President Y to offer sympathy, saying Ireland stood ready …": a bare
 * title named right after a verb of contact whose subject, just before it, is of the country read is the caller's
 * counterpart abroad, not a past holder of the caller's country's office (whose holder acts in the story now).
 */
function calledBy(
  p: PersonRecord,
  people: readonly PersonRecord[],
  named: Mention,
  country: string,
  tokens: readonly Token[],
): boolean {
  const span = p.roleSpans.find((r) => r.end === named.start);
  const verb = (span?.start ?? named.start) - 1;
  if (!CONTACT_VERBS.has(tokens[verb]?.lower ?? '')) return false;
  return people.some(
    (q) =>
      q !== p &&
      q.country === country &&
      q.mentions.some((o) => o.kind !== 'pronoun' && o.sent === named.sent && o.end === verb),
  );
}

/**
 * Whether someone else of `country` holds one of the one-holder offices `held` (with `tokens`: someone who holds it
 * now, not at another time).
 */
export function heldByAnother(
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
export function currentHolders(
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

/**
 * Rule 12b: for each person still without a country who holds a one-holder office now ("President X"), the one
 * country the headline names as a side (not a destination) that has such an office, is not China for a name that
 * is not Chinese, and has no other holder of it in the story.
 */
export function headlineSideOffice(
  people: PersonRecord[],
  pinyinOf: readonly boolean[],
  sideTokens: readonly Token[],
  from: number,
  to: number,
  tokens: readonly Token[],
  date = '',
): void {
  let sides: string[] | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    if (!awaitsCountry(p) || p.bodyOffice) continue;
    const held = p.roles.map(bareTitle).filter((t) => SINGLE_HOLDER_TITLES.has(t));
    if (held.length === 0 || atAnotherTime(p, tokens)) continue;
    sides ??= [...new Set(sideHits(sideTokens, from, to))].filter((c) => !stateless(c, date));
    const fits = sides.filter(
      (c) =>
        (c !== 'China' || pinyinOf[pi]) &&
        !held.some((t) => lacksOffice(c, t)) &&
        !heldByAnother(people, p, c, held, tokens),
    );
    if (fits.length === 1) p.country = fits[0] ?? null;
  }
}

/**
 * The countries a headline names as sides, not destinations: "interest in Poland or Latvia" joins the second to the
 * first one's "in".
 */
function sideHits(sideTokens: readonly Token[], from: number, to: number): string[] {
  const hits = findCountries(sideTokens, from, to);
  const sides: string[] = [];
  let destination = false;
  for (const h of hits) {
    const joiner = sideTokens[h.at - 1]?.lower;
    destination = h.destination || (destination && (joiner === 'or' || joiner === 'and' || joiner === ','));
    if (!destination) sides.push(h.country);
  }
  return sides;
}

/** "Prime Minister", "President": a one-holder office written with no country. */
export function isBareSingleHolder(role: string): boolean {
  return SINGLE_HOLDER_TITLES.has(bareTitle(role)) && bareTitle(role) === role.toLowerCase();
}
