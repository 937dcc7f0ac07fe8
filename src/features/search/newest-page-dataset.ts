// Test-only: the test dataset plus 25 invented articles in Freedonia, the 10 newest naming Ana Ostrova and the 15
// older ones Boris Vell, so a country filter's newest page names someone else than its later pages.
import type { Dataset } from '../../common/dataset.ts';
import { inventedArticle, testDataset } from '../../site/test-dataset.ts';

export function newestPageDataset(): Dataset {
  const base = testDataset();
  const template = base.articles[0]!;
  const ana = { id: 'ana-ostrova', name: 'Ana Ostrova', country: 'Freedonia' };
  const boris = { id: 'boris-vell', name: 'Boris Vell', country: 'Freedonia' };
  const articles = Array.from({ length: 25 }, (_, i) => {
    const who = i < 10 ? ana : boris;
    const date = `2010-01-${String(25 - i).padStart(2, '0')}`;
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
