// People seen first in the fiftieth blind round of held-out articles (readouts, press-conference transcripts, joint
// statements, interviews, a speech's salutations and a chair's statement, as governments post them and the wires
// reprint them), on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import {
  extractTest as extract,
  participantNames as taking,
  personNamed as person,
  testArticle as article,
} from './test-article.ts';

const release = { source: null, dateline: null };

describe('transcripts', () => {
  it("finds the spokesperson a briefing's headline names, who alone takes part; leaders asked about do not", () => {
    const a = article(
      "Foreign Ministry Spokesperson Lu Fang's Regular Press Conference on May 3, 2012",
      [
        'Q: Prime Minister Oskar Telling said on Monday that his government would buy the islands. What is your response?',
        'A: The islands have always belonged to us. We have lodged a strong protest.',
        'Q: Premier Deng Hua met the envoy of Telling last week. Will Foreign Minister Bo Tian meet his counterpart?',
        'A: I have no information to release on that.',
      ],
      release,
    );
    expect(person(a, 'Lu Fang')?.roles).toEqual(['Foreign Ministry Spokesperson']);
    expect(taking(a)).toEqual(['Lu Fang']);
  });

  it("makes an interview's labelled speakers its participants, and no one they only talk about", () => {
    const a = article(
      'Arkadin tells Velde his country has no claim on its neighbours',
      [
        'Ostrovian President Pavel Arkadin gave an interview to US journalist Dirk Velde, released on Thursday.',
        'VELDE: Mr. President, thank you. Why did the talks in the spring not end the war?',
        'ARKADIN: We had almost agreed. Then former Prime Minister Giles Hartley came to the capital and told them to fight on.',
        'VELDE: Would you release the reporter?',
        'ARKADIN: An agreement can be reached.',
      ],
      { source: 'TASS', dateline: { place: 'MOSCOW', date: 'February 9' } },
    );
    expect(taking(a)).toEqual(['Pavel Arkadin', 'Dirk Velde']);
  });

  it("makes a briefing's spokesperson, by the label of the answers, its one participant", () => {
    const a = article(
      'Department Press Briefing – July 25',
      [
        'Tomas Brill, Department Spokesperson',
        'MR BRILL: Good afternoon. Secretary Alma Kerrigan will travel to the region next week.',
        'QUESTION: The congress today removed Feng Lu as foreign minister, a month after the Secretary met him. Any comment?',
        'MR BRILL: That is a matter for their government.',
        'QUESTION: Thank you.',
      ],
      release,
    );
    expect(taking(a)).toEqual(['Tomas Brill']);
    // The header line "X, Department Spokesperson" has no final stop: the next line's capital is no name after it.
    expect(person(a, 'Tomas Brill')?.roles).toEqual(['Department Spokesperson']);
  });

  it('opens no transcript with a lone label', () => {
    const a = article(
      'Leaders meet in Valdora',
      [
        'President Ilse Marant met Prime Minister Juno Castel in Valdora on Monday.',
        'NOTE: Castel said the talks went well.',
      ],
      release,
    );
    expect(taking(a)).toEqual(['Ilse Marant', 'Juno Castel']);
  });
});

describe("a speech's salutations and a statement's attendance list", () => {
  it('makes the leaders a speech salutes by name its participants', () => {
    const a = article(
      'Full text of President Yan Bo speech at summit',
      [
        'President Yan Bo on Friday delivered a keynote speech at the summit in the capital. The following are excerpts:',
        'Your Excellency President Ardak Temirov,\nYour Excellency President Bolot Usenov,\nDear Colleagues,',
        'It gives me great pleasure to welcome you to the summit.',
      ],
      release,
    );
    expect(taking(a)).toEqual(['Yan Bo', 'Ardak Temirov', 'Bolot Usenov']);
  });

  it('makes the people listed after "attended by:" participants, one line each', () => {
    const a = article(
      "Co-Chairs' Statement of the First River Cooperation Foreign Ministers' Meeting",
      [
        "1. The First River Cooperation Foreign Ministers' Meeting was held on 12 November in Jinghong. The Meeting was co-chaired by H.E. Sun Ming, Minister of Foreign Affairs of China, and attended by:",
        'H.E. Kavi Narong, Minister of Foreign Affairs of the Kingdom of Thailand;',
        'H.E. Tran Van Loc, Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam.',
        '2. The Ministers recalled the initiative of Premier Gao Ren in 2014.',
      ],
      release,
    );
    expect(taking(a)).toEqual(['Sun Ming', 'Kavi Narong', 'Tran Van Loc']);
    expect(person(a, 'Tran Van Loc')?.country).toBe('Vietnam');
  });
});

describe('readouts', () => {
  it('reads "the Honorable X" as a name, and the readout below a language switch', () => {
    const a = article(
      'Foreign Ministers’ Telephone Talks',
      [
        'Japanese',
        'On February 12, Mr. Ivo Tanaka, Minister for Foreign Affairs of Japan, had a telephone talk with the Honorable Mark Deller, Secretary of State of the United States of America. A summary follows.',
        'Minister Tanaka and Secretary Deller agreed to coordinate.',
      ],
      release,
    );
    expect(person(a, 'Mark Deller')?.roles).toContain('Secretary of State of the United States of America');
    expect(taking(a)).toEqual(['Ivo Tanaka', 'Mark Deller']);
  });

  it('makes the first person named below a headline of a call "with" someone the other side', () => {
    const a = article(
      'Telephone conversation with US President Tom Baker',
      [
        "Ivan Petrov had a telephone conversation with US President Tom Baker at the US side's initiative.",
        'In response to the concern Tom Baker expressed, Ivan Petrov drew attention to the actions of groups encouraged by the authorities in Kiev.',
        'The Russian President spoke of the threat to Russian citizens.',
      ],
      release,
    );
    expect(taking(a)).toEqual(['Tom Baker', 'Ivan Petrov']);
    // "The Russian President" describes the one person of the sentence before who has no role.
    expect(person(a, 'Ivan Petrov')?.country).toBe('Russia');
  });

  it('gives no one the country of a description that may be of the office holder named before', () => {
    const titled = article(
      'Envoy meets president',
      [
        'Karl Ostberg met Chinese President Liu Ping in Beijing on Monday.',
        'The Chinese President said ties were good.',
      ],
      release,
    );
    const bare = article(
      'Envoy meets president',
      [
        'Karl Ostberg met President Liu Ping in Beijing on Monday.',
        'The Chinese President said ties were good.',
      ],
      release,
    );
    expect(person(titled, 'Karl Ostberg')?.country).toBeNull();
    expect(person(bare, 'Karl Ostberg')?.country).toBeNull();
  });

  it('reads an initial with and without its period as one person', () => {
    const a = article(
      'Ministers agree on five-point plan',
      [
        'External Affairs Minister R Venkatesan held talks with Foreign Minister Sun Ming in Moscow on Thursday.',
        'External Affairs Minister of India Dr. R. Venkatesan and Sun Ming met on the sidelines of the meeting.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Sep 11' } },
    );
    expect(extract(a).people.map((p) => p.name)).toEqual(['R Venkatesan', 'Sun Ming']);
  });

  it('leaves the host of a lunch of a grouping, earlier in the day, out of the talks', () => {
    const a = article(
      'Venkatesan, Sun hold talks in Moscow',
      [
        'External Affairs Minister R Venkatesan held talks with Foreign Minister Sun Ming in Moscow on Thursday.',
        'Earlier on Thursday, Venkatesan and Sun attended a lunch of the three-nation grouping hosted by Foreign Minister Pavel Sorin.',
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Sep 11' } },
    );
    expect(taking(a)).toEqual(['R Venkatesan', 'Sun Ming']);
  });

  it('gives a head served "as vice president under" the deputy\'s country', () => {
    const a = article(
      'Lim, Carver agree to cooperate in first phone talks',
      [
        'SEOUL, Feb. 4 (Yonhap) -- President Lim Dae-ho and U.S. President Ned Carver agreed Thursday to cooperate.',
        'Lim had met Carver once before, in 2013, when Carver visited Seoul as vice president under then President Hal Jordan.',
      ],
      { source: 'Yonhap', dateline: { place: 'SEOUL', date: 'Feb. 4' } },
    );
    expect(person(a, 'Hal Jordan')?.country).toBe('United States');
  });
});

describe('titles set off before a name', () => {
  it('reads a title right after a preposition or a verb, and before "H.E." and an honorific, as the role', () => {
    const a = article(
      'PM meets leaders on the sidelines of summit',
      [
        'The Summit was hosted by Prime Minister of Ruritania, H.E. Ms. Anna Rossi, at the resort.',
        'Prime Minister Shri Ravi Kumar met the President of Borduria, H.E. Mr. Jean Dupont, today.',
        'He greeted President of Syldavia, Pedro Soto.',
      ],
      release,
    );
    expect(person(a, 'Anna Rossi')?.roles).toEqual(['Prime Minister of Ruritania']);
    expect(person(a, 'Jean Dupont')?.roles).toEqual(['President of Borduria']);
    expect(person(a, 'Pedro Soto')?.roles).toEqual(['President of Syldavia']);
  });

  it('reads "Our" before a role set off by commas as "the", after a speaker\'s label too', () => {
    const a = article(
      'Briefing',
      [
        'MR BRILL: Our Ambassador, Maren Ostby, was able to visit him last week.',
        'QUESTION: And the envoy?',
        'MR BRILL: Our envoy to the talks, Tove Lindqvist, will travel on Monday.',
      ],
      release,
    );
    expect(person(a, 'Maren Ostby')?.roles).toEqual(['Ambassador']);
    expect(person(a, 'Tove Lindqvist')?.roles).toEqual(['envoy to the talks']);
  });
});
