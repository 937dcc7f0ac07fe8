// Participants of session 20 (the misses of round 29 and older): who took part in the reported event rather than
// reacting to it, on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from './parse-article.ts';
import { extractTest as run, testArticle as article } from './test-article.ts';

const taking = (a: ParsedArticle) => Object.fromEntries(run(a).people.map((p) => [p.name, p.participant]));

describe('participants: decisions', () => {
  it("counts a rate committee's voters, not a minister who comments, under a lede opened by a phrase", () => {
    const a = article(
      'Central bank cuts key rate to 9.5%',
      [
        "In a divided vote, the Central Bank's Monetary Policy Committee on Wednesday cut the key rate by 0.5 point.",
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
        'Sporting director Lukas Amsel is to take charge of the team on an interim basis, starting with the friendly in Leipzig, supported by under-21 coach Tobias Rainer.',
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

describe('participants: acts', () => {
  it('does not count a space centre head who comments on a spacewalk', () => {
    const a = article(
      'Bakari becomes first African astronaut to complete spacewalk',
      [
        'Kenyan astronaut Amani Bakari on Friday became the first African to carry out a spacewalk, with NASA astronaut Tom Reilly.',
        'Joseph Mwangi, Director-General of the national space agency, said the spacewalk crowned years of training.',
      ],
      { source: 'KNA', dateline: { place: 'NAIROBI', date: 'April 29' } },
    );
    expect(taking(a)).toEqual({ 'Amani Bakari': true, 'Tom Reilly': true, 'Joseph Mwangi': false });
  });
});

describe('participants: other times', () => {
  it('does not count one who met someone "at the time" another story is about', () => {
    const a = article(
      'Court sentences former minister to 10 years for leaking secrets',
      [
        'A special court on Tuesday sentenced former minister Rafiq Haidar to 10 years in prison for leaking a cable.',
        'The State Department has also denied that Assistant Secretary Mark Ellison, who met the ambassador at the time, had threatened the country.',
      ],
      { source: 'AP', dateline: { place: 'ISLAMABAD', date: null } },
    );
    expect(taking(a)).toEqual({ 'Rafiq Haidar': true, 'Mark Ellison': false });
  });

  it('does not count a foreign leader who "said earlier" what he would do, under a vote', () => {
    const a = article('Parliament approves membership bid', [
      'The parliament on Tuesday approved the bid to join the alliance by 287 votes to 55.',
      'Speaker Orhan Demir said the vote was historic.',
      'Slovak Prime Minister Laszlo Kertesz said earlier on Tuesday that he had invited the applicant to talks.',
    ]);
    expect(taking(a)).toEqual({ 'Orhan Demir': true, 'Laszlo Kertesz': false });
  });
});

describe('participants: people the words are about', () => {
  it('does not count someone named after "in an apparent reference to" words at a rally', () => {
    const a = article(
      'Sharma launches poll campaign from Agra',
      [
        'Prime Minister Rakesh Sharma on Sunday kicked off the party campaign with a rally in Agra.',
        '"Some people have lost their balance," Sharma told the gathering, in an apparent reference to the protests against the arrest of Chief Minister Vinod Kalra.',
      ],
      { source: 'PTI', dateline: { place: 'Agra', date: 'Mar 31' } },
    );
    expect(taking(a)).toEqual({ 'Rakesh Sharma': true, 'Vinod Kalra': false });
  });

  it('does not count a memoir\'s subject, in the headline or after "describing" in the lede', () => {
    const a = article(
      'Former chancellor presents memoir, recalls struggle with Bergmann',
      [
        'Former chancellor Ilse Vogt presented her memoir in Vienna on Tuesday, defending her record and describing her dealings with President Karl Bergmann as a struggle.',
        'Vogt discussed the book with journalist Eva Lind in front of around 500 guests.',
      ],
      { source: 'APA', dateline: { place: 'Vienna', date: null } },
    );
    expect(taking(a)).toEqual({ 'Ilse Vogt': true, 'Karl Bergmann': false, 'Eva Lind': true });
  });

  it('does not count the one honoured whose age is set off before "died"', () => {
    const a = article('Parliament awards freedom prize', [
      'The parliament on Tuesday awarded its freedom prize to Leyla Karimi, the young woman whose death sparked protests, at a ceremony in Strasbourg.',
      'President Anna Holm presented the award in the chamber.',
      'Karimi, 22, died on Sept. 16 last year, three days after her arrest.',
    ]);
    expect(taking(a)).toEqual({ 'Leyla Karimi': false, 'Anna Holm': true });
  });
});

describe('participants: elections and votes', () => {
  it('counts a party leader who sat in the front row and applauded as the result was read out', () => {
    const a = article('Weber re-elected state premier', [
      'Anton Weber has been re-elected premier of the state by its parliament.',
      'In a secret ballot on Tuesday, Weber received 120 of the 199 valid votes cast.',
      'Partner leader Josef Brandl, who is expected to remain deputy premier, sat in the front row of his party benches and applauded as the count was announced.',
    ]);
    expect(taking(a)).toEqual({ 'Anton Weber': true, 'Josef Brandl': true });
  });

  it("counts a winner's and a loser's running mates, whenever the sentence is set", () => {
    const a = article(
      'Paulo Serra is re-elected mayor of the city',
      [
        'Mayor Paulo Serra was re-elected on Sunday with 59% of the valid votes, against 41% for federal deputy Rui Lemos.',
        'He is sworn in for a second term on January 1 with his running mate, retired Colonel Decio Prado.',
        'Lemos conceded defeat in a speech to supporters. His running mate was former mayor Vera Antunes.',
      ],
      { source: 'Agência Brasil', dateline: null, date: '2024-10-27' },
    );
    expect(taking(a)).toMatchObject({ 'Decio Prado': true, 'Vera Antunes': true });
  });

  it('counts a candidate who "finished fourth", not one placed in a first round the sentence before dates', () => {
    const a = article(
      'Tanaka wins third term as city governor',
      [
        'Governor Emi Tanaka won a third four-year term on Sunday in a gubernatorial race that drew 56 candidates.',
        'Kenji Mori, a former chief of staff of the air force, finished fourth.',
      ],
      { source: 'Kyodo', dateline: { place: 'TOKYO', date: 'July 7' }, date: '2024-07-08' },
    );
    expect(taking(a)).toEqual({ 'Emi Tanaka': true, 'Kenji Mori': true });
    const runoff = article(
      'Rahimi wins presidential runoff',
      [
        'Reza Rahimi has won the runoff of the presidential election with 16 million votes, the ministry announced on Saturday.',
        'In the first round on May 9, no candidate won a majority. Parliament Speaker Ali Naderi came third.',
      ],
      { source: 'IRNA', dateline: { place: 'Tehran', date: null }, date: '2024-07-06' },
    );
    expect(taking(runoff)).toEqual({ 'Reza Rahimi': true, 'Ali Naderi': false });
  });
});

describe('participants: the dead and other threads', () => {
  it('does not count the one whose hanging a minister ordered years before', () => {
    const a = article('Former justice minister becomes foreign minister', [
      'Hana Sato, appointed foreign minister on Wednesday, is best known for approving the 2018 executions of seven members of a cult, including its founder Kenzo Arai.',
      'In mid-2018 she signed the orders for the hangings of Arai and six of his followers.',
    ]);
    expect(taking(a)).toEqual({ 'Hana Sato': true, 'Kenzo Arai': false });
  });

  it('does not count a speaker whose sentence goes on from one set at another time by its opening phrase', () => {
    const a = article('Leaders of three countries agree to hold summit regularly', [
      'President Kim Do-hyun hosted the leaders of the two neighbours in Seoul on Monday for their first three-way summit in years.',
      'Hours before the summit, the North notified the neighbours of its plan to launch a satellite. Lee Min-ho, first deputy director of national security, said Seoul was watching closely.',
      'Foreign Minister Park Jae-won said the summit was a new start.',
    ]);
    expect(taking(a)).toEqual({ 'Kim Do-hyun': true, 'Lee Min-ho': false, 'Park Jae-won': true });
  });
});

describe('participants: spokespeople', () => {
  it('does not count a press secretary whose closing attribution reports a call', () => {
    const a = article(
      'Orazov congratulates Petrov on his birthday in phone call',
      [
        "President Serik Orazov held a telephone conversation with President Ivan Petrov on Saturday, the presidency's press secretary Daniyar Sadykov said.",
      ],
      { source: 'Kazinform', dateline: { place: 'ASTANA', date: null } },
    );
    expect(taking(a)).toEqual({ 'Serik Orazov': true, 'Ivan Petrov': true, 'Daniyar Sadykov': false });
  });
});
