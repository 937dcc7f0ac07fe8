// People data: one file per person, their article pages, and the paged people index.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../common/fetch-json';
import { dataPaths } from '../../common/paths';
import type { PeopleIndexPage, PersonArticlesPage, PersonDetail } from '../../common/site-data';

export const fetchPerson = (slug: string) => fetchJson<PersonDetail>(dataPaths.person(slug));
export const fetchPersonArticles = (slug: string, page: number) =>
  fetchJson<PersonArticlesPage>(dataPaths.personArticles(slug, page));
export const fetchPeopleIndexPage = (page: number) =>
  fetchJson<PeopleIndexPage>(dataPaths.peopleIndexPage(page));

// Static data: never refetch what is already here.
const staleTime = Infinity;

export const personQuery = (slug: string) =>
  queryOptions({ queryKey: ['people', 'detail', slug], queryFn: () => fetchPerson(slug), staleTime });

export const personArticlesQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: ['people', 'detail', slug, 'articles', page],
    queryFn: () => fetchPersonArticles(slug, page),
    staleTime,
  });

export const peopleIndexQuery = (page: number) =>
  queryOptions({ queryKey: ['people', 'index', page], queryFn: () => fetchPeopleIndexPage(page), staleTime });

export const usePerson = (slug: string) => useSuspenseQuery(personQuery(slug)).data;
export const usePersonArticles = (slug: string, page: number) =>
  useSuspenseQuery(personArticlesQuery(slug, page)).data;
export const usePeopleIndexPage = (page: number) => useSuspenseQuery(peopleIndexQuery(page)).data;
