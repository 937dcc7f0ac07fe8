// Session 36's older leftovers and roles audit, on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

const roles = (a: ReturnType<typeof article>, name: string) => person(a, name)?.roles;

describe('a leader who speaks at home, away from the event', () => {
  const london = { source: 'AP', dateline: { place: 'LONDON', date: 'Jan. 31' } };

  it('takes no part when a country is named in the possessive before the office ("Scotland\'s First Minister")', () => {
    const a = article(
      'Britain leaves the European Union',
      [
        'Britain left the European Union on Friday after years of wrangling, and Prime Minister Edric Corvish marked the moment with a speech in London.',
        "Scotland's First Minister Velmira Maldren said in Glasgow that an independent Scotland would one day rejoin.",
      ],
      london,
    );
    expect(person(a, 'Velmira Maldren')?.roles).toEqual(["Scotland's First Minister"]);
    expect(participantNames(a)).not.toContain('Velmira Maldren');
  });

  it('still takes part when speaking in the city of the event', () => {
    const a = article(
      'Britain leaves the European Union',
      [
        'Britain left the European Union on Friday after years of wrangling, and Prime Minister Edric Corvish marked the moment with a speech in London.',
        "Scotland's First Minister Velmira Maldren said in London that Scotland would return to Europe.",
      ],
      london,
    );
    expect(participantNames(a)).toContain('Velmira Maldren');
  });
});

describe('where an appositive office ends', () => {
  it('ends before "and one of …", a new noun phrase about the person', () => {
    const a = article('Reformers welcome resignation', [
      'Oskar Brannock, chairman of the Muslim organisation Tessaly and one of the loudest critics of the old guard, praised the move.',
    ]);
    expect(roles(a, 'Oskar Brannock')).toEqual(['chairman of the Muslim organisation Tessaly']);
  });

  it('goes on through "with" in a portfolio of relations ("Secretary for Relations with States")', () => {
    const a = article('Talks at the Vatican', [
      'He met Archbishop Marco Quillon, Secretary for Relations with States and International Organizations, on Friday.',
      'Sello Harrowgate, Minister for Relations with Parliament, also attended.',
    ]);
    expect(roles(a, 'Marco Quillon')).toContain(
      'Secretary for Relations with States and International Organizations',
    );
    expect(roles(a, 'Sello Harrowgate')).toEqual(['Minister for Relations with Parliament']);
  });

  it('keeps a portfolio joined by "and" whole', () => {
    const a = article('Cabinet named', [
      'Lena Oderwald, minister of culture and tourism, attended the ceremony.',
    ]);
    expect(roles(a, 'Lena Oderwald')).toEqual(['minister of culture and tourism']);
  });
});

describe('one mocked by the speaker of the event', () => {
  it('is the target, not a party to it, also when named in apposition ("mocked its leader, X, as …")', () => {
    const a = article(
      'President threatens rival state in first UN speech',
      [
        'In a combative debut at the General Assembly, President Edric Corvish threatened on Tuesday to isolate Dresmeria, and mocked its leader, Ivo Quillon, as "the little general".',
      ],
      { source: 'AP', dateline: { place: 'UNITED NATIONS', date: 'Sept. 19' } },
    );
    expect(participantNames(a)).toContain('Edric Corvish');
    expect(participantNames(a)).not.toContain('Ivo Quillon');
  });
});

describe('a companion in life named by a possessive', () => {
  it('has no role: "his partner X" is a tie to another person', () => {
    const a = article('Court acquits minister', [
      'A court on Friday acquitted minister Oskar Brannock, who was in the courtroom for the verdict with his partner Lena Oderwald.',
    ]);
    expect(person(a, 'Lena Oderwald')?.roles).toEqual([]);
  });

  it('keeps a partner of a firm as a role', () => {
    const a = article('Firm names chief', [
      'He founded the company with Edric Corvish, a partner at Tessaly Capital, in 1975.',
    ]);
    expect(person(a, 'Edric Corvish')?.roles).toEqual(['partner at Tessaly Capital']);
  });
});

describe('a lower-case title of a body, then the name, with no comma between', () => {
  it('finds the person after the body\'s name ("the historic leader of the Revolution X")', () => {
    const a = article('Pope meets patriarch', [
      'The bishop visited his cousin, the historic leader of the Revolution Marco Quillon, in 2015.',
      'He later met the head of the Commission Maria Dresmer.',
    ]);
    expect(roles(a, 'Marco Quillon')).toEqual(['historic leader of the Revolution']);
    expect(roles(a, 'Maria Dresmer')).toEqual(['head of the Commission']);
  });

  it('leaves a body named for a person alone', () => {
    const a = article('Foundation event', [
      'The head of the Nelson Mandela Foundation Sello Quillon spoke on Friday.',
    ]);
    expect(person(a, 'Sello Quillon')).toBeUndefined();
  });
});

describe('a two-word demonym before a lower-case title at a later mention', () => {
  it('keeps the compass word ("North Korean leader X"), not "Korean leader"', () => {
    const a = article('Leaders sign declaration', [
      'South Korean President Marco Quillon and North Korean leader Sello Harrowgate agreed on Friday to work for peace.',
      'The two leaders signed the declaration at the Peace House after a morning of talks.',
      'South Korean President Marco Quillon (R) and North Korean leader Sello Harrowgate shake hands across the line.',
    ]);
    expect(roles(a, 'Sello Harrowgate')).toEqual(['North Korean leader']);
  });
});
