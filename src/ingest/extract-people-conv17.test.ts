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
