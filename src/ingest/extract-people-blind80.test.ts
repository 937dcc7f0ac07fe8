// People seen first in the eightieth blind round of held-out articles (women in diplomacy and the forms of their
// names: South Asian and British styles, a first lady beside her husband's title, "Md." names, a nationality that
// describes another, an office of a place before an unknown name, a mother sworn in by her daughter), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const local = { source: null, dateline: null };
const datelined = (place: string) => ({ source: null, dateline: { place, date: null } });

describe("a woman's styles", () => {
  it('reads "Mohtarma" and "Begum" before a name as styles, and "Begum X" later as the same woman', () => {
    const a = article(
      'Ministers meet',
      [
        'Prime Minister Mohtarma Sadia Anjum received the delegation on Monday.',
        'Senior Minister Begum Nasreen Orvane was also present. Begum Orvane later hosted a lunch.',
      ],
      datelined('ISLAMABAD'),
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Sadia Anjum', 'Nasreen Orvane']);
    expect(person(a, 'Nasreen Orvane')?.aliases).toEqual(['Orvane']);
  });

  it('reads "Baroness X" as the peeress named in full before, no one else', () => {
    const a = article(
      'EU envoy visits',
      [
        'EU foreign policy chief Teodora Belcourt arrived in the capital on Monday.',
        'Baroness Belcourt met the acting president in the afternoon.',
      ],
      local,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Teodora Belcourt']);
  });
});

describe("a first lady beside her husband's title", () => {
  it('gives "President X" to the president named in full, not to a new namesake', () => {
    const a = article(
      'Leader meets first lady',
      [
        'President Liu Zhiwei met U.S. First Lady Ann Grady on Friday and asked her to convey his regards to President Tom Grady.',
        'Liu said he and President Grady had agreed to build closer ties.',
      ],
      local,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Liu Zhiwei', 'Ann Grady', 'Tom Grady']);
    expect(person(a, 'Tom Grady')?.aliases).toEqual(['Grady']);
  });
});

describe('"Mrs." before a surname that is also a given name', () => {
  it('reads "Mrs. Grady" as the woman of that surname, and places her relatives by her', () => {
    const a = article(
      'First lady visits',
      [
        'President Liu Zhiwei met U.S. First Lady Ann Grady on Friday.',
        'Mrs. Grady arrived on Thursday with her mother, Rose Delacy.',
      ],
      local,
    );
    expect(person(a, 'Ann Grady')?.aliases).toEqual(['Grady']);
    expect(person(a, 'Rose Delacy')?.country).toBe('United States');
  });
});

describe('"Md." opening a name', () => {
  it('keeps the abbreviation of Mohammad in the name, and the sentence whole', () => {
    const a = article(
      'Talks held',
      ['Foreign Secretary Md. Rafiqul Zaheer told reporters the talks had gone well.'],
      datelined('DHAKA'),
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Md. Rafiqul Zaheer']);
    expect(person(a, 'Md. Rafiqul Zaheer')?.roles).toEqual(['Foreign Secretary']);
  });

  it('still ends a sentence at Maryland\'s "Md." after its town', () => {
    const a = article(
      'Conference opens',
      ['The conference opened in Bethesda, Md. Governor Greta Wenzel spoke first.'],
      local,
    );
    expect(person(a, 'Greta Wenzel')?.roles).toEqual(['Governor']);
  });
});

describe("India's External Affairs Minister from an outlet of no known country", () => {
  it('places the minister in India when the story names India', () => {
    const a = article(
      'Minister calls on premier',
      [
        'External Affairs Minister Meera Kessling called on Prime Minister Imtiaz Saltan here on Monday and said India would stand with Bangladesh.',
      ],
      datelined('DHAKA'),
    );
    expect(person(a, 'Meera Kessling')?.country).toBe('India');
  });
});

describe('a nationality and an office that describe another', () => {
  it('does not give the nationality of "X, who is the first Indian prime minister …" to the one X invited', () => {
    const a = article(
      'Leaders sign pact',
      [
        'Pakistan and India signed a pact on Saturday.',
        'Mr Talib, who is the second Indian prime minister to visit Pakistan since 2004, invited Ms Sadia Anjum to visit New Delhi.',
        "The Indian prime minister's last engagement was a call on President Zaheer Imtiaz at the presidency.",
      ],
      datelined('ISLAMABAD'),
    );
    expect(person(a, 'Sadia Anjum')?.country).toBe('Pakistan');
    expect(person(a, 'Zaheer Imtiaz')?.country).toBe('Pakistan');
  });

  it('still reads "the last visit by an Indian prime minister … was made by X" as hers', () => {
    const a = article(
      'Chancellor visits',
      [
        'The last visit here by an Indian prime minister was made by Sunita Malvik in 1971, the embassy recalled.',
      ],
      datelined('VIENNA'),
    );
    expect(person(a, 'Sunita Malvik')?.country).toBe('India');
  });
});

describe('the office of a place before a name the lexicon lacks', () => {
  it('reads "Patriarch of Jerusalem X Y" and "Mayor of Lagos X Y" as titled names', () => {
    const a = article(
      'Dignitaries gather',
      [
        'The guests who greeted the king at the airport included Latin Patriarch of Jerusalem Elias Saltan.',
        'Mayor of Lagos Tunde Bakare also attended.',
      ],
      local,
    );
    expect(person(a, 'Elias Saltan')?.roles).toEqual(['Latin Patriarch of Jerusalem']);
    expect(person(a, 'Tunde Bakare')?.roles).toEqual(['Mayor of Lagos']);
  });
});

describe('one sworn in after a description', () => {
  it('gives "swore in her mother, Mrs X, as Prime Minister" the office', () => {
    const a = article(
      'Mother sworn in',
      ['President Anika Perera today swore in her mother, Mrs Lalitha Perera, as Prime Minister.'],
      datelined('COLOMBO'),
    );
    expect(person(a, 'Lalitha Perera')?.roles).toEqual(['Prime Minister']);
  });
});
