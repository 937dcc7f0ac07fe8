// People seen first in the sixty-third blind round of held-out articles (disasters, health and humanitarian
// diplomacy: condolence calls, tours of quake and tsunami zones, vaccine gifts, an Ebola mission), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

describe('a meeting chaired earlier in the day', () => {
  it('keeps those at a meeting the leader chaired before the call out of the call', () => {
    const a = article(
      'Prime minister calls Freedonian president after quake',
      [
        'Prime Minister Arno Velt on Saturday spoke to Freedonian President Omar Dalin to convey his grief over the earthquake.',
        'Dalin told Velt that help with search and rescue would be welcome, officials said.',
        'Earlier in the day, Velt chaired an emergency cabinet meeting in the capital, attended by Home Minister Piet Morrow and Cabinet Secretary Ravi Tandel.',
      ],
      { dateline: { place: 'New Delhi', date: 'Apr 25' }, source: 'PTI' },
    );
    expect(taking(a)).toEqual(['Arno Velt', 'Omar Dalin']);
  });
});

describe('a sentence set in another capital', () => {
  it('reads "In Kathmandu, …" in a story datelined Dhaka as a handover of its own', () => {
    const a = article(
      'Freedonia hands over vaccine doses as gift',
      [
        'Freedonian High Commissioner Arno Velt on Thursday handed over two million doses of the vaccine to Health Minister Omar Dalin at a ceremony.',
        'Dalin thanked the Freedonian government for the gift.',
        'In Kathmandu, Freedonian Ambassador Piet Morrow handed over one million doses to Health Minister Ravi Tandel at the airport on Thursday afternoon.',
      ],
      { dateline: { place: 'Dhaka', date: 'Jan 21' }, source: 'UNB' },
    );
    expect(taking(a)).toEqual(['Arno Velt', 'Omar Dalin']);
  });
});

describe('those travelling with a visitor', () => {
  const lede =
    'Secretary-General Arno Velt today met President Omar Dalin in the capital and praised the health workers.';

  it('counts those a visitor "is travelling with" as at the visit', () => {
    const a = article('UN chief visits Freedonia', [
      lede,
      'On this trip the Secretary-General is travelling with Piet Morrow, his adviser on disease control, and Ravi Tandel, who runs the relief office.',
    ]);
    expect(taking(a)).toEqual(['Arno Velt', 'Omar Dalin', 'Piet Morrow', 'Ravi Tandel']);
  });

  it('reads the month in "which he set up in September" as the body\'s founding, not the event\'s', () => {
    const a = article('UN chief visits Freedonia', [
      lede,
      'On this trip the Secretary-General is travelling with Piet Morrow, his adviser on disease control, and Ravi Tandel, head of the UN Relief Office, which he set up in September as a stopgap for the region.',
    ]);
    expect(taking(a)).toEqual(['Arno Velt', 'Omar Dalin', 'Piet Morrow', 'Ravi Tandel']);
  });

  it('still reads a month that dates the sentence itself as another time', () => {
    const a = article('UN chief visits Freedonia', [
      lede,
      'In September, the Secretary-General had travelled with Piet Morrow to the region.',
    ]);
    expect(taking(a)).toEqual(['Arno Velt', 'Omar Dalin']);
  });
});

describe("an Indonesian minister's portfolios and a body's short form", () => {
  const jakarta = { dateline: { place: 'Jakarta', date: null }, source: 'Antara' };

  it('takes a one-word name after a list of portfolios ("… Political, Legal and Security Affairs Haryanto")', () => {
    const a = article(
      'President visits flood-hit district',
      [
        'President Arno Velt on Sunday toured the district, accompanied by Coordinating Minister for Political, Legal and Security Affairs Haryanto.',
      ],
      jakarta,
    );
    expect(person(a, 'Haryanto')?.roles).toEqual([
      'Coordinating Minister for Political, Legal and Security Affairs',
    ]);
    expect(person(a, 'Security Affairs Haryanto')).toBeUndefined();
  });

  it('reads a short form spoken as a word, "(Sarnasa)", as part of the body before the name', () => {
    const a = article(
      'President visits flood-hit district',
      [
        'President Arno Velt on Sunday visited the district with Head of the National Search and Rescue Agency (Sarnasa) Marshal Omar Dalin.',
      ],
      jakarta,
    );
    expect(person(a, 'Omar Dalin')?.roles).toContain(
      'Head of the National Search and Rescue Agency (Sarnasa)',
    );
    expect(person(a, 'Search')).toBeUndefined();
  });
});

describe('the rank "Major" before a name', () => {
  it('makes "Major" the title of the name after it, not a first name', () => {
    const a = article('Minister thanks army doctors', [
      'The Minister met doctors of the field hospital on Monday, among them Major Kamla Ruhani.',
    ]);
    expect(person(a, 'Kamla Ruhani')?.roles).toEqual(['Major']);
    expect(person(a, 'Major Kamla Ruhani')).toBeUndefined();
  });

  it('keeps "Major General" one rank and "Major" a surname at the end of a name', () => {
    const a = article('Minister thanks army doctors', [
      'The Minister met Major General Kamla Ruhani and former Prime Minister Arno Major on Monday.',
    ]);
    expect(person(a, 'Kamla Ruhani')?.roles).toEqual(['Major General']);
    expect(person(a, 'Arno Major')).toBeDefined();
  });
});

describe("an Indian release's styled name after the title", () => {
  const release = { dateline: null, source: null };

  it('gives "The Prime Minister, Shri X interacted …" the title, with no comma after the name', () => {
    const a = article(
      'PM interacts with rescue teams',
      ['The Prime Minister, Shri Arno Velt interacted with the rescue teams at his residence today.'],
      release,
    );
    expect(person(a, 'Arno Velt')?.roles).toEqual(['Prime Minister']);
  });

  it('does not give a title to a name listed after another without the style', () => {
    const a = article(
      'Leaders attend the summit',
      ['Present were the Prime Minister, Arno Velt and Omar Dalin of the organising committee.'],
      release,
    );
    expect(person(a, 'Arno Velt')?.roles ?? []).not.toContain('Prime Minister');
    expect(person(a, 'Arno Velt')?.participant).toBe(true);
    expect(person(a, 'Omar Dalin')?.participant).toBe(true);
  });
});

describe('an occupation before a name', () => {
  it('gives "paramedic X" the occupation as a role', () => {
    const a = article('Blast toll rises', [
      'Among the dead are ten firefighters, among them paramedic Lina Haddad, 27, whose funeral will be held on Friday.',
    ]);
    expect(person(a, 'Lina Haddad')?.roles).toEqual(['paramedic']);
  });
});
