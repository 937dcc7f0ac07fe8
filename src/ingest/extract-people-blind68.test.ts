// People seen first in the sixty-eighth blind round of held-out articles (funerals, state memorials, condolences and
// anniversaries as diplomacy: mourners behind a coffin, a requiem's celebrant, delegations sent and led, a factbox's
// roll of dignitaries, a live page's front rows, a gallery's captions), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const funeral = { source: 'AP', dateline: { place: 'WASHINGTON', date: null } };

describe('mourners at a funeral', () => {
  it('counts those who walk behind the coffin or beside a leader, and those who "followed"', () => {
    const names = taking(
      article(
        'Leaders walk behind coffin as Velk is buried',
        [
          'Former President Arno Velk was buried on Monday after a requiem Mass in the capital.',
          'His widow, Lina Velk, led the mourners from the palace to the cathedral.',
          'President Tomas Kessel walked a few paces behind the coffin.',
          'Chancellor Ida Marlow walked beside King Orrin of Ostrand.',
          'Queen Mirela of Ostrand and Prime Minister Jon Brenner followed.',
        ],
        funeral,
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Lina Velk', 'Tomas Kessel', 'Ida Marlow', 'Orrin', 'Mirela', 'Jon Brenner']),
    );
    expect(names).not.toContain('Arno Velk');
  });

  it("counts the requiem's celebrant, the master of ceremonies and the one who gave the benediction", () => {
    const names = taking(
      article(
        'Thousands mourn Holm at stadium memorial',
        [
          'Tens of thousands of people attended a memorial service for former President Per Holm on Tuesday.',
          'Cardinal Emil Tavish celebrated the low pontifical Mass.',
          'Party deputy leader Ana Rennick was master of ceremonies.',
          'Bishop Karl Quill gave the closing benediction.',
        ],
        funeral,
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Emil Tavish', 'Ana Rennick', 'Karl Quill']));
    expect(names).not.toContain('Per Holm');
  });

  it('counts those seen in the stands or spotted in the front rows, and those who sat at the Mass', () => {
    const names = taking(
      article(
        'World leaders honour Holm at memorial service',
        [
          'World leaders attended a memorial service for former President Per Holm on Tuesday.',
          'Prime Minister Lea Daskal and Prime Minister Max Morvan were photographed with the host in the stands.',
          'Also spotted in the front rows: Foreign Minister Ivo Sellen and a string of ambassadors.',
          'Former President Rolf Benedek and former President Ada Corwin sat together at the Mass.',
        ],
        funeral,
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Lea Daskal', 'Max Morvan', 'Ivo Sellen', 'Rolf Benedek', 'Ada Corwin']),
    );
  });

  it('counts those who travelled to the city of the dateline for the rite, "as did" others', () => {
    const names = taking(
      article(
        'Leaders honour Holm at memorial in Washington',
        [
          'World leaders joined a memorial service for former President Per Holm on Tuesday.',
          'Former presidents Rolf Benedek and Ada Corwin also travelled to Washington, as did former prime minister Lea Daskal.',
        ],
        funeral,
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Rolf Benedek', 'Ada Corwin', 'Lea Daskal']));
  });

  it('counts the leader of a delegation a country sent, not the one who stayed home', () => {
    const names = taking(
      article(
        'Leaders honour Holm at memorial in Washington',
        [
          'World leaders joined a memorial service for former President Per Holm on Tuesday.',
          'Ostrand sent a delegation led by parliament speaker Ivo Sellen after Prime Minister Max Morvan said the trip was too costly.',
        ],
        funeral,
      ),
    );
    expect(names).toContain('Ivo Sellen');
    expect(names).not.toContain('Max Morvan');
  });

  it('leaves out one due to arrive later to lay a wreath, and one "among the guests expected at" a later rite', () => {
    const names = taking(
      article(
        'Parade marks anniversary of victory',
        [
          'President Tomas Kessel watched the parade on the main square on Saturday with foreign leaders.',
          'Chancellor Ida Marlow is due to arrive on Sunday to lay a wreath at the memorial together with Kessel.',
          'President Jon Brenner is among the guests expected at the requiem in the cathedral next week.',
        ],
        funeral,
      ),
    );
    expect(names).toContain('Tomas Kessel');
    expect(names).not.toContain('Ida Marlow');
    expect(names).not.toContain('Jon Brenner');
  });

  it('counts the one who inspected a parade and the one who commanded it', () => {
    const names = taking(
      article(
        'Parade marks anniversary of victory',
        [
          'President Tomas Kessel watched the parade on the main square on Saturday with foreign leaders.',
          'The parade was inspected by Defense Minister Karl Quill and commanded by General Emil Tavish.',
        ],
        funeral,
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Karl Quill', 'Emil Tavish']));
  });
});

describe('captions of a farewell, read as the story', () => {
  it('counts those who stand by the coffin, listen to the speeches or speak from the rostrum', () => {
    const names = taking(
      article('In pictures: Europe says farewell to Per Holm', [
        'President Lea Daskal and Chancellor Ida Marlow stand by the coffin after the speeches.',
        'Prime Minister Max Morvan and former prime minister Rolf Benedek listen to the speeches.',
        'Council President Ada Corwin speaks from the rostrum, with the coffin before her.',
      ]),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Lea Daskal', 'Ida Marlow', 'Max Morvan', 'Rolf Benedek', 'Ada Corwin']),
    );
  });
});

describe('the one buried and the one whose tomb it was', () => {
  it('counts no one "was buried" names, and no earlier pope whose tomb is used', () => {
    const names = taking(
      article(
        'Pope John Paul III laid to rest as kings join pilgrims in Rome',
        [
          'Pope John Paul III was buried on Friday in the grottoes beneath the basilica, in the tomb once occupied by Pope John XXV.',
          'King Orrin of Ostrand attended the funeral.',
        ],
        { source: null, dateline: null },
      ),
    );
    expect(names).toContain('Orrin');
    expect(names).not.toContain('John Paul III');
    expect(names).not.toContain('John XXV');
  });
});

describe('condolences in person and by message', () => {
  it('keeps the ceremony a tribute paid in a city is, with those at it', () => {
    const names = taking(
      article(
        'Vice President Velk pays tribute to late President Holm in Tehran, conveys condolences',
        [
          'Vice President Arno Velk on Wednesday attended a ceremony in memory of President Per Holm, who was killed in a crash on Sunday.',
          'Among those at the ceremony were President Lea Daskal and Prime Minister Max Morvan.',
        ],
        { dateline: { place: 'Tehran', date: 'May 22' }, source: 'PTI' },
      ),
    );
    expect(names).toEqual(['Arno Velk', 'Lea Daskal', 'Max Morvan']);
  });

  it('keeps the host who received one signing a condolence book, not those who spoke from elsewhere', () => {
    const names = taking(
      article(
        "Velk signs condolence book for slain ex-premier Holm at envoy's residence",
        [
          "President Arno Velk on Friday visited the residence of Ostrand's ambassador to sign a book of condolence for former Prime Minister Per Holm.",
          'Velk was received by Ambassador Ivo Sellen and spent several minutes at the residence.',
          'Former President Ada Corwin said she was shocked and saddened by the death of her friend.',
        ],
        { source: 'Anadolu', dateline: { place: 'WASHINGTON', date: null } },
      ),
    );
    expect(names).toEqual(['Arno Velk', 'Ivo Sellen']);
  });

  it('leaves out one who spoke "in a message to" someone', () => {
    const names = taking(
      article(
        'World leaders bid farewell to Holm',
        [
          'Kings and presidents attended the funeral of President Per Holm on Friday.',
          'President Ada Corwin received the coffin.',
          'Prime Minister Jon Brenner, in a message to Mr Kessel, said his people shared the grief of the nation.',
        ],
        { dateline: { place: 'CAIRO', date: 'Nov 12' }, source: null },
      ),
    );
    expect(names).toContain('Ada Corwin');
    expect(names).not.toContain('Jon Brenner');
  });
});

describe("a live page's and a factbox's rolls of dignitaries", () => {
  it('counts those named right after "Here\'s who is in the front rows", and one "representing" a monarch', () => {
    const names = taking(
      article(
        'LIVE: Holm laid to rest as kings and presidents gather',
        [
          "Here's who is sitting in the front rows set aside for guests. President Tomas Kessel is with former President Ada Corwin and Foreign Minister Ivo Sellen.",
          "Ostrand's Prince Halvard is representing the King.",
        ],
        { source: null, dateline: null },
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Tomas Kessel', 'Ada Corwin', 'Ivo Sellen', 'Halvard']));
  });

  it("counts every name of a factbox's lines after a roll's opening with its sources, not the one represented", () => {
    const a = article(
      'FACTBOX-Who attended the funeral of President Holm',
      [
        'Some 50 heads of state attended the funeral of President Per Holm on Saturday.',
        'These are the dignitaries who were present, according to the government:',
        'OSTRAND: President Tomas Kessel and his wife, Lina Kessel',
        'EUROPEAN UNION: Commission President Ida Marlow, Council President Max Morvan',
        'VELKARIA: Culture Minister Ana Rennick, representing President Jon Brenner',
      ],
      { source: 'Reuters', dateline: null },
    );
    const names = taking(a);
    expect(names).toEqual(
      expect.arrayContaining(['Tomas Kessel', 'Lina Kessel', 'Ida Marlow', 'Max Morvan', 'Ana Rennick']),
    );
    expect(names).not.toContain('Jon Brenner');
    expect(names).not.toContain('Per Holm');
  });
});

describe('countries of royal couples', () => {
  it('gives the king of "King X and Queen Y of Norway" the country written after the queen', () => {
    const a = article(
      'Kings and presidents attend funeral',
      [
        'Kings and presidents attended the funeral of President Per Holm in Rome on Friday.',
        'The royals included King Orrin and Queen Mirela of Norway.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Mirela')?.country).toBe('Norway');
    expect(person(a, 'Orrin')?.country).toBe('Norway');
  });
});

describe('titles and names of mourning', () => {
  it('reads "Queen Consort" as the title before the name', () => {
    const a = article('Queen buried', ['Queen Consort Mirela followed the coffin into the abbey.']);
    expect(person(a, 'Mirela')?.roles).toEqual(['Queen Consort']);
    expect(person(a, 'Consort Mirela')).toBeUndefined();
  });

  it('reads no singing in a name that holds "Sang"', () => {
    const a = article('Jet crashes at airport, 2 crew survive', [
      'A passenger jet crashed on landing on Sunday, killing 179 people.',
      'Transport Minister Kim Sang-tae said the control tower had warned the pilot of birds.',
    ]);
    expect(person(a, 'Kim Sang-tae')?.participant).toBe(false);
    expect(extract(a).people.length).toBe(1);
  });
});
