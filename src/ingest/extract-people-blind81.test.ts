// People seen first in the eighty-first blind round of held-out articles (written diplomacy: messages, letters and
// signed articles), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

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
        'Vasily Pennick sent a telegram of sympathy to King Alaric of the United Kingdom of Great Britain and Northern Ireland.',
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

describe('a headline of an invitation sent in a letter', () => {
  it('keeps those named later, at an earlier signing or commenting, out of the letter', () => {
    const a = article(
      'King Ardane invites President Merrow to visit in letter, official says',
      [
        'King Ardane has invited President Halvard Merrow to visit the capital in a letter sent after the two countries restored ties, an official said on Sunday.',
        'The agreement was signed by national security adviser Teodor Kestrel and Foreign Minister Ilse Marrow on March 10.',
        'Foreign Minister Jonas Pelletier said on Sunday he expected to meet his counterpart soon.',
      ],
      { source: 'Reuters', dateline: { place: 'DUBAI', date: 'March 19' } },
    );
    expect(participantNames(a)).toEqual(['Ardane', 'Halvard Merrow']);
  });
});

describe('a letter received is no visitor met', () => {
  it('leaves the country of the operation the letter is about to no one', () => {
    const a = article(
      'President rejects letter',
      [
        'President Omer Kaldirim received U.S. President Dale Ostrander’s letter asking him to stop the Turkish army’s offensive in northern Syria, but turned it down.',
      ],
      { source: null, dateline: { place: 'ANKARA', date: null } },
    );
    expect(person(a, 'Omer Kaldirim')?.country).not.toBe('Syria');
    expect(person(a, 'Omer Kaldirim')).toMatchObject({
      roles: ['President'],
      country: 'Turkey',
      participant: true,
    });
    expect(person(a, 'Dale Ostrander')).toMatchObject({
      roles: ['U.S. President'],
      country: 'United States',
    });
  });
});

describe('a meeting one said one would hold', () => {
  it('places no one there: "said he would meet the delegation, led by X"', () => {
    const a = article(
      'President receives letter from ally',
      [
        'President Omer Kaldirim received a letter from President Dale Ostrander on Thursday.',
        'Kaldirim also said he would meet the American delegation, led by Vice President Carl Brenholt, at his office.',
      ],
      { source: null, dateline: { place: 'ANKARA', date: null } },
    );
    expect(person(a, 'Carl Brenholt')?.participant).toBe(false);
  });
});

describe('the government a protest is lodged with', () => {
  it('is no country of the minister who conveyed it', () => {
    const a = article(
      'Parliament condemns cartoons',
      [
        'The National Assembly on Monday passed a resolution condemning the cartoons.',
        'Foreign Minister Tariq Mahmood Sheraz told reporters after the sitting that Pakistan had conveyed a strong protest to the French government.',
      ],
      { source: 'APP', dateline: { place: 'ISLAMABAD', date: 'Oct 28' } },
    );
    expect(person(a, 'Tariq Mahmood Sheraz')?.country).toBe('Pakistan');
  });
});

describe("a presidential spokesman sharing a leader's Korean surname", () => {
  it("is of the outlet's own president, named after him, not the North Korean named before", () => {
    const a = article(
      'Seoul welcomes summit plan',
      [
        'North Korean leader Kim Tae-ung sent a letter to the U.S. president on Friday.',
        'Presidential spokesman Kim Ha-rin said President Park Do-won hoped the summit would bring lasting peace.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'June 1' } },
    );
    expect(person(a, 'Kim Ha-rin')?.country).toBe('South Korea');
  });
});

describe('an army unit named after an office', () => {
  it('reads "the President Guard Regiment (PGR)" as a body, no person titled President', () => {
    const a = article(
      'New envoy presents credentials',
      ['Soldiers of the President Guard Regiment (PGR) gave the new envoy a guard of honour at the palace.'],
      { source: 'BSS', dateline: { place: 'DHAKA', date: 'March 15, 2022' } },
    );
    expect(extract(a).people).toEqual([]);
    expect(extract(a).organizations).toContain('President Guard Regiment');
  });
});
