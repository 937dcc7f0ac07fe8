// One URL per page type, shared by the accessibility and screenshot specs.
import type { APIRequestContext } from '@playwright/test';
import { articleSlug, personSlug, seed } from './site-data.ts';

export interface PageType {
  name: string;
  path: string;
  /** The status the host answers with (the not-found page comes with 404). */
  status: number;
}

export async function pageTypes(request: APIRequestContext, siteUrl: string): Promise<PageType[]> {
  const article = await articleSlug(request, siteUrl, seed.demoTitle);
  const person = await personSlug(request, siteUrl, seed.demoPerson);
  return [
    { name: 'home', path: '', status: 200 },
    { name: 'article', path: `articles/${article}`, status: 200 },
    { name: 'person', path: `people/${person}`, status: 200 },
    { name: 'people', path: 'people', status: 200 },
    { name: 'search', path: '?q=Xi', status: 200 },
    { name: 'not-found', path: 'no/such/page', status: 404 },
  ];
}

export const pageTypeNames = ['home', 'article', 'person', 'people', 'search', 'not-found'] as const;
