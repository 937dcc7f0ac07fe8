// Held-out leftovers of session 28 on invented sentences: none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest,
  orgsAndPlacesUnder,
  participantNames,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

describe('one who stands in for a leader who stayed away', () => {
  const summit = 'Marenza opens Andean summit with call for unity';
  const opening =
    'President Tomas Ferrand opened the 9th Summit of the Andean Union in Lima on Tuesday, calling on leaders to act together.';

  it('takes part when the leader called off the trip the night before', () => {
    const a = article(summit, [
      opening,
      'Venezuelan President Mateo Larrain called off his trip on Monday night, citing security threats, and Venezuela was represented by Foreign Minister Ivan Solano.',
    ]);
    expect(participantNames(a)).toEqual(['Tomas Ferrand', 'Ivan Solano']);
  });

  it('does not when the sentence is about an earlier summit', () => {
    const a = article(summit, [
      opening,
      "At last year's summit, which President Ana Ruiz skipped, Peru was represented by Foreign Minister Luis Dalla.",
    ]);
    expect(participantNames(a)).toEqual(['Tomas Ferrand']);
  });
});

describe("the Speaker who announces a parliament's vote", () => {
  it('presides over it when the lede dates it by an earlier general election', () => {
    const a = article('Tomas Ferrand elected Norlandic prime minister for second time', [
      'Centre party leader Tomas Ferrand was elected prime minister for a second time on Thursday, winning 91 votes to 78 in the Storting, ten weeks after a general election.',
      'The vote was delayed on Wednesday when a dispute over speaking time forced Speaker Ane Solberg to suspend the sitting. Solberg announced the result on Thursday afternoon.',
    ]);
    expect(participantNames(a)).toEqual(['Tomas Ferrand', 'Ane Solberg']);
  });
});

describe('talks "on the sidelines"', () => {
  const paragraphs = [
    'Vice Premier Tomas Ferrand on Tuesday urged the international community to uphold multilateralism as he addressed the World Economic Forum Annual Meeting in Davos.',
    'On the sidelines, Ferrand met with Swiss President Anna Weber and forum founder Karl Brandt.',
  ];

  it('are no part of the speech a headline reports', () => {
    const a = article('Vice premier calls for openness at Davos', paragraphs);
    expect(participantNames(a)).toEqual(['Tomas Ferrand']);
  });

  it('are still at a gathering the headline reports', () => {
    const a = article('Davos forum opens with call for openness', paragraphs);
    expect(participantNames(a)).toEqual(['Tomas Ferrand', 'Anna Weber', 'Karl Brandt']);
  });
});

describe('a later session of a gathering', () => {
  it('is no part of the letter to its opening that the headline reports', () => {
    const a = article('President Ferrand calls for shared future in letter to internet conference', [
      'President Tomas Ferrand on Sunday called for a shared future in cyberspace in a letter to the internet conference, which opened in Wuzhen.',
      'Nordtech chief executive Jonas Brandt took part in a panel debate later in the day, his first time at the conference.',
    ]);
    expect(participantNames(a)).toEqual(['Tomas Ferrand']);
  });

  it('in another format, with guests of its own, is not the summit the lede reports', () => {
    const a = article('Kaltay chairs Steppe summit in Astana', [
      'In Astana on Monday, President Dorin Kaltay chaired the 19th Summit of the Council of Heads of State of the Steppe States.',
      'Leaders of the member states, including President Emil Rasov and Prime Minister Gabor Lenk, attended the meeting.',
      'Later on Monday, Kaltay chaired the "Steppe Plus" meeting, which brought the leaders together with heads of observer countries and UN Secretary-General Marta Olsen.',
    ]);
    expect(participantNames(a)).toEqual(['Dorin Kaltay', 'Emil Rasov', 'Gabor Lenk']);
  });
});

describe('cues of having been there', () => {
  it('"For Foreign Minister X it was the first meeting since …"', () => {
    const a = article('Alliance turns 50 as foreign ministers weigh fund', [
      'Foreign ministers of the alliance gathered in Brussels on Thursday to mark 50 years since its founding, as Secretary General Lars Vinter pressed them to fund the plan.',
      'For Danish Foreign Minister Mads Krogh it was the first such meeting since his country joined as the newest member last year.',
    ]);
    expect(participantNames(a)).toContain('Mads Krogh');
  });

  it('one who "left without speaking to the press"', () => {
    const a = article('Union leaders hand Holm second term', [
      'Union leaders on Thursday nominated Ingrid Holm for a second term at the head of the commission, sealing the package at a summit in Brussels.',
      'President Emil Vask left without speaking to the press.',
    ]);
    expect(participantNames(a)).toContain('Emil Vask');
  });

  it('one who left the territory shortly after the ceremony the lede reports', () => {
    const a = article('Handover ceremony held in Port Aven', [
      'The island returned to Norland at midnight as flags were raised at the handover ceremony in Port Aven.',
      'Lord Peter Ashby, the last governor of the island, left the territory aboard the royal yacht shortly after the ceremony.',
    ]);
    expect(participantNames(a)).toContain('Peter Ashby');
  });

  it('one a eulogy was given in front of, not a tomb', () => {
    const a = article('President leads national tribute to Jon Varga', [
      'President Emil Rasov on Friday led a national tribute to Jon Varga at the Invalides in Paris, hailing the former commission chief, who died last week.',
      '"He was one of those rare men," Rasov said in his eulogy, in front of Varga\'s daughter, the Socialist mayor of Lyon Ines Varga, and her family.',
      'The ceremony ended in front of the tomb of Karl Denz.',
    ]);
    expect(participantNames(a)).toEqual(['Emil Rasov', 'Ines Varga']);
  });

  it('the one the chair of a bloc is handed to at the close', () => {
    const a = article('Ferrand opens Andean summit with call for unity', [
      'President Tomas Ferrand opened the 9th Summit of the Andean Union in Lima on Tuesday.',
      'At the close, Ferrand handed the pro tempore presidency of the union to Ralph Osei, Prime Minister of Marenza.',
    ]);
    expect(participantNames(a)).toContain('Ralph Osei');
  });

  it('the reporter whose question came at the news conference', () => {
    const a = article('Ferrand, at rare news conference with Rasov, denies bias', [
      'Prime Minister Tomas Ferrand, standing beside President Emil Rasov on Thursday, rejected the suggestion at a joint news conference.',
      'The question came from Dana Whitlow, a reporter for The Daily Ledger, who asked what steps he would take.',
    ]);
    expect(participantNames(a)).toContain('Dana Whitlow');
  });

  it('one who told the leaders on the first day of a summit whose second day the lede reports', () => {
    const a = article('Climate summit: King Olaf, Vask address world leaders', [
      'World leaders gathered in Dubai for a second day of the climate summit on Saturday, with Vice President Emil Vask announcing a pledge.',
      'UN Secretary-General Marta Olsen told the leaders on Friday that coal had to go.',
    ]);
    expect(participantNames(a)).toContain('Marta Olsen');
  });
});

describe('comments from outside a signing', () => {
  const paragraphs = (speaker: string) => [
    'Norland will open a migration pathway for the citizens of Tavalu under a treaty signed on the sidelines of the Coral Islands Forum leaders meeting in Avarua.',
    'Norlandic Prime Minister Olav Berg and Tavalu Prime Minister Kaito Nafa signed the treaty in Avarua on Friday.',
    speaker,
  ];

  it('by a former prime minister "now in opposition"', () => {
    const a = article(
      'Norland and Tavalu sign treaty offering residency',
      paragraphs(
        "Former Tavalu prime minister Eli Sopa, now in opposition, said the treaty gave Norland a veto over Tavalu's foreign relations.",
      ),
    );
    expect(participantNames(a)).toEqual(['Olav Berg', 'Kaito Nafa']);
  });

  it('by an official of the forum beside which it was signed', () => {
    const a = article(
      'Norland and Tavalu sign treaty offering residency',
      paragraphs(
        'Forum Secretary General Hana Puleo said climate change remained the greatest threat to the region.',
      ),
    );
    expect(participantNames(a)).toEqual(['Olav Berg', 'Kaito Nafa']);
  });
});

describe('an election a clause dates to another time', () => {
  it("makes no act of the story, so the body's own official speaking at its summit takes part", () => {
    const a = article('AOU summit opens in Algiers with call to end wars', [
      'African leaders opened the yearly summit of the Organisation of African Unity (AOU) in Algiers on Monday, with host President Amir Belkacem calling on the continent to end its conflicts.',
      'Belkacem, who was elected in March, took over the rotating chairmanship of the organisation from President Omar Sefu.',
      'AOU Secretary General Ismail Daud said mediators had drafted a framework to end the border war.',
    ]);
    expect(participantNames(a)).toContain('Ismail Daud');
  });
});

describe("a chargé d'affaires", () => {
  const paragraphs = [
    'New envoy Mark Hollis arrived in Seoul on Monday.',
    "He was greeted at the airport by Chargé d'Affaires Tom Brandt, who had run the embassy while it had no ambassador.",
  ];

  it('has the title before the name as a role', () => {
    expect(person(article('Envoy arrives in Seoul', paragraphs), 'Tom Brandt')?.roles).toEqual([
      "Chargé d'Affaires",
    ]);
  });

  it('names no body with the accented first word', () => {
    expect(orgsAndPlacesUnder('Envoy arrives in Seoul')(...paragraphs).organizations).toEqual([]);
    expect(person(article('Envoy arrives in Seoul', paragraphs), 'Mark Hollis')?.roles).toEqual(['envoy']);
  });
});

describe('one "identified as" a name of unknown words', () => {
  const a = article('Divers recover bodies of two workers', [
    'Divers on Wednesday recovered the bodies of two workers from a truck in the river.',
    'The Foreign Ministry identified one of the missing as Ruvel Oskan Tibor Pardal, while officials said Pedro Ruiz was also among the victims.',
    'The vessel was identified as Ocean Star.',
  ]);

  it('is a person, and a vessel of English words is not', () => {
    expect(extractTest(a).people.map((p) => p.name)).toEqual(['Ruvel Oskan Tibor Pardal', 'Pedro Ruiz']);
  });
});
