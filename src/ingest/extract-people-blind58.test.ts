// People seen first in the fifty-eighth blind round of held-out articles (parliamentary diplomacy: speakers, treaty
// votes, joint-session addresses), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string, source: string) => ({ dateline: { place, date: null }, source });

describe("a legislature's vote", () => {
  const vote = article(
    'Senate approves arms treaty with Moldova',
    [
      'The Senate on Wednesday ratified the arms treaty with Moldova, handing President Dale Horne a major victory before the holidays.',
      'The vote was 70-27. Vice President Tom Acre, presiding over the chamber, read out the tally.',
      'Senate Republican leader Hank Dobbs also voted no.',
    ],
    wire('WASHINGTON', 'Reuters'),
  );

  it('counts whoever presided over the chamber and a senator who "voted no" as taking part', () => {
    expect(taking(vote)).toEqual(expect.arrayContaining(['Tom Acre', 'Hank Dobbs']));
  });

  it('leaves out the president a vote hands a victory to', () => {
    expect(taking(vote)).not.toContain('Dale Horne');
    expect(taking(vote)).toContain('Tom Acre');
    expect(person(vote, 'Dale Horne')?.roles).toEqual(['President']);
  });
});

describe('speakers of a vote and those speaking from elsewhere', () => {
  it('counts a senator who speaks after his appositive and a relative clause as a speaker at the vote', () => {
    const a = article(
      'Senate approves arms treaty',
      [
        'The Senate on Wednesday ratified the arms treaty by 70 votes to 27.',
        'Senator Bill Corley, the chairman of the committee, who steered the pact through months of hearings, said the Senate could still act.',
      ],
      wire('WASHINGTON', 'Reuters'),
    );
    expect(taking(a)).toContain('Bill Corley');
  });

  it('leaves out a minister who speaks while attending another meeting in another country', () => {
    const a = article(
      'Speaker visits island',
      [
        'House Speaker Ann Corley met President Lin Shu-fen and lawmakers in Taipei on Wednesday.',
        'Chinese Foreign Minister Zhou Ming, attending an ASEAN meeting in Laos, said anyone who provoked China would pay a price.',
      ],
      wire('TAIPEI', 'AP'),
    );
    expect(taking(a)).toEqual(['Ann Corley', 'Lin Shu-fen']);
  });
});

describe("a foreign leader's address to a parliament", () => {
  it('counts a chancellor who followed the speech from the government bench, though he met the guest later', () => {
    const a = article(
      'Moldovan president addresses Bundestag in German',
      [
        'Moldovan President Pavel Dorn on Tuesday became the first Moldovan leader to address the Bundestag, delivering most of his speech in German.',
        'Bundestag President Karl Imhof welcomed the guest in the plenary hall.',
        'Chancellor Hans Vogel, who followed the speech from the government bench, met Dorn afterwards at the Chancellery.',
        'Dorn is in Germany on a state visit at the invitation of Federal President Otto Brand, who hosted a banquet for him on Monday evening.',
      ],
      wire('Berlin', 'dpa'),
    );
    expect(taking(a)).toEqual(['Pavel Dorn', 'Karl Imhof', 'Hans Vogel']);
  });
});

describe('countries around a parliament', () => {
  it("places the head of a legislature's International Affairs Committee in its country, not in a world body", () => {
    const a = article(
      'Senate approves arms treaty',
      [
        'The Senate on Wednesday ratified the arms treaty by 70 votes to 27.',
        'Ivan Sorokin, head of the Foreign Affairs Committee of the State Duma, told reporters the Duma would examine the text.',
      ],
      wire('WASHINGTON', 'Reuters'),
    );
    expect(person(a, 'Ivan Sorokin')?.country).toBe('Russia');
  });

  const address = article(
    'Moldovan president addresses Spanish parliament',
    [
      "Moldovan President Pavel Dorn addressed Spain's parliament by video link on Tuesday, asking Spanish lawmakers for more weapons.",
      'Congress Speaker Lucia Ferrer opened the session and gave Dorn the floor, saying that the chamber stood with the Moldovan people.',
      'Prime Minister Tomas Ferrand, who also addressed the session after the Moldovan leader, said that his government would send more equipment.',
      'Foreign Minister Jorge Salcedo said later that Spain was expelling some 25 Belarusian diplomats.',
    ],
    wire('Madrid', 'EFE'),
  );

  it('does not give a speaker the nationality of the people or the diplomats they speak of', () => {
    expect(person(address, 'Lucia Ferrer')?.country).toBe('Spain');
    expect(person(address, 'Jorge Salcedo')?.country).toBe('Spain');
  });
});

describe("a chamber's head titled by the state's formal name", () => {
  it('keeps "of the People\'s Republic of China" in the title before the name', () => {
    const a = article(
      'Speakers discuss cooperation',
      [
        "Chairman of the State Duma Ivan Sorokin met Chairman of the Standing Committee of the National People's Congress of the People's Republic of China Wu Jianguo in Moscow.",
        'Wu Jianguo said the two parliaments would work together.',
      ],
      wire('MOSCOW', 'TASS'),
    );
    expect(person(a, 'Wu Jianguo')?.roles).toEqual([
      "Chairman of the Standing Committee of the National People's Congress of the People's Republic of China",
    ]);
  });
});
