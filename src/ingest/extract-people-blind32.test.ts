// Names, roles, countries and participants seen first in the thirty-second blind round of held-out articles (a day
// of the English services of non-Chinese national wires: PTI, Yonhap, QNA, Antara, Bernama, APP, BSS, dpa …), on
// invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const names = (a: ParsedArticle) => run(a).people.map((p) => p.name);

describe('names', () => {
  it('reads two unknown names "were sworn in" as people', () => {
    const a = article(
      'New president, vice president take office',
      [
        "Wiratmo Sasongko and Ardani Pramudya Rahadi were sworn in as the country's ninth president and 15th vice president on Sunday.",
        'The two took their oaths before the assembly.',
      ],
      { source: 'Antara', dateline: { place: 'Jakarta', date: null } },
    );
    expect(names(a)).toEqual(['Wiratmo Sasongko', 'Ardani Pramudya Rahadi']);
  });

  it('does not read the dateline’s place as a person where the text names it again', () => {
    const a = article(
      'Premier visits sultanate',
      [
        'Prime Minister Arvind Mehra held talks with the Sultan on Wednesday.',
        'The sides agreed to start direct flights between Bandar Seri Melati and Chennai.',
      ],
      { source: 'PTI', dateline: { place: 'Bandar Seri Melati', date: 'Sep 4' } },
    );
    expect(names(a)).toEqual(['Arvind Mehra']);
  });

  it('reads "Secretary (East) in the External Affairs Ministry X" as a titled name', () => {
    const a = article('India, Fiji agree to expand ties', [
      'Prime Minister Arvind Mehra held talks with Fijian Prime Minister Josaia Waqa on Tuesday.',
      'Secretary (East) in the External Affairs Ministry Ravi Kannan told a media briefing that the sides signed three pacts.',
    ]);
    expect(person(a, 'Ravi Kannan')?.roles).toContain('Secretary (East) in the External Affairs Ministry');
  });

  it('reads "Minister of State at the Ministry of Foreign Affairs Dr. X" as a titled name', () => {
    const a = article(
      'Prime Minister meets envoy',
      [
        'HE Prime Minister Sheikh Hamad bin Nasser Al-Marri met today with the visiting envoy.',
        'Senior officials and HE Minister of State at the Ministry of Energy Dr. Khalid bin Saad Al-Fahdi attended the meeting.',
      ],
      { source: 'QNA', dateline: { place: 'Doha', date: 'March 3' } },
    );
    expect(person(a, 'Khalid bin Saad Al-Fahdi')?.roles).toEqual([
      'Minister of State at the Ministry of Energy',
    ]);
  });

  it('reads no minister in a hall named after one ("the Minister of State at the Ministry of … Dr. X Memorial Hall")', () => {
    const a = article('Teachers honoured', [
      'President Arvind Mehra presented the awards on Friday.',
      'Delegates gathered at the Minister of State at the Ministry of Education Dr. Sunil Rao Memorial Hall.',
    ]);
    expect(names(a)).toEqual(['Arvind Mehra']);
  });

  it('reads a portfolio list before an honorific ("Deputy Minister of Trade, Industry and Tourism Mr. X")', () => {
    const a = article(
      'President leaves for state visit',
      [
        'President Ranjith Perera left for New Delhi on Sunday.',
        'He is accompanied by a delegation comprising Deputy Minister of Trade, Industry and Tourism Mr. Nimal Silva.',
      ],
      { source: 'PMD', dateline: { place: 'COLOMBO', date: null } },
    );
    expect(person(a, 'Nimal Silva')?.roles).toEqual(['Deputy Minister of Trade, Industry and Tourism']);
  });

  it('ends a title in an occupation before Malay honorifics ("Chief Statistician Datuk Seri Dr X")', () => {
    const a = article(
      'Economy grows 5 pct',
      [
        'The economy grew by 5 per cent in the first quarter, the central bank said.',
        'Chief Statistician Datuk Seri Dr Razali Mohd Noor said the services sector grew by 6 per cent.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'May 16' } },
    );
    expect(names(a)).toEqual(['Razali Mohd Noor']);
    expect(person(a, 'Razali Mohd Noor')?.roles).toEqual(['Chief Statistician']);
  });

  it('keeps "Sheikh" that closes a name as its family name', () => {
    const a = article(
      'Central bank cuts rate',
      [
        'The central bank on Thursday cut its policy rate by 100 basis points.',
        'Traders, including Chamber of Commerce President Nadeem Akhtar Sheikh, said the cut fell short.',
      ],
      { source: 'APP', dateline: { place: 'KARACHI', date: 'Sep 12' } },
    );
    expect(names(a)).toEqual(['Nadeem Akhtar Sheikh']);
  });

  it('reads "Commodore" as a naval rank before a name', () => {
    const a = article('Coast guard says ship was rammed', [
      'The coast guard’s spokesperson, Commodore Ramon Dizon, said the ship was rammed three times.',
    ]);
    expect(names(a)).toEqual(['Ramon Dizon']);
    expect(person(a, 'Ramon Dizon')?.roles).toContain('Commodore');
  });

  it('reads "State Minister for Disaster Management and Relief X" as one title', () => {
    const a = article(
      'Cyclone kills 10',
      ['State Minister for Disaster Management and Relief Kamrul Hasan told reporters that ten people died.'],
      { source: 'BSS', dateline: { place: 'DHAKA', date: 'May 27, 2024' } },
    );
    expect(names(a)).toEqual(['Kamrul Hasan']);
    expect(person(a, 'Kamrul Hasan')?.roles).toEqual(['State Minister for Disaster Management and Relief']);
  });
});

describe('roles', () => {
  it('pairs two names "were sworn in as" two offices in order, a spelled ordinal and a term’s years kept out', () => {
    const a = article(
      'New president, vice president take office',
      [
        "Wiratmo Sasongko and Ardani Pramudya Rahadi were sworn in as the country's ninth president and 15th vice president for the 2029–2034 term on Sunday.",
      ],
      { source: 'Antara', dateline: { place: 'Jakarta', date: null } },
    );
    expect(person(a, 'Wiratmo Sasongko')?.roles).toEqual(["country's ninth president"]);
    expect(person(a, 'Ardani Pramudya Rahadi')?.roles).toEqual(['15th vice president']);
  });

  it('moves only the sworn-in office when the second name holds the same office elsewhere in the story', () => {
    const a = article('New president, vice president take office', [
      'Ana Ruiz and Luis Gomez were sworn in as president and vice president on Sunday.',
      'Gomez, president from 2010 to 2015, had stepped aside for his running mate.',
    ]);
    expect(person(a, 'Ana Ruiz')?.roles).toEqual(['president']);
    expect(person(a, 'Luis Gomez')?.roles).toEqual(['president', 'vice president']);
  });

  it('keeps a role set off by a comma before a lower-case title ("The committee’s chair, Dutch virologist X,")', () => {
    const a = article(
      'Health body declares emergency',
      [
        'The health body on Wednesday declared the outbreak an emergency.',
        'The committee’s chair, Dutch virologist Pieter Bakker, said the upsurge was an emergency for the world.',
      ],
      { source: 'dpa', dateline: { place: 'Geneva', date: null } },
    );
    expect(person(a, 'Pieter Bakker')?.roles).toContain('committee’s chair');
  });
});

describe('countries', () => {
  it('places a bare royal title in a story datelined Bandar Seri Begawan in Brunei', () => {
    const a = article(
      'Premier holds talks in sultanate',
      [
        'Prime Minister Arvind Mehra held talks with Sultan of Brunei Omar Ali Jamaluddin on Wednesday.',
        'On Tuesday, Mehra was received at the airport by Crown Prince Abdul Rahim.',
      ],
      { source: 'PTI', dateline: { place: 'Bandar Seri Begawan', date: 'Sep 4' } },
    );
    expect(person(a, 'Abdul Rahim')?.country).toBe('Brunei');
  });
});

describe('countries of the people named with a leader', () => {
  it('places "President X and the American people" in the United States under a Kyiv dateline', () => {
    const a = article(
      'President receives credentials of new ambassador',
      [
        'President of Ukraine Taras Melnyk has received the letters of credence of the new ambassador of Canada, Anne Roy.',
        'The Head of State thanked President Daniel Forbes and the American people for their support.',
      ],
      { source: 'Ukrinform', dateline: { place: 'KYIV', date: 'May 30' } },
    );
    expect(person(a, 'Daniel Forbes')?.country).toBe('United States');
  });
});

describe('countries of acronymed bodies', () => {
  it('ties a body’s acronym to the country its name opens with ("A Vietnam Fisheries Surveillance (VFS) vessel")', () => {
    const a = article(
      'Coast guard says foreign ship rammed patrol boat',
      [
        'A Vietnam Fisheries Surveillance (VFS) vessel rammed a patrol boat near the reef early Saturday, a coast guard official said.',
        'Commodore Ramon Dizon said the ship caused damage to the hull of the patrol boat.',
        'In Hanoi, VFS spokesperson Tran Duc Minh claimed the patrol boat had deliberately collided with the vessel.',
      ],
      { source: 'PNA', dateline: null },
    );
    expect(person(a, 'Tran Duc Minh')?.country).toBe('Vietnam');
  });

  it('does not tie a party named by a nationality to that nationality’s country', () => {
    const a = article(
      'Minister resigns after ten days',
      [
        "Finland's Minister of Transport Matti Virtanen announced on Friday that he is stepping down.",
        'Three MPs of the Swedish People’s Party (SPP), one of the coalition partners, had voted against him.',
        'SPP chair and Justice Minister Eva Lindqvist said the resignation was the right decision.',
      ],
      { source: 'Yle', dateline: null },
    );
    expect(person(a, 'Eva Lindqvist')?.country).toBe('Finland');
  });
});

describe('participants', () => {
  it('leaves out a minister who comments "In Putrajaya" under a Kuala Lumpur statement', () => {
    const a = article(
      'Economy grows 5 pct in first quarter',
      [
        'The economy grew by 5 per cent in the first quarter, the central bank said.',
        'Central bank Governor Datuk Seri Hisham Ariff told a press conference here today that exports had recovered.',
        'In Putrajaya, Finance Minister II Datuk Seri Azman Rashid said the figures showed the reforms were on track.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'May 16' } },
    );
    expect(person(a, 'Hisham Ariff')?.participant).toBe(true);
    expect(person(a, 'Azman Rashid')?.participant).toBe(false);
  });

  it('counts the committee’s chair who speaks after "The committee’s chair, Dutch virologist X,"', () => {
    const a = article(
      'Health body declares emergency',
      [
        'The health body on Wednesday declared the outbreak a global emergency after a meeting of its emergency committee.',
        'The committee’s chair, Dutch virologist Pieter Bakker, said the upsurge was an emergency for the whole world.',
      ],
      { source: 'dpa', dateline: { place: 'Geneva', date: null } },
    );
    expect(person(a, 'Pieter Bakker')?.participant).toBe(true);
  });

  it('still leaves out a relative set off the same way ("Her father, novelist X, told reporters")', () => {
    const a = article(
      'Novelist wins literature prize',
      [
        'Novelist Mina Seo won the literature prize on Thursday, the academy announced.',
        'Her father, novelist Seo Dong-hun, told reporters outside his home that he was proud of his daughter.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Oct. 10' } },
    );
    expect(person(a, 'Seo Dong-hun')?.participant).toBe(false);
  });

  it('leaves out the leader whose special envoy the host met', () => {
    const a = article(
      'Prime Minister meets special envoy',
      [
        "HE Prime Minister Sheikh Hamad bin Nasser Al-Marri met today with US President Daniel Forbes's Special Envoy to the Middle East Paul Whitcombe.",
      ],
      { source: 'QNA', dateline: { place: 'Doha', date: 'March 3' } },
    );
    expect(person(a, 'Paul Whitcombe')?.participant).toBe(true);
    expect(person(a, 'Daniel Forbes')?.participant).toBe(false);
  });

  it('reads "did not attend" after an appositive, and "sat alongside" as being there', () => {
    const a = article(
      'New president sworn in',
      [
        'Wiratmo Sasongko was sworn in as president before the assembly on Sunday.',
        'Former president Bambang Sutrisno was also present, while party chairperson Ratna Dewi Kartika, another former president, did not attend. Her son, House Speaker Adi Kartika, sat alongside the assembly leadership.',
      ],
      { source: 'Antara', dateline: { place: 'Jakarta', date: null } },
    );
    expect(person(a, 'Bambang Sutrisno')?.participant).toBe(true);
    expect(person(a, 'Ratna Dewi Kartika')?.participant).toBe(false);
    expect(person(a, 'Adi Kartika')?.participant).toBe(true);
  });
});
