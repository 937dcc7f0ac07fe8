// "Tavares, Lima's chief adviser", "his vice president, Rosa Cárdenas", "Liu and his wife Fang Meiling": someone
// introduced as another person's aide, deputy or relative serves (or belongs to) that person's country. Asked
// only for people the other rules left without a country.
import type { Mention, PersonRecord } from './person-record.ts';
import { POSSESSIVE_S } from './names.ts';
import { appositiveHeads, relationWords } from './roles.ts';
import type { Token } from './tokenize.ts';

const OWN = new Set(['his', 'her', 'their']);

export function possessorCountries(
  tokens: readonly Token[],
  people: PersonRecord[],
  mentions: readonly Mention[],
): void {
  let open = false;
  for (const p of people) if (p.country === null && !p.international) open = true;
  if (!open) return;
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.start, m);
  for (const p of people) {
    if (p.country !== null || p.international) continue;
    for (const m of p.mentions) {
      if (m.kind === 'pronoun') continue;
      const owner = ownerAfter(tokens, byStart, m) ?? ownerBefore(tokens, byStart, mentions, m);
      const q = owner === undefined ? undefined : people[owner.person];
      if (q && q !== p && q.country) {
        p.country = q.country;
        break;
      }
    }
  }
}

/** "X, Lima's chief adviser,": the mention whose possessive opens the appositive after `m`. */
function ownerAfter(
  tokens: readonly Token[],
  byStart: Map<number, Mention>,
  m: Mention,
): Mention | undefined {
  if (tokens[m.end]?.text !== ',') return undefined;
  const o = byStart.get(m.end + 1);
  if (!o || o.kind === 'pronoun' || !POSSESSIVE_S.has(tokens[o.end]?.text ?? '')) return undefined;
  const head = tokens[o.end + 1];
  return head && !head.cap ? o : undefined;
}

/** "his vice president, X", "his wife X": the pronoun owning the role or relation right before `m`. */
function ownerBefore(
  tokens: readonly Token[],
  byStart: Map<number, Mention>,
  mentions: readonly Mention[],
  m: Mention,
): Mention | undefined {
  let k = m.start - 1;
  if (tokens[k]?.text === ',') k--;
  const last = tokens[k];
  if (!last || last.cap || !(appositiveHeads.has(last.lower) || relationWords.has(last.lower)))
    return undefined;
  if (last.lower === 'counterpart' || last.lower === 'friend') return undefined;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j] as Token;
    if (t.sent !== last.sent || t.cap) return undefined;
    if (OWN.has(t.lower)) {
      const o = byStart.get(j);
      return o?.kind === 'pronoun' && nearestNamed(mentions, o) ? o : undefined;
    }
  }
  return undefined;
}

/**
 * Whether the pronoun mention `o` refers to the person named last before it in its sentence ("Liu and his wife"),
 * not to an earlier subject past another name ("Tian asked Quintero about his vice president" is ambiguous).
 */
function nearestNamed(mentions: readonly Mention[], o: Mention): boolean {
  let last: Mention | undefined;
  for (const m of mentions) {
    if (m.start >= o.start) break;
    if (m.kind !== 'pronoun' && m.sent === o.sent) last = m;
  }
  return last !== undefined && last.person === o.person;
}
