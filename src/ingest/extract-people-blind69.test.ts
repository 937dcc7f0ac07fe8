// People seen first in the sixty-ninth blind round of held-out articles (borders, seas and territory: ambassadors
// summoned, coast guards and navies, sailors and ratings, special representatives, a peace treaty's guarantors,
// hotline talks between commanders), on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const reuters = { source: 'Reuters', dateline: { place: 'LONDON', date: 'May 9' } };

describe('navies, their ratings and their ships', () => {
  it('finds ratings named by their rank ("Able Seaman", "Leading Seaman")', () => {
    const a = article(
      'Sailors freed',
      ['The group includes Leading Seaman Jane Pruitt and Able Seaman Tom Hensley, who is the youngest.'],
      reuters,
    );
    expect(person(a, 'Jane Pruitt')?.roles).toEqual(['Leading Seaman']);
    expect(person(a, 'Tom Hensley')?.roles).toEqual(['Able Seaman']);
  });

  it('keeps "Royal" in a service\'s name before a rank, and reads the service as Britain\'s', () => {
    const a = article(
      'Sailors freed',
      ['Royal Marines Captain Alan Birch and Royal Navy Captain Ian Rennick spoke.'],
      reuters,
    );
    expect(person(a, 'Alan Birch')).toMatchObject({
      roles: ['Royal Marines Captain'],
      country: 'United Kingdom',
    });
    expect(person(a, 'Ian Rennick')).toMatchObject({
      roles: ['Royal Navy Captain'],
      country: 'United Kingdom',
    });
  });

  it('still drops "His Royal Highness" from a prince\'s title', () => {
    const a = article('Prince visits', ['His Royal Highness Prince Tomas Aldo arrived on Monday.'], reuters);
    expect(person(a, 'Tomas Aldo')?.roles).toEqual(['Prince']);
  });

  it('reads "the Revolutionary Guards naval commander" as one title, and the Guards as Iran\'s', () => {
    const a = article('Sailors freed', [
      'The president pinned a medal on Reza Kuhan, the Revolutionary Guards naval commander whose men seized the boat.',
    ]);
    expect(person(a, 'Reza Kuhan')).toMatchObject({
      roles: ['Revolutionary Guards naval commander'],
      country: 'Iran',
    });
  });

  it("gives a ship's commanding officer the country of an HMS", () => {
    const a = article(
      'Sailors freed',
      ['Commodore Nick Tavan, commanding officer of the frigate HMS Dorset, said the crew was delighted.'],
      { source: 'AFP', dateline: { place: 'TEHRAN', date: 'April 4' } },
    );
    expect(person(a, 'Nick Tavan')?.country).toBe('United Kingdom');
  });
});

describe('Philippine names and titles', () => {
  it('keeps "Ma." (María) in a name after a title, and reads "Undersecretary" as a title', () => {
    const a = article('DFA summons envoy', [
      'Foreign Affairs Undersecretary Ma. Theresa Ilagan met the ambassador at the DFA main office.',
      '"Undersecretary Ilagan told the ambassador that the actions were illegal," the spokesperson said.',
    ]);
    expect(person(a, 'Ma. Theresa Ilagan')?.roles).toEqual([
      'Foreign Affairs Undersecretary',
      'Undersecretary',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Ma. Theresa Ilagan']);
  });

  it('still ends a sentence after the surname Ma', () => {
    const a = article('Forum opens', ['The talks were hosted by Jack Ma. The two delegations then left.']);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Jack Ma']);
  });
});

describe("countries' names and demonyms of the time", () => {
  it('reads "Ecuadoran" as Ecuador\'s and North Vietnam as Vietnam', () => {
    const a = article(
      'Leaders meet',
      [
        'Ecuadoran President Jaime Lopera arrived on Monday.',
        'He recalled a visit by President Van Thanh Quist of North Vietnam.',
      ],
      reuters,
    );
    expect(person(a, 'Jaime Lopera')?.country).toBe('Ecuador');
    expect(person(a, 'Van Thanh Quist')?.country).toBe('Vietnam');
  });

  it("gives the title before a rank to its holder after an opening clause's comma", () => {
    const a = article('Two armies agree to ceasefire after hotline talks', [
      "According to the army, Pakistan's Director General of Military Operations (DGMO), Maj Gen Asad Darvish, and his Indian counterpart, Lt Gen Ravi Sethi, spoke on the hotline.",
    ]);
    expect(person(a, 'Asad Darvish')).toMatchObject({
      roles: ['Maj Gen', "Pakistan's Director General of Military Operations (DGMO)"],
      country: 'Pakistan',
    });
    expect(person(a, 'Ravi Sethi')?.country).toBe('India');
  });
});

describe('who was at a signing', () => {
  const title = 'Two neighbours sign peace treaty ending border conflict';
  const signers = 'President Jaime Lopera and President Alberto Sanz put their signatures to the agreement.';

  it('keeps the host at the ceremony when the sentence dates a treaty by its name', () => {
    const a = article(title, [
      signers,
      'The ceremony was hosted by Brazilian President Fernando Brito and attended by Chilean President Eduardo Mena, whose countries act as guarantors of the 1942 Rio de Janeiro Protocol of the earlier conflict.',
    ]);
    expect(taking(a)).toEqual(['Jaime Lopera', 'Alberto Sanz', 'Fernando Brito', 'Eduardo Mena']);
  });

  it('still leaves out those who signed a dated treaty long ago', () => {
    const a = article(title, [
      signers,
      'The border was drawn under the 1942 Rio de Janeiro Protocol, signed by President Carlos Arroyo and President Luis Corvera.',
    ]);
    expect(taking(a)).toEqual(['Jaime Lopera', 'Alberto Sanz']);
  });

  it('leaves out a leader who had been expected to attend but did not', () => {
    const a = article('Two neighbours reopen border to trade', [
      'President Diego Ferrando walked onto the bridge as the first lorries rolled across.',
      'President Nicolas Belisario, who had been expected to attend but did not, praised the reopening in a statement.',
    ]);
    expect(taking(a)).toEqual(['Diego Ferrando']);
  });
});

describe('names that look like something else', () => {
  it('reads "German" right after a title as a given name, and a German title still as Germany\'s', () => {
    const a = article('Border reopens', [
      'Colombian President Gustavo Lopera was accompanied by Trade Minister German Tavish and Transport Minister Guillermo Rey.',
      'German Chancellor Olaf Halloran sent a message.',
    ]);
    expect(person(a, 'German Tavish')?.roles).toEqual(['Trade Minister']);
    expect(person(a, 'Guillermo Rey')?.country).toBe('Colombia');
    expect(person(a, 'Olaf Halloran')?.country).toBe('Germany');
  });

  it('takes no person from a town named after a saint', () => {
    const a = article('Border reopens', [
      'Traders in Cucuta and San Antonio del Tachira hope the reopening will revive sales.',
    ]);
    expect(extract(a).people).toEqual([]);
    expect(extract(a).places).toEqual(expect.arrayContaining(['Cucuta', 'San Antonio del Tachira']));
  });

  it('keeps a surname particle after an initial ("Albert F. del Corvera")', () => {
    const a = article('Statement', [
      'The case was filed when Secretary of Foreign Affairs Albert F. del Corvera notified the embassy.',
      'Writer S. de Lind also spoke.',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Albert F. del Corvera', 'S. de Lind']);
  });

  it('takes no person from a law firm named after its partners', () => {
    const a = article('Statement', [
      'The delegation was led by Solicitor General Florin Dacanay, with Paul S. Amparo of the law firm Foley Hoag as counsel.',
    ]);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Florin Dacanay', 'Paul S. Amparo']);
  });

  it('reads "FM" before a name as a foreign minister\'s title, but not after a frequency', () => {
    const a = article('Border demarcation completed', [
      'The statement was signed by Deputy Foreign Minister Vu Lam and Vice Foreign Minister Wu Tao.',
      'Speaking at the ceremony, Deputy FM Lam said the work was significant. Listen on 98.5 FM Radio Liberty.',
    ]);
    expect(person(a, 'Vu Lam')?.roles).toEqual(['Deputy Foreign Minister', 'Deputy FM']);
    expect(extract(a).people.map((p) => p.name)).toEqual(['Vu Lam', 'Wu Tao']);
  });
});

describe('ambassadors recalled and summoned', () => {
  it('finds an ambassador named after "would recall its ambassador in …,"', () => {
    const a = article('Leader visits islets', [
      'The foreign minister said Tokyo would recall its ambassador in Seoul, Masatoshi Kurobe, for consultations.',
    ]);
    expect(person(a, 'Masatoshi Kurobe')?.roles).toEqual(['ambassador in Seoul']);
  });
});

describe('a statement printed under its own heading', () => {
  it('finds the titled issuer the heading names, who alone takes part', () => {
    const a = article(
      'Statement of Secretary of Foreign Affairs Ramon T. Valmora Jr. on the Award of the Arbitral Tribunal',
      [
        'The Republic welcomes the Award the Arbitral Tribunal issued today.',
        'The Tribunal, presided over by Judge Hans Ostrander, rendered its Award in The Hague.',
        'The case was filed in 2013 when Secretary of Foreign Affairs Luis Sabater notified the embassy.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Ramon T. Valmora Jr.')?.roles).toEqual(['Secretary of Foreign Affairs']);
    expect(taking(a)).toEqual(['Ramon T. Valmora Jr.']);
  });
});

describe('whose country, by the body, the envoy or the side', () => {
  it("reads an acronym's country from the state body the story spells it out as", () => {
    const a = article('Manila summons envoy', [
      'China Coast Guard (CCG) ships fired water cannons at Philippine vessels.',
      'CCG spokesperson Gan Lu said the Philippine boat had rammed the Chinese ship.',
    ]);
    expect(person(a, 'Gan Lu')?.country).toBe('China');
  });

  it("leaves a party's nationality word to the people it names", () => {
    const a = article(
      'Minister resigns',
      [
        "Two MPs of the Swedish People's Party (SPP), which sits in the government, voted against him.",
        'SPP chair and Justice Minister Anna Lindqvist said the resignation was right.',
      ],
      { source: 'Reuters', dateline: { place: 'HELSINKI', date: 'June 30' } },
    );
    expect(person(a, 'Anna Lindqvist')?.country).toBe('Finland');
  });

  it('gives one who summons a foreign envoy the country the envoy is posted to', () => {
    const a = article(
      'Leader visits islets',
      [
        'President Kim Dae-sung flew to the islets on Friday.',
        'Japan reacted angrily. Foreign Minister Koji Arata summoned South Korean Ambassador to Japan Shin Dong-ho to lodge a protest.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Aug. 10' } },
    );
    expect(person(a, 'Koji Arata')?.country).toBe('Japan');
    expect(person(a, 'Shin Dong-ho')?.country).toBe('South Korea');
  });

  it('gives everyone a side\'s team is "led by" that side\'s country', () => {
    const a = article('Colombia and Venezuela reopen border', [
      'Colombian President Gustavo Lopera walked onto the bridge, accompanied by Transport Minister Guillermo Rey.',
      'On the Venezuelan side, the team was led by Interior Minister Ramon Ferrando and Tachira state governor Freddy Belisario.',
    ]);
    expect(person(a, 'Ramon Ferrando')?.country).toBe('Venezuela');
    expect(person(a, 'Freddy Belisario')?.country).toBe('Venezuela');
  });
});
