// Bracketed Chinese characters after a name, on invented sentences with invented people.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../common/dataset.ts';
import { extractEntities } from '../extract-people.ts';
import { testArticle } from '../test-article.ts';

const peopleOf = (...paragraphs: string[]) =>
  extractEntities(testArticle('Delegation visits Beijing', paragraphs), emptyKnowledge).people;

describe('Han names in brackets after a name', () => {
  it('records the characters as the person’s alias (ASCII or full-width brackets)', () => {
    const people = peopleOf(
      'Vice Minister Qiao Mingde (乔明德) met a delegation led by Lan Haoyu（兰浩宇）, head of the provincial trade office, on Tuesday.',
      'Qiao said both sides would expand exchanges.',
    );
    expect(people.find((p) => p.name === 'Qiao Mingde')?.aliases).toContain('乔明德');
    expect(people.find((p) => p.name === 'Lan Haoyu')?.aliases).toContain('兰浩宇');
  });

  it('takes the characters after a later mention too, once', () => {
    const people = peopleOf(
      'Vice Minister Qiao Mingde met the visitors on Tuesday.',
      'Qiao Mingde (乔明德) said the talks were frank. Qiao Mingde (乔明德) also thanked his hosts.',
    );
    expect(people.find((p) => p.name === 'Qiao Mingde')?.aliases.filter((a) => a === '乔明德')).toHaveLength(
      1,
    );
  });

  it('leaves out brackets holding anything else: a sentence in Chinese, an acronym, characters after other words', () => {
    const people = peopleOf(
      'Vice Minister Qiao Mingde (乔明德说我们将继续合作) met the visitors on Tuesday.',
      'Lan Haoyu (CPPCC) and the office (兰浩宇) attended.',
    );
    for (const p of people) expect(p.aliases.some((a) => /\p{Script=Han}/u.test(a))).toBe(false);
    expect(people.find((p) => p.name === 'Qiao Mingde')).toMatchObject({
      roles: ['Vice Minister'],
      country: 'China',
    });
  });
});
