// A speech's saluted leaders placed by the lede's list of their countries (RULES.md, "Session 30: round 50
// leftovers").
import type { CountryStory } from './country-story.ts';
import { findCountries } from './countries.ts';
import { salutedMention } from './participants.ts';
import type { PersonRecord } from './person-record.ts';
import type { Token } from './tokenize.ts';

/** Plural heads of a list of the states whose leaders met ("the leaders of", "the presidents of"). */
const LEADERS = new Set(['leaders', 'presidents', 'premiers']);

/**
 * "… which brought together the leaders of A, B and C." over "Your Excellency President X, Your Excellency President
 * Y, Your Excellency President Z,": a speech saluting as many leaders as the sentence before them lists states,
 * in the order of protocol that list follows, places each saluted leader in the state at the same place in the list.
 * Only when the counts agree, each state is listed once and no saluted leader's country already says otherwise.
 */
export function placeSalutedLeaders(story: CountryStory): void {
  const { doc, tokens, people } = story;
  if (!doc.text.includes('Your ')) return;
  const saluted: { p: PersonRecord; at: number }[] = [];
  for (const p of people) {
    const m = p.mentions.find((o) => salutedMention(tokens, o));
    if (m) saluted.push({ p, at: m.start });
  }
  if (saluted.length < 2) return;
  saluted.sort((a, b) => a.at - b.at);
  const first = saluted[0]?.at ?? 0;
  const states = listedLeadersStates(story, first, saluted.length);
  if (!states) return;
  if (saluted.some(({ p }, i) => p.international || (p.country !== null && p.country !== states[i]))) return;
  saluted.forEach(({ p }, i) => {
    p.country ??= states[i] ?? null;
  });
}

/** The states a sentence before `before` lists after "the leaders of" when it lists `count` of them; or null. */
function listedLeadersStates(story: CountryStory, before: number, count: number): string[] | null {
  const { doc, tokens } = story;
  for (let k = 1; k < before; k++) {
    if ((tokens[k] as Token).lower !== 'of' || !LEADERS.has(tokens[k - 1]?.lower ?? '')) continue;
    const end = (doc.sentences[(tokens[k] as Token).sent] as [number, number])[1];
    const hits = findCountries(tokens, k + 1, Math.min(end, before));
    const states: string[] = [];
    let from = k + 1;
    for (const h of hits) {
      // Only separators and the words of the state before between one state and the next.
      let joined = true;
      for (let j = from; j < h.at; j++) {
        const t = tokens[j] as Token;
        if (t.text !== ',' && t.lower !== 'and' && t.lower !== 'the' && !(states.length > 0 && t.cap))
          joined = false;
      }
      if (!joined || h.adjectival || states.includes(h.country)) break;
      states.push(h.country);
      from = h.at + 1;
    }
    if (states.length === count) return states;
  }
  return null;
}
