// Session 41's leftovers of blind rounds 62 and 57 (held-out 948–961 and 878–891), on invented sentences with invented
// people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('the national side someone plays for', () => {
  const match = (sentence: string) =>
    article(
      "Ghana's President Amanor, 58, plays in charity match in Accra",
      [
        'Ghanaian President Kofi Amanor played for a team of former internationals in a charity match in Accra on Saturday.',
        sentence,
      ],
      { source: 'Reuters', dateline: { place: 'ACCRA', date: null } },
    );

  it('takes "chose to play for the United States" over the country of the relative he is named through', () => {
    const a = match(
      "Amanor's son Kwesi, a forward at a Dutch club, chose to play for the United States last year.",
    );
    expect(person(a, 'Kwesi')?.country).toBe('United States');
  });

  it('reads no country from a club played for', () => {
    const a = match('Former striker Yaw Bekoe Tandoh, who played for Hearts of Oak, scored twice.');
    expect(person(a, 'Yaw Bekoe Tandoh')?.country).toBe('Ghana');
  });
});

describe('caps presented to the captains', () => {
  it('takes the captains the leaders presented caps to as being there', () => {
    const a = article(
      'Prime ministers open Test as cricket marks 50 years of ties',
      [
        'Prime Minister Ravi Chandrakar and his visiting counterpart Owen Lassiter on Thursday opened the second Test in Chennai.',
        'The two leaders presented commemorative caps to the two captains, India’s Arun Velankar and Australia’s Mitch Dorrance, before the toss.',
      ],
      { source: 'PTI', dateline: { place: 'CHENNAI', date: null } },
    );
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Arun Velankar', 'Mitch Dorrance']));
  });
});

describe('"student" as a role', () => {
  const visit = (sentence: string) =>
    article(
      'Premier Tovar tours university on visit to Germany',
      ['Premier Ilan Tovar on Tuesday toured the Technical University of Munich.', sentence],
      { source: 'dpa', dateline: { place: 'MUNICH', date: null } },
    );

  it('reads "a high school student from …" after a name as a role', () => {
    const a = visit(
      'Lena Osterkamp, a high school student from Freising, asked him about his own school years.',
    );
    expect(person(a, 'Lena Osterkamp')?.roles).toContain('high school student');
  });

  it('reads "student" right before a name as a role', () => {
    const a = visit('In the library, student Jonas Wendring showed him a robot built by his class.');
    expect(person(a, 'Jonas Wendring')?.roles).toContain('student');
  });
});

describe('a leader telephoning the parties through the night of the talks', () => {
  const talks = (sentence: string) =>
    article(
      'Parties reach power-sharing deal after all-night talks',
      [
        'Rival party leaders reached a power-sharing agreement on Saturday after talks that ran through the night, with the prime minister pressing them at the table.',
        'Prime Minister Hallam Greaves negotiated face to face with the parties at the conference centre.',
        sentence,
      ],
      { source: 'AP', dateline: { place: 'CARDIFF', date: null } },
    );

  it('takes the caller and the leaders called several times overnight as taking part', () => {
    const a = talks(
      'President Dana Whitlock telephoned Labour leader Osric Penhale and Plaid leader Tegan Morvah several times overnight to press them to settle their differences.',
    );
    expect(participantNames(a)).toEqual(
      expect.arrayContaining(['Dana Whitlock', 'Osric Penhale', 'Tegan Morvah']),
    );
  });

  it('keeps a call overnight to congratulate them apart', () => {
    const a = talks('President Dana Whitlock telephoned Osric Penhale overnight to congratulate him.');
    expect(participantNames(a)).not.toContain('Dana Whitlock');
    expect(person(a, 'Dana Whitlock')?.roles).toEqual(['President']);
    expect(person(a, 'Hallam Greaves')).toMatchObject({ roles: ['Prime Minister'], participant: true });
  });
});

describe('a pair of names described by a pair of nationalities', () => {
  const opening = (sentence: string) =>
    article(
      'Winter Games open with joint march of two Koreas',
      ['The Winter Games opened on Friday with athletes of the two Koreas marching together.', sentence],
      { source: 'Yonhap', dateline: { place: 'GANGNEUNG', date: 'Feb. 9' } },
    );

  it('finds a Korean given name whose last syllable is written with an "h" ("Seo-ah")', () => {
    const a = opening(
      'The flag was carried by Park Seo-ah and Ri Kyong-hui, a South and a North Korean skater.',
    );
    expect(person(a, 'Park Seo-ah')).toBeDefined();
  });

  it('gives each of "A and B, a South and a North Korean skater" the nationality in the same order', () => {
    const a = opening(
      'The flag was carried by Park Seo-ah and Ri Kyong-hui, a South and a North Korean skater.',
    );
    expect(person(a, 'Park Seo-ah')?.country).toBe('South Korea');
    expect(person(a, 'Ri Kyong-hui')?.country).toBe('North Korea');
  });

  it('pairs "a Kenyan and an Ethiopian runner" in order too', () => {
    const a = opening(
      'The torch was then passed to Peter Kamau and Daniel Girma, a Kenyan and an Ethiopian runner.',
    );
    expect(person(a, 'Peter Kamau')?.country).toBe('Kenya');
    expect(person(a, 'Daniel Girma')?.country).toBe('Ethiopia');
  });
});

describe("a side's negotiator at the talks", () => {
  const talks = (sentence: string) =>
    article(
      'Border summit in Arusha ends without agreement after five days of talks',
      [
        'Kenyan President Daniel Kiprono and Tanzanian President Joseph Mchome ended five days of talks in Arusha on Friday without an agreement on the disputed border.',
        sentence,
      ],
      { source: 'Reuters', dateline: { place: 'ARUSHA', date: 'July 25' } },
    );

  it('takes a negotiator named by the nationality of a leader at the summit as taking part', () => {
    const a = talks(
      'Senior Kenyan negotiator Paul Oduya told reporters that the summit had failed over the grazing lands.',
    );
    expect(participantNames(a)).toContain('Paul Oduya');
  });

  it('leaves out a negotiator of a side no one at the summit is of', () => {
    const a = talks(
      'Senior Ugandan negotiator Paul Oduya told reporters in Kampala that the summit had failed.',
    );
    expect(participantNames(a)).not.toContain('Paul Oduya');
    expect(person(a, 'Paul Oduya')).toMatchObject({
      roles: ['Senior Ugandan negotiator'],
      country: 'Uganda',
    });
    expect(participantNames(a)).toEqual(['Daniel Kiprono', 'Joseph Mchome']);
  });
});

describe("the organizing committee's head at a games' opening", () => {
  const games = (title: string, lede: string) =>
    article(
      title,
      [
        lede,
        '"Tonight the whole world is watching our mountains," said Tor Veslund, president of the Lillehammer organizing committee.',
      ],
      { source: 'NTB', dateline: { place: 'LILLEHAMMER', date: 'Feb. 12' } },
    );

  it('takes the president of the organizing committee quoted under an opening ceremony as being there', () => {
    const a = games(
      'King declares Winter Games open in Lillehammer',
      'King Harald Brekke declared the Winter Games open at the opening ceremony in Lillehammer on Saturday.',
    );
    expect(participantNames(a)).toContain('Tor Veslund');
  });

  it('leaves him out under a story of no opening', () => {
    const a = games(
      'Lillehammer ski jump hill passes final safety test',
      'Inspectors passed the rebuilt ski jump hill in Lillehammer as safe on Saturday.',
    );
    expect(participantNames(a)).not.toContain('Tor Veslund');
    expect(person(a, 'Tor Veslund')).toMatchObject({
      roles: ['president of the Lillehammer organizing committee'],
      country: 'Norway',
    });
  });
});
