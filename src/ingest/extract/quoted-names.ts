// Full names that first appear inside quoted words, where nothing marks them as people ("I have asked Rui
// Rezende to follow up," Tavares said), and that the story later uses by surname with evidence ("Rezende, Tavares's
// chief adviser, attended"): the person found by the surname takes the full name.
import type { Mention, PersonRecord } from './person-record.ts';
import { femaleNames, maleNames } from './lexicon.ts';
import type { Token } from './tokenize.ts';

export interface NameRun {
  start: number;
  end: number;
  surface: string;
}

/** Whether token `at` is inside a quotation: the nearest quotation mark before it (within 150 tokens) opens one. */
function insideQuotation(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 150; k--) {
    const x = (tokens[k] as Token).text;
    if (x === '“') return true;
    if (x === '”') return false;
    // A straight mark opens a quotation when a capitalised word follows it ('"Brazil and …'), and closes one
    // when lower-case words do ('…," he said').
    if (x === '"') return tokens[k + 1]?.cap === true;
  }
  return false;
}

/**
 * For each person named only by one word (no seeds entry), the one earlier name-shaped run of two or three
 * words inside a quotation that ends in that word, if there is exactly one: it becomes the person's name (and
 * the lone word an alias), and a mention of the person.
 */
export function fullNamesFromQuotes(
  tokens: readonly Token[],
  people: PersonRecord[],
  mentions: Mention[],
  runs: readonly NameRun[],
): void {
  let added = false;
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi] as PersonRecord;
    const first = p.mentions[0];
    if (p.tokens.length !== 1 || p.known || !first) continue;
    let found: NameRun | undefined;
    let count = 0;
    for (const r of runs) {
      const n = r.end - r.start;
      if (n < 2 || n > 3 || r.end > first.start || tokens[r.end - 1]?.text !== p.name) continue;
      if (!insideQuotation(tokens, r.start)) continue;
      found = r;
      count++;
    }
    if (!found || count !== 1) continue;
    const old = p.name;
    p.name = found.surface;
    p.tokens = found.surface.split(/\s+/);
    for (const m of p.mentions) if (m.kind === 'name') m.kind = 'alias';
    if (!p.aliases.includes(old)) p.aliases.unshift(old);
    const given = p.tokens[0]?.toLowerCase() ?? '';
    if (p.gender === null && femaleNames.has(given) !== maleNames.has(given))
      p.gender = femaleNames.has(given) ? 'f' : 'm';
    const m: Mention = {
      person: pi,
      start: found.start,
      end: found.end,
      sent: (tokens[found.start] as Token).sent,
      kind: 'name',
    };
    p.mentions.unshift(m);
    mentions.push(m);
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}
