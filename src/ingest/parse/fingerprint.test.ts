import { describe, expect, it } from 'vitest';
import { FormSet, HEAD, headPrint, normEquals, normLength, normStartsWith } from './fingerprint.ts';

describe('FormSet', () => {
  it('ignores case, spaces and punctuation, curly or straight', () => {
    const set = new FormSet();
    set.add('Leaders met in “Rome”.');
    set.add('Café—ÉTÉ');
    set.add('【新华社】 中国');
    expect(set.has('leaders met in "rome"!')).toBe(true);
    expect(set.has('café été')).toBe(true);
    expect(set.has('新华社中国')).toBe(true);
  });

  it('tells different texts apart, also when they share a long head', () => {
    const head = 'The two sides agreed to deepen cooperation in trade, investment and energy';
    const set = new FormSet();
    set.add('Leaders met in Rome.');
    set.add(`${head}, officials said.`);
    expect(set.has('Leaders met in Paris.')).toBe(false);
    expect(set.has(`${head}, the ministry said.`)).toBe(false);
    expect(set.has(`${head}.`)).toBe(false);
    expect(set.has(`${head} — officials said!`)).toBe(true);
    set.add(`${head}.`);
    expect(set.has(`${head}...`)).toBe(true);
  });
});

describe('comparison forms', () => {
  it('measures the form: whole, and its head', () => {
    expect(normLength('A-b, c!')).toBe(3);
    expect(normLength(' … — ')).toBe(0);
    expect(headPrint('A-b, c!').length).toBe(3);
    expect(headPrint(' … — ').length).toBe(0);
    expect(headPrint('x'.repeat(HEAD + 10)).length).toBe(HEAD);
    expect(headPrint('ab').key).not.toBe(headPrint('ba').key);
  });

  it('compares forms: starts with, equals', () => {
    expect(normStartsWith('The talks, held on Monday, ended.', 'the talks held on')).toBe(true);
    expect(normStartsWith('The talks', 'The talks ended')).toBe(false);
    expect(normStartsWith('Anything', '...')).toBe(true);
    expect(normEquals('The talks, held on Monday.', 'the talks held on monday')).toBe(true);
    expect(normEquals('The talks, held on Monday.', 'the talks held on')).toBe(false);
    expect(normEquals('the talks held on', 'The talks, held on Monday.')).toBe(false);
  });
});
