import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { buildDataset, ingestFile } from './ingest.ts';
import { areVersions, findStoryVersions, revisionOf, type VersionInput } from './story-versions.ts';

// An invented story and an invented second agency's report of the same meeting, in its own words.
const story = [
  'Talvo Renquist, foreign minister of Norvania, held talks with his Ostrelian counterpart Mira Dessanto in the port city of Veldhaven on Tuesday, the two ministries said in a joint statement.',
  'The ministers agreed to reopen the northern rail crossing before the harvest season and to set up a working group on fishing quotas in the shared gulf.',
  'Renquist said the talks had been open and useful, and that both governments wanted the crossing open to freight by the end of the year.',
  'Dessanto invited her counterpart to visit the Ostrelian capital in the spring to sign the rail agreement.',
];
const otherAgency = [
  'Ostrelia and Norvania will reopen a rail crossing closed for six years, Foreign Minister Mira Dessanto announced after meeting Talvo Renquist in Veldhaven on Tuesday.',
  // The same quote, word for word: two reports of one meeting share a little text, and must still stay apart.
  story[2]!,
  'Freight operators on both sides have lobbied for the reopening since the border dispute of 2019 cut the line, forcing goods onto a longer coastal route.',
  'Officials did not say when a date for the signing would be set.',
];

// A longer story (two sentences a paragraph), where a rewritten lede is a small part of the text.
const longStory = [
  'Norvania and Ostrelia agreed on Tuesday to reopen the northern rail crossing, closed since a border dispute six years ago. The decision came after talks between their foreign ministers in the port city of Veldhaven.',
  'Talvo Renquist, the Norvanian foreign minister, said the crossing would carry freight before the end of the year. Passenger trains would follow once new signals were installed on the Ostrelian side.',
  'His counterpart Mira Dessanto said a working group on fishing quotas in the shared gulf would meet in April. She described the talks as the most productive between the two governments in a decade.',
  'Freight operators on both sides have lobbied for the reopening for years. Goods have since gone by a coastal route that adds two days to the journey and much of the cost.',
  'The two ministers also discussed a joint bid to host the regional games in 2031. No decision was announced, but officials said a feasibility study would be commissioned within weeks.',
  'Trade between the neighbours fell by a third after the crossing closed, according to figures from the Norvanian statistics office. Farmers in the border districts were hit hardest by the closure.',
  'Dessanto invited Renquist to visit the Ostrelian capital in the spring to sign the rail agreement. The visit would be the first by a Norvanian foreign minister since the dispute began.',
  'Opposition lawmakers in Ostrelia welcomed the deal but asked for guarantees on the safety of the old bridge. Engineers are due to inspect the structure before any train is allowed to cross.',
  'Renquist said both governments wanted the talks to continue at a regular pace. A further round was pencilled in for the autumn, when the working group is due to report its first findings.',
];
// The same story as another site lays it out: a dateline before it and each paragraph's first sentence kept with
// the paragraph before, so no paragraph opens as one of longStory's does.
const sentences = longStory.flatMap((paragraph) => paragraph.split(/(?<=\.) /));
const reSplit = Array.from({ length: longStory.length }, (_, p) =>
  sentences.slice(Math.max(0, p * 2 - 1), p * 2 + 1).join(' '),
).map((paragraph, p) =>
  p === 0
    ? `VELDHAVEN, March 12 (Norvanian News Agency) - ${paragraph}`
    : p === longStory.length - 1
      ? `${paragraph} ${sentences.at(-1)!}`
      : paragraph,
);
// An update with a new lede in its own words, the rest of the story as it was.
const rewritten = [
  'The northern rail crossing between Norvania and Ostrelia will carry freight again within months, ending a six-year closure that had diverted trade along the coast, officials announced on Tuesday.',
  ...longStory.slice(1),
];

const article = (id: string, date: string, paragraphs: string[], title?: string): VersionInput => ({
  id,
  date,
  paragraphs,
  title,
});

describe('areVersions', () => {
  it('joins a version with one paragraph corrected', () => {
    const corrected = [...story];
    corrected[1] = corrected[1]!.replace('before the harvest season', 'before the winter');
    expect(areVersions(story, corrected)).toBe(true);
  });

  it('joins a version with a line added at the end', () => {
    expect(areVersions(story, [...story, 'The next round of talks is due in Veldhaven in March.'])).toBe(
      true,
    );
  });

  it('joins a cut-down version that keeps the opening', () => {
    expect(areVersions(story, story.slice(0, 2))).toBe(true);
  });

  it('joins the same text however its paragraphs, punctuation and case are written', () => {
    expect(areVersions(story, [story.join(' ').toUpperCase().replaceAll(',', '')])).toBe(true);
  });

  it('joins a version whose lede was rewritten, when the rest of a longer story is the same', () => {
    expect(areVersions(longStory, rewritten)).toBe(true);
  });

  it('keeps apart two stories that open in their own words and share only part of the rest', () => {
    const other = [
      'Ostrelia’s parliament voted on Tuesday to fund repairs to the old border bridge at Veldhaven, a step the government called overdue whatever the outcome of the rail talks.',
      ...longStory.slice(3, 7),
      'The repairs are expected to take two years and to cost more than the original estimate.',
    ];
    expect(areVersions(longStory, other)).toBe(false);
  });

  it('keeps apart two agencies’ own reports of one meeting, though they share a quote', () => {
    expect(areVersions(story, otherAgency)).toBe(false);
  });

  it('keeps apart a follow-up that repeats the story under a new lede', () => {
    const followUp = [
      'Norvania and Ostrelia signed an agreement on Thursday to reopen the northern rail crossing, two days after their foreign ministers met in Veldhaven.',
      'Trains carrying grain are expected to cross from next month, the Norvanian transport ministry said.',
      ...story,
    ];
    expect(areVersions(story, followUp)).toBe(false);
  });

  it('never joins texts too short to tell from boilerplate', () => {
    const brief = ['The ministers met in Veldhaven on Tuesday.'];
    expect(areVersions(brief, brief)).toBe(false);
  });
});

describe('findStoryVersions', () => {
  it('groups versions dated within a day around the longest, and leaves other stories alone', () => {
    const groups = findStoryVersions([
      article('b1', '2024-03-12', story),
      article('a2', '2024-03-13', story.slice(0, 2)),
      article('c3', '2024-03-12', [...story, 'The next round of talks is due in Veldhaven in March.']),
      article('d4', '2024-03-12', otherAgency),
    ]);
    expect(groups).toEqual([{ canonical: 'c3', versions: ['b1', 'a2'] }]);
  });

  it('does not join the same text dated days apart (an archive’s anniversary reprint is its own article)', () => {
    expect(findStoryVersions([article('a', '2024-03-12', story), article('b', '2024-03-14', story)])).toEqual(
      [],
    );
  });

  it('joins across a month end, and month-only or missing dates only with the same date', () => {
    expect(findStoryVersions([article('a', '2024-02-29', story), article('b', '2024-03-01', story)])).toEqual(
      [{ canonical: 'b', versions: ['a'] }],
    );
    expect(findStoryVersions([article('a', '2024-03', story), article('b', '2024-03-01', story)])).toEqual(
      [],
    );
    expect(findStoryVersions([article('a', '', story), article('b', '', story)])).toEqual([
      { canonical: 'a', versions: ['b'] },
    ]);
  });

  it('finds a version whose paragraphs break elsewhere, though no paragraph opens as one of the other’s', () => {
    expect(
      reSplit.some((paragraph) => longStory.some((p) => p.slice(0, 40) === paragraph.slice(0, 40))),
    ).toBe(false);
    expect(
      findStoryVersions([article('a', '2024-03-12', longStory), article('b', '2024-03-12', reSplit)]),
    ).toEqual([{ canonical: 'b', versions: ['a'] }]);
  });

  it('finds a version whose lede was rewritten', () => {
    expect(
      findStoryVersions([article('a', '2024-03-12', longStory), article('b', '2024-03-13', rewritten)]),
    ).toEqual([{ canonical: 'a', versions: ['b'] }]);
  });

  it('shows the fullest version, then the one its headline marks as corrected or updated, then the later', () => {
    const corrected = story.map((paragraph) => paragraph.replace('Tuesday', 'Wednesday'));
    // Same length: the later date supersedes (a correction), then the smaller id.
    expect(
      findStoryVersions([article('b', '2024-03-12', story), article('a', '2024-03-13', corrected)]),
    ).toEqual([{ canonical: 'a', versions: ['b'] }]);
    expect(findStoryVersions([article('b', '2024-03-12', story), article('a', '2024-03-12', story)])).toEqual(
      [{ canonical: 'a', versions: ['b'] }],
    );
    // A wire's mark outranks the date (two sites of one agency date by their own clocks).
    expect(
      findStoryVersions([
        article('a', '2024-03-12', corrected, 'CORRECTED-Norvania, Ostrelia to reopen rail crossing'),
        article('b', '2024-03-13', story, 'Norvania, Ostrelia to reopen rail crossing'),
      ]),
    ).toEqual([{ canonical: 'a', versions: ['b'] }]);
    // The fullest text first, whatever the marks and dates.
    expect(
      findStoryVersions([
        article('a', '2024-03-12', story.slice(0, 3), 'UPDATE 2-Norvania, Ostrelia to reopen rail crossing'),
        article('b', '2024-03-11', story),
      ]),
    ).toEqual([{ canonical: 'b', versions: ['a'] }]);
  });

  it('does not let a paragraph that many articles share propose them all (boilerplate)', () => {
    const boilerplate =
      'The Norvanian news agency is the official wire service of the Republic of Norvania and of its overseas territories.';
    const many = Array.from({ length: 100 }, (_, i) =>
      article(`id${String(i).padStart(3, '0')}`, '2024-03-12', [
        `Story number ${i} of the day.`,
        boilerplate,
      ]),
    );
    expect(findStoryVersions(many)).toEqual([]);
  });
});

describe('revisionOf', () => {
  it('reads a wire’s correction and update marks at the start of a headline', () => {
    expect(revisionOf('Norvania, Ostrelia to reopen rail crossing')).toBe(0);
    expect(revisionOf('UPDATE 1-Norvania, Ostrelia to reopen rail crossing')).toBe(1);
    expect(revisionOf('UPDATE 3-Norvania, Ostrelia to reopen rail crossing')).toBe(3);
    expect(revisionOf('CORRECTED-Norvania, Ostrelia to reopen rail crossing')).toBe(1);
    expect(revisionOf('CORRECTED-UPDATE 1-Norvania, Ostrelia to reopen rail crossing')).toBe(2);
    // Only a mark written as a wire writes it: not a word of the headline.
    expect(revisionOf('Update on the rail crossing talks')).toBe(0);
    expect(revisionOf('UPDATES from Veldhaven')).toBe(0);
  });
});

describe('the dataset', () => {
  it('marks the same story with and without a headline as versions, the longer one shown', () => {
    const file = (name: string, text: string) =>
      ingestFile(name, new TextEncoder().encode(text), emptyKnowledge);
    const dataset = buildDataset([
      file('a.txt', ` date 2024-03-12 Norvania, Ostrelia to reopen rail crossing\n\n${story.join('\n\n')}\n`),
      // No headline: line 1 holds the lede, and the title is made from it.
      file('b.txt', ` date 2024-03-13 ${story.slice(0, 3).join('\n\n')}\n`),
      file('c.txt', ` date 2024-03-12 Ostrelia to reopen crossing\n\n${otherAgency.join('\n\n')}\n`),
    ]);
    const [a, b, c] = dataset.articles;
    expect(b!.titleDerived).toBe(true);
    expect(a!.versions).toEqual([b!.id]);
    expect(b!.versionOf).toBe(a!.id);
    expect([a!.versionOf, b!.versions, c!.versionOf, c!.versions]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

// Texts from a small invented vocabulary, so that versions of one text (a paragraph dropped, words changed, a line
// added) and unrelated texts both occur.
const vocabulary = 'alder basin crane delta ember fjord grove heron inlet juniper kestrel lagoon marsh'.split(
  ' ',
);
const paragraphArb = fc
  .array(fc.constantFrom(...vocabulary), { minLength: 8, maxLength: 30 })
  .map((words) => words.join(' '));
const textArb = fc.array(paragraphArb, { minLength: 1, maxLength: 5 });
const editArb = fc.record({
  drop: fc.nat(6),
  change: fc.nat(40),
  word: fc.constantFrom(...vocabulary),
  add: fc.option(paragraphArb),
});
function edited(
  text: string[],
  edit: { drop: number; change: number; word: string; add: string | null },
): string[] {
  const out = text.filter((_, i) => text.length === 1 || i !== edit.drop);
  const words = (out[0] ?? '').split(' ');
  words[edit.change % Math.max(1, words.length)] = edit.word;
  out[0] = words.join(' ');
  return edit.add ? [...out, edit.add] : out;
}
const corpusArb = fc
  .array(fc.tuple(textArb, fc.array(editArb, { maxLength: 3 }), fc.integer({ min: 10, max: 13 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((stories) => {
    const articles: VersionInput[] = [];
    stories.forEach(([text, edits, day], s) => {
      articles.push(article(`s${s}`, `2024-03-${day}`, text));
      edits.forEach((edit, e) =>
        articles.push(article(`s${s}v${e}`, `2024-03-${day + (e % 2)}`, edited(text, edit))),
      );
    });
    return articles;
  });

describe('findStoryVersions properties', () => {
  it('is symmetric: whether two texts are versions does not depend on which comes first', () => {
    fc.assert(
      fc.property(textArb, editArb, textArb, (text, edit, other) => {
        const version = edited(text, edit);
        expect(areVersions(text, version)).toBe(areVersions(version, text));
        expect(areVersions(text, other)).toBe(areVersions(other, text));
      }),
    );
  });

  it('groups only articles that are versions of their canonical and dated within a day of it', () => {
    fc.assert(
      fc.property(corpusArb, (articles) => {
        const byId = new Map(articles.map((a) => [a.id, a]));
        const seen = new Set<string>();
        for (const group of findStoryVersions(articles)) {
          const canonical = byId.get(group.canonical)!;
          for (const id of [group.canonical, ...group.versions]) {
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
          for (const id of group.versions) {
            const version = byId.get(id)!;
            expect(areVersions(canonical.paragraphs, version.paragraphs)).toBe(true);
            expect(
              Math.abs(Number(canonical.date.slice(8)) - Number(version.date.slice(8))),
            ).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('gives the same groups whatever the order of its input', () => {
    fc.assert(
      fc.property(corpusArb, fc.infiniteStream(fc.nat()), (articles, randoms) => {
        const shuffled = articles
          .map((a) => ({ a, key: randoms.next().value }))
          .sort((x, y) => x.key - y.key)
          .map(({ a }) => a);
        expect(findStoryVersions(shuffled)).toEqual(findStoryVersions(articles));
      }),
    );
  });
});
