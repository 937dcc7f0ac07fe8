// People seen first in the forty-third blind round of held-out articles (regional desks: AU, ECOWAS, Arab League and
// Gulf summits, peace deals signed and witnessed, inaugurations with foreign guests, a Turkic summit), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import {
  extractTest as run,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

const KUNA = { source: 'KUNA', dateline: { place: 'AL-ULA, Saudi Arabia', date: null } };
const NAN = { source: 'NAN', dateline: { place: 'Abuja', date: null } };

describe('Gulf names and titles', () => {
  it('reads "Amir of <state> Sheikh X" and "Ruler of <emirate> Sheikh Y" as titled names', () => {
    const a = article(
      'Gulf leaders sign declaration at summit',
      [
        'Amir of Qatar Sheikh Jabir bin Khalid Al-Thani was received on his arrival at the airport by the Crown Prince.',
        'Also taking part was Vice President and Ruler of Dubai Sheikh Rashid bin Saeed Al Maktoum.',
      ],
      KUNA,
    );
    expect(person(a, 'Jabir bin Khalid Al-Thani')?.roles).toContain('Amir of Qatar');
    expect(person(a, 'Rashid bin Saeed Al Maktoum')?.roles).toContain('Ruler of Dubai');
  });

  it('gives a royal first named by title and given name the full name that follows, and keeps "Sheikh Y" apart from a family name', () => {
    const a = article(
      'Amir attends Gulf summit',
      [
        'His Highness the Amir Sheikh Salem Al-Khalid Al-Hamad Al-Omar took part on Tuesday in the summit.',
        'The summit, named the Sultan Taimur and Sheikh Omar summit in honour of the late Sultan Taimur bin Faisal of Oman and the late Amir Sheikh Omar Al-Khalid Al-Hamad Al-Omar, was chaired by the Crown Prince.',
      ],
      KUNA,
    );
    expect(names(a)).toEqual([
      'Salem Al-Khalid Al-Hamad Al-Omar',
      'Taimur bin Faisal',
      'Omar Al-Khalid Al-Hamad Al-Omar',
    ]);
    expect(person(a, 'Salem Al-Khalid Al-Hamad Al-Omar')?.aliases).not.toContain('Omar');
    expect(taking(a)).toEqual(['Salem Al-Khalid Al-Hamad Al-Omar']);
  });

  it("places a member of a Gulf ruling house in the house's state, whatever country the sentence names", () => {
    const a = article(
      'King chairs Arab summit in Manama',
      [
        'His Majesty King Hamad bin Faisal Al Khalifa chaired the summit, which the Saudi delegation had hosted last year.',
        'His Royal Highness Prince Khalid bin Hamad Al Khalifa, the Crown Prince, attended the session with the Saudi ministers.',
      ],
      { source: 'BNA', dateline: { place: 'Manama', date: null } },
    );
    expect(person(a, 'Khalid bin Hamad Al Khalifa')?.country).toBe('Bahrain');
  });
});

describe('regional bodies', () => {
  it("gives the officials of West Africa's bloc and of the Turkic states' organisation no country", () => {
    const a = article(
      'Bloc orders standby force activated',
      [
        'The communique was read by the President of the ECOWAS Commission, Dr Musa Keita, at the end of the summit in Abuja.',
        'OTS Secretary General Bakyt Osmonov also attended the summit.',
      ],
      NAN,
    );
    expect(person(a, 'Musa Keita')?.country).toBeNull();
    expect(person(a, 'Bakyt Osmonov')?.country).toBeNull();
  });
});

describe('names in lists', () => {
  it('reads "Presidents A of Uganda, B of the Democratic Republic of Congo and C of Zimbabwe"', () => {
    const a = article('President sworn in before African leaders', [
      'Among the foreign leaders who witnessed the ceremony were Presidents Abeni Okonkwo of Uganda, Jomo Kariuki of the Democratic Republic of Congo and Kofi Bediako of Zimbabwe.',
    ]);
    expect(run(a).people.map((p) => [p.name, p.country])).toEqual([
      ['Abeni Okonkwo', 'Uganda'],
      ['Jomo Kariuki', 'Democratic Republic of the Congo'],
      ['Kofi Bediako', 'Zimbabwe'],
    ]);
  });

  it('reads the people listed "among them" after leaders, each with the group they belong to, and no "Movement" as a name', () => {
    const a = article('Government, rebels sign peace deal', [
      'The government signed the agreement, while leaders of the Northern Front (NF), among them Kodjo Amedu of the Liberation Movement and Tambo Kweku of the Justice and Equality Movement, put their names to it for the rebels.',
    ]);
    expect(names(a)).toEqual(['Kodjo Amedu', 'Tambo Kweku']);
  });

  it('finds no person in a declaration named after a city the lexicon does not know', () => {
    const a = article(
      'King chairs summit, Qurayyat Declaration calls for peacekeepers',
      [
        'His Majesty King Fahd bin Ali Al Khalifa chaired the summit, which adopted the Qurayyat Declaration.',
      ],
      { source: 'BNA', dateline: { place: 'Manama', date: null } },
    );
    expect(names(a)).toEqual(['Fahd bin Ali Al Khalifa']);
  });
});

describe('countries', () => {
  it('gives each leader the country set off before them in "the leaders of A, X, and B, Y"', () => {
    const a = article(
      'Silva takes over bloc presidency',
      [
        'President Joao Silva took over the rotating presidency of the bloc on Tuesday.',
        'The leaders of Uruguay, Pablo Rivas, and Paraguay, Diego Vera, as well as Bolivian President Luis Soto, also took part.',
      ],
      { source: 'Agência Brasil', dateline: null },
    );
    expect(person(a, 'Pablo Rivas')?.country).toBe('Uruguay');
    expect(person(a, 'Diego Vera')?.country).toBe('Paraguay');
  });

  it("does not take an outgoing president's country from guests who are presidents of several countries", () => {
    const a = article(
      'Moreno sworn in as President of Argentina before foreign leaders',
      [
        'Julio Moreno was sworn in on Sunday as President of Argentina before the Legislative Assembly.',
        'Outgoing President Raul Gomez then handed Moreno the presidential sash and the baton of command.',
        'Among the foreign guests were the presidents of Chile, Uruguay and Paraguay, Pablo Rivas, Luis Soto and Diego Vera.',
      ],
      { source: 'Télam', dateline: { place: 'Buenos Aires', date: null } },
    );
    expect(person(a, 'Raul Gomez')?.country).toBe('Argentina');
    expect(person(a, 'Raul Gomez')?.participant).toBe(true);
  });

  it('gives a bare office of a council the country the story put before that council', () => {
    const a = article(
      'Government, rebels sign peace deal in Juba',
      [
        'The interim government and a coalition of armed movements signed a comprehensive peace deal in Juba on Saturday.',
        "Kamal Osman, deputy chairman of Sudan's Sovereign Council, signed the deal for the government.",
        'South Sudanese President Deng Majok, who has hosted the talks since October, signed as a witness.',
        'Chairman of the Sovereign Council Idris Taha and Prime Minister Hamid Yousif attended the ceremony.',
      ],
      { dateline: { place: 'JUBA', date: null } },
    );
    expect(person(a, 'Idris Taha')?.country).toBe('Sudan');
    expect(person(a, 'Deng Majok')?.country).toBe('South Sudan');
  });

  it("places a spokesman of a national agency in a story filed from a Caribbean capital, not in the agency's home", () => {
    const a = article(
      'UN chief tours storm devastation in Bahamas',
      [
        'UN Secretary-General Ana Lopes on Friday toured the islands devastated by the hurricane, accompanied by Bahamian Prime Minister Tom Rolle.',
        'At least 50 people were killed, the National Emergency Management Agency (NEMA) has said.',
        'NEMA spokesman Carl Dean said on Thursday that the agency was still getting calls.',
      ],
      { source: 'EFE', dateline: { place: 'Nassau', date: null } },
    );
    expect(person(a, 'Carl Dean')?.country).toBe('Bahamas');
  });
});

describe('roles', () => {
  it('ends a role taken "as" an office before the occasion or an adverb of time', () => {
    const a = article('New president sworn in before foreign guests', [
      'Ana Duarte was sworn in as Vice President at that same ceremony.',
      'Joseph Mwangi was sworn in as Deputy President shortly before the president took the oath.',
    ]);
    expect(person(a, 'Ana Duarte')?.roles).toEqual(['Vice President']);
    expect(person(a, 'Joseph Mwangi')?.roles).toEqual(['Deputy President']);
  });
});

describe('participants', () => {
  it('keeps the chair who spoke "earlier, in his opening remarks" at the summit', () => {
    const a = article(
      'Bloc orders activation of standby force to restore order in Niger',
      [
        'The regional bloc has ordered its standby force readied at once for a possible deployment in Niger.',
        'This was in a communique read by the President of the Commission, Dr Musa Keita, as the summit closed in Abuja on Thursday.',
        'Earlier, in his opening remarks, the current Chairman of the Authority, President Kola Adeyemi, noted that the junta in Niamey had ignored the ultimatum issued by the bloc, which expired on Sunday.',
      ],
      NAN,
    );
    expect(taking(a)).toContain('Kola Adeyemi');
  });

  it('keeps the one who handed over the chair, whatever year the clause on the previous session names', () => {
    const a = article(
      'King chairs Arab summit in Manama',
      [
        'His Majesty King Hamad bin Faisal Al Khalifa today chaired the summit.',
        'His Majesty the King took over the chairmanship of this Summit from His Royal Highness Prince Khalid bin Nasser Al Saud, Crown Prince of Saudi Arabia, which hosted the previous session in Riyadh in 2022.',
      ],
      { source: 'BNA', dateline: { place: 'Manama', date: null } },
    );
    expect(taking(a)).toEqual(['Hamad bin Faisal Al Khalifa', 'Khalid bin Nasser Al Saud']);
  });

  it('leaves out one who spoke at a news conference after the summit', () => {
    const a = article(
      'Gulf leaders sign declaration at summit',
      [
        'Amir of Qatar Sheikh Jabir bin Khalid Al-Thani and the other Gulf leaders signed the declaration at the summit on Tuesday.',
        'Speaking to reporters once the summit ended, Saudi Foreign Minister Prince Turki bin Saad said the sides would restore ties.',
      ],
      KUNA,
    );
    expect(taking(a)).not.toContain('Turki bin Saad');
    expect(person(a, 'Turki bin Saad')).toMatchObject({
      roles: ['Saudi Foreign Minister', 'Prince'],
      country: 'Saudi Arabia',
    });
    expect(taking(a)).toContain('Jabir bin Khalid Al-Thani');
    expect(person(a, 'Jabir bin Khalid Al-Thani')).toMatchObject({
      roles: ['Amir of Qatar'],
      country: 'Qatar',
    });
  });

  it('leaves out who did not travel (not the one who represented them) and the groups that did not sign', () => {
    const a = article(
      'Leaders witness signing of peace deal',
      [
        'Leaders on Saturday witnessed the signing of the peace agreement in the capital.',
        'Brazilian President Pedro Lima, whom the host had criticised, did not travel to the capital and was represented by Foreign Minister Joao Alves.',
        'The faction led by Abdel Karim al-Tahir and the faction led by Omar Hassan al-Nouri did not sign the agreement.',
      ],
      NAN,
    );
    expect(taking(a)).toEqual(['Joao Alves']);
  });

  it('reads initialling a text, accompanying the president and following the ceremony from the gallery as being there', () => {
    const a = article(
      'Leaders sign joint declaration at summit',
      [
        'The leaders signed a joint declaration at the summit on Friday.',
        'Defence Minister Idris Kamal and his counterpart Arman Bako initialed the text of the agreement, agreed earlier this year, in the presence of the leaders.',
        'Interior Minister Paulo Reis accompanied the president.',
        "The president's sister, Funmi Adeyemi, whom he has named chief of staff, followed the ceremony from the gallery.",
      ],
      NAN,
    );
    expect(taking(a)).toEqual(['Idris Kamal', 'Arman Bako', 'Paulo Reis', 'Funmi Adeyemi']);
  });
});
