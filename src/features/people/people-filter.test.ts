import { describe, expect, it } from 'vitest';
import { nameTerms, termsMatch } from '../../common/people-names.ts';
import { dataPaths } from '../../common/paths.ts';
import type { PeopleIndexEntry, PeopleNameListPage } from '../../common/site-data.ts';
import { buildPeopleNames } from '../../site/people-names/build-people-names.ts';
import { filterPeople, filterWords, matchesPeopleFilter, type PeopleNameFiles } from './people-filter.ts';
import { readPeopleFilter, type PeopleFilter } from './people-filter-params.ts';

// A crowd with many shared names, so keys split: the filter must stay exact through paged lists and leaves.
const given = ['Wang', 'Li', 'Shigeru', 'José', 'Anna', 'Wanda', 'Ivan', 'Liang', 'Shirin', 'Jose Maria'];
const family = [
  'Wang',
  'Ishiba',
  'Ramos-Horta',
  'Li',
  'Walesa',
  "O'Brien",
  'Ivanova',
  'Lindqvist',
  'Sánchez',
];
const countryList = ['China', 'Japan', 'Spain', 'Timor-Leste'];
const crowd: PeopleIndexEntry[] = [];
const aliases = new Map<string, string[]>();
for (let i = 0; i < 400; i++) {
  const name = `${given[(i * 7) % given.length]} ${family[(i * 3 + (i >> 4)) % family.length]}`;
  const slug = `p${i}`;
  crowd.push({ slug, name, countries: i % 5 === 0 ? [] : [countryList[i % 4]!], articleCount: 400 - i });
  aliases.set(slug, i === 17 ? ['石破茂', 'Ishiba'] : [name.split(' ').pop()!]);
}
const countries = [...new Set(crowd.flatMap((p) => p.countries))].sort();
const pageSize = 10;

function build(leafMax: number) {
  const files = new Map<string, string>();
  buildPeopleNames(
    crowd,
    (slug) => aliases.get(slug) ?? [],
    countries,
    { pageSize, leafMax },
    (path, value) => files.set(path, JSON.stringify(value)),
  );
  return files;
}

/** Reads from the built files and records which were read; an unknown file fails like a 404 would. */
function source(files: Map<string, string>) {
  const read: string[] = [];
  const get = <T>(path: string): Promise<T> => {
    read.push(path);
    const text = files.get(path);
    if (text === undefined) return Promise.reject(new Error(`404 ${path}`));
    return Promise.resolve(JSON.parse(text) as T);
  };
  const files_: PeopleNameFiles = {
    dir: (bucket) => get(dataPaths.peopleNameDir(bucket)),
    leaf: (key) => get(dataPaths.peopleNameLeaf(key)),
    list: (key, page) => get(dataPaths.peopleNameList(key, page)),
    countryList: (key, country, page) => get(dataPaths.peopleNameCountryList(key, country, page)),
    country: (index, page) => get<PeopleNameListPage>(dataPaths.peopleCountryPage(index, page)),
  };
  return { read, files: files_ };
}

/** What the filter must return: everyone matching, in index order (less the single letters it says it left out). */
function expected(filter: PeopleFilter, ignored: string[] = []) {
  const words = filterWords(filter.name).filter((word) => !ignored.includes(word));
  return crowd.filter(
    (p) =>
      (!filter.country || p.countries.includes(filter.country)) &&
      termsMatch([p.name, ...(aliases.get(p.slug) ?? [])].flatMap(nameTerms), words),
  );
}

async function allPages(files: PeopleNameFiles, filter: PeopleFilter) {
  const first = await filterPeople(filter, 1, { pageSize, countries }, files);
  const rest = await Promise.all(
    Array.from({ length: first.pageCount - 1 }, (_, i) =>
      filterPeople(filter, i + 2, { pageSize, countries }, files),
    ),
  );
  return { total: first.total, ignored: first.ignored, people: [first, ...rest].flatMap((r) => r.people) };
}

const queries: PeopleFilter[] = [
  { name: 'wang', country: '' },
  { name: 'wa', country: '' },
  { name: 'wan', country: '' },
  { name: 'wanda', country: '' },
  { name: 'wang li', country: '' },
  { name: 'li wang', country: 'China' },
  { name: 'ishiba shigeru', country: '' },
  { name: 'Shigeru ISHIBA', country: 'Japan' },
  { name: 'jose maria', country: '' },
  { name: 'josé ramos-horta', country: 'Timor-Leste' },
  { name: "o'brien", country: '' },
  { name: 'brien ivan', country: '' },
  { name: '石破', country: '' },
  { name: '破茂', country: '' },
  { name: 'wang', country: 'Spain' },
  { name: 'wang a', country: '' },
  { name: 'li w', country: 'China' },
  { name: 'wang', country: 'China' },
  { name: '', country: 'Japan' },
  { name: 'nobody', country: '' },
  { name: 'wang', country: 'Atlantis' },
];

describe('people filter', () => {
  it('reads the filter from the URL', () => {
    expect(readPeopleFilter(new URLSearchParams('name=+wang++yi+&country=China'))).toEqual({
      name: 'wang yi',
      country: 'China',
    });
  });

  it('matches names ignoring case, accents and word order, and the country exactly', () => {
    const jose = { slug: 'j', name: 'José Ramos-Horta', countries: ['Timor-Leste'], articleCount: 2 };
    expect(matchesPeopleFilter(jose, filterWords('horta JOSÉ'), '')).toBe(true);
    expect(matchesPeopleFilter(jose, filterWords('jose'), 'Timor-Leste')).toBe(true);
    expect(matchesPeopleFilter(jose, filterWords('jose'), 'China')).toBe(false);
    expect(matchesPeopleFilter(jose, filterWords('wang'), '')).toBe(false);
  });

  it('has test queries that match many, few and no people', () => {
    const sizes = queries.map((filter) => expected(filter).length);
    expect(sizes.filter((n) => n > pageSize).length).toBeGreaterThan(3);
    expect(sizes.filter((n) => n > 0 && n <= pageSize).length).toBeGreaterThan(3);
    expect(sizes).toContain(0);
  });

  for (const leafMax of [8, 40, 1000]) {
    it(`finds exactly everyone who matches, in index order and paged (leaves of ${leafMax})`, async () => {
      const { files } = source(build(leafMax));
      for (const filter of queries) {
        const got = await allPages(files, filter);
        // Only single letters are ever left out, and only when a longer word is there to filter by.
        for (const letter of got.ignored) expect(letter).toHaveLength(1);
        if (got.ignored.length > 0) expect(filter.name.replace(/\s/g, '').length).toBeGreaterThan(2);
        const want = expected(filter, got.ignored);
        expect({ filter, total: got.total, slugs: got.people.map((p) => p.slug) }).toEqual({
          filter,
          total: want.length,
          slugs: want.map((p) => p.slug),
        });
      }
    });
  }

  it('finds a person by a Chinese-character alias', async () => {
    const { files } = source(build(8));
    const result = await filterPeople({ name: '石破茂', country: '' }, 1, { pageSize, countries }, files);
    expect(result.people.map((p) => p.slug)).toEqual(['p17']);
  });

  it('reads one directory and one bounded file per word, never the whole index', async () => {
    const built = build(40);
    const { files, read } = source(built);
    await filterPeople({ name: 'ishiba', country: '' }, 1, { pageSize, countries }, files);
    expect(read).toEqual([
      dataPaths.peopleNameDir('i'),
      expect.stringMatching(/^data\/people-names\/(keys|lists)\//),
    ]);
    // Every leaf holds at most leafMax people; a paged list page at most a results page.
    for (const [path, text] of built) {
      const value = JSON.parse(text) as { people?: unknown[] };
      if (path.includes('/keys/')) expect(value.people!.length).toBeLessThanOrEqual(40);
      if (path.includes('/lists/')) expect(value.people!.length).toBeLessThanOrEqual(pageSize);
    }
  });

  it('pages a common name straight through its list', async () => {
    const { files, read } = source(build(8));
    const result = await filterPeople({ name: 'wang', country: '' }, 2, { pageSize, countries }, files);
    expect(result.page).toBe(2);
    expect(result.people).toHaveLength(pageSize);
    expect(read).toEqual([dataPaths.peopleNameDir('w'), dataPaths.peopleNameList('wang', 2)]);
    // A page past the end (an edited URL) shows the last page rather than failing.
    const last = await filterPeople({ name: 'wang', country: '' }, 99, { pageSize, countries }, files);
    expect(last.page).toBe(last.pageCount);
  });

  it('pages a common name in one country straight through its own list', async () => {
    const { files, read } = source(build(8));
    const china = countries.indexOf('China');
    const result = await filterPeople({ name: 'wang', country: 'China' }, 1, { pageSize, countries }, files);
    expect(result.total).toBe(expected({ name: 'wang', country: 'China' }).length);
    expect(read).toEqual([dataPaths.peopleNameDir('w'), dataPaths.peopleNameCountryList('wang', china, 1)]);
  });

  it('leaves out a single letter beside a common name rather than read the whole name list', async () => {
    const { files } = source(build(8));
    const result = await filterPeople({ name: 'wang a', country: '' }, 1, { pageSize, countries }, files);
    expect(result.ignored).toEqual(['a']);
    expect(result.total).toBe(expected({ name: 'wang', country: '' }).length);
    // Beside a rare name the letter is applied: the leaf is read whole anyway.
    const rare = await filterPeople(
      { name: 'shirin w', country: '' },
      1,
      { pageSize, countries },
      source(build(1000)).files,
    );
    expect(rare.ignored).toEqual([]);
    expect(rare.total).toBe(expected({ name: 'shirin w', country: '' }).length);
  });

  it('does not filter by a lone letter, and says so', async () => {
    const { files, read } = source(build(8));
    const result = await filterPeople({ name: 'w', country: '' }, 1, { pageSize, countries }, files);
    expect(result).toMatchObject({ ignored: ['w'], total: 0 });
    expect(read).toEqual([]);
  });
});
