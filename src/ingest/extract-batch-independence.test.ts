// An article's people are the same whether it is ingested alone, beside any other files, in any order: the
// archive's merge joins people across articles (their pages and ids) but never changes who an article names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyKnowledge } from '../common/dataset.ts';
import { buildDataset, ingestFile, type FileResult } from './ingest.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

// Invented stories: a president and his late father, who share a given name and a family name; another holder of
// the same shorter name; a governor named in full and then by a shorter form; a painter with the same given name
// and family name.
const STORIES: Record<string, string> = {
  'a/march.txt': ` date 2021-05-09 Norland marks Victory Day with march in capital

OSLOBY, May 9 (Wire) -- Norland President Arvid Kellstrom led a march through the capital on Sunday to mark the anniversary of the end of the war.
Kellstrom carried a portrait of his father, Arvid Tomasson Kellstrom, a sailor who was wounded near the coast in 1941.
About 200,000 people took part in the march, city officials said.
`,
  'b/bank.txt': ` date 2021-06-02 Norland names new central bank governor

OSLOBY, June 2 (Wire) -- Norland's parliament on Wednesday approved Arvid Bengt Kellstrom as governor of the central bank.
Arvid Bengt Kellstrom, an economist, said inflation would be his first concern.
`,
  'c/delegation.txt': ` date 2021-07-14 Governor receives trade delegation

VESTRA, July 14 (Wire) -- Regional Governor Dorian Aleksy Maranelli received a trade delegation from Korvia at the Governor's House on Wednesday.
The delegation was led by Korvian Trade Minister Helga Sorvik.
Dorian Maranelli said the new rail line to the port would be finished next year.
`,
  'd/museum.txt': ` date 2021-08-01 Maranelli family opens museum

VESTRA, Aug 1 (Wire) -- Painter Dorian Pietro Maranelli opened a museum of his work in Vestra on Sunday.
`,
  'e/visit.txt': ` date 2021-09-03 Norland president visits port

OSLOBY, Sept 3 (Wire) -- President Arvid Kellstrom visited the port of Osloby on Friday and met dock workers.
`,
};
const FILES = Object.keys(STORIES);
const ingested = new Map<string, FileResult>();
/** A fresh copy of each file's result (ingested once: the extraction is what the batch must not change). */
function ingest(file: string): FileResult {
  let result = ingested.get(file);
  if (!result) ingested.set(file, (result = ingestFile(file, bytes(STORIES[file]!), emptyKnowledge)));
  return structuredClone(result);
}

/** Each article's people as the dataset gives them, without the archive's ids. */
function peopleByFile(results: FileResult[]) {
  const out: Record<string, unknown> = {};
  for (const a of buildDataset(results).articles) out[a.file] = a.people.map(({ id: _id, ...rest }) => rest);
  return out;
}

const alone = (file: string) => peopleByFile([ingest(file)])[file];
const names = (file: string, others: string[]) =>
  (peopleByFile([file, ...others].map(ingest))[file] as { name: string; aliases: string[] }[]).map((p) => [
    p.name,
    p.aliases,
  ]);

describe('an article names the same people whatever the batch', () => {
  it('gives each article the same people alone, in any batch and in any order', () => {
    const single = Object.fromEntries(FILES.map((f) => [f, alone(f)]));
    fc.assert(
      fc.property(fc.shuffledSubarray(FILES, { minLength: 1 }), (batch) => {
        const together = peopleByFile(batch.map(ingest));
        for (const file of batch) expect(together[file]).toEqual(single[file]);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a father introduced by part of his son’s name another person, alone as beside another holder of the name', () => {
    const expected = [
      ['Arvid Kellstrom', ['Kellstrom']],
      ['Arvid Tomasson Kellstrom', []],
    ];
    expect(names('a/march.txt', [])).toEqual(expected);
    expect(names('a/march.txt', ['b/bank.txt'])).toEqual(expected);
  });

  it('joins a shorter form of a name the article gives in full, even when the folder holds another fuller name', () => {
    const expected = [
      ['Dorian Aleksy Maranelli', ['Dorian Maranelli']],
      ['Helga Sorvik', []],
    ];
    expect(names('c/delegation.txt', [])).toEqual(expected);
    expect(names('c/delegation.txt', ['d/museum.txt'])).toEqual(expected);
  });

  it('never files a person under a name an article lists beside theirs as another person', () => {
    const dataset = buildDataset(['a/march.txt', 'e/visit.txt'].map(ingest));
    const ids = Object.fromEntries(dataset.articles.map((a) => [a.file, a.people.map((p) => p.id)]));
    // The president's visit joins the president of the march, not the father the march story names beside him.
    expect(ids['e/visit.txt']).toEqual([ids['a/march.txt']![0]]);
    expect(dataset.people.map((p) => p.name).sort()).toEqual(['Arvid Kellstrom', 'Arvid Tomasson Kellstrom']);
  });
});
