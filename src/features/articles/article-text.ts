// Reading an article's prerendered page: what the page shows beyond the article's data file. Loaded with the
// first article opened (see fetchArticle in article-queries.ts), not with the home page.
import type { ArticleDetail, ArticleDetailPerson } from '../../common/site-data.ts';
import { ARTICLE_FIELDS_IN_PAGE, ARTICLE_PERSON_FIELDS_IN_PAGE } from '../../common/html-document.ts';
import { sidebarTitles } from './sidebar-titles.ts';

type FieldInPage = (typeof ARTICLE_FIELDS_IN_PAGE)[number];
type PersonFieldInPage = (typeof ARTICLE_PERSON_FIELDS_IN_PAGE)[number];
type PersonFromPage = Pick<ArticleDetailPerson, 'slug' | PersonFieldInPage>;
type ArticleFromPage = Pick<ArticleDetail, FieldInPage> & { people: PersonFromPage[] };
/** An article's data file: whole, or (textInPage) without the fields its prerendered page shows. */
export type StoredArticle = Omit<ArticleDetail, FieldInPage | 'people'> &
  Partial<Pick<ArticleDetail, FieldInPage>> & {
    people: (Omit<ArticleDetailPerson, PersonFieldInPage> & Partial<ArticleDetailPerson>)[];
  };

/**
 * What an article's prerendered page shows beyond its data file (ARTICLE_FIELDS_IN_PAGE): the story paragraphs
 * and photo captions, the sidebar's people (name, roles, country, participant or mentioned), organizations and
 * places, and the previous/next links. Read as text
 * (textContent): name links and other markup inside a paragraph fall away, so this is what the data file held.
 */
export function readArticlePage(page: string | ParentNode): ArticleFromPage {
  const doc = typeof page === 'string' ? new DOMParser().parseFromString(page, 'text/html') : page;
  const text = (element: Element | null | undefined) => element?.textContent ?? '';
  const paragraphs = [...doc.querySelectorAll('.article-body > p')].map(text);
  // The label is the caption's first text; the live page must not be changed, so it is cut off, not removed.
  const captions = [...doc.querySelectorAll('.captions figcaption')].map((caption) =>
    text(caption).slice(text(caption.querySelector('.caption-label')).length),
  );
  const items = (title: string) => {
    const heading = [...doc.querySelectorAll('aside h2')].find((h) => h.textContent === title);
    return [...(heading?.nextElementSibling?.querySelectorAll('li') ?? [])];
  };
  const names = (title: string) => items(title).map(text);
  const slugOf = (link: Element | null) =>
    decodeURIComponent((link?.getAttribute('href') ?? '').split('/').filter(Boolean).pop() ?? '');
  const people = (title: string, participant: boolean): PersonFromPage[] =>
    items(title).map((item) => {
      const roles = item.querySelector(':scope > span');
      const country = item.querySelector(':scope > small');
      return {
        slug: slugOf(item.querySelector(':scope > a')),
        name: text(item.querySelector(':scope > a')),
        roles: roles ? text(roles).split('; ') : [],
        country: country ? text(country) : null,
        participant,
      };
    });
  const neighbour = (rel: 'prev' | 'next') => {
    const link = doc.querySelector(`.article-nav a[rel="${rel}"]`);
    return link ? { slug: slugOf(link), title: text(link.querySelector('span')) } : null;
  };
  return {
    paragraphs,
    captions,
    people: [...people(sidebarTitles.participants, true), ...people(sidebarTitles.mentioned, false)],
    organizations: names(sidebarTitles.organizations),
    places: names(sidebarTitles.places),
    prev: neighbour('prev'),
    next: neighbour('next'),
  };
}

/** The article: its data file completed with what its page (as text, or the opened document) shows. */
export function withPageText(stored: StoredArticle, page: string | ParentNode): ArticleDetail {
  const { people, ...fromPage } = readArticlePage(page);
  const shown = new Map(people.map((person) => [person.slug, person]));
  return {
    ...stored,
    ...fromPage,
    // The data file's order (and aliases) with what the sidebar says of each person.
    people: stored.people.map((person) => ({
      name: person.slug,
      country: null,
      roles: [],
      participant: false,
      ...shown.get(person.slug),
      ...person,
    })),
  };
}
