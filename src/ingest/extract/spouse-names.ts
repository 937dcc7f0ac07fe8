// A spouse first named by the given name alone ("Tom Hallam and his wife Jill") and later in full ("Jill Hallam")
// is one person: the full name, with the given name as an alias.
import { mergePersonInto } from './patronymics.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import type { Token } from './tokenize.ts';

const SPOUSES = new Set(['wife', 'husband', 'spouse', 'widow', 'widower']);

/**
 * Merges each later full name "<given name> <surname>" into the person introduced before it by that given name alone
 * as the spouse of someone with that surname: the merged person keeps the first mention's place, takes the full name
 * and keeps the given name as an alias. Indices in `mentions` and `relativeOf` are renumbered.
 */
export function mergeSpouseFullNames(people: PersonRecord[], mentions: Mention[]): void {
  for (let a = 0; a < people.length; a++) {
    const p = people[a] as PersonRecord;
    if (p.tokens.length !== 1 || p.known || p.relativeOf < 0 || !SPOUSES.has(p.relation ?? '')) continue;
    const partner = people[p.relativeOf];
    const surname =
      partner && partner.tokens.length >= 2 ? partner.tokens[partner.tokens.length - 1] : undefined;
    if (surname === undefined) continue;
    const r = people.findIndex(
      (q, b) =>
        b !== a &&
        b !== p.relativeOf &&
        !q.known &&
        q.tokens.length === 2 &&
        q.tokens[0] === p.tokens[0] &&
        q.tokens[1] === surname,
    );
    if (r < 0) continue;
    const full = people[r] as PersonRecord;
    const given = p.name;
    const fullName = full.name;
    const fullTokens = full.tokens;
    mergePersonInto(people, mentions, r, a);
    if (r < a) a--;
    const q = people[a] as PersonRecord;
    q.name = fullName;
    q.tokens = fullTokens;
    q.aliases = q.aliases.filter((x) => x !== fullName);
    if (!q.aliases.includes(given)) q.aliases.unshift(given);
  }
}

const TIES = new Set(['partner', 'companion']);
const PRONOUN_OWNERS = new Set(['his', 'her', 'their']);

/**
 * "Gauck hosted the dinner with his partner, Daniela X": a companion in life named in apposition after a possessive
 * pronoun is tied to another person, as "his wife, X" is; "partner" is no post of theirs.
 */
export function dropPersonalTieRoles(tokens: readonly Token[], people: readonly PersonRecord[]): void {
  for (const p of people) {
    if (!p.roles.some((r) => TIES.has(r))) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const tie = tokens[m.start - 2];
      if (tokens[m.start - 1]?.text !== ',' || !tie || !TIES.has(tie.lower)) continue;
      if (!PRONOUN_OWNERS.has(tokens[m.start - 3]?.lower ?? '')) continue;
      p.roles = p.roles.filter((r) => r !== tie.lower);
      p.roleSpans = p.roleSpans.filter((s) => s.start !== m.start - 2);
    }
  }
}
