import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { serveSite, type ServedSite } from '../../../tests/fixtures/site/site-fixture.ts';
import { peopleNameDirQuery } from './people-filter-queries.ts';
import { personQuery } from '../../common/person-query.ts';
import { peopleFilterQuery, peopleIndexQuery } from './people-queries.ts';

let site: ServedSite | undefined;
afterEach(() => site?.restore());

describe('people query options', () => {
  it('keys every people query from general to specific', () => {
    expect(personQuery('wang-yi').queryKey).toEqual(['people', 'detail', 'wang-yi']);
    expect(peopleIndexQuery(2).queryKey).toEqual(['people', 'index', 2]);
    expect(peopleNameDirQuery('w').queryKey).toEqual(['people', 'names', 'dir', 'w']);
    expect(peopleFilterQuery({ name: 'wang', country: 'China' }, 1).queryKey).toEqual([
      'people',
      'filter',
      { name: 'wang', country: 'China', page: 1 },
    ]);
  });

  it('filters through one query per index file, so the next keystroke reuses what the last one fetched', async () => {
    site = serveSite();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const first = await client.fetchQuery(peopleFilterQuery({ name: 'wa', country: '' }, 1));
    expect(first.people.map((p) => p.name)).toEqual(['Wang Yi']);
    const fetched = site.requests.length;
    const second = await client.fetchQuery(peopleFilterQuery({ name: 'wang y', country: 'China' }, 1));
    expect(second.people.map((p) => p.name)).toEqual(['Wang Yi']);
    // "wang" reads the same directory and leaf as "wa"; the manifest is cached too: nothing new to download.
    expect(site.requests.slice(fetched)).toEqual([]);
  });
});
