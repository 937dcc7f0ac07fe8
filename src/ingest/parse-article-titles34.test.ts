// Derived titles (a file without a headline) that read as headlines: cut at a phrase boundary, never inside a name
// and never on a dangling "the", "of" or "with". Invented sentences and people only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveTitle, parseArticle } from './parse-article.ts';

const DANGLING = ['the', 'a', 'an', 'of', 'and', 'with', 'to', 'in', 'on', 'for', 'by', 'at', 'from'];

describe('a derived title cut near 90 characters', () => {
  it('keeps a name the 90-character mark falls inside whole, a few characters over', () => {
    const t = deriveTitle(
      'Norwegian Trade Minister Ingrid Halvorsen held a video call with Nigerian Trade Minister Chidi Okonkwo ' +
        'on Monday to discuss tariffs.',
    );
    expect(t).toBe(
      'Norwegian Trade Minister Ingrid Halvorsen held a video call with Nigerian Trade Minister Chidi Okonkwo…',
    );
  });

  it('leaves out a run of capitals too long to finish, rather than cutting it', () => {
    const t = deriveTitle(
      'Norwegian Trade Minister Ingrid Halvorsen held a video call with the Deputy Secretary-General of the ' +
        'Organisation of Coastal States Maren Lindqvist on Monday.',
    );
    expect(t).toBe('Norwegian Trade Minister Ingrid Halvorsen held a video call…');
  });

  it('backs off before an office and its name rather than end on "Speaker of…", "with…" or "the visiting…"', () => {
    const t = deriveTitle(
      'Vice President Tomas Keszler met with the visiting Northland Deputy Speaker of the National Assembly ' +
        'Oren Abernathy in the capital on Friday.',
    );
    expect(t).toBe('Vice President Tomas Keszler met…');
  });

  it('never ends on "the", "of" or "with"', () => {
    const t = deriveTitle(
      'Officials from the northern provinces gathered in the old harbour town for three days of talks about the ' +
        'future of the fishing fleet.',
    );
    expect(t).toBe('Officials from the northern provinces gathered in the old harbour town for three days…');
  });

  it('prefers a phrase boundary (a comma, or before "on", "in", "who", "said") to a later arbitrary word', () => {
    expect(
      deriveTitle(
        'The mayor of the harbour town, who took office last spring after a close vote, opened a new ferry ' +
          'terminal on Tuesday.',
      ),
    ).toBe('The mayor of the harbour town, who took office last spring after a close vote…');
    expect(
      deriveTitle(
        'The Nordic ministers opened the conference in the port city with a joint statement on shipping lanes ' +
          'and the rights of fishermen.',
      ),
    ).toBe('The Nordic ministers opened the conference in the port city with a joint statement…');
  });

  it('keeps the period of "U.S." before the ellipsis and does not split "U.S. and Canadian envoys"', () => {
    expect(
      deriveTitle(
        'The delegation reached the capital after talks with the U.S. and Canadian envoys about fishing quotas ' +
          'that had stalled.',
      ),
    ).toBe('The delegation reached the capital after talks with the U.S. and Canadian envoys…');
    expect(
      deriveTitle(
        'The delegation reached the port after two weeks of talks about fishing quotas and shipping with the U.S. ' +
          'on Monday.',
      ),
    ).toBe('The delegation reached the port after two weeks of talks about fishing quotas and shipping…');
  });

  it('keeps a number with the name it belongs to ("the 14th Nordic Fisheries Conference")', () => {
    const t = deriveTitle(
      'Norwegian Trade Minister Ingrid Halvorsen on Tuesday opened the 14th Nordic Fisheries Ministers Conference ' +
        'of the Arctic Coastal States in the northern port.',
    );
    expect(t).toBe('Norwegian Trade Minister Ingrid Halvorsen on Tuesday opened…');
  });

  it('keeps a sentence whole when it ends in a name a few characters past 90', () => {
    expect(
      deriveTitle(
        'Trade Minister Ingrid Halvorsen held a video call on Monday with Nigerian Trade Minister Chidi Okonkwo. ' +
          'They spoke for an hour.',
      ),
    ).toBe(
      'Trade Minister Ingrid Halvorsen held a video call on Monday with Nigerian Trade Minister Chidi Okonkwo',
    );
  });

  it('still cuts a sentence without spaces at 90 characters', () => {
    const t = deriveTitle(`${'x'.repeat(200)}.`);
    expect(t).toBe(`${'x'.repeat(90)}…`);
  });

  it('is what the parser gives a file whose line 1 holds a lede', () => {
    const lede =
      'Norwegian Trade Minister Ingrid Halvorsen held a video call with Nigerian Trade Minister Chidi Okonkwo ' +
      'on Monday to discuss tariffs and fishing quotas for the coming year.';
    const { article } = parseArticle(` date 2024-03-04 ${lede}\n\nThey spoke for an hour.\n`);
    expect(article).toMatchObject({ title: deriveTitle(lede), titleDerived: true });
    expect(article!.title).toMatch(/Chidi Okonkwo…$/);
  });

  it('is a prefix of the first sentence, at most 12 characters over 90, never ending on a dangling word', () => {
    const word = fc.constantFrom(
      'Minister',
      'Ingrid',
      'Halvorsen',
      'U.S.',
      'Okonkwo,',
      'the',
      'of',
      'with',
      'and',
      'met',
      'talks',
      'harbour',
      'on',
      'Monday',
      '14th',
      'said',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 5, maxLength: 40 }), (words) => {
        const sentence = `${words.join(' ')}.`;
        const t = deriveTitle(sentence);
        if (!t.endsWith('…')) return;
        const stem = t.slice(0, -1);
        expect(sentence.startsWith(stem)).toBe(true);
        expect(stem.length).toBeLessThanOrEqual(102);
        expect(DANGLING).not.toContain(stem.split(' ').pop());
      }),
      { numRuns: 500 },
    );
  });
});
