// One place for every URL: route paths the app links to and data files the site builder writes.
// Data paths are relative to the site base (import.meta.env.BASE_URL in the app, BASE_PATH at build).
import type { WordFamily } from './search-text.ts';

export const routePaths = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  people: () => '/people',
  person: (slug: string) => `/people/${encodeURIComponent(slug)}`,
};

export const dataPaths = {
  manifest: () => 'data/manifest.json',
  /** `{"buildId":…}` of the build being served, read past every cache (src/common/fetch-json.ts); not in dev. */
  build: () => 'data/build.json',
  listPage: (page: number) => `data/list/${page}.json`,
  article: (slug: string) => `data/articles/${slug}.json`,
  person: (slug: string) => `data/people/${slug}.json`,
  personArticles: (slug: string, page: number) => `data/people/${slug}/articles-${page}.json`,
  /** Everyone a person took part in events with, paged (only for people with more than their file lists). */
  personCoParticipants: (slug: string, page: number) => `data/people/${slug}/with-${page}.json`,
  /** The same people by the other's slug, in `pairsBucketOf` buckets: what any two people share. */
  personPairs: (slug: string, bucket: number) => `data/people/${slug}/pairs-${bucket}.json`,
  /** Which of a person's articles they took part in (PersonTookPart), when only some: PersonDetail.onlyMentioned. */
  personTookPart: (slug: string) => `data/people/${slug}/took.json`,
  peopleIndexPage: (page: number) => `data/people-index/${page}.json`,
  /** People of one country (by its position in Manifest.peopleCountries), most articles first. */
  peopleCountryPage: (country: number, page: number) => `data/people-index/country-${country}/${page}.json`,
  /** The name index (src/common/people-names.ts): directory by bucket, leaf files and paged lists by file key. */
  peopleNameDir: (bucket: string) => `data/people-names/dir/${bucket}.json`,
  peopleNameLeaf: (fileKey: string) => `data/people-names/keys/${fileKey}.json`,
  peopleNameList: (fileKey: string, page: number) => `data/people-names/lists/${fileKey}/${page}.json`,
  /** A split key's people of one country (by its position in Manifest.peopleCountries). */
  peopleNameCountryList: (fileKey: string, country: number, page: number) =>
    `data/people-names/lists/${fileKey}/country-${country}/${page}.json`,
};

/** Files of the search index (format in src/common/search-text.ts), relative to the site base. */
export const searchPaths = {
  meta: () => 'data/search/meta.json',
  shard: (n: number) => `data/search/shards/${n}.json`,
  tail: (n: number) => `data/search/tails/${n}.json`,
  docs: (chunk: number) => `data/search/docs/${chunk}.json`,
  words: (family: WordFamily, key: string) => `data/search/words/${family}${key}.json`,
  /** Complete doc lists of the person filters, hashed into buckets of a few KB (see facetBucket). */
  personFacets: (bucket: number) => `data/search/facets/p${bucket}.json`,
  /** The complete doc list of one country (by its index in SearchMeta.countries). */
  countryFacet: (n: number) => `data/search/facets/c${n}.json`,
  /** The person and country counts of a year and its months (DateFacets). */
  dateFacets: (year: string) => `data/search/facets/y${year}.json`,
  /** The documents in a year of the people its DateFacets list for it (PersonFacets, each list cut to the year). */
  yearLists: (year: string) => `data/search/facets/l${year}.json`,
  /** A person's or a country's own counts in a year and its months, hashed with other filters' (FilterDateFacets). */
  filterDateFacets: (year: string, bucket: number) => `data/search/facets/f${year}-${bucket}.json`,
  /** The people a country has every article of, with those countries, hashed (PersonWithin). */
  personWithin: (bucket: number) => `data/search/facets/w${bucket}.json`,
  /** The first page's rows of common words, hashed into buckets of about two words (see SearchMeta.tops). */
  tops: (bucket: number) => `data/search/tops/${bucket}.json`,
  /** The rarer words by their letters 4–7, for a typo early in a word (see SearchMeta.tops.edits). */
  edits: (bucket: number) => `data/search/edits/${bucket}.json`,
  /** The rarer words by their first three letters where those span several shards (see SearchMeta.tops.lates). */
  lateEdits: (bucket: number) => `data/search/lates/${bucket}.json`,
  /** The doc lists of words side by side, for quoted phrases, hashed into buckets (see SearchMeta.pairs). */
  pairs: (bucket: number) => `data/search/pairs/${bucket}.json`,
};
