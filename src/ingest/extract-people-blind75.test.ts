// People seen first in the seventy-fifth blind round of held-out articles (business leaders with governments: a
// bank's chiefs around a finance minister's table, firms named like people, a regulator titled "of the Currency", a
// president's announcement the morning after), on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const ap = { source: 'AP', dateline: { place: 'WASHINGTON', date: null } };

describe('a firm named like a person', () => {
  const a = article(
    'Banks agree to sell stakes after Treasury meeting',
    [
      'The heads of four banks agreed Monday to sell stakes to the government after a meeting with Treasury Secretary Alan Brisk.',
      'Present were Hadley Crane CEO Ann Wyle and Morton Ashby CEO Peter Wass.',
      'The banks will receive $10 billion for Hadley Crane, which another bank is buying, and $8 billion for Morton Ashby.',
    ],
    ap,
  );
  it('is no person where it stands alone, when a title names it as an employer', () => {
    const names = extract(a).people.map((p) => p.name);
    expect(names).not.toContain('Hadley Crane');
    expect(names).not.toContain('Morton Ashby');
    expect(person(a, 'Ann Wyle')?.roles).toEqual(['Hadley Crane CEO']);
  });
  it('is an organisation', () => {
    expect(extract(a).organizations).toEqual(expect.arrayContaining(['Hadley Crane', 'Morton Ashby']));
  });
  it('leaves a person with a title of their own alone', () => {
    const b = article(
      'Minister meets bankers',
      [
        'Finance Minister Hadley Crane met Crane Holdings CEO Ann Wyle on Monday.',
        'Hadley Crane said the talks were useful.',
      ],
      ap,
    );
    expect(person(b, 'Hadley Crane')?.roles).toEqual(['Finance Minister']);
  });
});

describe('a capitalised title of a body before a name', () => {
  it('"Comptroller of the Currency X" names X with the title', () => {
    const a = article(
      'Regulators meet bankers',
      [
        'Treasury Secretary Alan Brisk met the bankers on Monday.',
        'Brisk was joined by Comptroller of the Currency Martin Ebbel.',
      ],
      ap,
    );
    expect(person(a, 'Martin Ebbel')?.roles).toEqual(['Comptroller of the Currency']);
  });
});

describe('those at the table of the meeting reported', () => {
  it('"flanked at the conference table by" and "Across from them sat" list them', () => {
    const a = article(
      'Banks agree to sell stakes after Treasury meeting',
      [
        'The heads of three banks agreed Monday to sell stakes to the government after a meeting at the Treasury with Treasury Secretary Alan Brisk.',
        'Brisk was flanked at the conference table by central bank chief Nora Pell and Rudi Kamm, president of the Federal Deposit Fund.',
        'Across from them sat Orbis Bank CEO Ann Wyle; Lena Faro, chairman and chief executive of Keston Trust; and Teller Bank CEO Peter Wass.',
      ],
      ap,
    );
    expect(participantNames(a)).toEqual(
      expect.arrayContaining(['Alan Brisk', 'Nora Pell', 'Rudi Kamm', 'Ann Wyle', 'Lena Faro', 'Peter Wass']),
    );
  });
});

describe('a weekday before a part of the day', () => {
  it('"announced the plan Tuesday morning" is another day than the Monday the lede reports', () => {
    const a = article(
      'Banks agree to sell stakes after Treasury meeting',
      [
        'The heads of three banks agreed Monday to sell stakes to the government after a meeting at the Treasury, where Treasury Secretary Alan Brisk told them it was in their interest.',
        'President Tomas Reyl announced the plan Tuesday morning.',
      ],
      ap,
    );
    expect(person(a, 'Tomas Reyl')?.participant).toBe(false);
    expect(person(a, 'Alan Brisk')?.participant).toBe(true);
  });
});
