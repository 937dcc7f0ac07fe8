// Redundant forms of one person's titles across articles, for the person's merged list and their page's roles table.
import { countryNames, demonymCountry, demonymPhrases } from './extract/lexicon.ts';
import { titleHeads } from './extract/roles.ts';

/**
 * Words that change what a title means, so "former president", "first female foreign minister" or "new Foreign
 * Minister" do not stand for the bare title.
 */
const RANK_OR_TIME =
  /\b(?:former|ex|deputy|vice|acting|interim|outgoing|incoming|late|assistant|under|co|associate|first|new|founding)\b/i;

/** "Vice-President" is the title of "US vice president" too. */
const plainRole = (role: string) => role.toLowerCase().replace(/\./g, '').replace(/-/g, ' ');

/** Whether `other` narrows the bare title `role` (both plainRole forms). */
function narrowsPlain(other: string, role: string): boolean {
  if (other.startsWith(`${role} of `)) return true;
  return other.endsWith(` ${role}`) && qualifies(other.slice(0, -role.length - 1));
}

/** Whether `other` narrows the bare title `role`, as withoutShorterForms reads them. */
export const narrows = (other: string, role: string): boolean =>
  narrowsPlain(plainRole(other), plainRole(role));

/**
 * The person page's list: a role that another of the person's roles ends with ("President" beside "Indonesian
 * President", "Prince" beside "Crown Prince") or starts a body after ("General Secretary" beside "General Secretary
 * of the Party") adds nothing and is dropped. Articles keep both, as the golds do. The bare title stays beside
 * "Deputy Prime Minister" or "former president" (another office or time) and beside a stack of two titles the
 * extractor left joined ("Defence Minister Marshal"), which says nothing more about it.
 */
export function withoutShorterForms(roles: readonly string[]): string[] {
  if (roles.length < 2) return roles.slice();
  const plain = roles.map(plainRole);
  return roles.filter((_, i) => !plain.some((other, j) => j !== i && narrowsPlain(other, plain[i]!)));
}

/** Whether the words before a shared title only narrow it ("Indonesian", "Crown", "Bank of Japan"). */
function qualifies(prefix: string): boolean {
  return !RANK_OR_TIME.test(prefix) && !prefix.split(' ').some((w) => titleHeads.has(w));
}

/** Words that join a title to its body however it is written ("Minister of/for Foreign Affairs"). */
const JOINING_WORDS = new Set(['of', 'the', 'for']);
/** "Communist Party of China (CPC)": an acronym in brackets after the words it stands for. */
const DEFINED_ACRONYM = /((?:[\p{L}'’]+\s+){1,8})\(([A-Z]{2,8})\)/gu;

/**
 * Lower-case words of a role, punctuation, joining words and possessives dropped ("U.S." -> "us",
 * "Secretary-General", "Singapore's" -> "singapore").
 */
function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((w) => w && !JOINING_WORDS.has(w));
}

/** Acronyms the roles spell out ("CPC" -> communist party china), lower-cased, from one person's roles. */
function definedAcronyms(roles: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const role of roles) {
    if (!role.includes('(')) continue;
    for (const m of role.matchAll(DEFINED_ACRONYM)) {
      const acronym = m[2]!;
      // The words the letters are the initials of, joining words skipped.
      const words = roleWords(m[1]!).slice(-acronym.length);
      if (words.map((w) => w[0]).join('') === acronym.toLowerCase()) out.set(acronym.toLowerCase(), words);
    }
  }
  return out;
}

/** The country a word or two of a role name ("Chinese", "South Korean", "US"), lower-cased; '' for none. */
function countryOf(word: string, next: string | undefined): [string, number] {
  const phrase = next === undefined ? undefined : demonymPhrases.get(`${word} ${next}`);
  if (phrase) return [phrase.toLowerCase(), 2];
  const country = demonymCountry.get(word) || countryNames.get(word);
  return country ? [country.toLowerCase(), 1] : ['', 0];
}

/**
 * One key per office: roles with the same key are one office written differently. The key is the role's words,
 * in any order, ignoring case, punctuation ("U.S." and "US", "Secretary-General" and "Secretary General") and the
 * words joining a title to its body, with a nationality read as its country ("Chinese President", "President of
 * China") and acronyms that another of the person's roles spells out expanded: "general secretary of the CPC
 * Central Committee", "... of the Central Committee of the Communist Party of China" and "... of the Communist Party
 * of China (CPC) Central Committee" are one office.
 */
export function roleKeys(roles: readonly string[]): string[] {
  const acronyms = definedAcronyms(roles);
  return roles.map((role) => {
    const words: string[] = [];
    // The spelled-out acronym in brackets repeats the words before it.
    const written = roleWords(acronyms.size ? role.replace(/\s*\([A-Z]{2,8}\)/g, '') : role);
    for (let i = 0; i < written.length; i++) {
      const word = written[i]!;
      const expanded = acronyms.get(word);
      const [country, taken] = expanded ? ['', 0] : countryOf(word, written[i + 1]);
      if (expanded) words.push(...expanded);
      else if (country) words.push(...country.split(' '));
      else words.push(word);
      if (taken === 2) i++;
    }
    return words.sort().join(' ');
  });
}

/**
 * Each role's office (roleKeys), or null for a bare title that another written role narrows (withoutShorterForms:
 * "Defense Secretary" beside "U.S. Defense Secretary", which is shown as "U.S. Secretary of Defense").
 */
export function officeKeys(roles: readonly string[]): (string | null)[] {
  const keys = roleKeys(roles);
  const kept = new Set(withoutShorterForms(roles));
  const offices = new Set<string>();
  roles.forEach((role, i) => {
    if (kept.has(role)) offices.add(keys[i]!);
  });
  return keys.map((key) => (offices.has(key) ? key : null));
}

/**
 * Each office once, in order of first appearance, as its fullest written form (the longest: it carries the
 * spelled-out acronym or the body's full name; the first written on ties), bare titles that another role narrows
 * left out.
 */
export function distinctRoles(roles: readonly string[]): string[] {
  if (roles.length < 2) return roles.slice();
  const keys = officeKeys(roles);
  const shown = new Map<string, string>();
  roles.forEach((role, i) => {
    const key = keys[i];
    if (key === null || key === undefined) return;
    const kept = shown.get(key);
    if (kept === undefined || role.length > kept.length) shown.set(key, role);
  });
  return withoutShorterForms([...shown.values()]);
}
