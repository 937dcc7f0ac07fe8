import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseKnowledge } from './knowledge.ts';

describe('parseKnowledge', () => {
  it('reads known people and names that are never people', () => {
    const { knowledge, warnings } = parseKnowledge(
      JSON.stringify({
        people: [
          { name: 'Luiz Inacio Lula da Silva', aliases: ['Lula'], roles: ['President'], country: 'Brazil' },
        ],
        notPeople: ['Belt and Road'],
      }),
      'people.json',
    );
    expect(warnings).toEqual([]);
    expect(knowledge).toEqual({
      people: [
        { name: 'Luiz Inacio Lula da Silva', aliases: ['Lula'], roles: ['President'], country: 'Brazil' },
      ],
      notPeople: ['Belt and Road'],
    });
  });

  it('reports a JSON syntax error with its line and applies nothing', () => {
    const text = '{\n  "people": [\n    {"name": "A B"},\n    {"name": "C D",}\n  ]\n}\n';
    const { knowledge, warnings } = parseKnowledge(text, 'people.json');
    expect(knowledge).toEqual({ people: [], notPeople: [] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'people.json', line: 4 });
    expect(warnings[0]!.message).toMatch(/invalid JSON/);
  });

  it('reports a truncated file at its last line', () => {
    const { warnings } = parseKnowledge('{\n  "people": [\n', 'people.json');
    expect(warnings[0]).toMatchObject({ line: 3 });
  });

  it('keeps the valid entries and points at the line of each bad one', () => {
    const text = [
      '{',
      '  "people": [',
      '    {"name": "Wang Yi", "country": "China"},',
      '    {"aliases": ["Nobody"]},',
      '    {"name": "Takeo Akiba", "roles": "secretary general"},',
      '    "Shigeru Ishiba"',
      '  ],',
      '  "notPeople": ["Belt and Road", 42],',
      '  "extra": true',
      '}',
    ].join('\n');
    const { knowledge, warnings } = parseKnowledge(text, 'seeds/people.json');
    expect(knowledge.people.map((p) => p.name)).toEqual(['Wang Yi', 'Takeo Akiba']);
    expect(knowledge.notPeople).toEqual(['Belt and Road']);
    expect(warnings.map((w) => [w.line, w.file])).toEqual([
      [9, 'seeds/people.json'],
      [4, 'seeds/people.json'],
      [5, 'seeds/people.json'],
      [6, 'seeds/people.json'],
      [8, 'seeds/people.json'],
    ]);
    expect(warnings[1]!.message).toMatch(/people\[1\] has no "name"/);
    expect(warnings[2]!.message).toMatch(/"roles" must be an array/);
  });

  it('warns about an empty file or a non-object', () => {
    expect(parseKnowledge('  \n', 'people.json').warnings[0]!.message).toMatch(/empty/);
    expect(parseKnowledge('[1, 2]', 'people.json').warnings[0]!.message).toMatch(/must hold an object/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ people: [v] })),
        ),
        (text) => {
          const result = parseKnowledge(text, 'people.json');
          expect(Array.isArray(result.knowledge.people)).toBe(true);
          for (const w of result.warnings) expect(w.line).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
