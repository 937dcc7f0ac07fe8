import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../../src/common/dataset.ts';
import { buildDataset, ingestFile } from '../../src/ingest/ingest.ts';
import { generateArticle } from '../../src/node/gen-corpus.ts';
import { makeRewriter, realisticText, VERSION_KINDS } from './gen-realistic-corpus.ts';

const rewrite = makeRewriter();
const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const { file, text } = generateArticle(i);
    return { file, original: text, text: rewrite(i, text) };
  });

describe('the realistic bench corpus', () => {
  const sample = articles(1000);
  const dataset = buildDataset(
    sample.map(({ file, text }) => ingestFile(file, new TextEncoder().encode(text), emptyKnowledge)),
  );

  it('is deterministic', () => {
    const again = articles(50);
    expect(again.map((a) => a.text)).toEqual(sample.slice(0, 50).map((a) => a.text));
  });

  it('gives the ingest many more distinct people than the synthetic corpus, most of them seen once', () => {
    const original = buildDataset(
      sample.map(({ file, original: text }) =>
        ingestFile(file, new TextEncoder().encode(text), emptyKnowledge),
      ),
    );
    expect(dataset.articles).toHaveLength(1000);
    // 1,000 articles: ~670 people in the synthetic corpus (~720 at any size), ~1,900 here.
    expect(dataset.people.length).toBeGreaterThan(2.5 * original.people.length);
    const once = dataset.people.filter((person) => person.articleIds.length === 1).length;
    expect(once / dataset.people.length).toBeGreaterThan(0.5);
    // A few leaders still appear often (Zipf-like).
    expect(Math.max(...dataset.people.map((person) => person.articleIds.length))).toBeGreaterThan(20);
  });

  it('replaces the names everywhere they appear, and adds words the synthetic corpus never has', () => {
    const words = (texts: string[]) =>
      new Set(texts.flatMap((text) => text.toLowerCase().match(/\p{L}+/gu) ?? []));
    const before = words(sample.map((a) => a.original));
    const after = words(sample.map((a) => a.text));
    expect(after.size).toBeGreaterThan(10 * before.size);
    // The people the ingest found in the original article (its participants) are gone from the rewritten one.
    let checked = 0;
    for (const { file, original, text } of sample.slice(0, 200)) {
      const found = ingestFile(file, new TextEncoder().encode(original), emptyKnowledge).article;
      for (const person of found?.people ?? []) {
        if (!person.participant) continue;
        expect(text, file).not.toContain(person.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('holds every 40th story twice, which the ingest finds as versions of one story, whatever its kind', () => {
    const texts = Array.from({ length: 200 }, (_, i) => ({
      file: generateArticle(i).file,
      text: realisticText(rewrite, i, generateArticle(i).text),
    }));
    const built = buildDataset(
      texts.map(({ file, text }) => ingestFile(file, new TextEncoder().encode(text), emptyKnowledge)),
    );
    // Each pair is one story, shown once (by its longer text: the cut line may be a trailer the parser drops).
    const byFile = new Map(built.articles.map((a) => [a.file, a]));
    const pairs = built.articles
      .filter((a) => a.versionOf !== undefined)
      .map((a) => [a.file, built.articles.find((b) => b.id === a.versionOf)!.file].sort());
    expect(pairs.sort()).toEqual(
      [39, 79, 119, 159, 199]
        .map((i) => [generateArticle(i - 1).file, generateArticle(i).file].sort())
        .sort(),
    );
    expect(byFile.size).toBe(200);
  });

  it('carries the versions cut, re-split and rewritten in turn', () => {
    expect(VERSION_KINDS).toEqual(['cut', 're-split', 'rewritten']);
    const lines = (i: number) =>
      realisticText(rewrite, i, generateArticle(i).text)
        .trimEnd()
        .split('\n')
        .slice(1)
        .filter((line) => line !== '');
    const words = (list: string[]) => list.join(' ').split(/\s+/);
    // 39: the last line cut.
    expect(lines(39)).toEqual(lines(38).slice(0, -1));
    // 79: the same words in other paragraphs.
    expect(words(lines(79))).toEqual(words(lines(78)));
    expect(lines(79).filter((line) => !lines(78).includes(line)).length).toBeGreaterThan(5);
    // 119: one line (the lede) in new words, the rest as it was.
    const [before, after] = [lines(118), lines(119)];
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, k) => line !== before[k]);
    expect(changed).toHaveLength(1);
    expect(before.join(' ')).not.toContain(changed[0]!.split(' ').slice(0, 5).join(' '));
  });
});
