// People seen first in the fifty-ninth blind round of held-out articles (economic, trade and financial diplomacy:
// trade pacts, swap lines, IMF programmes, business forums), on invented sentences with invented people: none of them
// are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('a caption that names whom the story calls by one word', () => {
  const call = {
    ...article(
      'Moldova, Georgia conclude investment talks',
      [
        'Moldova and Georgia on Wednesday concluded talks on an investment treaty.',
        'Kalden announced the conclusion of the talks in a video call with Georgian Prime Minister Ana Varsky.',
      ],
      { source: null, dateline: null },
    ),
    captions: ['Moldovan President Ivo Kalden holds a video call with Georgian leaders on Wednesday.'],
  };

  it("finds the caption's full name, with its title and country", () => {
    expect(person(call, 'Ivo Kalden')).toMatchObject({ roles: ['Moldovan President'], country: 'Moldova' });
  });

  it("leaves a caption out when the story writes its people's names in full", () => {
    const a = {
      ...article('Leaders sign accord', [
        'Prime Minister Dr. Ana Varsky and President Ivo Kalden signed the accord.',
      ]),
      captions: ['Prime Minister Ana Varsky and President Ivo Kalden at the signing in the capital.'],
    };
    expect(extract(a).people.map((p) => p.name)).toEqual(['Ana Varsky', 'Ivo Kalden']);
  });
});
