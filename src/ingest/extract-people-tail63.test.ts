// Session 36's leftovers of blind rounds 56–62 (held-out 864–961), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('a year naming a past disaster that touched the people or places described', () => {
  it('does not date a games-opening sentence: "children from the towns hit by the 2009 floods"', () => {
    const a = article('Governor declares Vestmark Games open in packed arena', [
      'Governor Ilse Marwick declared the Vestmark Games open on Friday night before a full arena.',
      'Skater Tove Brannstrom lit the cauldron at the end of the ceremony, after the torch was carried into the arena by rowing legends Petter Aalvik and Jens Ombudstvedt, and passed on to children from the towns hit by the 2009 floods.',
    ]);
    expect(participantNames(a)).toEqual(
      expect.arrayContaining(['Tove Brannstrom', 'Petter Aalvik', 'Jens Ombudstvedt']),
    );
  });

  it('still dates a sentence set in that year: "in the 2009 floods X led the rescue"', () => {
    const a = article('Governor declares Vestmark Games open in packed arena', [
      'Governor Ilse Marwick declared the Vestmark Games open on Friday night before a full arena.',
      'Skater Tove Brannstrom lit the cauldron at the end of the ceremony.',
      'During the 2009 floods rowing legend Petter Aalvik led the rescue boats and was joined by Jens Ombudstvedt.',
    ]);
    expect(participantNames(a)).not.toContain('Petter Aalvik');
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Ilse Marwick', 'Tove Brannstrom']));
  });
});

describe('"Before kick-off" in a match report', () => {
  const title = 'Kestrel Rovers rout Dunmore 4-0 in cup final';

  it('is at the ground: the singer who performed then takes part', () => {
    const a = article(title, [
      'Kestrel Rovers beat Dunmore 4-0 in the cup final at the national stadium on Saturday.',
      'Before kick-off Irish folk singer Aoife Quillfeather performed in front of 60,000 fans.',
    ]);
    expect(participantNames(a)).toContain('Aoife Quillfeather');
  });

  it('leaves "Before the final" another time', () => {
    const a = article(title, [
      'Kestrel Rovers beat Dunmore 4-0 in the cup final at the national stadium on Saturday.',
      'Before the final, club chairman Halvard Ostrander met the mayor at the town hall.',
    ]);
    expect(participantNames(a)).not.toContain('Halvard Ostrander');
    expect(person(a, 'Halvard Ostrander')).toBeDefined();
  });
});

describe('a message sent to someone named between the verb and the message', () => {
  it('keeps "X sent the crews a letter of welcome" out of the event', () => {
    const a = article('Two research ships meet in polar waters', [
      'The research ships Aurora and Nordkap met in polar waters today, and the captains met aboard.',
      'Taking part in the meeting were captain Ivo Lindqvist of the Aurora crew and Marek Dovzhenko of the Nordkap crew.',
      'Minister Paola Marchetti sent the crews a letter of welcome, read out to them once the two ships had joined.',
    ]);
    expect(participantNames(a)).toContain('Ivo Lindqvist');
    expect(participantNames(a)).not.toContain('Paola Marchetti');
  });
});

describe('a verb form used as the noun before a head ("test pilot")', () => {
  it('reads "X, a former military test pilot," as a role', () => {
    const a = article('Crew lands safely', [
      'The crew landed on Monday. Tomasz Ekberg, a former military test pilot, is making his first flight at 51.',
    ]);
    expect(person(a, 'Tomasz Ekberg')?.roles).toEqual(['former military test pilot']);
  });

  it('still reads "X, Prime Minister of Y, held official talks" as a clause', () => {
    const a = article('Leaders meet', [
      'Tomasz Ekberg, Prime Minister of the Kingdom of Norway, held official talks with his counterpart on Monday.',
    ]);
    expect(person(a, 'Tomasz Ekberg')?.roles).toEqual(['Prime Minister of the Kingdom of Norway']);
  });
});

describe('handing the trophy to the one receiving the team', () => {
  it('makes "captain X, who handed him the trophy" take part', () => {
    const a = article('King receives cup winners at the palace', [
      'The king on Monday received the national team at the palace.',
      'With Queen Ines beside him, the king congratulated coach Oriol Quintanar and captain Mateo Corvino, who handed him the trophy, before shaking hands with the squad.',
    ]);
    expect(participantNames(a)).toContain('Mateo Corvino');
  });
});

describe('the crew of a craft introduced with a nationality', () => {
  const tass = { source: 'TASS', dateline: { place: 'MOSCOW', date: 'July 3' }, date: '1979-07-03' };
  const paragraphs = [
    'The Soviet icebreaker Taimyr and the Norwegian icebreaker Halcyon met in the Arctic today, and the two crews exchanged greetings.',
    'Taimyr captain Oleg Kovalenko shook hands with Halcyon captain Eirik Brekke on the ice.',
    'Taking part in the meeting were navigator Ivan Petrenko of the Taimyr crew and Sindre Tern and Ola Vasquez of the Halcyon crew.',
  ];

  it('places "Halcyon captain X" and "Y and Z of the Halcyon crew" in the craft\'s country', () => {
    const a = article('Icebreakers meet in the Arctic', paragraphs, tass);
    expect(person(a, 'Eirik Brekke')?.country).toBe('Norway');
    expect(person(a, 'Sindre Tern')?.country).toBe('Norway');
    expect(person(a, 'Ola Vasquez')?.country).toBe('Norway');
    expect(person(a, 'Oleg Kovalenko')?.country).toBe('Soviet Union');
    expect(person(a, 'Ivan Petrenko')?.country).toBe('Soviet Union');
  });
});

describe('a Korean-shaped name in a Yonhap story from a third country', () => {
  const yonhap = { source: 'Yonhap', dateline: { place: 'JAKARTA', date: 'June 5' }, date: '2024-06-05' };

  it("is the outlet's own national, not the host's", () => {
    const a = article(
      'Han urges closer trade links with Indonesia at Jakarta forum',
      [
        'President Han Do-yun on Wednesday urged South Korean and Indonesian firms to work together more closely at an investment forum in Jakarta.',
        "The Korea-Indonesia Business Forum, which the two countries' chambers of commerce organised, drew about 400 executives, among them Hanbit Steel Chairman Bae Min-seok.",
        'Industry Minister Yoo Hyun-taek, who was at the forum, said the new agreements would help firms in Indonesia.',
      ],
      yonhap,
    );
    expect(person(a, 'Bae Min-seok')?.country).toBe('South Korea');
    expect(person(a, 'Yoo Hyun-taek')?.country).toBe('South Korea');
  });

  it('leaves a Korean-shaped name alone where the story names North Korea', () => {
    const a = article(
      'North Korean envoy meets Indonesian minister',
      [
        'A North Korean delegation arrived in Jakarta on Wednesday for talks with Indonesian officials.',
        'The delegation, led by Kang Ji-hoon, met Indonesian officials at the foreign ministry.',
      ],
      yonhap,
    );
    expect(person(a, 'Kang Ji-hoon')).toBeDefined();
    expect(person(a, 'Kang Ji-hoon')?.country).not.toBe('South Korea');
  });
});

describe('a leader named to say whose sister (brother, mother, father) someone is', () => {
  it('is not at the event: "B, the younger sister of Eastland leader Y, watched …"', () => {
    const a = article('Leaders watch joint march at Vestmark Games opening', [
      'President Ola Vestby and Kari Dalsrud, the younger sister of Eastland leader Pal Dalsrud, watched athletes from the two countries march together at the opening ceremony of the Vestmark Games on Friday.',
    ]);
    expect(participantNames(a)).toEqual(['Ola Vestby', 'Kari Dalsrud']);
  });
});

describe('a live blog of a games opening', () => {
  it('has the one who "speaks:" on the stage take part', () => {
    const a = article(
      'Vestmark Games opening ceremony: choir sings as skaters light cauldron – as it happened',
      [
        'Athletes marched through the rain before the governor declared the Games open.',
        'Sigrun Haukeland, the games committee president, speaks: “This is a Games of friendship.”',
      ],
      { source: 'The Guardian', dateline: null },
    );
    expect(participantNames(a)).toContain('Sigrun Haukeland');
  });
});
