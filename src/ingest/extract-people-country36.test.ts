// Whose country: the host's officials in a visit story, a counterpart reached by a call, an envoy's host; on invented
// sentences with invented people (none of them is in the held-out files).
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const undated = { dateline: null, source: null };

describe('a visit the headline names, with no dateline', () => {
  const visit = (title: string, paragraphs: string[]) => article(title, paragraphs, undated);

  it('gives the host\'s country to a bare-titled local met by the visitor ("X in Beirut")', () => {
    const a = visit('Dumesnil in Beirut — French president meets leaders after the blast', [
      'French President Pierre Dumesnil landed at the airport on Thursday for a visit of a few hours.',
      'He was welcomed by President Fadi Kassar and later held talks with Prime Minister Tahmid Rolland.',
    ]);
    expect(person(a, 'Fadi Kassar')?.country).toBe('Lebanon');
    expect(person(a, 'Tahmid Rolland')?.country).toBe('Lebanon');
    expect(person(a, 'Pierre Dumesnil')?.country).toBe('France');
  });

  it('reads "X visits <City>" as a visit too', () => {
    const a = visit('Dumesnil visits Beirut after the blast', [
      'French President Pierre Dumesnil landed at the airport on Thursday for a visit of a few hours.',
      'He was welcomed by President Fadi Kassar.',
    ]);
    expect(person(a, 'Fadi Kassar')?.country).toBe('Lebanon');
  });

  it("leaves the visitor's own party to the visitor's side", () => {
    const a = visit('Dumesnil in Beirut — French president meets leaders after the blast', [
      'French President Pierre Dumesnil landed at the airport on Thursday for a visit of a few hours.',
      'He was accompanied by Minister Tahmid Rolland.',
    ]);
    expect(person(a, 'Tahmid Rolland')).toBeDefined();
    expect(person(a, 'Tahmid Rolland')?.country).not.toBe('Lebanon');
  });

  it('gives no host when the headline names no place of another country', () => {
    const a = visit('Dumesnil in talks on aid after the blast', [
      'French President Pierre Dumesnil spoke on Thursday about the aid.',
      'He was joined by President Fadi Kassar.',
    ]);
    expect(person(a, 'Fadi Kassar')).toBeDefined();
    expect(person(a, 'Fadi Kassar')?.country).not.toBe('Lebanon');
  });
});

describe('a counterpart reached by a call', () => {
  const hatay = { dateline: { place: 'HATAY, Türkiye', date: 'Feb 12' }, source: 'Anadolu Agency' };

  it('is not read as a past holder of the caller\'s country\'s office ("Greek PM X phoned President Y")', () => {
    const a = article(
      'Greek foreign minister visits quake zone',
      [
        'Greek Foreign Minister Nikos Varvakis on Sunday visited the quake zone with his Turkish counterpart Mert Ozkan.',
        'Earlier in the week, Greek Prime Minister Andreas Katsaros phoned President Kemal Aksoylu to offer sympathy and promise that Greek rescuers would come.',
        'Greek President Eleni Katsarou also sent a message of condolence to Aksoylu.',
      ],
      hatay,
    );
    expect(person(a, 'Kemal Aksoylu')?.country).toBe('Turkey');
  });
});

describe("an envoy's dealings at their post", () => {
  const dhaka = { dateline: { place: 'Dhaka', date: 'Jan 21' }, source: 'UNB' };

  it("places the official an envoy hands a gift to in the host's country", () => {
    const a = article(
      'India hands over medicines as gift',
      [
        'Indian High Commissioner Vikas Ravindran on Thursday handed over a consignment of medicines, gifted by the Indian government, to Health Minister Abul Chowdhury at a ceremony.',
      ],
      dhaka,
    );
    expect(person(a, 'Abul Chowdhury')?.country).toBe('Bangladesh');
    expect(person(a, 'Vikas Ravindran')?.country).toBe('India');
  });

  it("keeps the envoy's own leader, of whom the envoy speaks, in the envoy's country", () => {
    const a = article(
      'India hands over medicines as gift',
      [
        'Indian High Commissioner Vikas Ravindran said Prime Minister Arjun Mehra had approved the gift from the Indian government.',
      ],
      dhaka,
    );
    expect(person(a, 'Arjun Mehra')?.country).toBe('India');
  });
});

describe('a bare office after a sentence of someone coming to a capital', () => {
  it('is held in the capital\'s country ("came to Tbilisi … Now President X has signed")', () => {
    const a = article(
      'Minister says talks are over',
      [
        'Russian President Oleg Kuvshinov said the talks had been close to a deal. Former Canadian Prime Minister Paul Hartley came to Tbilisi and told them to hold firm. Now President Irakli Beridze has signed a decree ending the talks.',
      ],
      undated,
    );
    expect(person(a, 'Irakli Beridze')?.country).toBe('Georgia');
    expect(person(a, 'Paul Hartley')?.country).toBe('Canada');
  });

  it('is not placed by a city named without anyone coming to it', () => {
    const a = article(
      'Minister says talks are over',
      [
        'Russian President Oleg Kuvshinov said the talks had been close to a deal. Former Canadian Prime Minister Paul Hartley spoke about Tbilisi and told them to hold firm. Now President Irakli Beridze has signed a decree ending the talks.',
      ],
      undated,
    );
    expect(person(a, 'Irakli Beridze')).toBeDefined();
    expect(person(a, 'Irakli Beridze')?.country).not.toBe('Georgia');
  });
});

describe('a nationality of someone unnamed', () => {
  it('does not place one whose clause names "a Turkish woman" beside them', () => {
    const a = article(
      'Relief teams return home',
      [
        'The minister met the doctors of the field hospital. One was Major Devika Rathore, whose picture beside a Turkish woman went round the world.',
      ],
      undated,
    );
    expect(person(a, 'Devika Rathore')).toBeDefined();
    expect(person(a, 'Devika Rathore')?.country).not.toBe('Turkey');
  });

  it('still places one described as "a Turkish woman" in their own appositive', () => {
    const a = article(
      'Relief teams return home',
      ['The rescuers found Elif Yavuzer, a Turkish woman of 70, alive in the rubble.'],
      undated,
    );
    expect(person(a, 'Elif Yavuzer')?.country).toBe('Turkey');
  });
});
