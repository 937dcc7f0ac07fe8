// Front matter seen first in the sixty-first blind round of held-out articles (the diplomatic corps at work: Gulf,
// South Asian, African, Central Asian and Vietnamese outlets and a reprint service), on invented lines.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const parse = (text: string) => parseArticle(text).article;

describe('datelines below front matter', () => {
  it('reads a colon dateline below a standfirst and the agency credit on a line of its own', () => {
    const a = parse(
      ' date 2015-03-02 UAE | Government\nRuler receives new envoys\nEnvoys of three countries among those accredited at the palace\nPublished: March 2, 2015 16:42\nWAM\nDubai: The Ruler on Monday received the credentials of three ambassadors.\nThe ceremony was short.\n',
    );
    expect(a?.title).toBe('Ruler receives new envoys');
    expect(a?.dateline).toEqual({ place: 'Dubai', date: null });
    expect(a?.source).toBe('WAM');
  });

  it("skips a section's label below the headline and reads the agency's dateline", () => {
    const a = parse(
      ' date 2021-05-03 Envoy warns against illegal mining\nGeneral News\nAccra, May 3, GNA - The Ambassador said the embassy would not shield offenders.\n',
    );
    expect(a?.dateline).toEqual({ place: 'Accra', date: 'May 3' });
    expect(a?.source).toBe('GNA');
    expect(a?.paragraphs[0]).toBe('The Ambassador said the embassy would not shield offenders.');
  });

  it('skips a byline with the section and day glued on ("in Nation on 12 October 2019")', () => {
    const a = parse(
      ' date 2019-10-14 President receives credentials of new ambassadors\nBy Ana Lindqvist in Nation on 14 October 2019\n\nNUR-SULTAN – The President received the credentials of eight ambassadors on Oct. 13.\n',
    );
    expect(a?.dateline).toEqual({ place: 'NUR-SULTAN', date: null });
    expect(a?.paragraphs[0]).toBe('The President received the credentials of eight ambassadors on Oct. 13.');
  });

  it('skips a date and time joined by a hyphen above the dateline', () => {
    const a = parse(
      ' date 2020-02-05 Ministry summons envoy over remarks\nFebruary 5, 2020 - 11:40\nTEHRAN – The Foreign Ministry summoned the envoy on Tuesday.\n',
    );
    expect(a?.dateline).toEqual({ place: 'TEHRAN', date: null });
  });
});

describe("a reprint service's credit", () => {
  it("takes the agency's dateline after MENAFN's credit and drops MENAFN's story number", () => {
    const a = parse(
      ' date 2019-11-20 Consul General calls on Governor\n\n(MENAFN - Associated Press of Pakistan) LAHORE, Nov 20 (APP):The Consul General called on the Governor on Wednesday.\n\nThey discussed trade.\n\nMENAFN2011201901850000ID1099263000\n',
    );
    expect(a?.dateline).toEqual({ place: 'LAHORE', date: 'Nov 20' });
    expect(a?.source).toBe('APP');
    expect(a?.paragraphs).toEqual([
      'The Consul General called on the Governor on Wednesday.',
      'They discussed trade.',
    ]);
  });

  it('credits the outlet MENAFN names when no dateline does', () => {
    const a = parse(
      ' date 2019-11-20 Minister meets envoy\n\n(MENAFN - Associated Press of Pakistan) The Minister met the envoy on Wednesday.\n',
    );
    expect(a?.source).toBe('APP');
    expect(a?.paragraphs[0]).toBe('The Minister met the envoy on Wednesday.');
  });
});

describe("Viet Nam News's page", () => {
  it("reads a caption with the agencies' photo credit after a dash, the dateline below it and the sign-off", () => {
    const a = parse(
      ' date 2019-09-01 National Day celebrated abroad\nThe ambassador speaks at the reception on Friday. — VNA/VNS Photo\nVIENTIANE — The embassy held a reception on Friday.\nThe guests raised a toast. — VNS\n',
    );
    expect(a?.captions).toEqual(['The ambassador speaks at the reception on Friday.']);
    expect(a?.dateline).toEqual({ place: 'VIENTIANE', date: null });
    expect(a?.source).toBe('VNS');
  });
});
