// Front matter seen first in the sixty-third blind round of held-out articles (disasters, health and humanitarian
// diplomacy: a UN news page, a reprint service's copy of a government release, a local paper's live page), on
// invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('mastheads and section labels above the headline', () => {
  it('credits UN News by its old masthead, "UN News Centre", and takes the headline below it', () => {
    const a = parse(
      ' date 2014-06-02 Skip to main content\nUN News Centre\nUN envoy praises relief workers in flood-hit valley\n2 June 2014 – The envoy today visited the valley and thanked the relief workers.\n',
    );
    expect(a?.title).toBe('UN envoy praises relief workers in flood-hit valley');
    expect(a?.source).toBe('UN News');
    expect(a?.paragraphs[0]).toMatch(/^2 June 2014 – The envoy/);
  });

  it('reads a country\'s news section on line 1 ("Lebanon News") as chrome, not as the headline', () => {
    const a = parse(
      ' date 2021-03-04 Lebanon News\nMinister tours damaged hospital, pledges repairs\nThe minister visited the hospital on Thursday.\n',
    );
    expect(a?.title).toBe('Minister tours damaged hospital, pledges repairs');
  });

  it('keeps a headline that only opens with a country and ends in "News"', () => {
    const a = parse(
      ' date 2021-03-04 Lebanon welcomes good news\nThe minister visited the hospital on Thursday.\n',
    );
    expect(a?.title).toBe('Lebanon welcomes good news');
  });

  it('skips a live page\'s "Last update:" line below the headline', () => {
    const a = parse(
      ' date 2021-03-04 Lebanon News\nLIVE: Minister tours flood zone\nLast update: March 4, 2021, 18:20\n18:20 Minister leaves\nThe minister left the valley by helicopter.\n',
    );
    expect(a?.title).toBe('LIVE: Minister tours flood zone');
    expect(a?.paragraphs[0]).toBe('18:20 Minister leaves');
  });
});

describe("a reprint service's copy of a release", () => {
  it('skips the country tags on line 1 and the labelled facts of the release above the story', () => {
    const a = parse(
      ' date 2022-09-12 Pakistan + 2 more\nMinister thanks rescue teams back from flood zone\nFormat\nNews and Press Release\nSource\nGovt. Freedonia\nPosted\n12 Sep 2022\nOriginally published\n12 Sep 2022\nOrigin\nView original\n\nThe Minister met the rescue teams in the capital today.\n',
    );
    expect(a?.title).toBe('Minister thanks rescue teams back from flood zone');
    expect(a?.paragraphs).toEqual(['The Minister met the rescue teams in the capital today.']);
  });
});
