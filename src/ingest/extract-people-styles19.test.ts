// An office and the royal, clerical or military style after it are two roles (session 19), on invented sentences:
// none of these people are in the held-out files.
import { describe, expect, it } from 'vitest';
import { personNamed as person, testArticle as article } from './test-article.ts';

const spa = { source: 'SPA', dateline: { place: 'RIYADH', date: null }, date: '2024-05-08' };

describe('an office and a style before the name', () => {
  it('splits a minister’s office from the royal style "Prince", but keeps "Crown Prince" whole', () => {
    const a = article(
      'Saudi Arabia, Norway sign energy accord',
      [
        'Saudi Energy Minister Prince Khalid bin Nawaf met Norwegian Energy Minister Lars Holm in Riyadh on Tuesday.',
        'Minister of Culture Prince Badr bin Omar Al-Harbi also attended the signing.',
        'Saudi Crown Prince Fahd bin Saad received the two ministers afterwards.',
      ],
      spa,
    );
    expect(person(a, 'Khalid bin Nawaf')?.roles).toEqual(['Saudi Energy Minister', 'Prince']);
    expect(person(a, 'Badr bin Omar Al-Harbi')?.roles).toEqual(['Minister of Culture', 'Prince']);
    expect(person(a, 'Fahd bin Saad')?.roles).toEqual(['Saudi Crown Prince']);
  });

  it('splits a leader’s office from the cleric’s style "Ayatollah"', () => {
    const a = article('Iran mourns cleric', [
      'Supreme Leader Ayatollah Hassan Moradi declared three days of mourning.',
      'The Leader of the Islamic Revolution Ayatollah Reza Kazemi sent a message of condolence.',
    ]);
    expect(person(a, 'Hassan Moradi')?.roles).toEqual(['Supreme Leader', 'Ayatollah']);
    expect(person(a, 'Reza Kazemi')?.roles).toEqual(['Leader of the Islamic Revolution', 'Ayatollah']);
  });

  it('splits an office from the military rank after it, but not a title ending in "General"', () => {
    const a = article('Defense chiefs meet in Moscow', [
      'Russian Defense Minister Army General Pavel Orlov met Army Chief of Staff General Amadou Keita in Moscow.',
      'Attorney General Mark Delaney and UN Secretary-General Ana Ribeiro were not present.',
    ]);
    expect(person(a, 'Pavel Orlov')?.roles).toEqual(['Russian Defense Minister', 'Army General']);
    expect(person(a, 'Amadou Keita')?.roles).toEqual(['Army Chief of Staff', 'General']);
    expect(person(a, 'Mark Delaney')?.roles).toEqual(['Attorney General']);
    expect(person(a, 'Ana Ribeiro')?.roles).toEqual(['UN Secretary-General']);
  });

  it('does not give a host’s prince the country of another country’s prince named before him', () => {
    const a = article(
      'Gulf leaders meet in Riyadh',
      [
        "Taking part were the Emir of Qatar, Sheikh Hamad bin Jassim Al Thani; Bahrain's Crown Prince and Prime Minister, Prince Rashid bin Isa Al Khalifa; and Kuwait's Emir, Sheikh Nasser Al-Sabah.",
        'On Thursday, Foreign Minister Prince Nawaf bin Saad chaired the preparatory meeting of the foreign ministers.',
      ],
      spa,
    );
    const nawaf = person(a, 'Nawaf bin Saad');
    expect(nawaf?.roles).toEqual(['Foreign Minister', 'Prince']);
    expect(nawaf?.country).toBe('Saudi Arabia');
  });
});
