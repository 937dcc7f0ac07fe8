// People seen first in the seventy-eighth blind round of held-out articles (heads of international bodies at work in
// national capitals: the UN's high commissioners and envoys, an office named by the president it serves, a
// spokesperson among those who attended, a visitor's appositive, a statement's source, a state corporation by its
// initials, a ministry's EU affairs, the stops of a tour still to come), on invented sentences with invented people:
// none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

const reuters = { source: 'Reuters', date: '2022-03-03', dateline: { place: 'CHISINAU', date: null } };

describe('the UN’s high commissioners and the secretary-general’s envoys', () => {
  it('reads the name after "High Commissioner for Refugees" and keeps the remit in the role', () => {
    const a = article(
      'UN refugee chief visits border',
      ['U.N. High Commissioner for Refugees Tomas Veller on Thursday visited the border crossing.'],
      reuters,
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Tomas Veller']);
    expect(person(a, 'Tomas Veller')?.roles).toEqual(['U.N. High Commissioner for Refugees']);
    expect(person(a, 'Tomas Veller')?.country).toBeNull();
  });

  it('reads "High Commissioner for Human Rights" as one title', () => {
    const a = article(
      'Rights chief visits capital',
      ['UN High Commissioner for Human Rights Ana Brel met the president on Monday.'],
      reuters,
    );
    expect(person(a, 'Ana Brel')?.roles).toEqual(['UN High Commissioner for Human Rights']);
  });

  it('reads the whole name after "Special Envoy of the UN Secretary-General for Syria"', () => {
    const a = article(
      'Minister meets UN envoy',
      [
        'Foreign Minister Omar Kestner received Special Envoy of the UN Secretary-General for Syria Aldo Marwick on Monday.',
      ],
      { source: 'IRNA', date: '2019-12-16', dateline: { place: 'Tehran', date: null } },
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['Omar Kestner', 'Aldo Marwick']);
    expect(person(a, 'Aldo Marwick')?.country).toBeNull();
  });

  it('counts the secretary-general’s special envoy as the body’s, whatever office they held at home', () => {
    const a = article(
      'UN chief meets president',
      [
        'Secretary-General Tomas Veller held talks with President Paul Oduya in Kinshasa on Wednesday.',
        'Ana Brel, the Special Envoy of the Secretary-General for the Great Lakes Region, sat in on the talks too. Brel, a former president of Ireland, was appointed in March.',
      ],
      { source: 'AP', date: '2013-05-22', dateline: { place: 'KINSHASA, Congo', date: null } },
    );
    expect(person(a, 'Ana Brel')?.country).toBeNull();
    expect(person(a, 'Paul Oduya')?.country).toBe('Democratic Republic of the Congo');
  });
});

describe('offices named by whom they serve', () => {
  const ukrinform = { source: 'Ukrinform', date: '2024-10-03', dateline: null };

  it('keeps "Head of the Office of the President" whole, and its holder among those who attended', () => {
    const a = article(
      'President meets alliance chief in Kyiv',
      [
        'President of Ukraine Tomas Veller met with NATO Secretary General Omar Kestner.',
        'The parties discussed air defense.',
        'The meeting was also attended by Minister of Defense Paul Oduya and Head of the Office of the President Ana Brel.',
      ],
      ukrinform,
    );
    expect(person(a, 'Ana Brel')?.roles).toEqual(['Head of the Office of the President']);
    expect(person(a, 'Ana Brel')?.participant).toBe(true);
    expect(person(a, 'Paul Oduya')?.participant).toBe(true);
  });

  it('still reads "a statement from the office of President X" as naming X for the office', () => {
    const a = article(
      'President meets alliance chief in Kyiv',
      [
        'Prime Minister Tomas Veller met with NATO Secretary General Omar Kestner.',
        'A statement from the office of President Ana Brel welcomed the visit.',
      ],
      ukrinform,
    );
    expect(person(a, 'Ana Brel')?.participant).toBe(false);
  });

  it('reads a body’s initials after its country: "Head of the Atomic Energy Organization of Iran (AEOI) X"', () => {
    const a = article(
      'President receives atomic agency chief',
      [
        'The agency chief held talks with Head of the Atomic Energy Organization of Iran (AEOI) Omar Kestner.',
      ],
      { source: 'IRNA', date: '2023-03-04', dateline: { place: 'Tehran', date: null } },
    );
    expect(person(a, 'Omar Kestner')?.roles).toEqual([
      'Head of the Atomic Energy Organization of Iran (AEOI)',
    ]);
  });
});

describe('a spokesperson among those who attended', () => {
  it('makes a spokesperson listed with ministers who "also attended the meeting" a participant', () => {
    const a = article(
      'President receives EU leaders in Ankara',
      [
        'Turkish President Tomas Veller on Tuesday received European Council President Omar Kestner.',
        'Foreign Minister Paul Oduya, Presidential Spokesman Ana Brel and Deputy Foreign Minister Geir Marwick also attended the meeting.',
      ],
      { source: 'Anadolu', date: '2021-04-06', dateline: { place: 'ANKARA', date: null } },
    );
    expect(person(a, 'Ana Brel')?.participant).toBe(true);
  });
});

describe('countries of the people met', () => {
  it('does not give the visitor’s former nationality, in their appositive, to the ministers they met', () => {
    const a = article(
      'Health chief in Beijing agrees to send experts',
      [
        'The head of the health body, Tomas Veller, met the president in Beijing on Tuesday.',
        'During his visit, Veller, a former Kenyan health minister, later met State Councilor and Foreign Minister Wang Kequn and Minister of the National Health Commission Li Xiaoren.',
      ],
      { source: null, date: '2020-01-29', dateline: null },
    );
    expect(person(a, 'Wang Kequn')?.country).not.toBe('Kenya');
    expect(person(a, 'Li Xiaoren')?.country).not.toBe('Kenya');
    // The ministers are found, with their offices; the visitor keeps the appositive's country.
    expect(person(a, 'Wang Kequn')?.roles).toEqual(['State Councilor', 'Foreign Minister']);
    expect(person(a, 'Li Xiaoren')?.roles).toEqual(['Minister of the National Health Commission']);
    expect(person(a, 'Tomas Veller')?.country).toBe('Kenya');
  });

  it('keeps the appositive’s country for one represented by its holder', () => {
    const a = article(
      'Leaders attend inauguration',
      [
        'Mr Peng Haoran, Vice Chairman of the Standing Committee of China’s National People’s Congress, on Sunday represented President Li Wenjun as his special envoy.',
      ],
      { source: 'Xinhua', date: '2022-05-01', dateline: null },
    );
    expect(person(a, 'Li Wenjun')?.country).toBe('China');
  });

  it('gives a statement’s source none of the countries it is cited for', () => {
    const a = article(
      'President receives oil body chief in Abuja',
      [
        'Nigerian President Tomas Veller on Tuesday received the oil body’s chief at the Presidential Villa in Abuja.',
        'Veller commended him for building the alliance with Russia, according to a statement issued by presidential spokesman Paul Oduya.',
      ],
      { source: 'Xinhua', date: '2022-07-05', dateline: { place: 'ABUJA', date: 'July 5' } },
    );
    expect(person(a, 'Paul Oduya')?.country).toBe('Nigeria');
  });

  it('places the head of a national corporation the story spells out by its initials', () => {
    const a = article(
      'President receives oil body chief in Abuja',
      [
        'The chief was once head of the Nigerian National Petroleum Corporation (NNPC).',
        'Group Chief Executive Officer of the NNPC Ana Brel was present at the meeting.',
      ],
      { source: 'Xinhua', date: '2022-07-05', dateline: { place: 'GENEVA', date: 'July 5' } },
    );
    expect(person(a, 'Ana Brel')?.country).toBe('Nigeria');
  });

  it('reads "Director for EU Affairs" as a ministry’s post, not the EU’s', () => {
    const a = article(
      'President receives EU leaders in Ankara',
      [
        'Turkish President Tomas Veller on Tuesday received European Council President Omar Kestner.',
        'Deputy Foreign Minister and Director for EU Affairs Ana Brel also attended the meeting.',
      ],
      { source: 'Anadolu', date: '2021-04-06', dateline: { place: 'ANKARA', date: null } },
    );
    expect(person(a, 'Ana Brel')?.country).toBe('Turkey');
  });

  it('does not give the host a country among the stops a tour will take the visitors to next', () => {
    const a = article(
      'UN chief meets president',
      [
        'Secretary-General Tomas Veller held talks with President Paul Oduya in Kinshasa on the first day of a tour that will also take him to Goma, Rwanda and Uganda.',
      ],
      { source: 'AP', date: '2013-05-22', dateline: { place: 'KINSHASA, Congo', date: null } },
    );
    expect(person(a, 'Paul Oduya')?.country).toBe('Democratic Republic of the Congo');
  });
});

describe('an earlier stop’s talks', () => {
  it('does not count one the visitor met at an earlier stop', () => {
    const a = article(
      'Minister, UN envoy discuss committee in Tehran',
      [
        'Iranian Foreign Minister Omar Kestner met with UN envoy Geir Marwick in Tehran on Monday.',
        'Marwick had earlier travelled to Beirut, where he held talks with Lebanese Foreign Minister Paul Oduya.',
      ],
      { source: 'IRNA', date: '2019-12-16', dateline: { place: 'Tehran', date: null } },
    );
    expect(person(a, 'Paul Oduya')?.participant).toBe(false);
    expect(person(a, 'Geir Marwick')?.participant).toBe(true);
  });
});
