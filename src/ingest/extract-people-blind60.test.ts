// People seen first in the sixtieth blind round of held-out articles (monarchs, royals and religious leaders in
// diplomacy: popes by their papal and birth names, Gulf royal styles, coronations and funerals), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  participantNames as taking,
  personNamed as person,
  extractTest,
  testArticle as article,
} from './test-article.ts';

const names = (a: ReturnType<typeof article>) => extractTest(a).people.map((p) => p.name);

describe('names of popes, royals and their followers', () => {
  it('makes a birth name after ", born" the alias of the pope the sentence opens with', () => {
    const a = article('Pope Gregory XVII arrives in Ruritania', [
      'Pope Gregory XVII arrived in Ruritania on Thursday for a four-day visit.',
      'The pontiff, born Karl Grauber in Linz, told the crowd that faith had no borders.',
      'Grauber was elected in 2019.',
    ]);
    expect(names(a)).toEqual(['Gregory XVII']);
    expect(person(a, 'Gregory XVII')?.aliases).toEqual(expect.arrayContaining(['Karl Grauber', 'Grauber']));
  });

  it('finds no person in a creed\'s followers ("Roman Catholics", "a Roman Catholic")', () => {
    const a = article('Cardinal meets president', [
      'Cardinal Tomas Verlain, leader of the country’s Roman Catholics, met President Ivo Lindqvist on Monday.',
      'Lindqvist, a Roman Catholic, thanked the cardinal.',
    ]);
    expect(names(a)).toEqual(['Tomas Verlain', 'Ivo Lindqvist']);
  });

  it('reads a title word before "Jr." as the surname of the man it ends', () => {
    const a = article('President receives gifts', [
      'The president gave his host a set of books by Elmer King Jr. on Wednesday.',
    ]);
    expect(names(a)).toEqual(['Elmer King Jr']);
  });

  it('leaves a Gulf royal woman\'s style "Sheikha" out of her name', () => {
    const a = article('Amir hosts banquet', [
      'The Amir and his spouse, Her Highness Sheikha Mariam bint Khalid Al-Hamdan, hosted a banquet on Tuesday.',
    ]);
    expect(names(a)).toContain('Mariam bint Khalid Al-Hamdan');
  });

  it('finds the minister after "Minister for Europe and Foreign Affairs"', () => {
    const a = article('Talks held in Paris', [
      'The talks were attended by HE Minister for Europe and Foreign Affairs Paul Vernier and other officials.',
    ]);
    expect(person(a, 'Paul Vernier')?.roles).toEqual(['Minister for Europe and Foreign Affairs']);
    expect(taking(a)).toContain('Paul Vernier');
  });
});
