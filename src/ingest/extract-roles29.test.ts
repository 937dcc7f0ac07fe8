// Roles written exactly as the text gives them (session 29), on invented sentences: person pages show each office as
// extracted, so a title cut before its qualifiers, two offices run together or a "then-" kept is what a reader sees.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle as article } from './test-article.ts';

const rolesOf = (paragraphs: string[], name: string) =>
  extractEntities(article('Leaders meet', paragraphs), emptyKnowledge).people.find((p) => p.name === name)
    ?.roles;

const lede = (sentence: string) => [`OSLO, May 9 (Xinhua) -- ${sentence}`];

describe('a lower-case title keeps the words that qualify it', () => {
  it('keeps the nouns before a lower-case head', () => {
    const text = lede(
      'Finance Minister Ola Brekke chaired the talks with central bank chief Lars Tveit and met parliament speaker Per Holm.',
    );
    expect(rolesOf(text, 'Lars Tveit')).toEqual(['central bank chief']);
    expect(rolesOf(text, 'Per Holm')).toEqual(['parliament speaker']);
  });

  it('keeps a nationality and adjectives, and "former" before them', () => {
    const text = lede(
      'The prize went to Norwegian opposition politician Jon Dahl, and the session was chaired by former regional leader Kari Lund.',
    );
    expect(rolesOf(text, 'Jon Dahl')).toEqual(['Norwegian opposition politician']);
    expect(rolesOf(text, 'Kari Lund')).toEqual(['former regional leader']);
  });

  it('keeps a participle that qualifies the title ("defending champion")', () => {
    const text = lede('The race was won by two-time defending champion Lars Vik on Sunday.');
    expect(rolesOf(text, 'Lars Vik')).toEqual(['two-time defending champion']);
  });

  // Session 35: the contest's verb opens the qualifiers after it as a listed verb does ("farm minister", 661's gold).
  it('never glues on a contest verb or a preposition (the qualifiers after the verb stay)', () => {
    const text = lede(
      'Brekke, 64, beat farm minister Tor Berg in a runoff, and Holm lobbed the ball over goalkeeper Arne Lie.',
    );
    expect(rolesOf(text, 'Tor Berg')).toEqual(['farm minister']);
    expect(rolesOf(text, 'Arne Lie')).toEqual(['goalkeeper']);
  });

  it('leaves out a word after a number and a capitalised weekday', () => {
    const text = lede(
      'The 500 krone note physiologist Sven Aas was honoured, and the marathon on Sunday features Swedish star Ebba Nyberg.',
    );
    expect(rolesOf(text, 'Sven Aas')).toEqual(['physiologist']);
    expect(rolesOf(text, 'Ebba Nyberg')).toEqual(['Swedish star']);
  });
});

describe("a place's name or a sentence's first word before a lower-case title", () => {
  it('keeps a country or a city before the title, not a place after "in"', () => {
    const text = lede(
      'Taiwan regional leader Jon Dahl met Delhi police chief Lars Vik, and they later met in Oslo police chief Arne Lie.',
    );
    expect(rolesOf(text, 'Jon Dahl')).toEqual(['Taiwan regional leader']);
    expect(rolesOf(text, 'Lars Vik')).toEqual(['Delhi police chief']);
    expect(rolesOf(text, 'Arne Lie')).toEqual(['police chief']);
  });

  it("keeps a sentence's capitalised first word that qualifies the title, not a word of time", () => {
    const text = [
      'OSLO, May 9 (Xinhua) -- The court closed the case on Monday.',
      'Ad hoc prosecutor Per Holm told the court the case was closed.',
      'Yesterday police chief Tor Berg resigned.',
    ];
    expect(rolesOf(text, 'Per Holm')).toEqual(['Ad hoc prosecutor']);
    expect(rolesOf(text, 'Tor Berg')).toEqual(['police chief']);
  });
});

describe('a word of tenure stays with the title', () => {
  it('keeps "outgoing" and "incoming" as it keeps "former"', () => {
    const text = lede(
      'Carl Moe replaces outgoing Prime Minister Jon Dahl, and the bank will be led by incoming governor Kari Lund.',
    );
    expect(rolesOf(text, 'Jon Dahl')).toEqual(['outgoing Prime Minister']);
    expect(rolesOf(text, 'Kari Lund')).toEqual(['incoming governor']);
  });

  it('drops a hyphened "then-" as it drops "then"', () => {
    const text = lede('The accord was signed in 2009 by then-President Ola Brekke in Bergen.');
    expect(rolesOf(text, 'Ola Brekke')).toEqual(['President']);
  });
});

describe('two offices joined by "and" in one role phrase', () => {
  it('splits a title with its complement from the next capitalised title', () => {
    const text = lede(
      'Talks were held with the Crown Prince of Oslo and Deputy Supreme Commander of the Norwegian Armed Forces, Sheikh Kari Lund.',
    );
    expect(rolesOf(text, 'Kari Lund')).toEqual([
      'Crown Prince of Oslo',
      'Deputy Supreme Commander of the Norwegian Armed Forces',
    ]);
  });

  it('keeps a portfolio of two fields whole', () => {
    const text = lede('Minister for Trade and Industry Jon Dahl attended the talks.');
    expect(rolesOf(text, 'Jon Dahl')).toEqual(['Minister for Trade and Industry']);
  });
});

describe('a style of address after an office is a role of its own', () => {
  it('splits "Professor" and "Justice" after a title head, and "General" after "head of state"', () => {
    const text = lede(
      'Chief Adviser Professor Ola Brekke met judge Justice Per Holm and former Norwegian head of state General Jon Dahl.',
    );
    expect(rolesOf(text, 'Ola Brekke')).toEqual(['Chief Adviser', 'Professor']);
    expect(rolesOf(text, 'Per Holm')).toEqual(['judge', 'Justice']);
    expect(rolesOf(text, 'Jon Dahl')).toEqual(['former Norwegian head of state', 'General']);
  });

  it('keeps "Chief Justice" and "Supreme Court Justice" whole', () => {
    const text = lede('Chief Justice Kari Lund swore in the cabinet with Supreme Court Justice Lars Vik.');
    expect(rolesOf(text, 'Kari Lund')).toEqual(['Chief Justice']);
    expect(rolesOf(text, 'Lars Vik')).toEqual(['Supreme Court Justice']);
  });
});
