// People seen first in the thirty-eighth blind round of held-out articles (multilateral meetings: summits,
// ministerials, signing ceremonies, videoconferences, group photos, delegations and absent leaders), on invented
// sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const takingPart = (a: ParsedArticle) =>
  Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('participants of a gathering', () => {
  it('reads the verb after a list opened by ", including" as the whole list\'s, a clause after it or not', () => {
    const a = article('Leaders meet at regional summit', [
      'Malawian President Tomas Ferro chaired the summit of the bloc on Monday.',
      'Leaders of the member states, including Zambian President Ivo Tanner, Kenyan President Ruth Okafor and Ugandan President Sam Beke, attended the meeting, which adopted a joint declaration.',
    ]);
    expect(takingPart(a)).toEqual({
      'Tomas Ferro': true,
      'Ivo Tanner': true,
      'Ruth Okafor': true,
      'Sam Beke': true,
    });
  });

  it('hears a speaker set off by ", among them …," before the verb ("others, among them X, asked")', () => {
    const a = article('Ministers weigh new fund at alliance meeting', [
      'Foreign ministers of the alliance gathered in Brussels on Thursday to discuss a new fund.',
      'Danish Foreign Minister Lars Holm said his country would back it, and others, among them Greek Foreign Minister Nikos Pavlou, asked for details on how it would be raised.',
    ]);
    expect(takingPart(a)['Nikos Pavlou']).toBe(true);
  });

  it('counts "among the leaders who arrived for the session" as taking part', () => {
    const a = article('Summit of twenty economies opens', [
      'The summit of the group opened in the capital on Saturday.',
      'Peruvian President Ana Salas and Chilean President Diego Munoz were among the leaders who arrived for the opening session.',
    ]);
    expect(takingPart(a)).toEqual({ 'Ana Salas': true, 'Diego Munoz': true });
  });

  it('leaves out one represented "in place of" or sent "on the directives of" someone', () => {
    const a = article('Summit opens in the capital', [
      'The summit of the group opened in the capital on Saturday.',
      'Vice President Lena Brandt represented her country in place of President Otto Brandt.',
      'Foreign Minister Karim Haddad attended the signing on the directives of Crown Prince Faris Haddad.',
    ]);
    expect(takingPart(a)).toEqual({
      'Lena Brandt': true,
      'Otto Brandt': false,
      'Karim Haddad': true,
      'Faris Haddad': false,
    });
  });

  it('leaves out leaders who "stayed away" or "are skipping" the gathering, even beside one who represented them', () => {
    const a = article('World leaders gather for climate summit', [
      'World leaders gathered on Saturday for the second day of the climate summit.',
      'Argentine President Pablo Vidal and Mexican President Rosa Ibarra both stayed away; Mexico was represented by Foreign Minister Luis Ochoa.',
      'Finance Minister Ana Prado led the Brazilian delegation in place of President Caio Lins, who is skipping a summit for the first time.',
    ]);
    expect(takingPart(a)).toEqual({
      'Pablo Vidal': false,
      'Rosa Ibarra': false,
      'Luis Ochoa': true,
      'Ana Prado': true,
      'Caio Lins': false,
    });
  });

  it('hears every leader of a list that "also spoke", past titles with "of" and name particles', () => {
    const a = article('Leaders demand end to war at joint summit', [
      'Leaders of the two blocs meeting in the capital on Saturday demanded an end to the war.',
      "Algerian President Karim Saadi, the Emir of Kuwait Sheikh Nasser bin Fahad Al-Sabah, Tunisian President Leila Ben Amor and Oman's Sultan Harith II also spoke.",
    ]);
    expect(takingPart(a)).toEqual({
      'Karim Saadi': true,
      'Nasser bin Fahad Al-Sabah': true,
      'Leila Ben Amor': true,
      'Harith II': true,
    });
  });

  it('counts those who stood or watched from the front row at the gathering', () => {
    const a = article('Leaders pose for family photo at summit', [
      'Leaders of the group posed for the family photo at the summit venue on Monday.',
      'Host President Joana Reis stood in the centre of the front row with Nigerian President Musa Bello nearby.',
      'Defence Minister Rita Lowe and Navy Secretary Paul Grey watched from the front row.',
    ]);
    expect(takingPart(a)).toEqual({
      'Joana Reis': true,
      'Musa Bello': true,
      'Rita Lowe': true,
      'Paul Grey': true,
    });
  });

  it("counts one who read out the summit's resolution", () => {
    const a = article('Leaders adopt resolution at emergency summit', [
      'Leaders at an emergency summit in the capital on Saturday adopted a resolution on the war.',
      'Foreign Minister Adel Mansour read out the final resolution at the close of the summit.',
    ]);
    expect(takingPart(a)['Adel Mansour']).toBe(true);
  });
});

describe('participants: speakers, aides and lists', () => {
  it('counts the reader of an absent leader\'s speech "read out on Saturday by Cardinal X"', () => {
    const a = article("Leaders address climate summit as absent pontiff's message read out", [
      'World leaders gathered on Saturday for the second day of the climate summit.',
      'Pope Pius XIII, who had planned to attend, cancelled his trip on medical advice. His speech was read out on Saturday by Cardinal Marco Bellini in the plenary hall.',
    ]);
    expect(takingPart(a)).toEqual({ 'Pius XIII': false, 'Marco Bellini': true });
  });

  it('leaves out an aide or a sherpa who "told reporters" about the leaders\' meeting', () => {
    const a = article('Leaders agree to hold trilateral summit regularly', [
      'The leaders of the three countries agreed on Monday to hold their summit regularly.',
      'President Lee Min-jun hosted Premier Zhou Kang and Prime Minister Taro Ueda at the presidential office.',
      'First Deputy National Security Adviser Park Ji-hoon told reporters that the next summit would be held in Japan.',
      "India's G20 Sherpa Vikram Rao told reporters that all paragraphs had been agreed.",
    ]);
    expect(takingPart(a)['Park Ji-hoon']).toBe(false);
    expect(takingPart(a)['Vikram Rao']).toBe(false);
    expect(takingPart(a)['Zhou Kang']).toBe(true);
  });

  it("reads a \"whose\" clause after a body's name as the body's, not lending its member the sentence's verb", () => {
    const a = article('Leaders demand ceasefire at joint summit', [
      'Leaders meeting in the capital on Saturday demanded an immediate ceasefire.',
      'The Liberation Front, whose political bureau chief Samir Khalil had urged the summit to act, welcomed the resolution.',
    ]);
    expect(takingPart(a)['Samir Khalil']).toBe(false);
  });

  it("counts those listed with a lede's person as the subject of what they did at the event", () => {
    const lede =
      'Foreign Minister Ravi Menon on Monday held talks with his counterparts from three countries at the ministerial meeting here.';
    const a = article(
      lede,
      [
        lede,
        'Menon, US Secretary of State Tom Ruiz, Japanese Foreign Minister Aiko Mori and Australian Foreign Minister Kate Lin reviewed the progress of their initiatives.',
      ],
      { source: 'PTI', dateline: { place: 'Tokyo', date: 'Jul 29' }, titleDerived: true },
    );
    expect(takingPart(a)).toMatchObject({ 'Tom Ruiz': true, 'Aiko Mori': true, 'Kate Lin': true });
  });
});

describe('names', () => {
  it('reads "Sultan" after an office\'s head as a given name ("Summit President Sultan Rahimi")', () => {
    const a = article('Forum opens', [
      'Summit President Sultan Rahimi opened the forum on Monday.',
      'Energy Minister Sultan Hamdan spoke.',
      'Johor ruler Sultan Kamarul attended.',
    ]);
    expect(person(a, 'Sultan Rahimi')?.roles).toEqual(['Summit President']);
    expect(person(a, 'Sultan Hamdan')?.roles).toEqual(['Energy Minister']);
    // A capitalised title after a lower-case one is a role of its own (roles36: "founder King X").
    expect(person(a, 'Kamarul')?.roles).toEqual(['Johor ruler', 'Sultan']);
  });

  it('finds untitled names before ", among others, attended" (Xinhua\'s closing list of attendees)', () => {
    const a = article('President attends meeting via video link', [
      'Chinese President Xu Ming attended the meeting via video link on Tuesday.',
      'Cai Wen and Wang Lu, among others, attended the event in Beijing.',
    ]);
    expect(person(a, 'Cai Wen')).toMatchObject({ participant: true, country: 'China' });
    expect(person(a, 'Wang Lu')).toMatchObject({ participant: true, country: 'China' });
  });
});

describe('participants named by their countries', () => {
  it('counts leaders whose titles name a country of "the heads of invited countries including …" who joined', () => {
    const a = article('Guest leader joins summit as it turns to the war', [
      'Moldovan President Ana Rusu sat down with the leaders of the group on Sunday.',
      'Rusu later joined an outreach session with the leaders of guest countries including Chile, Kenya and Vietnam.',
      'Chilean President Pablo Soto held talks with Rusu on Saturday, while Kenyan President Ruth Okafor did not meet her.',
      'Peruvian President Ana Salas has long opposed the group.',
    ]);
    expect(takingPart(a)).toMatchObject({ 'Pablo Soto': true, 'Ruth Okafor': true, 'Ana Salas': false });
  });
});

describe('roles', () => {
  it('keeps "Former" opening a sentence in the title after it, capitalised or lower-case', () => {
    const a = article('Leaders unveil submarine plan', [
      'Leaders unveiled the plan on Monday.',
      'Former Australian Prime Minister Tom Garrity, a long-time opponent of the plan, will speak on Wednesday.',
      'Former President Rosa Ibarra said it was a mistake.',
      'Former prime minister Ann Lee also criticised it.',
    ]);
    expect(person(a, 'Tom Garrity')?.roles).toEqual(['Former Australian Prime Minister']);
    expect(person(a, 'Rosa Ibarra')?.roles).toEqual(['Former President']);
    expect(person(a, 'Ann Lee')?.roles).toEqual(['Former prime minister']);
  });
});

describe('countries', () => {
  it('does not give a national official the country where the next summit is held', () => {
    const a = article(
      'Leaders agree to hold trilateral summit regularly',
      [
        'The leaders of South Korea, China and Japan agreed on Monday to meet every year.',
        'First Deputy National Security Adviser Park Min-ho told reporters that Japan would host the next of their summits.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'May 27' } },
    );
    expect(person(a, 'Park Min-ho')?.country).toBe('South Korea');
  });

  it('reads the countries after "counterparts from" as the counterparts\', not the subject\'s', () => {
    const lede =
      'External Affairs Minister Ravi Menon held talks here on Monday with his counterparts from the US, Japan and Australia.';
    const a = article(lede, [lede], {
      source: 'PTI',
      dateline: { place: 'Tokyo', date: 'Jul 29' },
      titleDerived: true,
    });
    expect(person(a, 'Ravi Menon')?.country).toBe('India');
  });

  it('does not read a people a crime is "against" as the speaker\'s', () => {
    const a = article(
      'Leaders demand end to war at Riyadh summit',
      [
        'Leaders meeting in Riyadh on Saturday demanded an end to the war.',
        'Crown Prince Faisal bin Nasser, who chaired the summit, said the Kingdom held the occupation responsible for the crimes committed against the Palestinian people.',
      ],
      { source: 'Arab News', dateline: { place: 'RIYADH', date: null } },
    );
    expect(person(a, 'Faisal bin Nasser')?.country).toBe('Saudi Arabia');
  });

  it('reads neither side of "an agreement between A and the State of B" as the signer\'s country', () => {
    const a = article(
      'UAE signs peace agreement at White House',
      [
        'H.H. Sheikh Saif bin Rashid Al Nahyan, Minister of Foreign Affairs, on Tuesday put his name to the Accord of Amity between the United Arab Emirates and the State of Kuwait.',
      ],
      { source: 'WAM', dateline: { place: 'WASHINGTON', date: '15th September, 2020' } },
    );
    expect(person(a, 'Saif bin Rashid Al Nahyan')?.country).toBe('United Arab Emirates');
  });

  it('does not give a leader the country a plan will "equip with" arms', () => {
    const a = article(
      'Leaders unveil submarine plan',
      [
        'President Tom Walker, Australian Prime Minister Ann Hale and British Prime Minister Rishi Lal on Monday unveiled a plan to equip Australia with nuclear-powered submarines.',
        'U.S. Defense Secretary Rob Ruiz watched from the front row.',
      ],
      { source: 'AP', dateline: { place: 'SAN DIEGO', date: null } },
    );
    expect(person(a, 'Tom Walker')?.country).toBe('United States');
  });

  it('gives the country named after another person before "with" to that person, not to the one brought in', () => {
    const a = article(
      'Leaders address climate summit',
      [
        'World leaders gathered on Saturday for the climate summit.',
        'Conference President Omar Saeed, the UAE Minister of Industry, welcomed the leaders.',
        'Prime Minister Ravi Menon of India proposed that India host the 2028 conference, and co-hosted a side event on green credits with President Sheikh Khalid bin Saif Al Nahyan.',
      ],
      { source: null, dateline: { place: 'Dubai', date: null } },
    );
    expect(person(a, 'Ravi Menon')?.country).toBe('India');
    expect(person(a, 'Khalid bin Saif Al Nahyan')?.country).toBe('United Arab Emirates');
  });
});
