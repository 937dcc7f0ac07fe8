// Who took part, on the language rounds 65–75 left (session 40), with invented sentences and invented people: none of
// them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as takingPart, testArticle as article } from './test-article.ts';

describe('the party of a journey', () => {
  it('leaves ministers who "are traveling with him" out of one meeting of the trip', () => {
    const a = article('Governor meets chancellor in Dorsk', [
      'Governor Ilse Varnholt met Chancellor Tomas Keldar in Dorsk on Sunday, the first stop of his three-day visit.',
      'Two ministers — Finance Minister Anja Tavenne and Trade Minister Piet Quillon — are traveling with him.',
    ]);
    expect(takingPart(a)).toEqual(['Ilse Varnholt', 'Tomas Keldar']);
  });

  it('keeps them under a headline of the trip itself', () => {
    const a = article('Chancellor begins visit to Dorsk', [
      'Chancellor Tomas Keldar began a three-day visit to Dorsk on Sunday.',
      'Two ministers — Finance Minister Anja Tavenne and Trade Minister Piet Quillon — are traveling with him.',
    ]);
    expect(takingPart(a)).toEqual(expect.arrayContaining(['Anja Tavenne', 'Piet Quillon']));
  });
});

describe('a venue named by its owner', () => {
  it('does not count the owner of the residence a dinner was held at', () => {
    const a = article("Spouse hosts dinner for leaders' wives", [
      'Marisol Orsino entertained the wives of the leaders on Tuesday.',
      'She hosted the dinner at Number 4, the official residence of Finance Minister Piet Quillon, while the leaders dined next door.',
    ]);
    expect(takingPart(a)).toEqual(['Marisol Orsino']);
  });
});

describe('words reported in two clauses', () => {
  it('reads "said X welcomed … but that …" as words said, not a welcome given', () => {
    const a = article(
      'Envoys agree to cooperate after talks in Shanghai',
      [
        'Envoy Ilse Varnholt met her counterpart Tomas Keldar in Shanghai on Friday.',
        'Vice Minister Piet Quillon, in an interview with the Dorsk Herald in Beijing on Friday, said Beijing welcomed ' +
          'the talks but that its own goals were hard to reach.',
      ],
      { dateline: { place: 'SHANGHAI', date: 'May 9' }, source: 'AP' },
    );
    expect(takingPart(a)).toEqual(['Ilse Varnholt', 'Tomas Keldar']);
  });
});

describe('a sentence set in another country, with no dateline', () => {
  const story = (opener: string) =>
    article(
      'Island leaders agree a statement in Samoa',
      [
        'Island leaders agreed a statement in Samoa on Thursday after twelve hours of talks.',
        'Prime Minister Ilse Varnholt said the meeting had nearly broken down.',
        `In ${opener}, Ambassador Piet Quillon said the forum's standing was at stake.`,
      ],
      { dateline: null, source: 'RNZ' },
    );

  it('leaves out one who speaks "In Tokyo," when the opening sentences name only Samoa', () => {
    expect(takingPart(story('Tokyo'))).toEqual(['Ilse Varnholt']);
  });

  it("keeps one who speaks in a city of the event's country", () => {
    expect(takingPart(story('Apia'))).toEqual(['Ilse Varnholt', 'Piet Quillon']);
  });
});

describe('a treaty welcomed', () => {
  const story = (object: string) =>
    article('Two neighbours sign river treaty', [
      'Prime Minister Ilse Varnholt and her Dorsk counterpart Tomas Keldar signed a river treaty in Beijing on Thursday.',
      'Officials said Chief Minister Anja Tavenne had been consulted at every stage.',
      `Tavenne welcomed ${object} in Velmar and said it would not harm the province.`,
    ]);

  it('reads "X welcomed the treaty" as a reaction to it, not a part in the signing', () => {
    expect(takingPart(story('the treaty'))).toEqual(['Ilse Varnholt', 'Tomas Keldar']);
  });

  it('still reads "X welcomed the delegation" as receiving guests', () => {
    expect(takingPart(story('the delegation'))).toContain('Anja Tavenne');
  });
});

describe('a list of speakers with an appositive inside it', () => {
  it('gives the first of "A, <appositive>, and B said" the verb the two share', () => {
    const a = article(
      'Mayors pledge deeper cuts as summit opens in Dorsk',
      [
        'Mayors of nearly 100 cities gathered in Dorsk on Thursday for the summit, vowing to cut emissions.',
        'Dorsk Mayor Tomas Keldar told the opening session that cities would win the fight.',
        "Velmar Mayor Anja Tavenne, Keldar's predecessor at the helm of the network, and Orsino Mayor Piet Quillon " +
          'said cities had to act.',
      ],
      { dateline: { place: 'DORSK', date: null }, source: 'Reuters' },
    );
    expect(takingPart(a)).toEqual(['Tomas Keldar', 'Anja Tavenne', 'Piet Quillon']);
  });
});

describe('a relative in a list of subjects', () => {
  it('gives "A, his wife B, and C watched the ceremony" to all three', () => {
    const a = article('Games close in Dorsk', [
      'Dorsk Mayor Tomas Keldar handed the flag to the next host at the closing ceremony on Sunday night.',
      'President Ilse Varnholt, her husband Piet Quillon, and honorary president Anja Tavenne watched the ceremony ' +
        'together with royal guests.',
    ]);
    expect(takingPart(a)).toEqual(['Tomas Keldar', 'Ilse Varnholt', 'Piet Quillon', 'Anja Tavenne']);
  });
});

describe('a gift presented in person', () => {
  it('counts the mayor who "presented X with a key to the city"', () => {
    const a = article('Vice president returns to the town he visited in 1985', [
      'Vice President Tomas Keldar returned on Wednesday to the small river town where he stayed 27 years ago.',
      'Town Mayor Piet Quillon presented Keldar with a key to the city.',
    ]);
    expect(takingPart(a)).toEqual(['Tomas Keldar', 'Piet Quillon']);
  });

  it('leaves one who "presented the report with" no such part', () => {
    const a = article('Vice president returns to the town he visited in 1985', [
      'Vice President Tomas Keldar returned on Wednesday to the small river town where he stayed 27 years ago.',
      'Economist Piet Quillon presented the report with a warning on Monday.',
    ]);
    expect(takingPart(a)).toEqual(['Tomas Keldar']);
  });
});

describe('a meeting of the later hours', () => {
  const story = (title: string) =>
    article(title, [
      'President Ilse Varnholt held official talks on Friday with President Tomas Keldar, who is on a visit to Dorsk.',
      'The two leaders reviewed relations between the two countries.',
      'In the afternoon the visiting President was received by former leader Piet Quillon at his home, where they had a ' +
        'long conversation.',
    ]);

  it('leaves the host of an afternoon meeting out of the talks a headline reports', () => {
    expect(takingPart(story('Varnholt and Keldar hold official talks'))).toEqual([
      'Ilse Varnholt',
      'Tomas Keldar',
    ]);
  });

  it('keeps that host under a headline of the whole visit', () => {
    expect(takingPart(story('Keldar visits Dorsk'))).toContain('Piet Quillon');
  });
});

describe('"UN envoy says" in a headline', () => {
  it('counts the one UN special representative of the story as the speaker', () => {
    const a = article(
      'Border commission agrees to speed up its work, UN envoy says',
      [
        'The joint commission marking out the border has agreed to speed up its work, the United Nations envoy ' +
          'presiding over it told reporters as its latest round closed.',
        '"Both delegations have shown a remarkable spirit of cooperation," said Piet Quillon, the Secretary-General\'s ' +
          'Special Representative for the region and chairman of the commission.',
      ],
      { dateline: null, source: 'UN News Centre' },
    );
    expect(takingPart(a)).toContain('Piet Quillon');
  });
});

describe('an interview named just after the lede', () => {
  it('leaves out the leader the interviewee accompanied to the forum', () => {
    const a = article('Varnholt: Dorsk sees the corridor as a chance, not a risk', [
      'Dorsk Foreign Minister Ilse Varnholt has said that Dorsk regards its trade corridor as an opportunity.',
      '"For us, connectivity is not a threat," Varnholt told Anja Tavenne, host of a weekly programme, in an ' +
        'exclusive interview on the sidelines of the forum in Beijing on Wednesday.',
      'Varnholt accompanied Prime Minister Tomas Keldar, the only head of government of the bloc to attend the forum.',
    ]);
    expect(takingPart(a)).toContain('Ilse Varnholt');
    expect(takingPart(a)).not.toContain('Tomas Keldar');
  });
});

describe('a delegation to a wider gathering', () => {
  const story = (title: string) =>
    article(title, [
      'President Ilse Varnholt met Governor Tomas Keldar in Beijing on Tuesday.',
      'Keldar is in China to attend an energy ministerial and a series of technology events.',
      'The Dorsk delegation to the ministerial meeting is led by Energy Secretary Piet Quillon.',
    ]);

  it('leaves its leader out of the talks of two a headline reports', () => {
    expect(takingPart(story('Varnholt meets Governor Tomas Keldar'))).toEqual([
      'Ilse Varnholt',
      'Tomas Keldar',
    ]);
  });
});

describe('a briefing of their own later in the day', () => {
  it('leaves out one "speaking at a press conference … later in the day"', () => {
    const a = article(
      "Dorsk, Velmar agree to respect truce after generals' hotline talk",
      [
        'The armies of Dorsk and Velmar on Thursday agreed to strictly respect all accords and the truce along the ' +
          'frontier, after their top operations officers talked over the hotline, the two sides said in a ' +
          'joint statement.',
        "According to the statement, Dorsk's Director of Operations, Maj Gen Ilse Varnholt, and his Velmar " +
          'counterpart, Lt Gen Tomas Keldar, held talks through the hotline.',
        'The truce takes effect from midnight.',
        'Speaking at a press conference in Dorsk City later in the day, Public Relations Director General Maj Gen ' +
          'Piet Quillon said the accord was "no concession to anyone". He said dozens of villagers had been hurt over the years.',
      ],
      { dateline: null, source: 'Dawn', date: '2021-02-25' },
    );
    expect(takingPart(a)).not.toContain('Piet Quillon');
    expect(takingPart(a)).toEqual(['Ilse Varnholt', 'Tomas Keldar']);
  });
});
