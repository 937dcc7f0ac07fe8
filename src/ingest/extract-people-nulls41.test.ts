// Session 41: no country for people the text ties to none (the corpus README's country convention: a private firm's
// executive in another country's story, officials of international bodies even when the text gives their
// nationality), on invented sentences with invented people and firms: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

describe("a firm's executive, where the story calls the firm another country's", () => {
  it('gives none to the head of "the United States technology giant" in a Bernama story from Kuala Lumpur', () => {
    const a = article(
      'Prime Minister meets Teramind chief, welcomes cloud investment',
      [
        'KUALA LUMPUR, May 2 (Bernama) -- Prime Minister Datuk Seri Hamdan Rosli today met Teramind Chairman and Chief Executive Officer Piet Veltrona, who announced the United States technology giant would put US$800 million into Malaysia.',
        'Veltrona said Malaysia had the talent to lead the region in cloud computing.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'May 2' } },
    );
    expect(person(a, 'Piet Veltrona')?.country).toBeNull();
    expect(person(a, 'Hamdan Rosli')?.country).toBe('Malaysia');
  });

  it('keeps the head of "the Malaysian technology giant" in the same story shape', () => {
    const a = article(
      'Prime Minister meets Teramind chief, welcomes cloud investment',
      [
        'KUALA LUMPUR, May 2 (Bernama) -- Prime Minister Datuk Seri Hamdan Rosli today met Teramind Chairman and Chief Executive Officer Piet Veltrona, who announced the Malaysian technology giant would put RM3 billion into Penang.',
      ],
      { source: 'Bernama', dateline: { place: 'KUALA LUMPUR', date: 'May 2' } },
    );
    expect(person(a, 'Piet Veltrona')?.country).toBe('Malaysia');
  });

  it('gives none to a vice chairman named right before "The South Korean firm is investing …" in a PTI story', () => {
    const a = article(
      'PM opens Korvath electronics plant in Pune',
      [
        'Pune, Mar 4 (PTI) Prime Minister Arjun Mehra on Monday inaugurated the expanded plant of Korvath Electronics, where he was received by Korvath Electronics vice chairman Park Min-ho.',
        "The South Korean firm is investing Rs 2,000 crore in the expansion, which will double the plant's output by 2026.",
      ],
      { source: 'PTI', dateline: { place: 'Pune', date: 'Mar 4' } },
    );
    expect(person(a, 'Park Min-ho')?.country).toBeNull();
    expect(person(a, 'Arjun Mehra')?.country).toBe('India');
  });

  it('keeps the vice chairman when the next sentence calls the firm the outlet\'s own ("The Indian firm")', () => {
    const a = article(
      'PM opens Korvath electronics plant in Pune',
      [
        'Pune, Mar 4 (PTI) Prime Minister Arjun Mehra on Monday inaugurated the expanded plant of Korvath Electronics, where he was received by Korvath Electronics vice chairman Rohan Dunmore.',
        "The Indian firm is investing Rs 2,000 crore in the expansion, which will double the plant's output by 2026.",
      ],
      { source: 'PTI', dateline: { place: 'Pune', date: 'Mar 4' } },
    );
    expect(person(a, 'Rohan Dunmore')?.country).toBe('India');
  });

  it('gives none to the founder of a charity introduced as "the Spanish NGO rescue ship Sea Lantern" in an ANSA story', () => {
    const a = article(
      'Minister acquitted in Sea Lantern migrant case',
      [
        '(ANSA) - PALERMO, NOV 14 - A Sicilian court on Thursday acquitted Interior Minister Carlo Sorrento of keeping 70 migrants from landing from the Spanish NGO rescue ship Sea Lantern in 2020.',
        'Sea Lantern founder Lluis Quellmark said the NGO would appeal. "The court has not said it was right," he said.',
      ],
      { source: 'ANSA', dateline: { place: 'PALERMO', date: 'DEC 20' } },
    );
    expect(person(a, 'Lluis Quellmark')?.country).toBeNull();
    expect(person(a, 'Carlo Sorrento')?.country).toBe('Italy');
  });

  it('keeps the founder of "the Italian NGO rescue ship Sea Lantern" in the same story', () => {
    const a = article(
      'Minister acquitted in Sea Lantern migrant case',
      [
        '(ANSA) - PALERMO, NOV 14 - A Sicilian court on Thursday acquitted Interior Minister Carlo Sorrento of keeping 70 migrants from landing from the Italian NGO rescue ship Sea Lantern in 2020.',
        'Sea Lantern founder Lluis Quellmark said the NGO would appeal. "The court has not said it was right," he said.',
      ],
      { source: 'ANSA', dateline: { place: 'PALERMO', date: 'DEC 20' } },
    );
    expect(person(a, 'Lluis Quellmark')?.country).toBe('Italy');
  });
});

describe("the UN General Assembly's president acts for the assembly", () => {
  it('gives none to "General Assembly President X, a former prime minister of Gabon"', () => {
    const a = article(
      'Leaders open United Nations General Assembly debate',
      [
        'World leaders gathered in New York on Tuesday for the annual debate of the United Nations General Assembly.',
        'General Assembly President Paul Mbadinga, a former prime minister of Gabon, declared the general debate open.',
      ],
      { source: 'AP', dateline: { place: 'UNITED NATIONS', date: null } },
    );
    expect(person(a, 'Paul Mbadinga')?.country).toBeNull();
  });

  it('gives none to "The assembly\'s president, Latvian diplomat X" in a story of the U.N. General Assembly', () => {
    const a = article(
      'President speaks at U.N. General Assembly',
      [
        'President Dana Brooks addressed the U.N. General Assembly on Tuesday, calling for new sanctions.',
        "The assembly's president, Latvian diplomat Andris Kalnins, presided over the session.",
      ],
      { source: 'AP', dateline: { place: 'UNITED NATIONS', date: null } },
    );
    expect(person(a, 'Andris Kalnins')?.country).toBeNull();
  });

  it('keeps a national office held now beside the assembly\'s ("The assembly\'s president, Latvian Foreign Minister X")', () => {
    const a = article(
      'President speaks at U.N. General Assembly',
      [
        'President Dana Brooks addressed the U.N. General Assembly on Tuesday, calling for new sanctions.',
        "The assembly's president, Latvian Foreign Minister Andris Kalnins, presided over the session.",
      ],
      { source: 'AP', dateline: { place: 'UNITED NATIONS', date: null } },
    );
    expect(person(a, 'Andris Kalnins')?.country).toBe('Latvia');
  });

  it('keeps the country of a General Assembly president where the story names no international one', () => {
    const a = article(
      'Church assembly opens in Libreville',
      [
        "Delegates of the Evangelical Church's General Assembly met in Libreville on Tuesday.",
        'General Assembly President Paul Mbadinga, a former prime minister of Gabon, opened the session.',
      ],
      { source: 'AP', dateline: { place: 'LIBREVILLE', date: null } },
    );
    expect(person(a, 'Paul Mbadinga')?.country).toBe('Gabon');
  });
});

describe("the Inter-Parliamentary Union's president acts for the union unless named by a national office", () => {
  it('gives none to "Inter-Parliamentary Union (IPU) President X" at a summit in New Delhi', () => {
    const a = article(
      'PM opens parliamentary speakers summit',
      [
        'New Delhi, Oct 13 (PTI) Prime Minister Arjun Mehra on Friday inaugurated the summit of parliamentary speakers at the convention centre here.',
        "Inter-Parliamentary Union (IPU) President Rui Ferreirinha, who also addressed the session, praised India's conduct of its elections.",
      ],
      { source: 'PTI', dateline: { place: 'New Delhi', date: 'Oct 13' } },
    );
    expect(person(a, 'Rui Ferreirinha')?.country).toBeNull();
    expect(person(a, 'Arjun Mehra')?.country).toBe('India');
  });

  it("keeps the country of a national Speaker who is also the IPU's president", () => {
    const a = article(
      'Speaker elected to lead the IPU',
      [
        'DODOMA, Oct 28 - Speaker of the National Assembly of Tanzania Grace Mwakalinga on Sunday became President of the Inter-Parliamentary Union (IPU) after a vote of its members.',
      ],
      { source: 'Daily News', dateline: { place: 'DODOMA', date: 'Oct 28' } },
    );
    expect(person(a, 'Grace Mwakalinga')?.country).toBe('Tanzania');
  });
});

describe("an outlet's journalist named by the outlet's possessive works for the outlet", () => {
  it('gives none to "the Daily Courier\'s editor-in-chief, X" who moderates a forum in Doha', () => {
    const a = article(
      'Prime Minister received by Emir of Qatar',
      [
        'DOHA, May 13 (Bernama) -- Malaysian Prime Minister Datuk Seri Hamdan Rosli was received by the Emir of Qatar at the Amiri Diwan today.',
        "Hamdan will also speak at the Qatar Economic Forum on Sunday, in a panel moderated by the Daily Courier's editor-in-chief, Mark Ashgrove.",
      ],
      { source: 'Bernama', dateline: { place: 'DOHA', date: 'May 13' } },
    );
    expect(person(a, 'Mark Ashgrove')?.country).toBeNull();
    expect(person(a, 'Hamdan Rosli')?.country).toBe('Malaysia');
  });

  it('gives "The Washington Post\'s editor-in-chief X" the paper\'s country in a TASS story from Yekaterinburg', () => {
    const a = article(
      'Court sentences US journalist to 16 years',
      [
        'YEKATERINBURG, March 3. /TASS/. A regional court has handed US citizen Daniel Trelawny, a reporter for The Washington Post, a 12-year term.',
        'The Washington Post\'s editor-in-chief Helen Marwick called the verdict "a sham".',
      ],
      { source: 'TASS', dateline: { place: 'YEKATERINBURG', date: 'July 19' } },
    );
    expect(person(a, 'Helen Marwick')?.country).toBe('United States');
  });
});
