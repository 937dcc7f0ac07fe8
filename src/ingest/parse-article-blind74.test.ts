// Front matter seen first in the seventy-fourth blind round of held-out articles (sub-national and city diplomacy): a
// region's name alone on line 1 above the headline, Erbil's and Hong Kong's outlets on lines of their own, a time
// line with its time zone, and Kyodo's wire dateline alone on its line, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('one word on line 1 above the headline', () => {
  it('reads "Kurdistan" as the section, the next line as the headline and "Rudaw" as the credit', () => {
    const a = parse(
      " date 2023-05-02 Kurdistan\nRegion President receives Dutch envoy in Erbil\nRudaw\n02-05-2023 | 14:10\n\nERBIL, Kurdistan Region - The Region's president received the Dutch envoy on Tuesday.\nThey discussed trade.\n",
    );
    expect(a?.title).toBe('Region President receives Dutch envoy in Erbil');
    expect(a?.titleDerived).toBe(false);
    expect(a?.source).toBe('Rudaw');
    expect(a?.dateline).toEqual({ place: 'ERBIL, Kurdistan Region', date: null });
    expect(a?.paragraphs[0]).toMatch(/^The Region's president received/);
  });

  it('keeps a one-word line 1 as the headline above story text', () => {
    const a = parse(' date 2023-05-02 Talks\nThe two mayors met on Tuesday.\nThey signed a pact.\n');
    expect(a?.title).toBe('Talks');
    expect(a?.paragraphs[0]).toBe('The two mayors met on Tuesday.');
  });

  it('keeps a one-word line 1 as the headline above the source and time line', () => {
    const a = parse(
      ' date 2024-10-22 Twinned\n\nXinhua) 08:38, October 22, 2024\n\nHARBIN, Oct. 21 (Xinhua) -- The two mayors met on Monday.\n',
    );
    expect(a?.title).toBe('Twinned');
    expect(a?.titleDerived).toBe(false);
    expect(a?.paragraphs).toEqual(['The two mayors met on Monday.']);
  });
});

describe("Hong Kong's public broadcaster atop its page", () => {
  it('credits "RTHK English News" and skips its time line with the zone before the time', () => {
    const a = parse(
      ' date 2023-09-12 RTHK English News\nCE meets Thai PM in Bangkok\n2023-09-12 HKT 18:32\nShare this story\nfacebook\nThe chief executive on Tuesday met the Thai prime minister.\nThey discussed trade.\n',
    );
    expect(a?.title).toBe('CE meets Thai PM in Bangkok');
    expect(a?.source).toBe('RTHK');
    expect(a?.paragraphs[0]).toMatch(/^The chief executive on Tuesday met/);
  });
});

describe("Kyodo's wire dateline alone on its line", () => {
  it('reads "KOBE, Oct. 4 Kyodo" above the story as the dateline and credit', () => {
    const a = parse(
      " date 2018-10-04 Kobe mayor marks 50 years of ties with Seattle\n\nKOBE, Oct. 4 Kyodo\n\nKobe's mayor said Thursday the two port cities would renew their exchanges.\n\nThe ties began in 1957.\n",
    );
    expect(a?.dateline).toEqual({ place: 'KOBE', date: 'Oct. 4' });
    expect(a?.source).toBe('Kyodo');
    expect(a?.paragraphs[0]).toMatch(/^Kobe's mayor said Thursday/);
  });
});
