// People seen first in the forty-ninth blind round of held-out articles (diplomacy of 1955–1994 as the wire copy of
// its day carried it: states that are gone, Cold-War titles, wives named by their husbands, signatories, interpreters,
// a state funeral, a visit announced in advance, an anniversary), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string, source: string, date = '1975-08-02') => ({
  date,
  source,
  dateline: { place, date: null },
});

describe('the states of the Cold War', () => {
  it('gives the two Germanys, Czechoslovakia and the two Yemens their countries, and a renamed state its name of today', () => {
    const a = article(
      'Leaders sign accord in Helsinki',
      [
        'HELSINKI (Reuter) - East German leader Karl Brenner and West German Chancellor Otto Lanz signed the accord on Friday.',
        'Czechoslovak President Jan Marek and President Ali Qasim of the Yemen Arab Republic also signed.',
        "So did Salem Nasser, President of the Presidium of the Supreme People's Council of the People's Democratic Republic of Yemen.",
        'Prime Minister Dudley Perera of Ceylon and Rhodesian envoy Tom Hale watched from the gallery.',
      ],
      wire('HELSINKI', 'Reuter'),
    );
    expect(person(a, 'Karl Brenner')?.country).toBe('East Germany');
    expect(person(a, 'Otto Lanz')?.country).toBe('Germany');
    expect(person(a, 'Jan Marek')?.country).toBe('Czechoslovakia');
    expect(person(a, 'Ali Qasim')?.country).toBe('North Yemen');
    expect(person(a, 'Salem Nasser')?.country).toBe('South Yemen');
    expect(person(a, 'Dudley Perera')?.country).toBe('Sri Lanka');
    expect(person(a, 'Tom Hale')?.country).toBe('Zimbabwe');
  });

  it('does not give an emigrant the country they left for another', () => {
    const a = article(
      'Novelist Pavel Horak dies in Paris at 94',
      [
        'PARIS (AFP) - The French novelist Pavel Horak has died in Paris at the age of 94, his publisher said on Wednesday.',
        'He had lived in Paris with his wife, Vera Horakova, since 1975, when the couple left communist Poland for France.',
      ],
      wire('PARIS', 'AFP', '2023-07-12'),
    );
    expect(person(a, 'Vera Horakova')?.country).not.toBe('Poland');
    expect(person(a, 'Vera Horakova')).toBeDefined();
    expect(person(a, 'Pavel Horak')).toMatchObject({ roles: ['French novelist'], country: 'France' });
  });

  it("places a city's mayor in the city's country, not in the story's or the sentence's before", () => {
    const a = article(
      'Austria marks anniversary',
      [
        'VIENNA (dpa) - Chancellor Greta Vogt, who grew up in Italy, led the ceremony on Saturday.',
        'She was joined by Berlin Mayor Klaus Richter.',
      ],
      wire('VIENNA', 'dpa', '2019-11-10'),
    );
    expect(person(a, 'Klaus Richter')?.country).toBe('Germany');
  });
});

describe('titles of the day', () => {
  it('reads the Soviet titles named by a council of ministers and by the Supreme Soviet', () => {
    const a = article(
      'Leaders end border talks',
      [
        'With him were Chairman of the USSR Council of Ministers Pyotr I. Lomov and Chairman of the Presidium of the Supreme Soviet Ivan S. Dorin.',
      ],
      wire('MOSCOW', 'UPI', '1968-08-02'),
    );
    expect(person(a, 'Pyotr I. Lomov')?.roles).toEqual(['Chairman of the USSR Council of Ministers']);
    expect(person(a, 'Ivan S. Dorin')?.roles).toEqual(['Chairman of the Presidium of the Supreme Soviet']);
  });

  it('keeps both titles of "the Ruritanian President and party leader X", and the French "d\'" of a name', () => {
    const a = article(
      'Leaders sign accord in Helsinki',
      [
        'HELSINKI (Reuter) - The Polish President and party leader Jan Kowal signed for his country.',
        "French President Pierre Lafont d'Aubigny signed next.",
      ],
      wire('HELSINKI', 'Reuter'),
    );
    expect(person(a, 'Jan Kowal')?.roles).toEqual(['Polish President', 'party leader']);
    expect(person(a, "Pierre Lafont d'Aubigny")?.roles).toEqual(['French President']);
  });

  it('reads an unknown given name with "Jr." as a person when a role is set off after the suffix', () => {
    const a = article(
      'Moss and Brekke end talks',
      [
        'VIENNA (AP) -- Secretary Dean Moss joined the talks, with Llewellyn E. Tharp Jr., the American Ambassador in Moscow.',
      ],
      wire('VIENNA', 'AP', '1961-06-05'),
    );
    expect(person(a, 'Llewellyn E. Tharp Jr')?.roles).toEqual(['American Ambassador in Moscow']);
  });

  it('reads "the Lord Privy Seal" as an office, not as a person named Privy Seal', () => {
    const a = article(
      'Ceasefire signed in London',
      ['LONDON (Reuter) - The Lord Privy Seal, Sir Hugh Dalby, signed for Britain.'],
      wire('LONDON', 'Reuter', '1979-12-22'),
    );
    expect(person(a, 'Privy Seal')).toBeUndefined();
    expect(person(a, 'Hugh Dalby')).toBeDefined();
  });
});

describe('wives named by their husbands', () => {
  it('reads "Mrs. John F. X" as no person of his name, and a woman\'s full name as no alias of the titled surname', () => {
    const a = article(
      'Harlow and Brekke end talks',
      [
        'VIENNA (AP) -- President Harlow and Premier Oleg Brekke ended two days of talks today.',
        'Mrs. John F. Harlow and Mrs. Oleg Brekke went together to the opera. Martha Harlow wore a pink coat.',
      ],
      wire('VIENNA', 'AP', '1961-06-05'),
    );
    expect(person(a, 'John F. Harlow')).toBeUndefined();
    expect(person(a, 'Harlow')?.roles).toEqual(['President']);
    expect(person(a, 'Martha Harlow')?.roles).toEqual([]);
    expect(person(a, 'Oleg Brekke')?.roles).toEqual(['Premier']);
  });
});

describe('who was at the table', () => {
  it('names those "with him", "on the Ruritanian side", "facing them" and the interpreters they sat alone with', () => {
    const a = article(
      'President confers with chairman',
      [
        'President Dale Ormond met Chairman Li Wen for an hour on Monday.',
        'With the President were Hal Brody, his national security adviser, and Sam Keel, who took notes.',
        'On the Chinese side were Premier Zhao Ping and Tang Mei, who interpreted.',
        'Facing them across the table were Vice Premier Liu Sheng and Guo Fan.',
        'For most of the time the two men sat alone with their interpreters -- Ann Lowell of the State Department and Pavel Lenko of the Foreign Ministry.',
      ],
      wire('PEKING', 'AP', '1972-02-22'),
    );
    expect(taking(a)).toEqual(
      expect.arrayContaining([
        'Hal Brody',
        'Sam Keel',
        'Zhao Ping',
        'Tang Mei',
        'Liu Sheng',
        'Guo Fan',
        'Ann Lowell',
        'Pavel Lenko',
      ]),
    );
  });

  it('counts those "among the last to sign" as signing, and a speaker at a signing of many states as there', () => {
    const a = article(
      'Leaders sign accord in Helsinki',
      [
        'HELSINKI (Reuter) - Leaders of 33 states signed the final act of the conference today.',
        'President Ivo Radic of Yugoslavia and Prime Minister Lars Berg of Norway were among the last to sign.',
        'British Prime Minister Ann Hollis said the text was "not a treaty" but a declaration of aims.',
      ],
      wire('HELSINKI', 'Reuter'),
    );
    expect(taking(a)).toEqual(expect.arrayContaining(['Ivo Radic', 'Lars Berg', 'Ann Hollis']));
  });
});

describe('a state funeral', () => {
  it('leaves out the dead and takes in the mourners at the graveside', () => {
    const a = article(
      'World leaders bury Marek in Kovno',
      [
        'KOVNO (AP) — Leaders from East and West stood in the rain on Thursday as the country buried President Tomas Marek, who ruled for 35 years.',
        'Soviet President Ivan Dorin stood a few yards from Chinese Premier Li Wen.',
        'Mourners with Dorin at the graveside included British Prime Minister Ann Hollis and Indian Prime Minister Ravi Menon.',
        'Anton Kalis, the head of the collective presidency, spoke at the graveside.',
      ],
      wire('KOVNO', 'AP', '1980-05-09'),
    );
    expect(taking(a)).toEqual(['Ivan Dorin', 'Li Wen', 'Ann Hollis', 'Ravi Menon', 'Anton Kalis']);
  });
});

describe('a visit announced in advance', () => {
  it('counts no one as taking part in a visit the headline says is to come', () => {
    const a = article(
      'Premier Will Fly to Oslo Saturday, Norway Says',
      [
        "OSLO (AP) _ Ruritanian Premier Jan Kowal will arrive in Norway on Saturday, Prime Minister Lars Berg's office announced today.",
        'Kowal is to address parliament on Sunday and hold talks with Berg, a government spokesman said.',
        'President Dale Ormond said in Washington that he welcomed the trip.',
      ],
      wire('OSLO', 'AP', '1977-11-18'),
    );
    expect(taking(a)).toEqual([]);
    expect(person(a, 'Lars Berg')).toMatchObject({ roles: ['Prime Minister'], country: 'Norway' });
    expect(person(a, 'Jan Kowal')?.roles).toEqual(['Ruritanian Premier']);
  });

  it('still counts the sides of a headline that agrees to meet', () => {
    const a = article(
      'Kowal, Berg Agree To Meet Again',
      [
        'OSLO (AP) _ Ruritanian Premier Jan Kowal held talks with Prime Minister Lars Berg today and agreed to meet again.',
      ],
      wire('OSLO', 'AP', '1977-11-18'),
    );
    expect(taking(a)).toEqual(['Jan Kowal', 'Lars Berg']);
  });
});

describe('around a signing', () => {
  it('leaves out the lawmakers of a ratification still to come and one who was not at the ceremony', () => {
    const a = article(
      'Harlow, Brekke sign treaty to scrap missiles',
      [
        'WASHINGTON (UPI) -- President Harlow and Premier Oleg Brekke signed a treaty Tuesday to scrap their missiles.',
        'The treaty must still be ratified by the Senate, where Majority Leader Robert T. Vance said hearings would begin in the spring.',
        'Oskar Lind, who led the negotiations in 1985, was not at the ceremony.',
      ],
      wire('WASHINGTON', 'UPI', '1987-12-09'),
    );
    expect(taking(a)).toEqual(['Harlow', 'Oleg Brekke']);
  });

  it('does not give a speaker the nationality of a proverb he quotes', () => {
    const a = article(
      'Harlow, Brekke sign treaty to scrap missiles',
      [
        'WASHINGTON (UPI) -- President Harlow and Norwegian Premier Oleg Brekke signed a treaty Tuesday.',
        '"We can only hope," said Harlow, who quoted the Russian proverb he has made his own.',
      ],
      wire('WASHINGTON', 'UPI', '1987-12-09'),
    );
    expect(person(a, 'Harlow')?.country).not.toBe('Russia');
    expect(person(a, 'Harlow')).toMatchObject({
      roles: ['President'],
      country: 'United States',
      participant: true,
    });
    expect(person(a, 'Oleg Brekke')).toMatchObject({
      roles: ['Norwegian Premier'],
      country: 'Norway',
      participant: true,
    });
  });
});
