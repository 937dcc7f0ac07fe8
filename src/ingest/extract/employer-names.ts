// "Merrill Lynch CEO Ann Wyle … $10 billion for Merrill Lynch": a firm whose name has the shape of a person's (a given
// name and a surname) is the employer another person's title names; where it stands alone it is that firm, no one.
import type { Mention, PersonRecord } from './person-record.ts';

/**
 * Lower-case titles that name a firm's head in one word ("chairman", "CEO", "founder"); the organisations step reads
 * them between a firm's one-word name and its head's ("BlackRock chairman X").
 */
export const FIRM_HEAD_TITLES: ReadonlySet<string> = new Set([
  'chairman',
  'chairwoman',
  'ceo',
  'co-founder',
  'founder',
]);
/**
 * One of a role's last words must name the firm's head (not only "vice", "and", "officer" …): a one-word title above,
 * "co-CEO", "president", or the first word of a head's title of two ("chief executive", "managing director").
 */
const FIRM_HEADS = new Set([...FIRM_HEAD_TITLES, 'co-ceo', 'president', 'chief', 'managing']);
/** The words of a firm's head's title after the firm's name ("CEO", "Chairman", "chief executive officer"). */
const FIRM_TITLE_WORDS = new Set([...FIRM_HEADS, 'chair', 'executive', 'officer', 'director', 'vice', 'and']);

/** The firms named before a firm's-head title in the roles of `people` ("Merrill Lynch" of "Merrill Lynch CEO"). */
function employersOfRoles(people: readonly PersonRecord[]): Set<string> {
  const out = new Set<string>();
  for (const q of people)
    for (const role of q.roles) {
      const words = role.split(' ');
      let e = words.length;
      let head = false;
      while (e > 1 && FIRM_TITLE_WORDS.has((words[e - 1] as string).toLowerCase())) {
        if (FIRM_HEADS.has((words[e - 1] as string).toLowerCase())) head = true;
        e--;
      }
      if (head && e >= 2 && e < words.length) out.add(words.slice(0, e).join(' '));
    }
  return out;
}

/**
 * Drops each person of two words or more, with no role, no known entry and no relative, whose name is the firm
 * another person's title is of ("Merrill Lynch" beside "Merrill Lynch CEO Ann Wyle"): the organisations step then
 * reads the name as the firm. Indices in `mentions` and `relativeOf` are renumbered.
 */
export function dropEmployerNames(people: PersonRecord[], mentions: Mention[]): void {
  let employers: Set<string> | undefined;
  for (let a = people.length - 1; a >= 0; a--) {
    const p = people[a] as PersonRecord;
    if (p.tokens.length < 2 || p.known || p.roles.length > 0 || p.relativeOf >= 0) continue;
    employers ??= employersOfRoles(people);
    if (employers.size === 0) return;
    if (!employers.has(p.name)) continue;
    let w = 0;
    for (const m of mentions) if (m.person !== a) mentions[w++] = m;
    mentions.length = w;
    people.splice(a, 1);
    for (const m of mentions) if (m.person > a) m.person--;
    for (const r of people) {
      if (r.relativeOf === a) r.relativeOf = -1;
      else if (r.relativeOf > a) r.relativeOf--;
    }
  }
}
