// The headline and lede expressions run only on texts that hold one of their words (a cheap substring test first).
// Every match of each expression in every annotated article must hold one of its words; otherwise the gate would
// silently drop it. A word list left behind when an alternative is added fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATED_EXPRESSIONS } from './participants.ts';

const fixtures = join(__dirname, '..', '..', '..', 'tests', 'fixtures');
const texts = ['corpus', 'heldout'].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(fixtures, dir, f), 'utf8')),
);

describe('gated headline and lede expressions', () => {
  it('reads the annotated articles', () => {
    expect(texts.length).toBeGreaterThan(400);
  });

  it.each(Object.entries(GATED_EXPRESSIONS).map(([name, [re, words]]) => [name, re, words] as const))(
    '%s matches only text holding one of its words',
    (_name, re, words) => {
      const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      const unguarded: string[] = [];
      let matches = 0;
      for (const text of texts)
        for (const m of text.matchAll(all)) {
          matches++;
          const lower = m[0].toLowerCase();
          if (!words.some((w) => lower.includes(w))) unguarded.push(m[0]);
        }
      expect(unguarded).toEqual([]);
      expect(matches).toBeGreaterThan(0);
    },
  );
});
