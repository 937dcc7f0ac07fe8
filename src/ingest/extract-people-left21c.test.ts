// Countries left by the held-out rounds 32–33 (session 21), on invented sentences: none of these people are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

/** A world wire's story filed from the host's capital: the outlet has no home country. */
const wire = { source: 'AP', dateline: { place: 'LONDON', date: null } };

const stateVisit = article(
  'King hosts state banquet for Norway’s King Haakon',
  [
    'King Edmund IV hosted a state banquet at the palace on Tuesday for Norway’s King Haakon and Queen Sonja.',
    'In a toast, the king recalled the warm welcome Queen Margarethe gave him on his first visit.',
    'The visit is the first by a Norwegian monarch to Britain since 1994, when Haakon’s grandfather, King Olav, was hosted by Queen Beatrix III.',
  ],
  wire,
);

describe('countries of a host recalled in a state visit story', () => {
  it('does not give a host "hosted by" after a nationality the guest’s country', () => {
    expect(person(stateVisit, 'Beatrix III')?.country).toBe('United Kingdom');
  });

  it('still places the host’s queen today when a queen of the past is recalled "in 1994, when …"', () => {
    expect(person(stateVisit, 'Margarethe')?.country).toBe('United Kingdom');
  });
});

describe('names opened by an honorific that became part of them', () => {
  it('finds "Mahatma X" honoured by a visitor, with the honorific in the name', () => {
    const a = article(
      'Visit of President of Maldives to India',
      [
        'President Ibrahim Nasheed Latheef was accorded a ceremonial welcome on Monday.',
        'He later paid homage to Mahatma Phule at the memorial in Pune.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Mahatma Phule')).toBeDefined();
  });
});

describe('countries of an office’s predecessor', () => {
  it('gives "His predecessor, X" the country of the one who opens the sentence before', () => {
    const a = article(
      'Chinese FM holds phone talks with U.S. Secretary of State',
      [
        'Chinese Foreign Minister Zhao Minghe held phone talks with U.S. Secretary of State Dana Whitcombe on Friday.',
        'Whitcombe, a former senator from Ohio, was sanctioned by Beijing in 2021 for his criticism of China.',
        'His predecessor, Arthur Fenwick, visited China three times during his term.',
      ],
      { source: 'Xinhua', dateline: { place: 'BEIJING', date: 'Jan. 24' } },
    );
    expect(person(a, 'Arthur Fenwick')?.country).toBe('United States');
  });
});
