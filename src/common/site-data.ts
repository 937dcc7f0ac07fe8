// The static JSON the site builder emits and the app fetches (through react-query).
// Every file is small and bounded: nothing the home page or a first search loads grows with the corpus.

export interface PersonRef {
  slug: string;
  name: string;
  country: string | null;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  date: string;
  /** Dateline place, title-cased for display, or null. */
  place: string | null;
  participants: PersonRef[];
  /** Countries of everyone in the article (participants and mentioned), sorted. */
  countries: string[];
  /** The first story sentences, cut at a word boundary (~160 chars). */
  excerpt: string;
}

export interface FacetCount {
  /** The URL value: a person slug, a country name or a year. */
  value: string;
  label: string;
  count: number;
}

export interface Manifest {
  /** Changes whenever the data changes (a content hash); shown for diagnostics and used to bust caches. */
  buildId: string;
  articleCount: number;
  personCount: number;
  /** Articles per list page. */
  pageSize: number;
  pageCount: number;
  peoplePageSize: number;
  peoplePageCount: number;
  /** Archive-wide facets (top values only, bounded). */
  facets: { people: FacetCount[]; countries: FacetCount[]; years: FacetCount[] };
  /** Every country that has people, for the people-index filter. */
  peopleCountries: string[];
}

/**
 * An article in the archive-wide list: what its row shows. Leaner than ArticleSummary (no countries, participants
 * without theirs): the list repeats every article, and facets come from the manifest and the search index.
 */
export interface ListRow extends Omit<ArticleSummary, 'participants' | 'countries'> {
  participants: { slug: string; name: string }[];
}

export interface ListPage {
  page: number;
  pageCount: number;
  total: number;
  articles: ListRow[];
}

export interface ArticleDetailPerson extends PersonRef {
  aliases: string[];
  roles: string[];
  participant: boolean;
}

export interface ArticleDetail {
  slug: string;
  title: string;
  titleDerived: boolean;
  date: string;
  source: string | null;
  publishedTime: string | null;
  dateline: { place: string; date: string | null } | null;
  paragraphs: string[];
  captions: string[];
  readingMinutes: number;
  people: ArticleDetailPerson[];
  organizations: string[];
  places: string[];
  prev: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
  /** The story's other versions in the archive ("Also carried as"), when it holds more than one. */
  versions?: ArticleVersion[];
  /**
   * Set by a full prerender: the article's page (articles/<slug>/) carries the text, so this file leaves out
   * the fields the page shows (ARTICLE_FIELDS_IN_PAGE in html-document.ts) and the app reads them from the page
   * (one copy of every text in dist/).
   */
  textInPage?: true;
}

/** Another version of an article's story (Article.versionOf): what tells it apart, and its page. */
export interface ArticleVersion {
  slug: string;
  title: string;
  date: string;
  source: string | null;
  /** On the other versions' pages: this is the version lists, search and counts show. */
  listed?: true;
}

export interface RoleSpan {
  role: string;
  first: string;
  last: string;
  /** The articles that give the role first and last (slugs), so a reader can check where it comes from. */
  firstArticle: string;
  lastArticle: string;
}

export interface PersonDetail {
  slug: string;
  name: string;
  aliases: string[];
  /** The country the most of their articles give (all of them on a tie): see src/site/person-countries.ts. */
  countries: string[];
  /** Other countries some of their articles give, with how many, most first; left out when none. */
  otherCountries?: [country: string, articles: number][];
  roles: RoleSpan[];
  articleCount: number;
  /** Articles per page in PersonArticlesPage files. */
  articlePageSize: number;
  articlePageCount: number;
  /** Co-participants: people who took part in the same events, most frequent first (bounded). */
  coParticipants: CoParticipant[];
  /** How many co-participants there are in all (coParticipants holds the most frequent of them). */
  coParticipantCount?: number;
  /**
   * Of the articles a search of them finds (the listed version of each story), how many name them without their
   * taking part; left out when none. When some but not all, dataPaths.personTookPart says which.
   */
  onlyMentioned?: number;
}

/** Someone a person took part in events with. */
export interface CoParticipant extends PersonRef {
  /** Articles both took part in. */
  count: number;
  /** Articles naming both (what a search of the two finds), when more than `count`: one was only mentioned. */
  named?: number;
}

/** One page of everyone a person took part in events with, most frequent first (PersonDetail's order). */
export interface PersonCoParticipantsPage {
  page: number;
  pageCount: number;
  people: CoParticipant[];
}

/**
 * One article in a person's list: title, date, place and who else took part; no excerpt or countries (a big
 * archive has a row per article per person: the excerpts alone would be ~100 MB at 100,000 articles).
 */
export interface PersonArticleRow {
  slug: string;
  title: string;
  date: string;
  place: string | null;
  /** The person's roles as this article gives them (left out when it gives none). */
  roles?: string[];
  /** Set when the person is only mentioned in the article, not one of its participants. */
  mentioned?: true;
  /** The article's other participants (not the person whose list this is), in article order. */
  others: { slug: string; name: string }[];
}

export interface PersonArticlesPage {
  page: number;
  pageCount: number;
  articles: PersonArticleRow[];
}

export interface PeopleIndexEntry {
  slug: string;
  name: string;
  countries: string[];
  articleCount: number;
  /** The office most of the person's articles give (left out when none gives one), to tell namesakes apart. */
  role?: string;
}

export interface PeopleIndexPage {
  page: number;
  pageCount: number;
  total: number;
  people: PeopleIndexEntry[];
}

/** A people-index entry in the name index and country lists, with the aliases that add words to its name. */
export interface PeopleNameEntry extends PeopleIndexEntry {
  aliases?: string[];
}

/**
 * The name-index keys that start in one directory bucket: key -> number of people filed under it. A split key has
 * more people than a leaf holds: its people are in a paged list and its longer keys have their own files.
 */
export interface PeopleNameDir {
  keys: Record<string, number>;
  split: string[];
  /** Per split key, how many of its people each country has (by position in Manifest.peopleCountries; 0s left out). */
  countries: Record<string, Record<string, number>>;
}

/** Everyone filed under a key that is not split, most articles first. */
export interface PeopleNameLeaf {
  people: PeopleNameEntry[];
}

/** A page of a split key's people, or of one country's people, most articles first. */
export interface PeopleNameListPage {
  page: number;
  pageCount: number;
  total: number;
  people: PeopleNameEntry[];
}
