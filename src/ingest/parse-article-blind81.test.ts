// Front matter seen first in the eighty-first blind round of held-out articles (written diplomacy): an office's own
// site named on line 1 over the headline ("President of Russia" above a message of condolences), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const STORY =
  '\nMarch 3, 2021\nThe President sent a message of greetings to the people of the island on Wednesday.\n';

describe("an office's site named on line 1", () => {
  it.each([
    'President of Estonia',
    'Prime Minister of Portugal',
    'Ministry of Foreign Affairs of the Republic of Chile',
  ])('takes %j for the site, and the line below it for the headline', (line1) => {
    const a = parse(
      ` date 2021-03-03 ${line1}\nGreetings to the people of the island on its national day${STORY}`,
    );
    expect(a?.title).toBe('Greetings to the people of the island on its national day');
    expect(a?.source).toBe(line1);
  });

  it('keeps a headline that only opens with an office', () => {
    const a = parse(` date 2021-03-03 President of Estonia sends greetings to island${STORY}`);
    expect(a?.title).toBe('President of Estonia sends greetings to island');
  });
});
