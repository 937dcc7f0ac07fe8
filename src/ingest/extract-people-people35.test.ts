// Session 35 (one person, one page): an article's country slips that a person page shows, on invented sentences with
// invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('the country of the sentence before', () => {
  it('is not given to a president from the nationality in another person’s title (either rule settles it)', () => {
    const a = article('Leaders trade words over the talks', [
      'Former British Prime Minister Harold Whitlow flew in last spring and urged them to keep fighting. Now President Orest Danylyuk has signed a decree ruling out the talks.',
    ]);
    expect(person(a, 'Orest Danylyuk')?.country).not.toBe('United Kingdom');
    expect(person(a, 'Orest Danylyuk')?.roles).toEqual(['President']);
    expect(person(a, 'Harold Whitlow')).toMatchObject({
      roles: ['Former British Prime Minister'],
      country: 'United Kingdom',
    });
  });

  it('is not given to a president by a country that has none, named outside any title', () => {
    const a = article('Leaders trade words over the talks', [
      'Britain sent more arms last spring and urged them to keep fighting. Now President Orest Danylyuk has signed a decree ruling out the talks.',
    ]);
    expect(person(a, 'Orest Danylyuk')?.country).not.toBe('United Kingdom');
    expect(person(a, 'Orest Danylyuk')?.roles).toEqual(['President']);
  });

  it('is still given to a spokesman beside his principal', () => {
    const a = article('Leaders trade words over the talks', [
      'German Chancellor Greta Albrecht said in a statement that the talks must go on. The statement was posted by her spokesman Jonas Wellner.',
    ]);
    expect(person(a, 'Jonas Wellner')?.country).toBe('Germany');
  });
});

describe('a country inside another person\'s "whose" clause', () => {
  it('is said of them, not of the person the sentence goes on to name', () => {
    const a = article('Bloc leaders back Solheide for a second term', [
      'Bloc leaders on Thursday put Marit Solheide forward to lead the commission again, and picked former Danish prime minister Karl Amundsen to chair their summits.',
      'Solheide, who sat through the talks, thanked the leaders.',
      'Italian Prime Minister Giulia Fantoni, whose Sons of Italy party won the most seats in Rome last year, abstained on Solheide and voted against Amundsen.',
    ]);
    expect(person(a, 'Marit Solheide')?.country ?? null).toBeNull();
    expect(person(a, 'Marit Solheide')?.participant).toBe(true);
    expect(person(a, 'Giulia Fantoni')).toMatchObject({
      roles: ['Italian Prime Minister'],
      country: 'Italy',
    });
    expect(person(a, 'Karl Amundsen')).toMatchObject({
      roles: ['former Danish prime minister'],
      country: 'Denmark',
    });
  });
});

describe('a title with a relative clause ("the former governor whom X appointed")', () => {
  it('ends before "whom": the clause and the name in it are another person’s', () => {
    const a = article('Visitors welcomed at the palace', [
      'Seated near the Queen was Edwin Marlowe, the former Hong Kong governor whom Prime Minister Gareth Penhallow had named to plan the tour, beside the city’s mayor.',
    ]);
    expect(person(a, 'Edwin Marlowe')?.roles).toEqual(['former Hong Kong governor']);
  });

  it('gives a governor of Hong Kong the colonial power’s country, and not the region’s to the one who appointed him', () => {
    const a = article('Visitors welcomed at the palace', [
      'Pope Clement XVI was welcomed to Britain by the Queen on Thursday as a four-day state visit began.',
      'Seated near the Queen was Edwin Marlowe, the former Hong Kong governor whom Prime Minister Gareth Penhallow had named to plan the tour, beside the city’s mayor.',
    ]);
    expect(person(a, 'Edwin Marlowe')?.country).toBe('United Kingdom');
    expect(person(a, 'Gareth Penhallow')?.country).not.toBe('China');
  });

  it('keeps China for the region’s officials', () => {
    const a = article('Hong Kong leader meets bankers', [
      'Hong Kong Chief Executive Lam Wai-kit met bankers on Monday.',
    ]);
    expect(person(a, 'Lam Wai-kit')?.country).toBe('China');
  });
});
