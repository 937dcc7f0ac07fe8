// People seen first in the seventy-seventh blind round of held-out articles (the wires of 1980–1994: states changing
// under the story, "3d" after a surname, a pledge in a headline, a kunya after "who is known as", a liberation
// movement's officers abroad), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const ap = (date: string, place = 'PORT ELLIS') => ({ source: 'AP', date, dateline: { place, date: null } });

describe('a republic of a union that still stood', () => {
  it("places the Kremlin's spokesman in 1985 in the Soviet Union, in 2005 in Russia", () => {
    const text = ['Leonid K. Varnov, the Kremlin’s chief spokesman, said Moscow would not accept the plan.'];
    expect(person(article('Talks end', text, ap('1985-11-21')), 'Leonid K. Varnov')?.country).toBe(
      'Soviet Union',
    );
    expect(person(article('Talks end', text, ap('2005-11-21')), 'Leonid K. Varnov')?.country).toBe('Russia');
  });

  it('keeps a republic its own title names before the union ended', () => {
    const a = article('Leaders meet', ['Russian President Pavel Orvath met the visitors in the Kremlin.'], {
      ...ap('1991-10-02', 'MOSCOW'),
    });
    expect(person(a, 'Pavel Orvath')?.country).toBe('Russia');
  });

  it("reads a 1993 'Supreme Soviet Chairman' in Moscow as the republic's, not the union's", () => {
    const a = article(
      'Treaty signed',
      ['Supreme Soviet Chairman Ruslan Kessik said deputies would study the treaty without haste.'],
      { source: 'ITAR-TASS', date: '1993-01-04', dateline: { place: 'MOSCOW', date: 'January 3' } },
    );
    expect(person(a, 'Ruslan Kessik')?.country).toBe('Russia');
  });
});

describe('names of the time', () => {
  it('keeps the New York Times\' "3d" after a surname in the name, the surname its alias', () => {
    const a = article(
      'Talks open',
      [
        'Secretary of State John Q. Dorn 3d, who made eight trips to the region, sat beside the President. Mr. Dorn spoke later.',
      ],
      { source: null, date: '1991-10-31', dateline: { place: 'MADRID', date: 'Oct. 30' } },
    );
    const dorn = person(a, 'John Q. Dorn 3d');
    expect(dorn?.aliases).toContain('Dorn');
    expect(dorn?.roles).toEqual(['Secretary of State']);
  });

  it('makes the name after "who is known as" past an appositive an alias, not a second person', () => {
    const a = article('Accord initialled', [
      'The text was initialled by Ahmed Nasr, the movement’s finance chief, who is known as Abu Tallis.',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Ahmed Nasr']);
    expect(person(a, 'Ahmed Nasr')?.aliases).toContain('Abu Tallis');
  });

  it('reads a prison named after a person as a venue', () => {
    const a = article('Leader walks free', [
      'Opposition leader Arvo Pelkonen walked out of prison on Sunday at the gates of Kerlon Vass Prison.',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Arvo Pelkonen']);
  });
});

describe('participants of the wires of 1980–1994', () => {
  it('reads "X, Y Pledge to Meet Again" as a pledge made, not a meeting to come', () => {
    const a = article(
      'Velkan, Marask Pledge to Meet Again',
      [
        'President Dario Velkan and Premier Ivo Marask ended their summit on Thursday with a pledge to meet again.',
      ],
      ap('1985-11-21'),
    );
    expect(participantNames(a)).toEqual(['Dario Velkan', 'Ivo Marask']);
  });

  it('places those who "sat across from" one another at the table', () => {
    const a = article('Neighbours meet face to face', [
      'The conference opened today in the Hall of Columns.',
      'Prime Minister Eli Brannock, who leads his delegation, sat across from Foreign Minister Omar Zentis.',
    ]);
    expect(participantNames(a)).toEqual(['Eli Brannock', 'Omar Zentis']);
  });

  it('puts those "both present" and a text "initialled … by" its negotiators at the initialling', () => {
    const a = article('Sides initial accord in secret talks', [
      'The two sides initialled a draft accord in Oslo, officials said.',
      'The document was initialled in a guest house by Ivo Marask, the chief negotiator, and Omar Zentis.',
      'The talks were arranged by Arvo Pelkonen and his wife, Lena Ostrova, a ministry official, who were both present.',
    ]);
    expect(participantNames(a)).toEqual(['Ivo Marask', 'Omar Zentis', 'Lena Ostrova']);
  });

  it('reads "Members of the visiting party present included X and Y" as people at the meeting', () => {
    const a = article('Leader meets visiting Prime Minister', [
      'Chairman Ivo Marask met and had a talk with visiting Prime Minister Lena Ostrova this morning.',
      'Members of the Arland party present included Ambassador Omar Zentis and Eli Brannock, Governor of Port Ellis.',
    ]);
    expect(participantNames(a)).toEqual(['Ivo Marask', 'Lena Ostrova', 'Omar Zentis', 'Eli Brannock']);
  });

  it('reads "that Tehran stop …" in the lede as a government, so "In Tehran, X said" is elsewhere', () => {
    const a = article(
      'Board rebukes Arland over secret plant',
      [
        'The agency’s board censured Arland on Friday, demanding that Tehran stop construction immediately.',
        'Arvo Pelkonen, Arland’s chief delegate, told the board the resolution was hasty.',
        'In Tehran, Omar Zentis, the speaker of parliament, said lawmakers could review the treaty.',
      ],
      { source: 'AP', date: '2009-11-27', dateline: { place: 'VIENNA', date: null } },
    );
    expect(person(a, 'Omar Zentis')?.participant).toBe(false);
  });

  it("keeps one attending the lede's board meeting there, whichever of its days they spoke on", () => {
    const a = article(
      'Board rebukes Arland',
      [
        'The agency’s 35-nation board censured Arland on Friday.',
        'Director General Arvo Pelkonen, attending his last board meeting, told the members on Thursday that the inquiry had stalled.',
      ],
      { source: 'AP', date: '2009-11-27', dateline: { place: 'VIENNA', date: null } },
    );
    expect(person(a, 'Arvo Pelkonen')?.participant).toBe(true);
  });

  it("reads a time in a participle's clause after the sentence's opening noun as the noun's", () => {
    const a = article(
      'Visitor conferred award at palace',
      [
        'Visiting leader Dario Velkan was today conferred the Star Award by President Ivo Marask at a ceremony.',
        'The award, announced in January, was received by the visitor amid loud cheers from an audience that included Vice-President Eli Brannock.',
      ],
      { source: 'PTI', date: '1990-10-16', dateline: { place: 'NEW DELHI', date: 'Oct 16' } },
    );
    expect(person(a, 'Eli Brannock')?.participant).toBe(true);
  });
});

describe('countries of the wires of 1980–1994', () => {
  it("reads an African National Congress officer as South Africa's in another country's story", () => {
    const a = article(
      'Visitor conferred award',
      [
        'African National Congress deputy president Dario Velkan was today conferred the award by President Ivo Marask.',
      ],
      { source: 'PTI', date: '1990-10-16', dateline: { place: 'NEW DELHI', date: 'Oct 16' } },
    );
    expect(person(a, 'Dario Velkan')?.country).toBe('South Africa');
  });

  it('places "President X and President Y of the Soviet Union" with only Y in the Soviet Union', () => {
    const a = article(
      'Talks open in Madrid',
      [
        'With President Dario Velkan and President Ivo Marask of the Soviet Union as co-chairmen, the talks opened today.',
        'Mr. Velkan, speaking first, said the United States would not impose a settlement.',
      ],
      { source: null, date: '1991-10-31', dateline: { place: 'MADRID', date: 'Oct. 30' } },
    );
    expect(person(a, 'Ivo Marask')?.country).toBe('Soviet Union');
    expect(person(a, 'Dario Velkan')?.country).toBe('United States');
  });
});
