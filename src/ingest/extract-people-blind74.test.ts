// People seen first in the seventy-fourth blind round of held-out articles (sub-national and city diplomacy: governors,
// mayors, state premiers and regional presidents with foreign leaders), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('an office named by its region before the name', () => {
  it('reads "Governor of Nevada Carla Whitfield" as the governor, not a place "Nevada Carla Whitfield"', () => {
    const a = article('President meets governor', [
      'Chinese President Xi Jinping met with Governor of Nevada Carla Whitfield in Beijing on Tuesday.',
      'Whitfield said the state wanted more flights.',
    ]);
    expect(person(a, 'Carla Whitfield')?.roles).toEqual(['Governor of Nevada']);
    expect(person(a, 'Carla Whitfield')?.country).toBe('United States');
    expect(extract(a).places).not.toContain('Nevada Carla Whitfield');
  });

  it('still reads "Mayor of Paris Saint-Germain" as no person', () => {
    const a = article('Fans gather', [
      'Mayor of Paris Saint-Germain supporters gathered outside the stadium.',
    ]);
    expect(extract(a).people).toEqual([]);
  });
});

describe('a station before a name', () => {
  it('finds "Indian student Arjun Tarrant" named once, of India', () => {
    const a = article('Minister raises attacks', [
      'The minister raised the killing of Indian student Arjun Tarrant in Perth last month.',
    ]);
    expect(person(a, 'Arjun Tarrant')?.country).toBe('India');
  });
});

describe('a portfolio joined by "and the"', () => {
  it('reads "Secretary for Financial Services and the Treasury Martin Kwok" as one title and a name', () => {
    const a = article('Chief executive visits Bangkok', [
      'Secretary for Financial Services and the Treasury Martin Kwok joined the talks.',
    ]);
    expect(person(a, 'Martin Kwok')?.roles).toEqual(['Secretary for Financial Services and the Treasury']);
  });
});
