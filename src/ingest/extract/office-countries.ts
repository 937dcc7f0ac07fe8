// Countries read from the offices a story's people hold: which countries have no president, and which body an "its
// President" belongs to.
import { cityCountry, findCountries } from './countries.ts';
import { institutionCountry } from './roles.ts';
import type { Token } from './tokenize.ts';

/**
 * Monarchies (and Commonwealth realms) whose head of state is a king, queen, emperor, emir or sultan: none of them
 * has a president or a vice president, so a bare "President X" in their stories is someone else's.
 */
const NO_PRESIDENT = new Set([
  'United Kingdom',
  'Japan',
  'Spain',
  'Netherlands',
  'Belgium',
  'Sweden',
  'Norway',
  'Denmark',
  'Luxembourg',
  'Monaco',
  'Liechtenstein',
  'Thailand',
  'Cambodia',
  'Malaysia',
  'Brunei',
  'Bhutan',
  'Saudi Arabia',
  'Jordan',
  'Morocco',
  'Qatar',
  'Kuwait',
  'Bahrain',
  'Oman',
  'Eswatini',
  'Lesotho',
  'Tonga',
  'Canada',
  'Australia',
  'New Zealand',
  'Jamaica',
  'Papua New Guinea',
]);

const PRESIDENT_TITLES = new Set(['president', 'vice president', 'vice-president', 'deputy president']);

/**
 * Monarchies whose head of state also goes by another title (the UAE's president is one of its emirs' rulers; the
 * Vatican's pope): with those above, the countries where a bare "King", "Prince" or "Infanta" can be at home.
 */
const OTHER_MONARCHIES = new Set(['United Arab Emirates', 'Vatican', 'Andorra', 'Samoa']);
/** The crowned heads' titles, which the other monarchies above do not use. */
export const CROWNED: ReadonlySet<string> = new Set(['king', 'queen', 'emperor', 'empress']);
/** Royal titles: a republic has none ("EFE: Berlin, Jul 14 … King Ramiro IV watched the final" is no German king). */
const ROYAL_TITLES = new Set([
  ...CROWNED,
  'prince',
  'princess',
  'crown prince',
  'crown princess',
  'infanta',
  'infante',
  'emir',
  // The Gulf agencies' spelling of "emir" ("the Amir Sheikh X").
  'amir',
  'sultan',
]);

/** The states whose ruler is styled "Supreme Leader": Iran's Leader of the Revolution, North Korea's, the Taliban's. */
const SUPREME_LEADERS = new Set(['Iran', 'North Korea', 'Afghanistan']);

/** Whether `country` can have no holder of the bare title `title` ("president" in the United Kingdom, "king" in Germany). */
export function lacksOffice(country: string, title: string): boolean {
  // The Emirates' and the Vatican's rulers are no crowned king or queen: "Queen X" there is a foreign one.
  if (ROYAL_TITLES.has(title))
    return !NO_PRESIDENT.has(country) && !(OTHER_MONARCHIES.has(country) && !CROWNED.has(title));
  if (title === 'prime minister')
    return NO_PRIME_MINISTER.has(country) && officeYear >= (HAD_PRIME_MINISTER_UNTIL.get(country) ?? 0);
  // The United States' foreign minister is its Secretary of State: "Foreign Minister X" in a State Department
  // briefing is another country's.
  // So is India's its Minister of External Affairs: "Foreign Minister X" in a PTI story from Tehran is the host's.
  if (title === 'foreign minister') return country === 'United States' || country === 'India';
  // Its defence minister is its Secretary of Defense: "United States Secretary of State X and Defence Minister Y
  // signed" names the other side's minister.
  if (title === 'defence minister' || title === 'defense minister') return country === 'United States';
  // "Supreme Leader Ayatollah X" in an Indian agency's story: only a few states name their ruler so.
  if (title === 'supreme leader') return !SUPREME_LEADERS.has(country);
  if (VICE_PRESIDENT_TITLES.has(title) && NO_VICE_PRESIDENT.has(country)) return true;
  // "Federal Minister of Defence", "Federal Chancellor": a federation's offices, which a unitary state has none of.
  if (title.startsWith('federal ')) return !FEDERATIONS.has(country);
  return NO_PRESIDENT.has(country) && PRESIDENT_TITLES.has(title);
}

/**
 * Federal states, past and present: only they style a national office "Federal …" ("Federal Chancellor", "Federal
 * Minister of the Interior"), so one so titled in a Lithuanian or Polish sentence is another country's.
 */
const FEDERATIONS = new Set([
  'United States',
  'Canada',
  'Mexico',
  'Brazil',
  'Argentina',
  'Venezuela',
  'Germany',
  'Austria',
  'Switzerland',
  'Belgium',
  'Russia',
  'Soviet Union',
  'Yugoslavia',
  'Czechoslovakia',
  'Bosnia and Herzegovina',
  'India',
  'Pakistan',
  'Nepal',
  'Malaysia',
  'Australia',
  'Micronesia',
  'Nigeria',
  'Ethiopia',
  'Somalia',
  'Sudan',
  'South Sudan',
  'Comoros',
  'Iraq',
  'United Arab Emirates',
  'Saint Kitts and Nevis',
]);

const VICE_PRESIDENT_TITLES = new Set(['vice president', 'vice-president']);
/**
 * Republics whose president has no deputy of that name: "visited NASA with Vice President X" in a Yonhap story from
 * Washington is the host's (South Korea's office was abolished in 1960).
 */
const NO_VICE_PRESIDENT = new Set([
  'South Korea',
  'Germany',
  'France',
  'Italy',
  'Israel',
  'Poland',
  'Austria',
  'Ireland',
  'Portugal',
  'Greece',
  'Singapore',
]);

/** The story's year (set per story by `setOfficeYear`), for offices a country had only in some years. */
let officeYear = 9999;
/** Sets the year `lacksOffice` answers for, from the story's date ("1957-03-06"). */
export function setOfficeYear(date: string): void {
  officeYear = Number.parseInt(date.slice(0, 4), 10) || 9999;
}

/**
 * Of the republics below, those that had a prime minister before they gave the government to their president, and the
 * year the office last ended: Ghana's Nkrumah (1957–60, and 1969–72), Nigeria's first republic, South Africa's until
 * 1984, Indonesia's parliamentary years, the Philippines' (1978–86), Brazil's (1961–63).
 */
const HAD_PRIME_MINISTER_UNTIL = new Map([
  ['Ghana', 1972],
  ['Nigeria', 1966],
  ['South Africa', 1984],
  ['Indonesia', 1960],
  ['Philippines', 1986],
  ['Brazil', 1963],
]);

/**
 * Republics whose president heads the government, with no prime minister: a bare "Prime Minister X" in a Brazilian
 * agency's story of a visit to Portugal is the host's.
 */
const NO_PRIME_MINISTER = new Set([
  'United States',
  'Brazil',
  'Mexico',
  'Argentina',
  'Chile',
  'Colombia',
  'Ecuador',
  'Bolivia',
  'Paraguay',
  'Uruguay',
  'Venezuela',
  'Indonesia',
  'Philippines',
  'Nigeria',
  'Ghana',
  'South Africa',
  'Cyprus',
]);

/**
 * Seats of government not named as bodies elsewhere: "Bondarenko's Oval Office meeting with President X"; a head of
 * state's palace ("received by President X at the Quirinale", "Queen Y at Buckingham Palace").
 */
const OFFICE_SEATS = new Map([
  ['oval office', 'United States'],
  ['quirinale', 'Italy'],
  ['buckingham palace', 'United Kingdom'],
]);

/** Seats where a head of state or government receives visitors, by the names `institutionCountry` gives them. */
const RECEIVING_SEATS = new Set([
  'kremlin',
  'white house',
  'elysee',
  'élysée',
  'downing street',
  'blue house',
  'chigi',
]);

/**
 * "… to be received by President X at the Quirinale": the country whose seat of a head of state or government
 * ("at the Kremlin", "at Buckingham Palace") follows token `end` after "at" in the same sentence, `skip` aside; or
 * null. Only seats, not capitals: a leader travels to other capitals, but receives at home.
 */
export function receivingSeatAfter(
  tokens: readonly Token[],
  end: number,
  skip: (country: string) => boolean,
): string | null {
  const sent = tokens[end - 1]?.sent;
  for (let k = end; k < end + 12 && tokens[k]?.sent === sent; k++) {
    if (tokens[k]?.lower !== 'at') continue;
    const s = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const one = tokens[s]?.lower ?? '';
    const two = `${one} ${tokens[s + 1]?.lower ?? ''}`;
    const c =
      OFFICE_SEATS.get(two) ??
      OFFICE_SEATS.get(one) ??
      (RECEIVING_SEATS.has(two) ? institutionCountry.get(two) : undefined) ??
      (RECEIVING_SEATS.has(one) ? institutionCountry.get(one) : undefined);
    if (c !== undefined && !skip(c)) return c;
  }
  return null;
}

/**
 * The one country whose seat of government ("White House", "Kremlin", "Oval Office") or capital ("in Washington")
 * tokens[from, to) name, `skip` aside, or null (none, or several).
 */
export function seatCountry(
  tokens: readonly Token[],
  from: number,
  to: number,
  skip: (country: string) => boolean,
): string | null {
  let found: string | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || !t.word) continue;
    const next = tokens[k + 1];
    const two = next && k + 1 < to ? `${t.lower} ${next.lower}` : '';
    const c =
      OFFICE_SEATS.get(two) ??
      OFFICE_SEATS.get(t.lower) ??
      institutionCountry.get(two) ??
      institutionCountry.get(t.lower) ??
      cityCountry(t.lower);
    if (!c || skip(c)) continue;
    if (found !== null && found !== c) return null;
    found = c;
  }
  return found;
}

/**
 * "the Supreme People's Court of China … conveyed an invitation from its President Ma Jun": the country that ends
 * the name of a body ("… Court of China", "China's Supreme Court") before the "its" that opens the role span at
 * `start`, in the same sentence; or null.
 */
export function itsBodyCountry(tokens: readonly Token[], sentStart: number, start: number): string | null {
  if (tokens[start - 1]?.lower !== 'its') return null;
  let found: string | null = null;
  for (const h of findCountries(tokens, sentStart, start - 1)) {
    const before = tokens[h.at - 1];
    // Past the rest of a country of several words ("Sri Lanka's National People's Power").
    let end = h.at + 1;
    while (end < h.at + 4 && end < start && tokens[end]?.cap === true && tokens[end]?.word === true) end++;
    const after = tokens[end];
    const ofBody = before?.lower === 'of' && tokens[h.at - 2]?.cap === true;
    const possessiveBody = (after?.lower === "'s" || after?.lower === '’s') && tokens[end + 1]?.cap === true;
    if (ofBody || possessiveBody) found = h.country;
  }
  return found;
}

/**
 * "The Swedish Academy in Stockholm said … X, the academy's permanent secretary": the country of the body a role
 * names by a common noun's possessive at `start` ("the academy's", "the federation's"), where the story introduced
 * that body earlier with a nationality or a country ("the Swedish Academy", "Spanish football federation
 * president"); the nearest such introduction before, or null.
 */
export function possessedBodyCountry(tokens: readonly Token[], start: number): string | null {
  let at = start;
  if (tokens[at]?.lower === 'the') at++;
  const noun = tokens[at];
  const possessive = tokens[at + 1]?.lower;
  if (!noun?.word || (possessive !== "'s" && possessive !== '’s') || tokens[at - 1]?.lower !== 'the')
    return null;
  // "the President's national security adviser": a person's office, which the story's own holder of it answers (read
  // by the aides' rules), not the body the nearest "Soviet President" named.
  if (PERSON_OFFICE_NOUNS.has(noun.lower)) return null;
  for (let k = at - 2; k > 0; k--) {
    if ((tokens[k] as Token).lower !== noun.lower) continue;
    // A nationality or country up to two words before the noun, with nothing but words between.
    const hits = findCountries(tokens, Math.max(0, k - 3), k);
    const last = hits[hits.length - 1];
    if (!last || !last.adjectival) continue;
    let words = true;
    for (let j = last.at + 1; j < k && words; j++) words = (tokens[j] as Token).word;
    if (words) return last.country;
  }
  return null;
}

/** Offices one person holds, read as "the President's …": the holder, not a body. */
const PERSON_OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'governor',
  'mayor',
  'chairman',
  'chairwoman',
]);

/** A country's central bank by its usual names ("National Bank of X", "Central Bank", "Reserve Bank"). */
const CENTRAL_BANK_RE = /\b(?:National|Central|Reserve|State|People's|People’s) Bank\b/;

/** Kinds of public institution: a body named by one of them and its remit ("Institute for Fiscal Studies"). */
const PUBLIC_BODY_KINDS = new Set([
  'institute',
  'institution',
  'office',
  'commission',
  'council',
  'authority',
  'agency',
  'bureau',
  'board',
  'court',
  'tribunal',
  'university',
  'academy',
  'ministry',
  'department',
  // "Secret Service Director", "head of the Federal Security Service".
  'service',
  // "Speaker of the Legislative Assembly", "President of the Senate": a legislature is the state's own.
  'assembly',
  'parliament',
  'senate',
  'legislature',
]);

/** A political party, or one named by its members ("Labour Party", "Social Democrats"): a country's own. */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'Party',
  'Democrat',
  'Democrats',
  'Socialist',
  'Socialists',
  'Conservative',
  'Conservatives',
  'Republican',
  'Republicans',
  'Liberal',
  'Liberals',
]);

const ACRONYM_WORD = /^[A-Z]{2,6}$/;
/** "PiS": initials with a lower-case letter inside. */
const MIXED_ACRONYM = /^[A-Z][a-z]?[A-Z][A-Za-z]{0,3}$/;
const PARTY_AFTER_RE = /^ party\b/i;

/**
 * Whether a role names a public institution by its kind ("director of the Institute for Fiscal Studies"), or by an
 * acronym the text spells out as one or as a party ("president of the INE" after "the National Electoral Institute
 * (INE)", "SPD co-leader" after "the Social Democrats (SPD)").
 */
export function namesPublicBody(role: string, text: string): boolean {
  for (const w of role.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    if (PUBLIC_BODY_KINDS.has(w.toLowerCase())) return true;
    if (!ACRONYM_WORD.test(w) && !MIXED_ACRONYM.test(w)) continue;
    const at = text.indexOf(`(${w})`);
    if (at < 0) continue;
    // The few capitalised words before "(INE)": its name spelled out.
    const before = text
      .slice(Math.max(0, at - 80), at)
      .split(/\s+/)
      .slice(-6);
    // "SPD co-leader" after "the Social Democrats (SPD)": a party is public too, as is "PiS leader" after "the
    // Law and Justice (PiS) party".
    if (before.some((b) => PUBLIC_BODY_KINDS.has(b.toLowerCase()) || PARTY_WORDS.has(b))) return true;
    // "NBE Governor" after "the National Bank of Ethiopia (NBE)": a central bank is the state's.
    if (CENTRAL_BANK_RE.test(before.join(' '))) return true;
    if (PARTY_AFTER_RE.test(text.slice(at + w.length + 2, at + w.length + 10))) return true;
  }
  return false;
}
