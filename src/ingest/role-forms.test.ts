import { describe, expect, it } from 'vitest';
import { distinctRoles, roleKeys } from './role-forms.ts';

/** Whether all the roles are one office. */
const oneOffice = (...roles: string[]) => new Set(roleKeys(roles)).size === 1;

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
    // Without brackets too: the initials of words in a row of another role.
    expect(oneOffice('Harbour Board chief executive officer', 'Harbour Board CEO')).toBe(true);
    expect(oneOffice('Harbour Relief Agency Administrator', 'HRA Administrator')).toBe(true);
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

  it("reads a state's official name as its country, never cutting the lexicon's own long names", () => {
    expect(oneOffice('Chilean President', 'President of the Republic of Chile')).toBe(true);
    expect(oneOffice('French President', 'President of the French Republic')).toBe(true);
    expect(oneOffice('President of Iran', 'President of the Islamic Republic of Iran')).toBe(true);
    expect(oneOffice('Russian Foreign Minister', 'Foreign Minister of the Russian Federation')).toBe(true);
    expect(oneOffice('Chinese Premier', "Premier of the People's Republic of China")).toBe(true);
    // The acronym in brackets repeats the country's name.
    expect(
      oneOffice('South Korean Foreign Minister', 'Foreign Minister of the Republic of Korea (ROK)'),
    ).toBe(true);
    // "Democratic Republic of the Congo" is not the Republic of the Congo.
    expect(
      oneOffice(
        'President of the Democratic Republic of the Congo',
        'President of the Republic of the Congo',
      ),
    ).toBe(false);
    // A republic with no country named is not a country's.
    expect(oneOffice('President of the Republic', 'Chilean President')).toBe(false);
  });

  it('reads "Minister of Foreign Affairs" as the Foreign Minister, and keeps other offices and times apart', () => {
    expect(
      oneOffice(
        'Foreign Minister',
        'Minister of Foreign Affairs',
        'Minister for Foreign Affairs',
        'Foreign Affairs Minister',
      ),
    ).toBe(true);
    expect(oneOffice('Defence Minister', 'Minister of National Defense')).toBe(true);
    const keys = roleKeys(['Foreign Minister', 'Deputy Foreign Minister', 'former Foreign Minister']);
    expect(new Set(keys).size).toBe(3);
    expect(oneOffice('Minister of Foreign Affairs', 'Minister of State for Foreign Affairs')).toBe(false);
    expect(oneOffice('Foreign Minister', 'Minister of Foreign Affairs and Trade')).toBe(false);
    // A bracketed acronym whose letters are not the words before it expands nothing.
    const [x, y] = roleKeys(['head of the Harbour Board (XYZ)', 'head of the XYZ']);
    expect(x).not.toBe(y);
  });

  it("reads one title's spellings as one: transliterations, British and American spelling, gendered forms", () => {
    expect(oneOffice('Amir of Qatar', 'Emir of Qatar')).toBe(true);
    expect(oneOffice('Japanese Defence Minister', 'Japanese Defense Minister')).toBe(true);
    expect(oneOffice('National Security Adviser', 'National Security Advisor')).toBe(true);
    expect(oneOffice('vice chairwoman of the Harbour Board', 'vice chairman of the Harbour Board')).toBe(
      true,
    );
    expect(oneOffice('Harbour Board spokesman', 'Harbour Board spokesperson')).toBe(true);
    expect(oneOffice('General', 'Gen')).toBe(true);
    expect(oneOffice('Unión Cívica leader', 'Union Civica leader')).toBe(true);
    expect(oneOffice('Amir of Qatar', 'Emir of Kuwait')).toBe(false);
  });

  it('reads "his", "its" or "the country\'s" before a title as saying nothing of it, and a plural title as one', () => {
    expect(
      oneOffice(
        'permanent secretary of its Ministry of Trade',
        "permanent secretary of the country's Ministry of Trade",
      ),
    ).toBe(true);
    expect(
      oneOffice(
        'members of the Standing Committee of the Harbour Board',
        'member of the Standing Committee of the Harbour Board',
      ),
    ).toBe(true);
    expect(oneOffice('dean of the College of Cardinals', 'Cardinal')).toBe(false);
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
    expect(
      distinctRoles([
        'Chinese President',
        'President of China',
        "President of the People's Republic of China",
      ]),
    ).toEqual(["President of the People's Republic of China"]);
  });

  it('drops a bare title another role narrows before it or gives a body or post after it', () => {
    expect(distinctRoles(['President', 'Ruritanian President'])).toEqual(['Ruritanian President']);
    expect(distinctRoles(['General Secretary', 'general secretary of the Union Party'])).toEqual([
      'general secretary of the Union Party',
    ]);
    expect(distinctRoles(['Ambassador', 'Ambassador to Chile'])).toEqual(['Ambassador to Chile']);
    expect(distinctRoles(['Amir', 'Emir of Qatar'])).toEqual(['Emir of Qatar']);
    // Hyphens and full stops are not read.
    expect(distinctRoles(['Vice-President', 'US vice president'])).toEqual(['US vice president']);
  });

  it("drops a title that is another role's office with the country left unsaid, at the same time", () => {
    expect(distinctRoles(['Minister of Foreign Affairs', 'Chilean Foreign Minister'])).toEqual([
      'Chilean Foreign Minister',
    ]);
    expect(distinctRoles(['Prime Minister', 'New Zealand Prime Minister'])).toEqual([
      'New Zealand Prime Minister',
    ]);
    expect(distinctRoles(['his secretary of state', 'U.S. Secretary of State'])).toEqual([
      'U.S. Secretary of State',
    ]);
    expect(distinctRoles(['former president', 'former Chilean President'])).toEqual([
      'former Chilean President',
    ]);
    expect(distinctRoles(['PM', 'Chilean Prime Minister'])).toEqual(['Chilean Prime Minister']);
    // Another office or time is kept.
    expect(distinctRoles(['Foreign Minister', 'Chilean Deputy Foreign Minister'])).toEqual([
      'Foreign Minister',
      'Chilean Deputy Foreign Minister',
    ]);
    expect(distinctRoles(['president', 'former Chilean President'])).toEqual([
      'president',
      'former Chilean President',
    ]);
  });

  it('keeps a title beside another office or time, and beside a stack of titles', () => {
    expect(distinctRoles(['President', 'former president', 'Vice President'])).toEqual([
      'President',
      'former president',
      'Vice President',
    ]);
    expect(distinctRoles(['Minister', 'Defence Minister Marshal'])).toEqual([
      'Minister',
      'Defence Minister Marshal',
    ]);
  });

  it('leaves out a bare title that one written form narrows though another form of that office is shown', () => {
    expect(
      distinctRoles(['Defense Secretary', 'U.S. Defense Secretary', 'U.S. Secretary of Defense']),
    ).toEqual(['U.S. Secretary of Defense']);
  });

  it('leaves out a bare title two offices narrow, which of them it was not known', () => {
    expect(
      distinctRoles(['Chilean Ambassador to Peru', 'Chilean Ambassador', 'Chilean Ambassador to Japan']),
    ).toEqual(['Chilean Ambassador to Peru', 'Chilean Ambassador to Japan']);
  });

  it('makes one office of two forms one of which only describes the body or post more fully', () => {
    expect(
      distinctRoles([
        'chair of the Unity Party',
        'Ruritanian Foreign Minister',
        'chair of the ruling Unity Party',
        'Ruritanian Minister of Foreign Affairs and Trade',
        'Brightwater CEO',
        'chief executive officer of Brightwater Holdings AG',
      ]),
    ).toEqual([
      'chair of the ruling Unity Party',
      'Ruritanian Minister of Foreign Affairs and Trade',
      'chief executive officer of Brightwater Holdings AG',
    ]);
    // A chain settles into the fullest.
    expect(
      distinctRoles([
        'Lakes Party chair',
        'chair of the ruling Lakes Party',
        'chair of the ruling Lakes Party of Ruritania',
      ]),
    ).toEqual(['chair of the ruling Lakes Party of Ruritania']);
  });

  it('keeps two offices apart where the fuller adds a title, a rank, a time or an ordinal', () => {
    const apart = [
      'Ruritanian Foreign Minister',
      'Ruritanian Vice Foreign Minister',
      'Ruritanian Prime Minister',
      'former Ruritanian Prime Minister',
      "Ruritania's fifth prime minister",
      'Harbour Board chair',
      'Harbour Board chief executive and chair',
    ];
    expect(distinctRoles(apart)).toEqual(apart);
    // Two fuller offices: which one the short form meant is not known.
    const twoFuller = [
      'Unity Party chair',
      'chair of the ruling Unity Party',
      'chair of the Unity Party youth wing',
    ];
    expect(distinctRoles(twoFuller)).toEqual(twoFuller);
  });

  it('keeps a single role as it is', () => {
    expect(distinctRoles(['Prime Minister'])).toEqual(['Prime Minister']);
  });
});
