// Leftovers of the forty-fourth and forty-fifth blind rounds of held-out articles (South and Southeast Asia, the
// Korean peninsula, crowded summits) and their organisations, on invented sentences with invented people: none of
// them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest as extract, personNamed as person, testArticle as article } from './test-article.ts';

describe('names', () => {
  it('keeps "Sheikh" in a Bangladeshi name in a story from Dhaka, and drops it for a Gulf royal elsewhere', () => {
    const dhaka = article(
      'Adviser meets envoys',
      [
        'DHAKA, Aug 16, 2024 (BSS) - Chief Adviser Rafiqul Karim met foreign envoys today.',
        'It was his first meeting with them since the fall of Sheikh Nasrin’s government. Nasrin has been staying in India since she fled the country.',
      ],
      { source: 'BSS', dateline: { place: 'DHAKA', date: 'Aug 16, 2024' } },
    );
    expect(person(dhaka, 'Sheikh Nasrin')).toMatchObject({ aliases: ['Nasrin'], country: 'Bangladesh' });
    const doha = article(
      'Minister visits Doha',
      [
        'DOHA, May 2 (Bernama) -- Foreign Minister Aziz Karimuddin met the Emir of Qatar today.',
        'He later handed a letter to Sheikh Fahad, the Emir’s brother.',
      ],
      { source: 'Bernama', dateline: { place: 'DOHA', date: 'May 2' } },
    );
    expect(extract(doha).people.map((p) => p.name)).toContain('Fahad');
  });
});

describe('countries', () => {
  it('does not place one named after another’s trip by its destination, unless they are met there', () => {
    const a = article(
      'Prime minister signs accord abroad',
      [
        'Prime Minister Tawan Srisuk signed the accord in Kuala Lumpur on Sunday, Thai PBS reported.',
        'Tawan cut short his trip to Malaysia to a few hours following the passing of Queen Malai on Friday.',
        'On a later trip to Malaysia, Tawan met King Harun Aziz at the palace.',
      ],
      { source: 'Thai PBS', dateline: null },
    );
    expect(person(a, 'Malai')?.country).toBe('Thailand');
    expect(person(a, 'Harun Aziz')?.country).toBe('Malaysia');
  });
});
