// A spouse first named by the given name alone ("Tom Hallam and his wife Jill") and later in full ("Jill Hallam")
// is one person: the full name, with the given name as an alias.
import { mergePersonInto } from './patronymics.ts';
import type { Mention, PersonRecord } from './person-record.ts';
import type { Token } from './tokenize.ts';

/** The relations that name a living spouse ("his wife Y", "her husband, Z"). */
export const LIVING_SPOUSES: ReadonlySet<string> = new Set(['wife', 'husband', 'spouse']);
/** The relations that name a spouse ("his wife, X", "her husband Y", "the widow of Z"). */
export const SPOUSES = new Set([...LIVING_SPOUSES, 'widow', 'widower']);

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

/**
 * "Akie X, the widow of former Prime Minister Shinzo X, met …; … while X was in office": the surname alone names the
 * one a namesake was introduced through as a relative, not the relative. Moves the relative's mentions by the bare
 * surname, and the alias, to that person.
 */
export function surnameToNamedThrough(tokens: readonly Token[], people: readonly PersonRecord[]): void {
  for (let a = 0; a < people.length; a++) {
    const p = people[a] as PersonRecord;
    if (p.relativeOf < 0 || p.tokens.length < 2) continue;
    const q = people[p.relativeOf] as PersonRecord;
    // Only a spouse or a widow ("X, the widow of Y"): a daughter or a son named through a parent is the story's
    // subject by the surname ("Mara X, the daughter of former premier Anders X, … X won 120 votes").
    const first = p.mentions.find((m) => m.kind === 'name');
    if (!first || !spouseAfter(tokens, first.end)) continue;
    const surname = p.tokens[p.tokens.length - 1] as string;
    if (q.tokens.length < 2 || q.tokens[q.tokens.length - 1] !== surname || !p.aliases.includes(surname))
      continue;
    const moved = p.mentions.filter((m) => m.kind === 'alias' && m.end - m.start === 1);
    if (moved.length === 0) continue;
    p.mentions = p.mentions.filter((m) => !moved.includes(m));
    for (const m of moved) m.person = p.relativeOf;
    q.mentions.push(...moved);
    q.mentions.sort((x, y) => x.start - y.start);
    p.aliases = p.aliases.filter((x) => x !== surname);
    if (!q.aliases.includes(surname)) q.aliases.push(surname);
    // Who was introduced through the relative by the possessive of the surname ("X's mother, Yoko") is the other's.
    for (const r of people) {
      const f = r.mentions[0];
      if (r !== p && r.relativeOf === a && f && moved.some((m) => f.start > m.end && f.start - m.end <= 4))
        r.relativeOf = p.relativeOf;
    }
  }
}

/** ", the widow of", ", wife of": a spouse's relation set off right after a name ending at `end`. */
function spouseAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < end + 4; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (SPOUSES.has(t.lower)) return tokens[k + 1]?.lower === 'of';
  }
  return false;
}
