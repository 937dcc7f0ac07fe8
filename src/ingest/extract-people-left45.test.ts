// Held-out leftovers of session 32 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('a lone "Chief" before a full name', () => {
  const a = article('Leaders attend inauguration of new national assembly', [
    'President Tomas Verrano on Monday inaugurated the new national assembly in the capital.',
    'Also present were the former heads of state, Gen. Adeko Banjo (rtd) and Chief Olumide Farota.',
    'The late Chief Ikenna Dabiri was remembered in a minute of silence.',
  ]);

  it('is a chieftaincy style, no role', () => {
    expect(person(a, 'Olumide Farota')?.roles).toEqual([]);
    expect(person(a, 'Ikenna Dabiri')?.roles).toEqual([]);
  });

  it('keeps an office that "Chief" opens or closes', () => {
    const b = article('Judges sworn in', [
      'Chief Justice Amara Okafor swore in the new judges on Monday, with Army Chief Ruta Obinna present.',
    ]);
    expect(person(b, 'Amara Okafor')?.roles).toEqual(['Chief Justice']);
    expect(person(b, 'Ruta Obinna')?.roles).toEqual(['Army Chief']);
  });
});

describe('"X, who also travelled with the Prime Minister, said …"', () => {
  const lede =
    'Prime Minister Tomas Verrano and President Ivo Kessane have signed a joint declaration of peace in Kessa today.';

  it('puts X on the leader’s trip, whatever X says afterwards and where', () => {
    const a = article('Two neighbours sign joint declaration of peace', [
      lede,
      "Chief of Staff of the Prime Minister's Office Lenn Marova, who travelled with the Prime Minister, said on Twitter that the two countries had restored phone links.",
    ]);
    expect(participantNames(a)).toContain('Lenn Marova');
  });

  it('not one whose clause names no trip with the leader', () => {
    const a = article('Two neighbours sign joint declaration of peace', [
      lede,
      "Chief of Staff of the Prime Minister's Office Lenn Marova, who remained in the capital, wrote on Twitter that phone links between the two countries were working again.",
    ]);
    expect(participantNames(a)).not.toContain('Lenn Marova');
    expect(person(a, 'Lenn Marova')?.roles).toEqual(["Chief of Staff of the Prime Minister's Office"]);
  });
});

describe('"a post he kept under Harlan’s successor, X"', () => {
  it('gives X the country of the one X succeeded, placed by the story’s defaults', () => {
    const a = article(
      'US diplomat who shaped foreign policy for decades dies at 98',
      [
        'The diplomat who was secretary of state under two presidents died Wednesday at his home in Connecticut.',
        'He became national security adviser to President Tom Harlan in 1971 and secretary of state in 1975, a post he kept under Harlan’s successor, Greg Morrow.',
      ],
      { source: 'AP', dateline: null },
    );
    expect(person(a, 'Tom Harlan')?.country).toBe('United States');
    expect(person(a, 'Greg Morrow')?.country).toBe('United States');
  });
});

describe('an unknown two-word name in Hepburn syllables before a verb', () => {
  const lede = 'President Ramon Dizon and Japanese Prime Minister Taro Hayami met in the capital on Friday.';

  it('is a Japanese name, whatever the verb', () => {
    const a = article('Leaders agree to start talks on defence pact', [
      lede,
      'It was the first visit by a Japanese prime minister since Kenji Moriyama came in 2017.',
    ]);
    expect(person(a, 'Kenji Moriyama')).toMatchObject({ country: 'Japan', participant: false });
  });

  it('not a pair of words outside strict Hepburn ("ti", "zi")', () => {
    const a = article('Leaders agree to start talks on defence pact', [
      lede,
      'The storm hit the capital soon after Tizi Wazu came ashore in the east.',
    ]);
    expect(person(a, 'Tizi Wazu')).toBeUndefined();
    expect(person(a, 'Taro Hayami')?.roles).toEqual(['Japanese Prime Minister']);
  });
});

describe('a portfolio of words no list knows, then "Dr." and a name', () => {
  it('is the title, up to the honorific', () => {
    const a = article('Minister receives envoys', [
      'Foreign Minister Ramon Dizon received the envoys in the capital on Friday.',
      'The meeting was attended by HE Minister of State for Foreign Affairs Sultan bin Saad Al-Harbi and HE Special Envoy of the Minister of Foreign Affairs for Counterterrorism and Mediation Dr. Khalid bin Nasser Al-Otaibi.',
    ]);
    expect(person(a, 'Khalid bin Nasser Al-Otaibi')).toMatchObject({
      roles: ['Special Envoy of the Minister of Foreign Affairs for Counterterrorism and Mediation'],
      participant: true,
    });
  });
});

describe('a lower-case word right after a modal, before a title', () => {
  const lede = 'President Ramon Dizon met Cuban President Ivo Kessane in Havana on Friday.';

  it('is the verb, not the title’s ("would press U.S. President X")', () => {
    const a = article('Presidents meet in Havana', [
      lede,
      'Dizon said he would press U.S. President Tom Harlan not to exclude any country from the summit.',
    ]);
    expect(person(a, 'Tom Harlan')?.roles).toEqual(['U.S. President']);
  });

  it('but the title’s after an inverted "as will"', () => {
    const a = article('Presidents meet in Havana', [
      lede,
      'Kessane will attend the summit, as will outgoing Vice President Tom Harlan.',
    ]);
    expect(person(a, 'Tom Harlan')?.roles).toEqual(['outgoing Vice President']);
  });
});
