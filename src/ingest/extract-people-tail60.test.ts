// Leftovers of the fifty-ninth to sixty-first blind rounds (economic diplomacy, monarchs, the diplomatic corps), on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

/** A wire's story with no dateline. */
const undated = { dateline: null, source: null };

describe('a formal title with its country before the name', () => {
  it("reads a minister's department and the country the ministry serves as one title", () => {
    const a = article(
      'Moravek, envoy discuss visit',
      [
        'Minister of Foreign Affairs of Ukraine Ostap Moravek has met with the Danish ambassador to discuss the visit.',
      ],
      undated,
    );
    const p = person(a, 'Ostap Moravek');
    expect(p?.roles).toEqual(['Minister of Foreign Affairs of Ukraine']);
    expect(p?.country).toBe('Ukraine');
  });

  it("reads a chargé d'affaires a.i. of a state in the host country as the sender's envoy", () => {
    const a = article(
      'Minister meets U.S. chargé',
      [
        "Chargé d'Affaires a.i. of the United States of America in Moldova Helen Dunleavy met the minister on Tuesday.",
        'Dunleavy said Washington would keep its support.',
      ],
      undated,
    );
    const p = person(a, 'Helen Dunleavy');
    expect(p?.roles).toEqual(["Chargé d'Affaires a.i. of the United States of America in Moldova"]);
    expect(p?.country).toBe('United States');
  });

  it('keeps the interim mark in the title and the name after it', () => {
    const a = article(
      'Chargé speaks',
      ["Chargé d'Affaires a.i. Helen Dunleavy met the minister on Tuesday."],
      undated,
    );
    expect(person(a, 'Helen Dunleavy')?.roles).toEqual(["Chargé d'Affaires a.i."]);
  });

  it('does not make an envoy a national of the country they are posted in', () => {
    const a = article(
      'Envoy speaks',
      ['Ambassador in Ukraine Helen Dunleavy met the minister on Tuesday.'],
      undated,
    );
    const p = person(a, 'Helen Dunleavy');
    expect(p?.roles).toEqual(['Ambassador in Ukraine']);
    expect(p?.country).not.toBe('Ukraine');
  });

  it('reads "the United States of America" as the sending state of an ambassador', () => {
    const a = article(
      'Envoy speaks',
      ['Ambassador of the United States of America to Ukraine Helen Dunleavy met the minister on Tuesday.'],
      undated,
    );
    expect(person(a, 'Helen Dunleavy')?.country).toBe('United States');
  });
});

describe('the predecessor of an envoy at their post', () => {
  it('is of the state that sent the envoy, not of the host the sentence names', () => {
    const a = article(
      'New Irish Ambassador Nora Halloran presents credentials in Lima',
      [
        'New Irish Ambassador Nora Halloran presented her credentials to President Tomas Quispe Arana on Tuesday.',
        'She arrived in Peru last week, and succeeds former Ambassador Liam Vestergaard, who had served in Lima since 2019.',
      ],
      undated,
    );
    expect(person(a, 'Liam Vestergaard')?.country).toBe('Ireland');
  });

  it("reads one the envoy took over from as the embassy's previous head", () => {
    const a = article(
      'Irish chargé meets minister',
      [
        "Irish Chargé d'Affaires Nora Halloran met Foreign Minister Tomas Quispe Arana in Lima on Monday.",
        "Halloran took over as chargé d'affaires in the spring from Liam Vestergaard, who had run the mission for four years.",
      ],
      undated,
    );
    expect(person(a, 'Liam Vestergaard')?.country).toBe('Ireland');
  });

  it('leaves one the envoy spoke after, with no post taken over, to the sentence around them', () => {
    const a = article(
      'Irish chargé meets minister',
      [
        "Irish Chargé d'Affaires Nora Halloran met Foreign Minister Tomas Quispe Arana in Lima on Monday.",
        'Halloran spoke to reporters in Peru after Liam Vestergaard left the hall.',
      ],
      undated,
    );
    expect(person(a, 'Liam Vestergaard')?.country).not.toBe('Ireland');
    expect(person(a, 'Nora Halloran')?.roles).toEqual(["Irish Chargé d'Affaires"]);
    expect(person(a, 'Nora Halloran')?.country).toBe('Ireland');
  });
});

describe('a president-elect beside presidents of other countries', () => {
  const story = (lede: string) =>
    article(
      'Brazil, EU conclude trade talks',
      [
        'Brazilian President Marcos Tolvanen and French President Anne Brannigan announced the deal on Friday.',
        lede,
        'Peter Okafor-Wiese, incoming trade adviser to President-elect Dana Corliss, wrote that the new team would review it.',
      ],
      undated,
    );

  it('is of the nationality of the "incoming administration" the story names, and so is their adviser', () => {
    const a = story('The deal has drawn criticism from the incoming U.S. administration.');
    expect(person(a, 'Dana Corliss')?.country).toBe('United States');
    expect(person(a, 'Peter Okafor-Wiese')?.country).toBe('United States');
  });

  it('is not placed by an incoming government of two nationalities', () => {
    const a = story(
      'Both the incoming U.S. administration and the incoming Canadian government criticised it.',
    );
    expect(person(a, 'Dana Corliss')?.country).not.toBe('United States');
    expect(person(a, 'Dana Corliss')?.roles).toEqual(['President-elect']);
    expect(person(a, 'Marcos Tolvanen')?.country).toBe('Brazil');
  });
});

describe('one whose visit is being prepared', () => {
  it('takes no part in the talks that prepare it, from the headline or the story', () => {
    const a = article(
      "Moravek, Danish envoy discuss preparations for Halvorsen's visit",
      [
        "Foreign Minister Ostap Moravek met Danish Ambassador Helen Dunleavy to discuss the agenda of Danish Foreign Minister Nils Halvorsen's upcoming visit to Kyiv.",
        'Moravek thanked the Danish side for its support.',
      ],
      undated,
    );
    expect(person(a, 'Nils Halvorsen')?.participant).toBe(false);
    expect(person(a, 'Ostap Moravek')?.participant).toBe(true);
    expect(person(a, 'Helen Dunleavy')?.participant).toBe(true);
  });

  it('still takes part when the visit being reported is theirs', () => {
    const a = article(
      "Halvorsen's visit to Kyiv opens with talks",
      [
        'Danish Foreign Minister Nils Halvorsen held talks with Foreign Minister Ostap Moravek in Kyiv on Monday.',
      ],
      undated,
    );
    expect(person(a, 'Nils Halvorsen')?.participant).toBe(true);
  });
});

describe("an envoy summoned by a ministry's official", () => {
  const release = (second: string) =>
    article(
      "Chilean Charge d'Affaires summoned to protest fishing raids",
      [
        "The Chilean Charge d'Affaires was called to the Ministry of Foreign Affairs today to hear the government's protest.",
        second,
      ],
      undated,
    );

  it("gives the official named next their own bracketed desk title, not the summoned envoy's, and a part in it", () => {
    const p = person(
      release(
        "Director General (Americas & Caribbean) Rui Matos Pena conveyed Portugal's strong condemnation.",
      ),
      'Rui Matos Pena',
    );
    expect(p?.roles).toEqual(['Director General (Americas & Caribbean)']);
    expect(p?.country).toBe('Portugal');
    expect(p?.participant).toBe(true);
  });

  it('still gives a title-only lede to the one then named under the same title', () => {
    const a = article(
      'Budget day',
      ['The chancellor on Wednesday unveiled the budget.', 'Chancellor Ingrid Tolvanen said it was fair.'],
      undated,
    );
    expect(person(a, 'Ingrid Tolvanen')?.participant).toBe(true);
  });

  it('does not give the lede’s title to one then named under a title of their own', () => {
    const a = article(
      'Budget day',
      [
        'The chancellor on Wednesday unveiled the budget.',
        'Opposition Leader Ingrid Tolvanen called it unfair.',
      ],
      undated,
    );
    expect(person(a, 'Ingrid Tolvanen')?.roles).toEqual(['Opposition Leader']);
  });
});

describe("a leader's pick for a post", () => {
  it('is read as a role in apposition, as a nominee is', () => {
    const a = article(
      'Senate panel weighs envoy nominees',
      [
        "The hearing also examined Arne Lindqvist, President Dana Corliss's pick for ambassador to Chile, who said ties were strong.",
      ],
      undated,
    );
    expect(person(a, 'Arne Lindqvist')?.roles).toEqual(['pick for ambassador to Chile']);
  });
});

describe('a desk title and a separate event', () => {
  const a = article(
    'Chilean envoy summoned over fishing raids',
    [
      'Chilean Ambassador to Portugal Rafael Ortega Vidal was called in by the Ministry of Foreign Affairs on Sunday.',
      'Director General (Americas) of the ministry Rui Matos Pena gave the envoy a note of protest.',
      'State Minister for Foreign Affairs Lia Marques Duarte, speaking at a separate event, said the navy was on alert.',
    ],
    undated,
  );

  it('keeps a bracketed desk title before "of the ministry" and the name', () => {
    expect(person(a, 'Rui Matos Pena')?.roles).toEqual(['Director General (Americas) of the ministry']);
  });

  it('does not count one speaking at a separate event as taking part', () => {
    expect(person(a, 'Lia Marques Duarte')?.participant).toBe(false);
  });
});

describe("a consul general's call on a governor", () => {
  const a = article(
    'Chilean Consul General calls on Punjab Governor',
    [
      'Consul General of the Republic of Chile in Lahore Rafael Ortega Vidal called on Governor Tomas Quispe Arana on Tuesday.',
      'He said that the government of Prime Minister Lia Marques Duarte hoped to open new industrial parks in the province and welcomed Chilean firms to them.',
    ],
    { dateline: { place: 'LAHORE', date: 'Nov 12' }, source: null },
  );

  it('reads the consul’s title with the sending state and the city of the post', () => {
    const p = person(a, 'Rafael Ortega Vidal');
    expect(p?.roles).toEqual(['Consul General of the Republic of Chile in Lahore']);
    expect(p?.country).toBe('Chile');
  });

  it('does not count a leader named to say whose government it is as taking part', () => {
    expect(person(a, 'Lia Marques Duarte')?.participant).toBe(false);
  });
});
