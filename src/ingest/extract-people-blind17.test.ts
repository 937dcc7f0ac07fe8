// Names, roles and countries seen first in the seventeenth blind round of held-out articles (non-diplomatic news
// from regional and national agencies), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);
const agencyStory = (source: string, place: string, paragraphs: string[]) =>
  article('Officials respond', paragraphs, { source, dateline: { place, date: null } });

describe('portfolios in a minister’s title', () => {
  it('keeps the portfolios listed after the title’s comma in the role before the name', () => {
    const a = agencyStory('APS', 'ORAN', [
      'The Minister of the Interior, Local Authorities and Regional Planning, Karim Bensalah, said in a statement that the roads had reopened.',
    ]);
    expect(person(a, 'Karim Bensalah')?.roles).toEqual([
      'Minister of the Interior, Local Authorities and Regional Planning',
    ]);
    // Two names listed after a title are no portfolios.
    const b = agencyStory('APS', 'ORAN', [
      'The ministers of the Interior, Nabil Kaci and Amine Saidi, met on Monday.',
    ]);
    expect(person(b, 'Nabil Kaci')?.roles).toEqual([]);
  });

  it('reads "Protection" as the last word of a title, not a person', () => {
    const a = agencyStory('MAP', 'Fez', [
      'The King was accompanied by the Minister of Health and Social Protection, Samir Alaoui.',
      'The Director General of Civil Protection, Youssef Tazi, told the press that the fires were out.',
    ]);
    const people = run(a).people;
    expect(people.map((p) => p.name)).not.toContain('Protection');
    expect(person(a, 'Samir Alaoui')?.roles).toEqual(['Minister of Health and Social Protection']);
    expect(person(a, 'Youssef Tazi')?.roles).toEqual(['Director General of Civil Protection']);
  });
});

describe('countries of bare titles', () => {
  it('places the bare-titled officials of an Algerian or Moroccan agency’s home story in its country', () => {
    const a = agencyStory('APS', 'ORAN', [
      'Prime Minister Karim Bensalah chaired a meeting on Tuesday on the damage.',
    ]);
    expect(person(a, 'Karim Bensalah')?.country).toBe('Algeria');
    const b = agencyStory('MAP', 'Fez', ['Head of Government Samir Alaoui said the aid would be paid.']);
    expect(person(b, 'Samir Alaoui')?.country).toBe('Morocco');
  });

  it('places the chair of the US central bank, by its short name, in the United States', () => {
    const a = agencyStory('KUNA', 'KUWAIT', [
      'The central bank cut its rate on Wednesday. Fed Chair Jane Doe said inflation was easing.',
    ]);
    expect(person(a, 'Jane Doe')?.country).toBe('United States');
  });
});
