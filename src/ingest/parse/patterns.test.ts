import { describe, expect, it } from 'vitest';
import { isBodyChrome, isTopChrome, knownAgency, stripPhotoCredit } from './patterns.ts';

describe('isTopChrome', () => {
  it.each([
    'Home>>',
    'Home » World » Asia',
    'News / Nation',
    'Left Menu',
    'Skip to Content',
    'Skip to main content',
    'Latest News',
    'Chief Editor: Tariq Mahmood',
    '@dailynews',
    'Follow us on @dailynews',
    '12',
    '2024-10-22',
    'Tuesday, October 22, 2024',
    'Tue 22 Oct 2024',
  ])('%j is chrome', (line) => {
    expect(isTopChrome(line)).toBe(true);
  });

  it.each([
    'Xi meets Kissinger in Beijing',
    'Trade grows in first quarter | China Daily',
    "Finland becomes NATO's 31st member",
    'Pakistan / India talks resume after a year of silence on the border',
  ])('%j is not chrome', (line) => {
    expect(isTopChrome(line)).toBe(false);
  });
});

describe('isBodyChrome', () => {
  it('knows page furniture but not story words', () => {
    expect(isBodyChrome('Advertisement')).toBe(true);
    expect(isBodyChrome('Like this:')).toBe(true);
    expect(isBodyChrome('World')).toBe(false);
    expect(isBodyChrome('BACKGROUND')).toBe(false);
  });
});

describe('stripPhotoCredit', () => {
  it.each([
    ['Leaders pose in Rome. (Xinhua/Jin Mamengni)', 'Leaders pose in Rome.'],
    ['Leaders pose in Rome. (Photo: Xinhua/Li Tao)', 'Leaders pose in Rome.'],
    ['A bridge in Wuhan. (Photo/China News Service)', 'A bridge in Wuhan.'],
    ['A bridge in Wuhan [Photo/Agencies]', 'A bridge in Wuhan'],
    ['A bridge in Wuhan [Photo by Zhang Wei/chinadaily.com.cn]', 'A bridge in Wuhan'],
    ['A man walks past a screen. Photo: AP', 'A man walks past a screen.'],
    ['Troops on patrol. REUTERS/Jane Doe/File Photo', 'Troops on patrol.'],
    ['(Xinhua/Li Tao)', ''],
    ['Photo: AP', ''],
  ])('%j -> %j', (line, caption) => {
    expect(stripPhotoCredit(line)).toBe(caption);
  });

  it('leaves story text with ordinary parentheses alone', () => {
    expect(stripPhotoCredit('The African Union (AU) joined the Group of 20 (G20).')).toBeNull();
    expect(stripPhotoCredit('He said (in 2019) he would.')).toBeNull();
    expect(stripPhotoCredit('Talks continued, officials said (Xinhua).')).toBeNull();
  });
});

describe('knownAgency', () => {
  it('matches agency names case-insensitively and returns the usual spelling', () => {
    expect(knownAgency('xinhua')).toBe('Xinhua');
    // A web address credits its outlet: the source is the agency, however the byline writes it.
    expect(knownAgency('chinadaily.com.cn')).toBe('China Daily');
    expect(knownAgency('Chinadaily.com.cn')).toBe('China Daily');
    expect(knownAgency('Ministry of Foreign Affairs')).toBeNull();
  });
});
