// Test-only: the test dataset plus 35 invented articles in Freedonia, the 10 newest naming Ana Ostrova and the 25
// older ones Boris Vell, so a country filter's newest page names someone else than its later pages (and its matches
// are more than the three pages whose rows the facets read whole).
import type { Dataset } from '../../common/dataset.ts';
import { inventedArticle, testDataset } from '../../site/test-dataset.ts';

export function newestPageDataset(): Dataset {
  const base = testDataset();
  const template = base.articles[0]!;
  const ana = { id: 'ana-ostrova', name: 'Ana Ostrova', country: 'Freedonia' };
  const boris = { id: 'boris-vell', name: 'Boris Vell', country: 'Freedonia' };
  const articles = Array.from({ length: 35 }, (_, i) => {
    const who = i < 10 ? ana : boris;
    const date = `2010-01-${String(31 - Math.floor(i / 1.2)).padStart(2, '0')}`;
    return {
      ...inventedArticle(template, `f${i}`, date, `Freedonia talks ${i}`),
      people: [{ ...who, aliases: [], roles: [], participant: true }],
    };
  });
  const people = [ana, boris].map(({ id, name, country }) => ({
    id,
    name,
    aliases: [],
    roles: [],
    countries: [country],
    articleIds: articles.filter((a) => a.people[0]!.id === id).map((a) => a.id),
  }));
  return { articles: [...base.articles, ...articles], people: [...base.people, ...people], warnings: [] };
}

/**
 * Test-only: the test dataset plus a crowded 2011. Eleven Elbonian officials in 5 articles each fill the year's top
 * ten; Freedonia's 32 articles name Ana Ostrova in the 31 newest and Zed Harrow in the oldest, whom neither the year's
 * top ten nor Freedonia's newest page lists.
 */
export function crowdedYearDataset(): Dataset {
  const base = testDataset();
  const template = base.articles[0]!;
  const person = (id: string, name: string, country: string) => ({ id, name, country });
  const elbonians =
    'Arvo Penn,Bela Sarn,Cato Vemm,Dina Rolt,Eno Kasp,Fia Morn,Gus Tarr,Hela Dun,Ivo Sten,Jon Malk,Kira Vost'
      .split(',')
      .map((name) => person(name.toLowerCase().replace(' ', '-'), name, 'Elbonia'));
  const ana = person('ana-ostrova', 'Ana Ostrova', 'Freedonia');
  const zed = person('zed-harrow', 'Zed Harrow', 'Freedonia');
  const day = (month: number, d: number) =>
    `2011-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const plan = [
    ...elbonians.flatMap((who, i) =>
      Array.from({ length: 5 }, (_, k) => ({ who, date: day(1 + (i % 10), 1 + k) })),
    ),
    ...Array.from({ length: 31 }, (_, k) => ({ who: ana, date: day(12, 31 - Math.floor((k * 29) / 30)) })),
    { who: zed, date: day(12, 1) },
  ];
  const articles = plan.map(({ who, date }, i) => ({
    ...inventedArticle(template, `c${i}`, date, `${who.country} talks ${i}`),
    people: [{ ...who, aliases: [], roles: [], participant: true }],
  }));
  const people = [...elbonians, ana, zed].map(({ id, name, country }) => ({
    id,
    name,
    aliases: [],
    roles: [],
    countries: [country],
    articleIds: articles.filter((a) => a.people[0]!.id === id).map((a) => a.id),
  }));
  return { articles: [...base.articles, ...articles], people: [...base.people, ...people], warnings: [] };
}
