// Two people of one article that are one person: a shorter form, another spelling or the reversed order of a
// name the same article gives in full ("Chaudhry Sarwar" after "Chaudhry Muhammad Sarwar", "Orban Viktor" beside
// "Viktor Orban"), joined by the article alone. The archive's merge (merge-people.ts) then never joins two people
// one article keeps apart, so an article's people do not depend on which other files are in the folder.

import { nameKey } from '../ids.ts';
import { joinNameVariants, type FullName } from '../name-variants.ts';
import type { PersonRecord } from './person-record.ts';
import { relationJustBefore } from './person-cues.ts';
import type { Token } from './tokenize.ts';

/**
 * For each person of `people` that is another form of one other person's name in the same article, that other
 * person (the fullest form, as the archive's merge names a group); none for a relative introduced by part of the
 * other's name ("his father, Vladimir Spiridonovich Putin", "his father, former President George Bush"), who is
 * another person. Of forms as full as each other, the one the article names first names the person.
 */
export function sameArticleVariants(
  tokens: readonly Token[],
  people: readonly PersonRecord[],
): Map<PersonRecord, PersonRecord> {
  const into = new Map<PersonRecord, PersonRecord>();
  if (people.length < 2) return into;
  // Most articles name no two people with a word in common: one Set of the names' words tells (namesShareAWord).
  if (!namesShareAWord(people)) return into;
  const keys = people.map((p) => nameKey(p.name));

  // Each full name once: a key two people of the article carry is left to the archive's merge (one key, one person).
  const byKey = new Map<string, number>();
  const twice = new Set<string>();
  for (let i = 0; i < people.length; i++) {
    const key = keys[i]!;
    if (!key.includes(' ')) continue;
    if (byKey.has(key)) twice.add(key);
    else byKey.set(key, i);
  }
  const names: FullName[] = [];
  for (const [key, i] of byKey) {
    if (twice.has(key)) continue;
    const p = people[i]!;
    names.push({
      key,
      mentions: 1,
      countries: new Set(p.country ? [p.country] : []),
      forms: [p.name],
      known: p.known !== null,
    });
  }
  // joinNameVariants names each group by its fullest form; of forms as full, the article's first names the person
  // ("Viktor Orban" before a caption's "Orban Viktor").
  const groups = new Map<string, number[]>();
  for (const [from, to] of joinNameVariants(names)) {
    let group = groups.get(to);
    if (!group) groups.set(to, (group = [byKey.get(to)!]));
    group.push(byKey.get(from)!);
  }
  for (const group of groups.values()) {
    // A relative introduced by part of another's name is another person, whatever the names say.
    const kept = group.filter((i) => !introducedAsRelative(tokens, people[i]!));
    if (kept.length < 2) continue;
    let best = kept[0]!;
    for (const i of kept) {
      const words = keys[i]!.split(' ').length - keys[best]!.split(' ').length;
      if (words > 0 || (words === 0 && firstSeen(people[i]!) < firstSeen(people[best]!))) best = i;
    }
    for (const i of kept) if (i !== best) into.set(people[i]!, people[best]!);
  }
  return into;
}

/**
 * Whether two names of `people` of two words or more share a word, case aside: stops at the first word seen twice,
 * and never lowercases a name of one word.
 */
function namesShareAWord(people: readonly PersonRecord[]): boolean {
  const seenWords = new Set<string>();
  for (const p of people) {
    if (!p.name.includes(' ')) continue;
    const words = p.name.toLowerCase().split(' ');
    for (const word of words) if (seenWords.has(word)) return true;
    for (const word of words) seenWords.add(word);
  }
  return false;
}

/** "his father, Vladimir Spiridonovich Putin", "his father, former President George Bush": a relative's name. */
function introducedAsRelative(tokens: readonly Token[], p: PersonRecord): boolean {
  if (p.relativeOf >= 0 || p.relation) return true;
  const first = p.mentions.find((m) => m.kind === 'name');
  return first !== undefined && relationJustBefore(tokens, first.start);
}

/** Where the article first names a person: the headline first, then the story's order (the order people are listed). */
export function firstSeen(p: PersonRecord): number {
  return p.titleMention >= 0 ? p.titleMention - 1e6 : (p.mentions[0]?.start ?? 1e9);
}
