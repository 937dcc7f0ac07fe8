// The second pass over rounds 48–49's leftovers (older wire copy), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { isWadeGilesName } from './extract/countries.ts';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('Wade-Giles names in a story about China', () => {
  it('knows a Wade-Giles name by its syllables and its hyphenated given name', () => {
    expect(isWadeGilesName("Ch'en Ming-te")).toBe(true);
    expect(isWadeGilesName('Liang Tso-shan')).toBe(true);
    // Korean names are hyphenated too, in syllables Wade-Giles does not have.
    expect(isWadeGilesName('Pak Sung-ho')).toBe(false);
    expect(isWadeGilesName('Liang Tsoshan')).toBe(false);
  });

  it('reads a hyphenated Wade-Giles name as Mandarin in a story datelined Peking, not as the outlet’s official', () => {
    const a = article(
      'President confers with chairman in Peking',
      [
        "PEKING, Feb. 21 (AP) — President Dale Ormond met Chairman Liang Tso-shan for an hour this afternoon in the Chinese leader's residence, soon after landing.",
        'The White House said the two men had a frank discussion.',
        'With the President was Hal Brody, his adviser. On the Chinese side were Premier Wei, Kuo Hsueh-tsung, a deputy director of protocol, and Ann Tsui, who interpreted.',
        'Secretary of State Tim Walsh did not attend.',
      ],
      { date: '1972-02-22', source: 'AP', dateline: { place: 'PEKING', date: null } },
    );
    expect(person(a, 'Dale Ormond')?.country).toBe('United States');
    expect(person(a, 'Hal Brody')?.country).toBe('United States');
    expect(person(a, 'Liang Tso-shan')?.country).toBe('China');
    expect(person(a, 'Kuo Hsueh-tsung')?.country).toBe('China');
  });

  it('leaves a Taiwanese name written the same way alone in a story that names Taiwan', () => {
    const a = article('Envoy warns against interference in Taiwan question', [
      'Ambassador Zhou Ming warned on Monday that outsiders should not interfere in the Taiwan question.',
      'He noted that some lawmakers had traveled to Taipei for the inauguration of Lin Ching-yu on the same day.',
    ]);
    expect(person(a, 'Zhou Ming')?.country).toBe('China');
    expect(person(a, 'Lin Ching-yu')?.country).toBe('Taiwan');
  });
});

describe('a state written with its regime', () => {
  it('gives "Premier X of Communist China" China, before a nationality later in the sentence', () => {
    const a = article(
      'Asian-African parley opens',
      [
        'BANDUNG, Indonesia, April 18 (UP)--President Budi Santoso opened the conference today.',
        'All eyes were on Premier Wei Ming-tao of Communist China, who had survived a plot against his life last week when a chartered plane meant for his delegation exploded.',
      ],
      { date: '1955-04-19', source: 'UP', dateline: { place: 'BANDUNG, Indonesia', date: null } },
    );
    expect(person(a, 'Wei Ming-tao')?.country).toBe('China');
  });
});

describe('one side of the table', () => {
  it('gives those listed after "On the Chinese side were" China, an interpreter with an English given name too', () => {
    const a = article(
      'President confers with chairman in Peking',
      [
        'PEKING, Feb. 21 (AP) — President Dale Ormond met Chairman Li Wen for an hour this afternoon.',
        'The White House said the two men had a frank discussion.',
        'With the President was Hal Brody, his adviser. On the Chinese side were Premier Wei, Gao Lin, a deputy director of protocol, and Ann Tsui, who interpreted.',
        'Secretary of State Tim Walsh did not attend.',
      ],
      { date: '1972-02-22', source: 'AP', dateline: { place: 'PEKING', date: null } },
    );
    expect(person(a, 'Hal Brody')?.country).toBe('United States');
    expect(person(a, 'Gao Lin')?.country).toBe('China');
    expect(person(a, 'Ann Tsui')?.country).toBe('China');
  });
});

describe('a namesake left without a country', () => {
  it('gives a president’s wife, named in full without a title, the country the defaults gave him', () => {
    const a = article(
      'Leaders sign treaty at the White House',
      [
        'WASHINGTON (UPI) -- President Hallam and Soviet leader Ivan Petrov signed a treaty Tuesday to scrap every U.S. and Soviet medium-range missile.',
        '"We can only hope this agreement is not an end in itself," said Hallam, who repeated a Russian proverb.',
        'Secretary of State Tom Gale and Soviet Foreign Minister Oleg Sorin stood behind the two leaders.',
        'Joan Hallam, meanwhile, gave Vera Petrova a tour of the White House.',
      ],
      { date: '1987-12-08', source: 'UPI', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Hallam')?.country).toBe('United States');
    expect(person(a, 'Joan Hallam')?.country).toBe('United States');
  });
});
