// What a search keeping the articles the filtered people took part in (`took=part`) needs beyond any other: each
// person's took-part list, and whom the one person took part with. A chunk of its own, loaded by such a search
// alone (every first search loads the engine).
import { dataPaths } from '../../common/paths.ts';
import type { ShardEntry } from '../../common/search-text.ts';
import type { ArticleSummary, PersonDetail } from '../../common/site-data.ts';
import { keepTookPart, type PersonTookPart } from '../../common/took-part.ts';
import { byCount, type SearchFacet, type SearchIndex } from './search-engine.ts';
import type { SearchParamsState } from './search-params.ts';

/**
 * What keeps, of each filtered person's list among `postings` (from `first` on, the person's then the second
 * one's), the articles they took part in (src/common/took-part.ts): all of them when their file says they are never
 * only mentioned, none when they always are, else those their took-part file marks.
 */
export async function tookPartOf(
  index: SearchIndex,
  params: SearchParamsState,
  filters: readonly Promise<ShardEntry | null>[],
): Promise<(postings: { docs: number[]; scores: null | Float64Array }[], first: number) => void> {
  const keeps = await Promise.all(
    [params.person, params.with].flatMap((slug, i) => (slug ? [keepOf(index, slug, filters[i]!)] : [])),
  );
  return (postings, first) =>
    keeps.forEach((keep, i) => {
      postings[first + i] = { docs: keep(postings[first + i]!.docs), scores: null };
    });
}

async function keepOf(
  index: SearchIndex,
  slug: string,
  filter: Promise<ShardEntry | null>,
): Promise<(docs: number[]) => number[]> {
  const [person, entry] = await Promise.all([
    index.load(dataPaths.person(slug)) as Promise<PersonDetail>,
    filter,
  ]);
  const onlyMentioned = person.onlyMentioned ?? 0;
  if (!onlyMentioned) return (docs) => docs;
  if (!entry || onlyMentioned >= entry[1]) return () => [];
  const { mask } = (await index.load(dataPaths.personTookPart(slug))) as PersonTookPart;
  return (docs) => keepTookPart(docs, mask);
}

/**
 * With one person, whom they took part with in `rows` (every match's): each other participant with the rows they
 * are in (what adding them as `with` gives), most first, then by name; every one (at most a few hundred).
 */
export function tookPartWith(
  params: SearchParamsState,
  rows: readonly ArticleSummary[],
): SearchFacet[] | undefined {
  if (params.with) return undefined;
  const counts = new Map<string, SearchFacet>();
  for (const row of rows)
    for (const p of row.participants)
      if (p.slug !== params.person) {
        const facet = counts.get(p.slug) ?? { value: p.slug, label: p.name, count: 0 };
        facet.count++;
        counts.set(p.slug, facet);
      }
  return [...counts.values()].sort(byCount);
}
