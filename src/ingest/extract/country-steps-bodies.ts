// A firm's officer whose firm the story describes as a state's: "X, Group Chief Executive Officer of Mubadala, Abu
// Dhabi's sovereign investor," or "Y, chairman of Torgaz, Norland's state oil company,". A state company ties its
// officers to its state (the conventions' "Saudi Aramco President"), where a private firm's boss stands for no
// country. See decide-countries.ts for the order.
import { cityCountryAt, findCountries } from './countries.ts';
import type { CountryStory } from './country-story.ts';
import { POSSESSIVE_S } from './names.ts';
import type { Token } from './tokenize.ts';

/** Words that make a body a state's ("sovereign investor", "state-owned carrier", "national oil company"). */
const STATE_WORDS = new Set([
  'sovereign',
  'state',
  'state-owned',
  'state-run',
  'state-controlled',
  'state-backed',
  'government-owned',
  'government-run',
  'national',
]);
/** Nouns a state's body ends in. */
const BODY_NOUNS = new Set([
  'fund',
  'investor',
  'company',
  'firm',
  'carrier',
  'airline',
  'operator',
  'producer',
  'conglomerate',
  'group',
  'holding',
  'corporation',
  'giant',
  'bank',
  'lender',
  'insurer',
  'broadcaster',
  'utility',
  'miner',
  'shipper',
  'railway',
  'railways',
]);

/**
 * The country of "<Place>'s <state word> … <body noun>" set off by a comma right after token `end` (a role's end),
 * or null: "…, Abu Dhabi's sovereign investor," (the emirate's country), "…, Russia's sovereign wealth fund,".
 */
function describedStateBody(tokens: readonly Token[], end: number): string | null {
  if (tokens[end]?.text !== ',') return null;
  let k = end + 1;
  if (tokens[k]?.lower === 'the') k++;
  const place = tokens[k];
  if (!place?.cap || !place.word) return null;
  // The place: one word or two ("Abu Dhabi"), then the possessive.
  let s = k + 1;
  if (!POSSESSIVE_S.has(tokens[s]?.text ?? '')) s++;
  if (!POSSESSIVE_S.has(tokens[s]?.text ?? '')) return null;
  let state = false;
  for (let q = s + 1; q < s + 6; q++) {
    const t = tokens[q];
    if (!t?.word || t.cap || t.sent !== place.sent) return null;
    if (STATE_WORDS.has(t.lower)) state = true;
    else if (BODY_NOUNS.has(t.lower)) {
      if (!state) return null;
      const after = tokens[q + 1];
      if (after && after.word && !after.cap) return null;
      return findCountries(tokens, k, s)[0]?.country ?? cityCountryAt(tokens, k, s) ?? null;
    }
  }
  return null;
}

/** Settles each officer whose role's body is described right after the role as a state's body (see the top). */
export function settleByDescribedStateBody(story: CountryStory): void {
  const { tokens, people } = story;
  for (const p of people) {
    if (p.countrySettled || p.international) continue;
    for (const r of p.roleSpans) {
      // A word test first: most roles are followed by no comma.
      if (tokens[r.end]?.text !== ',') continue;
      const country = describedStateBody(tokens, r.end);
      if (country === null) continue;
      p.country = country;
      p.countrySettled = true;
      break;
    }
  }
}
