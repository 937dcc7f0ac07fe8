// Test-only datasets for facets found beyond a search's newest page: the test dataset plus invented articles, each
// naming one invented person, on dates given newest first.
import type { Dataset } from '../../common/dataset.ts';
import { inventedArticle, testDataset } from '../../site/test-dataset.ts';

interface Invented {
  id: string;
  name: string;
  country: string;
}

/** The test dataset plus one article per entry of `plan`, naming its person (ids `${prefix}0`, `${prefix}1`, …). */
function withArticles(prefix: string, plan: { who: Invented; date: string }[]): Dataset {
  const base = testDataset();
  const template = base.articles[0]!;
  const articles = plan.map(({ who, date }, i) => ({
    ...inventedArticle(template, `${prefix}${i}`, date, `${who.country} talks ${i}`),
    people: [{ ...who, aliases: [], roles: [], participant: true }],
  }));
  const everyone = [...new Map(plan.map(({ who }) => [who.id, who])).values()];
  const people = everyone.map(({ id, name, country }) => ({
    id,
    name,
    aliases: [],
    roles: [],
    countries: [country],
    articleIds: articles.filter((a) => a.people[0]!.id === id).map((a) => a.id),
  }));
  return { articles: [...base.articles, ...articles], people: [...base.people, ...people], warnings: [] };
}

const ana: Invented = { id: 'ana-ostrova', name: 'Ana Ostrova', country: 'Freedonia' };

/**
 * 35 articles in Freedonia in January 2010, the 10 newest naming Ana Ostrova and the 25 older ones Boris Vell, so a
 * country filter's newest page names someone else than its later pages (and its matches are more than the three
 * pages whose rows the facets read whole).
 */
export function newestPageDataset(): Dataset {
  const boris: Invented = { id: 'boris-vell', name: 'Boris Vell', country: 'Freedonia' };
  return withArticles(
    'f',
    Array.from({ length: 35 }, (_, i) => ({
      who: i < 10 ? ana : boris,
      date: `2010-01-${String(31 - Math.floor(i / 1.2)).padStart(2, '0')}`,
    })),
  );
}

/**
 * A crowded 2011. Eleven Elbonian officials in 5 articles each fill the year's top ten; Freedonia's 32 articles name
 * Ana Ostrova in the 31 newest and Zed Harrow in the oldest, whom neither the year's top ten nor Freedonia's newest
 * page lists.
 */
export function crowdedYearDataset(): Dataset {
  const elbonians =
    'Arvo Penn,Bela Sarn,Cato Vemm,Dina Rolt,Eno Kasp,Fia Morn,Gus Tarr,Hela Dun,Ivo Sten,Jon Malk,Kira Vost'
      .split(',')
      .map((name): Invented => ({ id: name.toLowerCase().replace(' ', '-'), name, country: 'Elbonia' }));
  const zed: Invented = { id: 'zed-harrow', name: 'Zed Harrow', country: 'Freedonia' };
  const day = (month: number, d: number) =>
    `2011-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return withArticles('c', [
    ...elbonians.flatMap((who, i) =>
      Array.from({ length: 5 }, (_, k) => ({ who, date: day(1 + (i % 10), 1 + k) })),
    ),
    ...Array.from({ length: 31 }, (_, k) => ({ who: ana, date: day(12, 31 - Math.floor((k * 29) / 30)) })),
    { who: zed, date: day(12, 1) },
  ]);
}
