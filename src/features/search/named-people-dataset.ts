// Test-only: the test dataset plus invented people whose names share words. "Kell" and "Mara" are each in 13
// articles, which name Dario Kell or Mara Sot and eleven colleagues at least twice each (so each word's own top ten
// people leave out anyone named once); Mara Kell (alias 凯尔玛) is named in one article.
import type { Article, Dataset } from '../../common/dataset.ts';
import { inventedArticle, testDataset } from '../../site/test-dataset.ts';

interface Invented {
  id: string;
  name: string;
  aliases: string[];
}

const person = (name: string, aliases: string[] = []): Invented => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  aliases,
});

export const namedPeople = {
  dario: person('Dario Kell'),
  sot: person('Mara Sot'),
  maraKell: person('Mara Kell', ['凯尔玛']),
};

const colleagues = ['Ivo Brandt', 'Oona Pesk', 'Lev Arno', 'Tess Orlo', 'Uma Vance', 'Nils Okon', 'Rhea Dunn', 'Saul Ebo', 'Cleo Marsh', 'Finn Tovar', 'Gita Rao'].map((name) => person(name)); // prettier-ignore

export function namedPeopleDataset(): Dataset {
  const base = testDataset();
  const template = base.articles[0]!;
  const make = (n: number, title: string, text: string, named: Invented[]): Article => {
    const date = `2011-02-${String(n + 1).padStart(2, '0')}`;
    return {
      ...inventedArticle(template, `k${n}`, date, title),
      paragraphs: [text],
      people: named.map((p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        roles: [],
        country: 'Freedonia',
        participant: true,
      })),
    };
  };
  const articles: Article[] = [];
  for (const [lead, word] of [
    [namedPeople.dario, 'Kell'],
    [namedPeople.sot, 'Mara'],
  ] as const)
    for (let i = 0; i < 12; i++) {
      const pair = [colleagues[i % 11]!, colleagues[(i + 1) % 11]!];
      articles.push(
        make(
          articles.length,
          `${word} talks ${i}`,
          `${lead.name} met ${pair.map((p) => p.name).join(' and ')}.`,
          [lead, ...pair],
        ),
      );
    }
  articles.push(
    make(articles.length, 'A port visit', 'Mara Kell (凯尔玛) visited the port on Monday.', [
      namedPeople.maraKell,
    ]),
  );
  const people = [...Object.values(namedPeople), ...colleagues].map((p) => ({
    ...p,
    roles: [],
    countries: ['Freedonia'],
    articleIds: articles.filter((a) => a.people.some((x) => x.id === p.id)).map((a) => a.id),
  }));
  return { articles: [...base.articles, ...articles], people: [...base.people, ...people], warnings: [] };
}
