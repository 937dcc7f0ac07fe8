// Front matter seen first in the thirty-third blind round of held-out articles (diplomatic readouts and press
// releases), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('front matter of the thirty-third round', () => {
  it('skips a government site’s masthead lines above a press release’s headline', () => {
    const a = parse(
      ' date 2024-12-16 Skip to main content\nMinistry of Foreign Affairs\nGovernment of Ruritania\n' +
        'Visit of the Prime Minister of Ruritania to Freedonia (December 15-17, 2024)\nDecember 16, 2024\n\n' +
        '1. The Prime Minister of Ruritania is on an official visit to Freedonia.\n',
    );
    expect(a?.title).toBe('Visit of the Prime Minister of Ruritania to Freedonia (December 15-17, 2024)');
    expect(a?.titleDerived).toBe(false);
  });
});
