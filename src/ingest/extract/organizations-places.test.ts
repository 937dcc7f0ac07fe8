// The extractor keeps the article being read in module state (for speed): nothing may carry over from one
// article to the next.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../common/dataset.ts';
import { extractEntities } from '../extract-people.ts';
import type { ParsedArticle } from '../parse-article.ts';
import { testArticle } from '../test-article.ts';

function article(date: string, datelineDate: string, paragraphs: string[]): ParsedArticle {
  return testArticle('Trade talks end', paragraphs, {
    date,
    dateline: { place: 'GENEVA', date: datelineDate },
  });
}

it("reads each article's organisations and places on their own, whatever came before", () => {
  const first = article('2024-03-10', 'March 9', [
    'The trade talks ended in Geneva on Saturday.',
    'Ana Torres attended the talks in March, the United Nations (UN) said.',
  ]);
  const second = article('2024-05-10', 'May 9', [
    'The trade talks ended in Geneva on Saturday.',
    'Ana Torres attended the talks in March, the UN said.',
    'Delegates then flew to Nairobi.',
  ]);
  const alone = extractEntities(second, emptyKnowledge);
  expect(extractEntities(first, emptyKnowledge)).toMatchObject({
    organizations: ['United Nations'],
    places: ['Geneva'],
  });
  // "UN" would be taken for the short form of the first article's "United Nations" if that were remembered.
  const after = extractEntities(second, emptyKnowledge);
  expect(after).toMatchObject({ organizations: ['UN'], places: ['Geneva', 'Nairobi'] });
  expect(after).toEqual(alone);
});

function entities(...paragraphs: string[]): { organizations: string[]; places: string[] } {
  const { organizations, places } = extractEntities(
    article('2024-03-10', 'March 9', ['The trade talks ended in Geneva on Saturday.', ...paragraphs]),
    emptyKnowledge,
  );
  return { organizations, places };
}

describe('sports clubs', () => {
  it('reads a club named like its city as a club, and a competition won as no body', () => {
    const { organizations, places } = entities(
      'Manchester City manager Jordi Serrat was voted coach of the season.',
      'Laia Ferrer, the Barcelona midfielder who won the Champions League, was honoured.',
    );
    expect(organizations).toEqual(['Manchester City', 'Barcelona']);
    expect(places).toEqual(['Geneva']);
  });
});

describe('legislatures and titles', () => {
  it('reads "House of Representatives" as a body and "Deputy House Speaker" as a title', () => {
    const { organizations, places } = entities(
      "Wan Ahmad Rosli Hamid, speaker of Thailand's House of Representatives, arrived on Friday.",
      'Abebe Gudeta, speaker of Ethiopia’s House of Peoples’ Representatives, came with him.',
      'The delegation included Deputy House Speaker Somchai Rattanakorn.',
    );
    expect(organizations).toEqual(['House of Representatives', 'House of Peoples’ Representatives']);
    expect(places).toEqual(['Geneva', 'Thailand', 'Ethiopia']);
  });

  it('keeps the court of "High Court Judge …" and drops the cabinet of "Chief Cabinet Secretary …"', () => {
    const { organizations } = entities(
      'High Court Judge Mohd Azlan Mohd Rashidi said the charges were proven.',
      'Chief Cabinet Secretary Takeshi Morioka told a news conference that talks would continue.',
    );
    expect(organizations).toEqual(['High Court']);
  });
});

describe('bodies marked by their context', () => {
  it('reads a company by its legal form, a coalition, and a party "led by" someone', () => {
    const { organizations, places } = entities(
      'Former prime minister Rosli Kamaruddin was convicted over RM35 million of Permata Holdings Sdn Bhd funds.',
      "The case began soon after Rosli's Barisan Nasional coalition lost the election to Pakatan Harapan led by Hamzah Yusof.",
    );
    expect(organizations).toEqual(['Permata Holdings Sdn Bhd', 'Barisan Nasional', 'Pakatan Harapan']);
    expect(places).toEqual(['Geneva']);
  });

  it('reads a name defined by its matching initials, and names joined by "&", as bodies', () => {
    const { organizations } = entities(
      "The Pretoria agreement was signed by the Tigray People's Liberation Front (TPLF) in 2022.",
      'The TPLF later praised the thousands of Roots & Shoots groups.',
    );
    expect(organizations).toEqual(["Tigray People's Liberation Front", 'Roots & Shoots']);
  });

  it('takes neither a pipeline nor a network under construction for a body', () => {
    const { organizations } = entities(
      'The sides reviewed the Northern Star 2 gas pipeline project and an Asian Development Bank railway loan.',
      'Both sides will speed up the construction of the Trans-Andean Multi-Modal Connectivity Network.',
    );
    expect(organizations).toEqual(['Asian Development Bank']);
  });

  it('does not take a place described after a preposition for a body ("the network at the Poipet border")', () => {
    const { organizations, places } = entities(
      "Cambodia plans to join its railway to Thailand's at the Poipet border crossing.",
    );
    expect(organizations).toEqual([]);
    expect(places).toEqual(['Geneva', 'Cambodia', 'Thailand', 'Poipet']);
  });
});

describe('places', () => {
  it('reads a name before a lower-case "province" or "region" as a place, and "the Horn of Africa" whole', () => {
    const { places } = entities(
      'Wang Jianmin, governor of Yunnan province, met the envoy.',
      "They discussed tensions in the Horn of Africa and northern Ethiopia's Tigray region.",
    );
    expect(places).toEqual(['Geneva', 'Yunnan', 'Horn of Africa', 'Ethiopia', 'Tigray']);
  });

  it('reads a dateline "CITY, Country" as the city and the country', () => {
    const busan = { ...article('2024-11-27', 'Nov. 26', ['Ministers met in the port city.']) };
    busan.dateline = { place: 'BUSAN, South Korea', date: 'Nov. 26' };
    const dc = { ...article('2024-11-27', 'Nov. 26', ['Ministers met.']) };
    dc.dateline = { place: 'WASHINGTON, D.C.', date: 'Nov. 26' };
    expect(extractEntities(busan, emptyKnowledge).places).toEqual(['Busan', 'South Korea']);
    expect(extractEntities(dc, emptyKnowledge).places).toEqual(['Washington']);
  });

  it('reads "Korea" as the Korea its people come from, and as neither when they come from both', () => {
    const south = entities(
      'South Korean President Yoon Dae Ho met Japanese Prime Minister Kenji Harada.',
      'Yoon said Korea-Japan relations had turned a corner.',
    );
    expect(south.places).toEqual(['Geneva', 'Japan', 'South Korea']);
    const both = entities(
      'South Korean President Yoon Dae Ho spoke of North Korean leader Kim Chol Su.',
      'Yoon said Korea would stay calm.',
    );
    expect(both.places).toEqual(['Geneva']);
  });

  it('keeps "Ivory Coast" as written', () => {
    expect(entities('Former Ivory Coast striker Yao Kouame hosted the gala.').places).toEqual([
      'Geneva',
      'Ivory Coast',
    ]);
  });

  it('takes neither a currency ("U.S. dollars") nor "the West" for a place', () => {
    const { places } = entities(
      'The two countries aim to raise trade to 12 billion U.S. dollars by 2027, and 3 billion New Zealand dollars.',
      'He urged Muslims in the West to integrate.',
    );
    expect(places).toEqual(['Geneva']);
  });
});
