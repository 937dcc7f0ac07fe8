// People seen first in the eighty-second blind round of held-out articles (pages that are not one plain story: live
// blogs, briefings, factboxes): a leader absent from the summit, a minister a country sends, a country's own of a
// two-word country, a traveller's destination, "Sultan" as a given name before the Arabic article, on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const local = { source: null, dateline: null };

describe('a leader absent from the event', () => {
  it.each([
    'Chancellor Marten Vosberg is not attending.',
    'Chancellor Marten Vosberg is skipping the summit.',
  ])('reads %j as no part in the summit', (sentence) => {
    const a = article(
      'Leaders gather for ocean summit in Lisbon',
      [
        'Leaders of 40 countries gathered in Lisbon on Friday for a summit on ocean protection, hosted by Prime Minister Ines Caldeira.',
        sentence,
      ],
      local,
    );
    expect(person(a, 'Marten Vosberg')?.participant).toBe(false);
    expect(person(a, 'Ines Caldeira')?.participant).toBe(true);
  });
});

describe('the one a country sends', () => {
  it('reads "while Portugal sent its foreign minister, X" as X there for it', () => {
    const a = article(
      'Leaders gather for ocean summit in Oslo',
      [
        'Leaders of 40 countries gathered in Oslo on Friday for a summit on ocean protection.',
        'Kenya was represented by its president, while Portugal sent its foreign minister, Duarte Albergaria.',
      ],
      local,
    );
    expect(person(a, 'Duarte Albergaria')?.participant).toBe(true);
  });
});

describe("a country's own, for a country of two words", () => {
  it('finds "South Korea\'s X Y Z" paired after another country\'s own', () => {
    const a = article(
      'Ocean summit opens',
      ['Among the guests are Portugal’s Duarte Albergaria and South Korea’s Baek Joon Ho.'],
      local,
    );
    expect(person(a, 'Baek Joon Ho')?.country).toBe('South Korea');
  });
});

describe("a traveller's destination", () => {
  it('gives no tie to the country a leader "leaves for"', () => {
    const a = article(
      'Talks end in Moscow',
      [
        'Prime Minister Ravi Deshmane held talks with President Oleg Varnov in Moscow today.',
        'PM Deshmane leaves for Austria',
        'PM Deshmane has emplaned for Vienna on the second leg of his tour.',
      ],
      local,
    );
    expect(person(a, 'Ravi Deshmane')?.country).not.toBe('Austria');
    expect(person(a, 'Ravi Deshmane')).toMatchObject({ roles: ['Prime Minister', 'PM'], participant: true });
    expect(person(a, 'Oleg Varnov')).toMatchObject({ roles: ['President'], participant: true });
  });
});

describe('"Sultan" before the Arabic article', () => {
  it('reads "Sultan Al Qasimi" as a given name and a family name, and "Sultan X bin Y" as a title', () => {
    const a = article(
      'Climate talks open',
      [
        'The conference president, Sultan Al Qasimi, opened the talks on Monday.',
        'Sultan Tariq bin Hamad of Oman sent a message.',
      ],
      local,
    );
    expect(person(a, 'Sultan Al Qasimi')?.roles).toEqual(['conference president']);
    expect(person(a, 'Tariq bin Hamad')?.roles).toContain('Sultan');
  });
});

describe("a state assembly's member", () => {
  it('finds "X, a state assemblyman from Y," with the role', () => {
    const a = article(
      'Primary results',
      ['Dario Pellucci, a state assemblyman from Yonkers, declared victory in the primary on Tuesday.'],
      local,
    );
    expect(person(a, 'Dario Pellucci')?.roles[0]).toMatch(/^state assemblyman/);
  });
});

describe("a leader's own party", () => {
  it('ties those a leader "was joined by" to the leader\'s country', () => {
    const a = article(
      'Leaders meet in Lisbon',
      [
        'Chilean President Olek Varsany met the Portuguese prime minister in Lisbon on Monday.',
        'Varsany was joined by Treasury Secretary Mira Colvane and national security adviser Teodor Brask.',
      ],
      local,
    );
    expect(person(a, 'Mira Colvane')?.country).toBe('Chile');
    expect(person(a, 'Teodor Brask')?.country).toBe('Chile');
  });

  it('ties the one a capital "will be represented by" to its country', () => {
    const a = article(
      'Ocean summit opens',
      [
        'The president is skipping the summit, and Madrid will be represented by Foreign Minister Anselmo Ribeira.',
      ],
      local,
    );
    expect(person(a, 'Anselmo Ribeira')?.country).toBe('Spain');
  });
});

describe('the aides a leader brings into the talks', () => {
  it('reads "while X brought in Foreign Minister Y" as Y at the table, of X\'s side', () => {
    const a = article(
      'Leaders meet in Lisbon',
      [
        'Chilean President Olek Varsany and Portuguese Prime Minister Ines Caldeira met in Lisbon on Tuesday.',
        'After a session alone, Caldeira was joined by her finance minister, while Varsany brought in Foreign Minister Teodor Brask.',
      ],
      local,
    );
    expect(person(a, 'Teodor Brask')?.participant).toBe(true);
    expect(person(a, 'Teodor Brask')?.country).toBe('Chile');
  });
});
