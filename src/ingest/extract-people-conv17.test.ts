// Participants and countries of the seventeenth session's conventions (the country of people outside government;
// statements, verdicts and acts), on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const person = (a: ParsedArticle, name: string) => run(a).people.find((p) => p.name === name);

describe('a verdict or a sentence: the hearing is the event', () => {
  const sentencing = article(
    'Former governor Tomas Brandt jailed: court sentences him to eight years for bribery',
    [
      'VALDORA, May 3 (Reuters) - A regional court on Friday sentenced former governor Tomas Brandt to eight years in prison for taking bribes.',
      'Judge Elena Sorvino read the verdict in a packed courtroom.',
      '"We will appeal," party chairman Viktor Hale told reporters, calling the trial a farce.',
      'Brandt’s adviser Marta Keel said the defence had not been allowed to call witnesses.',
      'Prosecutor Ivo Dunn, who led the case, told reporters the court had weighed every piece of evidence.',
      'His lawyer, Rosa Pell, had asked for a suspended sentence.',
    ],
  );
  it('keeps the judge, the prosecutor and the lawyer who speak in the case', () => {
    expect(person(sentencing, 'Tomas Brandt')?.participant).toBe(true);
    expect(person(sentencing, 'Elena Sorvino')?.participant).toBe(true);
    expect(person(sentencing, 'Ivo Dunn')?.participant).toBe(true);
    expect(person(sentencing, 'Rosa Pell')?.participant).toBe(true);
  });
  it('leaves out a party chairman and an adviser who comment on it', () => {
    expect(person(sentencing, 'Viktor Hale')?.participant).toBe(false);
    expect(person(sentencing, 'Marta Keel')?.participant).toBe(false);
  });
});

describe('a statement or an act, and those who comment on it from elsewhere', () => {
  it('reads a budget "tabled" as one minister’s act: those present take part, who comments later does not', () => {
    const a = article('Budget 2026: record spending on schools - PM Varga', [
      'LUMEN CITY, Oct 10 (Bernama) -- Prime Minister Ilse Varga today tabled a record budget for 2026.',
      'Present in the House were Deputy Prime Minister Otto Brenn and Finance Minister Kai Selm.',
      'Opposition Leader Nora Quist later told reporters that the opposition would oppose the fuel measures.',
    ]);
    expect(person(a, 'Otto Brenn')?.participant).toBe(true);
    expect(person(a, 'Nora Quist')?.participant).toBe(false);
  });

  it('does not read "who took part in the lunar program" as taking part in the event', () => {
    const a = article('Probe crashed after engine fault - agency chief', [
      'ZORIN, Aug. 2 /TASS/. The probe crashed because its engine ran too long, agency chief Pavel Orlov said on Monday.',
      'Physicist Anton Belyi, 88, who took part in the national lunar program, was taken to hospital after the news.',
    ]);
    expect(person(a, 'Anton Belyi')?.participant).toBe(false);
  });

  it('leaves out the head of another body whose act the sentence before dates to another day', () => {
    const a = article('Central bank cuts key rate', [
      'ARDA, Mar 21 (EFE).- The Central Bank of Arda on Thursday cut its key rate to 9 percent.',
      'Governor Lina Moro said inflation had eased enough to allow the cut.',
      'The decision came a day after the Northern Reserve Board kept its rates on hold.',
      'Northern Reserve Board Chair Peter Lund said the board still expected to cut this year.',
    ]);
    expect(person(a, 'Lina Moro')?.participant).toBe(true);
    expect(person(a, 'Peter Lund')?.participant).toBe(false);
  });
});
