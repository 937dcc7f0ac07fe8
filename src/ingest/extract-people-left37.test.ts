// Held-out leftovers of session 25, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('aides and their principals', () => {
  const talks = (aide: string) =>
    article(
      'Neighbours sign water deal in Geneva',
      [
        'Latvian Water Minister Dana Kerel and Estonian Water Minister Pavo Lind signed the deal on Friday, with Estonian President Milo Varga watching by video.',
        aide,
      ],
      { source: 'Anadolu', dateline: { place: 'ISTANBUL', date: 'May 9' } },
    );

  it('gives an adviser "to the head of X\'s office" the country of X, not the dateline\'s', () => {
    const a = talks(
      "Peter Holm, an adviser to the head of Varga's office, wrote that the deal was a first step.",
    );
    expect(person(a, 'Peter Holm')?.country).toBe('Estonia');
  });

  it("gives a spokesman for a titled person that person's country", () => {
    const a = talks('Peter Holm, a spokesman for President Milo Varga, said the deal was a first step.');
    expect(person(a, 'Peter Holm')?.country).toBe('Estonia');
  });
});

describe('bare offices of a story with one side', () => {
  const story = (extra: string) =>
    article(
      'Rebels promise amnesty at first news conference in the capital',
      [
        "The rebels' chief spokesman, Omar Haidari, told a news conference in Kabul on Monday that the movement would not punish former soldiers or officials in Afghanistan.",
        `President Nabil Sarwari left the country on Sunday. ${extra}`,
      ],
      { source: null, dateline: null },
    );

  it('places a "Former President" beside the sitting one: an office held at another time is shared with no one', () => {
    const a = story('Former President Karim Wardak has stayed in the city.');
    expect(person(a, 'Nabil Sarwari')?.country).toBe('Afghanistan');
    expect(person(a, 'Karim Wardak')?.country).toBe('Afghanistan');
  });

  it('places the head of a public body named in full, as it places a bare office', () => {
    const a = story('Karim Wardak, chairman of the High Council for National Unity, has stayed in the city.');
    expect(person(a, 'Karim Wardak')?.country).toBe('Afghanistan');
  });

  it("still leaves the head of a firm named in full without the story's country", () => {
    const a = story('Karim Wardak, chief executive of Zarlink Holdings, has stayed in the city.');
    expect(person(a, 'Karim Wardak')?.country).toBeNull();
  });
});

describe('parts in a work', () => {
  it('takes no person from the part an actor played ("the actor who played Lord X")', () => {
    const a = article('Minister campaigns in the north', [
      'NEW DELHI, May 9 (Xinhua) -- Prime Minister Vikram Sethi sought votes for Ravi Malhotra, the actor who played Lord Varun in a 1980s television serial.',
    ]);
    const names = extractEntities(a, emptyKnowledge).people.map((p) => p.name);
    expect(names).toEqual(['Vikram Sethi', 'Ravi Malhotra']);
  });

  it('still takes the opponent a player played as a person', () => {
    const a = article('Berg wins final', [
      'PARIS, May 9 (Xinhua) -- Tomas Berg played Peter Kowal in the final on Sunday.',
    ]);
    const names = extractEntities(a, emptyKnowledge).people.map((p) => p.name);
    expect(names).toEqual(['Tomas Berg', 'Peter Kowal']);
  });
});

describe('streets named first by their kind', () => {
  it('finds a street or square named in Portuguese, Spanish or Italian as a place', () => {
    const { places } = extractEntities(
      article('Mayor re-elected', [
        'SAO PAULO, May 9 (Xinhua) -- The defeated candidate spoke to supporters on Avenida Central, then walked to the Praça da Luz.',
      ]),
      emptyKnowledge,
    );
    expect(places).toEqual(expect.arrayContaining(['Avenida Central', 'Praça da Luz']));
  });
});

describe('parties named by their initials alone', () => {
  const orgs = (...paragraphs: string[]) =>
    extractEntities(article('Opposition leader detained', paragraphs), emptyKnowledge).organizations;

  it('takes initials that speak after "the" as a body ("The KRP said …")', () => {
    expect(
      orgs(
        'NEW DELHI, May 9 (Xinhua) -- Police detained opposition leader Ravi Malhotra on Thursday.',
        'The KRP said the law was taking its course.',
      ),
    ).toContain('KRP');
  });

  it('takes initials a person owns as their party ("Varga\'s KRP", "his KRP")', () => {
    const found = orgs(
      "BERLIN, May 9 (Xinhua) -- The conservatives won the vote, with Tomas Varga's KRP in third place.",
      'Peter Holm was backed by his DLU and two smaller groups.',
    );
    expect(found).toEqual(expect.arrayContaining(['KRP', 'DLU']));
  });

  it('leaves initials the story spells out as an office ("Chief Returning Officer X … The CRO said")', () => {
    const a = article('Opposition leader detained', [
      'NEW DELHI, May 9 (Xinhua) -- Chief Returning Officer Ravi Malhotra announced the results on Thursday.',
      'The CRO said turnout was high.',
    ]);
    expect(extractEntities(a, emptyKnowledge).organizations).not.toContain('CRO');
    expect(person(a, 'Ravi Malhotra')?.roles).toEqual(['Chief Returning Officer']);
  });
});

describe('offices after an appositive', () => {
  it('gives the one elected "X, <who they are>, as <office>" that office', () => {
    const a = article('Senate elects new speaker', [
      'ASTANA, March 20 (Xinhua) -- Senators elected Anna Petrova, the former president’s eldest daughter, as speaker of the Senate.',
      'The premier named Peter Holm, a former judge, as his justice minister.',
    ]);
    expect(person(a, 'Anna Petrova')?.roles).toEqual(['speaker of the Senate']);
    expect(person(a, 'Peter Holm')?.roles).toEqual(['former judge', 'justice minister']);
  });
});

describe('a caretaker cabinet', () => {
  it('gives a caretaker minister the country of a fellow caretaker minister placed in a two-country story', () => {
    const a = article(
      "Foreign Minister Holm's telephone conversation with Foreign Minister of Iran",
      [
        'Caretaker Foreign Minister Peter Holm received a phone call today from the Foreign Minister of Iran, Ali Rahimi.',
        'Foreign Minister Holm said Denmark respects the sovereignty of Iran.',
        'Earlier today, the security committee met, chaired by Caretaker Prime Minister Tomas Berg.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Peter Holm')?.country).toBe('Denmark');
    expect(person(a, 'Tomas Berg')?.country).toBe('Denmark');
  });
});
