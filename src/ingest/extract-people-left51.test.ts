// Session 37's older leftovers, on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed, testArticle as article } from './test-article.ts';

describe('a broadcaster named by "host"', () => {
  const story = (sentence: string) => article('Crowds gather for the count', [sentence], { source: 'AP' });

  it('finds a talk show host with a given name no lexicon knows, and gives the title', () => {
    const a = story(
      'Among those in the crowd were the Rev. Tobias Velkard and talk show host Zorbal Quentrix.',
    );
    expect(personNamed(a, 'Zorbal Quentrix')?.roles).toEqual(['talk show host']);
  });

  it('reads "radio host" after a verb as the title of the name after it', () => {
    expect(personNamed(story('He later met radio host Zorbal Quentrix.'), 'Zorbal Quentrix')?.roles).toEqual([
      'radio host',
    ]);
  });

  it('gives no "host" role to the object of the verb ("will host X")', () => {
    expect(personNamed(story('Belmora will host Mary Quentrix next week.'), 'Mary Quentrix')?.roles).toEqual(
      [],
    );
  });

  it('keeps the event\'s host out of the title before an office or a nationality ("with host Brazilian President X")', () => {
    const a = story('Leaders met, with host Brazilian President Mary Quentrix opening the talks.');
    expect(personNamed(a, 'Mary Quentrix')?.roles).toEqual(['Brazilian President']);
    const b = story('Leaders met, with host President Mary Quentrix opening the talks.');
    expect(personNamed(b, 'Mary Quentrix')?.roles).toEqual(['President']);
  });
});
