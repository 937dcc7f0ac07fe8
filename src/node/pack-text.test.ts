import { describe, expect, it } from 'vitest';
import { getHeapSpaceStatistics } from 'node:v8';
import type { FileResult } from '../ingest/ingest.ts';
import { collectGarbage } from './collect-garbage.ts';
import { packArticleText } from './pack-text.ts';

const result = (file: string, paragraphs: string[], captions: string[] = []): FileResult =>
  ({
    file,
    article: { file, title: 'A title', dateline: null, paragraphs, captions },
    warnings: [],
  }) as unknown as FileResult;

const textOf = (results: FileResult[]) =>
  results.map((r) => (r.article ? [r.article.paragraphs, r.article.captions] : null));

const largeObjectBytes = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'large_object_space')!.space_used_size;

describe('packArticleText', () => {
  it('keeps every paragraph and caption as written, one-byte and two-byte texts alike', () => {
    const results = [
      result(
        'a.txt',
        ['Mira Tolvanen met the council on Tuesday.', 'She said: “We agreed.”'],
        ['A caption.'],
      ),
      { file: 'empty.txt', article: null, warnings: [] },
      result('b.txt', ['Short.', '', 'Jorund Eskel visited Aalborg — and Malmö.'], []),
      result('c.txt', ['李明 spoke first.', 'Then the others.'], ['图片']),
    ];
    const before = structuredClone(textOf(results));
    packArticleText(results);
    expect(textOf(results)).toEqual(before);
  });

  it('lets the collection after the text is released give a batch’s text back at once', () => {
    // 100 articles of ~4 KB, as an ingest batch: the text of each lay among the dataset's other objects, so freeing
    // it emptied no page; packed, it is one string on pages of its own.
    const paragraph = (a: number, p: number) =>
      `Paragraph ${p} of article ${a}: ${'the council met. '.repeat(60)}`;
    const results = Array.from({ length: 100 }, (_, a) =>
      result(
        `${a}.txt`,
        [0, 1, 2, 3].map((p) => paragraph(a, p)),
      ),
    );
    packArticleText(results);
    collectGarbage();
    const held = largeObjectBytes();
    for (const { article } of results) {
      article!.paragraphs = [];
      article!.captions = [];
    }
    collectGarbage();
    expect(held - largeObjectBytes()).toBeGreaterThanOrEqual(100 * 4 * 1000);
  });
});
