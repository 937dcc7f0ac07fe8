// Leftovers of the seventy-fourth blind round (sub-national and city diplomacy), session 40, on invented sentences
// with invented people and places: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('names listed before ", both <nationality>"', () => {
  it('gives both listed people the shared nationality', () => {
    const a = article('Flag passed to Velmar as Games close', [
      'Mayor Tan Weiming handed the flag to Velmar Mayor Harold Pike on Sunday.',
      'From a bus on the stage, singer Marla Quint and drummer David Tarrow, both British, performed a song.',
    ]);
    expect(person(a, 'Marla Quint')?.country).toBe('United Kingdom');
    expect(person(a, 'David Tarrow')?.country).toBe('United Kingdom');
  });

  it('reads the list after a verb, beside a minister of another country', () => {
    const a = article('Minister meets artists', [
      'French Culture Minister Jean Morel met Marla Quint and David Tarrow, both British, in Paris on Sunday.',
    ]);
    expect(person(a, 'Jean Morel')?.country).toBe('France');
    expect(person(a, 'Marla Quint')?.country).toBe('United Kingdom');
    expect(person(a, 'David Tarrow')?.country).toBe('United Kingdom');
  });
});

describe('a state named like a given name, right before its own office', () => {
  const delhi = { source: 'PTI', dateline: { place: 'New Delhi', date: 'Feb 2' } };
  it('places "Victoria Police Chief Commissioner X" in Australia, in a story filed from India', () => {
    const a = article(
      'Premier meets minister',
      [
        'The Premier of the Australian state of Victoria, Ian Selwood, met External Affairs Minister Ravi Menon.',
        'Victoria Police Chief Commissioner Alan Pryce briefed Indian officials on the investigations.',
      ],
      delhi,
    );
    expect(person(a, 'Alan Pryce')?.country).toBe('Australia');
  });

  it('keeps a person called Victoria a person, of the story', () => {
    const a = article(
      'Minister meets delegation',
      ['External Affairs Minister Ravi Menon met Indian student Victoria Dsouza in New Delhi.'],
      delhi,
    );
    expect(person(a, 'Victoria Dsouza')?.country).toBe('India');
  });
});

describe('", who as <office> had …"', () => {
  it('gives the office held to the name before the clause', () => {
    const a = article('Premier meets president', [
      'State Premier Horst Velter met President Ivan Morozko in Moscow on Wednesday.',
      'Velter was accompanied by his predecessor Klaus Wendt, who as minister-president had cultivated close ties.',
    ]);
    expect(person(a, 'Klaus Wendt')?.roles).toContain('minister-president');
  });

  it('reads "who as mayor" too, and no office in "who as a child"', () => {
    const a = article('Governor visits', [
      'Governor Ann Coles was joined by Peter Hallam, who as mayor had opened the school.',
      'She met Maria Olden, who as a child had lived in the town.',
    ]);
    expect(person(a, 'Peter Hallam')?.roles).toContain('mayor');
    expect(person(a, 'Maria Olden')?.roles).toEqual([]);
  });
});

describe('"Mayor A, <appositive>, and Mayor B said …" at a gathering', () => {
  it('makes the name before the appositive a speaker of the shared verb too', () => {
    const a = article(
      'Mayors pledge deeper cuts as summit opens in Dorsk',
      [
        'Mayors of nearly 100 cities gathered in Dorsk on Thursday for the World Mayors Summit.',
        'Velmont Mayor David Tarrow, who took over as chair of the network in August, told the opening session ' +
          'that cities would act.',
        "Lisk Mayor Anne Velmar, Tarrow's predecessor at the helm of the network, and Brana Mayor Paolo Rinaldi " +
          'said cities had to act.',
      ],
      { source: 'Reuters', dateline: { place: 'DORSK', date: '' } },
    );
    expect(person(a, 'Anne Velmar')?.participant).toBe(true);
    expect(person(a, 'Paolo Rinaldi')?.participant).toBe(true);
  });
});

describe('"who has since moved to <state or country>"', () => {
  it('places one nothing else placed in the country of their new home', () => {
    const a = article(
      'Vice president returns to the town he visited in 1985',
      [
        'Vice President Li Wenhai returned on Wednesday to the small town where he stayed 27 years ago.',
        'Marion Kessel, whose family put Li up in 1985 and who has since moved to Oregon, flew back for the occasion.',
      ],
      { source: 'AP', dateline: { place: 'DORSK', date: '' } },
    );
    expect(person(a, 'Marion Kessel')?.country).toBe('United States');
  });
});
