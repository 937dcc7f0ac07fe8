// Leftovers of the seventy-seventh blind round (the wires of 1980–1994), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const delhi = (paragraphs: string[]) =>
  article('Visiting leader conferred award at Rashtrapati Bhavan', paragraphs, {
    date: '1990-10-16',
    source: 'PTI',
    dateline: { place: 'NEW DELHI', date: 'Oct 16' },
  });

describe('a party president who shares a surname with a figure of the past', () => {
  const a = delhi([
    'President R. Sundaresan today conferred the country’s highest civilian award on African National Congress ' +
      'deputy president Sipho Ndlamini at a ceremony at Rashtrapati Bhavan.',
    'Replying, Mr Ndlamini recalled that Rabin Kaushal had begun his political life in South Africa.',
    'Janata Dal (S) president Arun Kaushal called on Mr Ndlamini at Hyderabad House in the evening.',
  ]);

  it('is of the country where the story is filed, not of the recollection’s', () => {
    expect(person(a, 'Arun Kaushal')?.country).toBe('India');
  });

  it('leaves the visitor and the host where they were', () => {
    expect(person(a, 'Sipho Ndlamini')?.country).toBe('South Africa');
    expect(person(a, 'R. Sundaresan')?.country).toBe('India');
  });
});

describe('a bare cabinet post paired with a foreigner named by nationality', () => {
  const moscow = (sentence: string) =>
    article(
      'Russia and U.S. sign arms treaty in the Kremlin',
      [
        'Russian President Igor Bystrov and U.S. President Alan Wexford signed in the Kremlin today a treaty ' +
          'cutting their strategic arsenals.',
        sentence,
      ],
      { date: '1993-01-04', source: 'ITAR-TASS', dateline: { place: 'MOSCOW', date: 'January 3' } },
    );

  it('is of the story’s own side, not of the nationality that titles the one after "and"', () => {
    const a = moscow(
      'Russian Foreign Minister Pyotr Dunayev and U.S. Secretary of State Lena Harwick, who had settled the last ' +
        'clauses in Vienna a week before, attended the ceremony, as did Defence Minister Oleg Kalinsky and the U.S. ' +
        'President’s national security adviser, Mark Tennick.',
    );
    expect(person(a, 'Oleg Kalinsky')?.country).toBe('Russia');
    expect(person(a, 'Mark Tennick')?.country).toBe('United States');
  });

  it('still takes the nationality of its own title', () => {
    const a = moscow(
      'The foreign ministers attended the ceremony, as did U.S. Defense Secretary Oleg Kalinsky and the Russian ' +
        'President’s adviser, Mark Tennick.',
    );
    expect(person(a, 'Oleg Kalinsky')?.country).toBe('United States');
  });
});

describe('an unfamiliar name set off by a nationality used as a noun', () => {
  const oslo = (sentence: string) =>
    article('Accord initialled in secret talks', [
      'Two sides initialled a draft accord at a secret ceremony in Oslo, officials said Monday.',
      sentence,
    ]);

  it('is a person: "X, a Norwegian who heads …"', () => {
    const a = oslo(
      'The talks were arranged by Tevald Aaby-Holmvik, a Norwegian who heads a research institute.',
    );
    expect(person(a, 'Tevald Aaby-Holmvik')).toBeDefined();
  });

  it('is not one when the nationality describes a thing: "X, a Norwegian shipyard,"', () => {
    const a = oslo('The contract went to Tevald Holmvik, a Norwegian shipyard, last year.');
    expect(person(a, 'Tevald Holmvik')).toBeUndefined();
    // The same name set off by the nationality of one who heads the shipyard is the person.
    const b = oslo('The contract went to Tevald Holmvik, a Norwegian who heads a shipyard, last year.');
    expect(person(b, 'Tevald Holmvik')?.country).toBe('Norway');
  });
});
