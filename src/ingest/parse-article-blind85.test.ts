// Page shapes seen first in the eighty-fifth blind round of held-out articles (Europe's national agencies in their
// English services): a Title Case city with its country before a day-first date and the agency's credit, on invented
// lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;
const HEAD = ' date 2020-07-01 Harbour bridge reopens after repairs\n';

describe("a city, its country and a day-first date before the agency's credit", () => {
  it('reads "Elvas, Portugal, 01 Jul 2020 (Lusa) - " as the dateline and the credit', () => {
    const a = parse(
      `${HEAD}Faro, Portugal, 01 Jul 2020 (Lusa) - The harbour bridge reopened on Wednesday after two years of repairs.\n`,
    );
    expect(a?.dateline).toEqual({ place: 'Faro, Portugal', date: '01 Jul 2020' });
    expect(a?.source).toBe('Lusa');
    expect(a?.paragraphs[0]).toMatch(/^The harbour bridge/);
  });

  it('still reads "Cianjur, West Java (ANTARA) - " with the province right before the credit', () => {
    const a = parse(`${HEAD}Cianjur, West Java (ANTARA) - The harbour bridge reopened on Wednesday.\n`);
    expect(a?.dateline?.place).toBe('Cianjur, West Java');
    expect(a?.source).toBe('Antara');
  });

  it('does not take a month for the country: "Faro, Jul 1 (Lusa) - "', () => {
    const a = parse(`${HEAD}Faro, Jul 1 (Lusa) - The harbour bridge reopened on Wednesday.\n`);
    expect(a?.dateline).toEqual({ place: 'Faro', date: 'Jul 1' });
  });
});
