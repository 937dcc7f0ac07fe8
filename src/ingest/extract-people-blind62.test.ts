// People seen first in the sixty-second blind round of held-out articles (sport, culture and science diplomacy:
// Olympic and World Cup openings, ping-pong and panda diplomacy, a joint space flight, champions received by a king),
// on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

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
