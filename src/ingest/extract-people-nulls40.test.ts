// Session 40: no country for people the text ties to none (the corpus README's country convention: officials of
// international bodies get none even when the text gives their nationality), on invented sentences with invented
// people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe("an international official's predecessor and successor hold the body's office", () => {
  it('gives none to the predecessor a NATO chief thanks ("his predecessor, X") in a Kyiv story', () => {
    const a = article(
      'NATO chief visits Kyiv',
      [
        'Ukrainian President Taras Melnyk met with NATO Secretary General Joost Brannholt, who arrived in Kyiv on Thursday.',
        'Brannholt also thanked his predecessor, Eirik Vasquell, for his work with Ukraine.',
      ],
      { source: 'Ukrinform', dateline: null },
    );
    expect(person(a, 'Eirik Vasquell')?.country).toBeNull();
    expect(person(a, 'Taras Melnyk')?.country).toBe('Ukraine');
  });

  it('gives none to the successor of a cartel\'s secretary general, "succeeded by X of Kuwait"', () => {
    const a = article(
      'President receives outgoing OPEC chief',
      [
        'Nigerian President Bala Oyelaran on Tuesday received Tumelo Dremmer, secretary general of the Organization of the Petroleum Exporting Countries (OPEC), in Abuja.',
        'Dremmer, who assumed office in 2016, will be succeeded by Faisal Kettleby of Kuwait on Aug. 1.',
      ],
      { dateline: { place: 'ABUJA', date: 'July 5' } },
    );
    expect(person(a, 'Faisal Kettleby')?.country).toBeNull();
    expect(person(a, 'Bala Oyelaran')?.country).toBe('Nigeria');
  });

  it('gives none to the one an AU Commission chair succeeds, "succeeding X of Chad"', () => {
    const a = article(
      'Prime minister meets new AU Commission chief',
      [
        'Ethiopian Prime Minister Dawit Aldana on Wednesday met with Omar Haskel, the newly elected chairperson of the African Union Commission, in Addis Ababa.',
        'Haskel took office on Thursday, succeeding Idriss Marounga of Chad, who had led the commission since 2017.',
      ],
      { dateline: { place: 'ADDIS ABABA', date: 'Feb 19' } },
    );
    expect(person(a, 'Idriss Marounga')?.country).toBeNull();
  });

  it("keeps a national minister's successor named with his country, and a minister's predecessor his", () => {
    const a = article(
      'Finance minister resigns',
      [
        'Kenyan Finance Minister Peter Odhill resigned on Monday and will be succeeded by Samuel Wekesa of Kenya.',
        'Foreign Minister Ruth Achola thanked her predecessor, Daniel Omwenga, at the handover in Nairobi.',
      ],
      { source: 'KNA', dateline: { place: 'NAIROBI', date: 'May 9' } },
    );
    expect(person(a, 'Samuel Wekesa')?.country).toBe('Kenya');
    expect(person(a, 'Daniel Omwenga')?.country).toBe('Kenya');
  });
});

describe('a High Representative acts for the powers that named them', () => {
  it('gives the High Representative "for Bosnia and Herzegovina" none, and a Bosnian minister Bosnia', () => {
    const a = article(
      'Envoy imposes changes to election law',
      [
        'High Representative for Bosnia and Herzegovina Karl Brandvold last night imposed amendments to the Election Law, minutes after the polls closed.',
        'Security Minister Edin Hadzic said the changes were unwelcome.',
      ],
      { source: 'FENA', dateline: { place: 'SARAJEVO', date: 'October 3' } },
    );
    expect(person(a, 'Karl Brandvold')?.country).toBeNull();
    expect(person(a, 'Edin Hadzic')?.country).toBe('Bosnia and Herzegovina');
  });

  it('keeps a nationality written before the title: "Italian High Commissioner X" stays Italian', () => {
    const a = article(
      'Envoy meets minister',
      ['Italian High Commissioner Marco Tessaro met the foreign minister in Accra on Monday.'],
      { source: 'GNA', dateline: { place: 'ACCRA', date: 'May 9' } },
    );
    expect(person(a, 'Marco Tessaro')?.country).toBe('Italy');
  });
});

describe("the European Commission's officers by the bare body noun", () => {
  it('gives "Commission Vice-President X, a Greek" none in a story naming the European Commission', () => {
    const a = article(
      'EU leaders visit the border',
      [
        'European Commission President Ilse Halvorsen flew over the border area with the prime minister on Tuesday.',
        'In Brussels, Commission Vice-President Nikos Kastanidis, a Greek who is responsible for migration, said interior ministers would meet on Wednesday.',
      ],
      { source: 'ANA-MPA', dateline: { place: 'ORESTIADA', date: 'March 3' } },
    );
    expect(person(a, 'Nikos Kastanidis')?.country).toBeNull();
  });

  it("keeps a national commission's chairman his country where no international commission is named", () => {
    const a = article(
      'Panel reports on floods',
      [
        'Commission Chairman Stavros Drossos said on Monday the report on the floods would be published next week.',
      ],
      { source: 'ANA-MPA', dateline: { place: 'ATHENS', date: 'March 3' } },
    );
    expect(person(a, 'Stavros Drossos')?.country).toBe('Greece');
  });
});

describe("a minister by an unusual portfolio is a government's, not a brand's", () => {
  it('places "Citizen Protection Minister X" by the dateline, as "National Defence Minister Y" beside him', () => {
    const a = article(
      'Leaders visit the border',
      [
        'Prime Minister Petros Sotiriou on Tuesday received the leaders at the land border.',
        'Also present were Citizen Protection Minister Alekos Karamanlidis and National Defence Minister Yannis Vlachos.',
      ],
      { source: 'ANA-MPA', dateline: { place: 'ATHENS', date: 'March 3' } },
    );
    expect(person(a, 'Alekos Karamanlidis')?.country).toBe('Greece');
    expect(person(a, 'Yannis Vlachos')?.country).toBe('Greece');
  });
});

describe("a bulletin's delegate of an international body, the body in brackets after the name", () => {
  it('gives "X (European Commission)" none, while "Y (Nicaragua)" keeps Nicaragua', () => {
    const a = article(
      'Climate talks adopt agreement',
      [
        'Nicaragua, speaking through Ramon Ferrandi (Nicaragua), objected to the procedure.',
        'The EU, speaking through Luc Delcourt (European Commission), called the agreement "a real advance."',
        'The US, speaking through Dana Pellworth, Special Envoy for Climate Change, said the agreement was wise.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Luc Delcourt')?.country).toBeNull();
    expect(person(a, 'Ramon Ferrandi')?.country).toBe('Nicaragua');
  });
});
