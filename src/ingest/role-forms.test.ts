import { describe, expect, it } from 'vitest';
import { distinctRoles, roleKeys, withoutShorterForms } from './role-forms.ts';

describe('roleKeys', () => {
  it('gives one office written with and without full stops, hyphens or another case one key', () => {
    const [a, b, c, d] = roleKeys([
      'US Secretary of State',
      'U.S. Secretary of State',
      'Secretary-General of the Union',
      'secretary general of the union',
    ]);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(a).not.toBe(c);
  });

  it('expands an acronym another of the roles spells out, and reads the body in any order', () => {
    const keys = roleKeys([
      'general secretary of the Freedonian Workers Party (FWP) Central Committee',
      'general secretary of the FWP Central Committee',
      'general secretary of the Central Committee of the Freedonian Workers Party',
      'general secretary of the Freedonian Workers Party Central Committee',
    ]);
    expect(new Set(keys).size).toBe(1);
  });

  it('reads a nationality as its country, so the title before or after a country is one office', () => {
    const [a, b, c, d, e] = roleKeys([
      'Chilean President',
      'President of Chile',
      'US Ambassador',
      'Ambassador of the United States',
      'South Korean Ambassador',
    ]);
    expect(roleKeys(["Chile's Ambassador"])[0]).toBe(roleKeys(['Chilean Ambassador'])[0]);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(e).not.toBe(c);
    expect(e).toBe(roleKeys(['Ambassador of South Korea'])[0]);
  });

  it('keeps offices apart that differ by a word', () => {
    const keys = roleKeys(['Foreign Minister', 'Deputy Foreign Minister', 'former Foreign Minister']);
    expect(new Set(keys).size).toBe(3);
    // A bracketed acronym whose letters are not the words before it expands nothing.
    const [x, y] = roleKeys(['head of the Harbour Board (XYZ)', 'head of the XYZ']);
    expect(x).not.toBe(y);
  });
});

describe('withoutShorterForms', () => {
  it('drops a bare title another role narrows before it or gives a body after it', () => {
    expect(withoutShorterForms(['President', 'Ruritanian President'])).toEqual(['Ruritanian President']);
    expect(withoutShorterForms(['General Secretary', 'general secretary of the Union Party'])).toEqual([
      'general secretary of the Union Party',
    ]);
  });

  it('reads a hyphen as a space and ignores full stops', () => {
    expect(withoutShorterForms(['Vice-President', 'US vice president'])).toEqual(['US vice president']);
  });

  it('keeps a title beside another office or time', () => {
    expect(withoutShorterForms(['President', 'former president', 'Vice President'])).toEqual([
      'President',
      'former president',
      'Vice President',
    ]);
  });
});

describe('distinctRoles', () => {
  it('lists each office once, in its fullest written form, in order of first appearance', () => {
    expect(
      distinctRoles([
        'US Secretary of State',
        'Minister of Trade',
        'U.S. Secretary of State',
        'general secretary of the FWP Central Committee',
        'General Secretary',
        'general secretary of the Freedonian Workers Party (FWP) Central Committee',
      ]),
    ).toEqual([
      'U.S. Secretary of State',
      'Minister of Trade',
      'general secretary of the Freedonian Workers Party (FWP) Central Committee',
    ]);
  });

  it('leaves out a bare title that one written form narrows though another form of that office is shown', () => {
    expect(
      distinctRoles(['Defense Secretary', 'U.S. Defense Secretary', 'U.S. Secretary of Defense']),
    ).toEqual(['U.S. Secretary of Defense']);
  });

  it('keeps a single role as it is', () => {
    expect(distinctRoles(['Prime Minister'])).toEqual(['Prime Minister']);
  });
});
