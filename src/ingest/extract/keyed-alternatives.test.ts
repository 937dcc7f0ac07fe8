import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyedAlternatives } from './keyed-alternatives.ts';
import { CUE } from './participants.ts';

const heldoutDir = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'heldout');

describe('keyedAlternatives', () => {
  it('runs an alternative only behind a word it needs, and answers as the whole expression', () => {
    const met = keyedAlternatives(
      /\b(?:held (?:talks|a call)|met(?: with)?|defeat(?:ed|s)|(?:sat|stood) (?:[\w-]+ ){0,2}beside)\b/i,
    );
    expect(met.plan?.unkeyed).toEqual([]);
    expect(met.plan?.keyed.map((group) => group.words)).toEqual([
      ['held'],
      ['met'],
      ['defeated', 'defeats'],
      ['beside'],
    ]);
    expect(met('The envoys HELD TALKS in Vessia.')).toBe(true);
    expect(met('Ama Korvel met the delegates on Friday.')).toBe(true);
    expect(met('The motion was defeated.')).toBe(true);
    expect(met('Tomas Verrin stood quietly beside the minister.')).toBe(true);
    // The words are there, the phrases are not.
    expect(met('They held firm; the metals were defeating.')).toBe(false);
    expect(met('Nobody metabolised the talks.')).toBe(false);
  });

  it('reads words as `\\w` does without the `u` flag: letters that lower-case to ASCII do not make a word', () => {
    const held = keyedAlternatives(/\b(?:held talks|kept)\b/i);
    // The Kelvin sign lower-cases to "k", but is no word character: "held" still stands alone, "kept" does not.
    expect(held('\u212Aheld talks')).toBe(true);
    expect(held('\u212Aept')).toBe(/\b(?:held talks|kept)\b/i.test('\u212Aept'));
    expect(held('“Held talks,” he said.')).toBe(true);
  });

  it('runs an alternative with no word it needs on every text, and keeps other shapes whole', () => {
    const open = keyedAlternatives(/\b(?:[A-Z]\w+-\w+|greeted)\b/);
    expect(open.plan?.unkeyed).toEqual(['[A-Z]\\w+-\\w+']);
    expect(open.plan?.keyed).toEqual([{ words: ['greeted'], alternatives: ['greeted'] }]);
    expect(open('Envoy Brannoc-Tessaly left.')).toBe(true);
    expect(open('envoy brannoc-tessaly left.')).toBe(false);
    expect(open('She greeted them.')).toBe(true);
    expect(keyedAlternatives(/\b(met|greeted)\b/i).plan).toBeNull();
    expect(keyedAlternatives(/\b(?:met|greeted)\b/gi).plan).toBeNull();
    expect(keyedAlternatives(/\b(?:met|greeted)\b/iu).plan).toBeNull();
    expect(keyedAlternatives(/\b(?:\x6det|greeted)\b/i).plan).toBeNull();
    expect(keyedAlternatives(/\b(?:\x6det|greeted)\b/i)('They MET.')).toBe(true);
  });

  it("answers as participants.ts's CUE for every sentence and clause of the held-out articles", () => {
    const cue = keyedAlternatives(CUE);
    expect(cue.plan?.keyed.length).toBeGreaterThan(100);
    const texts: string[] = [];
    for (const file of readdirSync(heldoutDir).filter((f) => f.endsWith('.txt'))) {
      for (const sentence of readFileSync(join(heldoutDir, file), 'utf8').split(/(?<=[.!?”"])\s+|\n+/)) {
        texts.push(sentence, ...sentence.split(/, /));
      }
    }
    expect(texts.length).toBeGreaterThan(10_000);
    const differ = texts.filter((t) => cue(t) !== CUE.test(t));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => CUE.test(t)).length).toBeGreaterThan(1000);
  });

  it("answers as CUE for random sentences of CUE's own words", () => {
    const cue = keyedAlternatives(CUE);
    const words = [...new Set(CUE.source.match(/[A-Za-z]{2,}/g))];
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)),
      fc.constantFrom('Ama', 'Korvel', 'Vessian', '12', '1,200', 'co', 're', 'K\u212Aing', '\u0130n', 'x'),
    );
    const glue = fc.constantFrom(' ', ' ', ' ', ', ', '-', '’', "'", '. ', '; ', ' “', '” ', '\u212A', '_');
    const sentence = fc
      .array(fc.tuple(word, glue), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(sentence, (s) => cue(s) === CUE.test(s)),
      { numRuns: 3000 },
    );
  });
});
