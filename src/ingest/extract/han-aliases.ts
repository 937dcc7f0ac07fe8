// "Qiao Mingde (乔明德)": English copy from Chinese outlets often writes a name's characters in brackets after it. They are
// another form of the name, so they become an alias: searching the characters then finds the person too (the
// people filter and a search's link to their page), not only the articles that contain them.
import type { PersonRecord } from './person-record.ts';
import type { TokenizedText } from './tokenize.ts';

/** Right after a name: brackets (ASCII or full-width) holding a run of two to four Han characters and nothing else. */
const hanInBrackets = /[ \t]*[(（][ \t]*(\p{Script=Han}{2,4})[ \t]*[)）]/uy;

/** Adds each person's bracketed Han name to their aliases. One anchored match per named mention, no text scan. */
export function addHanAliases(doc: TokenizedText, people: readonly PersonRecord[]): void {
  for (const person of people)
    for (const mention of person.mentions) {
      if (mention.kind !== 'name' && mention.kind !== 'alias') continue;
      const last = doc.tokens[mention.end - 1];
      if (!last) continue;
      hanInBrackets.lastIndex = last.end;
      const han = hanInBrackets.exec(doc.text)?.[1];
      if (han && !person.aliases.includes(han)) person.aliases.push(han);
    }
}
