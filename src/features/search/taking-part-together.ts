import type { PersonDetail } from '../../common/site-data.ts';

/**
 * Of the `named` articles naming both people (a search of the two), how many both took part in, from either one's
 * file: it lists the people they took part with most, with the articles naming both, or everyone when there are
 * few (then whoever it leaves out took part with them in none). Null when neither file can tell, or when its count
 * of the articles naming both is not the search's.
 */
export function takingPartTogether(
  a: PersonDetail | undefined,
  b: PersonDetail | undefined,
  named: number,
): number | null {
  if (!a || !b) return null;
  for (const [person, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const pair = person.coParticipants.find((p) => p.slug === other.slug);
    if (pair) return (pair.named ?? pair.count) === named ? pair.count : null;
  }
  const everyone = (person: PersonDetail) => (person.coParticipantCount ?? 0) <= person.coParticipants.length;
  return everyone(a) || everyone(b) ? 0 : null;
}
