// The people name index and the per-country people lists (format: src/common/people-names.ts). Pure and
// deterministic; every file is bounded (a leaf holds at most `leafMax` people, a list page `pageSize`), so what a
// filter keystroke downloads does not grow with the archive.
import {
  childKey,
  nameBucket,
  nameBuckets,
  nameFileKey,
  nameTerms,
  isSelectiveWord,
  rootKey,
} from '../../common/people-names.ts';
import { dataPaths } from '../../common/paths.ts';
import type {
  PeopleIndexEntry,
  PeopleNameDir,
  PeopleNameEntry,
  PeopleNameLeaf,
  PeopleNameListPage,
} from '../../common/site-data.ts';

export interface PeopleNamesOptions {
  /** People per list page: the people index's page size, so a list page is a results page. */
  pageSize: number;
  /** Most people in one leaf file (~25 bytes each gzipped). */
  leafMax?: number;
}

export const defaultLeafMax = 256;

/**
 * `entries` in the people index's order (most articles first), `aliasesOf` each person's aliases, `countries` the
 * manifest's peopleCountries. Calls `put` with each file's path and value.
 */
export function buildPeopleNames(
  entries: readonly PeopleIndexEntry[],
  aliasesOf: (slug: string) => readonly string[],
  countries: readonly string[],
  opts: PeopleNamesOptions,
  put: (path: string, value: unknown) => void,
): void {
  const leafMax = opts.leafMax ?? defaultLeafMax;
  const { pageSize } = opts;

  // Only aliases that add a term go into the files: "Zhao" adds nothing to "Zhao Lin", "石破茂" does.
  const rows: PeopleNameEntry[] = [];
  // (person, term) pairs in people-index order, so every list below comes out already sorted.
  const pairs: [number, string][] = [];
  entries.forEach((entry, index) => {
    const own = new Set(nameTerms(entry.name));
    const extra = aliasesOf(entry.slug).filter((alias) => nameTerms(alias).some((term) => !own.has(term)));
    rows.push(extra.length ? { ...entry, aliases: extra } : { ...entry });
    const terms = new Set([...own, ...extra.flatMap(nameTerms)]);
    for (const term of [...terms].sort()) pairs.push([index, term]);
  });

  const putList = (people: PeopleNameEntry[], path: (page: number) => string) => {
    const pageCount = Math.max(1, Math.ceil(people.length / pageSize));
    for (let page = 1; page <= pageCount; page++)
      put(path(page), {
        page,
        pageCount,
        total: people.length,
        people: people.slice((page - 1) * pageSize, page * pageSize),
      } satisfies PeopleNameListPage);
  };

  const dirs = new Map<string, PeopleNameDir>(
    nameBuckets.map((bucket) => [bucket, { keys: {}, split: [], countries: {} }]),
  );
  const countryIndex = new Map(countries.map((country, index) => [country, index]));
  const peopleOf = (members: [number, string][]) => {
    const out: PeopleNameEntry[] = [];
    let last = -1;
    for (const [index] of members) if (index !== last) out.push(rows[(last = index)]!);
    return out;
  };
  const groupBy = (members: [number, string][], keyOf: (term: string) => string | null) => {
    const groups = new Map<string, [number, string][]>();
    for (const member of members) {
      const key = keyOf(member[1]);
      if (key === null) continue;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(member);
    }
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  const fileKey = (key: string, members: [number, string][]) => {
    const people = peopleOf(members);
    const dir = dirs.get(nameBucket(key))!;
    dir.keys[key] = people.length;
    if (people.length <= leafMax) {
      put(dataPaths.peopleNameLeaf(nameFileKey(key)), { people } satisfies PeopleNameLeaf);
      return;
    }
    dir.split.push(key);
    putList(people, (page) => dataPaths.peopleNameList(nameFileKey(key), page));
    // A common name with a country is a list of its own, so that filter pages straight through too.
    const byCountry = new Map<number, PeopleNameEntry[]>();
    for (const person of people)
      for (const country of person.countries) {
        const index = countryIndex.get(country);
        if (index === undefined) continue;
        let list = byCountry.get(index);
        if (!list) byCountry.set(index, (list = []));
        list.push(person);
      }
    const counts: Record<string, number> = {};
    for (const [index, list] of [...byCountry].sort(([a], [b]) => a - b)) {
      counts[index] = list.length;
      putList(list, (page) => dataPaths.peopleNameCountryList(nameFileKey(key), index, page));
    }
    dir.countries[key] = counts;
    for (const [child, group] of groupBy(members, (term) => childKey(key, term))) fileKey(child, group);
  };
  // A lone Latin letter never picks a file (it filters locally), so such terms get no key of their own.
  for (const [key, group] of groupBy(pairs, (term) => (isSelectiveWord(term) ? rootKey(term) : null)))
    fileKey(key, group);
  for (const [bucket, dir] of dirs) put(dataPaths.peopleNameDir(bucket), dir);

  countries.forEach((country, index) =>
    putList(
      rows.filter((row) => row.countries.includes(country)),
      (page) => dataPaths.peopleCountryPage(index, page),
    ),
  );
}
