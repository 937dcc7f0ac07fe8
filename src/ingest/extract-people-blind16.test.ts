// Names, roles, countries and participants seen first in the sixteenth blind round of held-out articles (Chinese
// state media on Chinese politics and diplomacy), on invented sentences: none of these people are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a name’s Chinese spelling in brackets beside it', () => {
  it('keeps the name next to its appositive title, for each of two such names', () => {
    const a = article('Leader meets chief executives', [
      'BEIJING, Dec. 18 (Xinhua) -- The leader met separately with Peter Chan Wai-ming (陈伟明), chief executive of the Hong Kong Special Administrative Region, and Lo Ka Fai (罗家辉), chief executive of the Macao Special Administrative Region, on Monday.',
    ]);
    expect(person(a, 'Peter Chan Wai-ming')?.roles).toEqual([
      'chief executive of the Hong Kong Special Administrative Region',
    ]);
    expect(person(a, 'Lo Ka Fai')?.roles).toEqual([
      'chief executive of the Macao Special Administrative Region',
    ]);
  });

  it('reads a caucus convener in apposition', () => {
    const a = article('Delegation visits', [
      'BEIJING, April 26 (Xinhua) -- An official met a delegation led by Lin Wei-ting (林威廷), convener of the party caucus, on Friday.',
    ]);
    expect(person(a, 'Lin Wei-ting')?.roles).toEqual(['convener of the party caucus']);
  });
});

describe('names listed before a shared plural appositive', () => {
  it('gives "both members of …" to each of the two names', () => {
    const a = article('Leader meets guests', [
      'BEIJING, Dec. 18 (Xinhua) -- The leader met the guests on Monday.',
      'Zhou Wen and Gao Lin, both members of the Standing Committee of the Provincial Committee, attended the meeting.',
    ]);
    const role = 'members of the Standing Committee of the Provincial Committee';
    expect(person(a, 'Zhou Wen')?.roles).toEqual([role]);
    expect(person(a, 'Gao Lin')?.roles).toEqual([role]);
  });
});

describe('a predecessor named without commas', () => {
  it('is a person of the possessor’s country', () => {
    const a = article('Ministers hold talks in Beijing', [
      'BEIJING, May 13 (Xinhua) -- Chinese Foreign Minister Zhou Wen held talks with South Korean Foreign Minister Kim Do-hyun on Monday.',
      "Kim's predecessor Park Min-jae met Zhou in the city of Qingdao in 2022.",
    ]);
    expect(person(a, 'Park Min-jae')?.country).toBe('South Korea');
    expect(person(a, 'Park Min-jae')?.participant).toBe(false);
  });

  it('after "His" opening a sentence, of the country of the one named just before', () => {
    const a = article('Party chief meets governor', [
      'Provincial Party chief Zhou Wen met with Oregon Governor Tom Keller in the city on Tuesday.',
      'Keller is the first governor of the state to visit in six years. His predecessor Ronald Pike, who joined the trip, signed an agreement in 2017.',
    ]);
    expect(person(a, 'Ronald Pike')?.country).toBe('United States');
  });
});

describe('a title before the name of a state with its initials', () => {
  it('reads "Foreign Minister of the Republic of Korea (ROK) X"', () => {
    const a = article('Ministers hold talks', [
      'BEIJING, May 13 (Xinhua) -- Chinese Foreign Minister Zhou Wen met Foreign Minister of the Republic of Korea (ROK) Kim Do-hyun in the capital on Monday.',
    ]);
    expect(person(a, 'Kim Do-hyun')?.roles).toEqual(['Foreign Minister of the Republic of Korea (ROK)']);
  });
});

describe('places that are not a person’s country', () => {
  it('does not take a country from an office that deals with it, or from a strait named after it', () => {
    const a = article(
      'Mainland responds to speech',
      [
        'Zhou Wen, spokesman for the State Council Taiwan Affairs Office, told reporters on Tuesday that people on both sides of the Taiwan Strait are one family.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Zhou Wen')?.country).toBe('China');
  });

  it('does not take a country from a pair of nationalities', () => {
    const a = article(
      'Envoy speaks at roundtable',
      [
        'Envoy Zhou Wen spoke at a roundtable on Monday.',
        'Chinese and Japanese leaders agreed last year to pursue stable ties when President Gao Lin met Prime Minister Taro Sato in Lima.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Gao Lin')?.country).toBe('China');
    expect(person(a, 'Taro Sato')?.country).toBe('Japan');
  });
});

describe('a congratulated election', () => {
  it('reads "X on his election as …" as X’s office, and "JD" before a surname as initials', () => {
    const a = article('Leaders send congratulations', [
      'BEIJING, Nov. 7 (Xinhua) -- The president congratulated Robert Miller on his election as president of the United States.',
      'The vice president also congratulated JD Carver on his election as US vice president.',
    ]);
    expect(person(a, 'Robert Miller')?.roles).toEqual(['president of the United States']);
    expect(person(a, 'JD Carver')?.roles).toEqual(['US vice president']);
  });

  it('keeps a Chinese-romanised vice president in China when a foreign one holds the same title', () => {
    const a = article('Vice president sends message', [
      'BEIJING, Nov. 7 (Xinhua) -- Vice President Zhou Wen sent a message to Tom Keller, the US vice president, on Thursday.',
    ]);
    expect(person(a, 'Zhou Wen')?.country).toBe('China');
    expect(person(a, 'Tom Keller')?.country).toBe('United States');
  });
});

describe('people of the story who did not take part', () => {
  it('does not count leaders met at the previous stop of a visit ("from X, where he met …")', () => {
    const a = article('Ministers hold dialogue in Canberra', [
      'CANBERRA, March 20 (Xinhua) -- Foreign Minister Zhou Wen held a dialogue with Australian Foreign Minister Jane Holt on Wednesday.',
      'Zhou arrived in Canberra from Auckland, where he met New Zealand Prime Minister Tom Keller.',
    ]);
    expect(person(a, 'Tom Keller')?.participant).toBe(false);
  });

  it('does not count the one whose speech is denounced, nor their swearing-in beside the story', () => {
    const a = article(
      'Mainland slams Keller’s speech',
      [
        'The Chinese mainland on Tuesday denounced the inaugural address of regional leader Tom Keller as reckless.',
        'A spokesman said in a statement that the speech sent a dangerous signal.',
        'Keller was sworn in on Monday, succeeding a two-term leader.',
      ],
      { source: 'China Daily', dateline: null },
    );
    expect(person(a, 'Tom Keller')?.participant).toBe(false);
  });

  it('still counts taking the oath in a story about the inauguration', () => {
    const a = article('New president sworn in', [
      'LIMA, July 28 (Xinhua) -- Tom Keller was sworn in as president on Sunday.',
      'Vice President Jane Holt took the oath alongside him.',
    ]);
    expect(person(a, 'Jane Holt')?.participant).toBe(true);
  });

  it('does not count a minister who told a news conference about the event elsewhere', () => {
    const a = article('Envoy speaks at roundtable', [
      'TOKYO, May 20 (Xinhua) -- Ambassador Zhou Wen spoke at a roundtable at the embassy on Monday.',
      'Scholars from both countries attended the roundtable.',
      'Chief Cabinet Secretary Taro Sato told a news conference that the government would respond.',
    ]);
    expect(person(a, 'Taro Sato')?.participant).toBe(false);
  });
});

describe('a leader named in a Chinese official’s reported words', () => {
  it('is not given the speaker’s country when the name is not Chinese-romanised', () => {
    const a = article('Zhou holds talks in Pyongyang', [
      "PYONGYANG, April 11 -- Zhou Wen, chairman of the Standing Committee of China's National People's Congress, held talks with Ri Song Chol, chairman of the Supreme People's Assembly of the DPRK, on Thursday.",
      'Zhou said that under the guidance of General Secretary Pak Jong Nam, the friendship had grown.',
    ]);
    expect(person(a, 'Pak Jong Nam')?.country).toBe('North Korea');
  });
});

describe('an untitled name that takes office', () => {
  it('is a person', () => {
    const a = article('Leader sworn in', [
      'TAIPEI, May 20 (Xinhua) -- The new leader was sworn in on Monday. Hsieh Tai-khim took office as his deputy.',
    ]);
    expect(person(a, 'Hsieh Tai-khim')).toBeDefined();
  });
});

describe('the Kuomintang by its initials', () => {
  it('places a former KMT chairman', () => {
    const a = article('Political advisor meets delegation', [
      'BEIJING, April 26 (Xinhua) -- A senior official met a delegation on Friday.',
      'The visit came two weeks after former KMT chairman Lien Yu-ting visited Beijing.',
    ]);
    expect(person(a, 'Lien Yu-ting')?.country).toBe('Taiwan');
  });
});

describe('a Chinese official’s own reported words', () => {
  it('do not place a bare-titled Chinese-romanised name in the country they speak of', () => {
    const a = article(
      'Spokesperson congratulates Keller',
      [
        'Foreign Ministry spokesperson Lin Wei said on Thursday that China congratulates Tom Keller on his election as president of the United States.',
        'Lin spoke at a regular press conference in Beijing, after President Zhou Wen sent a congratulatory message to Keller. In the message, Zhou said both countries had always gained from working together.',
      ],
      { source: 'Global Times', dateline: null },
    );
    expect(person(a, 'Zhou Wen')?.country).toBe('China');
  });
});

describe('a bare title shared with a Chinese leader', () => {
  it('does not make a name that is not Chinese-romanised China’s', () => {
    const a = article(
      'Spokesperson answers questions',
      [
        'Foreign Ministry spokesperson Lin Wei said on Thursday that President Zhou Wen had sent a message to the new leader.',
        'Lin did not confirm whether Zhou would meet outgoing President Tom Keller in Lima next week.',
      ],
      { source: 'Global Times', dateline: null },
    );
    expect(person(a, 'Zhou Wen')?.country).toBe('China');
    expect(person(a, 'Tom Keller')?.country).not.toBe('China');
  });
});
