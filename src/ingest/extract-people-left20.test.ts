// Leftovers of round 30 (held-out 500–513), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';

const roles = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.roles]));
const taking = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('a title, a comma, then the name', () => {
  it('keeps the person and the role of a title that opens its sentence without "the"', () => {
    const a = article('Regional force ready, bloc says', [
      'Defence chiefs of the regional bloc ended a two-day meeting in Abuja on Friday.',
      'ECOWAS Commissioner for Political Affairs, Peace and Security, Gervais Kwabena, said the force was ready.',
      'Minister of Foreign Affairs, Tadeu Fontoura, said dialogue remained the first choice.',
    ]);
    expect(roles(a)).toEqual({
      'Gervais Kwabena': ['ECOWAS Commissioner for Political Affairs, Peace and Security'],
      'Tadeu Fontoura': ['Minister of Foreign Affairs'],
    });
  });

  it('gives the title after "the mediation of" (or "the invitation of") to the name after the comma', () => {
    const a = article('Ceasefire to take effect at midnight', [
      'A ceasefire will take effect at midnight, the presidency said after a meeting held under the mediation of the President of the Republic, Eusébio Kanda.',
      'The ministers came at the invitation of the Prime Minister, Nandi Tembo, last week.',
    ]);
    expect(roles(a)).toEqual({
      'Eusébio Kanda': ['President of the Republic'],
      'Nandi Tembo': ['Prime Minister'],
    });
  });
});

describe('a spokesperson for a body written in lower case', () => {
  it('keeps "Spokesperson for the <nationality> foreign ministry" before the name', () => {
    const a = article('Border talks to continue', [
      'Spokesperson for the Armenian foreign ministry Lindiwe Mabuza said the delegations would continue work.',
    ]);
    expect(roles(a)).toEqual({ 'Lindiwe Mabuza': ['Spokesperson for the Armenian foreign ministry'] });
  });
});

describe('participants: commenters', () => {
  it('leaves out a prime minister whose words open the lede of a hurricane story', () => {
    const a = article(
      'Hurricane Delia flattens outer islands',
      [
        'Prime Minister Halden Roach says the island of Tamberly has been flattened after Hurricane Delia made landfall there on Monday.',
        '"In an hour, the island was gone," Roach told a news conference on Monday afternoon.',
      ],
      { source: 'CMC', dateline: { place: 'KINGSTOWN', date: 'Jul 1' } },
    );
    expect(taking(a)).toEqual({ 'Halden Roach': false });
  });

  it("leaves out a minister who gives the story's own agency a comment", () => {
    const a = article(
      'Health agency certifies Tamberly as free of measles',
      [
        'The regional health agency on Friday certified Tamberly as free of measles, the first island state to receive the status.',
        '"This is the result of years of work," Director-General Amara Sefu said in Geneva.',
        'Health Minister Rosa Quintal told Lusa that the government would keep its vaccination teams in place.',
      ],
      { source: 'Lusa', dateline: { place: 'Praia', date: 'Jan 12' } },
    );
    expect(taking(a)).toEqual({ 'Amara Sefu': true, 'Rosa Quintal': false });
  });

  it('counts one who tells the agency on the sidelines of the event reported', () => {
    const a = article(
      'Embassy holds reception to mark national day',
      [
        'More than 500 guests attended a reception held by the embassy in Lisbon on Tuesday to mark the national day.',
        'Ambassador Wen Zhaolin said in a speech that the two countries should keep their relationship stable.',
        'Marta Coelho, president of the Portugal-China Chamber of Commerce, told Xinhua on the sidelines that companies wanted more dialogue.',
      ],
      { dateline: { place: 'LISBON', date: 'Sept. 24' } },
    );
    expect(taking(a)).toEqual({ 'Wen Zhaolin': true, 'Marta Coelho': true });
  });

  it("leaves out an Olympic committee's president who comments on a gold medal, not the medallists", () => {
    const a = article(
      'Dario Velasco wins Olympic gold in men’s vault',
      [
        'Dario Velasco on Saturday won the gold medal in the men’s vault at the Olympics.',
        "Japan's Kenta Arima took silver.",
        'National Olympic Committee President Marco Ibarra said the gold repaid years of sacrifice.',
      ],
      { source: 'AFP', dateline: { place: 'PARIS', date: 'Aug 3' } },
    );
    expect(taking(a)).toEqual({ 'Dario Velasco': true, 'Kenta Arima': true, 'Marco Ibarra': false });
  });

  it('leaves out the opposition leader who criticises the programme a lender agreed with the government', () => {
    const a = article(
      'Lender reaches agreement with Tamberly on loan review',
      [
        'A team from the regional development bank led by Mr Anders Holt has reached an agreement with the Tamberly authorities on the first review of the loan.',
        '"Performance under the programme has been strong," Holt said in a statement at the end of the visit.',
        'The Minority Leader, Dr Kwesi Ampofo-Larbi, said ordinary people were bearing the cost of the austerity measures.',
      ],
      { source: 'GNA', dateline: { place: 'Accra', date: 'Oct. 6' } },
    );
    expect(taking(a)).toEqual({ 'Anders Holt': true, 'Kwesi Ampofo-Larbi': false });
  });
});

describe('participants: elections', () => {
  it('counts the leaders of the parties whose results the sentence reports, "led by" without commas too', () => {
    const a = article(
      'Ruling party wins regional election on Tamberly but falls short of majority',
      [
        "The Social Democratic Party (PSD) led by Tomas Albergaria won Sunday's early regional election in Tamberly but failed to secure an absolute majority.",
        'The Socialist Party (PS), led in the archipelago by Rui Fontainhas, came second, ahead of Together for the People (JPP) of Carlos Mendonça, which recorded its best result ever.',
        'President Ana Ribeiro dissolved the regional parliament in March.',
      ],
      { date: '2024-05-27', source: 'Lusa', dateline: { place: 'Funchal', date: '27 May 2024' } },
    );
    expect(taking(a)).toEqual({
      'Tomas Albergaria': true,
      'Rui Fontainhas': true,
      'Carlos Mendonça': true,
      'Ana Ribeiro': false,
    });
  });
});

describe('participants: a mission', () => {
  it('counts the officials a lending mission held discussions with during the visit', () => {
    const a = article(
      'Lender reaches agreement with Tamberly on loan review',
      [
        'A team from the regional development bank led by Mr Anders Holt has reached an agreement with the Tamberly authorities on the first review of the loan.',
        '"Performance under the programme has been strong," Holt said in a statement at the end of the two-week visit.',
        'During the visit, the team held discussions with Finance Minister Kwesi Ampofo-Larbi and Central Bank Governor Dr Yaw Oduro-Mensah.',
      ],
      { source: 'GNA', dateline: { place: 'Accra', date: 'Oct. 6' } },
    );
    expect(taking(a)).toEqual({
      'Anders Holt': true,
      'Kwesi Ampofo-Larbi': true,
      'Yaw Oduro-Mensah': true,
    });
  });
});

describe('participants: background', () => {
  it('leaves out the chair of a bloc named in a background clause', () => {
    const a = article(
      'Bloc mediators meet junta leader in Tamberly',
      [
        'A delegation led by former president Anselm Okoro met the junta leader, General Idris Maiga, on Saturday.',
        "The regional body, currently chaired by Ghana's President Kojo Mensah-Bonsu, has imposed sanctions on Tamberly.",
      ],
      { source: 'AFP', dateline: { place: 'NIAMEY', date: 'Aug 19' } },
    );
    expect(taking(a)).toEqual({
      'Anselm Okoro': true,
      'Idris Maiga': true,
      'Kojo Mensah-Bonsu': false,
    });
  });
});
