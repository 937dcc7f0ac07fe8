// A small hand-made dataset for the site-builder, search-index and search-component tests.
import type { Article, ArticlePerson, Dataset, Person } from '../common/dataset.ts';

interface PersonSpec {
  id: string;
  name: string;
  country: string | null;
  aliases?: string[];
}

const testPeople = {
  wang: { id: 'wang-yi', name: 'Wang Yi', country: 'China', aliases: ['Wang'] },
  blinken: { id: 'antony-blinken', name: 'Antony Blinken', country: 'United States', aliases: ['Blinken'] },
  lula: {
    id: 'luiz-inacio-lula-da-silva',
    name: 'Luiz Inácio Lula da Silva',
    country: 'Brazil',
    aliases: ['Lula'],
  },
  kissinger: {
    id: 'henry-kissinger',
    name: 'Henry Kissinger',
    country: 'United States',
    aliases: ['Kissinger'],
  },
  xi: { id: 'xi-jinping', name: '习近平', country: 'China', aliases: [] },
  guterres: { id: 'antonio-guterres', name: 'Antonio Guterres', country: null, aliases: ['Guterres'] },
} satisfies Record<string, PersonSpec>;

function article(
  n: number,
  date: string,
  title: string,
  paragraphs: string[],
  people: [PersonSpec, boolean, string[]?][],
  place = 'BEIJING',
): Article {
  const id = `a${String(n).padStart(3, '0')}`;
  return {
    id,
    slug: `${date}-${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`,
    file: `${id}.txt`,
    date,
    title,
    titleDerived: false,
    source: 'Xinhua',
    publishedTime: null,
    dateline: { place, date: null },
    paragraphs,
    captions: [],
    people: people.map(([p, participant, roles]): ArticlePerson => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases ?? [],
      roles: roles ?? [],
      country: p.country,
      participant,
    })),
    organizations: [],
    places: [],
  };
}

export function testDataset(): Dataset {
  const { wang, blinken, lula, kissinger, xi, guterres } = testPeople;
  const articles: Article[] = [
    article(
      1,
      '2023-06-18',
      'Wang Yi meets Blinken in Beijing',
      [
        'BEIJING, June 18 (Xinhua) -- Chinese Foreign Minister Wang Yi met with U.S. Secretary of State Antony Blinken on Sunday. The two sides discussed bilateral relations at length and agreed to keep talking.',
        'Wang said the relationship was at a critical juncture.',
      ],
      [
        [wang, true, ['Foreign Minister']],
        [blinken, true, ['Secretary of State']],
      ],
    ),
    article(
      2,
      '2023-07-20',
      'Xi Jinping meets Henry Kissinger',
      [
        '习近平 met Henry Kissinger, a former U.S. secretary of state, in Beijing on Thursday.',
        'Kissinger said the world needs cooperation between the two countries.',
      ],
      [
        [xi, true, ['President']],
        [kissinger, true, []],
        [wang, false, ['Director']],
      ],
    ),
    article(
      3,
      '2022-11-03',
      'Lula wins Brazilian election',
      [
        'BRASILIA, Nov. 3 (Xinhua) -- Luiz Inácio Lula da Silva won the presidential election in Brazil.',
        'Leaders around the world congratulated Lula, including Antonio Guterres.',
      ],
      [
        [lula, true, ['President-elect']],
        [guterres, false, ['UN Secretary-General']],
      ],
      'BRASILIA',
    ),
    article(
      4,
      '2022-03-15',
      'Trade talks resume',
      [
        'Officials said the trade talks would resume next month. Wang Yi is expected to attend the meeting with his counterparts from several countries.',
      ],
      [[wang, true, ['State Councilor']]],
    ),
    article(
      5,
      '2021-09-01',
      'Climate summit opens',
      [
        'The climate summit opened on Wednesday with a call for cooperation on emissions.',
        'Kissinger was not present; the delegates discussed cooperation in detail.',
      ],
      [[guterres, true, ['UN Secretary-General']]],
      'NEW YORK',
    ),
    article(
      6,
      '2023-06-18',
      'Blinken ends Beijing visit',
      ['Antony Blinken ended a two-day visit to Beijing on Monday after talks on relations.'],
      [
        [blinken, true, ['Secretary of State']],
        [wang, true, ['Foreign Minister']],
      ],
    ),
  ];
  const persons: Person[] = Object.values(testPeople).map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    roles: [],
    countries: p.country ? [p.country] : [],
    articleIds: articles.filter((a) => a.people.some((x) => x.id === p.id)).map((a) => a.id),
  }));
  return { articles, people: persons, warnings: [] };
}

/** An invented article for a test's own dataset: `base` (an article of this dataset) under a new id, date and title. */
export function inventedArticle(base: Article, id: string, date: string, title: string): Article {
  return { ...base, id, slug: `${date}-${id}`, file: `${id}.txt`, date, title };
}
