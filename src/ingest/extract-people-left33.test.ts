// Countries and names left by the thirty-third blind round (diplomatic readouts with several meetings), on invented
// sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

/** A government's release: no outlet, no dateline. */
const release = { source: null, dateline: null };

describe('countries', () => {
  it('gives one listed beside a compatriot styled "Shri" the compatriot’s country, past both styles', () => {
    const a = article(
      'Visit of President of Maldives to India',
      [
        'President of the Republic of Maldives, H.E. Mr. Ibrahim Nasheed Latheef, is on a State Visit to India.',
        'Prime Minister Shri Rohan Mehra held talks with President Latheef today.',
        'External Affairs Minister Dr. Vikram Sethi and National Security Advisor Shri Arun Bhalla called on the visiting President yesterday.',
      ],
      release,
    );
    expect(person(a, 'Vikram Sethi')?.country).toBe('India');
  });

  it('gives the side left without a country the nationality of "his Russian counterpart"', () => {
    const a = article(
      '',
      [
        'Ivan Sorokin had a conversation with President of the Republic of Chile Carlos Mendez via videoconference.',
        'Carlos Mendez informed his Russian counterpart about his talks in Lima.',
      ],
      release,
    );
    expect(person(a, 'Ivan Sorokin')?.country).toBe('Russia');
  });

  it('places a bare-titled aide with the lede’s subject, not with the country in the other side’s title', () => {
    const a = article(
      '',
      [
        'Ivan Sorokin had a conversation with President of the Republic of Chile Carlos Mendez via videoconference.',
        'Carlos Mendez informed his Russian counterpart about his talks in Lima.',
        'According to Presidential Aide Oleg Volkov, the conversation lasted an hour.',
      ],
      release,
    );
    expect(person(a, 'Oleg Volkov')?.country).toBe('Russia');
  });
});

describe('countries of people met in a capital', () => {
  it('gives those met in talks "in Beirut, where …" Lebanon', () => {
    const a = article(
      'US envoy meets Israeli leader after talks in Lebanon',
      [
        'US envoy Mark Tolliver met Israeli Prime Minister Avi Sharon in Jerusalem on Thursday.',
        'Tolliver arrived from Beirut, where he held talks with parliament speaker Karim Haddad and with caretaker Prime Minister Samir Khoury.',
      ],
      { source: 'AFP', dateline: null },
    );
    expect(person(a, 'Karim Haddad')?.country).toBe('Lebanon');
    expect(person(a, 'Samir Khoury')?.country).toBe('Lebanon');
  });
});

describe('the one an adviser serves', () => {
  it('gives "senior adviser to President X" the adviser’s country, not the dateline’s', () => {
    const a = article(
      'Envoy meets Israeli leader',
      [
        'US envoy Mark Tolliver met Israeli Prime Minister Avi Sharon in Jerusalem on Thursday.',
        'Tolliver, a senior adviser to President Paul Leclerc, was expected to return home after the talks.',
      ],
      { source: 'AFP', dateline: { place: 'JERUSALEM', date: 'May 9' } },
    );
    expect(person(a, 'Paul Leclerc')?.country).toBe('United States');
  });
});

describe('titles', () => {
  it('reads such a portfolio list as a country’s office, not a body’s', () => {
    const a = article(
      'Visit of President of Maldives to India',
      [
        'President of the Republic of Maldives, H.E. Mr. Ibrahim Nasheed Latheef, is on a State Visit to India.',
        'The President is accompanied by Minister of Foreign Affairs, Trade and Tourism Mr. Ahmed Zahir.',
      ],
      release,
    );
    expect(person(a, 'Ahmed Zahir')?.country).toBe('Maldives');
  });
});

describe('participants', () => {
  it('leaves out one who called on the visitor the day before talks a release dates "today"', () => {
    const a = article(
      'Visit of President of Maldives to India',
      [
        'President of the Republic of Maldives, H.E. Mr. Ibrahim Nasheed Latheef, is on a State Visit to India.',
        'Prime Minister Shri Rohan Mehra held talks with President Latheef at Hyderabad House today.',
        'National Security Advisor Shri Arun Bhalla called on the visiting President on 9 May.',
      ],
      release,
    );
    expect(person(a, 'Rohan Mehra')?.participant).toBe(true);
    expect(person(a, 'Arun Bhalla')?.participant).toBe(false);
  });

  it('counts one who addressed the ministers online on another day of a three-day meeting', () => {
    const a = article(
      'Group foreign ministers wrap up talks',
      [
        'Foreign ministers of the group wrapped up three days of talks in the resort town of Lakeside on Tuesday.',
        'Host Foreign Minister Tomas Ferreira chaired the meeting.',
        'Chilean Foreign Minister Elena Rojas addressed the ministers in an online session on Monday.',
      ],
      { source: 'Kyodo', dateline: { place: 'LAKESIDE', date: 'May 9' } },
    );
    expect(person(a, 'Elena Rojas')?.participant).toBe(true);
  });
});
