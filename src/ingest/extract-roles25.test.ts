// Roles written exactly as the text gives them (session 25), on invented sentences: person pages show the longest
// written form of an office, so a role cut inside a name, without its period or with another title glued on is what
// a reader sees.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle as article } from './test-article.ts';

const rolesOf = (paragraphs: string[], name: string) =>
  extractEntities(article('Leaders meet', paragraphs), emptyKnowledge).people.find((p) => p.name === name)
    ?.roles;

describe("a possessive inside a state's or a body's name", () => {
  it('keeps "People\'s" at the start of a state\'s long name and its bracketed initials', () => {
    const roles = rolesOf(
      [
        "OSLO, May 9 (Xinhua) -- Secretary of State Ola Brekke talked today with People's Republic of China (PRC) Foreign Minister Tan Weiming.",
      ],
      'Tan Weiming',
    );
    expect(roles).toEqual(["People's Republic of China (PRC) Foreign Minister"]);
  });

  it('keeps "People\'s" at the start of a bank\'s name before its governor', () => {
    const roles = rolesOf(
      ["OSLO, May 9 (Xinhua) -- People's Bank of China Governor Lan Fen spoke on Monday."],
      'Lan Fen',
    );
    expect(roles).toEqual(["People's Bank of China Governor"]);
  });

  it("still leaves a country's possessive apart from a title after it", () => {
    const roles = rolesOf(
      ["OSLO, May 9 (Xinhua) -- Norway's Prime Minister Lan Fen spoke on Monday."],
      'Lan Fen',
    );
    expect(roles).toEqual(["Norway's Prime Minister"]);
  });
});

describe('abbreviated titles', () => {
  it('keep their period: "Gen.", "Rep.", "North Carolina Gov.", "Lt. Gen."', () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- Army chief Gen. Ola Brekke and Rep. Anna Berg met North Carolina Gov. Kari Dahl and Lt. Gen. Nils Berg on Monday.',
    ];
    expect(rolesOf(paragraphs, 'Ola Brekke')).toEqual(['Army chief', 'Gen.']);
    expect(rolesOf(paragraphs, 'Anna Berg')).toEqual(['Rep.']);
    expect(rolesOf(paragraphs, 'Kari Dahl')).toEqual(['North Carolina Gov.']);
    expect(rolesOf(paragraphs, 'Nils Berg')).toEqual(['Lt. Gen.']);
  });

  it('keep their period when a plural gives each its title: "Reps. A and B" are each "Rep."', () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- Rep. Tor Lund led the delegation. Reps. Kari Dahl, Anna Berg and Tor Lund also made the trip.',
    ];
    expect(rolesOf(paragraphs, 'Tor Lund')).toEqual(['Rep.']);
    expect(rolesOf(paragraphs, 'Kari Dahl')).toEqual(['Rep.']);
  });

  it("in a list are the next person's title, not the role of the one before", () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- The delegation included Rep. Tor Lund, chairman of the House Fjord Committee, Rep. Kari Dahl, chairman of the House Sea Committee, and Rep. Anna Berg.',
      'They met Gov. Per Lindqvist, North Carolina Gov. Ola Brekke and others.',
    ];
    expect(rolesOf(paragraphs, 'Tor Lund')).toEqual(['Rep.', 'chairman of the House Fjord Committee']);
    expect(rolesOf(paragraphs, 'Kari Dahl')).toEqual(['Rep.', 'chairman of the House Sea Committee']);
    expect(rolesOf(paragraphs, 'Per Lindqvist')).toEqual(['Gov.']);
  });

  it('after a lower-case title are the rank the person is addressed by, a role of its own', () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- JCS spokesperson Col. Ola Brekke and army spokesman Lt. Col. Nils Berg spoke on Monday.',
    ];
    expect(rolesOf(paragraphs, 'Ola Brekke')).toEqual(['JCS spokesperson', 'Col.']);
    expect(rolesOf(paragraphs, 'Nils Berg')).toEqual(['army spokesman', 'Lt. Col.']);
  });

  it('leave "former state Gov." whole (no office before the abbreviation)', () => {
    const roles = rolesOf(
      ['OSLO, May 9 (Xinhua) -- Former state Gov. Kari Dahl spoke on Monday.'],
      'Kari Dahl',
    );
    expect(roles).toEqual(['Former state Gov.']);
  });
});

describe("a body's name in an appositive", () => {
  it('ends on its noun, not before a word that could be a verb', () => {
    const paragraphs = [
      "OSLO, May 9 (Xinhua) -- Tormod Lindqvist, the commander of Norway's presidential guard, spoke on Monday.",
      'Kari Dahl, chief executive of the Fjord Capital hedge fund, testified against him.',
    ];
    expect(rolesOf(paragraphs, 'Tormod Lindqvist')).toEqual(["commander of Norway's presidential guard"]);
    expect(rolesOf(paragraphs, 'Kari Dahl')).toEqual(['chief executive of the Fjord Capital hedge fund']);
  });

  it('still ends before a verb that opens a clause', () => {
    const roles = rolesOf(
      [
        'OSLO, May 9 (Xinhua) -- Tormod Lindqvist, the chief of the army units guard the border, spoke on Monday.',
      ],
      'Tormod Lindqvist',
    );
    expect(roles).toEqual(['chief of the army units']);
  });
});

describe('the words around a title', () => {
  it('drop the owner\'s pronoun: "as its leader" gives "leader"', () => {
    const roles = rolesOf(
      [
        'OSLO, May 9 (Xinhua) -- The Fjord Party elected former Prime Minister Tormod Lindqvist as its leader.',
      ],
      'Tormod Lindqvist',
    );
    expect(roles).toEqual(['former Prime Minister', 'leader']);
  });

  it('keep "Former" that opens the lede or a sentence', () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- Former Norwegian prime minister Tormod Lindqvist said the deal would fail.',
      'The talks will go on. Former Swedish finance minister Kari Dahl agreed.',
    ];
    expect(rolesOf(paragraphs, 'Tormod Lindqvist')).toEqual(['Former Norwegian prime minister']);
    expect(rolesOf(paragraphs, 'Kari Dahl')).toEqual(['Former Swedish finance minister']);
  });

  it('end before a span of time: "a day earlier", "for a decade"', () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- Tormod Lindqvist, who became Leader of Opposition a day earlier, told reporters the talks failed.',
      "Kari Dahl, who served as Norway's ambassador to Sweden for a decade until 2019, met officials.",
    ];
    expect(rolesOf(paragraphs, 'Tormod Lindqvist')).toEqual(['Leader of Opposition']);
    expect(rolesOf(paragraphs, 'Kari Dahl')).toEqual(["Norway's ambassador to Sweden"]);
  });
});
