// Two readings of the people around a name: a leader named by a bare office and described elsewhere by a nationality
// and that office only ("President X … the Iranian president"); a party leader listed among compatriots ("attended by
// A, party leader B and Lebanese Forces leader C"). See decide-countries.ts and country-steps-story.ts for the order.
import { findCountries } from './countries.ts';
import { inQuote } from './country-context.ts';
import type { CountryStory } from './country-story.ts';
import { demonymCountry } from './lexicon.ts';
import { bareTitle, heldByAnother, SINGLE_HOLDER_TITLES } from './one-holder-offices.ts';
import { awaitsCountry, type Mention, type PersonRecord } from './person-record.ts';
import type { Token } from './tokenize.ts';

/** The one bare one-holder office all of p's roles name ("President", "then President"), or null. */
function bareOffice(p: PersonRecord): string | null {
  let office: string | null = null;
  for (const r of p.roles) {
    const t = bareTitle(r);
    if (!SINGLE_HOLDER_TITLES.has(t) || r.includes(' of ')) return null;
    // "Iranian President": a nationality in the role already places them.
    if (r.split(/\s+/).some((w) => demonymCountry.has(w.toLowerCase()))) return null;
    if (office !== null && office !== t) return null;
    office = t;
  }
  return office;
}

/**
 * "… in the presence of President Ali Rahimi, Brazilian President Y and Turkish Prime Minister Z. … had held a
 * meeting with the Iranian president before the ceremony." In a story filed from the country (or by its national
 * outlet), "the <nationality> <office>" with no name after it stands for the one person the story names by that bare
 * office: that person is of that nationality. Only when nobody else holds that office for that country, only one
 * person is named by the bare office, and the description is in none of their sentences ("President X met the
 * Iranian president" is two people) nor in quoted words. Settled, before the sentence rules, which read the
 * nationalities listed around the name ("Brazilian", "Turkish").
 */
export function settleByDescribedOffice(story: CountryStory): void {
  const { tokens, people } = story;
  let office: string | null = null;
  let holder: PersonRecord | null = null;
  for (const p of people) {
    if (!awaitsCountry(p) || p.roles.length === 0) continue;
    const t = bareOffice(p);
    if (t === null) continue;
    // Two people named by bare offices: "the Iranian president" could stand for either.
    if (holder !== null) return;
    holder = p;
    office = t;
  }
  if (holder === null || office === null) return;
  const homes = [story.datelineHome, story.home];
  const words = office.split(' ');
  const sents = new Set(holder.mentions.map((m) => m.sent));
  let found: string | null = null;
  for (const h of findCountries(tokens, 0, tokens.length)) {
    if (!h.adjectival || tokens[h.at - 1]?.lower !== 'the' || story.inRoles.has(h.at)) continue;
    const nat = tokens[h.at] as Token;
    if (!demonymCountry.has(nat.lower)) continue;
    if (!words.every((w, i) => tokens[h.at + 1 + i]?.lower === w)) continue;
    // "the Iranian President Ali Rahimi": a name after the office is that name's title, not a description.
    const next = tokens[h.at + 1 + words.length];
    if (next?.cap && next.word && next.sent === nat.sent) continue;
    if (sents.has(nat.sent)) continue;
    const [from] = story.doc.sentences[nat.sent] ?? [0, 0];
    if (inQuote(tokens, from, h.at)) continue;
    if (!homes.includes(h.country)) continue;
    if (found !== null && found !== h.country) return;
    found = h.country;
  }
  if (found === null || heldByAnother(people, holder, found, [office], tokens)) return;
  holder.country = found;
  holder.countrySettled = true;
}

/**
 * "The signing was attended by …, Free Patriotic Movement leader A, head of Hezbollah's parliamentary bloc B,
 * Progressive Socialist Party leader C and Lebanese Forces leader D": in a list of titled names joined only by commas
 * and "and", one whose title names no country (a party's or a bloc's leader, not a bare one-holder office) is of the
 * country that every member the roles settled shares, when there are two such members at least and none settled
 * elsewhere. Null otherwise. Read from the mentions of the first sentence that names p.
 */
export function listFellowsCountry(story: CountryStory, p: PersonRecord): string | null {
  const { tokens, people, mentionsBySent, inRoles } = story;
  if (p.roles.length === 0 || p.international || bareOffice(p) !== null) return null;
  if (p.roles.some((r) => r.split(/\s+/).some((w) => demonymCountry.has(w.toLowerCase())))) return null;
  const first = p.mentions.find((m) => m.kind === 'name');
  if (!first) return null;
  const named = (mentionsBySent.get(first.sent) ?? []).filter((m) => m.kind === 'name');
  const at = named.indexOf(first);
  if (at < 0 || named.length < 3) return null;
  // Between two listed names: a comma or "and", then only the next one's title.
  const joined = (a: Mention, b: Mention): boolean => {
    let k = a.end;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and') k++;
    if (k === a.end) return false;
    for (; k < b.start; k++) if (!inRoles.has(k)) return false;
    return true;
  };
  let lo = at;
  while (lo > 0 && joined(named[lo - 1] as Mention, named[lo] as Mention)) lo--;
  let hi = at;
  while (hi + 1 < named.length && joined(named[hi] as Mention, named[hi + 1] as Mention)) hi++;
  let country: string | null = null;
  let fellows = 0;
  for (let i = lo; i <= hi; i++) {
    const q = people[(named[i] as Mention).person] as PersonRecord;
    if (q === p || !q.countrySettled || q.country === null) continue;
    if (country !== null && q.country !== country) return null;
    country = q.country;
    fellows++;
  }
  return fellows >= 2 ? country : null;
}
