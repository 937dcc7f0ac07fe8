// Names, roles, countries and participants seen first in the twenty-seventh blind round of held-out articles
// (sub-national and local politics: governors, mayors, provincial and state officials), on invented sentences:
// none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

const part = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));
const indian = { source: 'PTI', dateline: { place: 'New Delhi', date: 'Sep 21' } };
const brazilian = { source: 'EFE', dateline: { place: 'Sao Paulo', date: 'Oct 27' } };
const japanese = { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'July 7' } };

describe('names', () => {
  it('reads a first V before another initial or a name word as an initial, not a numeral', () => {
    const a = article(
      'New minister sworn in',
      [
        'Lieutenant Governor V R Mehta administered the oath of office to the new minister on Saturday.',
        'Minister V Arul Kannan attended the ceremony. Mehta congratulated him.',
      ],
      indian,
    );
    expect(person(a, 'V R Mehta')?.roles).toEqual(['Lieutenant Governor']);
    expect(person(a, 'V R Mehta')?.aliases).toEqual(['Mehta']);
    expect(person(a, 'V Arul Kannan')?.roles).toEqual(['Minister']);
  });

  it('reads a name set off by commas after a role when a party’s initials in brackets close it', () => {
    const a = article(
      'Mayor re-elected',
      [
        'In his speech the mayor thanked the governor of the state, Otávio Brandão (PSB), who had campaigned for him.',
      ],
      brazilian,
    );
    expect(person(a, 'Otávio Brandão')?.roles).toEqual(['governor of the state']);
  });

  it('reads a one-word name whose appositive role holds a body’s name with "of"', () => {
    const a = article(
      'Governor wins third term',
      [
        'Governor Aiko Mori won a third term on Sunday.',
        'Hanae, a former House of Representatives member backed by the opposition, came second.',
      ],
      japanese,
    );
    expect(person(a, 'Hanae')?.roles).toEqual(['former House of Representatives member']);
  });

  it('leaves the age out of a role set off after a name', () => {
    const a = article(
      'Governor wins third term',
      [
        'The governor won easily, far ahead of Kenta Morimoto, the 44-year-old former mayor of Hamasaka, who ran on social media.',
      ],
      japanese,
    );
    expect(person(a, 'Kenta Morimoto')?.roles).toEqual(['former mayor of Hamasaka']);
  });
});

describe('roles', () => {
  it('reads the office someone "has been re-elected", a hyphenated title too', () => {
    const a = article(
      'State premier re-elected',
      [
        'Jonas Brenner has been re-elected minister-president of Saxony, beginning his second term on Tuesday.',
      ],
      { source: 'dpa', dateline: { place: 'Dresden', date: null } },
    );
    expect(person(a, 'Jonas Brenner')?.roles).toEqual(['minister-president of Saxony']);
  });

  it('reads a role set off by commas after a person’s possessive that opens the sentence', () => {
    const a = article(
      'New mayor sworn in',
      [
        'Mayor Ana Ferreira was sworn in on Saturday.',
        'Ferreira’s security chief, Rui Pacheco, said the police would work with the National Guard.',
      ],
      { source: 'Reuters', dateline: null },
    );
    expect(person(a, 'Rui Pacheco')?.roles).toEqual(['security chief']);
  });
});

describe('bodies and lists', () => {
  it('reads "General <Word> Commission" as a body, not a general and a person', () => {
    const a = article(
      'Pair wins city election',
      [
        'The Surabaya General Elections Commission (KPU) on Sunday declared Arif Wibisono the winner of the mayoral race.',
      ],
      { source: 'Antara', dateline: { place: 'Surabaya', date: null } },
    );
    expect(run(a).people.map((p) => p.name)).toEqual(['Arif Wibisono']);
  });

  it('reads names listed after a plural "candidates"', () => {
    const a = article(
      'Pair wins city election',
      [
        'The winners took 52 percent, while independent candidates Rudi Hartawan and Yusri Latuconsina won 11 percent.',
      ],
      { source: 'Antara', dateline: { place: 'Surabaya', date: null } },
    );
    expect(run(a).people.map((p) => [p.name, p.roles])).toEqual([
      ['Rudi Hartawan', ['candidate']],
      ['Yusri Latuconsina', ['candidate']],
    ]);
  });
});

describe('countries', () => {
  it('does not take the country of a trip someone speaks of as theirs', () => {
    const a = article(
      'Chief minister signs investment deals abroad',
      [
        'Chief Minister Arjun Pillai signed six agreements with technology companies on Friday.',
        'Ports Minister R.S. Venkatesan, who is travelling with him, said the US visit would focus on chips.',
      ],
      { source: 'IANS', dateline: { place: 'Chennai', date: 'Aug 30' } },
    );
    expect(person(a, 'R.S. Venkatesan')?.country).toBe('India');
  });

  it('does not take a country inside another person’s "who" clause', () => {
    const a = article(
      'Regional parliament elects new president',
      [
        'The regional parliament elected Marta Soler as president on Thursday.',
        'The session, chaired by parliament speaker Jordi Vidal, was delayed after Enric Puig, who has lived in France since 2019, appeared at a rally.',
      ],
      { source: 'EFE', dateline: { place: 'Barcelona', date: 'Aug 8' } },
    );
    expect(person(a, 'Jordi Vidal')?.country).toBe('Spain');
  });

  it('reads "west of the <demonym> capital" as a place, not a nationality', () => {
    const a = article(
      'Former mayor brought home',
      [
        'Former town mayor Rosario Dizon arrived in the country on Thursday, a day after she was arrested in a town west of the Malaysian capital.',
      ],
      { source: 'PNA', dateline: { place: 'MANILA', date: null } },
    );
    expect(person(a, 'Rosario Dizon')?.country).toBe('Philippines');
  });
});

describe('participants', () => {
  it('leaves out the earlier holders of the post someone is sworn into', () => {
    const a = article(
      'Meera Nair sworn in as chief minister',
      [
        'Meera Nair was on Saturday sworn in as chief minister, becoming the second woman to hold the post after Lata Rao and Usha Menon.',
      ],
      indian,
    );
    expect(part(a)).toEqual({ 'Meera Nair': true, 'Lata Rao': false, 'Usha Menon': false });
  });

  it('under a plea, counts the judge at the hearing but not one of a later date, a prosecutor at a news conference or a governor commenting', () => {
    const a = article(
      'Mayor pleads not guilty to bribery charges',
      [
        'Mayor Tom Reilly pleaded not guilty Friday to bribery charges before U.S. Magistrate Judge Ann Kowalski, who let him remain free without bail.',
        'He is due back in court on Wednesday before U.S. District Judge Paul Brennan.',
        'U.S. Attorney Grace Whitlow said at a news conference that the mayor had sought the benefits for years.',
        'Gov. Helen Ortiz said she was reviewing her options.',
      ],
      { source: 'AP', dateline: { place: 'BOSTON', date: null } },
    );
    expect(part(a)).toEqual({
      'Tom Reilly': true,
      'Ann Kowalski': true,
      'Paul Brennan': false,
      'Grace Whitlow': false,
      'Helen Ortiz': false,
    });
  });

  it('under an election result, counts candidates by their share of the vote or by running', () => {
    const a = article(
      'Governor wins back post in election',
      [
        'Governor Ken Arakawa was re-elected in Sunday’s gubernatorial election.',
        'Former mayor Yumi Tanabe received some 970,000 votes.',
        'Former minister Jiro Okada took 4.2 percent.',
        'Party leader Shoji Hara also ran in the election.',
      ],
      japanese,
    );
    expect(part(a)).toEqual({
      'Ken Arakawa': true,
      'Yumi Tanabe': true,
      'Jiro Okada': true,
      'Shoji Hara': true,
    });
  });
});

describe('participants at a disaster and beside a ministry', () => {
  it('counts officials who arrive in the quake zone, inspect the damage or visit a field hospital', () => {
    const a = article('Rescuers race against cold after earthquake', [
      'Rescue work was in full swing on Tuesday in the county, where an earthquake struck on Monday night.',
      'Vice Premier Zhao Lin, who arrived at the quake zone on Tuesday, inspected damaged homes in a village.',
      'Liu Feng, secretary of the provincial Party committee, visited a makeshift hospital in the county seat.',
    ]);
    expect(part(a)).toEqual({ 'Zhao Lin': true, 'Liu Feng': true });
  });

  it('does not count the head of a ministry named in lower case after "headed by"', () => {
    const a = article(
      'New mayor sworn in',
      [
        'Mayor Ana Ferreira was sworn in on Saturday before the city council.',
        'Police would coordinate with the federal security ministry headed by Rui Tavares, officials said.',
      ],
      { source: 'Reuters', dateline: null },
    );
    expect(part(a)['Rui Tavares']).toBe(false);
  });

  it('counts one who "swore him in" and one sat next to at the ceremony', () => {
    const a = article(
      'Premier re-elected by state parliament',
      [
        'Jonas Brenner has been re-elected premier of Saxony by the state parliament.',
        'Parliamentary president Eva Kranz announced the result and then swore him in.',
        'The ceremony was attended by the chancellor, who sat in the front row next to outgoing premier Lutz Oberg.',
      ],
      { source: 'dpa', dateline: { place: 'Dresden', date: null } },
    );
    expect(part(a)).toEqual({ 'Jonas Brenner': true, 'Eva Kranz': true, 'Lutz Oberg': true });
  });
});
