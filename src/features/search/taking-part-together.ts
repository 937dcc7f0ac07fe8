import { dataPaths } from '../../common/paths.ts';
import { pairsBucketOf, type PersonPairs } from '../../common/person-pairs.ts';
import type { PersonDetail } from '../../common/site-data.ts';

const listed = (person: PersonDetail, other: PersonDetail) =>
  person.coParticipants.find((p) => p.slug === other.slug);
// A file that lists everyone the person took part with: whoever it leaves out took part with them in nothing.
const everyone = (person: PersonDetail) => (person.coParticipantCount ?? 0) <= person.coParticipants.length;

/**
 * The file that says what two people share when neither one's file does (each lists only the people they took
 * part with most): the first one's pairs file for the second. Null when their files tell.
 */
export function pairsFileFor(a: PersonDetail | undefined, b: PersonDetail | undefined): string | null {
  if (!a || !b || listed(a, b) || listed(b, a) || everyone(a) || everyone(b)) return null;
  return dataPaths.personPairs(a.slug, pairsBucketOf(b.slug, a.coParticipantCount ?? 0));
}

/**
 * Of the `named` articles naming both people (a search of the two), how many both took part in: from either one's
 * file, or else from the first one's pairs file (`pairsFileFor`) once it is here. Null while nothing can tell, or
 * when the count of the articles naming both is not the search's.
 */
export function takingPartTogether(
  a: PersonDetail | undefined,
  b: PersonDetail | undefined,
  named: number,
  pairs?: PersonPairs,
): number | null {
  if (!a || !b) return null;
  const pair = listed(a, b) ?? listed(b, a);
  const [together, both] = pair
    ? [pair.count, pair.named]
    : everyone(a) || everyone(b)
      ? [0]
      : pairs
        ? (pairs[b.slug] ?? [0])
        : [null];
  if (together === null) return null;
  return together === 0 || (both ?? together) === named ? together : null;
}
