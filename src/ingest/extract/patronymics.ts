// Russian address by given name and patronymic ("Pavel Andreyevich, please report," Orlov said) names the same
// person as the given name and surname elsewhere in the story ("Foreign Minister Pavel Sorokin").
import type { PersonRecord, Mention } from './person-record.ts';

/** An East Slavic patronymic: "Viktorovich", "Sergeyevich", "Ivanovna", "Ilyinichna". */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna)$/u;

/**
 * Merges each person named by a given name and a patronymic alone into the one other person of the story with
 * that given name (and another surname): the address becomes an alias of theirs. Indices in `mentions` and
 * `relativeOf` are renumbered.
 */
export function mergePatronymicAddresses(people: PersonRecord[], mentions: Mention[]): void {
  for (let a = people.length - 1; a >= 0; a--) {
    const p = people[a] as PersonRecord;
    if (p.tokens.length !== 2 || p.known || !PATRONYMIC.test(p.tokens[1] ?? '')) continue;
    let into = -1;
    let count = 0;
    for (let b = 0; b < people.length; b++) {
      const q = people[b] as PersonRecord;
      if (
        b === a ||
        q.tokens.length < 2 ||
        q.tokens[0] !== p.tokens[0] ||
        q.tokens.includes(p.tokens[1] ?? '')
      )
        continue;
      into = b;
      count++;
    }
    if (count === 1) mergePersonInto(people, mentions, a, into);
  }
}

/**
 * "the prime minister's press chief, Havasi Bertalan, told MTI … Bertalan Havasi said": a Hungarian (or East Asian)
 * name written first in the local order, family name first, and then in the English order is one person. Merges
 * each two-word name whose words are an earlier two-word name's, reversed, into that one, as its alias.
 */
export function mergeReversedNames(people: PersonRecord[], mentions: Mention[]): void {
  for (let a = people.length - 1; a > 0; a--) {
    const p = people[a] as PersonRecord;
    if (p.tokens.length !== 2 || p.known || p.tokens[0] === p.tokens[1]) continue;
    const into = people.findIndex(
      (q, b) =>
        b < a &&
        !q.known &&
        q.tokens.length === 2 &&
        q.tokens[0] === p.tokens[1] &&
        q.tokens[1] === p.tokens[0],
    );
    if (into >= 0) mergePersonInto(people, mentions, a, into);
  }
}

/**
 * Merges person `a` into person `into`: `a`'s name becomes an alias, its roles and mentions `into`'s; indices in
 * `mentions` and `relativeOf` are renumbered.
 */
export function mergePersonInto(people: PersonRecord[], mentions: Mention[], a: number, into: number): void {
  const p = people[a] as PersonRecord;
  const q = people[into] as PersonRecord;
  if (!q.aliases.includes(p.name)) q.aliases.push(p.name);
  for (const r of p.roles) if (!q.roles.includes(r)) q.roles.push(r);
  q.roleSpans.push(...p.roleSpans);
  for (const m of p.mentions) {
    m.person = into;
    if (m.kind === 'name') m.kind = 'alias';
    q.mentions.push(m);
  }
  q.mentions.sort((x, y) => x.start - y.start);
  people.splice(a, 1);
  const target = into > a ? into - 1 : into;
  for (const m of mentions) if (m.person > a) m.person--;
  for (const r of people) {
    if (r.relativeOf === a) r.relativeOf = target;
    else if (r.relativeOf > a) r.relativeOf--;
  }
}
