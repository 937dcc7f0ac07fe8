// Held-out leftovers of session 25, second wave, on invented sentences: none of these people are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a leader joining a virtual meeting from a city', () => {
  it('gives one "taking part from" a capital that capital\'s country, not the host\'s', () => {
    const a = article(
      'Foreign ministers of the group meet in Tokyo',
      [
        "External Affairs Minister Ravi Kottal on Monday held talks with his counterparts at the group's meeting here.",
        "The meeting came ahead of a leaders' summit due later this year. US President Dale Harmon hosted the grouping’s first summit, an online one, in March 2021, with Prime Minister Arun Dhoval taking part from New Delhi.",
      ],
      { source: 'PTI', dateline: { place: 'Tokyo', date: 'Jul 29' } },
    );
    expect(person(a, 'Dale Harmon')?.country).toBe('United States');
    expect(person(a, 'Arun Dhoval')?.country).toBe('India');
  });

  it('reads "joined from" after a sentence about a virtual summit, and "spoke by video from"', () => {
    const a = article(
      'Leaders hold virtual summit',
      [
        'US President Dale Harmon hosted a virtual summit on Tuesday.',
        'Prime Minister Arun Dhoval joined from Canberra, and President Milo Kestrin spoke by video from Nairobi.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: 'Jul 29' } },
    );
    expect(person(a, 'Arun Dhoval')?.country).toBe('Australia');
    expect(person(a, 'Milo Kestrin')?.country).toBe('Kenya');
  });

  it('leaves a player who "joined from" a city\'s club, with no virtual meeting, without that city\'s country', () => {
    const a = article(
      'Club names new captain',
      [
        'Coach Dale Harmon said on Tuesday that the club had found its new captain.',
        'Midfielder Arun Dhoval joined from Barcelona in 2019 and has played every match since.',
      ],
      { source: 'Reuters', dateline: { place: 'LONDON', date: 'Jul 29' } },
    );
    expect(person(a, 'Arun Dhoval')?.country).not.toBe('Spain');
    expect(person(a, 'Arun Dhoval')?.roles).toEqual(['Midfielder']);
  });
});

describe('a list of appointments that states its verb once', () => {
  const cabinet = (list: string) =>
    article('New government sworn in', ['The prime minister was sworn in on Thursday at the palace.', list], {
      source: 'Lusa',
      dateline: { place: 'Lisbon', date: '05 Jun 2025' },
    });

  it('finds the people named straight before their titles, after "X remains Minister of …"', () => {
    const a = cabinet(
      'Most ministers keep their posts: Duarte Quintela remains Minister of State and Foreign Affairs, Carla Fontes Brito Minister of State and Finance, and Tiago Lameira, leader of the party, Minister of National Defence.',
    );
    const carla = person(a, 'Carla Fontes Brito');
    expect(carla?.roles).toEqual(['Minister of State and Finance']);
    expect(carla?.country).toBe('Portugal');
    expect(person(a, 'Tiago Lameira')?.roles).toContain('Minister of National Defence');
  });

  it('reads every item of a shorter list, the last one after "and"', () => {
    const a = cabinet(
      'Duarte Quintela remains Minister of Health, Carla Fontes Minister of Education, and Tiago Lameira Minister of Justice.',
    );
    expect(person(a, 'Carla Fontes')?.roles).toEqual(['Minister of Education']);
    expect(person(a, 'Tiago Lameira')?.roles).toEqual(['Minister of Justice']);
  });
});
