// The country of the body a role names: a company's legal form or nationality, an office "of" a body, international
// bodies and envoys to them.
import {
  LEAD_VERBS,
  OF_FOR_AND,
  cityNames,
  countryNames,
  demonymCountry,
  internationalBodies,
  knownOrganizations,
} from './lexicon.ts';
import { PARTY_WORDS, possessedBodyCountry } from './office-countries.ts';
import { OFFICE_TIME_WORDS } from './one-holder-offices.ts';
import type { PersonRecord } from './person-record.ts';
import { honorifics, rankAbbreviations, titleHeads, titleModifiers, departmentWords } from './roles.ts';
import type { Token } from './tokenize.ts';
import {
  CITY,
  COUNTRY,
  DEMONYM,
  FUNCTION_WORD,
  ORG_HEAD,
  PLACE_HEAD,
  REGION,
  wordFlags,
} from './word-classes.ts';

/** The international bodies as whole words (" un "), to find in a role's text padded with spaces. */
export const SPACED_BODIES = [...internationalBodies].map((body) => ` ${body} `);
/** The same without dots (" un " for " u.n. "), for text whose dots are dropped. */
const DOTLESS_BODIES = SPACED_BODIES.map((body) => body.replace(/\./g, ''));

/** "spokesperson for the secretary-general" where an international official is "UN Secretary-General". */
export function servesInternationalOffice(role: string, people: readonly PersonRecord[]): boolean {
  const m = /\b(?:for|of|to) the ([a-z][\w-]*(?: [\w-]+)?)$/i.exec(role);
  if (!m) return false;
  const office = (m[1] as string).toLowerCase();
  return people.some(
    (q) =>
      q.international &&
      q.roles.some((r) => {
        const lower = r.toLowerCase();
        return lower === office || lower.endsWith(` ${office}`);
      }),
  );
}

/** Offices that run an international body's secretariat, written capitalised and bare before a name. */
const BODY_HEAD_TITLES = [
  'secretary-general',
  'secretary general',
  'director-general',
  'director general',
  'managing director',
  'executive director',
  'high commissioner',
];

/**
 * The international bodies a story's text names, as their lower-case words without dots ("pacific islands forum").
 * Drops dots and turns other marks into spaces, so "UN-backed" anywhere in the story names the UN. Not one helper with
 * isInternationalBody and internationalOffice (country-steps-roles.ts): each normalises differently on purpose, and
 * sharing one would change their answers (see there).
 */
export function namedBodies(text: string): string[] {
  const padded = ` ${text
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\d]+/gu, ' ')} `;
  return DOTLESS_BODIES.filter(
    (body) => padded.includes(body) && (!WORD_ACRONYMS.has(body) || writtenAsInitials(text, body)),
  ).map((body) => body.trim());
}

/**
 * Bodies' initials that are also words of the language once lower-cased (" who ", the pronoun; " au ", of "au pair"):
 * the story names the body only where it writes the initials in capitals ("WHO", "AU").
 */
const WORD_ACRONYMS: ReadonlySet<string> = new Set([' who ', ' au ']);

/** Whether `text` writes the initials of a padded body (" who ") in capitals as a word of their own. */
function writtenAsInitials(text: string, body: string): boolean {
  const initials = body.trim().toUpperCase();
  for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + initials.length);
    if (!isLetterCode(before) && !isLetterCode(after)) return true;
  }
  return false;
}

/** Whether a character code is a letter (ASCII, or any code above it, as accented letters are); NaN is none. */
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/**
 * "Director-General X" in a story that names the WTO, "Forum Secretary General Y" in one that names the Pacific
 * Islands Forum: a bare title that runs a secretariat is the international body's the story names (a national
 * one is written with its body: "Director General of Civil Protection", "BNP Secretary General").
 */
export function headsNamedBody(role: string, bodies: () => readonly string[]): boolean {
  const lower = role.toLowerCase();
  const title = BODY_HEAD_TITLES.find((t) => lower === t || lower.endsWith(` ${t}`));
  if (!title || !/^\p{Lu}/u.test(role.slice(role.length - title.length))) return false;
  const before = role
    .slice(0, role.length - title.length)
    .split(/\s+/)
    .filter(Boolean);
  const named = bodies();
  if (named.length === 0) return false;
  // "Forum": the words before the title come from the named body's name.
  return before.every(
    (w) =>
      OFFICE_TIME_WORDS.includes(w) ||
      (/^\p{Lu}/u.test(w) && named.some((b) => b.split(' ').includes(w.toLowerCase()))),
  );
}

/**
 * "the Secretary-General's Special Representative for West Africa", "Special Envoy of the Secretary-General for
 * Syria": an office that serves the head of an international body the story names (as `headsNamedBody` reads the
 * head's title) is that body's too. Not "adviser to the Secretary General of the BNP", whose head is a party's.
 */
export function servesNamedBodyHead(role: string, bodies: () => readonly string[]): boolean {
  const lower = role.toLowerCase();
  for (const t of BODY_HEAD_TITLES) {
    const at = lower.indexOf(t);
    if (at < 0) continue;
    const end = at + t.length;
    const rest = lower.slice(end);
    // "the Secretary-General's Special Representative": the head's possessive, then the office.
    if ((rest.startsWith("'s ") || rest.startsWith('’s ')) && headsNamedBody(role.slice(0, end), bodies))
      return true;
    // "Special Envoy of the Secretary-General (for Syria)": the office, then "of/to the" head.
    if (/ (?:of|to|for) the $/.test(lower.slice(0, at)) && !rest.startsWith(' of ')) {
      if (headsNamedBody(role.slice(at, end), bodies)) return true;
    }
  }
  return false;
}

/**
 * "The M23, whose political leader X", "the International Monetary Fund (IMF), whose Managing Director X": the
 * capitalised body before ", whose" that a role starting at `start` belongs to, as written, or null (also for a
 * country or a city: "Egypt, whose President").
 */
export function whoseBody(tokens: readonly Token[], start: number): string | null {
  if (tokens[start - 1]?.lower !== 'whose' || tokens[start - 2]?.text !== ',') return null;
  let k = start - 3;
  if (tokens[k]?.text === ')') {
    while (k > 0 && tokens[k]?.text !== '(') k--;
    k--;
  }
  const body = capitalisedRunEndingAt(tokens, k);
  const lower = body.toLowerCase();
  return body && !countryNames.has(lower) && !cityNames.has(lower) && !demonymCountry.has(lower)
    ? body
    : null;
}

/**
 * "… sanctions on the court and placed its chief prosecutor, X" after "the International Criminal Court": the
 * capitalised body that "its" before a role starting at `start` refers to — the one a capitalised run before "its"
 * in its sentence names, or the last one named in the story whose final word is the noun after the nearest "the" —
 * as written, or null.
 */
export function itsBody(tokens: readonly Token[], sentStart: number, start: number): string | null {
  if (tokens[start - 1]?.lower !== 'its') return null;
  if (start - 1 === sentStart) return subjectBodyBefore(tokens, sentStart);
  let noun = '';
  let k = start - 2;
  for (; k >= sentStart; k--) {
    const t = tokens[k] as Token;
    if (t.cap && t.word) return capitalisedRunEndingAt(tokens, k);
    if (t.word && tokens[k - 1]?.lower === 'the' && !(wordFlags(t.lower) & FUNCTION_WORD)) {
      noun = t.lower;
      break;
    }
  }
  if (!noun) return null;
  for (let j = k - 2; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.cap && t.lower === noun && !tokens[j + 1]?.cap && tokens[j - 1]?.cap)
      return capitalisedRunEndingAt(tokens, j);
  }
  return null;
}

/**
 * "On Tuesday, the Africa Centres for Disease Control and Prevention (Africa CDC) had already declared … Its director
 * general, X": the body that opens the sentence before one that "Its" opens, past a time or place set off by a
 * comma ("On Tuesday,") and "the", when initials in brackets or a lower-case word follow its name; or null.
 */
function subjectBodyBefore(tokens: readonly Token[], sentStart: number): string | null {
  const sent = tokens[sentStart - 1]?.sent;
  if (sent === undefined) return null;
  let k = sentStart - 1;
  while (k > 0 && tokens[k - 1]?.sent === sent) k--;
  for (let j = k; j < k + 5 && tokens[j]?.sent === sent; j++)
    if (tokens[j]?.text === ',') {
      k = j + 1;
      break;
    }
  if (tokens[k]?.lower === 'the') k++;
  let e = k;
  while (
    tokens[e]?.word &&
    tokens[e]?.sent === sent &&
    (tokens[e]?.cap || (e > k && OF_FOR_AND.has(tokens[e]?.lower ?? '') && tokens[e + 1]?.cap))
  )
    e++;
  if (e - k < 2 || !(tokens[e]?.text === '(' || (tokens[e]?.word && !tokens[e]?.cap))) return null;
  return capitalisedRunEndingAt(tokens, e - 1);
}

/** The capitalised words ending at token `end`, with "of"/"for"/"and" inside ("Bank of England"). */
function capitalisedRunEndingAt(tokens: readonly Token[], end: number): string {
  const words: string[] = [];
  for (let k = end; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.word || !(t.cap || t.lower === 'of' || t.lower === 'for' || t.lower === 'and')) break;
    words.unshift(t.text);
  }
  while (words.length > 0 && /^(?:the|of|for|and)$/i.test(words[0] as string)) words.shift();
  return words.join(' ');
}

/**
 * Whether a body's name `body` is, or holds, an international body's ("International Monetary Fund"). Drops dots
 * only: a hyphenated word is one token and stays whole, so "the UN-backed Council, whose chief X" is no UN official;
 * namedBodies and internationalOffice, which turn hyphens into spaces, would make it one.
 */
export function isInternationalBody(body: string): boolean {
  const padded = ` ${body.toLowerCase().replace(/\./g, '')} `;
  return DOTLESS_BODIES.some((body) => padded.includes(body));
}

/**
 * A body named "International …" and a body's noun ("International Criminal Court", "International Cycling Union");
 * not a legislature's committee on its foreign ties ("the International Affairs Committee of the State Duma").
 */
export const INTERNATIONAL_BODY_RE =
  /\bInternational(?! (?:Affairs|Relations)\b)(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*){0,5}? (?:Committee|Court|Union|Federation|Association|Organi[sz]ation|Agency|Fund|Council|Tribunal)\b/u;

/** Whether a body's name `body` is an international body's: one of those listed, or one named "International …". */
export function namesInternationalBody(body: string): boolean {
  return isInternationalBody(body) || INTERNATIONAL_BODY_RE.test(body);
}

/** Verbs of heading a body: "who now heads the New Development Bank". */
const HEADS = new Set(['heads', 'leads', 'chairs', 'runs', 'directs']);

/**
 * "Brazil's former president X, who now heads the New Development Bank": whether the name ending at `end` is
 * followed by ", who [now] heads" an international body. With `bare`, `end` ends a role set off after the name,
 * which the clause follows with or without the comma: "X, the former South African president who chairs the
 * Commonwealth Observer Group".
 */
export function nowHeadsInternationalBody(tokens: readonly Token[], end: number, bare = false): boolean {
  const comma = tokens[end]?.text === ',' ? 1 : 0;
  if ((comma === 0 && !bare) || tokens[end + comma]?.lower !== 'who') return false;
  let k = end + comma + 1;
  if (tokens[k]?.lower === 'now' || tokens[k]?.lower === 'currently') k++;
  if (!HEADS.has(tokens[k]?.lower ?? '')) return false;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const words: string[] = [];
  for (; tokens[k]?.cap && tokens[k]?.word; k++) words.push((tokens[k] as Token).lower);
  return words.length > 0 && isInternationalBody(words.join(' '));
}

/**
 * "X, who chairs the academy's Nobel Committee" after "the Royal Swedish Academy": the country of the body a name
 * ending at `end` is said to head, named by a common noun's possessive the story introduced with a nationality; or null.
 */
export function headedBodyCountry(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'who') return null;
  let k = end + 2;
  if (tokens[k]?.lower === 'now' || tokens[k]?.lower === 'currently') k++;
  return HEADS.has(tokens[k]?.lower ?? '') ? possessedBodyCountry(tokens, k + 1) : null;
}

const TEAMS = new Set(['mission', 'delegation', 'team']);

/**
 * "In a statement, X, who led the IMF mission to Pakistan, said …": whether the name ending at `end` is followed by
 * ", who led" an international body's mission, delegation or team (its staff, untitled).
 */
export function ledInternationalTeam(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'who') return false;
  let k = end + 2;
  if (!LEAD_VERBS.has(tokens[k]?.lower ?? '')) return false;
  k++;
  const det = tokens[k]?.lower;
  if (det === 'the' || det === 'an' || det === 'a') k++;
  const words: string[] = [];
  for (; tokens[k]?.cap && tokens[k]?.word; k++) words.push((tokens[k] as Token).lower);
  return words.length > 0 && TEAMS.has(tokens[k]?.lower ?? '') && isInternationalBody(words.join(' '));
}

/**
 * "A delegation of the Economic Community of West African States (ECOWAS) led by former Nigerian head of state X":
 * whether the words before `start` (a name, or the role written before it) are "led by" (or "headed by") after an
 * international body's mission, delegation or team, "of (the)" body, in the same sentence.
 */
export function teamOfInternationalBodyLedBy(tokens: readonly Token[], start: number): boolean {
  const by = tokens[start - 1];
  const led = tokens[start - 2];
  if (by?.lower !== 'by' || (led?.lower !== 'led' && led?.lower !== 'headed')) return false;
  let k = start - 3;
  // Past the body's initials in brackets: "(ECOWAS)".
  if (tokens[k]?.text === ')') {
    while (k > start - 8 && tokens[k]?.text !== '(') k--;
    k--;
  }
  const words: string[] = [];
  for (; k >= 0 && tokens[k]?.word && (tokens[k]?.cap || OF_FOR_AND.has(tokens[k]?.lower ?? '')); k--)
    words.unshift((tokens[k] as Token).lower);
  // "mission of ECOWAS": the run took the "of" before the body.
  while (words.length > 0 && OF_FOR_AND.has(words[0] as string)) {
    words.shift();
    k++;
  }
  if (tokens[k]?.lower === 'the') k--;
  return (
    words.length > 0 &&
    tokens[k]?.lower === 'of' &&
    TEAMS.has(tokens[k - 1]?.lower ?? '') &&
    tokens[k - 1]?.sent === tokens[start]?.sent &&
    isInternationalBody(words.join(' '))
  );
}

/** How stories prefix a body of an international organisation ("UN Human Rights Council", "AU Peace and …"). */
const INTERNATIONAL_PREFIXES = [
  'UN',
  'U.N.',
  'United Nations',
  'AU',
  'African Union',
  'EU',
  'European Union',
];

/**
 * "president of the Human Rights Council" in a story that names the "UN Human Rights Council": an office of a body
 * the story places in an international organisation.
 */
export function officeOfPrefixedBody(role: string, text: string): boolean {
  const body = officeBody(role);
  return body !== null && INTERNATIONAL_PREFIXES.some((prefix) => text.includes(`${prefix} ${body}`));
}

/**
 * "Commission Vice-President" in a story that names the "European Commission", "Commission Chairperson" in one that
 * names the "AU Commission", "General Assembly President" and "the assembly's president" in one that names the "UN
 * General Assembly": the bare body noun first (or the assembly's, possessed), then a president's or a chair's title,
 * is the office of the body the story names with an international prefix. Not "Council" or "Parliament", which a
 * story naming the European ones may use of a national one.
 */
export function officeOfBareBody(role: string, text: string): boolean {
  const m = BARE_BODY_OFFICE_RE.exec(role);
  const noun = m ? (m[1] as string) : ASSEMBLYS_OFFICE_RE.test(role) ? 'General Assembly' : null;
  if (noun === null) return false;
  return (
    text.includes(`European ${noun}`) ||
    INTERNATIONAL_PREFIXES.some((prefix) => text.includes(`${prefix} ${noun}`))
  );
}
const BARE_BODY_OFFICE_RE =
  /^(Commission|General Assembly) (?:(?:(?:Executive |First )?Vice[- ])?President|(?:Deputy )?Chair(?:person|man|woman))$/;
/** "assembly's president", "Assembly's President": the office of the assembly the story named before. */
const ASSEMBLYS_OFFICE_RE = /^[Aa]ssembly['’]s (?:[Pp]resident|[Cc]hair(?:person|man|woman)?)$/;

/** The capitalised body a role is an office "of" ("President of Emirates Airline" → "Emirates Airline"), or null. */
export function officeBody(role: string): string | null {
  const m = / of (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:and |of |for )?\p{Lu}[\p{L}'’-]*)+)$/u.exec(role);
  return m ? (m[1] as string) : null;
}

/** Whether two bodies are one: the same name, or one the other's start ("Emirates Airline" of "… and Group"). */
export function sameBody(a: string | null, b: string): boolean {
  if (!a) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short} `);
}

/**
 * "took office as his deputy", "was sworn in as her spokesperson", "became his chief of staff": the token index of
 * the "his"/"her" that follows the name ending at `end`, or -1.
 */
export function officeUnderAt(tokens: readonly Token[], end: number): number {
  const a = tokens[end]?.lower;
  const b = tokens[end + 1]?.lower;
  let k = -1;
  if ((a === 'took' || a === 'takes') && b === 'office' && tokens[end + 2]?.lower === 'as') k = end + 3;
  else if (a === 'became' || a === 'becomes') k = end + 1;
  else if (
    (a === 'was' || a === 'is') &&
    (b === 'appointed' || b === 'named') &&
    tokens[end + 2]?.lower === 'as'
  )
    k = end + 3;
  const own = tokens[k]?.lower;
  return own === 'his' || own === 'her' ? k : -1;
}

const ENVOY_TO_RE =
  /\b(?:ambassador|envoy|representative|permanent representative|delegate)s? (?:to|at) (?:the )?$/;

/** Whether the body ` un ` in `roleText` is the one an envoy is sent to ("ambassador to the UN"). */
export function envoyTo(roleText: string, body: string): boolean {
  const at = roleText.indexOf(body);
  return ENVOY_TO_RE.test(roleText.slice(Math.max(0, at - 40), at + 1));
}

/** Companies' legal forms and the countries whose law has them ("Siemens AG", "Maybank Bhd"). */
const COMPANY_FORMS = new Map<string, string[]>([
  ['ag', ['Germany', 'Switzerland', 'Austria']],
  ['gmbh', ['Germany', 'Austria', 'Switzerland']],
  ['plc', ['United Kingdom', 'Ireland']],
  ['bhd', ['Malaysia']],
  ['spa', ['Italy']],
  ['oyj', ['Finland']],
  ['asa', ['Norway']],
  ['nv', ['Netherlands', 'Belgium']],
  ['bv', ['Netherlands']],
  ['tbk', ['Indonesia']],
]);

/** The countries the legal form ending a company's name in `role` allows, or undefined. */
export function companyFormCountries(role: string): string[] | undefined {
  for (const w of role.split(/[\s,]+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const forms = COMPANY_FORMS.get(w.toLowerCase().replace(/\./g, ''));
    if (forms) return forms;
  }
  return undefined;
}

/**
 * "Ryanair Holdings Plc Chief Executive Officer": a role naming a company whose legal form no law of `country` has,
 * so the company is not `country`'s and its officer is no local there.
 */
export function registeredElsewhere(roles: readonly string[], country: string): boolean {
  return roles.some((r) => {
    const forms = companyFormCountries(r);
    return forms !== undefined && !forms.includes(country);
  });
}

/** Nouns for a company after a nationality: "Chinese firm X", "the South Korean carmaker X". */
const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'giant',
  'maker',
  'carmaker',
  'conglomerate',
  'partner',
]);

/**
 * The country of the body a role names before its title ("Rongsheng Petrochemical" of "Rongsheng Petrochemical
 * Chairman") where the story introduces that body with a country's possessive or a nationality ("China's
 * Rongsheng Petrochemical", "Chinese firm Rongsheng Petrochemical"); else null.
 */
export function bodyHomeCountry(role: string, tokens: readonly Token[]): string | null {
  const body: string[] = [];
  for (const w of role.split(/\s+/)) {
    const lower = w.toLowerCase();
    if (
      !/^\p{Lu}/u.test(w) ||
      titleHeads.has(lower) ||
      titleModifiers.has(lower) ||
      departmentWords.has(lower) ||
      honorifics.has(lower)
    )
      break;
    body.push(w);
  }
  const first = body[0];
  // "Chinese Foreign Minister", "Committee Chairman": no body of a name of its own to look for.
  if (first === undefined || wordFlags(first.toLowerCase()) & (DEMONYM | COUNTRY | ORG_HEAD | PLACE_HEAD))
    return null;
  for (let k = 2; k < tokens.length; k++) {
    if ((tokens[k] as Token).text !== first || !body.every((w, q) => tokens[k + q]?.text === w)) continue;
    const before = tokens[k - 1] as Token;
    if (before.text === "'s" || before.text === '’s') {
      const c = countryNames.get((tokens[k - 2] as Token).lower);
      if (c) return c;
    }
    const demonym = COMPANY_NOUNS.has(before.lower) ? tokens[k - 2] : before;
    const c = demonym?.cap ? demonymCountry.get(demonym.lower) : undefined;
    if (c) return c;
  }
  return null;
}

/** Whether a role names a body of its own ("Qualcomm CEO"), beyond title words, departments and places. */
export function namesABody(role: string, datelineCity = ''): boolean {
  // "Archbishop of Canterbury": a see is a place, not a brand.
  if (SEE_ROLE_RE.test(role)) return false;
  const words = role.split(/\s+/);
  // "Grindavik Mayor": a mayor heads a town, known or not, never a brand; "Citizen Protection Minister": a minister's
  // portfolio, whatever its words, is a government's.
  const head = words[words.length - 1]?.toLowerCase();
  if (head === 'mayor' || head === 'minister') return false;
  // "Labour Party leader": a political party is a country's own.
  // "Opposition Social Democrat leader", "Conservative Leader": so is a party named by its members.
  if (words.some((w) => PARTY_WORDS.has(w))) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!/^\p{Lu}/u.test(w)) continue;
    // "Gov. Gen.": an abbreviated title keeps its period; "Minister of Foreign Affairs, Foreign Employment and
    // Tourism": a portfolio in a list keeps its comma.
    const lower = w.toLowerCase().replace(/[.,]$/, '');
    const next = words[i + 1];
    // "Manchester City manager": a club or a company known by a city's name is a body.
    if (next !== undefined && knownOrganizations.has(`${lower} ${next.toLowerCase()}`)) return true;
    // "Long Beach Mayor": a city of two words is a place, not a body.
    if (next !== undefined && /^\p{Lu}/u.test(next) && cityNames.has(`${lower} ${next.toLowerCase()}`)) {
      i++;
      continue;
    }
    const f = wordFlags(lower);
    if (
      titleHeads.has(lower) ||
      titleModifiers.has(lower) ||
      departmentWords.has(lower) ||
      honorifics.has(lower) ||
      rankAbbreviations.has(lower) ||
      // "Amir": the Gulf agencies' spelling of "Emir" (a role only where the name finder read it as that title).
      lower === 'amir' ||
      // "Federal Chancellor", "Federal Minister of Defence": a federation's office, as "National" is a nation's.
      lower === 'federal'
    )
      continue;
    // "Asheville Mayor" under "ASHEVILLE, N.C. (AP) —": the dateline's city is a place, known or not.
    if (f & (DEMONYM | COUNTRY | CITY | REGION) || lower === datelineCity) continue;
    // "Outgoing Chancellor", "Committee Chairman", "House Speaker": a time word, or a body named only by its kind,
    // names no body of its own.
    if (OFFICE_TIME_WORDS.includes(lower) || f & (ORG_HEAD | PLACE_HEAD)) continue;
    // "Roman Catholic Archbishop", "Greek Orthodox Patriarch": a faith names no brand; the cleric is the church's.
    if (FAITH_WORDS.has(lower)) continue;
    return true;
  }
  return false;
}
/** "Archbishop of Canterbury", "Dean of Westminster": a cleric's see or church, known to the gazetteer or not. */
const SEE_ROLE_RE = /^(?:(?:Arch)?[Bb]ishop|Dean) of \p{Lu}[\p{L}'’-]*$/u;
const FAITH_WORDS: ReadonlySet<string> = new Set([
  'roman',
  'catholic',
  'orthodox',
  'anglican',
  'lutheran',
  'protestant',
  'methodist',
  'evangelical',
]);

// A role's acronym that the story spells out in brackets after the body's long form ("China Coast Guard (CCG)",
// "Board of Control for Cricket in India (BCCI)") names the body's country in two ways, read at two steps: a state's
// own body opens with its country (rule 1 settles on it, below); a body "of", "in" or "for" a country ends with it,
// and may be a foreign or international body charged with that country ("UN Mission in South Sudan (UNMISS)"), so it
// is read only for those rule 1 leaves as no international official (`acronymSpelledCountry`, for rules 2–7).

/** A word in capitals of two letters or more: an acronym ("CCG"). */
const ALL_CAPS_WORD = /^[A-Z]{2,}$/;
/** The last words of a state's own bodies, whose long form's nationality is the state's. */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set([
  'guard',
  'navy',
  'army',
  'police',
  'force',
  'forces',
  'corps',
  'command',
  'agency',
  'ministry',
  'administration',
  'authority',
  'bureau',
  'service',
]);

/**
 * The long form `words[k..]` ends in a state's own body's head; or it is a national company ("Nigerian National
 * Petroleum Corporation (NNPC)", "China National Offshore Oil Company"): "National" before a corporation's or a
 * company's head word marks the state's own firm, as a private firm's name does not.
 */
function stateBodyLongForm(words: readonly string[], k: number): boolean {
  const last = (words[words.length - 1] as string).toLowerCase();
  if (STATE_BODY_HEADS.has(last)) return true;
  return (
    (last === 'corporation' || last === 'company') && words.slice(k + 1, -1).some((w) => w === 'National')
  );
}

/** Up to `span` characters of the text right before its first "(ACRONYM)": the body's long form; null if none. */
function spelledOutBefore(text: string, acronym: string, span: number): string | null {
  const at = text.indexOf(`(${acronym})`);
  return at < 0 ? null : text.slice(Math.max(0, at - span), at);
}

/**
 * The country a body's long form opens with ("China Coast Guard (CCG)", "Philippine Coast Guard (PCG)"), for the
 * first acronym in capitals of the roles that the text spells out in brackets after its long form; null if none.
 * Asked only of those no role has given a country, and only of roles with a word in capitals.
 */
export function spelledOutBodyCountry(roles: readonly string[], text: string): string | null {
  for (const role of roles)
    for (const w of role.split(/\s+/)) {
      if (!ALL_CAPS_WORD.test(w) || countryNames.has(w.toLowerCase()) || demonymCountry.has(w.toLowerCase()))
        continue;
      const before = spelledOutBefore(text, w, 80);
      if (before === null) continue;
      // The capitalised words right before the bracket, back to the first: the long form.
      const words = before.trimEnd().split(/\s+/);
      let k = words.length;
      while (k > 0 && /^\p{Lu}/u.test(words[k - 1] as string)) k--;
      const first = (words[k] ?? '').toLowerCase();
      const second = (words[k + 1] ?? '').toLowerCase();
      // A state's own body ("… Coast Guard", "… Navy"); not a party or a movement, whose nationality word may
      // name a people ("the Swedish People's Party (SPP)" is Finland's).
      if (k >= words.length - 1 || !stateBodyLongForm(words, k)) continue;
      const c =
        countryNames.get(`${first} ${second}`) ||
        countryNames.get(first) ||
        demonymCountry.get(first) ||
        null;
      if (c) return c;
    }
  return null;
}

const ROLE_ACRONYM_RE = /^(\p{Lu}{2,6}) [a-z]/u;
/** "… Cricket in India ", "… Bank of Ethiopia ": a body's long form that ends in "in"/"of"/"for" and a country. */
const SPELLED_COUNTRY_RE = /\b(?:in|of|for) (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) $/u;

/**
 * "BCCI secretary X" after "Board of Control for Cricket in India (BCCI) president Y": a lower-case role opened by
 * an acronym the story spells out, where the long form ends in the country it is "of" (or "in", "for"), is that
 * country's body's; the first spelling decides. Null otherwise.
 */
export function acronymSpelledCountry(role: string, text: string): string | null {
  const acronym = ROLE_ACRONYM_RE.exec(role)?.[1];
  if (acronym === undefined) return null;
  const before = spelledOutBefore(text, acronym, 60);
  const word = before === null ? undefined : SPELLED_COUNTRY_RE.exec(before)?.[1]?.toLowerCase();
  return word === undefined ? null : (countryNames.get(word) ?? null);
}
