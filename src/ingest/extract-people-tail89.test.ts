// Leftovers of the seventy-sixth and seventy-seventh blind rounds (the wires of 1945–1994) and of the sixty-second,
// on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a US state capital opening a sentence', () => {
  const signing = (last: string) =>
    article(
      'Two presidents sign arms pact in the Kremlin',
      [
        'Russian President Oleg Varnavin and U.S. President Dale Hartwell signed the arms treaty in the Kremlin today.',
        'Russian Foreign Minister Igor Samsonov attended the ceremony.',
        last,
      ],
      { date: '1993-01-03', source: 'ITAR-TASS', dateline: { place: 'MOSCOW', date: '1993-01-03' } },
    );

  it('frames a speaker there, away from the event', () => {
    const a = signing(
      'In Baton Rouge, President-elect Roy Kettering said he would seek the treaty’s early ratification.',
    );
    expect(person(a, 'Roy Kettering')).toMatchObject({ country: 'United States', participant: false });
    expect(person(a, 'Igor Samsonov')).toMatchObject({ country: 'Russia', participant: true });
  });
});

describe('a national acronym closing a clause', () => {
  const talks = (said: string) =>
    article(
      'Secret channel produced draft accord, officials say',
      [
        'Israel and the Palestine Liberation Organisation agreed on a draft accord after months of secret talks ' +
          'in Stockholm, Swedish officials said Monday.',
        'PLO chairman Khalil Ramadi approved the text from his headquarters.',
        said,
      ],
      { date: '1993-08-30', source: 'AFP', dateline: { place: 'STOCKHOLM', date: null } },
    );

  it('is named as a noun, not as a nationality of the speaker nearer it', () => {
    const a = talks(
      'Deputy Foreign Minister Avner Tal, who opened the first contacts in Rome last spring, said in an interview ' +
        'that Israel would now seek recognition from the PLO.',
    );
    expect(person(a, 'Avner Tal')?.country).toBe('Israel');
    expect(person(a, 'Khalil Ramadi')?.country).toBe('Palestine');
  });

  it('still modifies the noun after it', () => {
    const a = talks('Deputy Foreign Minister Avner Tal met the PLO delegation in the evening.');
    expect(person(a, 'Avner Tal')?.country).toBe('Palestine');
  });
});

describe('a foreigner framed in a city of their own country, in a domestic story', () => {
  const release = (last: string) =>
    article(
      'Union leader walks free after 20 years',
      [
        'Thabo Mkhize walked out of prison on Sunday a free man, as thousands of supporters sang at the gates.',
        'President Pieter Joubert announced the release on Saturday, and South African Archbishop Sipho Dlamini welcomed him to ' +
          'the balcony of the City Hall in Durban.',
        'Jabu Ndlovu, who was freed in March, stood at his side, and South African Justice Minister Koos Venter watched from the steps.',
        last,
      ],
      { date: '1990-02-11', source: 'AP', dateline: { place: 'DURBAN, South Africa', date: null } },
    );

  it('reacts from abroad and leaves the story domestic', () => {
    const a = release(
      'In Washington, the spokesman said President Wendell Harper would invite Mr. Mkhize to visit.',
    );
    expect(person(a, 'Wendell Harper')?.country).toBe('United States');
    expect(person(a, 'Jabu Ndlovu')?.country).toBe('South Africa');
  });

  it('makes it international when named outside such a frame', () => {
    const a = release(
      'President Wendell Harper of the United States said he would invite Mr. Mkhize to visit.',
    );
    expect(person(a, 'Wendell Harper')?.country).toBe('United States');
    expect(person(a, 'Jabu Ndlovu')?.country).toBeNull();
  });
});

describe('envoys who sat at the council table', () => {
  const council = (sat: string) =>
    article(
      'Envoy announces truce date to council',
      [
        'Secretary-General Anton Velde told the Security Council on Monday that the two neighbours had agreed to a ' +
          'truce beginning at dawn on the first of the month.',
        sat,
        'Ruvani told reporters afterward that his government had kept its word.',
      ],
      { date: '1988-08-08', source: 'UPI', dateline: { place: 'UNITED NATIONS', date: null } },
    );

  it('were at the meeting', () => {
    const a = council(
      "Kordestan's U.N. Ambassador Faraz Ruvani sat at the council table while the secretary-general was speaking.",
    );
    expect(person(a, 'Faraz Ruvani')?.participant).toBe(true);
  });

  it('not when they only wrote to it', () => {
    const a = council(
      "Kordestan's U.N. Ambassador Faraz Ruvani wrote to the council table's chairman last week.",
    );
    expect(person(a, 'Faraz Ruvani')?.participant).toBe(false);
  });
});

describe('one a capital’s radio quotes', () => {
  const truce = (quote: string) =>
    article(
      'Truce date set in border war',
      [
        'Secretary-General Anton Velde told the Security Council on Monday that the two governments had agreed to a ' +
          'truce beginning at dawn on the first of the month.',
        quote,
      ],
      { date: '1988-08-08', source: 'UPI', dateline: { place: 'UNITED NATIONS', date: null } },
    );

  it('is of the capital’s country', () => {
    const a = truce(
      'Tehran radio quoted Davud Sarvari, speaker of parliament, as saying the truce was a test of sincerity.',
    );
    expect(person(a, 'Davud Sarvari')?.country).toBe('Iran');
  });

  it('not when the radio is no capital’s', () => {
    const a = truce(
      'Opposition radio quoted Davud Sarvari, speaker of parliament, as saying the truce was a test of sincerity.',
    );
    expect(person(a, 'Davud Sarvari')?.country).toBeNull();
  });
});

describe('the host who stood between two signers at an international seat', () => {
  const summit = (host: string) =>
    article(
      'Leaders end summit with pledge to meet again',
      [
        'U.S. President Dale Hollis and Soviet leader Pyotr Varenikov closed their summit on Thursday with a promise to speed up ' +
          'the arms talks.',
        'Secretary of State Martin Greer and Foreign Minister Gennady Orlov then signed an accord on exchanges. ' +
          host,
      ],
      { date: '1985-11-21', source: 'AP', dateline: { place: 'GENEVA', date: null } },
    );

  it('is at the signing, and no third side of it', () => {
    const a = summit('Swiss President Urs Ammann, the host, stood between them and raised the first toast.');
    expect(person(a, 'Urs Ammann')).toMatchObject({ country: 'Switzerland', participant: true });
    expect(person(a, 'Gennady Orlov')?.country).toBe('Soviet Union');
    expect(person(a, 'Martin Greer')?.country).toBe('United States');
  });

  it('not when he only spoke of what stood between the two countries', () => {
    const a = summit(
      'Swiss President Urs Ammann said later that little now stood between the two countries.',
    );
    expect(person(a, 'Urs Ammann')?.participant).toBe(false);
  });
});

describe('a birthday set off in a sentence of the host’s words to the guests', () => {
  const reception = (line: string) =>
    article(
      'King receives champions at the palace',
      [
        'King Anselm on Monday received the national basketball team at the palace, hours after the players landed ' +
          'with the trophy they won on Sunday.',
        line,
      ],
      { date: '2024-07-15', source: 'EFE', dateline: { place: 'MADRID', date: null } },
    );

  it('dates the age, not the meeting', () => {
    const a = reception(
      'The king also had words for Tomas Ibarra, the best young player, who turned 19 on Saturday, and joked with ' +
        'Ruben Olaizola about his third title of the season.',
    );
    expect(person(a, 'Tomas Ibarra')?.participant).toBe(true);
    expect(person(a, 'Ruben Olaizola')?.participant).toBe(true);
  });

  it('while a meeting on another day stays another day’s', () => {
    const a = reception('The king had also met Tomas Ibarra on Saturday at the team hotel.');
    expect(person(a, 'Tomas Ibarra')?.participant).toBe(false);
  });
});

describe('a co-signer named in the signer’s own clause', () => {
  const signing = (line: string) =>
    article(
      'Ministers sign union treaty',
      [
        'Foreign and finance ministers of the nine member states signed a treaty on economic union on Friday.',
        line,
      ],
      { date: '1992-02-07', source: 'Reuters', dateline: { place: 'MAASTRICHT, Netherlands', date: null } },
    );

  it('signed beside the signer, whatever the sentence says next', () => {
    const a = signing(
      'Danish Foreign Minister Ebbe Kjaergaard, who signed with Economy Minister Sofus Lindholm, said Denmark would ' +
        'hold a referendum on the treaty, probably in June.',
    );
    expect(person(a, 'Sofus Lindholm')?.participant).toBe(true);
    expect(person(a, 'Ebbe Kjaergaard')?.participant).toBe(true);
  });

  it('not one the signer met in another month', () => {
    const a = signing(
      'Danish Foreign Minister Ebbe Kjaergaard said he would meet Economy Minister Sofus Lindholm in June.',
    );
    expect(person(a, 'Sofus Lindholm')?.participant).toBe(false);
  });
});
