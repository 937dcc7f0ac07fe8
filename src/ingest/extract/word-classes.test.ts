import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';
import {
  COUNTRY,
  DEMONYM,
  FIRST_NAME,
  FUNCTION_WORD,
  KNOWN_ORG,
  MONTH,
  TITLE_HEAD,
  tokenFlags,
  tokenLists,
  wordFlags,
  wordLists,
} from './word-classes.ts';

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
    expect(token!.flags).toBe(tokenLists(token!));
    expect(tokenFlags(token!)).toBe(flags);
  });

  it('keeps given names and known bodies out of the flags, on the lists only', () => {
    const { tokens } = tokenize(['Maria spoke to the Senate.']);
    const maria = tokens.find((t) => t.text === 'Maria')!;
    expect(tokenLists(maria) & FIRST_NAME).not.toBe(0);
    expect(tokenFlags(maria) & FIRST_NAME).toBe(0);
    expect(wordLists('maria') & ~FIRST_NAME & ~KNOWN_ORG).toBe(wordFlags('maria'));
    expect(wordLists('adidas') & KNOWN_ORG).not.toBe(0);
  });

  it('tells thousands of words apart, short and long, as it remembers them', () => {
    const invented = Array.from({ length: 20_000 }, (_, k) => `zq${k.toString(36)}x`);
    for (const word of invented) expect(wordFlags(word)).toBe(0);
    expect(wordFlags('kenya') & COUNTRY).not.toBe(0);
    expect(wordFlags('president') & TITLE_HEAD).not.toBe(0);
    expect(wordFlags('french') & DEMONYM).not.toBe(0);
    // Longer than a slot holds: remembered apart.
    expect(wordFlags('secretary-general') & TITLE_HEAD).not.toBe(0);
    expect(wordFlags('secretary-generals') & TITLE_HEAD).toBe(0);
    expect(wordFlags('ken')).not.toBe(wordFlags('kenya'));
  });
});
