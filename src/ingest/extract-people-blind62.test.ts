// People seen first in the sixty-second blind round of held-out articles (sport, culture and science diplomacy:
// Olympic and World Cup openings, ping-pong and panda diplomacy, a joint space flight, champions received by a king),
// on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

describe('a story filed in the Soviet years', () => {
  it("places TASS's own people in the Soviet Union when the story is dated 1922-1991", () => {
    const a = article(
      'Cosmonauts return to Earth after record flight',
      [
        'The cosmonauts Pyotr Kaluzhny and Ivan Dorokhin landed safely on Thursday after 140 days in orbit.',
        'Kaluzhny said the crew felt well.',
      ],
      { date: '1978-09-08', dateline: { place: 'MOSCOW', date: 'September 7' }, source: 'TASS' },
    );
    expect(person(a, 'Pyotr Kaluzhny')?.country).toBe('Soviet Union');
  });

  it('keeps them in Russia when it is dated after 1991', () => {
    const a = article(
      'Cosmonauts return to Earth after record flight',
      [
        'The cosmonauts Pyotr Kaluzhny and Ivan Dorokhin landed safely on Thursday after 140 days in orbit.',
        'Kaluzhny said the crew felt well.',
      ],
      { date: '1998-09-08', dateline: { place: 'MOSCOW', date: 'September 7' }, source: 'TASS' },
    );
    expect(person(a, 'Pyotr Kaluzhny')?.country).toBe('Russia');
  });
});

describe("sport's and the stage's people in the plural before their names", () => {
  it('reads "baseball legends A, B and C" as three people, each a "baseball legend"', () => {
    const a = article('Games open in empty stadium', [
      'The flame reached the arena in the hands of baseball legends Taro Nakagawa, Jiro Ueda and Kenji Morimoto.',
    ]);
    for (const name of ['Taro Nakagawa', 'Jiro Ueda', 'Kenji Morimoto'])
      expect(person(a, name)?.roles).toEqual(['baseball legend']);
  });

  it('reads "former players" and "coaches" before a pair of names', () => {
    const a = article('Club honours its founders', [
      'The trophy was presented by former players Lars Brekke and Ola Vinje.',
      'Their coaches Arne Sandvik and Odd Moen watched from the stands.',
    ]);
    expect(person(a, 'Ola Vinje')?.roles).toEqual(['former player']);
    expect(person(a, 'Arne Sandvik')?.roles).toEqual(['coach']);
  });
});

describe("the people of a games' opening ceremony", () => {
  const opening = (...paragraphs: string[]) =>
    taking(
      article('Emperor declares Winter Games open in snowy stadium', paragraphs, {
        date: '2031-02-07',
        dateline: null,
        source: 'Kyodo',
      }),
    );

  it('takes the guests in the stands, the flag bearers and the one who lit the cauldron as taking part', () => {
    expect(
      opening(
        'The Emperor declared the Winter Games open on Friday night at the National Stadium.',
        'Skater Mika Tanabe lit the cauldron at the end of the ceremony.',
        'Some 500 guests were in the stadium, among them Prime Minister Ichiro Sato and Governor Rie Hamada.',
        'The team entered last behind flag bearers Kenta Ono and Aya Morimoto.',
      ),
    ).toEqual(['Mika Tanabe', 'Ichiro Sato', 'Rie Hamada', 'Kenta Ono', 'Aya Morimoto']);
  });

  it('leaves out one dismissed the day before', () => {
    const names = opening(
      'The Emperor declared the Winter Games open on Friday night at the National Stadium.',
      'Skater Mika Tanabe lit the cauldron at the end of the ceremony.',
      'The ceremony went ahead a day after its director, Goro Fujita, was dismissed over a joke.',
    );
    expect(names).not.toContain('Goro Fujita');
    expect(names).toContain('Mika Tanabe');
  });
});

describe('names and titles of the field and the stage', () => {
  it('reads two countries\' own names paired by "and" as two people, when the first name\'s words are unknown', () => {
    const a = article('Leaders present caps before the Test', [
      'The two prime ministers presented caps to the captains, India’s Varun Khatri and Australia’s Tom Baxter, on Thursday.',
    ]);
    expect(person(a, 'Varun Khatri')?.country).toBe('India');
    expect(person(a, 'Tom Baxter')?.country).toBe('Australia');
  });

  it('reads a soprano, a discus thrower and a bobsledder as titles before the name', () => {
    const a = article('Games open with a concert', [
      'Russian soprano Alina Vetrova sang the anthem, and discus thrower Anne Delorme and bobsledder Kim Tae-ho carried the flag.',
    ]);
    expect(person(a, 'Alina Vetrova')?.roles).toEqual(['Russian soprano']);
    expect(person(a, 'Anne Delorme')?.roles).toEqual(['discus thrower']);
    expect(person(a, 'Kim Tae-ho')?.roles).toEqual(['bobsledder']);
  });

  it('keeps a word of the sentence before a nationality out of the title ("Before kick-off British pop singer")', () => {
    const a = article('Hosts win tournament opener', [
      'Before kick-off British pop singer Danny Rowe performed in front of 60,000 fans.',
    ]);
    expect(person(a, 'Danny Rowe')?.roles).toEqual(['British pop singer']);
  });
});

describe("a first lady's namesake", () => {
  it('reads "President X" after "First lady Y X" as her spouse, another person', () => {
    const a = article(
      'First lady opens children’s hospital wing',
      [
        'First lady Dora Whitcombe opened the new wing of the children’s hospital on Thursday.',
        'The wing was promised by President Whitcombe during his campaign last year.',
      ],
      { source: 'UPI', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Dora Whitcombe')?.roles).toEqual(['First lady']);
    expect(person(a, 'Whitcombe')?.roles).toEqual(['President']);
  });
});

describe('a relative set off after the name with an adjective of age', () => {
  it('places "X, the younger sister of North Korean leader Y," in the North, beside a South Korean named first', () => {
    const a = article(
      'Leaders watch joint march at games opening',
      [
        'South Korean President Lee Min-ho and Kim Su-jin, the younger sister of North Korean leader Kim Chol-u, watched the athletes march on Friday.',
      ],
      { source: 'Yonhap', dateline: { place: 'PYEONGCHANG', date: 'Feb. 9' } },
    );
    expect(person(a, 'Kim Su-jin')?.country).toBe('North Korea');
  });
});
