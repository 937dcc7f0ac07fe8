// People seen first in the sixty-sixth blind round of held-out articles (analysis, interviews and press conferences:
// a ministry's transcript with title-case speaker labels, a phone-in's moderators, a question about a detainee, a
// think tank's fellow, a CGTN host, a leader's visit abroad, a minister's past postings, a year's review), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const noDateline = { dateline: null, source: null };

describe("a ministry's transcript labelled in title case", () => {
  const a = article(
    "Foreign Ministry Spokesperson Quan Meilin's Regular Press Conference on May 3, 2024",
    [
      'CCTV: President Liang Wenhao held talks with President Aldo Ferrante in Beijing today. Could you share more?',
      'Quan Meilin: This afternoon, President Liang Wenhao held talks with President Aldo Ferrante at the Great Hall of the People. We will release more information in due course.',
      'AFP: Foreign Minister Rolf Sandberg said on Thursday that the talks would continue. What is your comment?',
      'Quan Meilin: We have noted the remarks. China stands ready to keep in touch with all sides.',
    ],
    noDateline,
  );

  it('counts the spokesperson who answers, by her label', () => {
    expect(taking(a)).toContain('Quan Meilin');
  });

  it('leaves out the leaders the questions and answers are about', () => {
    expect(taking(a)).not.toContain('Liang Wenhao');
    expect(taking(a)).not.toContain('Aldo Ferrante');
    expect(taking(a)).not.toContain('Rolf Sandberg');
    expect(taking(a)).toContain('Quan Meilin');
    expect(person(a, 'Liang Wenhao')?.roles).toEqual(['President']);
  });
});

describe("a phone-in's moderators and the people asked about", () => {
  const a = article(
    'Tolstan says talks on prisoners are under way at year-end phone-in',
    [
      'President Arvid Tolstan answered questions for four hours on Thursday at his annual phone-in with citizens.',
      'The event was moderated by Oleg Smirnitsky and Vera Lanskaya, presenters of state television.',
      'Asked by a reporter about US journalist Dale Pruitt, held since March, Tolstan said talks with Washington had begun.',
      '"It takes time, but the channel is open," he said.',
    ],
    { dateline: { place: 'MOSCOW', date: 'December 14' }, source: 'TASS' },
  );

  it('counts those the event "was moderated by"', () => {
    expect(taking(a)).toContain('Oleg Smirnitsky');
    expect(taking(a)).toContain('Vera Lanskaya');
  });

  it('leaves out one a question was "about", whoever "he said" is read as', () => {
    expect(taking(a)).not.toContain('Dale Pruitt');
    expect(person(a, 'Dale Pruitt')?.roles).toEqual(['US journalist']);
    expect(person(a, 'Dale Pruitt')?.country).toBe('United States');
  });
});

describe("a think tank's project director quoted on an appointment", () => {
  it('reads his words to an outlet as a comment from outside', () => {
    const a = article(
      'Who is Kaveh Rostami, the new foreign minister?',
      [
        'Parliament approved Kaveh Rostami as foreign minister on Wednesday, with 240 votes.',
        '"He knows Europe well," Omid Farzan, Gulf project director at the International Crisis Group, said on Wednesday.',
      ],
      noDateline,
    );
    expect(taking(a)).not.toContain('Omid Farzan');
    expect(taking(a)).toContain('Kaveh Rostami');
    expect(person(a, 'Omid Farzan')?.roles).toEqual([
      'Gulf project director at the International Crisis Group',
    ]);
  });
});

describe('countries of interviewers, travellers and past postings', () => {
  it('gives the host of a CGTN show China, not a country of her later questions', () => {
    const a = article(
      'Minister says ties with Beijing are a chance, not a risk',
      [
        "Foreign Minister Lajos Verebi told Tian Ruolan, host of CGTN's Dialogue, that his country saw its ties with China as a chance.",
        'Asked by Tian about the railway to Belgrade, the minister said the Serbian section was already in service.',
      ],
      { dateline: null, source: 'CGTN' },
    );
    expect(person(a, 'Tian Ruolan')?.country).toBe('China');
  });

  it('does not place a leader in the country of his own state visit', () => {
    const a = article(
      'Envoy says visit will open new chapter',
      [
        "The following is a signed article by Ambassador Zhou Hanqing, published ahead of President Lin Dawei's state visit to the US next week.",
      ],
      { dateline: null, source: 'China Daily' },
    );
    expect(person(a, 'Lin Dawei')).toBeDefined();
    expect(person(a, 'Lin Dawei')?.country).not.toBe('United States');
  });

  it("does not give a past posting's countries to the president the minister served under", () => {
    const a = article(
      'Parliament approves new foreign minister',
      [
        "Iran's parliament approved Kaveh Rostami as foreign minister on Wednesday, putting a career diplomat in charge of the country's foreign policy.",
        'A career diplomat, Rostami, 58, served as ambassador to Chile and Peru and was later deputy foreign minister under former President Hamid Parsa.',
      ],
      noDateline,
    );
    expect(person(a, 'Hamid Parsa')?.country).toBe('Iran');
  });

  it('keeps a Chinese leader Chinese where a Chinese outlet writes "In Lima, X met …"', () => {
    const a = article(
      "Minister reviews the year's diplomacy",
      [
        'Foreign Minister Zhao Minghua reviewed the year in a speech in Beijing on Tuesday.',
        'In Lima, President Liang Wenhao met US President Carl Benton for the third time.',
      ],
      { dateline: null, source: 'China Daily' },
    );
    expect(person(a, 'Liang Wenhao')?.country).toBe('China');
  });
});

describe("a panel at a conference, and the conference's other sessions", () => {
  const a = article(
    'Grouping is not an alliance, minister tells Meridian Dialogue',
    [
      'Foreign Minister Arjun Mehrotra on Friday told a panel at the Meridian Dialogue in New Delhi that the grouping was not a military alliance.',
      '"It is for the region," Mr. Mehrotra said at the session, which he shared with Foreign Minister Lise Varnholt and Foreign Minister Kenji Arakawa.',
      'Mr. Arakawa spoke of keeping the sea lanes open to all.',
      'Asked about Russia, Mr. Mehrotra said all four wanted the conflict in Ukraine settled by talks.',
      'Foreign Minister Pavel Gromeko will address a separate session on Saturday morning.',
    ],
    noDateline,
  );

  it('counts those a speaker "shared" the session with', () => {
    expect(taking(a)).toContain('Kenji Arakawa');
  });

  it('leaves out one speaking "at a separate session"', () => {
    expect(taking(a)).not.toContain('Pavel Gromeko');
    expect(taking(a)).toContain('Arjun Mehrotra');
  });

  it('gives no speaker the country a question was about, nor one whose conflict he spoke of', () => {
    expect(person(a, 'Arjun Mehrotra')).toBeDefined();
    expect(person(a, 'Arjun Mehrotra')?.country).not.toBe('Russia');
    expect(person(a, 'Arjun Mehrotra')?.country).not.toBe('Ukraine');
  });
});

describe("a dateline city's particles", () => {
  it('writes "RIO DE JANEIRO" as "Rio de Janeiro" among the places', () => {
    const { places } = extractTest(
      article('Economist backs expansion of the group', ['The group will grow, an economist said.'], {
        dateline: { place: 'RIO DE JANEIRO', date: 'Aug. 20' },
      }),
    );
    expect(places).toContain('Rio de Janeiro');
    expect(places).not.toContain('Rio De Janeiro');
  });

  it('writes "PORT-AU-PRINCE" as "Port-au-Prince"', () => {
    const { places } = extractTest(
      article('Aid flights resume', ['Relief flights landed on Saturday, officials said.'], {
        dateline: { place: 'PORT-AU-PRINCE', date: 'Jan 16' },
        source: 'Reuters',
      }),
    );
    expect(places).toContain('Port-au-Prince');
  });
});

describe("a body's head named in passing", () => {
  it('leaves out one a bank "is now headed by"', () => {
    const a = article(
      'Interview: expansion would give developing countries a bigger say, says economist',
      [
        'An expansion of the group would strengthen developing countries, economist Rafael Montano told Xinhua in a recent interview.',
        "He said the group's bank had shown what developing countries could build. The bank is now headed by Lidia Barrozo, who took office in April.",
      ],
      { dateline: { place: 'RIO DE JANEIRO', date: 'Aug. 20' } },
    );
    expect(taking(a)).not.toContain('Lidia Barrozo');
    expect(person(a, 'Rafael Montano')?.roles).toEqual(['economist']);
  });
});
