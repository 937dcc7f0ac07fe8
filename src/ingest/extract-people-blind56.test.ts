// People seen first in the fifty-sixth blind round of held-out articles (Asia-Pacific and South Asian agencies:
// honorific styles before names, long title chains, names in local order, courtesy calls beside the main event), on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const wire = (place: string, source: string) => ({ dateline: { place, date: null }, source });

describe('royal and court styles before a name', () => {
  it('reads past the Khmer royal styles "Preah Bat Samdech Preah Boromneath" and "Samdech Preah Akka Moheseyi"', () => {
    const a = article('Prime minister conveys royal greetings', [
      'Prime Minister Sok Virak conveyed the greetings of His Majesty Preah Bat Samdech Preah Boromneath Norodom Vichet, King of Cambodia, and Samdech Preah Akka Moheseyi Norodom Sovanna, Queen-Mother of Cambodia.',
    ]);
    expect(person(a, 'Norodom Vichet')?.roles).toEqual(['King of Cambodia']);
    expect(person(a, 'Norodom Sovanna')?.roles).toEqual(['Queen-Mother of Cambodia']);
  });

  it('reads "the late King-Father" as a title before the name', () => {
    const a = article('Leaders recall ties', [
      'The ties were forged by His Majesty the late King-Father Norodom Vichet and the founders of the republic.',
    ]);
    expect(person(a, 'Norodom Vichet')?.roles).toEqual(['late King-Father']);
  });

  it("reads Bhutan's Dzongkha titles (Druk Gyalpo, Lyonchhen) as titles of Bhutan, not as names", () => {
    const a = article('King confers decoration on visiting premier', [
      'His Majesty The Druk Gyalpo Jigme Dorji Namgyal conferred the decoration on the visiting prime minister.',
      'Lyonchhen Karma Dorji read out the citation. His Majesty The Third Druk Gyalpo Ugyen Wangdi hosted a lunch.',
    ]);
    expect(person(a, 'Jigme Dorji Namgyal')).toMatchObject({ roles: ['Druk Gyalpo'], country: 'Bhutan' });
    expect(person(a, 'Karma Dorji')).toMatchObject({ roles: ['Lyonchhen'], country: 'Bhutan' });
    expect(person(a, 'Ugyen Wangdi')?.roles).toEqual(['Third Druk Gyalpo']);
  });
});

describe('courtesy calls beside the main event', () => {
  it('keeps those who "called on" a leader apart from the talks the headline reports', () => {
    const a = article('Lakeland, Rivania adopt vision for partnership', [
      'President Aldo Remi and Prime Minister Tomas Vale adopted a joint vision after talks in Delhi yesterday.',
      'Later, the President called on President Ana Mora at the palace. On Thursday evening, External Affairs Minister Jon Ruiz and National Security Adviser Leo Bravo called on the President at his hotel.',
    ]);
    expect(taking(a)).toEqual(['Aldo Remi', 'Tomas Vale']);
  });

  it('still counts the leaders of an appeal ("called on both sides to …")', () => {
    const a = article('Leaders hold talks', [
      'President Aldo Remi and Prime Minister Tomas Vale held talks in Delhi yesterday and called on both sides to end the fighting.',
    ]);
    expect(taking(a)).toEqual(['Aldo Remi', 'Tomas Vale']);
  });
});
