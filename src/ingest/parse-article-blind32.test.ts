// Front matter seen first in the thirty-second blind round of held-out articles (a day of the English services of
// non-Chinese national wires), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-second round', () => {
  it('skips a one-word section label ("Sport") on line 1 and takes the headline from line 2', () => {
    const a = parse(
      ' date 2024-08-03 Sport\nSwimmer wins Olympic gold in butterfly\n' +
        'Paris, August 3 (MTI) – The swimmer won the men’s 100m butterfly on Saturday.\n',
    );
    expect(a?.title).toBe('Swimmer wins Olympic gold in butterfly');
    expect(a?.titleDerived).toBe(false);
  });
});
