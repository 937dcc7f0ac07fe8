// Held-out leftovers of session 29 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a bare office the dateline country holds twice', () => {
  it('is the current one when the other holder is named in a sentence of an earlier year', () => {
    const a = article(
      'Tomas Ferrand, diplomat who shaped Norlandic policy, dies at 97',
      [
        'Tomas Ferrand, the diplomat who shaped foreign policy for decades, died on Wednesday at his home.',
        'He became chief of staff to President Ray Harlan in 1971 and kept the post for six years.',
        'Vessian Prime Minister Ana Ruiz sent a message of condolence to President Mateo Larrain.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null }, date: '2023-11-30' },
    );
    expect(person(a, 'Ray Harlan')?.country).toBe('United States');
    expect(person(a, 'Mateo Larrain')?.country).toBe('United States');
  });

  it("is the lede's visitors' when the dateline's holder is another", () => {
    const a = article(
      'Ferrand leads congressional delegation to Kyiv',
      [
        'House Speaker Tomas Ferrand led a delegation of U.S. lawmakers on a visit to Kyiv, meeting with Ukrainian President Ivan Solano.',
        'The visit came days after President Mateo Larrain asked Congress for new aid.',
      ],
      { source: 'AP', dateline: { place: 'KYIV, Ukraine', date: null }, date: '2022-05-01' },
    );
    expect(person(a, 'Ivan Solano')?.country).toBe('Ukraine');
    expect(person(a, 'Mateo Larrain')?.country).toBe('United States');
  });
});

describe('an EFE story filed from a city of the United States', () => {
  it("writes the state's officials bare", () => {
    const a = article(
      'Rescuers recover two more bodies from collapsed bridge',
      [
        'Divers on Wednesday recovered the bodies of a Peruvian and a Bolivian worker from the river, two days after the collapse of the bridge, state police said.',
        'Governor Tomas Ferrand said the workers were "hard-working people".',
      ],
      { source: 'EFE', dateline: { place: 'Pittsburgh', date: 'Mar 28' }, date: '2024-03-28' },
    );
    expect(person(a, 'Tomas Ferrand')?.country).toBe('United States');
  });
});

describe('a name ending in "Jr." before "and"', () => {
  it('leaves the nationalities after it to the other conjunct', () => {
    const a = article(
      'Dizon, Tanabe agree to start talks on defence pact',
      [
        'President Ramon Dizon Jr. and Japanese Prime Minister Kenji Tanabe on Friday agreed to begin talks on a pact that would allow Filipino and Japanese troops to train together.',
      ],
      { source: 'PNA', dateline: { place: 'MANILA', date: null } },
    );
    expect(person(a, 'Ramon Dizon Jr')?.country).toBe('Philippines');
  });
});

describe("an office a seat of government's possessive opens", () => {
  const call = (seat: string) =>
    article(
      'Ferrand congratulates Solano on his birthday in phone call',
      [
        `President Tomas Ferrand held a telephone conversation with President of Russia Ivan Solano on Saturday, ${seat} press secretary Ana Ruiz said.`,
      ],
      { source: 'Kazinform', dateline: { place: 'ASTANA', date: null } },
    );

  it("is that government's, not the country named last in the sentence", () => {
    expect(person(call("the Elysee's"), 'Ana Ruiz')?.country).toBe('France');
    expect(person(call("Downing Street's"), 'Ana Ruiz')?.country).toBe('United Kingdom');
  });
});

describe("a former international official named as the story's relative", () => {
  const died = (relative: string) =>
    article(
      'Rice scientist Ravi Menon passes away at 96',
      [
        'Agricultural scientist Ravi Menon, hailed as the father of the country’s rice revolution, died at his residence here on Thursday, family sources said.',
        `Menon is survived by his two daughters, among them former World Health Organization chief scientist ${relative}.`,
      ],
      { source: 'PTI', dateline: { place: 'Chennai', date: 'Sep 28' } },
    );

  it("is of the family's country", () => {
    expect(person(died('Lakshmi Menon'), 'Lakshmi Menon')?.country).toBe('India');
  });

  it('is still the body’s where no one of the story shares the name', () => {
    expect(person(died('Lakshmi Varadan'), 'Lakshmi Varadan')?.country).toBeNull();
  });
});

describe('a ministry by the name only one country gives it', () => {
  it("is that country's before the outlet's own default", () => {
    const a = article(
      'HH the Amir, Indian Prime Minister hold official talks in New Delhi',
      [
        'His Highness the Amir Sheikh Tomas bin Hamad Al-Marri and HE Prime Minister of the friendly Republic of India Ravi Menon held an official talks session in New Delhi on Tuesday.',
        'For his part, HH the Amir stressed the wish of the State of Qatar to strengthen its relations with India.',
        'Present at the session were HE Minister of External Affairs Dr. Anil Varadan and members of the official delegation accompanying HH the Amir.',
      ],
      { source: 'QNA', dateline: { place: 'New Delhi', date: 'February 18' } },
    );
    expect(person(a, 'Anil Varadan')?.country).toBe('India');
  });
});

describe('at a swearing-in', () => {
  const sworn = 'Tomas Ferrand sworn in as Norland’s ninth president as regional leaders look on';

  it('one sat beside in the front row is there', () => {
    const a = article(sworn, [
      'Tomas Ferrand was sworn in as Norland’s ninth president on Monday before the People’s Assembly.',
      'Former President Ivan Solano sat in the front row with his wife Ana, next to Mira Kessler, chairwoman of Ferrand’s Unity Party.',
    ]);
    expect(person(a, 'Mira Kessler')?.participant).toBe(true);
  });

  it('so is the relative who holds the Bible sworn on', () => {
    const a = article(sworn, [
      'Tomas Ferrand was sworn in as Norland’s ninth president on Monday before the People’s Assembly.',
      'Chief Justice Ivan Solano administered the oath shortly after noon, with Ferrand’s hand resting on a Bible held by his wife, Lena.',
    ]);
    expect(person(a, 'Lena')?.participant).toBe(true);
  });

  it('a relative named only as such is not', () => {
    const a = article(sworn, [
      'Tomas Ferrand was sworn in as Norland’s ninth president on Monday before the People’s Assembly.',
      'Chief Justice Ivan Solano administered the oath shortly after noon. The new president thanked his late father, Karl.',
    ]);
    expect(person(a, 'Karl')?.participant).toBe(false);
  });
});

describe('one a visiting delegation met, in its leader’s words', () => {
  it('is of the country the lede sets the talks in, not the speaker’s', () => {
    const a = article(
      'Regional envoys hold talks with junta leader',
      [
        'A delegation of the regional bloc led by former Nigerian head of state General Tomas Ferrand has held talks in Niamey with General Ivan Solano, the leader of the military government.',
        'Ferrand told journalists after the talks that the visit had been "useful". He added that the delegation had also met the deposed President, Ana Ruiz, under house arrest since the coup.',
      ],
      { source: 'GNA', dateline: { place: 'Accra', date: 'Aug. 20' } },
    );
    expect(person(a, 'Ana Ruiz')?.country).toBe('Niger');
  });
});

describe('one who stands in for a leader who stayed away', () => {
  it('is of the leader’s country, not the host’s', () => {
    const a = article(
      'Ferrand opens regional summit with call for unity',
      [
        'President Tomas Ferrand opened the summit of the regional community in Buenos Aires on Tuesday, calling for unity.',
        'Mexican President Ivan Solano did not travel either; Foreign Minister Ana Ruiz read a message in which Solano proposed an economic union of the region.',
      ],
      { source: 'Télam', dateline: { place: 'Buenos Aires', date: 'January 24' } },
    );
    expect(person(a, 'Ana Ruiz')?.country).toBe('Mexico');
  });
});

describe("a chargé d'affaires", () => {
  it("is of the country of the story's ambassadors", () => {
    const a = article(
      'New U.S. ambassador Ferrand arrives in Seoul, vows to deepen ties',
      [
        'Tomas Ferrand, the new U.S. ambassador to South Korea, reached Seoul on Thursday, taking up a post that had stood empty for a year.',
        "At the airport he was greeted by foreign ministry officials and by Chargé d'Affaires Ivan Solano, who had run the embassy while the post of ambassador was empty.",
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'July 21' } },
    );
    expect(person(a, 'Ivan Solano')?.country).toBe('United States');
  });
});

describe('a Korean given name whose first syllable is a lone vowel', () => {
  it('is shaped like a Korean name in a Japanese outlet’s story of South Korea', () => {
    const a = article(
      'Dozens hurt as airliner skids off runway at S. Korean airport',
      [
        'A passenger jet skidded off a runway at a regional airport in South Korea on Sunday, injuring dozens of people.',
        'Norair Chief Executive Park O-min bowed deeply at a news conference in Seoul.',
      ],
      { source: 'Kyodo News', dateline: null },
    );
    expect(person(a, 'Park O-min')?.country).toBe('South Korea');
  });
});

describe('a relative who acts at a burial', () => {
  it('takes part when the headline says the leaders bury the dead', () => {
    const a = article('World leaders bury Ferrand in Norburg', [
      'Leaders from around the world gathered in Norburg on Monday for the funeral of Prime Minister Tomas Ferrand.',
      "Ferrand's granddaughter, Lena Solano, moved many to tears as she spoke about her grandfather.",
    ]);
    expect(person(a, 'Lena Solano')?.participant).toBe(true);
  });
});
