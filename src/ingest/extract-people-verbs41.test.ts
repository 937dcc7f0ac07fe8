// Session 41: what the past tenses verbs40 added to the verb list ("received", "exiled", "jailed") must not change, on
// invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { verbWords } from './extract/lexicon.ts';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('a past participle right after an article', () => {
  it('is the adjective of the role before a name, not a verb that makes the phrase a clause', () => {
    // "exiled" and "jailed" are verbs now; "an exiled poet" is still a role.
    expect(verbWords.has('exiled')).toBe(true);
    const a = article('Court hears murder case', [
      'The court heard evidence on the 2021 killing of an exiled poet, Lev Orvin, outside his flat.',
    ]);
    expect(person(a, 'Lev Orvin')?.roles).toEqual(['exiled poet']);
    const b = article('Activist freed', [
      'Police on Sunday released a jailed activist, Dana Quillon, after four months in custody.',
    ]);
    expect(person(b, 'Dana Quillon')?.roles).toEqual(['jailed activist']);
  });

  it('leaves a verb after a name set off by commas the sentence’s verb', () => {
    const a = article('Minister meets envoy', [
      'The minister, Rasmus Veskar, received the envoy at the ministry on Monday.',
    ]);
    expect(person(a, 'Rasmus Veskar')?.roles).toEqual(['minister']);
  });
});

describe('a lede whose subject is a title alone, now that "received" is a verb', () => {
  it('does not give its title to one then named under a title of their own set off after the name', () => {
    const a = article('President receives credentials of new envoys', [
      'The President received the credentials of nine new envoys at the palace on Wednesday.',
      'Among them was Mira Brask, Ambassador of Norway to Chile, who took up her post in May.',
    ]);
    expect(person(a, 'Mira Brask')?.roles).toEqual(['Ambassador of Norway to Chile']);
  });

  it('still gives it to the first one named when nothing after the name is a title', () => {
    const a = article('Budget day', [
      'The chancellor on Wednesday unveiled the budget.',
      'Ingrid Kello, the first woman in the post, told lawmakers it was fair.',
    ]);
    expect(person(a, 'Ingrid Kello')?.roles).toEqual(['chancellor']);
  });
});
