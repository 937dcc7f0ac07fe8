// Session 39: no country for people the text ties to none (the corpus README's country convention), and the visible
// extraction bugs of the session's brief, on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('officials of international bodies the rules did not know', () => {
  it('gives the test-ban treaty body\'s head none: "executive secretary of the … (CTBTO)" in a Vienna story', () => {
    const a = article(
      'Test-ban body condemns nuclear test',
      [
        'Halvard Brennick, executive secretary of the Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO), on Sunday condemned the test announced by North Korea.',
        '"It is a breach of the norm against testing," Brennick said.',
      ],
      { dateline: { place: 'VIENNA', date: 'Sept. 3' } },
    );
    expect(person(a, 'Halvard Brennick')?.country).toBeNull();
  });

  it("gives the Commonwealth's secretary-general none, and a British minister beside her still Britain", () => {
    const a = article(
      'Commonwealth leaders meet in London',
      [
        'Commonwealth Secretary-General Ama Tuvalesi said the leaders had adopted a declaration on the oceans.',
        'British Foreign Secretary Edwin Marlow hosted the closing dinner.',
      ],
      { source: 'PTI', dateline: { place: 'London', date: 'Apr 20' } },
    );
    expect(person(a, 'Ama Tuvalesi')?.country).toBeNull();
    expect(person(a, 'Edwin Marlow')?.country).toBe('United Kingdom');
  });

  it('gives the Council of Europe\'s secretary general and its assembly\'s president ("PACE President") none', () => {
    const a = article(
      'Assembly votes on membership',
      [
        'PACE President Joris Vandermolen told the assembly after the vote that the decision was painful.',
        'Council of Europe Secretary General Ilka Rautavaara said the expulsion would take effect on Wednesday.',
      ],
      { source: 'Anadolu Agency', dateline: { place: 'STRASBOURG, France', date: 'March 16' } },
    );
    expect(person(a, 'Joris Vandermolen')?.country).toBeNull();
    expect(person(a, 'Ilka Rautavaara')?.country).toBeNull();
  });

  it("gives the euro's central banker and the G20's financial board chair none in a host's story", () => {
    const a = article(
      'G20 finance chiefs meet in Sao Paulo',
      [
        "Brazil's Finance Minister Paulo Teixeira opened the meeting on Thursday.",
        'European Central Bank President Margit Hollander attended both days, and Financial Stability Board Chair Pieter Oosterhuis spoke on the second.',
      ],
      { source: 'Reuters', dateline: { place: 'SAO PAULO', date: 'Feb 29' } },
    );
    expect(person(a, 'Margit Hollander')?.country).toBeNull();
    expect(person(a, 'Pieter Oosterhuis')?.country).toBeNull();
    expect(person(a, 'Paulo Teixeira')?.country).toBe('Brazil');
  });
});

describe("a body's office held now, after a country's office held before", () => {
  const abuja = { source: 'AFP', dateline: { place: 'Abuja', date: 'Feb 27' } };

  it('gives none to "former Ghanaian president X, head of the mission of ECOWAS"', () => {
    const a = article(
      'Observers fault delays in vote',
      [
        'Former Ghanaian president Kwame Asantewa, head of the mission of the Economic Community of West African States (ECOWAS), urged the candidates to go to the courts.',
      ],
      abuja,
    );
    expect(person(a, 'Kwame Asantewa')?.country).toBeNull();
  });

  it('gives none to "former British PM X, now envoy of the Middle East Quartet"', () => {
    const a = article(
      'Leaders attend memorial in Jerusalem',
      [
        'He took his seat between President Avner Shadmi and former British PM Nigel Ashcombe, now envoy of the Middle East Quartet.',
      ],
      { source: 'Reuters', dateline: { place: 'JERUSALEM', date: 'Jan 13' } },
    );
    expect(person(a, 'Nigel Ashcombe')?.country).toBeNull();
  });

  it('gives none to "X, the former South African president who chairs the Commonwealth Observer Group"', () => {
    const a = article(
      'Observers fault delays in vote',
      [
        'Sipho Ndlovane, the former South African president who chairs the Commonwealth Observer Group, said voters had shown patience.',
      ],
      abuja,
    );
    expect(person(a, 'Sipho Ndlovane')?.country).toBeNull();
  });

  it('gives none to the head of "a delegation of ECOWAS led by former Nigerian head of state General X"', () => {
    const a = article(
      'ECOWAS delegation holds talks in Niamey',
      [
        'A delegation of the Economic Community of West African States (ECOWAS) led by former Nigerian head of state General Musa Danjuma has held talks in Niamey with the leader of the military government.',
        'Danjuma said the visit had been fruitful.',
      ],
      { source: 'GNA', dateline: { place: 'Accra', date: 'Aug. 20' } },
    );
    expect(person(a, 'Musa Danjuma')?.country).toBeNull();
  });

  it('keeps the country of one whose office held now is their country\'s: "led by Nigerian Foreign Minister X"', () => {
    const a = article(
      'ECOWAS delegation holds talks in Niamey',
      [
        'A delegation of the Economic Community of West African States (ECOWAS) led by Nigerian Foreign Minister Musa Danjuma has held talks in Niamey.',
      ],
      { source: 'GNA', dateline: { place: 'Accra', date: 'Aug. 20' } },
    );
    expect(person(a, 'Musa Danjuma')?.country).toBe('Nigeria');
  });

  it('keeps the country of one inaugurated at a body: "former Brazilian President X as president of the New Development Bank"', () => {
    const a = article(
      'Brazilian president visits Shanghai',
      [
        'In Shanghai he attended the inauguration of former Brazilian President Helena Cardoso Vieira as president of the New Development Bank.',
      ],
      { source: 'Xinhua', dateline: { place: 'BEIJING', date: 'April 14' } },
    );
    expect(person(a, 'Helena Cardoso Vieira')?.country).toBe('Brazil');
  });
});

describe("a Burmese style beside a body's office", () => {
  it('gives a UN secretary-general styled "U" none', () => {
    const a = article(
      'Treaty signed in Moscow',
      [
        'United Nations Secretary General U Kyaw Thiha, who flew in from New York, stood behind the ministers as a witness.',
      ],
      { source: 'UPI', dateline: { place: 'MOSCOW', date: 'Aug. 5' } },
    );
    expect(person(a, 'Kyaw Thiha')?.country).toBeNull();
  });

  it('still makes a "Union Minister U X" Myanmar\'s', () => {
    const a = article(
      'Myanmar minister meets Chinese envoy',
      ['Union Minister U Kyaw Thiha met the Chinese special envoy in Nay Pyi Taw on Monday.'],
      { source: 'Xinhua', dateline: { place: 'NAY PYI TAW', date: 'May 9' } },
    );
    expect(person(a, 'Kyaw Thiha')?.country).toBe('Myanmar');
  });
});

describe('an abbreviated title before a name is no organisation', () => {
  it('lists no "Sen", "Rep" or "Gen" after "the party included" or "the group met"', () => {
    const a = article(
      'Senators visit Taipei',
      [
        'The party included Sen. Lev Morrow and Rep. Ada Quist.',
        'The group later met Lt. Gen. Orrin Vasko at the base.',
      ],
      { source: 'AP', dateline: { place: 'TAIPEI, Taiwan', date: 'May 9' } },
    );
    const ex = extract(a);
    expect(ex.organizations).toEqual([]);
    expect(ex.people.find((p) => p.name === 'Lev Morrow')?.roles).toEqual(['Sen.']);
  });

  it('still lists a party named after its descriptor at the end of a sentence', () => {
    const a = article('Vote count begins', [
      'The ruling party Vanguard claimed victory. Lev Morrow said the count would take a week.',
    ]);
    expect(extract(a).organizations).toContain('Vanguard');
  });
});

describe("a forwarded e-mail's header lines", () => {
  it('read no dateline from "From: VP pool"', () => {
    const text = [
      'VP pool report #2 -- memorial at the plaza',
      '',
      'From: VP pool',
      'Sent: Monday, January 13, 2014 2:18 PM',
      'Subject: VP pool report #2 -- memorial at the plaza',
      '',
      'Pool arrived at the plaza at 11:20 a.m. local for the state memorial ceremony.',
    ].join('\n');
    expect(parseArticle(text).article?.dateline).toBeNull();
  });

  it('still read a city before a colon as the dateline ("NEW DELHI, Oct 21: …")', () => {
    const text = ['Ministers meet', '', 'NEW DELHI, Oct 21: The ministers met on Monday.'].join('\n');
    expect(parseArticle(text).article?.dateline?.place).toBe('NEW DELHI');
  });
});

describe('the countries a commentator speaks of', () => {
  it("gives a professor none for the Americans his words are about, in a Chinese agency's story", () => {
    const a = article('Commentary: tariffs will backfire', [
      'Economists across the world disagree with the levies.',
      'Arlen Harwell, a professor at Columbia University, said the tariffs rest on a misunderstanding of why Americans spend more than they save.',
    ]);
    expect(person(a, 'Arlen Harwell')?.country).toBeNull();
  });

  it("gives a Washington think tank's fellow none in an Indian agency's story from New Delhi", () => {
    const a = article(
      'Two leaders end informal summit by the lake',
      [
        'Prime Minister Vikram Oberai and Chinese President Wen Lujia closed two days of informal talks on Saturday.',
        'Mira Kapadia, a senior fellow at the Brookings Institution in Washington, said the talks gave New Delhi room to bargain with the United States.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Apr 29' } },
    );
    expect(person(a, 'Mira Kapadia')?.country).toBeNull();
  });

  it('gives a political analyst none for the capital a return to which he speaks of', () => {
    const a = article(
      'Iranian and Syrian presidents sign cooperation plan in Damascus',
      [
        'The visiting president arrived in Damascus on Wednesday for a two-day visit.',
        "Political analyst Dariush Mehrabi told Press TV that the Arab countries' return to Damascus cannot sideline Tehran.",
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Dariush Mehrabi')?.country).toBeNull();
  });

  it('keeps a nationality in the commentator\'s own words: "Chinese economist X said …"', () => {
    const a = article('Commentary: tariffs will backfire', [
      'Chinese economist Lin Haoran said the tariffs would hurt American consumers most.',
    ]);
    expect(person(a, 'Lin Haoran')?.country).toBe('China');
  });

  it('keeps an official placed by the country he speaks of: "Foreign Minister X said Japan …"', () => {
    const a = article(
      'Ministers meet in Tokyo',
      ['Foreign Minister Kenta Oshiro said Japan would keep its troops at home.'],
      { source: 'Reuters', dateline: { place: 'TOKYO', date: 'May 9' } },
    );
    expect(person(a, 'Kenta Oshiro')?.country).toBe('Japan');
  });
});

describe("a firm the story calls another country's", () => {
  const kl = { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'July 20' } };

  it('gives its chief executive none in a national agency\'s story: "US electric vehicle maker Vantor … Vantor chief executive officer X"', () => {
    const a = article(
      'Vantor to set up regional headquarters in Selangor',
      [
        'US electric vehicle maker Vantor Inc has been approved to set up its regional headquarters in Malaysia, said Investment Minister Tengku Harun Aziz.',
        'Tengku Harun said the plan was agreed when the Prime Minister spoke by video in May with Vantor chief executive officer Dale Wexley.',
      ],
      kl,
    );
    expect(person(a, 'Dale Wexley')?.country).toBeNull();
  });

  it('gives its representative none: "Brazilian construction firm X … Y, X\'s former representative in Peru"', () => {
    const a = article(
      'Former president sentenced',
      [
        'A Peruvian court sentenced former President Alejandro Toledo on Monday for taking bribes from Brazilian construction firm Halloran.',
        "The key testimony came from Marcos Ferrabosco, Halloran's former representative in Peru.",
      ],
      { source: 'ANDINA', dateline: { place: 'Lima', date: 'Oct. 21' } },
    );
    expect(person(a, 'Marcos Ferrabosco')?.country).toBeNull();
  });

  it('keeps the country of a firm\'s chief the story calls its own: "Malaysian chipmaker Kelvar … Kelvar chief executive X"', () => {
    const a = article(
      'Kelvar to build plant in Penang',
      [
        'Malaysian chipmaker Kelvar will build a new plant in Penang, said Malaysian Investment Minister Tengku Harun Aziz.',
        'Kelvar chief executive Dale Wexley said the plant would open next year.',
      ],
      kl,
    );
    expect(person(a, 'Dale Wexley')?.country).toBe('Malaysia');
  });
});

describe('a body named in the sentence before "Its …"', () => {
  const geneva = { source: 'dpa', dateline: { place: 'Geneva', date: 'Aug 14' } };

  it('gives none to "Its director general, X" after the Africa CDC opened the sentence before', () => {
    const a = article(
      'WHO declares mpox an emergency',
      [
        'The World Health Organization on Wednesday declared the spread of mpox a public health emergency.',
        'A day earlier, the Africa Centres for Disease Control and Prevention (Africa CDC) had sounded the alarm. Its director general, Paul Ndoma, asked donors for vaccines.',
      ],
      geneva,
    );
    expect(person(a, 'Paul Ndoma')?.country).toBeNull();
  });

  it('gives the Islamic Development Bank\'s president none: "announced by its President Dr X"', () => {
    const a = article(
      'World pledges billions for flood-hit country',
      [
        'The largest pledge came from the Islamic Development Bank (IsDB), announced by its President Dr Karim Faruqi.',
      ],
      { source: 'APP', dateline: { place: 'GENEVA', date: 'Jan 09' } },
    );
    expect(person(a, 'Karim Faruqi')?.country).toBeNull();
  });

  it('keeps the country of a national agency\'s head: "the Nigeria Centre for Disease Control … Its director general, X"', () => {
    const a = article(
      'Nigeria declares cholera outbreak',
      [
        'On Tuesday, the Nigeria Centre for Disease Control (NCDC) declared an outbreak in three states. Its director general, Paul Ndoma, called for calm.',
      ],
      { source: 'NAN', dateline: { place: 'Abuja', date: 'Aug 14' } },
    );
    expect(person(a, 'Paul Ndoma')?.country).toBe('Nigeria');
  });
});

describe('one remembered in passing as "the late …"', () => {
  it('gives "the late paleoanthropologist X" none for the country where the recalled events took place', () => {
    const a = article(
      'Primatologist remains hopeful',
      [
        'She recalled arriving at a forest reserve in Tanzania in 1960 at the suggestion of her mentor, the late paleoanthropologist Hugo Vellacourt, to study wild chimpanzees.',
      ],
      { source: 'Xinhua', dateline: { place: 'LONDON', date: 'April 21' } },
    );
    expect(person(a, 'Hugo Vellacourt')?.country).toBeNull();
  });

  it('gives "the late journalist X" none, and "his late colleague Y" none beside a Belgian physicist', () => {
    const a = article(
      'Diplomat dies at 100',
      [
        'Critics, among them the late journalist Simon Ostrander, accused him of war crimes over the 1973 coup in Chile.',
        'He shared the prize with Belgian physicist Marc Englund, who had developed the theory with his late colleague Paul Margulies.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: 'Nov. 30' } },
    );
    expect(person(a, 'Simon Ostrander')?.country).toBeNull();
    expect(person(a, 'Paul Margulies')?.country).toBeNull();
    expect(person(a, 'Marc Englund')?.country).toBe('Belgium');
  });

  it('keeps the country of a late office holder: "the late President X" in a story of his country', () => {
    const a = article(
      'Museum opens in Seoul',
      ['The museum honours the late President Park Sung-min, who led the country in the 1990s.'],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'May 9' } },
    );
    expect(person(a, 'Park Sung-min')?.country).toBe('South Korea');
  });
});
