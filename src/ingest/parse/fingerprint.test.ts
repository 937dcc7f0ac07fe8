import { describe, expect, it } from 'vitest';
import { fingerprint, normStartsWith } from './fingerprint.ts';

describe('fingerprint', () => {
  it('ignores case, spaces and punctuation, curly or straight', () => {
    expect(fingerprint('Leaders met in “Rome”.').key).toBe(fingerprint('leaders met in "rome"!').key);
    expect(fingerprint('Café—ÉTÉ').key).toBe(fingerprint('café été').key);
    expect(fingerprint('【新华社】 中国').key).toBe(fingerprint('新华社中国').key);
  });

  it('tells different texts apart', () => {
    expect(fingerprint('Leaders met in Rome.').key).not.toBe(fingerprint('Leaders met in Paris.').key);
    expect(fingerprint('ab').key).not.toBe(fingerprint('ba').key);
  });

  it('measures the comparison form', () => {
    expect(fingerprint('A-b, c!').length).toBe(3);
    expect(fingerprint(' … — ').length).toBe(0);
  });
});

describe('normStartsWith', () => {
  it('compares comparison forms', () => {
    expect(normStartsWith('The talks, held on Monday, ended.', 'the talks held on')).toBe(true);
    expect(normStartsWith('The talks', 'The talks ended')).toBe(false);
    expect(normStartsWith('Anything', '...')).toBe(true);
  });
});
