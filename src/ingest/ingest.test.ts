import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { emptyKnowledge } from '../common/dataset.ts';
import { detach } from '../common/detach.ts';
import { buildDataset, ingestFile, type FileArticle, type FileResult } from './ingest.ts';
import { mentionedPerson as person, type UnidentifiedPerson as P } from './test-people.ts';

const fileArticle = (file: string, date: string, title: string, people: P[] = []): FileArticle => ({
  file,
  date,
  title,
  titleDerived: false,
  source: 'Xinhua',
  publishedTime: null,
  dateline: null,
  paragraphs: ['Text.'],
  captions: [],
  people,
  organizations: [],
  places: [],
});
const result = (file: string, date: string, title: string, people: P[] = []): FileResult => ({
  file,
  article: fileArticle(file, date, title, people),
  warnings: [],
});
const bytes = (text: string) => new TextEncoder().encode(text);

describe('buildDataset', () => {
  it('sorts articles by file and gives each a stable id and a readable slug', () => {
    const dataset = buildDataset([
      result('b/2.txt', '2024-10-22', 'Wang Yi holds phone talk with Japanese national security official'),
      result('a/1.txt', '2024-10-21', 'Café talks'),
    ]);
    expect(dataset.articles.map((a) => a.file)).toEqual(['a/1.txt', 'b/2.txt']);
    const [first, second] = dataset.articles;
    expect(first!.id).toMatch(/^[0-9a-f]{12}$/);
    expect(first!.slug).toBe(`2024-10-21-cafe-talks-${first!.id.slice(0, 6)}`);
    expect(second!.slug).toMatch(/^2024-10-22-wang-yi-holds-phone-talk-with-[0-9a-f]{6}$/);
    // Same file, same id, whatever else is in the folder.
    expect(buildDataset([result('a/1.txt', '2024-10-21', 'Café talks')]).articles[0]!.id).toBe(first!.id);
  });

  it('keeps two articles with the same date and title, with different slugs', () => {
    const dataset = buildDataset([
      result('x/a.txt', '2024-01-01', 'Same headline'),
      result('y/a.txt', '2024-01-01', 'Same headline'),
    ]);
    expect(dataset.articles).toHaveLength(2);
    expect(new Set(dataset.articles.map((a) => a.slug)).size).toBe(2);
    expect(new Set(dataset.articles.map((a) => a.id)).size).toBe(2);
  });

  it('slugs undated articles and headlines with no Latin letters', () => {
    const dataset = buildDataset([result('a.txt', '', '王毅会见')]);
    expect(dataset.articles[0]!.slug).toMatch(/^undated-[0-9a-f]{6}$/);
  });

  it('gives unique slugs to many articles sharing date and title', () => {
    const results = Array.from({ length: 3000 }, (_, i) => result(`f${i}.txt`, '2024-01-01', 'Same'));
    const dataset = buildDataset(results);
    expect(new Set(dataset.articles.map((a) => a.slug)).size).toBe(3000);
  });

  it('fills article people with the merged person id and lists articles per person', () => {
    const dataset = buildDataset([
      result('1.txt', '2024-10-21', 'A', [
        person('Wang Yi', { aliases: ['Wang'], country: 'China', participant: true }),
      ]),
      result('2.txt', '2024-11-01', 'B', [person('Wang Yi', { country: 'China' }), person('Wang Wenbin')]),
    ]);
    const wangYi = dataset.people.find((p) => p.name === 'Wang Yi')!;
    expect(wangYi.id).toBe('wang-yi');
    expect(wangYi.articleIds).toEqual([dataset.articles[1]!.id, dataset.articles[0]!.id]);
    expect(dataset.articles[1]!.people.map((p) => p.id)).toEqual(['wang-yi', 'wang-wenbin']);
    expect(dataset.articles[0]!.people[0]).toEqual({
      id: 'wang-yi',
      name: 'Wang Yi',
      aliases: ['Wang'],
      roles: [],
      country: 'China',
      participant: true,
    });
  });

  it('folds two mentions of one merged person in an article into one entry', () => {
    const dataset = buildDataset([
      result('1.txt', '2024-01-01', 'A', [
        person('Kim Jong Un', { roles: ['leader'] }),
        person('Kim Jong-un', { participant: true }),
      ]),
    ]);
    expect(dataset.articles[0]!.people).toEqual([
      {
        id: 'kim-jong-un',
        name: 'Kim Jong Un',
        aliases: ['Kim Jong-un'],
        roles: ['leader'],
        country: null,
        participant: true,
      },
    ]);
  });

  it('sorts warnings by file then line and keeps files that have no article', () => {
    const dataset = buildDataset([
      { file: 'b.txt', article: null, warnings: [{ file: 'b.txt', line: 1, message: 'empty file' }] },
      {
        ...result('a.txt', '2024-01-01', 'A'),
        warnings: [
          { file: 'a.txt', line: 9, message: 'late' },
          { file: 'a.txt', line: 2, message: 'early' },
        ],
      },
    ]);
    expect(dataset.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['a.txt:2', 'a.txt:9', 'b.txt:1']);
    expect(dataset.articles).toHaveLength(1);
  });

  it('produces the same JSON whatever order the results arrive in', () => {
    const results = Array.from({ length: 50 }, (_, i) =>
      result(`d${i % 7}/${i}.txt`, `2024-0${1 + (i % 9)}-1${i % 10}`, `Title ${i % 5}`, [
        person(`Person ${i % 4} Name`, { roles: [`role ${i}`] }),
      ]),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(results, { minLength: results.length }), (shuffled) => {
        expect(JSON.stringify(buildDataset(shuffled))).toBe(JSON.stringify(buildDataset(results)));
      }),
      { numRuns: 20 },
    );
  });
});

describe('ingestFile', () => {
  const seed = readFileSync(new URL('../../seeds/000_e91136500cf297be.txt', import.meta.url));

  it('turns the seed into an article with its people', () => {
    const { article, warnings } = ingestFile('000.txt', seed, emptyKnowledge);
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      file: '000.txt',
      date: '2024-10-22',
      title: 'Wang Yi holds phone talk with Japanese national security official',
      dateline: { place: 'BEIJING', date: 'Oct. 21' },
    });
    const people = Object.fromEntries(article!.people.map((p) => [p.name, p]));
    expect(people['Wang Yi']).toMatchObject({ country: 'China', participant: true });
    expect(people['Takeo Akiba']).toMatchObject({ country: 'Japan', participant: true });
    expect(people['Shigeru Ishiba']).toMatchObject({ participant: false });
  });

  it('keeps every name, role and place exactly as written when it copies them out of the story', () => {
    const story = 'Foreign Minister Maria Fernanda Espinosa Garcés met 王毅 in Quito.';
    for (const [start, end] of [
      [0, 16],
      [17, 47],
      [52, 54],
      [0, story.length],
    ] as const) {
      expect(detach(story.slice(start, end))).toBe(story.slice(start, end));
    }
  });

  it('returns warnings naming the file, and no article, for an empty file', () => {
    const { article, warnings } = ingestFile('dir/empty.txt', bytes(''), emptyKnowledge);
    expect(article).toBeNull();
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.file === 'dir/empty.txt' && w.line >= 1)).toBe(true);
  });

  it('never throws and always returns an article or a warning', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string({ maxLength: 400 }).map((s) => bytes(` date 2024-01-0${s.length % 9} ${s}`)),
        ),
        (input) => {
          const out = ingestFile('f.txt', input, emptyKnowledge);
          expect(out.article !== null || out.warnings.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
