// Organisations and places (session 23): faults a reader of the sidebar notices, found on the newest held-out rounds.
import { describe, expect, it } from 'vitest';
import { orgsAndPlacesUnder } from './test-article.ts';

const entities = orgsAndPlacesUnder('Officials review the response');

describe('bodies named inside longer names', () => {
  it('lists initials written inside a longer name as their own body when used alone, and the longer name once', () => {
    expect(
      entities(
        'Ren Tao, head of the Liaison Office of the Workers Party of Norland (WPN) Central Committee, met the guests.',
        'Ren said the WPN is ready to deepen exchanges.',
        'Mai Lin, deputy head of the Liaison Office of the WPN Central Committee, attended.',
      ).organizations,
    ).toEqual([
      'Liaison Office of the Workers Party of Norland Central Committee',
      'Workers Party of Norland',
    ]);
  });

  it('reads a later name with the initials as the body first named in full', () => {
    expect(
      entities(
        "Ola Berg, chairman of the Grand People's Assembly (GPA) Standing Committee, met them.",
        'Kai Moe, vice chairman of the GPA Standing Committee, was present.',
      ).organizations,
    ).toEqual(["Grand People's Assembly Standing Committee"]);
  });

  it('keeps the nationality before the initials in the long form', () => {
    expect(
      entities(
        "The drill is led by the Coastal Command of the Chilean People's Defence Army (PDA) Navy.",
        'The PDA has sent 700 personnel.',
      ).organizations,
    ).toEqual(["Coastal Command of the Chilean People's Defence Army Navy", "Chilean People's Defence Army"]);
  });
});
