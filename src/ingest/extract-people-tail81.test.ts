// Leftovers of the seventy-ninth blind round (small states in their own outlets): a people's noun before a seat and
// a party named for a nation's community in another state, on invented sentences with invented people: none of them
// are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const local = { source: null, dateline: null };

const sarajevo = { source: 'FENA', dateline: { place: 'SARAJEVO', date: 'October 3' } };

describe("a people's noun and a community's party", () => {
  it('reads "the Croat member" and "the Serb member" as seats of the state, not Croatia or Serbia', () => {
    const a = article(
      'Presidency results announced',
      [
        'Tomo Brkanović was re-elected as the Croat member of the BiH Presidency, and Dušanka Lekić was elected the Serb member.',
      ],
      sarajevo,
    );
    expect(person(a, 'Tomo Brkanović')?.country).toBe('Bosnia and Herzegovina');
    expect(person(a, 'Dušanka Lekić')?.country).not.toBe('Serbia');
  });

  it('reads "the Croatian Democratic Union of BiH" as a party of Bosnia and Herzegovina', () => {
    const a = article(
      'Parties react to decree',
      [
        'BiH opposition leader Edin Hodžalić accused the envoy of giving in to the Croatian Democratic Union of BiH, led by Ante Vrdoljak.',
      ],
      sarajevo,
    );
    expect(person(a, 'Edin Hodžalić')?.country).toBe('Bosnia and Herzegovina');
    expect(person(a, 'Ante Vrdoljak')?.country).toBe('Bosnia and Herzegovina');
  });

  it('still reads a Croatian leader in his own party as Croatian', () => {
    const a = article(
      'Leaders meet',
      ['Croatian Prime Minister Ante Vrdoljak met Foreign Minister Edin Hodžalić of BiH on Monday.'],
      sarajevo,
    );
    expect(person(a, 'Ante Vrdoljak')?.country).toBe('Croatia');
  });
});

describe("a realm's leader speaking of another nation's crown", () => {
  const kingstown = { source: 'Vincy Herald', dateline: null };

  it("keeps the leader at home and gives the visiting prince the crown's nation", () => {
    const a = article(
      'Prime minister tells royals the islands will become a republic',
      [
        'Prime Minister Dorrance Ambrose yesterday told Prince Edmund that Saint Lucia means to leave the British monarchy behind and elect its own head of state.',
        "Ambrose's wife, Mereline Ambrose, also met the prince at the official residence.",
      ],
      kingstown,
    );
    expect(person(a, 'Dorrance Ambrose')?.country).toBe('Saint Lucia');
    expect(person(a, 'Mereline Ambrose')?.country).toBe('Saint Lucia');
    expect(person(a, 'Edmund')?.country).toBe('United Kingdom');
  });

  it("still reads the crown's nation for its heir", () => {
    const a = article(
      'Heir opens hospital',
      ['Prince Edmund, heir to the British throne, opened the new wing on Monday.'],
      kingstown,
    );
    expect(person(a, 'Edmund')?.country).toBe('United Kingdom');
  });
});

describe("an unknown name before its party's word in brackets", () => {
  it('finds the person who "took over" or "was elected" after the bracketed party', () => {
    const a = article(
      'New ministers named',
      [
        'Reet Tamm-Rosin (Reform) took over the finance ministry from Mart Kuusk, and Vesna Ilić (SNSD) was elected to the Presidency.',
      ],
      local,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toContain('Reet Tamm-Rosin');
    expect(names).toContain('Vesna Ilić');
  });

  it('leaves a body\'s name "of" its subject with its initials alone', () => {
    const a = article(
      'Watchdog votes',
      [
        'Members of the Organisation for the Prohibition of Nerve Toxins (OPNT) voted on Wednesday to widen its powers.',
      ],
      local,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual([]);
    expect(extract(a).organizations).toEqual(['Organisation for the Prohibition of Nerve Toxins']);
  });
});
