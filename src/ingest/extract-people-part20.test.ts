// Participants of session 20 (the misses of round 29 and older): who took part in the reported event rather than
// reacting to it, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractEntities } from './extract-people.ts';
import type { ParsedArticle } from './parse-article.ts';
import { testArticle as article } from './test-article.ts';

const run = (a: ParsedArticle) => extractEntities(a, emptyKnowledge);
const taking = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('participants: decisions', () => {
  it("counts a rate committee's voters, not a minister who comments, under a lede opened by a phrase", () => {
    const a = article(
      'Central bank cuts key rate to 9.5%',
      [
        "In a split decision, the Central Bank's Monetary Policy Committee on Wednesday cut the key rate by 0.5 point.",
        'The decision was taken by four votes to three.',
        'Central Bank Governor Helio Barreto cast the deciding vote, joining the directors Lucas Amaral and Irene Quintela.',
        'Finance Minister Paulo Rezende said the cut was good news.',
      ],
      { source: 'Agência Brasil', dateline: null },
    );
    expect(taking(a)).toEqual({
      'Helio Barreto': true,
      'Lucas Amaral': true,
      'Irene Quintela': true,
      'Paulo Rezende': false,
    });
  });
});

describe('participants: dismissals', () => {
  it('counts the staff who go and the interim coaches, not a player quoted after the match', () => {
    const a = article(
      'Federation sacks national coach Brenner after 3-0 defeat by Chile',
      [
        'The football federation on Monday sacked national coach Karl Brenner, a day after a 3-0 home defeat by Chile.',
        'His assistants Otto Kessler and Jonas Wirth also have to go, the federation said.',
        'Sporting director Lukas Amsel will take charge of the team on an interim basis for the friendly in Leipzig, supported by under-21 coach Tobias Rainer.',
        'Federation President Georg Falk said the decision had been difficult.',
        'Captain Felix Hartung said after the game: "It cannot go on like this."',
      ],
      { source: 'dpa', dateline: { place: 'Frankfurt', date: null } },
    );
    expect(taking(a)).toEqual({
      'Karl Brenner': true,
      'Otto Kessler': true,
      'Jonas Wirth': true,
      'Lukas Amsel': true,
      'Tobias Rainer': true,
      'Georg Falk': true,
      'Felix Hartung': false,
    });
  });
});

describe('participants: releases', () => {
  it('does not count the officials who announce a release of abducted pupils or say what comes next', () => {
    const a = article(
      'Abducted school pupils regain freedom',
      [
        'The 90 pupils of a primary school abducted this month have regained their freedom.',
        'Gov. Musa Danladi of the state announced the release in a statement on Sunday.',
        'The army spokesman, Brig.-Gen. Tanko Yakubu, said the rescued pupils would be handed over to the state government.',
      ],
      { source: 'NAN', dateline: { place: 'Kaduna', date: 'March 24' } },
    );
    expect(taking(a)).toEqual({ 'Musa Danladi': false, 'Tanko Yakubu': false });
  });
});

describe('participants: words reported', () => {
  it('finds no act of a speaker in a cue inside the words they report', () => {
    const a = article('Ramos sworn in as city mayor', [
      'Elena Ramos was sworn in on Saturday as mayor of the city.',
      "Ramos's security chief, Hugo Lazo, said the police would coordinate with the security ministry headed by Omar Pineda.",
    ]);
    expect(taking(a)).toEqual({ 'Elena Ramos': true, 'Hugo Lazo': false, 'Omar Pineda': false });
  });
});
