// The quotation-tag nationality rule asks the story text for a quotation mark before "the" before it reads the tokens
// (PERFORMANCE.md, session 31): a tag after a curly or a single closing mark still reaches it. Invented sentences,
// invented people.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe('nationality in a speech tag, past the text search that gates it', () => {
  it('reads the tag after a curly closing quotation mark', () => {
    const a = article('Harbour beat Mills 2-1 in cup final', [
      'Ruud Vennema scored the winner as Harbour beat Mills 2-1 in the cup final on Saturday.',
      'Harbour coach Bram Okonde said his side had stayed calm. “We kept going to the end,” the Portuguese told reporters.',
    ]);
    expect(person(a, 'Bram Okonde')?.country).toBe('Portugal');
  });

  it('reads the tag after a single closing quotation mark', () => {
    const a = article('Harbour beat Mills 2-1 in cup final', [
      'Ruud Vennema scored the winner as Harbour beat Mills 2-1 in the cup final on Saturday.',
      "Harbour coach Bram Okonde said his side had stayed calm. 'We kept going to the end,' the Portuguese told reporters.",
    ]);
    expect(person(a, 'Bram Okonde')?.country).toBe('Portugal');
  });
});
