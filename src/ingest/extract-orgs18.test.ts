// Organisations and places (session 18): one entry per body, by its long form, as the corpus README asks.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-people.ts';
import { emptyKnowledge } from '../common/dataset.ts';
import { extractionUnder, orgsAndPlacesUnder, personIn, testArticle } from './test-article.ts';

const extraction = extractionUnder('Officials review the response');

function organizations(...paragraphs: string[]): string[] {
  return extraction(...paragraphs).organizations;
}

describe('one entry per body, by its long form', () => {
  it('names a body met first by its acronym by the long form written later', () => {
    expect(
      organizations(
        'FEMA Administrator Dana Whitlow toured the flooded valley on Tuesday.',
        'Whitlow said the Federal Emergency Management Agency had sent 500 staff to the region.',
      ),
    ).toEqual(['Federal Emergency Management Agency']);
  });

  it('keeps a body once when a story drops its place, its "of" complement or its legal form', () => {
    expect(
      organizations(
        'The move breaks U.N. Security Council resolutions, Orlan Vesk said.',
        'Vesk said no member of the Security Council had objected.',
      ),
    ).toEqual(['U.N. Security Council']);
    expect(
      organizations(
        'The Survey Agency of the Mining Ministry raised the alert level on Monday.',
        'The Survey Agency said ash had reached the coast.',
      ),
    ).toEqual(['Survey Agency of the Mining Ministry']);
    expect(
      organizations(
        'Harlow Steel Corp agreed on Monday to buy a rival mill.',
        'Harlow Steel will pay $40 a share, Mira Castell said.',
      ),
    ).toEqual(['Harlow Steel Corp']);
    // A head word shared with another body is not enough.
    expect(
      organizations(
        'The National Security Council met on Monday.',
        'Later the Security Council of the United Nations met in New York.',
      ),
    ).toEqual(['National Security Council', 'Security Council of the United Nations']);
  });

  it('keeps the Federal Reserve once when the story then calls it the Fed', () => {
    expect(
      organizations(
        'The bank acted hours after the US Federal Reserve lowered its rates.',
        'Analysts said the Fed would cut again in December.',
      ),
    ).toEqual(['US Federal Reserve']);
  });
});

const entities = orgsAndPlacesUnder('Coalition talks resume');

describe('parties and movements named by one word or a word of their own language', () => {
  it('reads an acronym before a party office and a person as a body', () => {
    expect(
      organizations('The swearing-in was attended by KDP leader Arun Malhotra and other lawmakers.'),
    ).toEqual(['KDP']);
  });

  it('reads a name before a party office and a person as a body, but not at the start of a sentence', () => {
    expect(organizations('The deal was backed by Lok Varta chief Ravi Deshmane on Monday.')).toEqual([
      'Lok Varta',
    ]);
    expect(organizations('Opposition leader Tomas Verhaar criticised the deal.')).toEqual([]);
  });

  it('reads a party named with an English word or a nationality before "party"', () => {
    expect(organizations('Lena Maris, leader of the New Tamarak party, was elected on Friday.')).toEqual([
      'New Tamarak',
    ]);
    expect(organizations('Sunan Wattana of the ruling Rak Thai party won 300 votes.')).toEqual(['Rak Thai']);
  });

  it('keeps a body defined by its acronym once when the acronym later heads a title', () => {
    expect(
      organizations(
        'The government signed the deal with the Oromara Liberation Front (OLF) on Wednesday.',
        'OLF leader Dawit Kebede welcomed the agreement.',
      ),
    ).toEqual(['Oromara Liberation Front']);
  });

  it('lists a seat of government that speaks once, as a body, though it is also where talks are held', () => {
    expect(
      entities(
        'The two leaders held talks in the Kremlin on Friday.',
        'Kremlin aide Pavel Orlov told reporters the talks were useful.',
      ),
    ).toEqual({ organizations: ['Kremlin'], places: ['Beijing'] });
    // A town taken for a body before a title stays a place.
    expect(entities('Officials flew to Dunmore.', 'Dunmore Mayor Alma Reyes met them.').places).toContain(
      'Dunmore',
    );
  });

  it('does not read a body found in the story as a place after "and" or "in"', () => {
    expect(
      entities(
        'The minister discussed the conflict between Israel and Hamas, saying Hamas had to free the hostages.',
      ),
    ).toEqual({ organizations: ['Hamas'], places: ['Beijing', 'Israel'] });
    expect(
      entities(
        'The Bundestag will vote on the plan next week.',
        'Erik Sommer presented the paper at a press conference in the Bundestag.',
      ).places,
    ).not.toContain('Bundestag');
  });
});

describe('no junk among the organisations', () => {
  it('does not list a platform someone speaks through', () => {
    const found = extraction(
      'Prime Minister Ilse Varga said on Twitter that the deal was historic.',
      'Minister Joren Pell praised the team in a Facebook post.',
    );
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Ilse Varga')?.roles).toEqual(['Prime Minister']);
    expect(personIn(found, 'Joren Pell')?.roles).toEqual(['Minister']);
  });

  it('does not list a relation or a framework between bodies', () => {
    expect(
      organizations(
        'The two sides upgraded ties to a Comprehensive Strategic Partnership on Monday.',
        'Officials also signed the Trilateral Maritime Cooperation Framework.',
      ),
    ).toEqual([]);
    // The same words before a body's head word name a body.
    expect(organizations('Officials also met the Trilateral Maritime Cooperation Commission.')).toEqual([
      'Trilateral Maritime Cooperation Commission',
    ]);
  });

  it('lists a forum that meets or has members, not a forum held as an event', () => {
    expect(
      organizations(
        "Li Wen spoke at the Koral Economic Forum's annual meeting in Davos on Tuesday.",
        'Leaders of the Coral Islands Forum opened their summit on Monday.',
      ),
    ).toEqual(['Koral Economic Forum', 'Coral Islands Forum']);
    expect(
      organizations('Li Wen briefed guests on the Lindau Diplomacy Forum, which was held over the weekend.'),
    ).toEqual([]);
  });

  it('does not list a revolution named in a title or a framework defined by its initials', () => {
    const found = extraction(
      'The envoy handed a message for the Leader of the Islamic Revolution Ayatollah Reza Tabari.',
      'Ministers signed the Trilateral Maritime Cooperation Framework (TMCF) on Friday.',
    );
    expect(found.organizations).toEqual([]);
    expect(personIn(found, 'Reza Tabari')?.roles).toEqual(['Leader of the Islamic Revolution', 'Ayatollah']);
  });

  it('does not list the credited agency under its full name or its initials', () => {
    const credited = (source: string, paragraph: string) =>
      extractEntities(testArticle('Minister visits port', [paragraph], { source }), emptyKnowledge)
        .organizations;
    expect(credited('Karavan', 'Karavan News Agency correspondent Aida Nurova reported the visit.')).toEqual(
      [],
    );
    expect(credited('NAB', 'The News Agency of Borealia (NAB) reports that the visit went well.')).toEqual(
      [],
    );
    // Another body that shares the agency's initials stays.
    expect(credited('KNA', 'The Kaveri National Alliance welcomed the visit.')).toEqual([
      'Kaveri National Alliance',
    ]);
  });

  it('does not take a title for a body', () => {
    expect(
      organizations(
        'Chief Cabinet Secretary Kenji Morita spoke on Monday.',
        'Union Minister of Rural Roads Anil Desai opened the bridge.',
      ),
    ).toEqual([]);
    expect(
      organizations(
        'Members of the House Transport Committee questioned her on Tuesday.',
        'Committee Chairman Roy Fenwick said the hearing would resume.',
      ),
    ).toEqual(['House Transport Committee']);
  });
});

describe('Romance names with a particle', () => {
  it('reads a body or a place named with "de", "do" or "da" as one name', () => {
    expect(
      entities(
        'Marta Lins, once head of the Rio de Janeiro Civil Police, was arrested.',
        'Coach Tomas de la Vega celebrated with fans at the Plaza de Oriente.',
      ),
    ).toEqual({
      organizations: ['Rio de Janeiro Civil Police'],
      places: ['Beijing', 'Plaza de Oriente'],
    });
  });
});
