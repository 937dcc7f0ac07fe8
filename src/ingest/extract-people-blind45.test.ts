// People seen first in the forty-fifth blind round of held-out articles (crowded stories: summits with many leaders,
// a state funeral, inaugurations with foreign guests, a council debate, reactions from capitals, a briefing on the
// day-before meeting), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

describe('who takes part in a crowded story', () => {
  it('reads a burial as the event, not the killing the lede recalls: the suspect arrested then takes no part', () => {
    const a = article(
      'World leaders bury Tennick in Valmora',
      [
        'VALMORA, Nov. 6 (Xinhua) -- Leaders from 40 countries joined mourners here on Monday to bury Prime Minister Arvo Tennick, who was assassinated at a peace rally on Saturday night.',
        'Acting Prime Minister Dace Morlen, who served in his cabinet for ten years, vowed to carry on his work.',
        'Former U.S. presidents Hale Korvath and Linus Pellan were also in the U.S. delegation.',
        'The suspected assassin, Jory Falk, a 25-year-old student, was arrested at the scene.',
      ],
      { dateline: { place: 'VALMORA', date: 'Nov. 6' }, date: '1995-11-07' },
    );
    expect(taking(a)).toEqual(['Dace Morlen', 'Hale Korvath', 'Linus Pellan']);
  });

  it('counts one who opened the week or declared the debate open, and one whose visit runs "since taking office in July"', () => {
    const a = article(
      'Leaders open annual assembly debate in Kestrel City',
      [
        'KESTREL CITY, Sept 24 (Reuters) - World leaders on Tuesday opened the annual debate of the regional assembly.',
        'Secretary-General Oona Vellacourt opened the high-level week by warning that the region was in turmoil. Assembly President Tomas Talbek then declared the general debate open.',
        'President Kel Amsari, making his first visit to Kestrel City since taking office in July, said his country was ready to talk.',
      ],
      { dateline: { place: 'KESTREL CITY', date: 'Sept 24' }, source: 'Reuters' },
    );
    expect(taking(a)).toEqual(['Oona Vellacourt', 'Tomas Talbek', 'Kel Amsari']);
  });

  it('keeps those who "looked on, as did X, whom Y defeated in November" at the ceremony', () => {
    const a = article(
      'Ostrow sworn in as president',
      [
        'Rena Ostrow was sworn in as president on Monday in a ceremony at the parliament.',
        'Outgoing President Ivo Dunmere and former president Alda Fenwright looked on, as did outgoing Vice President Sam Idowen, whom Ostrow defeated in November.',
      ],
      { dateline: { place: 'VALMORA', date: 'Jan. 20' }, date: '2025-01-21' },
    );
    expect(taking(a)).toEqual(['Rena Ostrow', 'Ivo Dunmere', 'Alda Fenwright', 'Sam Idowen']);
  });

  it('counts a council member who "backed" a speaker, "saying" why', () => {
    const a = article(
      'Ministers debate crisis at Security Council',
      [
        'UNITED NATIONS, Feb. 5 (Xinhua) -- Foreign ministers of the Security Council debated the crisis on Wednesday.',
        'British Foreign Secretary Nils Ambrey backed the draft, saying time was running out, while Spanish Foreign Minister Ela Corvo said the council had to act.',
      ],
      { dateline: { place: 'UNITED NATIONS', date: 'Feb. 5' }, date: '2003-02-06' },
    );
    expect(taking(a)).toEqual(['Nils Ambrey', 'Ela Corvo']);
  });
});

describe('statements about an event held elsewhere or before', () => {
  it('reads "Name: words" as the speaker\'s headline and "briefed reporters on the meeting between A and B" as its topic', () => {
    const a = article(
      'Dervin: Amsel-Kroll meeting in Lisbon candid and constructive',
      [
        'Foreign Minister Pol Dervin on Tuesday briefed reporters on the meeting between President Ilan Amsel and President Rudi Kroll held in Lisbon the day before.',
        'Dervin, who attended the meeting, said the two presidents had agreed to resume talks.',
      ],
      { dateline: null, source: 'CGTN' },
    );
    expect(taking(a)).toEqual(['Pol Dervin']);
  });

  it('sets "In Tehran, X said" apart from talks in Vienna, though the lede speaks of "Tehran\'s programme"', () => {
    const a = article(
      'Iran, world powers reach nuclear deal in Vienna',
      [
        "Iran and six world powers on Tuesday reached a deal to curb Tehran's nuclear programme.",
        'EU foreign policy chief Mira Stellan and Iranian Foreign Minister Dariush Kazemzadeh read out the agreement at the UN complex in Vienna after a last round of talks.',
        'Stellan called it a sign of hope for the whole world.',
        'In Tehran, President Ramin Sadeghzadeh said in a speech on state television that a new page had been turned.',
      ],
      { dateline: { place: 'Vienna', date: null }, source: 'AFP' },
    );
    expect(person(a, 'Ramin Sadeghzadeh')?.participant).toBe(false);
    expect(taking(a)).toContain('Mira Stellan');
  });
});

describe("names in crowded lists and envoys' posts", () => {
  it('finds each name of "A, B and C, members of X\'s entourage, attended" and gives them the shared role', () => {
    const a = article('Lanvik joins leaders at summit', [
      'President Ivo Lanvik on Friday joined leaders at the summit.',
      "Tao Minrui, Guo Halin and Fen Jiadong, members of Lanvik's entourage, attended the events.",
    ]);
    expect(taking(a)).toEqual(['Ivo Lanvik', 'Tao Minrui', 'Guo Halin', 'Fen Jiadong']);
    expect(person(a, 'Guo Halin')?.roles).toEqual(["members of Lanvik's entourage"]);
  });

  it('reads "Secretary of State-designate X" and "Ambassador to the UN Y, who …" as titled names', () => {
    const a = article('Ministers meet in Valmora', [
      'Foreign ministers met in Valmora on Tuesday.',
      'Secretary of State-designate Bram Oldfield will attend the next meeting.',
      'Ambassador to the UN Selim Karadag, who addressed the meeting, rejected the plan.',
    ]);
    expect(person(a, 'Bram Oldfield')?.roles).toEqual(['Secretary of State-designate']);
    expect(person(a, 'Bram Oldfield')?.country).toBe('United States');
    expect(person(a, 'Selim Karadag')?.roles).toEqual(['Ambassador to the UN']);
  });
});

describe('countries and sides in crowded stories', () => {
  it('places a "Guinean President" in Guinea among other guests\' nationalities', () => {
    const a = article('Host holds dialogue with guest leaders', [
      'President Ivo Lanvik will host a dialogue with Thai Prime Minister Prasert Wongsiri and Guinean President Mamady Sylla on Tuesday.',
    ]);
    expect(person(a, 'Mamady Sylla')?.country).toBe('Guinea');
  });

  it('keeps "the summit\'s host", who welcomed all the leaders, out of a bilateral meeting on its sidelines', () => {
    const a = article('Lanvik, Orsini hold first formal talks in six years on sidelines of summit', [
      'President Ivo Lanvik met Prime Minister Dario Orsini on Wednesday on the sidelines of the summit in Kazan.',
      "Earlier on Wednesday, President Aleksei Voronin, the summit's host, welcomed the leaders at the expo center.",
    ]);
    expect(taking(a)).toEqual(['Ivo Lanvik', 'Dario Orsini']);
  });
});

describe('senders and relatives named beside a delegation', () => {
  it('keeps the leader whose sister led the delegation, and who sent the invitation, out; the sister who handed it over takes part', () => {
    const a = article("Lanvik meets delegation led by Ruvan Teska's sister, receives invitation", [
      "President Ivo Lanvik on Saturday received an invitation from leader Ruvan Teska to visit his capital, delivered by the leader's sister at a luncheon.",
      'Mira Teska, a senior party official, handed Lanvik a personal letter from her brother, the spokesman said.',
    ]);
    expect(taking(a)).toEqual(['Ivo Lanvik', 'Mira Teska']);
  });
});
