// Round 73's leftovers (session 39, tail74): spouses and entourages on state visits. Invented sentences, invented
// people.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a role follows the person it names, not the spouse beside it', () => {
  it('keeps "the French President" off the wife named after "the French President and his spouse"', () => {
    const a = article('Emir and French President hold official talks in Paris', [
      'His Highness the Emir Sheikh Tamim Alvar and HE President of the French Republic Jules Marchet held official talks in Paris on Tuesday.',
      'In the evening, HE the French President and his spouse, Mrs. Odile Marchet, hosted a state banquet in honor of the Emir.',
    ]);
    expect(person(a, 'Odile Marchet')?.roles).toEqual([]);
    expect(person(a, 'Jules Marchet')?.roles).toEqual(['President of the French Republic']);
  });

  it('still gives a described office to the one person of that country the story gave no role', () => {
    const a = article('Nepal, Norway sign hydropower deal', [
      'Norwegian Prime Minister Ola Brekke held talks with Ram Thapa in Oslo on Monday.',
      'The Nepalese Prime Minister will travel to Bergen on Tuesday.',
    ]);
    expect(person(a, 'Ram Thapa')?.roles).toEqual(['Nepalese Prime Minister']);
  });
});

describe('those at the table of the talks', () => {
  it('counts those a leader was "accompanied in the talks by", those who "sat on X\'s side of the table" and the interpreter', () => {
    const a = article(
      'Tobin, Marek open talks at White House',
      [
        'WASHINGTON (AP) — President Walt Tobin and Premier Ivo Marek of Ruritania opened talks at the White House on Tuesday.',
        "Marek was accompanied in the talks by Deputy Premier Ana Kovac and Foreign Minister Petr Halas. Secretary of State Ann Halvorsen and Carl Dunmore, the national security adviser, sat on Tobin's side of the table. Lev Orlik, a Ruritanian Foreign Ministry official, interpreted for the premier.",
        'White House press secretary Dan Pellew told reporters the session lasted two hours.',
      ],
      { date: '1979-01-30', source: 'AP', dateline: { place: 'WASHINGTON', date: '' } },
    );
    for (const name of ['Ana Kovac', 'Petr Halas', 'Ann Halvorsen', 'Carl Dunmore', 'Lev Orlik'])
      expect(person(a, name)?.participant, name).toBe(true);
    expect(person(a, 'Dan Pellew')?.participant).toBe(false);
  });
});

describe("a spouse's programme beside the talks", () => {
  const visit = (title: string, welcome: string) =>
    article(title, [
      'PARIS, May 6 (Xinhua) -- Ruritanian President Ivo Marek held talks with French President Jules Marchet at the Elysee Palace on Monday.',
      'Marek said the two countries should deepen cooperation in aviation and agriculture.',
      welcome,
      'In the evening, Marchet and Odile Marchet hosted a state banquet in honor of Marek and Vesna.',
    ]);

  it('counts no spouse at the welcome and the banquet of a visit as taking part in the talks the headline reports', () => {
    const a = visit(
      'Marek, Marchet hold talks in Paris',
      'Earlier in the day, Marchet and his wife Odile Marchet held a grand welcome ceremony for Marek and his wife Vesna Marek at Les Invalides.',
    );
    expect(person(a, 'Jules Marchet')?.participant).toBe(true);
    expect(person(a, 'Ivo Marek')?.participant).toBe(true);
    expect(person(a, 'Odile Marchet')?.participant).toBe(false);
    expect(person(a, 'Vesna Marek')?.participant).toBe(false);
  });

  it('still counts a spouse welcomed "before the talks", which opens them', () => {
    const a = visit(
      'Marek, Marchet hold talks in Paris',
      'Before the talks, Marchet chaired an official welcome ceremony for Marek and his spouse, Madam Vesna Marek, at Les Invalides.',
    );
    expect(person(a, 'Vesna Marek')?.participant).toBe(true);
  });

  it('still counts the spouses under a headline that reports the visit', () => {
    const a = visit(
      'Marek pays state visit to France, holds talks with Marchet',
      'Earlier in the day, Marchet and his wife Odile Marchet held a grand welcome ceremony for Marek and his wife Vesna Marek at Les Invalides.',
    );
    expect(person(a, 'Vesna Marek')?.participant).toBe(true);
  });
});

describe('the welcome scene beside the talks', () => {
  it('counts no one only at the arrival ceremony, in its sentence or the next one of its paragraph', () => {
    const a = article(
      'Tobin, Marek open talks at White House',
      [
        'WASHINGTON (AP) — President Walt Tobin and Premier Ivo Marek of Ruritania opened talks at the White House on Tuesday, hours after a welcome on the South Lawn.',
        'Marek was accompanied in the talks by Foreign Minister Petr Halas.',
        "At the arrival ceremony, a 19-gun salute boomed as Marek stood beside Tobin on the reviewing stand. The premier's wife, Vesna Marek, stood next to Nora Tobin, and Vice President Hal Corwin was among about 1,000 guests.",
      ],
      { date: '1979-01-30', source: 'AP', dateline: { place: 'WASHINGTON', date: '' } },
    );
    expect(person(a, 'Petr Halas')?.participant).toBe(true);
    for (const name of ['Vesna Marek', 'Nora Tobin', 'Hal Corwin'])
      expect(person(a, name)?.participant, name).toBe(false);
  });
});

describe('the guests at a state dinner', () => {
  const dinner = () =>
    article('Tycoons among guests at White House state dinner for President Marek', [
      "Washington, Jun 23 (PTI) Ruritania's richest man Boris Tal and Ruritanian tycoon Olek Brodny were among some 300 guests at the state dinner US President Walt Tobin gave for President Ivo Marek on Friday evening.",
      'Tal came with his wife Mira Tal, while former Acme chief Rhea Quist was also on the guest list.',
      'Vice President Nell Ardis and her husband Sam Pruett, and Secretary of State Ann Halvorsen, attended the dinner, which was served in a tent beside the Rose Garden.',
    ]);

  it('counts the last of a list of subjects set off by ", and" and a comma before the verb', () => {
    for (const name of ['Nell Ardis', 'Sam Pruett', 'Ann Halvorsen'])
      expect(person(dinner(), name)?.participant, name).toBe(true);
  });

  it('counts the wife a guest "came with"', () => {
    expect(person(dinner(), 'Mira Tal')?.participant).toBe(true);
  });
});

describe('the part a relative plays, in a who-clause', () => {
  it('gives "first lady" to the daughter "who has acted as first lady" and the partner "who has accompanied him as first lady"', () => {
    const a = article('President hosts state banquet for visiting king', [
      'ROME, May 9 (Xinhua) -- President Ivo Marek hosted a state banquet for the visiting king on Thursday.',
      'Marek was accompanied by his daughter, Lina Marek, who has acted as first lady since her widowed father was elected in 2015.',
      'The king sat beside Dora Hale, who has accompanied him as first lady since his election in 2012.',
    ]);
    expect(person(a, 'Lina Marek')?.roles).toEqual(['first lady']);
    expect(person(a, 'Dora Hale')?.roles).toContain('first lady');
  });
});

describe('the visitors and the next stop under a headline set in the host city', () => {
  const tour = () =>
    article(
      'Royal tour: Edwin and Maud join Aldric and Edith in Warsaw',
      [
        'Prince Edwin and Princess Maud have arrived in Poland with their parents for four days in Poland and Germany.',
        'Prince Aldric, the Duke of Cambridge, came down the aircraft steps at Warsaw airport with his son, and his wife Edith, the Duchess of Cambridge, held Maud.',
        'The couple were welcomed to the Polish capital by President Jan Sowa at the Presidential Palace.',
        'On Thursday the pair travel to Berlin, where they will meet Chancellor Ilse Lind.',
      ],
      { source: 'Press Association', dateline: null, date: '2017-07-17' },
    );

  it('does not make the children who "have arrived in Poland" Polish', () => {
    expect(person(tour(), 'Edwin')?.country).not.toBe('Poland');
    expect(person(tour(), 'Maud')?.country).not.toBe('Poland');
    expect(person(tour(), 'Edwin')?.roles).toEqual(['Prince']);
    expect(person(tour(), 'Maud')?.roles).toEqual(['Princess']);
  });

  it('places the chancellor met "in Berlin, where …" in Germany, not with the host', () => {
    expect(person(tour(), 'Ilse Lind')?.country).toBe('Germany');
    expect(person(tour(), 'Jan Sowa')?.country).toBe('Poland');
  });
});

describe('a clause on where the next gathering is held', () => {
  it('does not date the closing to the next host\'s year ("…, which will host the next Games in 2002")', () => {
    const a = article(
      'King at closing of Regional Games',
      [
        'KUALA LUMPUR, Sept 21 (Bernama) -- The King attended the closing ceremony of the Regional Games at the national stadium on Monday night.',
        'Games Federation president Aldo Verhoef declared the Games closed after the Federation flag was handed over to representatives of Perth, Australia, which will host the next Games in 2002.',
      ],
      { date: '1998-09-21', source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Sept 21' } },
    );
    expect(person(a, 'Aldo Verhoef')?.participant).toBe(true);
  });
});
