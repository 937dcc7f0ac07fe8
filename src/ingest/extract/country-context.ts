// Country evidence around a person's mentions: the sentence's and the lede's countries, the headline's, the other
// side of a meeting, succession, inauguration and the dateline's country.
import type { RoleSpan } from './appositive.ts';
import {
  LOCAL_PLACE_AFTER,
  cityCountry,
  cityCountryAt,
  findCountries,
  type CountryHit,
} from './countries.ts';
import { countryNames, subnationalCountry } from './lexicon.ts';
import { NAMED_BUILDINGS, NAME_PARTICLES, POSSESSIVE_MARKS, TO_HEADS } from './names.ts';
import { seatCountry } from './office-countries.ts';
import { holdsOfficeLacking } from './one-holder-offices.ts';
import { SUCCESSION } from './appositive.ts';
import { OFFICE_RELATIONS, SPEECH_AFTER } from './person-cues.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import { titleHeads, titleModifiers } from './roles.ts';
import type { Token, TokenizedText } from './tokenize.ts';
import { COUNTRY, DEMONYM, tokenFlags } from './word-classes.ts';

/**
 * Words after a country inside a body's name that make the country its subject ("Institute of Myanmar Studies",
 * "the Taiwan Affairs Office", "the Taiwan Work Office"): the body deals with that place, it is not of it.
 */
export const STUDY_WORDS = new Set(['studies', 'research', 'affairs', 'work']);
/**
 * "senior China economist at a bank", "Asia strategist": a country's name before such a trade is its subject; so is
 * it before "economics expert" and a body's "China division" ("former head of the IMF's China division").
 */
const SUBJECT_TRADES = new Set([
  'economist',
  'economists',
  'economics',
  'expert',
  'experts',
  'specialist',
  'specialists',
  'division',
  'desk',
  'analyst',
  'analysts',
  'strategist',
  'strategists',
  'watcher',
  'watchers',
]);
/** "Iran project director at a think tank": a programme on a country, run by its head, is that country's subject. */
const PROGRAMME_WORDS = new Set(['project', 'program', 'programme']);
const PROGRAMME_HEADS = new Set(['director', 'manager', 'head', 'lead', 'leader', 'coordinator']);
function subjectProject(tokens: readonly Token[], at: number): boolean {
  return PROGRAMME_WORDS.has(tokens[at]?.lower ?? '') && PROGRAMME_HEADS.has(tokens[at + 1]?.lower ?? '');
}
/**
 * "Iran project director at a policy group": a role span whose country is only the subject of the
 * trade, held "at" a body named after it.
 */
export function subjectOfWorkAt(tokens: readonly Token[], r: RoleSpan): boolean {
  for (const h of findCountries(tokens, r.start, r.end)) {
    if ((tokenFlags(tokens[h.at] as Token) & COUNTRY) === 0) continue;
    const next = h.at + 1;
    if (!SUBJECT_TRADES.has(tokens[next]?.lower ?? '') && !subjectProject(tokens, next)) continue;
    for (let k = next + 1; k < r.end; k++) if (tokens[k]?.lower === 'at') return true;
  }
  return false;
}
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
/**
 * Whether a name at `name` is the counterpart whose word ends at `after`: right after it ("his Australian counterpart
 * X", with an article or comma between), or after a comma and a capitalised title ("his Australian counterpart,
 * Deputy Prime Minister X,").
 */
export function ownCounterpart(tokens: readonly Token[], after: number, name: number): boolean {
  if (name === after || name === after + 1) return true;
  if (tokens[after]?.text !== ',' || name - after > 8) return false;
  for (let k = after + 1; k < name; k++) if (!tokens[k]?.cap || !tokens[k]?.word) return false;
  return true;
}

/**
 * "In Tokyo, Chief Cabinet Secretary X said …", "In Beijing, Foreign Ministry spokesman Y said …": the country of a
 * city that opens the sentence with "In" when the name (after its capitalised title) is the subject right after the
 * comma; else null.
 */
export function cityFrameCountry(tokens: readonly Token[], s: number, at: number): string | null {
  if (at - s > 12) return null;
  const c = openingCityComma(tokens, s, at);
  if (c < 0) return null;
  // "In Beijing, Foreign Ministry spokesman X said …": a lower-case title word may end the title too.
  for (let k = c + 1; k < at; k++) {
    const t = tokens[k];
    if (!t?.word || (!t.cap && !titleHeads.has(t.lower) && !titleModifiers.has(t.lower))) return null;
  }
  return framedCityCountry(tokens, s, c);
}

/** The comma after "In" and a city of one to three capitalised words opening the sentence at `s`, before `at`; or -1. */
function openingCityComma(tokens: readonly Token[], s: number, at: number): number {
  if (tokens[s]?.lower !== 'in') return -1;
  let c = s + 1;
  while (c < at && tokens[c]?.cap && tokens[c]?.word) c++;
  return c === s + 1 || c > s + 4 || tokens[c]?.text !== ',' ? -1 : c;
}

/** The country of the city between "In" at `s` and the comma at `c`. */
function framedCityCountry(tokens: readonly Token[], s: number, c: number): string | null {
  const city = tokens
    .slice(s + 1, c)
    .map((t) => t.lower)
    .join(' ');
  // China's cities are no dateline's home (countries.ts leaves them to the Chinese-context rules), but a sentence
  // framed "In Beijing," places its titled subject as "In Tokyo," does.
  return cityCountry(city) ?? (city === 'beijing' || city === 'peking' ? 'China' : null);
}

/**
 * "In London, the news reached Prime Minister X …", "In Taipei, the Nationalist government of Generalissimo Y
 * announced …": a city opening the sentence with "In" sets the scene of its clause, and the first titled person the
 * clause names (`first`: no one else is named before them in the sentence) is of the city's country. One clause only
 * (no punctuation between the comma and the name, at most eight words), no country or nationality in it, and the name
 * right after a capitalised title word; else null.
 */
export function cityFrameSceneCountry(
  tokens: readonly Token[],
  s: number,
  at: number,
  first: boolean,
): string | null {
  if (!first || at - s > 14) return null;
  const c = openingCityComma(tokens, s, at);
  if (c < 0 || at - c > 9) return null;
  const title = tokens[at - 1];
  if (!title?.cap || !titleHeads.has(title.lower)) return null;
  for (let k = c + 1; k < at; k++) {
    const t = tokens[k] as Token;
    if (!t.word || (t.cap && (tokenFlags(t) & (COUNTRY | DEMONYM)) !== 0)) return null;
  }
  return framedCityCountry(tokens, s, c);
}

export const TOPIC_PREPOSITIONS = new Set([
  'on',
  'about',
  'against',
  'over',
  'regarding',
  'toward',
  'towards',
  'into',
]);
export const CAP_START = /^\p{Lu}/u;
/** "is in Laos", "was in Japan": a stay, before "in" and a country. */
export const BEING_IN = new Set(['is', 'was', 'are', 'were', 'arrived', 'remains', 'stayed']);

/** Whether the story names `country` nowhere but at tokens in `allowed` (none at all counts). */
export function namesCountryOnlyAt(
  doc: TokenizedText,
  country: string,
  allowed: ReadonlySet<number>,
): boolean {
  return findCountries(doc.tokens, 0, doc.tokens.length).every(
    (h) => h.country !== country || allowed.has(h.at),
  );
}

/** Whether the headline names `country` (by name or demonym) and not `other`. */
export function headlineAbout(titleDoc: TokenizedText | null, country: string, other: string): boolean {
  if (!titleDoc) return false;
  const hits = findCountries(titleDoc.tokens, 0, titleDoc.tokens.length);
  return hits.some((h) => h.country === country) && !hits.some((h) => h.country === other);
}

/** The countries sentence `sent` names, found once per sentence of the article (`cache`). */
export function sentenceCountries(
  doc: TokenizedText,
  sent: number,
  cache: Map<number, CountryHit[]>,
): CountryHit[] {
  let hits = cache.get(sent);
  if (!hits) {
    const [s, e] = doc.sentences[sent] ?? [0, 0];
    hits = findCountries(doc.tokens, s, e);
    cache.set(sent, hits);
  }
  return hits;
}

/** The country of a state or province named by role words from `k` (one to three words), if any. */
export function subnationalAt(words: readonly string[], k: number): string | undefined {
  const w = words[k] as string;
  let c = subnationalCountry.get(w) ?? stateBeforeItsOffice(words, k);
  if (k + 1 < words.length) c = subnationalCountry.get(`${w} ${words[k + 1]}`) ?? c;
  if (k + 2 < words.length) c = subnationalCountry.get(`${w} ${words[k + 1]} ${words[k + 2]}`) ?? c;
  return c;
}

/**
 * States the table leaves out because their name is also a given name ("Governor Victoria X" is a person), placed
 * only right before a word of their own government: "Victoria Police Chief Commissioner", "Victorian Premier".
 */
const GIVEN_NAME_STATES = new Map([
  ['victoria', 'Australia'],
  ['victorian', 'Australia'],
]);
const STATE_OFFICE_WORDS = new Set(['police', 'premier', 'state', 'government', 'parliament']);

function stateBeforeItsOffice(words: readonly string[], k: number): string | undefined {
  const c = GIVEN_NAME_STATES.get(words[k] as string);
  return c !== undefined && STATE_OFFICE_WORDS.has(words[k + 1] ?? '') ? c : undefined;
}

/**
 * "Iran held the election after President Farahani died. Karimi defeated Reza Tabrizi, a former negotiator, in the
 * runoff.": with nothing in their own sentence, a person takes the one country the sentence before names, in the
 * same paragraph.
 */
export function previousSentenceCountry(
  doc: TokenizedText,
  sent: number,
  cache: Map<number, CountryHit[]>,
  othersTitle?: (at: number) => boolean,
): string | null {
  const [s] = doc.sentences[sent] ?? [0, 0];
  const prev = doc.sentences[sent - 1];
  if (!prev || prev[1] <= prev[0] || sentenceCountries(doc, sent, cache).length > 0) return null;
  const gap = doc.text.slice((doc.tokens[prev[1] - 1] as Token).end, (doc.tokens[s] as Token).start);
  if (gap.includes('\n')) return null;
  let found: string | null = null;
  for (const h of sentenceCountries(doc, sent - 1, cache)) {
    if (h.adjectival && namedBuildingAt(doc.tokens, h.at)) continue;
    // "members of the Indian diaspora gathered … He was greeted by the Vice-President, X": a people, not X's.
    if (h.adjectival && qualifiesGroup(doc.tokens, h)) continue;
    // "… for talks with German Chancellor X. He favors Y, the mayor of Z": a nationality in the title of another,
    // whom the next sentence does not name again, says nothing of whom it names.
    if (othersTitle?.(h.at) === true) continue;
    // "More than 700,000 people fled to Bangladesh. Investigators named Commander-in-Chief X …": where refugees fled
    // is their refuge, no side of whoever the next sentence names.
    if (fledTo(doc.tokens, h.at)) continue;
    if (found !== null && found !== h.country) return null;
    found = h.country;
  }
  return found;
}

/** Nouns of a people by its origin, after a nationality: "the Indian diaspora", "of Kenyan descent". */
const GROUP_NOUNS = new Set([
  'diaspora',
  'community',
  'communities',
  'descent',
  'origin',
  'heritage',
  'ancestry',
]);

/** Nouns of a settlement or a stretch of land that a nationality describes ("the Polish village of X"). */
const PLACE_NOUNS = new Set([...LOCAL_PLACE_AFTER, 'port', 'resort', 'capital', 'border', 'island', 'coast']);

/**
 * "in the southern Polish village of X", "near the Slovak border", "the French port city": a nationality that
 * describes a place says where something is, not whom a person beside it stands for; weighed as a country's name,
 * not as an adjective.
 */
export function describesPlace(tokens: readonly Token[], h: CountryHit): boolean {
  return h.adjectival && PLACE_NOUNS.has(tokens[(h.last ?? h.at) + 1]?.lower ?? '');
}

/**
 * "the Indian diaspora", "the Kenyan community", "of Irish descent", "Indian-Americans": a nationality that qualifies
 * a group of people by their origin (a plural "-Americans" too) is no nationality of anyone named near it.
 */
export function qualifiesGroup(tokens: readonly Token[], h: CountryHit): boolean {
  const t = tokens[h.last ?? h.at] as Token;
  if (GROUP_NOUNS.has(tokens[(h.last ?? h.at) + 1]?.lower ?? '')) return true;
  return (
    t.text.includes('-') &&
    t.lower.endsWith('s') &&
    /^\p{Lu}/u.test(t.text.slice(t.text.lastIndexOf('-') + 1))
  );
}

/** Whether only "and", "or", commas and "the" stand between token `end` and `at` (a country listed after another). */
function listedAfter(tokens: readonly Token[], end: number, at: number): boolean {
  if (at <= end + 1) return false;
  for (let k = end + 1; k < at; k++) {
    const w = (tokens[k] as Token).lower;
    if (w !== 'and' && w !== 'or' && w !== ',' && w !== 'the') return false;
  }
  return true;
}

const FLED = new Set(['fled', 'flee', 'flees', 'fleeing']);

/** "fled to Bangladesh", "fleeing to the United States": the country at `at` is a refuge reached. */
function fledTo(tokens: readonly Token[], at: number): boolean {
  const k = tokens[at - 1]?.lower === 'the' ? at - 1 : at;
  return tokens[k - 1]?.lower === 'to' && FLED.has(tokens[k - 2]?.lower ?? '');
}

/**
 * "went together to the Spanish Riding School": capitalised words after the nationality at `at`, the last a
 * building's word; the nationality names the place, not whom anyone there represents.
 */
export function namedBuildingAt(tokens: readonly Token[], at: number): boolean {
  let k = at + 1;
  while (k < at + 4 && tokens[k]?.cap && tokens[k]?.word) k++;
  return k > at + 1 && !tokens[k]?.cap && NAMED_BUILDINGS.has(tokens[k - 1]?.lower ?? '');
}

/** "Took office to complete the term of X", "served out the mandate of X": the office X held is the subject's. */
const TERM_WORDS = new Set(['term', 'mandate']);

/**
 * "A and B were sworn in, succeeding X", "A took office to complete the term of X": the country of the nearest
 * person named before, in that sentence.
 */
export function successionCountry(
  named: Mention,
  people: readonly PersonRecord[],
  mentionsBySent: Map<number, Mention[]>,
  tokens: readonly Token[],
): string | null {
  const before = tokens[named.start - 1]?.lower ?? '';
  if (
    !SUCCESSION.has(before) &&
    !(before === 'of' && TERM_WORDS.has(tokens[named.start - 2]?.lower ?? '')) &&
    !tookOfficeOnDeathOf(named, tokens)
  )
    return predecessorOfPreviousSubject(named, people, mentionsBySent, tokens);
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

/**
 * "… since he took office in June after the death of President X": the office X left is the one taken, its
 * title and name right after "the death (passing) of", the taking earlier in the sentence.
 */
function tookOfficeOnDeathOf(named: Mention, tokens: readonly Token[]): boolean {
  let b = named.start - 1;
  while (b > named.start - 4 && tokens[b]?.cap) b--;
  if (tokens[b]?.lower !== 'of' || !VACATING_DEATH.has(tokens[b - 1]?.lower ?? '')) return false;
  for (let k = b - 2; k >= 0 && tokens[k]?.sent === named.sent; k--)
    if (tokens[k]?.lower === 'took' && tokens[k + 1]?.lower === 'office') return true;
  return false;
}
const VACATING_DEATH = new Set(['death', 'passing']);

/**
 * "X, a former senator, was sanctioned in 2020. His predecessor, Y, visited …": a sentence that opens with "His
 * (Her) predecessor (successor)," names one who held the office of the person who opens the sentence before.
 */
function predecessorOfPreviousSubject(
  named: Mention,
  people: readonly PersonRecord[],
  mentionsBySent: Map<number, Mention[]>,
  tokens: readonly Token[],
): string | null {
  const k = named.start;
  const possessive = tokens[k - 3];
  if (tokens[k - 1]?.text !== ',' || !OFFICE_RELATIONS.has(tokens[k - 2]?.lower ?? '')) return null;
  if (!possessive?.first || (possessive.lower !== 'his' && possessive.lower !== 'her')) return null;
  const subject = mentionsBySent.get(named.sent - 1)?.[0];
  if (
    !subject ||
    subject.kind === 'pronoun' ||
    subject.person === named.person ||
    !tokens[subject.start]?.first
  )
    return null;
  return people[subject.person]?.country ?? null;
}

/** Offices whose "for <Country>" is their remit, not their country ("special envoy for Syria"). */
// "general director for the United States at the Ministry of Foreign Affairs": a desk's head, too.
// "IMF mission chief for Sri Lanka": a lending body's mission to a country, as an envoy's.
const REMIT_HEADS = new Set(['envoy', 'representative', 'rapporteur', 'coordinator', 'director', 'chief']);

/** Whether token `at` lies in the "on …" mandate of a remit title that starts the span at `start`. */
function inMandate(tokens: readonly Token[], start: number, at: number): boolean {
  for (let k = start + 1; k < at; k++)
    if (tokens[k]?.lower === 'on' && REMIT_HEADS.has(tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

/** Creeds after a nationality word in a church's name: "Greek Orthodox", "Armenian Apostolic", "Syrian Catholic". */
const CREED_AFTER_DEMONYM: ReadonlySet<string> = new Set([
  'orthodox',
  'catholic',
  'apostolic',
  'evangelical',
]);

/** Whether a country is named after "of" past token `at` and before `end`: "… Archdiocese of America". */
function laterCountryIn(tokens: readonly Token[], at: number, end: number): boolean {
  for (const h of findCountries(tokens, at + 1, end)) if (tokens[h.at - 1]?.lower === 'of') return true;
  return false;
}

/** Whether an envoy's title opens the span at `start` ("Ambassador of …", "Chargé d'Affaires a.i. of …"). */
function envoyOpens(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start]?.lower ?? '';
  return (
    TO_HEADS.has(head) ||
    ((head === 'chargé' || head === 'charge') && TO_HEADS.has(tokens[start + 1]?.lower ?? ''))
  );
}

/** The first country a role span names, except one the title is sent to ("Ambassador to China"). */
/** A side's team in an office's words ("legal team", "negotiating team", "delegation"). */
const TEAM_NOUNS = new Set(['team', 'delegation', 'side']);

/**
 * "a law professor on Myanmar's legal team": the country at `at`, after "on", owns (by a possessive) the team the
 * office is a member of, up to two words before the team's noun; it is the one they act for.
 */
function onTeamOf(tokens: readonly Token[], at: number): boolean {
  let k = at + 1;
  while (k < at + 3 && tokens[k]?.cap && tokens[k]?.word) k++;
  if (!POSSESSIVE_MARKS.has(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j <= k + 3; j++) if (TEAM_NOUNS.has(tokens[j]?.lower ?? '')) return true;
  return false;
}

/** "pro-Taiwan", "anti-American": the country at `at` written after "pro-" or "anti-" (one token or three). */
function backedOrOpposed(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  if (PRO_ANTI_RE.test(t.text)) return true;
  const dash = tokens[at - 1];
  const prefix = tokens[at - 2];
  return (
    dash?.text === '-' && dash.start === prefix?.end && dash.end === t.start && PRO_ANTI.has(prefix.lower)
  );
}
const PRO_ANTI_RE = /^(?:pro|anti)-/i;
const PRO_ANTI: ReadonlySet<string> = new Set(['pro', 'anti']);

export function roleSpanCountry(tokens: readonly Token[], r: RoleSpan): string | null {
  // The last token of a country an office is sent to ("ambassador to Finland"), or -1.
  let sentTo = -1;
  for (const h of findCountries(tokens, r.start, r.end)) {
    // "ambassador to Finland and Japan", "envoy to Chile, Peru and Bolivia": the countries listed after one an office
    // is sent to are sent to as well.
    if (sentTo >= 0 && listedAfter(tokens, sentTo, h.at)) {
      sentTo = h.last ?? h.at;
      continue;
    }
    // "a leader of the pro-Taiwan group in the ruling party": a country one's faction backs, or opposes, is none of
    // theirs.
    if (backedOrOpposed(tokens, h.at)) continue;
    // "dean of the Institute of Myanmar Studies": the subject of a body's name, not whom it serves; "professor of
    // Taiwan studies": of a field too.
    const study = tokens[h.at + 1];
    if (study && STUDY_WORDS.has(study.lower) && (study.cap || study.lower === 'studies')) continue;
    // "senior China economist at Commerzbank": the subject of their work; "Chinese economist" is a nationality.
    if (
      (tokenFlags(tokens[h.at] as Token) & COUNTRY) !== 0 &&
      (SUBJECT_TRADES.has(tokens[h.at + 1]?.lower ?? '') || subjectProject(tokens, h.at + 1))
    )
      continue;
    // "ambassador to X"; "special envoy on Myanmar", "UN special envoy for Syria": the country an office is sent to
    // or deals with.
    const prep = h.at > r.start ? tokens[h.at - 1]?.lower : undefined;
    if (prep === 'to' || (prep === 'on' && !onTeamOf(tokens, h.at))) {
      sentTo = h.last ?? h.at;
      continue;
    }
    if (prep === 'for' && REMIT_HEADS.has(tokens[h.at - 2]?.lower ?? '')) continue;
    if (prep === 'the' && tokens[h.at - 2]?.lower === 'for' && REMIT_HEADS.has(tokens[h.at - 3]?.lower ?? ''))
      continue;
    // "Ambassador to the United States" (not "adviser to the UAE president", the adviser's own country's).
    if (prep === 'the' && tokens[h.at - 2]?.lower === 'to' && TO_HEADS.has(tokens[h.at - 3]?.lower ?? '')) {
      sentTo = h.last ?? h.at;
      continue;
    }
    // "Ambassador of the Custodian of the Two Holy Mosques to the United States": an envoy's title that opens the
    // span sends its holder to the country after "to (the)", however long the sender's style before it.
    if (
      (prep === 'to' || (prep === 'the' && tokens[h.at - 2]?.lower === 'to')) &&
      TO_HEADS.has(tokens[r.start]?.lower ?? '')
    ) {
      sentTo = h.last ?? h.at;
      continue;
    }
    // "Ambassador in Ukraine", "Chargé d'Affaires a.i. of the United States of America in Ukraine": the country an
    // envoy's title holds its post in.
    if (prep === 'in' && (TO_HEADS.has(tokens[h.at - 2]?.lower ?? '') || envoyOpens(tokens, r.start)))
      continue;
    // "head of the Greek Orthodox Archdiocese of America": a church's creed names its tradition when a country is
    // named later in the same office; "the Russian Orthodox Church's" alone is the country's church.
    if (
      h.adjectival &&
      CREED_AFTER_DEMONYM.has(tokens[h.at + 1]?.lower ?? '') &&
      laterCountryIn(tokens, h.at, r.end)
    )
      continue;
    // "Special Rapporteur on the situation of human rights in the Palestinian territories": all of a mandate.
    if (inMandate(tokens, r.start, h.at)) continue;
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
  // "Prefect of the Papal Household", "Apostolic Nuncio", "Holy See's Permanent Observer": offices of the Pope's see.
  for (let k = r.start; k < r.end; k++) {
    const t = tokens[k] as Token;
    if (!t.cap) continue;
    // "ambassador to the Holy See": the see an envoy is sent to.
    const to = tokens[k - 1]?.lower === 'the' ? tokens[k - 2] : tokens[k - 1];
    if (to?.lower === 'to') continue;
    if (t.lower === 'papal' || t.lower === 'pontifical') return 'Vatican';
    if (t.lower === 'apostolic' && tokens[k + 1]?.lower === 'nuncio') return 'Vatican';
    if (t.lower === 'holy' && tokens[k + 1]?.lower === 'see') return 'Vatican';
  }
  return null;
}

/**
 * "thanked President X and the American people", "greetings to X and the people of Chile": the people named with a
 * leader are the leader's country's, or null.
 */
export function peopleNamedWith(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.lower !== 'and' || tokens[end + 1]?.lower !== 'the') return null;
  const k = end + 2;
  if (tokens[k]?.lower === 'people') {
    if (tokens[k + 1]?.lower !== 'of') return null;
    const h = findCountries(tokens, k + 2, k + 3)[0];
    return h && !h.adjectival && h.at === k + 2 ? h.country : null;
  }
  // "the American people", "the South Korean people": a nationality right before "people".
  const p = tokens[k + 1]?.lower === 'people' ? k + 1 : tokens[k + 2]?.lower === 'people' ? k + 2 : -1;
  if (p < 0) return null;
  const h = findCountries(tokens, k, p)[0];
  return h?.adjectival && h.at === k ? h.country : null;
}

/** "Chinese and Japanese leaders", "the Chinese and Russian sides": the demonym at `at` is one of a pair. */
export function pairedDemonym(tokens: readonly Token[], at: number): boolean {
  const isDemonym = (t: Token | undefined) => t !== undefined && (tokenFlags(t) & DEMONYM) !== 0;
  return (
    (tokens[at - 1]?.lower === 'and' && isDemonym(tokens[at - 2])) ||
    (tokens[at + 1]?.lower === 'and' && isDemonym(tokens[at + 2]))
  );
}

/** "X won the trophy, and Real Madrid midfielder Y took …": a new clause between two people's titles. */
export function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';') return true;
    if (t.text === ',' && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);

/** Whether token `at` sits inside quotation marks, counting the marks from the sentence's first token `from`. */
export function inQuote(tokens: readonly Token[], from: number, at: number): boolean {
  let inside = false;
  for (let k = from; k < at; k++) {
    const x = (tokens[k] as Token).text;
    if (x === '“') inside = true;
    else if (x === '”') inside = false;
    else if (x === '"') inside = !inside;
  }
  return inside;
}

/** "Japanese lawmakers … X": a nationality before a lower-case plural noun, with no "including" before `to`. */
export function describesGroup(tokens: readonly Token[], at: number, to: number): boolean {
  const noun = tokens[at + 1];
  if (!noun?.word || noun.cap || !noun.lower.endsWith('s') || titleHeads.has(noun.lower)) return false;
  for (let k = at + 2; k < to; k++) if (GROUP_MEMBERS.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** Words that name members of a group after it: "Japanese lawmakers, including X". */
const GROUP_MEMBERS = new Set(['including', 'among', 'such', 'led', 'like']);

/**
 * Whether country hit `h` is bound to the name of a person other than `pi`: "Abebe Kassa of Ethiopia" (the name,
 * then "of") or "Belgium's Jonas Peeters" (the possessive, then the name).
 */
export function countryOfAnother(
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
export function otherSideAt(tokens: readonly Token[], from: number, at: number): boolean {
  // "who negotiated the summit with North Korean officials", "a luncheon with the North's high-level delegation":
  // those one deals with are the other side.
  const w = tokens[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  if (tokens[w]?.lower === 'with' && w > from)
    for (let k = at + 1; k <= at + 3; k++) if (OTHER_SIDE_GROUPS.has(tokens[k]?.lower ?? '')) return true;
  for (let k = at - 1; k > from; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return false;
    if (t.lower === 'with' && MEETING_NOUNS.has((tokens[k - 1] as Token).lower)) return true;
  }
  // "X met US Vice-President Y and members of the US business community": whom the name met. Not "X received Y's
  // letter urging him to halt the Turkish operation": a letter received is no one met.
  return MET_OR_RECEIVED.has(tokens[from]?.lower ?? '') && !thingReceived(tokens, from, at);
}
/** Verbs of meeting or receiving someone: "met X", "receives Y". */
export const MET_OR_RECEIVED: ReadonlySet<string> = new Set(['met', 'meets', 'received', 'receives']);
/** Things one receives from afar ("received X's letter", "received a message from Y"), not a visitor. */
const RECEIVED_THINGS = new Set(['letter', 'letters', 'message', 'messages', 'cable', 'telegram', 'call']);
function thingReceived(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = from + 1; k < at && k <= from + 9; k++)
    if (RECEIVED_THINGS.has((tokens[k] as Token).lower)) return true;
  return false;
}
/** Groups one deals with across a table ("with North Korean officials", "with Chinese counterparts"). */
const OTHER_SIDE_GROUPS = new Set([
  'officials',
  'counterparts',
  'negotiators',
  'delegation',
  'delegations',
  'envoys',
  'diplomats',
]);

/** "the visit of Ethiopian Prime Minister A … and his talks with President B": the other side of a meeting. */
export function withBetween(tokens: readonly Token[], from: number, to: number): boolean {
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

/**
 * "the new U.S. administration of President X", "the Chilean government of President Y": a nationality or country
 * right before "administration"/"government of" and the title is the country the named one governs. Null if none.
 */
export function governingCountry(
  tokens: readonly Token[],
  hits: readonly CountryHit[],
  start: number,
): string | null {
  const k = titleWordsStart(tokens, start);
  if (tokens[k - 1]?.lower !== 'of' || !GOVERNMENTS.has(tokens[k - 2]?.lower ?? '')) return null;
  for (const h of hits) {
    let j = h.at + 1;
    while (j < k - 2 && (tokens[j] as Token).cap) j++;
    if (j === k - 2) return h.country;
  }
  return null;
}
/** The words a leader's government goes by ("the Biden administration", "an incoming leader's government"). */
export const GOVERNMENTS: ReadonlySet<string> = new Set(['administration', 'government']);

/** Nouns for a country's side that someone can represent ("the Russian leader", "the Thai government"). */
const REPRESENTED_SIDES = new Set(['leader', 'president', 'government', 'side', 'king', 'monarch', 'team']);

/** The words before "be" of a passive ahead of the event ("will be represented by", "is to be represented by"). */
const FUTURE_AUXILIARIES = new Set(['will', 'would', 'shall', 'to']);

/**
 * "Indonesia was represented by Vice President X", "The Russian leader was represented at the summit by Foreign
 * Minister Y": the country before "was represented (…) by" and the title.
 */
export function representedCountry(
  tokens: readonly Token[],
  hits: readonly CountryHit[],
  start: number,
): string | null {
  let k = titleWordsStart(tokens, start);
  // "Lebanon by caretaker Prime Minister X": a lower-case word of the title.
  if (k < start && titleModifiers.has(tokens[k - 1]?.lower ?? '') && !tokens[k - 1]?.cap) k--;
  if (tokens[k - 1]?.lower !== 'by') return null;
  // "was represented by Vice President X and by Y": the second agent of the same verb.
  if (tokens[k - 2]?.lower === 'and') {
    let j = k - 3;
    while (j > k - 16 && j > 0 && (tokens[j]?.cap || tokens[j]?.text === '.')) j--;
    return tokens[j]?.lower === 'by' && j < k - 3 ? representedCountry(tokens, hits, j + 1) : null;
  }
  const gapped = gappedRepresented(tokens, hits, k - 1);
  if (gapped) return gapped;
  // "was represented at the September summit by": a few words of place or time may come between.
  let r = k - 2;
  while (r > k - 8 && r > 0 && tokens[r]?.lower !== 'represented' && (tokens[r] as Token).word) r--;
  if (tokens[r]?.lower !== 'represented') return null;
  const be = tokens[r - 1]?.lower ?? '';
  // "Moscow will be represented by Foreign Minister X": the same side, ahead of the event.
  const future = be === 'be' && FUTURE_AUXILIARIES.has(tokens[r - 2]?.lower ?? '');
  if (!future && be !== 'was' && be !== 'were' && be !== 'is' && be !== 'are') return null;
  /** The token right after the subject: the verb "was", or the "will" of "will be". */
  const verb = future ? r - 2 : r - 1;
  for (const h of hits) {
    let j = h.at + 1;
    while (j < verb && (tokens[j] as Token).cap) j++;
    if (j === verb && !h.adjectival) return h.country;
    // "The Russian leader was represented … by X": the side a nationality's leader, government or team is.
    if (
      h.adjectival &&
      j === verb - 1 &&
      !(tokens[j] as Token).cap &&
      REPRESENTED_SIDES.has((tokens[j] as Token).lower)
    )
      return h.country;
  }
  // "Washington was represented instead by Commerce Secretary X": a capital standing for its government.
  const city = tokens[verb - 1];
  const opens =
    verb - 1 === 0 ||
    tokens[verb - 2]?.sent !== city?.sent ||
    tokens[verb - 2]?.text === ',' ||
    tokens[verb - 2]?.lower === 'and';
  return city?.cap && opens ? (cityCountry(city.lower) ?? null) : null;
}

/**
 * "… and Saudi Arabia by Foreign Minister Y, after Crown Prince X excused himself": the one absent whom the
 * representative named right before stands in for is of the country represented. Null if the mention at `start`
 * is not so placed.
 */
export function standInForCountry(
  tokens: readonly Token[],
  hits: readonly CountryHit[],
  start: number,
  end: number,
): string | null {
  const k = titleWordsStart(tokens, start);
  if (tokens[k - 1]?.lower !== 'after' || tokens[k - 2]?.text !== ',') return null;
  if (
    !ABSENT_AFTER.test(
      tokens
        .slice(end, end + 4)
        .map((t) => t.lower)
        .join(' '),
    )
  )
    return null;
  // The representative's title and name end at the comma; representedCountry reads the "by" before them.
  let j = k - 3;
  while (j > k - 12 && tokens[j]?.word && (tokens[j]?.cap || NAME_PARTICLES.has(tokens[j]?.lower ?? ''))) j--;
  return j < k - 3 && tokens[j]?.lower === 'by' ? representedCountry(tokens, hits, j + 1) : null;
}
/** "excused himself", "did not attend", "stayed away", "was absent" right after a name. */
const ABSENT_AFTER =
  /^(?:excused (?:himself|herself)|did not attend|could not attend|was unable to attend|stayed away|was absent)\b/;

/**
 * "Germany was represented by President X and the United States by Interior Secretary Y": the verb left out of the
 * second conjunct; the country between "and" and `by` (the token index of "by") is Y's. Null if none.
 */
function gappedRepresented(tokens: readonly Token[], hits: readonly CountryHit[], by: number): string | null {
  for (const h of hits) {
    if (h.adjectival || h.at >= by) continue;
    let j = h.at + 1;
    while (j < by && (tokens[j] as Token).cap) j++;
    if (j !== by) continue;
    const before = tokens[h.at - 1]?.lower === 'the' ? h.at - 2 : h.at - 1;
    // "Kuwait is represented by A, Lebanon by B and Saudi Arabia by C": a comma joins the conjuncts too.
    if (tokens[before]?.lower !== 'and' && tokens[before]?.text !== ',') return null;
    const sent = (tokens[by] as Token).sent;
    for (let r = before - 1; r >= 0 && r > before - 30 && tokens[r]?.sent === sent; r--)
      if (tokens[r]?.lower === 'represented' && tokens[r + 1]?.lower === 'by') return h.country;
    return null;
  }
  return null;
}

/** "accompanied by Foreign Minister X": the name follows "accompanied by" and its title. */
export function accompaniedBy(tokens: readonly Token[], start: number): boolean {
  const k = titleWordsStart(tokens, start);
  return tokens[k - 1]?.lower === 'by' && tokens[k - 2]?.lower === 'accompanied';
}

/** The first comma after `end` in its sentence, or -1. */
export function commaAfter(tokens: readonly Token[], end: number): number {
  const sent = tokens[end]?.sent;
  for (let k = end; k < tokens.length && k < end + 40 && tokens[k]?.sent === sent; k++)
    if ((tokens[k] as Token).text === ',') return k;
  return -1;
}

/** "…, spokesman X said": the sentence reports the words before the name, up to a comma, and `at` is in them. */
export function reportedBefore(tokens: readonly Token[], at: number, m: Mention): boolean {
  if (!SPEECH_AFTER.has(tokens[m.end]?.lower ?? '')) return false;
  for (let k = m.start - 1; k > at; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return true;
    if (!t.cap && !titleHeads.has(t.lower)) return false;
  }
  return false;
}

/** Words that say someone takes office in the sentence they are named in. */
const TAKING_OFFICE_RE = /\b(?:inaugurat(?:ion|ed|es)|sworn in|swearing-in|takes? office|took office)\b/i;
/**
 * "inaugurated"/"inaugurates" with what comes before and after: "was inaugurated", "newly inaugurated" (one who
 * took office) against "X inaugurated the plant", "the bridge was inaugurated by X" (an opening); "inauguration of
 * the new bridge" (an opening) against "the inauguration of the president".
 */
const INAUGURATED_RE =
  /\b(?:(was|were|is|are|be|been|being|newly|recently|just) )?inaugurat(ed|es|ion)\b(?:( by\b)| of (?:the |a |an |its |their )?(?:new |newly built |expanded |renovated )?(\p{L}+))?/giu;

/**
 * Whether `text` (one sentence) says someone takes office: "sworn in", "took office", or an inauguration that is a
 * person's, not a building's or a project's opening ("Prime Minister X inaugurated the new plant in Pune").
 */
function saysTakingOffice(text: string): boolean {
  if (!TAKING_OFFICE_RE.test(text)) return false;
  if (/\b(?:sworn in|swearing-in|takes? office|took office)\b/i.test(text)) return true;
  INAUGURATED_RE.lastIndex = 0;
  for (let m = INAUGURATED_RE.exec(text); m; m = INAUGURATED_RE.exec(text)) {
    const [, before, form, by, of] = m;
    if (form === 'ion') {
      const w = of?.toLowerCase();
      if (w === undefined || /^\p{Lu}/u.test(of as string) || titleHeads.has(w) || titleModifiers.has(w))
        return true;
      continue;
    }
    // Active "X inaugurated the plant" opens something; so does a passive one "by" someone.
    if (before !== undefined && by === undefined) return true;
  }
  return false;
}

/** Rule 12d: the one country whose capital or large city the sentences of `p` taking office name, or null. */
export function inaugurationCountry(p: PersonRecord, doc: TokenizedText): string | null {
  let found: string | null = null;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const [s, e] = doc.sentences[m.sent] ?? [0, 0];
    if (e <= s) continue;
    const text = doc.text.slice((doc.tokens[s] as Token).start, (doc.tokens[e - 1] as Token).end);
    if (!saysTakingOffice(text)) continue;
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

/**
 * "In Washington, White House spokesman X said President Y would invite him": whether every mention of `p` (by name)
 * is in a sentence that opens with "In" and a city of p's own country, which is not `home`. Such a foreigner reacts
 * from abroad, as one named with their nationality does.
 */
function framedAtHomeAbroad(p: PersonRecord, doc: TokenizedText, home: string): boolean {
  let named = false;
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const [s] = doc.sentences[m.sent] ?? [0, 0];
    const c = openingCityComma(doc.tokens, s, m.start);
    if (c < 0) return false;
    const city = framedCityCountry(doc.tokens, s, c);
    if (city === null || city === home || city !== p.country) return false;
    named = true;
  }
  return named;
}

/**
 * Rule 12c: with three or more people placed, all in the dateline's country `home`, the unplaced ones too; with two
 * when the story is a national outlet's from its own country (`atHome`) and names no foreigner placed.
 */
export function domesticCountry(
  people: PersonRecord[],
  home: string | null,
  atHome = false,
  doc: TokenizedText | null = null,
): void {
  if (!home) return;
  let placed = 0;
  let foreign = 0;
  for (const p of people) {
    if (p.international) continue;
    if (p.country === null) continue;
    // "US President X called to congratulate her": a foreigner named with their nationality in their own title
    // reacts from abroad; it is the bare-named foreigners that make a story international.
    if (p.country !== home) {
      foreign++;
      if (p.countrySettled || (doc !== null && framedAtHomeAbroad(p, doc, home))) continue;
      // "Prince X, the queen's husband,": a settled foreigner's relative, of their country, comes along with them.
      const kin = people[p.relativeOf];
      if (kin?.countrySettled && kin.country === p.country) continue;
      return;
    }
    placed++;
  }
  // "MOSCOW (TASS) — …": a national outlet at home, with two placed and no foreigner at all, reports its own affairs.
  if (placed < 3 && !(atHome && placed === 2 && foreign === 0)) return;
  // Not one whom a rule settled with no country (a foreign firm's executive), nor one named in passing, nor one
  // whose office the country lacks ("Prince X" in a story of a republic), nor one whose office is for the country
  // ("mission chief for Sri Lanka" beside the IMF's: an outsider charged with it).
  for (const p of people)
    if (
      p.country === null &&
      !p.countrySettled &&
      !p.inPassing &&
      !holdsOfficeLacking(p.roles, home) &&
      !p.roles.some((r) => chargedWith(r, home))
    )
      p.country = home;
}

const FOR_COUNTRY_RE = /\b(?:for|to) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u;

/** "mission chief for Sri Lanka", "special envoy to Liberia": a role that ends in the country it is charged with. */
function chargedWith(role: string, country: string): boolean {
  const named = FOR_COUNTRY_RE.exec(role)?.[1];
  return named !== undefined && countryNames.get(named.toLowerCase()) === country;
}

/**
 * "after President X was killed …, along with Foreign Minister Y": the one named before "along with" (right before
 * Y's title or name), in the sentence of Y's first mention; or undefined.
 */
export function namedAlongWith(p: PersonRecord, people: readonly PersonRecord[], tokens: readonly Token[]) {
  const m = p.mentions.find((o) => o.kind !== 'pronoun');
  if (!m) return undefined;
  const span = p.roleSpans.find((r) => r.end === m.start);
  const at = span ? span.start : m.start;
  if (tokens[at - 1]?.lower !== 'with' || tokens[at - 2]?.lower !== 'along') return undefined;
  let found: PersonRecord | undefined;
  for (const q of people)
    if (q !== p && q.mentions.some((o) => o.kind !== 'pronoun' && o.sent === m.sent && o.end < at - 2))
      found = q;
  return found;
}

/** Whether the headline names China ("Chinese Premier", "China's", "China-Malaysia"). */
export function namesChina(titleDoc: TokenizedText | null, doc: TokenizedText): boolean {
  if (
    titleDoc &&
    findCountries(titleDoc.tokens, 0, titleDoc.tokens.length).some((h) => h.country === 'China')
  )
    return true;
  // A plain scan of the text: cheaper than finding every country of the story.
  return doc.text.includes('China') || doc.text.includes('Chinese');
}

/** The one country whose seat or capital the sentences naming `p` name ("in Washington"), or null. */
export function seatOfMentions(
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
export function possessiveCountryBefore(tokens: readonly Token[], at: number): string | null {
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
export function headlineCountry(titleDoc: TokenizedText | null): string | null {
  return titleDoc ? oneCountry(titleDoc.tokens, 0, titleDoc.tokens.length) : null;
}

/**
 * The headline's one country as the home of the story's bare titles, or null: not when the people it names all
 * represent other countries ("Mendes, Rossi agree in phone call to start Venezuela talks": Venezuela is what they talk
 * about, not where a "Presidential aide" serves).
 */
export function headlineHomeCountry(
  titleDoc: TokenizedText | null,
  people: readonly PersonRecord[],
): string | null {
  const c = headlineCountry(titleDoc);
  if (c === null) return null;
  let named = false;
  for (const p of people) {
    if (p.titleMention < 0 || p.international || p.country === null) continue;
    if (p.country === c) return c;
    named = true;
  }
  return named ? null : c;
}

/** The text of the story's first sentence. */
export function ledeText(doc: TokenizedText): string {
  const [s0, e0] = doc.sentences[0] ?? [0, 0];
  return e0 > s0 ? doc.text.slice((doc.tokens[s0] as Token).start, (doc.tokens[e0 - 1] as Token).end) : '';
}

/**
 * "Hong Kong will increase its bond issuance …" under "HK to sell more bonds" and no dateline: the one country
 * the lede names, or null.
 */
export function ledeCountry(doc: TokenizedText): string | null {
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

/**
 * "President X on Friday led a national tribute … at the Invalides in Paris … draped in the French flag": the country
 * of the one city the lede sets its event in ("in <City>"), when the lede names no other country and the story names
 * that one; or null.
 */
export function ledeCityCountry(doc: TokenizedText): string | null {
  const lede = doc.sentences[0];
  if (!lede) return null;
  const { tokens } = doc;
  let found: string | null = null;
  for (let i = lede[0] + 1; i < lede[1]; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || !t.word || tokens[i - 1]?.lower !== 'in') continue;
    const country = cityCountryAt(tokens, i, lede[1]);
    if (!country) continue;
    if (found !== null && found !== country) return null;
    found = country;
  }
  if (found === null) return null;
  const named = oneCountry(tokens, lede[0], lede[1]);
  if (named !== null && named !== found) return null;
  // The story names that country too ("the French flag"): a city alone may be where a story abroad is told from.
  for (const h of findCountries(tokens, 0, tokens.length))
    if (h.country === found && !h.destination) return found;
  return null;
}

/**
 * "(Bloomberg) -- … the union said in Seattle … workers in the Seattle area and Oregon": with no dateline, the one
 * country that the story's big cities and states (named at least twice in all) lie in, when it names no other
 * country; or null. The places are sought first: most stories name too few for the countries to matter.
 */
export function storyPlacesCountry(doc: TokenizedText): string | null {
  const { tokens } = doc;
  let found: string | null = null;
  let places = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap || !t.word) continue;
    const next = tokens[i + 1];
    const pair = next?.cap && next.sent === t.sent ? `${t.lower} ${next.lower}` : '';
    const pairCountry = pair ? (cityCountry(pair) ?? subnationalCountry.get(pair)) : undefined;
    const country = pairCountry ?? cityCountry(t.lower) ?? subnationalCountry.get(t.lower);
    if (!country) continue;
    if (found !== null && found !== country) return null;
    found = country;
    places++;
    if (pairCountry) i++;
  }
  if (places === 0) return null;
  // "… from the Union Buildings in Pretoria … the will of South Africans": the country named beside one city
  // counts as a second place.
  let named = 0;
  for (const h of findCountries(tokens, 0, tokens.length)) {
    if (h.country !== found) return null;
    named++;
  }
  return places + named >= 2 ? found : null;
}
