import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';
import { COUNTRY, DEMONYM, FUNCTION_WORD, MONTH, TITLE_HEAD, tokenFlags, wordFlags } from './word-classes.ts';

describe('tokenFlags', () => {
  it("gives a token its lower case's word lists, whatever its capitals", () => {
    const { tokens } = tokenize(['The French President met KENYA officials of Norland in March.']);
    const flagsOf = (text: string) => tokenFlags(tokens.find((t) => t.text === text)!);
    expect(flagsOf('The') & FUNCTION_WORD).not.toBe(0);
    expect(flagsOf('French') & DEMONYM).not.toBe(0);
    expect(flagsOf('President') & TITLE_HEAD).not.toBe(0);
    expect(flagsOf('KENYA') & COUNTRY).not.toBe(0);
    expect(flagsOf('March') & MONTH).not.toBe(0);
    expect(flagsOf('Norland')).toBe(0);
    for (const t of tokens) expect(tokenFlags(t)).toBe(wordFlags(t.lower));
  });

  it('looks a token up once and keeps the answer on it', () => {
    const [token] = tokenize(['Kenya']).tokens;
    expect(token!.flags).toBe(-1);
    const flags = tokenFlags(token!);
    expect(token!.flags).toBe(flags);
  });
});
