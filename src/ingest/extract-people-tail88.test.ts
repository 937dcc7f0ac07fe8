// Leftovers of blind rounds 79, 74, 72 and 54 (small states, sub-national diplomacy, arms control, stories that name
// many and report few acts), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, personNamed as person, testArticle as article } from './test-article.ts';

const agency = { source: 'FENA', dateline: { place: 'SARAJEVO', date: 'October 9' } };

describe('an envoy imposing changes to a law: those who react and the vote counted that night', () => {
  const envoyDecree = (...more: string[]) =>
    article(
      'Envoy imposes changes to Election Law after polls close',
      [
        'High Representative Karl Obermann on Sunday imposed changes to the Election Law, an hour after the polling stations closed in the general elections.',
        ...more,
      ],
      agency,
    );

  it('leaves out the party leaders who react, and the one whose party is "led by" him', () => {
    const a = envoyDecree(
      'The leader of the Civic Bloc, Edin Halilagić, said the decision was "a disgrace" and blamed the demands of the People’s Union of Posavina (NUP), led by Marko Babić.',
      'Babić welcomed the move.',
    );
    expect(participantNames(a)).toEqual(['Karl Obermann']);
  });

  it('leaves out the winners of the vote counted that night', () => {
    const a = envoyDecree(
      'According to preliminary results, Amra Kovačević was elected to the presidency, and Goran Lukić was re-elected as the Serb member.',
    );
    expect(participantNames(a)).toEqual(['Karl Obermann']);
  });

  it('still counts a delegation "led by" someone', () => {
    const a = envoyDecree(
      'A delegation of the Civic Party, led by Edin Halilagić, met the envoy at his office the same night.',
    );
    expect(participantNames(a)).toEqual(['Karl Obermann', 'Edin Halilagić']);
  });
});

describe('an election story keeps its winners', () => {
  it('counts one "was elected" under a headline of the vote', () => {
    const a = article(
      'Kovačević wins presidency',
      ['Amra Kovačević was elected president on Sunday, defeating the incumbent.'],
      agency,
    );
    expect(participantNames(a)).toEqual(['Amra Kovačević']);
  });
});

describe('"yesterday" in the lede of a paper with no dateline', () => {
  // A Saturday's paper: "yesterday" is Friday.
  const paper = { source: 'Island Herald', dateline: null, date: '2024-11-02' };
  const opening = (more: string) =>
    article(
      'Governor opens island forum',
      [
        'Governor Tevita Lolohea yesterday opened the Island Forum in Neiafu, telling delegates from twelve islands that the sea binds them.',
        more,
      ],
      paper,
    );

  it('dates a banquet "on Thursday night" to another day', () => {
    const a = opening('Chief Justice Mele Vaipulu hosted the Governor at a state banquet on Thursday night.');
    expect(participantNames(a)).toEqual(['Tevita Lolohea']);
  });

  it('keeps one who hosted him on Friday, the day of the opening', () => {
    const a = opening('Chief Justice Mele Vaipulu hosted the Governor at a state banquet on Friday night.');
    expect(participantNames(a)).toEqual(['Tevita Lolohea', 'Mele Vaipulu']);
  });
});

describe('speakers quoted after a sentence set at another gathering', () => {
  const visit = (more: string) =>
    article(
      "Region's leader seeks trade support in Geneva after vote",
      [
        'Alpine Region President Marta Kessler sought support in Geneva on Tuesday for keeping her region in the customs union, meeting WTO Director-General Ivo Brandt a week after the state voted to leave it.',
        'Brandt received Kessler at the WTO headquarters but said afterward that he would not interfere. "The region has won the right to be heard," he told reporters.',
        '"We voted to stay, and I will explore every option," Kessler said.',
        more,
      ],
      { source: 'AP', dateline: { place: 'GENEVA', date: 'May 7' } },
    );

  it('leaves out those who spoke at "an EU summit" the story does not report', () => {
    const a = visit(
      'The leaders of Italy and Austria made it plain at an EU summit that they would only negotiate with the state as a whole. "The region cannot negotiate alone," Italian Prime Minister Paolo Ferrante said, while Austrian Chancellor Lukas Moser said talks would be held with the state, "not with a part of it."',
    );
    expect(participantNames(a)).toEqual(['Marta Kessler', 'Ivo Brandt']);
  });

  it('keeps the speakers of a sentence set at no other gathering', () => {
    const a = visit(
      'The leaders of Italy and Austria made it plain that they would only negotiate with the state as a whole. "The region cannot negotiate alone," Italian Prime Minister Paolo Ferrante said.',
    );
    expect(participantNames(a)).toEqual(['Marta Kessler', 'Ivo Brandt', 'Paolo Ferrante']);
  });
});

describe('an honour conferred at a swearing-in', () => {
  const oath = (more: string) =>
    article(
      'Harlow sworn in as first President of the island',
      [
        'Dame Ottilie Harlow took the oath of office as Saint Kestrel’s first President on Tuesday, before a crowd of thousands.',
        more,
      ],
      { source: 'Kestrel Times', dateline: null, date: '2025-03-05' },
    );

  it('places one "awarded the Order of …" there', () => {
    const a = oath('Veteran sprinter Sir Alwyn Pryce was awarded the Order of the Kestrel.');
    expect(participantNames(a)).toEqual(['Ottilie Harlow', 'Alwyn Pryce']);
  });

  it('not one awarded a sum of money', () => {
    const a = oath('Veteran sprinter Sir Alwyn Pryce was awarded the pension he had sought.');
    expect(participantNames(a)).toEqual(['Ottilie Harlow']);
  });
});

describe('a relative who once held an international office beside a national one', () => {
  const cabinet = (about: string) =>
    article(
      'New Latvian cabinet sworn in',
      [
        'Latvian Prime Minister Ilze Ozola and her ministers took their oaths of office at the Saeima on Tuesday.',
        about,
      ],
      { source: 'LETA', dateline: { place: 'RIGA', date: 'March 3' } },
    );

  it('takes the family\'s country when "former" governs both offices', () => {
    const a = cabinet(
      'Ozola, 44, is the daughter of Valdis Ozols Ozola, a former prime minister and European Commissioner.',
    );
    expect(person(a, 'Valdis Ozols Ozola')?.country).toBe('Latvia');
  });

  it("stays an international official when the body's office is held now", () => {
    const a = cabinet(
      'Ozola, 44, is the daughter of Valdis Ozols Ozola, the European Commissioner for Trade and a former prime minister.',
    );
    expect(person(a, 'Valdis Ozols Ozola')?.country).toBeNull();
  });
});

describe("a legislature's officer in a domestic story", () => {
  it("is of the dateline's country, as a ministry's officer is", () => {
    const a = article(
      'Relief supplies reach outer islands',
      [
        'The first relief ship reached the outer islands on Friday, four days after the cyclone struck.',
        'Speaker of the Legislative Assembly Taniela Moengangongo said the House would meet next week to approve emergency funding.',
      ],
      { source: 'Island Herald', dateline: { place: 'APIA', date: 'March 14' } },
    );
    expect(person(a, 'Taniela Moengangongo')?.country).toBe('Samoa');
  });
});

describe('a defence minister beside an American secretary', () => {
  const signing = (deal: string) =>
    article(
      'Pacific leaders meet in Honiara',
      [
        'Pacific leaders met in Honiara on Monday for a summit on fisheries.',
        `In a separate meeting, United States Secretary of State Carl Whitmore and Defence Minister Peter Tagaloa signed ${deal}.`,
      ],
      { source: 'Island Herald', dateline: null, date: '2025-06-03' },
    );

  it('is of the other country the agreement names, not American', () => {
    const a = signing('the Fiji-US Defence Cooperation Agreement');
    expect(person(a, 'Peter Tagaloa')?.country).toBe('Fiji');
  });

  it('is not American where the sentence names no other country', () => {
    const a = signing('a defence cooperation agreement');
    expect(person(a, 'Peter Tagaloa')?.country).not.toBe('United States');
  });
});

describe('a predecessor who leaves, and a summit he hosted weeks before', () => {
  const oath = (more: string) =>
    article(
      'Rahim sworn in as Prime Minister',
      [
        'Datuk Seri Harun Rahim was sworn in as Prime Minister at the palace today, taking over from Tun Idris Salleh.',
        more,
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'Nov 4' } },
    );

  it('leaves out the wife one "is due to leave with" for a holiday', () => {
    const a = oath(
      'Idris, who chaired the regional summit in the capital, is due to leave with his wife Datin Seri Aminah Yusof for a holiday abroad.',
    );
    expect(participantNames(a)).toEqual(['Harun Rahim']);
  });

  it('leaves out one who stepped down "two weeks after hosting the summit"', () => {
    const a = oath(
      'Idris, 79, who stepped down two weeks after hosting the summit of the regional bloc, said he wished his successor well.',
    );
    expect(participantNames(a)).toEqual(['Harun Rahim']);
  });
});

describe('a bare president-elect beside "the new <nationality> administration"', () => {
  it("is of that administration, not the outlet's home", () => {
    const a = article(
      'President names new foreign minister',
      [
        'President Park Min-jae on Wednesday named his former adviser Lee Sang-woo as foreign minister.',
        '"He will restore dialogue with the new U.S. administration," a spokesman told reporters, noting that President-elect Walter Brandt takes office in Washington later in the day.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Jan. 20' } },
    );
    expect(person(a, 'Walter Brandt')?.country).toBe('United States');
  });
});
