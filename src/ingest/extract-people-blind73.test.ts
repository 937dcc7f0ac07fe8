// People seen first in the seventy-third blind round of held-out articles (spouses, families and entourages on
// visits: "his wife Jill" and later "Jill X", a widow and her late husband, a weekday before a monarch's given name, Malaysia's
// king and queen beside a visiting one, a games federation's president), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const afp = { source: 'AFP', dateline: { place: 'PORT ELLIS, Arland', date: null } };

describe('a spouse named first by the given name alone', () => {
  it('is one person with the full name the story gives her later, the given name an alias', () => {
    const a = article(
      'Leaders gather for summit',
      [
        'President Ivo Marden and his wife Greta arrived on Friday for the summit.',
        'Greta Marden had spent the morning at a primary school.',
      ],
      afp,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toEqual(['Ivo Marden', 'Greta Marden']);
    expect(person(a, 'Greta Marden')?.aliases).toEqual(['Greta']);
  });

  it('keeps a namesake who is no spouse apart', () => {
    const a = article(
      'Leaders gather for summit',
      [
        'President Ivo Marden and his daughter Greta arrived on Friday.',
        'Greta Marden, his niece, stayed home.',
      ],
      afp,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).toContain('Greta');
    expect(names).toContain('Greta Marden');
  });
});

describe('a weekday before a given name', () => {
  it('is no part of the name: "Earlier on Wednesday Charles became …"', () => {
    const a = article(
      'King addresses parliament',
      [
        'President Oskar Lind hosted King Charles IV of Belmark at a banquet on Wednesday.',
        'Earlier on Wednesday Charles became the first Belmark monarch to address the parliament.',
      ],
      afp,
    );
    const names = extract(a).people.map((p) => p.name);
    expect(names).not.toContain('Wednesday Charles');
    expect(person(a, 'Charles IV')?.aliases).toContain('Charles');
  });

  it('keeps "the Sunday Times" whole', () => {
    const { organizations } = extract(
      article('Paper reports', ['The minister spoke to the Sunday Times on Friday.'], afp),
    );
    expect(organizations.join('|')).not.toMatch(/^Times$|\|Times\|/);
  });
});

describe("Malaysia's king and queen beside a visiting queen", () => {
  it('are Malaysia\'s by "Yang di-Pertuan Agong" and "Raja Permaisuri Agong"', () => {
    const a = article(
      'Games close',
      [
        "Arland's Queen Mirela and her husband tonight joined the Yang di-Pertuan Agong Tuanku Zulfadli and the Raja Permaisuri Agong Tuanku Rozita at the closing ceremony.",
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Sept 21' } },
    );
    expect(person(a, 'Zulfadli')?.country).toBe('Malaysia');
    expect(person(a, 'Rozita')?.country).toBe('Malaysia');
  });

  it("gives the games federation's president no country", () => {
    const a = article(
      'Games close',
      [
        'The Yang di-Pertuan Agong Tuanku Zulfadli attended the ceremony.',
        'Commonwealth Games Federation president Pieter Vanloo declared the Games closed.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Sept 21' } },
    );
    expect(person(a, 'Pieter Vanloo')?.country).toBeNull();
  });
});

describe("a dateline's country after its article", () => {
  it('is a place without it: "PORT ELLIS, the Netherlands"', () => {
    const { places } = extract(
      article('President tours plant', ['President Ivo Marden toured the plant on Tuesday.'], {
        source: 'Yonhap',
        dateline: { place: 'PORT ELLIS, the Netherlands', date: 'Dec. 12' },
      }),
    );
    expect(places).toContain('Netherlands');
  });
});

describe('a city whose name opens with "The"', () => {
  it('is a place with its article: "talks in The Hague"', () => {
    const { places } = extract(
      article(
        'Talks set',
        ['The president will hold talks with the prime minister in The Hague on Thursday.'],
        afp,
      ),
    );
    expect(places).toContain('The Hague');
    expect(places).not.toContain('Hague');
  });
});

describe('a widow and her late husband by one surname', () => {
  it('reads the surname alone as the husband she was introduced through, and she takes part', () => {
    const a = article(
      'Widow of former leader meets president',
      [
        'Mira Tanvik, the widow of former Prime Minister Olav Tanvik, met President Ivo Marden at his residence on Thursday.',
        'Marden told her he kept warm memories of her late husband, whom he met 12 times while Tanvik was in office.',
        'Tanvik, who led the country for nine years, was shot dead in 2022.',
      ],
      afp,
    );
    expect(person(a, 'Olav Tanvik')?.aliases).toContain('Tanvik');
    expect(person(a, 'Mira Tanvik')?.aliases).not.toContain('Tanvik');
    expect(person(a, 'Mira Tanvik')?.participant).toBe(true);
  });
});

describe('the country a war or an invasion is waged on', () => {
  it('places no one in the sentence: "since Moscow\'s invasion of Ukraine"', () => {
    const a = article(
      'Widow meets president',
      [
        'Mira Tanvik, the widow of former Arland Prime Minister Olav Tanvik, met Belmark President Ivo Marden on Thursday, the first such visit since the invasion of Ukraine.',
      ],
      afp,
    );
    expect(person(a, 'Mira Tanvik')?.country).not.toBe('Ukraine');
    expect(person(a, 'Mira Tanvik')?.participant).toBe(true);
    expect(person(a, 'Ivo Marden')?.roles).toEqual(['Belmark President']);
  });
});

describe("Britain's royal titles", () => {
  it('make a duke and a duchess of Cambridge British on a visit abroad', () => {
    const a = article(
      'Royal couple arrive in Warsaw',
      [
        'Prince Aldric, the Duke of Cambridge, and his wife Ilsabet, the Duchess of Cambridge, were welcomed by Polish President Tomas Veller in Warsaw.',
      ],
      { source: 'Press Association', dateline: null },
    );
    expect(person(a, 'Aldric')?.country).toBe('United Kingdom');
    expect(person(a, 'Ilsabet')?.country).toBe('United Kingdom');
  });

  it('give the consort after "Britain\'s King X and Queen Y" the king\'s country', () => {
    const a = article(
      'President hosts royal couple',
      [
        "President Oskar Lind on Wednesday hosted a state banquet in Rome for Britain's King Aldric IV and Queen Ilsabet, on their state visit to Italy.",
      ],
      { source: 'ANSA', dateline: { place: 'ROME', date: 'APR 9' } },
    );
    expect(person(a, 'Ilsabet')?.country).toBe('United Kingdom');
  });
});

describe("a leader's relative who holds a post", () => {
  it('keeps the post after "the North Korean leader\'s younger sister and"', () => {
    const a = article('Leaders dine', [
      "Ryom Sol Hui, the North Korean leader's younger sister and first vice department director of the party's Central Committee, also attended the dinner.",
    ]);
    expect(person(a, 'Ryom Sol Hui')?.roles).toEqual([
      "first vice department director of the party's Central Committee",
    ]);
  });
});

describe("a state dinner's guests", () => {
  it('finds a person named after a superlative: "Arland\'s richest man X Y"', () => {
    const a = article(
      'Tycoons among guests at state dinner',
      [
        "Arland's richest man Kiran Dovesh and Belmark CEO Tomas Veller were among the guests at the state dinner.",
      ],
      { source: 'PTI', dateline: { place: 'Washington', date: 'Jun 23' } },
    );
    expect(extract(a).people.map((p) => p.name)).toContain('Kiran Dovesh');
  });

  it('counts those "also on the guest list" as guests', () => {
    const a = article(
      'Tycoons among guests at state dinner',
      [
        'Tycoon Kiran Dovesh was among the guests at the state dinner hosted by President Ivo Marden on Thursday.',
        'Fintra CEO Peter Lund and former Belcorp chief Rani Sovek were also on the guest list released shortly before the dinner.',
      ],
      { source: 'PTI', dateline: { place: 'Washington', date: 'Jun 23' } },
    );
    expect(person(a, 'Peter Lund')?.participant).toBe(true);
    expect(person(a, 'Rani Sovek')?.participant).toBe(true);
  });
});

describe('a banquet guest seated near the host', () => {
  it('takes part: "was seated near the Queen\'s husband, Prince X"', () => {
    const a = article(
      'President toasts alliance at state banquet',
      [
        'President Ivo Marden raised a glass to Queen Ilsabet at a state banquet in the palace on Tuesday.',
        "First lady Greta Marden was seated near the Queen's husband, Prince Aldric.",
      ],
      afp,
    );
    expect(person(a, 'Greta Marden')?.participant).toBe(true);
  });
});

describe("a South Korean outlet's bare offices", () => {
  it('are the South\'s beside a "North Korean" in the sentence', () => {
    const a = article(
      'First ladies join leaders for dinner',
      [
        "North Korean leader Ryom Chol-su's wife, Pak Mi-ran, crossed into the South on Friday to join her husband and President Seo Min-jun and first lady Han Ji-won for a dinner.",
        "Seo's chief of staff, Baek Sung-ho, was among the guests.",
      ],
      { source: 'Yonhap', dateline: { place: 'PANMUNJOM', date: 'April 27' } },
    );
    expect(person(a, 'Seo Min-jun')?.country).toBe('South Korea');
    expect(person(a, 'Han Ji-won')?.country).toBe('South Korea');
    expect(person(a, 'Ryom Chol-su')?.country).toBe('North Korea');
  });
});
