// A story the archive holds twice (Article.versionOf / versions): the site lists, searches and counts it once, and
// every version keeps its page, which names the others.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../common/dataset.ts';
import { dataPaths, searchPaths } from '../common/paths.ts';
import type {
  ArticleDetail,
  ListPage,
  Manifest,
  PersonArticlesPage,
  PersonDetail,
} from '../common/site-data.ts';
import { buildSiteData } from './build-site-data.ts';
import { inventedArticle, testDataset } from './test-dataset.ts';

const extra = { id: 'oren-valdt', name: 'Oren Valdt', country: 'Norvania' };

/** testDataset with a second version of its first article, dated a day later, that also names Oren Valdt. */
function withVersion(): Dataset {
  const dataset = testDataset();
  const first = dataset.articles[0]!;
  const version = inventedArticle(first, 'a101', '2023-06-19', 'Wang Yi and Blinken hold talks');
  version.source = 'Xinhua English';
  version.people = [...first.people, { ...extra, aliases: [], roles: ['adviser'], participant: false }];
  first.versions = [version.id];
  version.versionOf = first.id;
  dataset.articles.push(version);
  dataset.people.push({
    ...extra,
    aliases: [],
    roles: [],
    countries: [extra.country],
    articleIds: [version.id],
  });
  return dataset;
}

const json = <T>(files: Map<string, string>, path: string) => JSON.parse(files.get(path)!) as T;

describe('a story held in two versions', () => {
  const before = buildSiteData(testDataset());
  const files = buildSiteData(withVersion());
  const first = testDataset().articles[0]!;
  const versionSlug = '2023-06-19-a101';

  it('is listed, counted and searched once, by its canonical version', () => {
    const list = json<ListPage>(files, dataPaths.listPage(1));
    expect(list.total).toBe(6);
    expect(list.articles.map((a) => a.slug)).not.toContain(versionSlug);
    expect(list.articles.map((a) => a.slug)).toContain(first.slug);
    expect(json<Manifest>(files, dataPaths.manifest()).articleCount).toBe(6);
    expect(json<{ docCount: number }>(files, searchPaths.meta()).docCount).toBe(6);
  });

  it('keeps a page for each version, each naming the other, the version between its canonical’s neighbours', () => {
    const canonical = json<ArticleDetail>(files, dataPaths.article(first.slug));
    const version = json<ArticleDetail>(files, dataPaths.article(versionSlug));
    expect(canonical.versions).toEqual([
      {
        slug: versionSlug,
        title: 'Wang Yi and Blinken hold talks',
        date: '2023-06-19',
        source: 'Xinhua English',
      },
    ]);
    expect(version.versions).toEqual([
      { slug: first.slug, title: first.title, date: first.date, source: 'Xinhua', listed: true },
    ]);
    expect([version.prev, version.next]).toEqual([canonical.prev, canonical.next]);
    expect(json<ArticleDetail>(before, dataPaths.article(first.slug)).versions).toBeUndefined();
  });

  it('counts the story once for its people, and for someone only the version names, by that version', () => {
    const wang = json<PersonDetail>(files, dataPaths.person('wang-yi'));
    const wangBefore = json<PersonDetail>(before, dataPaths.person('wang-yi'));
    expect(wang.articleCount).toBe(wangBefore.articleCount);
    expect(wang.coParticipants).toEqual(wangBefore.coParticipants);
    expect(json<PersonDetail>(files, dataPaths.person(extra.id)).articleCount).toBe(1);
    const rows = json<PersonArticlesPage>(files, dataPaths.personArticles(extra.id, 1)).articles;
    expect(rows.map((r) => r.slug)).toEqual([versionSlug]);
  });
});
