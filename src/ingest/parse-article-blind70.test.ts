// Front matter and trailers seen first in the seventieth blind round of held-out articles (defence and military
// diplomacy in the wires' revision shapes: "UPDATE 2-" and "REFILE-" headlines with their revision notes, a wrapup's
// highlights above its byline, a ministry's release, Anadolu's notice to web readers), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe("a wire's revision notes", () => {
  it('drops the note below an updated headline, so the story opens with its dateline paragraph', () => {
    const a = parse(
      " date 2024-03-02 UPDATE 2-Defence ministers of Arland and Belmark meet in Port Ellis\n(Adds quotes from ministry spokesman, paragraphs 5-6)\nBy Jane Roe\n\nPORT ELLIS, March 2 (Reuters) - Arland's defence minister Tomas Veller met his Belmark counterpart on Saturday.\n\nThe two men spoke for an hour.\n",
    );
    expect(a?.dateline).toEqual({ place: 'PORT ELLIS', date: 'March 2' });
    expect(a?.paragraphs[0]).toMatch(/^Arland's defence minister Tomas Veller met/);
    expect(a?.paragraphs.some((p) => p.startsWith('(Adds'))).toBe(false);
  });

  it('drops a refile note and a closing correction note', () => {
    const a = parse(
      " date 2024-03-02 REFILE-Generals hold border talks\n(Refiles to fix typo in paragraph 2)\n\nPORT ELLIS, March 2 (Reuters) - Two generals met at the border on Saturday.\n\nThey agreed to meet again.\n\n(This story corrects the general's title to major general from brigadier in paragraph 1)\n\n(Reporting by Jane Roe; Editing by John Doe)\n",
    );
    expect(a?.paragraphs).toEqual([
      'Two generals met at the border on Saturday.',
      'They agreed to meet again.',
    ]);
  });

  it('drops Yonhap’s "(ATTN: …)" note above the dateline, so the story opens with its lede', () => {
    const a = parse(
      ' date 2024-03-02 (LEAD) Arland, Belmark leaders agree to meet\n\n(ATTN: ADDS comments by ministry in paras 3-4)\n\nPORT ELLIS, March 2 (Yonhap) -- President Tomas Veller held phone talks with his Belmark counterpart on Saturday.\n\nThe two agreed to meet.\n',
    );
    expect(a?.dateline).toEqual({ place: 'PORT ELLIS', date: 'March 2' });
    expect(a?.paragraphs[0]).toMatch(/^President Tomas Veller held phone talks/);
    expect(a?.paragraphs.some((p) => p.includes('ATTN'))).toBe(false);
  });

  it('keeps a story paragraph in brackets that is no note', () => {
    const a = parse(
      ' date 2024-03-02 Generals hold border talks\nPORT ELLIS, March 2 (Reuters) - Two generals met at the border on Saturday.\n(Adding to the strain, a patrol was stopped at the border on Friday, officials said, and a second one turned back.) They agreed to meet again.\n',
    );
    expect(a?.paragraphs).toHaveLength(2);
  });
});

describe('a byline below the highlights', () => {
  it("takes the byline under a wrapup's bullets as front matter, no story text", () => {
    const a = parse(
      ' date 2024-03-02 WRAPUP 1-Allies pledge air defences\n* Ministers meet in Port Ellis\n* Arland says systems will arrive soon\n\nBy Jane Roe and John Doe\n\nPORT ELLIS, March 2 (Reuters) - Allies promised on Saturday to send air defences.\n\nThe ministers met for a day.\n',
    );
    expect(a?.paragraphs.some((p) => p.includes('Jane Roe'))).toBe(false);
    expect(a?.dateline).toEqual({ place: 'PORT ELLIS', date: 'March 2' });
  });
});

describe("a federal ministry's release", () => {
  it('skips "Federal Ministry of …" and the release label above the headline', () => {
    const a = parse(
      ' date 2017-02-07 Federal Ministry of Defence\nPress release\nMinister visits troops of the battlegroup in Arland\nPort Ellis, 7 February 2017\n\nThe Federal Minister of Defence today visited the soldiers.\n',
    );
    expect(a?.title).toBe('Minister visits troops of the battlegroup in Arland');
  });
});

describe("Anadolu's notice to web readers", () => {
  it('credits Anadolu and ends the story there', () => {
    const a = parse(
      ' date 2017-03-07 Military chiefs meet in Antalya\nJane Roe   |07.03.2017\nANKARA\n\nThe chiefs of staff of three countries met on Tuesday.\n\nAnadolu Agency website contains only a portion of the news stories offered to subscribers; the full service is sold by subscription.\n',
    );
    expect(a?.source).toBe('Anadolu Agency');
    expect(a?.paragraphs).toEqual(['The chiefs of staff of three countries met on Tuesday.']);
  });
});
