// People seen first in the fifty-fourth blind round of held-out articles (stories that name many people and report
// few acts: interviews, briefings, obituaries, profiles, trials, elections, inaugurations, analysis), on invented
// sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed, testArticle as article } from './test-article.ts';

describe('interviews and briefings', () => {
  it('counts the interviewer the opening sentences name, not the leaders the minister talks about', () => {
    const a = article(
      'Varn: Ostland and Pentria leaders could meet in Osk',
      [
        'The minister gave an interview to the agency ahead of the summit',
        'Foreign Minister Edo Varn said on Monday that a meeting between President Rhea Solt and Pentrian President Nils Orrin was possible. Varn spoke in an interview with Deputy Director General Mark Dorran for the Formula programme.',
        'Q: Will the two presidents meet?',
        'A: President Solt is ready. We met Foreign Minister Uma Telk in May.',
      ],
      { dateline: { place: 'MARLO', date: 'June 24' }, source: 'TASS' },
    );
    expect(taking(a)).toEqual(['Edo Varn', 'Mark Dorran']);
  });

  it('counts the spokesperson the second sentence names for an unnamed one in the lede, not the leaders whose meeting they welcomed', () => {
    const a = article(
      'Ostland hopes Pentria, Kerr will follow through on summit consensus: spokesperson',
      [
        'Ostland hopes Pentria and Kerr will build on their consensus, a spokesperson for the Ostland Foreign Ministry said Tuesday, a day after the leaders of both countries met in Marlo.',
        'Spokesperson Qiu Tao told a regular press briefing that the meeting between Pentrian leader Aldo Fenck and Kerrish President Mira Vasko was "of positive significance".',
        'Fenck and Vasko signed a joint statement after talks that lasted five hours.',
        'Kerrish Prime Minister Osk Lamberg said in Kerr that the summit had ended an era.',
      ],
      { dateline: { place: 'OSTBURG', date: 'June 12' } },
    );
    expect(taking(a)).toEqual(['Qiu Tao']);
  });
});

describe('analysis of a meeting', () => {
  it('keeps the sides of the meeting the lede reports under an ANALYSIS: label, not the experts quoted', () => {
    const a = article(
      'ANALYSIS: After Marlo, Varn and Solt bet on personal chemistry',
      [
        'Prime Minister Edo Varn and Pentrian President Rhea Solt ended their two-day informal summit in Marlo on Saturday without a joint statement, and that, experts say, was the point.',
        'Former foreign secretary Nils Orrin said the meeting was meant to stop a slide in ties.',
        'Uma Telk, a senior fellow at a think tank in Osk, said the leaders were buying room to manoeuvre.',
      ],
      { dateline: { place: 'New Delhi', date: 'Apr 29' }, source: 'PTI' },
    );
    expect(taking(a)).toEqual(['Edo Varn', 'Rhea Solt']);
  });
});

describe('names after a time word', () => {
  it('reads "Then-premier" opening a sentence as a past office, not as part of the name', () => {
    const a = article(
      'Minister acquitted in ship trial',
      [
        'A court on Friday acquitted Deputy Premier Mark Dorran of kidnapping.',
        'Then-premier Aldo Fenck, who led the government at the time, was among the witnesses heard during the trial.',
      ],
      { dateline: { place: 'PALERMO', date: 'DEC 20' }, source: 'ANSA' },
    );
    expect(personNamed(a, 'Aldo Fenck')?.roles).toEqual(['premier']);
  });
});

describe('countries of an EFE story from Brazil', () => {
  it("gives the host's bare-titled officials Brazil, not the agency's Spain", () => {
    const a = article(
      "Dorran sworn in as Brazil's president",
      [
        'Brasilia, Jan 1 (EFE).- Mark Dorran was sworn in on Sunday as president of Brazil, before a joint session of Congress.',
        'He took the oath before Senate President Aldo Fenck.',
        'Among the foreign guests was the King of Spain, who met Dorran in the evening.',
      ],
      { dateline: { place: 'Brasilia', date: 'Jan 1' }, source: 'EFE' },
    );
    expect(personNamed(a, 'Aldo Fenck')?.country).toBe('Brazil');
  });
});

describe('the dead and the absent', () => {
  it('leaves out the one a state funeral is held for, who was shot dead, and counts the mourners', () => {
    const a = article(
      'Ostland holds state funeral for slain ex-PM Varn',
      [
        'Ostland held a state funeral on Friday for former Prime Minister Edo Varn, who was shot dead during a campaign speech in July, with Prime Minister Rhea Solt praising her predecessor.',
        'Pentrian President Nils Orrin attended the ceremony.',
      ],
      { dateline: null, source: 'Kyodo' },
    );
    expect(taking(a)).toEqual(['Rhea Solt', 'Nils Orrin']);
  });

  it('leaves out a predecessor who "chose to skip" the swearing-in the headline names him at', () => {
    const a = article(
      'Dorran sworn in for third term, with Fenck absent',
      [
        'Marlo, Jan 1 (EFE).- Mark Dorran was sworn in on Sunday as president of Ostland, in a ceremony that his predecessor, Aldo Fenck, chose to skip.',
        'Fenck flew abroad on Friday.',
      ],
      { dateline: { place: 'Marlo', date: 'Jan 1' }, source: 'EFE' },
    );
    expect(taking(a)).toEqual(['Mark Dorran']);
  });
});

describe('elections', () => {
  it('counts the loser\'s running mate at his side under "wins presidency"', () => {
    const a = article(
      'Dorran wins presidency in landslide',
      [
        'Mark Dorran swept to victory on Tuesday night in an electoral landslide, defeating Aldo Fenck.',
        'Fenck conceded defeat before supporters in Marlo, with his running mate, Osk Gov. Mira Vasko, at his side.',
      ],
      { dateline: { place: 'WASHINGTON', date: null }, source: 'AP' },
    );
    expect(personNamed(a, 'Mira Vasko')?.participant).toBe(true);
  });

  it('leaves out the election official the lede credits the results to, and counts the candidates', () => {
    const a = article(
      'Varn wins presidential runoff, extends rule',
      [
        "Ostland President Edo Varn took 53.6% of the vote in Sunday's runoff, according to provisional results announced by the chairman of the Supreme Election Council, Mark Dorran.",
        'Opposition candidate Aldo Fenck received 47.86%.',
      ],
      { dateline: { place: 'MARLO', date: null }, source: 'Anadolu' },
    );
    expect(taking(a)).toEqual(['Edo Varn', 'Aldo Fenck']);
  });
});

describe('relatives', () => {
  it('gives a wife introduced by "His wife" at the start of a later sentence the country of the one named before her', () => {
    const a = article(
      'Edo Varn, diplomat who led the agency, dies at 80',
      [
        'Edo Varn, the Norwegian diplomat who led the agency for a decade, died in a hospital in Marlo on Saturday, his foundation said. He was 80.',
        '"His wife Rhea and their children were by his side during his last days," the foundation said.',
      ],
      { dateline: null, source: 'AFP' },
    );
    expect(personNamed(a, 'Rhea')?.country).toBe('Norway');
  });
});

describe('a statement and the later hours', () => {
  it('counts the prime minister who made the statement, not those at a later service, nor his staying away from a shrine others visited', () => {
    const a = article(
      "Varn offers 'heartfelt apology' for Ostland's wartime aggression",
      [
        'MARLO, Aug. 15 Kyodo - Prime Minister Edo Varn offered a "heartfelt apology" on Tuesday in a statement on the 60th anniversary of the end of fighting.',
        'Later in the day, Emperor Aldo and Empress Mira attended the memorial service for the war dead in Marlo.',
        'Several members of the Cabinet paid visits to the Osk Shrine, but Varn stayed away.',
      ],
      { dateline: { place: 'MARLO', date: 'Aug. 15' }, source: 'Kyodo' },
    );
    expect(taking(a)).toEqual(['Edo Varn']);
  });
});
