// Session 40: past tenses compromise's lexicon lists only as adjectives ("received", "expected") or not at all, on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { verbWords } from './extract/lexicon.ts';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

describe('past tenses the lexicon listed only as adjectives', () => {
  it('are verbs: compromise says "Adj|Past", or conjugates an infinitive or a noun-or-verb it knows', () => {
    // "received", "expected", "joined": adjectives in the lexicon; "watched" from "watch" (a noun or a verb).
    for (const w of ['received', 'expected', 'joined', 'invited', 'adopted', 'watched', 'closed', 'coached'])
      expect(verbWords.has(w), w).toBe(true);
  });

  it('still leaves out words that are no verb', () => {
    for (const w of ['president', 'minister', 'hundred', 'red', 'speed', 'unprecedented'])
      expect(verbWords.has(w), w).toBe(false);
  });
});

describe('a reception at the next stop of a tour, opened by "From <place>"', () => {
  const champions = (sentence: string) =>
    article(
      'King receives European champions',
      [
        'King Arvid on Monday received the national football team at the Royal Palace, hours after the players landed with the trophy they won on Sunday.',
        'The king congratulated coach Tomas Brell and captain Ivo Stane, who handed him the trophy.',
        sentence,
      ],
      { source: 'EFE', dateline: { place: 'Oslo', date: 'Jul 15' } },
    );

  it('does not take "X and the Minister, Y, received the players" at the next stop as at the event', () => {
    // "received" is the sentence's verb, not a clause about the minister; the stop is a later event of its own.
    const a = champions(
      'From the palace the team went to Government House, where Prime Minister Karl Vennes and the Minister of Sports, Lena Dahl, received the players on the lawn, ahead of a party with supporters.',
    );
    expect(participantNames(a)).not.toContain('Karl Vennes');
    expect(participantNames(a)).not.toContain('Lena Dahl');
    expect(person(a, 'Karl Vennes')?.roles).toEqual(['Prime Minister']);
    expect(person(a, 'Lena Dahl')?.roles).toEqual(['Minister of Sports']);
    expect(participantNames(a)).toContain('Arvid');
  });

  it('still takes those who received the players without a move to another place', () => {
    const a = champions(
      'Prime Minister Karl Vennes and the Minister of Sports, Lena Dahl, received the players on the lawn.',
    );
    expect(participantNames(a)).toEqual(expect.arrayContaining(['Karl Vennes', 'Lena Dahl']));
  });
});

describe('past tenses the lexicon does not list at all', () => {
  it('are verbs by their "-ed", as compromise\'s own tagger reads them', () => {
    for (const w of ['attended', 'congratulated', 'pledged', 'presided', 'co-chaired', 're-elected', 'eased'])
      expect(verbWords.has(w), w).toBe(true);
  });

  it('but not a name the lexicon has, a word it lists as another part of speech, or a hyphenated adjective', () => {
    for (const w of ['ahmed', 'mohammed', 'hundred', 'unprecedented', 'state-owned', 'agreed-upon'])
      expect(verbWords.has(w), w).toBe(false);
  });

  it('leaves "the deposed President, X" its title: a participle between an article and a title is an adjective', () => {
    const a = article('Envoys hold talks in capital', [
      'A delegation led by former president Ivo Stane held talks in the capital with General Tomas Brell.',
      'Stane said the delegation had also met the deposed President, Karl Vennes, who has been confined to his home since the army took power.',
    ]);
    expect(person(a, 'Karl Vennes')?.roles).toEqual(['deposed President']);
  });
});
