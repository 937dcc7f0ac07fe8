// Held-out leftovers of session 31 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('a full name set off by a relation after a titled surname', () => {
  const a = article('Leader: the founder’s teaching remains the compass of the movement', [
    'Supreme Leader Tomas Ferrand on Monday spoke to thousands at the mausoleum of the late founder of the state, Imam Quarvani, on the anniversary of his death.',
    'Before the Leader’s speech, Ivan Quarvani, the grandson of the late Imam, addressed the ceremony.',
  ]);

  it('is the relative, not the titled one', () => {
    const names = extractTest(a).people.map((p) => p.name);
    expect(names).toContain('Quarvani');
    expect(names).toContain('Ivan Quarvani');
  });

  it('leaves the titled surname its own role, and the founder of the late role took no part', () => {
    expect(person(a, 'Quarvani')?.roles).toEqual(['Imam', 'late founder of the state']);
    expect(person(a, 'Quarvani')?.participant).toBe(false);
  });
});

describe('"Before the Leader\'s speech, X addressed the ceremony"', () => {
  it('puts X at the ceremony, the speech being part of it', () => {
    const a = article('Leader addresses anniversary ceremony at the shrine', [
      'Supreme Leader Tomas Ferrand on Monday addressed a large crowd at the shrine on the anniversary of the revolution.',
      'Before the Leader’s speech, Ivan Solano, the custodian of the shrine, addressed the ceremony.',
    ]);
    expect(participantNames(a)).toEqual(['Tomas Ferrand', 'Ivan Solano']);
  });

  it('not one who met someone before a speech elsewhere', () => {
    const a = article('Leader addresses anniversary ceremony at the shrine', [
      'Supreme Leader Tomas Ferrand on Monday addressed a large crowd at the shrine on the anniversary of the revolution.',
      'Before his speech, Ferrand met Ivan Solano at his office.',
    ]);
    expect(participantNames(a)).toEqual(['Tomas Ferrand']);
  });
});

describe('a title taken by the full name itself', () => {
  it('still names the titled surname', () => {
    const a = article('President Quarvani visits the capital', [
      'President Quarvani arrived on Monday.',
      'President Ivan Quarvani, a former teacher, met the mayor.',
    ]);
    expect(extractTest(a).people.map((p) => p.name)).toEqual(['Ivan Quarvani']);
  });
});

describe('one a prisoner deal would free', () => {
  it('is named for the deal in the headline and for what others would do in the lede, not as taking part', () => {
    const a = article(
      'Solano tells interviewer his country has no claim on its neighbours, hints at Ferrand deal',
      [
        'President Ivan Solano said in an interview with talk show host Marco Brenner released on Thursday that a deal could be reached to free detained reporter Tomas Ferrand.',
      ],
      { source: 'Reuters', dateline: null, date: '2024-02-09' },
    );
    expect(participantNames(a)).toEqual(['Ivan Solano', 'Marco Brenner']);
  });
});

describe('a gathering the story dates before its own', () => {
  it('sets the sentence that names it, and the next one in its paragraph, at that time', () => {
    const a = article('Leader Solano meets sports chief Brenner, vows to take part in coming Games', [
      'Leader Ivan Solano met with the chief of the international sports federation, Marco Brenner, in the capital on Friday.',
      "Solano said the country's participation in last month's Northfield Winter Games had been a meaningful occasion.",
      'The country sent 22 athletes to the Northfield Games. Lina Solano, the leader’s younger sister, attended the opening ceremony and met President Tomas Ferrand.',
    ]);
    expect(participantNames(a)).toEqual(['Ivan Solano', 'Marco Brenner']);
  });
});

describe('a list of portfolios before a title', () => {
  it('keeps every portfolio, listed with commas and "and"', () => {
    const a = article('Ministers meet', [
      'The talks were attended by Investment, Trade and Industry Minister Tomas Ferrand.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['Investment, Trade and Industry Minister']);
  });

  it('keeps the first portfolio after a phrase ending in "of"', () => {
    const a = article('Ministers meet', [
      'The policy will be the business of Asylum and Migration Minister Tomas Ferrand of the new party.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['Asylum and Migration Minister']);
  });

  it('keeps "Public Works" as a portfolio', () => {
    const a = article('Ministers meet', [
      'Also present was Public Works and Public Housing Minister Tomas Ferrand, who spoke briefly.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['Public Works and Public Housing Minister']);
  });
});

describe('a title with the body it heads, then "and" and a second title', () => {
  it('gives both offices to the name after the second', () => {
    const a = article('Leaders meet', [
      'General Secretary of the Communist Party of Norway Central Committee and President of Norway Tomas Ferrand received Ivan Solano in Oslo on Monday.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual([
      'General Secretary of the Communist Party of Norway Central Committee',
      'President of Norway',
    ]);
  });

  it('not a title a name already closes, nor one after "the"', () => {
    const a = article('Leaders meet', [
      'Secretary of State Ivan Solano and Defense Secretary Tomas Ferrand met the President of the European Commission and Prime Minister Marco Brenner on Monday.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['Defense Secretary']);
    expect(person(a, 'Marco Brenner')?.roles).toEqual(['Prime Minister']);
  });
});

describe('the first half of a body\'s name joined by "and" before a title', () => {
  it('belongs to the title, capitalised or lower-case', () => {
    const a = article('Sports chiefs meet', [
      'Among the guests were Global Rowing Union chief Ivan Solano, International Ski and Snowboard Federation head Tomas Ferrand and International Canoe and Kayak Federation President Marco Brenner.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['International Ski and Snowboard Federation head']);
    expect(person(a, 'Marco Brenner')?.roles).toEqual(['International Canoe and Kayak Federation President']);
  });

  it('not a name before the "and"', () => {
    const a = article('Officials tour flood zone', [
      'Governor Ivan Hunter and Federal Emergency Management Agency Administrator Tomas Ferrand toured the area.',
    ]);
    expect(person(a, 'Tomas Ferrand')?.roles).toEqual(['Federal Emergency Management Agency Administrator']);
  });
});

describe('a lower-case occupation right before a name of unknown words', () => {
  it('introduces a person, with the occupation as a role', () => {
    const a = article('Runoff set after no candidate wins majority', [
      'In the first round on June 28, Parliament Speaker Ivan Solano came third and cleric Zorbad Quixolo fourth.',
    ]);
    expect(person(a, 'Zorbad Quixolo')?.roles).toEqual(['cleric']);
  });

  it('not after a word for a tie or a business', () => {
    const a = article('Coalition talks resume', [
      'The prime minister met the leader of coalition partner Zorbad Quixolo on Monday, and chip maker Vantex Qorlo will invest in the country.',
    ]);
    expect(extractTest(a).people.map((p) => p.name)).toEqual([]);
    expect(extractTest(a).organizations).toContain('Vantex Qorlo');
  });
});
