// Front matter seen first in the seventy-seventh blind round of held-out articles (the wires of 1980–1994): AP's
// teletype slug and cycle line on line 1, an "Eds:" note, a wire writer's desk under the byline, and the New York
// Times archive's pointer to the scanned page, on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a wire's teletype front matter", () => {
  it('reads an "AM-" cycle line on line 1 as chrome and the headline below it as the title', () => {
    const a = parse(
      ' date 1985-11-21 AM-Talks Rdp, Bjt,0720\nVelkan, Marask Pledge to Meet Again\nBy JOHN Q. HALLOWAY\nAssociated Press Writer\n\nPORT ELLIS (AP) -- President Dario Velkan and Premier Ivo Marask ended their talks Thursday.\n\nThey will meet again next year.\n',
    );
    expect(a?.title).toBe('Velkan, Marask Pledge to Meet Again');
    expect(a?.titleDerived).toBe(false);
    expect(a?.source).toBe('AP');
    expect(a?.dateline?.place).toBe('PORT ELLIS');
    expect(a?.paragraphs[0]).toMatch(/^President Dario Velkan and Premier Ivo Marask ended/);
  });

  it('skips a "BC-" slug and an "Eds:" note to the dateline paragraph', () => {
    const a = parse(
      ' date 1990-02-11 BC-Arland-Release, 1st Ld-Writethru,a0512,0780\nLeader Walks Free After 20 Years\nEds: UPDATES with speech in Port Ellis. No pickup.\nBy JANE ROE\nAssociated Press Writer\nPORT ELLIS, Arland (AP) -- Arvo Pelkonen walked out of prison Sunday a free man.\nHe spoke to a crowd at dusk.\n',
    );
    expect(a?.title).toBe('Leader Walks Free After 20 Years');
    expect(a?.source).toBe('AP');
    expect(a?.dateline?.place).toBe('PORT ELLIS, Arland');
    expect(a?.paragraphs[0]).toMatch(/^Arvo Pelkonen walked out of prison/);
    expect(a?.paragraphs.join(' ')).not.toMatch(/Eds:|Associated Press Writer/);
  });

  it('keeps a headline that opens with an ordinary hyphenated word', () => {
    const a = parse(
      ' date 2020-05-01 Anti-Graft Body Opens Inquiry, Names Chairman\n\nThe body opened its inquiry on Friday.\n',
    );
    expect(a?.title).toBe('Anti-Graft Body Opens Inquiry, Names Chairman');
  });
});

describe("a newspaper archive's page furniture", () => {
  it('drops "See the article in its original context from …" above the story', () => {
    const a = parse(
      ' date 1991-11-05 Archives | 1991\nTALKS OPEN WITH CALLS FOR PEACE\nBy JOHN Q. HALLOWAY, Special to The New York Times\nNov. 5, 1991\nSee the article in its original context from November 5, 1991, Section B, Page 7\n\nPORT ELLIS, Nov. 4 — The talks opened today in the Hall of Columns.\n',
    );
    expect(a?.title).toBe('TALKS OPEN WITH CALLS FOR PEACE');
    expect(a?.paragraphs[0]).toMatch(/^The talks opened today/);
  });
});
