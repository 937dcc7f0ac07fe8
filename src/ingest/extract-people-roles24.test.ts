// Roles an analyst would call wrong (session 24), on invented sentences: the sidebar and person pages show every
// role a person is given, so a fragment, a tie to someone else or another person's title must not be one.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import { testArticle as article } from './test-article.ts';

const rolesOf = (paragraphs: string[], name: string) =>
  extractEntities(article('Leaders meet', paragraphs), emptyKnowledge).people.find((p) => p.name === name)
    ?.roles;

describe('compound titles stay whole', () => {
  it('gives "running mate", not "mate"', () => {
    const roles = rolesOf(
      ['OSLO, May 9 (Xinhua) -- Former minister and 2022 running mate Walter Lindqvist spoke on Monday.'],
      'Walter Lindqvist',
    );
    expect(roles).toContain('running mate');
    expect(roles).not.toContain('mate');
  });

  it('gives "First lady" at a sentence\'s start, not "lady"', () => {
    const roles = rolesOf(
      [
        'OSLO, May 9 (Xinhua) -- President Ola Brekke opened the forum.',
        'First lady Anna Berg visited a school.',
      ],
      'Anna Berg',
    );
    expect(roles).toEqual(['First lady']);
  });
});

describe('ties to another person are not roles', () => {
  it('drops "his former girlfriend" and keeps the post joined to it', () => {
    const roles = rolesOf(
      [
        'OSLO, May 9 (Xinhua) -- Carl Olsen, his former girlfriend and chief executive of Delta Capital, testified against him.',
      ],
      'Carl Olsen',
    );
    expect(roles).toEqual(['chief executive of Delta Capital']);
  });

  it('gives no role for "his late colleague" or "her political mentor"', () => {
    const paragraphs = [
      'OSLO, May 9 (Xinhua) -- Jens Holm shared the prize, having developed the theory with his late colleague Per Aas.',
      'Kari Nygaard thanked outgoing Prime Minister Lars Moe, her political mentor, on Monday.',
    ];
    expect(rolesOf(paragraphs, 'Per Aas')).toEqual([]);
    expect(rolesOf(paragraphs, 'Lars Moe')).toEqual(['outgoing Prime Minister']);
  });

  it('gives a spouse no title of the leader named with them ("the leader and his spouse, X")', () => {
    const roles = rolesOf(
      [
        'OSLO, May 9 (Xinhua) -- After the talks, President Ola Brekke chaired a welcome ceremony for the Danish leader and his spouse, Madam Anna Holm, at the palace.',
      ],
      'Anna Holm',
    );
    expect(roles).toEqual([]);
  });
});

describe("another person's title", () => {
  it('does not give the listed person before it "Ambassador to Norway Erik Lund"', () => {
    const paragraphs = [
      "OSLO, May 9 (Xinhua) -- Also present were Lars Dahl, Norway's Minister for Foreign Affairs, Swedish Ambassador to Norway Erik Lund, and Sigrid Vik.",
    ];
    expect(rolesOf(paragraphs, 'Lars Dahl')).toEqual(["Norway's Minister for Foreign Affairs"]);
    expect(rolesOf(paragraphs, 'Erik Lund')).toEqual(['Swedish Ambassador to Norway']);
  });
});
