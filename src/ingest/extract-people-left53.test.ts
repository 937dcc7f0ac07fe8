// Session 39's older leftovers, on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed, testArticle as article } from './test-article.ts';

describe('a relative who is with the one taking part', () => {
  const oath = (...sentences: string[]) =>
    article('Tomas Grell sworn in as mayor of Varnholm', [
      'Tomas Grell was sworn in as mayor of Varnholm on Monday at a ceremony in the city hall.',
      ...sentences,
    ]);

  it('takes "where he appeared with his wife, X," to be at the event', () => {
    const a = oath(
      'Grell thanked voters in the main square, where he appeared with his wife, Ilse, and their sons.',
    );
    expect(participantNames(a)).toContain('Ilse');
  });

  it('takes a relative named after "with his wife" in the one taking part\'s "who stood …" clause', () => {
    const a = oath('Grell, who stood by the old clock with his wife Marta Grell, raised his right hand.');
    expect(participantNames(a)).toContain('Marta Grell');
  });

  it('takes "who was in the hall … with his partner X" to be there', () => {
    const a = oath(
      'Grell, who was in the hall for the vote with his partner Lina Moravec, embraced his aides.',
    );
    expect(participantNames(a)).toContain('Lina Moravec');
  });

  it('leaves out one he is due to leave with later', () => {
    const a = oath('Grell is due to leave with his wife Marta Grell for a holiday abroad next week.');
    expect(participantNames(a)).not.toContain('Marta Grell');
    expect(participantNames(a)).toEqual(['Tomas Grell']);
    expect(personNamed(a, 'Marta Grell')?.name).toBe('Marta Grell');
  });

  it('leaves out a relative met again in another meeting ("was reunited with his wife")', () => {
    const a = oath('Grell was reunited with his wife, Marta Grell, after the ceremony.');
    expect(participantNames(a)).not.toContain('Marta Grell');
    expect(participantNames(a)).toEqual(['Tomas Grell']);
    expect(personNamed(a, 'Marta Grell')?.name).toBe('Marta Grell');
  });

  it('leaves out a relative where the one taking part is no subject ("presented Grell with a portrait … with his father")', () => {
    const a = oath(
      'A pupil, Nora Lindqvist, presented Grell with a portrait showing him as a boy with his father, Henrik Grell.',
    );
    expect(participantNames(a)).not.toContain('Henrik Grell');
    expect(participantNames(a)).toEqual(['Tomas Grell', 'Nora Lindqvist']);
    expect(personNamed(a, 'Henrik Grell')?.name).toBe('Henrik Grell');
  });
});

describe('"In Beijing," opening a sentence', () => {
  const story = (sentence: string) =>
    article(
      'President meets exiled monk despite warnings',
      [
        'The president met the exiled monk Tenzin Harlow at the White House on Thursday, brushing aside warnings.',
        'Beijing had urged Washington to cancel the visit.',
        sentence,
      ],
      { source: 'Reuters', dateline: { place: 'WASHINGTON', date: null } },
    );

  it('places its titled subject in China, as "In Tokyo," does in Japan', () => {
    const a = story(
      'In Beijing, Foreign Ministry spokesman Hou Zhanping said any meeting would damage relations with the United States.',
    );
    expect(personNamed(a, 'Hou Zhanping')?.country).toBe('China');
  });

  it('leaves a subject whose title names another country to that country', () => {
    const a = story('In Beijing, U.S. Ambassador Dorlan Hallvard said the meeting was a private matter.');
    expect(personNamed(a, 'Dorlan Hallvard')?.country).toBe('United States');
  });
});

describe('one who spoke right before or after someone taking part', () => {
  const session = (sentence: string) =>
    article('Gravan tells assembly his country will stand firm', [
      'President Ostrid Gravan told the assembly on Tuesday that his country would stand firm on trade.',
      sentence,
    ]);

  it('takes "X, by custom the first speaker of the week, spoke just before Y" to be at the same session', () => {
    const a = session(
      'Veltrian President Ilmar Sodera, by custom the first speaker of the week, spoke just before Gravan.',
    );
    expect(participantNames(a)).toContain('Ilmar Sodera');
  });

  it('still takes "X, speaking after Y, …" to be at the same session', () => {
    const a = session(
      'Veltrian President Ilmar Sodera, speaking after Gravan, called for calm on the border.',
    );
    expect(participantNames(a)).toContain('Ilmar Sodera');
  });

  it('leaves out one who spoke after the other\'s speech ("spoke after Y\'s speech")', () => {
    const a = session(
      "Veltrian President Ilmar Sodera spoke after Gravan's speech in a television interview.",
    );
    expect(participantNames(a)).not.toContain('Ilmar Sodera');
    expect(participantNames(a)).toEqual(['Ostrid Gravan']);
    expect(personNamed(a, 'Ilmar Sodera')?.roles).toEqual(['Veltrian President']);
  });
});
