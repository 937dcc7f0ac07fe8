// Shapes seen first in the thirty-fourth blind round of held-out articles (regional wires of the Gulf, Africa and
// Latin America and their names), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('drops a style of address written with stops ("H.H.", "H.E.", "H.M.") from the name', () => {
    const a = article('Minister receives delegation', [
      'The talks were attended by H.H. Sheikh Khalid bin Saif Al Falasi, Minister of Culture, and H.E. Ahmed Saleh Al Kaabi.',
    ]);
    expect(names(a)).toEqual(['Khalid bin Saif Al Falasi', 'Ahmed Saleh Al Kaabi']);
  });

  it('reads a title word after "Dr." as a given name ("Dr. Sultan X")', () => {
    const a = article('Minister receives delegation', [
      'The talks were attended by Dr. Sultan Rashid Al Mazrouei, Minister of State, and by Dr Amir Hassan Nouri.',
    ]);
    expect(names(a)).toEqual(['Sultan Rashid Al Mazrouei', 'Amir Hassan Nouri']);
    expect(person(a, 'Sultan Rashid Al Mazrouei')?.roles).toEqual(['Minister of State']);
  });
});

describe('titles', () => {
  it('keeps the portfolio words of Latin American and southern African ministries in the title', () => {
    const a = article('Ministers meet', [
      'He met Minister of Development and Social Inclusion Ana Ruiz and Minister of Cooperative Governance and Traditional Affairs Ali Hlabi.',
    ]);
    expect(names(a)).toEqual(['Ana Ruiz', 'Ali Hlabi']);
    expect(person(a, 'Ana Ruiz')?.roles).toEqual(['Minister of Development and Social Inclusion']);
  });

  it('ends a title at a group\'s lower-case head word and gives it to the name after ("… movement X")', () => {
    const a = article('Leaders attend ceremony', [
      'Among the guests were Karim Nassar, Secretary-General of the Popular Front movement Ziyad al-Hamdi and Deputy Secretary-General of the Farmers League Omar Saleh.',
    ]);
    expect(names(a)).toEqual(['Karim Nassar', 'Ziyad al-Hamdi', 'Omar Saleh']);
    expect(person(a, 'Ziyad al-Hamdi')?.roles).toEqual(['Secretary-General of the Popular Front movement']);
    expect(person(a, 'Karim Nassar')?.roles).toEqual([]);
  });

  it('does not give a listed lower-case title written before a given name to the name before it', () => {
    const a = article('Leaders attend ceremony', [
      "Among the guests were Armenian Prime Minister Aram Sargsyan, the head of the union's political bureau Karim Nassar and Omar Saleh.",
    ]);
    expect(person(a, 'Aram Sargsyan')?.roles).toEqual(['Armenian Prime Minister']);
  });
});

describe('honorifics and predicate offices', () => {
  it('reads "Hon." as a style and gives a role set off between two names to the second', () => {
    const a = article('Cabinet sworn in', [
      'The new cabinet was sworn in at the stadium on Monday.',
      'Also present were the Senate President, Sen. Ahmad Bello, the Speaker of the House of Representatives, Hon. Femi Adeyemi, and the Minister of Works, Dr. Kola Ojo.',
    ]);
    expect(names(a)).toEqual(['Ahmad Bello', 'Femi Adeyemi', 'Kola Ojo']);
    expect(person(a, 'Ahmad Bello')?.roles).toEqual(['Senate President']);
    expect(person(a, 'Femi Adeyemi')?.roles).toEqual(['Speaker of the House of Representatives']);
    expect(person(a, 'Femi Adeyemi')?.participant).toBe(true);
  });

  it('takes the office someone "remains" or "was named" without "as"', () => {
    const a = article('President names cabinet', [
      'President Ana Moyo announced her cabinet on Sunday.',
      'Paul Dube remains Deputy President, and Dr. Omar Ali was named Minister of Finance.',
      'Ali Musa was named vice president.',
    ]);
    expect(person(a, 'Paul Dube')?.roles).toEqual(['Deputy President']);
    expect(person(a, 'Omar Ali')?.roles).toEqual(['Minister of Finance']);
    expect(person(a, 'Ali Musa')?.roles).toEqual(['vice president']);
  });
});

describe('participants', () => {
  it('leaves out the leader an envoy "represented", and gives the envoy\'s office to the envoy', () => {
    const a = article('President sworn in for second term', [
      'President Ana Lima was sworn in for a second term on Monday.',
      'Li Wei, Vice Chairman of the Standing Committee, represented President Zhao Ming as his special envoy.',
    ]);
    expect(person(a, 'Li Wei')?.participant).toBe(true);
    expect(person(a, 'Zhao Ming')?.participant).toBe(false);
    expect(person(a, 'Zhao Ming')?.roles).toEqual(['President']);
  });
});

describe('participants at a summit or on a visit', () => {
  it('counts leaders "among the heads of state who spoke"', () => {
    const a = article('Leaders open summit in Jeddah', [
      'Leaders of the bloc opened their annual summit in Jeddah on Friday.',
      'Omani President Ali Salem, Jordanian Prime Minister Omar Nasser and Libyan President Adel Farid were among the heads of state who spoke.',
    ]);
    expect(person(a, 'Adel Farid')?.participant).toBe(true);
    expect(person(a, 'Ali Salem')?.participant).toBe(true);
  });

  it('counts a member of "the Indian side" at the talks, and not the king "he is to be received by" next', () => {
    const a = article('Crown Prince receives Indian Prime Minister', [
      'The Crown Prince received Indian Prime Minister Ravi Sharma in Abu Dhabi on Saturday.',
      'The Indian side included External Affairs Minister Anil Mehta.',
      'Sharma then flew to Manama, where he is to be received by King Salem bin Omar of Bahrain.',
    ]);
    expect(person(a, 'Anil Mehta')?.participant).toBe(true);
    expect(person(a, 'Salem bin Omar')?.participant).toBe(false);
  });

  it('counts the chair who hands over "at the opening" of the session, and the rivals an elected one "defeated"', () => {
    const a = article(
      '',
      [
        'Ghanaian President Kofi Mensah has assumed the rotating chairmanship of the union, taking over from Malian President Amadou Keita at the opening of the summit.',
        "Later in the day, the Assembly elected Togo's Foreign Minister Koffi Adje as the new Chairperson of the Commission. He defeated Senegal's former Prime Minister Moussa Diop and Ibrahim Sow, a former minister of Niger.",
      ],
      { titleDerived: true },
    );
    expect(person(a, 'Amadou Keita')?.participant).toBe(true);
    expect(person(a, 'Moussa Diop')?.participant).toBe(true);
  });

  it('leaves out the leader whose absence the headline reports', () => {
    const a = article('Bloc summit marked by Rivas’s absence', [
      'The president of Peru handed over the presidency of the bloc at a summit overshadowed by the absence of Argentine President Tomas Rivas.',
    ]);
    expect(person(a, 'Tomas Rivas')?.participant).toBe(false);
  });
});

describe('countries', () => {
  it('places an undated domestic story by its one city and a two-word nation named in the plural', () => {
    const a = article(
      'President names new cabinet',
      [
        'President Thabo Nkosi has announced the members of his new cabinet.',
        'Speaking from the Union Buildings in Pretoria, the President said the cabinet reflected the will of South Africans.',
        'Finance Minister Lerato Dube keeps her post.',
      ],
      { source: null, dateline: null },
    );
    expect(person(a, 'Thabo Nkosi')?.country).toBe('South Africa');
    expect(person(a, 'Lerato Dube')?.country).toBe('South Africa');
  });

  it('reads "Turkish Cypriot" and "Greek Cypriot" as the two sides of the island, not Turkey and Greece', () => {
    const a = article('Cypriot leaders meet', [
      'Turkish Cypriot leader Ali Demir met Greek Cypriot leader Nikos Pappas in Nicosia on Monday.',
    ]);
    expect(person(a, 'Ali Demir')?.country).toBe('Northern Cyprus');
    expect(person(a, 'Nikos Pappas')?.country).toBe('Cyprus');
  });

  it("places an EFE story datelined Asunción in Paraguay, not in the agency's Spain", () => {
    const a = article(
      'Police arrest three over bank robbery',
      ['Interior Minister Carlos Benítez said on Monday that police had arrested three suspects.'],
      { source: 'EFE', dateline: { place: 'Asunción', date: 'Jul 8' } },
    );
    expect(person(a, 'Carlos Benítez')?.country).toBe('Paraguay');
  });

  it("gives the host of a gathering abroad the dateline's country, not the national outlet's", () => {
    const a = article(
      'Honduras takes over bloc presidency',
      [
        'Honduran President Ana Reyes on Friday assumed the pro tempore presidency of the bloc at its summit.',
        'Prime Minister Carl James, host of the meeting, handed over the post after twelve months.',
      ],
      { source: 'Prensa Latina', dateline: { place: 'Kingstown', date: 'Mar 1' } },
    );
    expect(person(a, 'Carl James')?.country).toBe('Saint Vincent and the Grenadines');
  });

  it('does not place someone in the country they "flew to the" …', () => {
    const a = article(
      'President sworn in',
      [
        'President Ana Costa was sworn in at the National Congress on Sunday.',
        'The former president, Paulo Mendes, flew to the United States on Friday and missed the ceremony.',
      ],
      { source: 'Agência Brasil', dateline: null },
    );
    expect(person(a, 'Paulo Mendes')?.country).toBe('Brazil');
  });

  it('reads the country of a gapped "and the United States by Y" after "was represented by"', () => {
    const a = article('President sworn in', [
      'President Ana Costa was sworn in on Sunday.',
      'Germany was represented by President Karl Weber and the United States by Interior Secretary Mary Cole.',
    ]);
    expect(person(a, 'Karl Weber')?.country).toBe('Germany');
    expect(person(a, 'Mary Cole')?.country).toBe('United States');
  });

  it('gives a bare "Queen" no country in a story from the Emirates, which have no crowned queen', () => {
    const a = article(
      'Crown Prince confers medal on visiting prime minister',
      [
        'The Crown Prince conferred the order on the visiting prime minister in Abu Dhabi on Saturday.',
        'The order has earlier been awarded to Queen Margaret II, King Olaf VI of Norway and Russian President Ivan Petrov.',
      ],
      { source: 'WAM', dateline: { place: 'ABU DHABI', date: '24th August, 2019' } },
    );
    expect(person(a, 'Margaret II')?.country).toBeNull();
  });

  it('reads the European External Action Service as an international body, whose officials have no country', () => {
    const a = article(
      'President sworn in',
      [
        'The new president took the oath of office before parliament on Tuesday.',
        'The European Union was represented by Carlos Vidal, deputy secretary-general of the European External Action Service.',
      ],
      { source: 'IRNA', dateline: { place: 'Tehran', date: null } },
    );
    expect(person(a, 'Carlos Vidal')?.country).toBeNull();
  });
});
