// Country misses of held-out rounds 26–28 (session 19): a wrong country is worse than none. Invented sentences;
// none of these people are in the annotated files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const countryOf = (a: ParsedArticle, name: string) =>
  extractEntities(a, emptyKnowledge).people.find((p) => p.name === name)?.country;

describe('countries paired by "respectively"', () => {
  it('gives each person named after a list of countries the country in the same place', () => {
    const a = article(
      'Minister says partners look forward to premier’s tour',
      [
        'Foreign Minister Tomas Varga said the tour would open a new chapter in relations.',
        'The premier is also scheduled to visit Portugal and Croatia, where he will hold talks with President Duarte Pinheiro and President Ivo Matic respectively.',
      ],
      { source: 'Xinhua', dateline: { place: 'BUDAPEST', date: 'May 5' } },
    );
    expect(countryOf(a, 'Duarte Pinheiro')).toBe('Portugal');
    expect(countryOf(a, 'Ivo Matic')).toBe('Croatia');
  });
});

describe('a candidate for an office', () => {
  it('is not a second holder of the office of the outlet’s country', () => {
    const a = article(
      'Former chancellor presents memoir, defends Russia policy',
      [
        'Former German chancellor Hilde Brandauer presented her memoir in Berlin on Tuesday.',
        'She said Russian President Pavel Orlov would have regarded it as a declaration of war.',
        'Her successor, Chancellor Jonas Feldmann, did not attend. Conservative candidate for chancellor Rainer Vogt was also absent.',
      ],
      { source: 'dpa', dateline: { place: 'Berlin', date: null } },
    );
    expect(countryOf(a, 'Rainer Vogt')).toBe('Germany');
  });
});

describe('a Mandarin-romanised name in a world wire’s story', () => {
  it('takes China, not the dateline’s country, beside a trip to Beijing', () => {
    const a = article(
      'Former diplomat dies at 97',
      [
        'Walter Hensley, a diplomat who served as secretary of state, died Wednesday.',
        'Hensley’s secret journey to Beijing in 1969 and his talks with Premier Zhang Weimin opened the way for the meeting with Chairman Liu Guofeng the following year.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(countryOf(a, 'Zhang Weimin')).toBe('China');
    expect(countryOf(a, 'Liu Guofeng')).toBe('China');
  });
});

describe('a host’s president beside an envoy’s words', () => {
  const yonhap = { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'July 21' } };

  it('is not of a country whose threat the government sets out to deal with', () => {
    const a = article(
      'Alliance to be deepened, officials say',
      [
        'The government of President Kang Min-ho will deal with North Korea’s nuclear threat together with its allies, officials said on Thursday.',
      ],
      yonhap,
    );
    expect(countryOf(a, 'Kang Min-ho')).toBe('South Korea');
  });

  it('is not the speaker’s country when the speaker looks forward to working with them', () => {
    const a = article(
      'New envoy arrives in Seoul',
      [
        'U.S. Ambassador Tom Reed arrived in Seoul on Thursday.',
        'Reed told reporters at the airport that he looked forward to working with President Kang Min-ho.',
      ],
      yonhap,
    );
    expect(countryOf(a, 'Kang Min-ho')).toBe('South Korea');
  });

  it('is not of a country named only in another’s quoted words', () => {
    const a = article(
      'New envoy arrives in Seoul',
      [
        'U.S. President Dan Rowe nominated the envoy in April.',
        '"Nothing will weaken our alliance with the United States," the lawmakers said, praising the government of President Kang Min-ho.',
      ],
      yonhap,
    );
    expect(countryOf(a, 'Kang Min-ho')).toBe('South Korea');
  });
});

describe('a country before ", where"', () => {
  it('is the country of the where-clause’s titled subject, not an earlier one of the list', () => {
    const a = article(
      'New envoy arrives in Seoul',
      [
        'A career diplomat, Ray Cole previously served as ambassador to Chile, the Philippines and Bolivia, where then-President Juan Quispe expelled him in 2008.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'July 21' } },
    );
    expect(countryOf(a, 'Juan Quispe')).toBe('Bolivia');
  });
});

describe('a national outlet’s story of other countries', () => {
  /** A Kuwaiti agency's story of an Afghan student's prize, then a sentence naming her relatives. */
  const prizeStory = (relatives: string) => {
    const lede =
      'The European Parliament on Tuesday awarded its rights prize to Mina Sahar Rekani, the young Afghan student whose arrest sparked protests.';
    return article(lede, [lede, relatives], {
      source: 'KUNA',
      dateline: { place: 'KUWAIT', date: 'Dec 12' },
    });
  };

  it('gives relatives listed after "X’s parents," the country of X placed further on', () => {
    const a = prizeStory('Rekani’s parents, Omid Rekani and Leila Sadeghi, were stopped at the airport.');
    expect(countryOf(a, 'Leila Sadeghi')).toBe('Afghanistan');
  });

  it('gives relatives listed after "her children," the country of the one "her" stands for', () => {
    const a = prizeStory('Her children, Omid Tavakoli and Leila Sadeghi, were stopped at the airport.');
    expect(countryOf(a, 'Omid Tavakoli')).toBe('Afghanistan');
    expect(countryOf(a, 'Leila Sadeghi')).toBe('Afghanistan');
  });

  it('gives no home country to people of another country at an international body’s seat', () => {
    // Without the outlet's home (Spain), the sentence before places the activist.
    const a = article(
      'Parliament awards rights prize to jailed Afghan student',
      [
        'The European Parliament on Tuesday awarded its rights prize to Nadia Karimi, the young Afghan student jailed for her protests.',
        'Farid Rahimi, an activist living in exile, spoke at the ceremony.',
      ],
      { source: 'EFE', dateline: { place: 'Strasbourg', date: 'Dec 12' } },
    );
    expect(countryOf(a, 'Farid Rahimi')).toBe('Afghanistan');
  });

  it('gives a role naming another country’s city no home country', () => {
    const a = article(
      'Nobel-winning chemist dies at 91',
      [
        'British chemist Alan Moorcroft, who won the Nobel Prize, has died at the age of 91, his university said.',
        'University of Glasgow Principal Helen Dunbar described him as a gifted scientist.',
      ],
      { source: 'PTI', dateline: { place: 'London', date: 'Apr 9' } },
    );
    expect(countryOf(a, 'Helen Dunbar')).toBe('United Kingdom');
  });
});

describe('an intergovernmental laboratory', () => {
  it('gives its director-general no country, not the outlet’s home', () => {
    const a = article(
      'Nobel-winning chemist dies at 91',
      [
        'British chemist Alan Moorcroft, who won the Nobel Prize, has died at the age of 91.',
        '"He was an inspiring figure for scientists across the world," CERN Director-General Maria Conti said.',
      ],
      { source: 'PTI', dateline: { place: 'London', date: 'Apr 9' } },
    );
    expect(countryOf(a, 'Maria Conti')).toBeNull();
  });
});

describe('one named along with a holder of an office the outlet’s country lacks', () => {
  it('is of that holder’s side, not the outlet’s', () => {
    const a = article(
      'Amir congratulates Peru’s president-elect',
      [
        'His Highness the Amir sent a cable of congratulations to Ana Quispe, President-elect of the Republic of Peru.',
        'The early election was called after President Luis Mamani was killed in a plane crash, along with Foreign Minister Jorge Huanca.',
      ],
      { source: 'KUNA', dateline: { place: 'KUWAIT', date: 'July 7' } },
    );
    expect(countryOf(a, 'Luis Mamani')).toBe('Peru');
    expect(countryOf(a, 'Jorge Huanca')).toBe('Peru');
  });
});
