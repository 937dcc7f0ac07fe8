// Every relative link and #anchor in the repository's Markdown leads somewhere: the docs are edited by many hands
// every session, and a renamed heading or a moved note otherwise leaves the README's reader on a dead link.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  extractLinks,
  findBrokenLinks,
  formatBrokenLink,
  headingSlugs,
  headingText,
  type RepoFiles,
} from './markdown-links.ts';

const doc = (...lines: string[]) => lines.join('\n');

describe('heading anchors, as GitHub writes them', () => {
  it('drops punctuation, keeps hyphens and underscores, and turns each space into a hyphen', () => {
    expect(headingSlugs(doc("## What's new? (session 9)", '## Fish, chips & peas', '## A -- b_c'))).toEqual([
      'whats-new-session-9',
      'fish-chips--peas',
      'a----b_c',
    ]);
    expect(headingSlugs('### 2026-12-01 10:20–10:29: the bench — before/after')).toEqual([
      '2026-12-01-10201029-the-bench--beforeafter',
    ]);
  });

  it('reads code spans as their text, underscores included', () => {
    expect(headingSlugs(doc('## The `word-index` module', '## `snake_case_name` and `a*b`'))).toEqual([
      'the-word-index-module',
      'snake_case_name-and-ab',
    ]);
  });

  it('drops emphasis markers but keeps an underscore inside a word', () => {
    expect(
      headingSlugs(doc('## _Quiet_ and **loud** and ~~gone~~', '## snake_case in prose', '## __bold__ end')),
    ).toEqual(['quiet-and-loud-and-gone', 'snake_case-in-prose', 'bold-end']);
  });

  it('gives a repeated heading -1, -2, and steps over a heading that already took that name', () => {
    expect(
      headingSlugs(doc('## Notes', '## Notes', '# Notes', '## Notes-3', '## Notes', '## Notes')),
    ).toEqual(['notes', 'notes-1', 'notes-2', 'notes-3', 'notes-4', 'notes-5']);
    expect(headingSlugs(doc('## Notes-1', '## Notes', '## Notes'))).toEqual(['notes-1', 'notes', 'notes-2']);
  });

  it('keeps letters of any script, accents and case folded as GitHub does', () => {
    expect(headingSlugs(doc('## Émile’s «Café» Über', '## Ελληνικά και 日本語', '## Łódź 2026'))).toEqual([
      'émiles-café-über',
      'ελληνικά-και-日本語',
      'łódź-2026',
    ]);
  });

  it('reads links, HTML and entities as their rendered text; an image adds nothing', () => {
    expect(headingText('See [the rules](RULES.md#x) and <code>x_y</code> ![logo](a.png)')).toBe(
      'See the rules and x_y',
    );
    expect(headingSlugs(doc('## Q&amp;A &#8212; &lt;tags&gt;', '## Escaped \\_under\\_ \\*star\\*'))).toEqual(
      ['qa--tags', 'escaped-_under_-star'],
    );
  });

  it('ends an ATX heading before its closing hashes, and reads setext headings', () => {
    expect(
      headingSlugs(
        doc('## Closing ##', '## C#', 'Big title', '=========', '', 'Two lines', 'of title', '---'),
      ),
    ).toEqual(['closing', 'c', 'big-title', 'two-linesof-title']);
  });

  it('finds no heading in fenced code, in a list before ---, or without the space after #', () => {
    expect(
      headingSlugs(
        doc('```sh', '# a comment', '```', '~~~', '## not either', '~~~', '#hashtag', '- item', '---'),
      ),
    ).toEqual([]);
  });
});

describe('links in a document', () => {
  it('finds links and images, Markdown or HTML, with titles, angle brackets and parentheses, on the line they open', () => {
    const links = extractLinks(
      doc(
        'See [the note](docs/note.md#why "Why") and ![chart](img/chart.png).',
        'A [link over',
        'two lines](<my file.md>) and [parens](a_(b).md).',
        '[![badge](badge.svg)](status.md)',
        'Or <a class="x" href="page.md#part">a page</a> <img data-src="no.png" src="pic.png" alt="">',
      ),
    );
    expect(links).toEqual([
      { target: 'docs/note.md#why', line: 1 },
      { target: 'img/chart.png', line: 1 },
      { target: 'my file.md', line: 2 },
      { target: 'a_(b).md', line: 3 },
      { target: 'badge.svg', line: 4 },
      { target: 'status.md', line: 4 },
      { target: 'page.md#part', line: 5 },
      { target: 'pic.png', line: 5 },
    ]);
  });

  it('skips links in code spans, fenced code, HTML comments and after a backslash', () => {
    const links = extractLinks(
      doc(
        'Write `[text](path.md)` or ``[a](b.md)`` to link.',
        '```md',
        '[inside](fence.md)',
        '```',
        '<!-- [hidden](old.md) -->',
        '\\[not a link](x.md)',
        '[real](real.md)',
        'A lone ` backtick opens no code span past its paragraph.',
        '',
        '[after](after.md) and `code`',
      ),
    );
    expect(links).toEqual([
      { target: 'real.md', line: 7 },
      { target: 'after.md', line: 10 },
    ]);
  });

  it('checks reference definitions, and names a reference whose label nothing defines', () => {
    const links = extractLinks(
      doc(
        'Read [the guide][guide] and [the FAQ][faq][^1].',
        '',
        '[Guide]: docs/guide.md',
        '[^1]: A footnote.',
      ),
    );
    expect(links).toEqual([
      { target: '[faq]', line: 1 },
      { target: 'docs/guide.md', line: 3 },
    ]);
  });
});

describe('broken links in a repository', () => {
  const repo = (markdown: Record<string, string>, others: string[] = []): RepoFiles => ({
    markdown: new Map(Object.entries(markdown)),
    files: new Set([...Object.keys(markdown), ...others]),
  });

  it('passes links to files, directories, headings, repeated headings, HTML anchors and code lines', () => {
    const files = repo(
      {
        'README.md': doc(
          '# Readme',
          '## Setup',
          '[setup](#setup), [top](#top), [notes](docs/notes.md#notes-1), [anchor](docs/notes.md#pinned)',
          '[code](src/a.ts#L3-L9), [dir](src/), [root](/docs/notes.md), [spaces](docs/My%20File.md), [web](https://x.org/y.md#z)',
          '[mail](mailto:a@b.c)',
        ),
        'docs/notes.md': doc('## Notes', '## Notes', '<a id="pinned"></a>', '[back](../README.md#setup)'),
        'docs/My File.md': '# Mine',
      },
      ['src/a.ts'],
    );
    expect(findBrokenLinks(files)).toEqual([]);
  });

  it('names each broken link with its file, line, target and what is missing', () => {
    const files = repo(
      {
        'README.md': doc(
          '# Readme',
          '',
          'See [gone](docs/gone.md), [renamed](docs/notes.md#old-title) and [case](Docs/notes.md).',
          '[up](../outside.md) [dir anchor](src/#x) [code](src/a.ts#intro) [self](#nowhere) [ref][missing]',
        ),
        'docs/notes.md': doc('## New title', '[back](../README.md#readme-1)'),
      },
      ['src/a.ts'],
    );
    expect(findBrokenLinks(files).map(formatBrokenLink)).toEqual([
      'README.md:3: (docs/gone.md) no file docs/gone.md',
      'README.md:3: (docs/notes.md#old-title) no heading #old-title in docs/notes.md',
      'README.md:3: (Docs/notes.md) no file Docs/notes.md',
      'README.md:4: (../outside.md) points outside the repository',
      'README.md:4: (src/#x) #x on a directory',
      'README.md:4: (src/a.ts#intro) #intro on a file that is not Markdown',
      'README.md:4: (#nowhere) no heading #nowhere in README.md',
      'README.md:4: ([missing]) no definition for the reference [missing]',
      'docs/notes.md:2: (../README.md#readme-1) no heading #readme-1 in README.md',
    ]);
  });
});

describe("the repository's Markdown", () => {
  it('has no broken relative link or anchor', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    // Tracked files and new ones not yet added (a doc being written), never git-ignored ones: GitHub has no dist/.
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = new Set(listed.split('\0').filter((f) => f && existsSync(join(root, f))));
    const markdown = new Map(
      [...files]
        .filter((f) => f.endsWith('.md'))
        .map((f) => [f, readFileSync(join(root, f), 'utf8')] as const),
    );
    expect(markdown.has('README.md')).toBe(true);
    expect(findBrokenLinks({ files, markdown }).map(formatBrokenLink)).toEqual([]);
  });
});
