// People seen first in the eighty-first blind round of held-out articles (written diplomacy: messages, letters and
// signed articles), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

const wire = { source: 'AP', dateline: { place: 'GENEVA', date: null } };

describe('the signers of an open letter', () => {
  it('takes part when the story lists them as its signers', () => {
    const a = article(
      'Leaders call for a treaty on ocean plastics',
      [
        'More than a dozen heads of government called on Tuesday for a treaty on ocean plastics, in a commentary published in several newspapers.',
        'The signers include Dutch Prime Minister Anouk Roslek and Chilean President Tomas Brisane.',
        'The leaders of Fiji and Kenya also put their names to the text, along with Helga Dravnik, the head of the UN Environment Programme.',
      ],
      wire,
    );
    expect(participantNames(a)).toEqual(['Anouk Roslek', 'Tomas Brisane', 'Helga Dravnik']);
  });
});

describe('one whose passing a message mourns', () => {
  it('takes no part in the message, named after "the passing of his mother, Queen X"', () => {
    const a = article(
      'King receives condolences',
      [
        'President Ivo Tolvaj sent a message of condolences to King Edmund of Norway on the passing of his mother, Queen Solveig.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Solveig')?.participant).toBe(false);
    expect(person(a, 'Ivo Tolvaj')?.participant).toBe(true);
  });
});

describe('a country written after another\'s name and "of"', () => {
  it('is that one\'s, not the sender\'s of the message: "to King X of the United Kingdom"', () => {
    const a = article(
      'Condolences to the King',
      [
        'Vasily Pennick sent a message of condolences to King Alaric of the United Kingdom of Great Britain and Northern Ireland.',
        'The Russian leader recalled their meeting in Moscow.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: null } },
    );
    expect(person(a, 'Vasily Pennick')?.country).not.toBe('United Kingdom');
    expect(person(a, 'Alaric')?.country).toBe('United Kingdom');
  });
});

describe('a letter refused at talks', () => {
  it('keeps its sender and its addressee out of the talks, named in the headline or the lede', () => {
    const a = article(
      'Talks fail as minister refuses to accept Halbrook letter to Dravnik',
      [
        'Talks between Foreign Minister Oskar Pennick and Foreign Minister Lars Tolvaj ended on Wednesday without agreement, and Tolvaj refused to accept a letter from President Ivar Halbrook to President Milan Dravnik.',
      ],
      wire,
    );
    expect(participantNames(a)).toEqual(['Oskar Pennick', 'Lars Tolvaj']);
  });
});
