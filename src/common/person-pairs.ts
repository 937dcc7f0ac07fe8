// What any two people share, for a search of the two ("13 articles naming both, 9 taking part together"): a person
// file lists the people they took part with most, and everyone only when there are few; for the others, the build
// writes everyone they took part with in files keyed by the other's slug, so one small file answers for any pair
// (src/features/search/taking-part-together.ts). Bounded files: ~100 people each, however large the archive.
import { fnv1a } from './data-packs.ts';

/** By the other's slug: the articles both took part in and, when more, the articles naming both. */
export type PersonPairs = Record<string, [together: number, named?: number]>;

const pairsPerFile = 100;

/** How many pairs files a person with `coParticipantCount` co-participants has. */
export const pairsFileCount = (coParticipantCount: number) => Math.ceil(coParticipantCount / pairsPerFile);

/** Which of them (1-based) holds `other`. */
export const pairsBucketOf = (other: string, coParticipantCount: number) =>
  (fnv1a(other) % pairsFileCount(coParticipantCount)) + 1;
