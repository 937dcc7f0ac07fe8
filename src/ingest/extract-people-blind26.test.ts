// Names, roles, countries and participants seen first in the twenty-sixth blind round of held-out articles
// (official readouts and government statements as the wires carry them), on invented sentences: none of these
// people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('names and titles', () => {
  it('reads a title word after "bin" or "bint" as the father’s name', () => {
    const a = article('Minister receives envoy', [
      'The minister received Princess Nora bint Khalid bin Sultan and Prince Fahd bin Sultan Al Saud in Riyadh.',
    ]);
    const names = run(a).people.map((p) => p.name);
    expect(names).toContain('Nora bint Khalid bin Sultan');
    expect(names).toContain('Fahd bin Sultan Al Saud');
  });

  it('keeps the city where a guest was received out of the guest’s title', () => {
    const a = article('King receives ministers', [
      'The King received in Jeddah Chinese Foreign Minister Li Ming and in Tabuk U.S. Secretary of State Tom Baker on Monday.',
    ]);
    expect(person(a, 'Li Ming')?.roles).toEqual(['Chinese Foreign Minister']);
    expect(person(a, 'Tom Baker')?.roles).toEqual(['U.S. Secretary of State']);
  });

  it('reads a coordinator’s title for two regions served together', () => {
    const a = article('Talks in Riyadh', [
      'The meeting was attended by White House Coordinator for the Middle East and North Africa Tom Reed.',
    ]);
    expect(person(a, 'Tom Reed')?.roles).toEqual([
      'White House Coordinator for the Middle East and North Africa',
    ]);
  });

  it('reads a country that is also a given name after a title as the name', () => {
    const a = article('Minister criticises visit', [
      'The visit drew a rebuke from Israeli Foreign Minister Israel Mizrahi, who denounced it on Sunday.',
    ]);
    expect(person(a, 'Israel Mizrahi')?.roles).toEqual(['Israeli Foreign Minister']);
  });

  it('keeps "intelligence" and "ministry" in a lower-case title before a name', () => {
    const a = article('Ministers meet in Ankara', [
      'Foreign Minister Ali Veli and intelligence chief Mehmet Demir were also present.',
      '"We urge restraint," foreign ministry spokeswoman Zhou Lan told a regular press conference.',
      'The talks came days after the government of Prime Minister Tom Fry fell.',
    ]);
    expect(person(a, 'Mehmet Demir')?.roles).toEqual(['intelligence chief']);
    expect(person(a, 'Zhou Lan')?.roles).toEqual(['foreign ministry spokeswoman']);
    expect(person(a, 'Tom Fry')?.roles).toEqual(['Prime Minister']);
  });

  it('keeps an ambassador’s rank in the title, not as a name', () => {
    const a = article('President receives credentials of new ambassadors', [
      'The President received the credentials of 12 new ambassadors at the palace on Tuesday.',
      'Among them was Anna Berg, Ambassador Extraordinary and Plenipotentiary of Sweden to Russia, who arrived in March.',
    ]);
    const people = run(a).people;
    expect(people.map((p) => p.name)).toEqual(['Anna Berg']);
    expect(people[0]?.roles).toEqual(['Ambassador Extraordinary and Plenipotentiary of Sweden to Russia']);
    expect(people[0]?.participant).toBe(true);
  });
});

describe('countries', () => {
  it('does not give a quoted name’s country to the one who quotes it', () => {
    const a = article(
      'President holds phone talks with U.S. president-elect',
      [
        'President Lee Min-ho held phone talks with U.S. President-elect Tom Hadley on Thursday, his office said.',
        'Hadley said he hoped to work closely with South Korea on shipbuilding, according to the office.',
        '"He said he had been waiting for your call," Park Ji-hun, first deputy national security adviser, told reporters.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Nov. 7' } },
    );
    expect(person(a, 'Park Ji-hun')?.country).toBe('South Korea');
  });

  it('does not read an English given name and a surname in "-n" as Japanese', () => {
    const a = article(
      'President meets Japanese premier',
      [
        'President Lee Min-ho met Japanese Prime Minister Taro Sato in Seoul on Monday.',
        'Lee also recalled a summit with President Dan Boden and Sato at Camp David last year.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'May 6' } },
    );
    expect(person(a, 'Dan Boden')?.country).not.toBe('Japan');
    expect(person(a, 'Dan Boden')?.roles).toEqual(['President']);
    expect(person(a, 'Lee Min-ho')).toMatchObject({ roles: ['President'], country: 'South Korea' });
    expect(person(a, 'Taro Sato')).toMatchObject({ roles: ['Japanese Prime Minister'], country: 'Japan' });
  });

  it('gives a second bare president, not the outlet’s own, the country of the president-elect', () => {
    const a = article(
      'President holds phone talks with U.S. president-elect',
      [
        'President Lee Min-ho held phone talks with U.S. President-elect Tom Hadley on Thursday, his office said.',
        'Hadley said he hoped to work closely with South Korea on shipbuilding, according to the office.',
        'The call came as Seoul readied itself for the handover from the administration of President Dan Boden.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Nov. 7' } },
    );
    expect(person(a, 'Lee Min-ho')?.country).toBe('South Korea');
    expect(person(a, 'Dan Boden')?.country).toBe('United States');
  });

  it('gives an election’s loser the winner’s country', () => {
    const a = article(
      'Amir congratulates Chile’s president-elect',
      [
        'The Amir sent a cable of congratulations to Pablo Rojas, President-elect of Chile, on Sunday.',
        'Rojas won Sunday’s run-off with 54 percent of the vote, defeating conservative Andrés Vidal.',
      ],
      { source: 'KUNA', dateline: { place: 'KUWAIT', date: 'July 7' } },
    );
    expect(person(a, 'Andrés Vidal')?.country).toBe('Chile');
  });

  it('does not give a monarchy’s outlet a president: the story’s other side holds the office', () => {
    const a = article(
      'Amir congratulates Iran’s president-elect',
      [
        'The Amir sent a cable of congratulations to Reza Karimi, President-elect of Iran, on Sunday.',
        'The early election was called after President Hamid Nouri died in a crash in May.',
      ],
      { source: 'KUNA', dateline: { place: 'KUWAIT', date: 'July 7' } },
    );
    expect(person(a, 'Hamid Nouri')?.country).toBe('Iran');
  });

  it('gives a Japanese outlet’s bare president the other side’s country, unless the name is shaped like its own', () => {
    const a = article(
      'Carmaker chief meets South Korean minister',
      [
        'Daiwa Motor Corp. President Kenji Mori met South Korean Trade Minister Ahn Sung-il in Tokyo on Wednesday.',
        'President Kang Min Su welcomed the investment in a statement.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'May 8' } },
    );
    expect(person(a, 'Kang Min Su')?.country).toBe('South Korea');
    expect(person(a, 'Kenji Mori')?.country).toBe('Japan');
  });

  it('places a bare president by the lede, not by an international body’s seat', () => {
    const a = article(
      'AU chief condemns coup attempt in Mali',
      [
        'The Chairperson of the African Union Commission, Omar Diallo, on Wednesday condemned the attempted coup in Mali.',
        'He said soldiers had held President Adama Keita in the palace since the morning.',
      ],
      { source: 'APS', dateline: { place: 'ADDIS ABABA', date: null } },
    );
    expect(person(a, 'Adama Keita')?.country).toBe('Mali');
    // One met at the seat is the host's.
    const b = article(
      'NATO chief meets Belgian prime minister',
      [
        'NATO Secretary General Jens Ohlsen met Prime Minister Alexander De Smet in Brussels on Monday to discuss aid to Ukraine.',
      ],
      { source: 'Xinhua', dateline: { place: 'BRUSSELS', date: 'May 6' } },
    );
    expect(person(b, 'Alexander De Smet')?.country).toBe('Belgium');
  });

  it('places a State Department spokesperson in the United States', () => {
    const a = article(
      'Top diplomats hold phone talks',
      [
        'Secretary of State Tom Baker spoke with Russian Foreign Minister Oleg Petrov on Saturday.',
        '"The Secretary discussed the Russia-Ukraine conflict," State Department spokesperson Jane Fox said.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Jane Fox')?.country).toBe('United States');
  });

  it('does not give a bare national security advisor the visiting counterpart’s country', () => {
    const a = article(
      'Crown Prince receives US National Security Advisor',
      [
        'The Crown Prince received U.S. National Security Advisor Tom Reed in Riyadh.',
        'The meeting was attended by National Security Advisor Dr. Nasser bin Ali Al-Harbi.',
      ],
      { source: 'SPA', dateline: { place: 'Riyadh', date: 'May 19, 2024' } },
    );
    expect(person(a, 'Nasser bin Ali Al-Harbi')?.country).toBe('Saudi Arabia');
  });
});

describe('participants', () => {
  it('makes the spokesperson of a regular press conference a few sentences down the statement’s maker', () => {
    const a = article(
      'China tells Ruritanian leader to study history',
      [
        'China on Tuesday said Ruritanian President Karel Novak should study history, after he praised a separatist leader.',
        'Novak said on Monday that he looked forward to working with the leader.',
        '"We suggest the Ruritanian leader read more," foreign ministry spokeswoman Zhou Lan told a regular press conference.',
      ],
      { source: 'AFP', dateline: { place: 'Beijing', date: null } },
    );
    expect(person(a, 'Zhou Lan')?.participant).toBe(true);
    expect(person(a, 'Karel Novak')?.participant).toBe(false);
  });

  it('does not count another body’s chairman, reacting too, nor the mediator he sends', () => {
    const a = article(
      'AU chief condemns coup attempt in Mali',
      [
        'The Chairperson of the African Union Commission, Omar Diallo, on Wednesday condemned the attempted coup in Mali.',
        'The regional bloc also condemned the move. Its chairman, Senegalese President Amadou Fall, said it would not tolerate the coup, and dispatched Gambian President Lamin Jallow to Bamako to mediate.',
      ],
      { source: 'APS', dateline: { place: 'ADDIS ABABA', date: null } },
    );
    expect(person(a, 'Omar Diallo')?.participant).toBe(true);
    expect(person(a, 'Amadou Fall')?.participant).toBe(false);
    expect(person(a, 'Lamin Jallow')?.participant).toBe(false);
  });

  it('does not count those the lede names after "days after"', () => {
    const a = article(
      'Top diplomats hold phone talks',
      [
        'Secretary of State Tom Baker spoke by phone with Russian Foreign Minister Oleg Petrov on Saturday, the State Department said, days after President Dan Boden and Russian President Ivan Sokolov agreed to start talks.',
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Oleg Petrov')?.participant).toBe(true);
    expect(person(a, 'Dan Boden')?.participant).toBe(false);
    expect(person(a, 'Ivan Sokolov')?.participant).toBe(false);
  });
});
