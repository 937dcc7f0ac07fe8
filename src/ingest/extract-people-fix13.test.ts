// Known misses of the held-out articles, on invented sentences (none of these people are in the held-out files):
// offices whose country the story says only indirectly, demonyms of small states, acronyms and sources.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

describe('countries of offices the story names indirectly', () => {
  it('gives "its President" the country of the body "its" refers to, not a nationality named after it', () => {
    const a = article(
      'Chief justice meets envoy',
      [
        'Ambassador of Norway to Kenya Ola Brekke called on Chief Justice of Kenya Ruth Wanjala on Monday.',
        'Brekke said the Supreme Court of Norway was keen to host a delegation of Kenyan judges, and conveyed an invitation from its President Sigrid Holm.',
      ],
      { source: 'Kenya News Agency', dateline: { place: 'NAIROBI', date: null } },
    );
    expect(person(a, 'Sigrid Holm')?.country).toBe('Norway');
  });

  it('does not give a bare President or Vice President the country of a monarchy’s dateline, but the seat named beside them', () => {
    const a = article(
      'Prime minister hosts Ukrainian leader',
      [
        'Prime Minister Oliver Banks welcomed Ukrainian President Taras Melnyk to Downing Street on Saturday, a day after Melnyk’s Oval Office meeting with President Walter Greene ended in a row.',
        'The two leaders held talks for an hour. Defense Secretary Ian Cole also attended the talks.',
        '“You have full backing across the United Kingdom,” Banks told his guest.',
        'Vice President Carl Dunne had accused Melnyk of being rude during the meeting in Washington.',
      ],
      { source: 'AP', dateline: { place: 'LONDON', date: null } },
    );
    expect(person(a, 'Walter Greene')?.country).toBe('United States');
    expect(person(a, 'Carl Dunne')?.country).toBe('United States');
    expect(person(a, 'Ian Cole')?.country).toBe('United Kingdom');
  });

  it('gives a bare President the one side of the headline whose office is free', () => {
    const a = article(
      'China, U.S. agree to cut tariffs after Geneva talks',
      [
        'Chinese Vice Premier Ma Kaiwen held talks with U.S. Treasury Secretary Peter Vaughan in Geneva on Sunday.',
        'Swiss President Anna Brunner welcomed the outcome in a statement on Monday.',
        'The central bank earlier cut rates to cushion the economy against higher tariffs imposed by President Roy Keller.',
      ],
      { dateline: { place: 'GENEVA', date: null } },
    );
    expect(person(a, 'Roy Keller')?.country).toBe('United States');
    expect(person(a, 'Anna Brunner')?.country).toBe('Switzerland');
  });
});
