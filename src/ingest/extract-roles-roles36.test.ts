// Roles as the reader sees them in the sidebar and on person pages (session 35): no verb phrase, no fragment cut
// before its head or after a lower-case word of the title. Invented sentences and people.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';

const roles = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name)?.roles;

describe('a verb phrase is no role', () => {
  it('does not give an appositive "congratulated coach X de la Y" to the person before it', () => {
    const a = article('King receives champions', [
      'The king, accompanied by Queen Marta and Infanta Clara, congratulated coach Pedro de la Tovar, who handed him the trophy.',
    ]);
    expect(roles(a, 'Clara')).toEqual(['Infanta']);
    expect(roles(a, 'Pedro de la Tovar')).toEqual(['coach']);
  });

  it('reads a title head after "scheduled to", "were to" or "named to" as the verb', () => {
    const a = article('Leaders meet', [
      'Premier Wen Holm is scheduled to host Tomas Orvik and Ana Lind for lunch on Saturday.',
      'President Ola Brun and his wife were to host Jonas Quist at a state dinner on Thursday.',
      'Maria Soto was named to head Lars Vik’s campaign.',
    ]);
    expect(roles(a, 'Tomas Orvik')).toEqual([]);
    expect(roles(a, 'Jonas Quist')).toEqual([]);
    expect(roles(a, 'Lars Vik')).toEqual([]);
  });

  it('keeps a title after "to" that is a preposition', () => {
    const a = article('Cup final', ['The cup was handed to captain Jon Ekberg after the match.']);
    expect(roles(a, 'Jon Ekberg')).toEqual(['captain']);
  });
});

describe('a title keeps its field in "-ing"', () => {
  it('keeps a sport before a lower-case title: "figure skating legend", "figure skating champion"', () => {
    const a = article('Games open', [
      'They handed the torch to figure skating legend Mira Sand, who lit the cauldron.',
      'The medals went to figure skating champion Ola Dalmar and others.',
    ]);
    expect(roles(a, 'Mira Sand')).toEqual(['figure skating legend']);
    expect(roles(a, 'Ola Dalmar')).toEqual(['figure skating champion']);
  });

  it('keeps a trade or a body’s work: "tunnelling expert", "organising committee president"', () => {
    const a = article('Rescue goes on', [
      'International tunnelling expert Piet Ravani said the rescue would take days.',
      'The city thanked Oslo 2030 organising committee president Ana Albesa for her work.',
      'The club sacked former men’s team sporting director Kurt Sandqvist last week.',
    ]);
    expect(roles(a, 'Piet Ravani')).toEqual(['tunnelling expert']);
    expect(roles(a, 'Ana Albesa')).toEqual(['organising committee president']);
    expect(roles(a, 'Kurt Sandqvist')).toEqual(['team sporting director']);
  });

  it('still ends the title at a verb in "-ing": "kissing forward X"', () => {
    const a = article('Cup final', ['The striker was seen kissing forward Ines Ferrand after the goal.']);
    expect(roles(a, 'Ines Ferrand')).toEqual(['forward']);
  });
});

describe('a body’s name goes on past a participle of its work', () => {
  it('keeps "organizing committee" after the games’ name: not "president of the Oslo"', () => {
    const a = article('Games open', [
      '"It is a moment," said Jon Brek, president of the Oslo organizing committee.',
      'Ana Lind, head of the Bergen 2030 organising committee, opened the show.',
      'Piet Ravani, chairman of the Nordic Ski governing body, spoke after her.',
    ]);
    expect(roles(a, 'Jon Brek')).toEqual(['president of the Oslo organizing committee']);
    expect(roles(a, 'Ana Lind')).toEqual(['head of the Bergen 2030 organising committee']);
    expect(roles(a, 'Piet Ravani')).toEqual(['chairman of the Nordic Ski governing body']);
  });
});

describe('two titles before one name', () => {
  it('splits "founder King X" into the lower-case title and the capitalised one', () => {
    const a = article('Pilgrims at the tomb', [
      'Pilgrims visited the tomb of the kingdom’s founder King Harald Orvik on Friday.',
      'The deputy minister Ana Lind and vice President Piet Ravani arrived later.',
    ]);
    expect(roles(a, 'Harald Orvik')).toEqual(['founder', 'King']);
    expect(roles(a, 'Ana Lind')).toEqual(['deputy minister']);
    expect(roles(a, 'Piet Ravani')).toEqual(['vice President']);
  });
});

describe('a word of when before a role', () => {
  it('drops "previously" as it drops "then" and "now"', () => {
    const a = article('Envoy named', [
      'Tomas Orvik, previously ambassador to the United Nations, will lead the team.',
    ]);
    expect(roles(a, 'Tomas Orvik')).toEqual(['ambassador to the United Nations']);
  });
});
