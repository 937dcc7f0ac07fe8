// Names, roles, countries and participants seen first in the twenty-fifth blind round of held-out articles
// (economy, trade, health, science and climate), on invented sentences: none of these people are in the held-out
// files.
import { describe, expect, it } from 'vitest';
import { extractTest as run, personNamed as person, testArticle as article } from './test-article.ts';

describe('titles', () => {
  it('keeps a portfolio joined by "and" whole, before the title and inside it', () => {
    const a = article('Ministers meet in Lusaka', [
      'Minister of Finance and Revenue Kalaba Mwansa met with Petroleum and Natural Gas Minister Rajiv Menon in Lusaka on Thursday.',
      'Communications and Informatics Minister Andi Wirawan also attended the meeting.',
    ]);
    const names = run(a).people.map((p) => p.name);
    expect(names).toEqual(['Kalaba Mwansa', 'Rajiv Menon', 'Andi Wirawan']);
    expect(person(a, 'Kalaba Mwansa')?.roles).toEqual(['Minister of Finance and Revenue']);
    expect(person(a, 'Rajiv Menon')?.roles).toEqual(['Petroleum and Natural Gas Minister']);
    expect(person(a, 'Andi Wirawan')?.roles).toEqual(['Communications and Informatics Minister']);
  });

  it('keeps a union local’s or a ward’s number in the title', () => {
    const a = article('Machinists end strike', [
      'Union members voted to end the strike on Monday, IAM District 204 President Dale Kirby told reporters.',
      'Ward 5 Councillor Janet Pryce welcomed the vote.',
    ]);
    expect(person(a, 'Dale Kirby')?.roles).toEqual(['IAM District 204 President']);
    expect(person(a, 'Janet Pryce')?.roles).toEqual(['Ward 5 Councillor']);
  });

  it('reads an occupation by its ending in an appositive, after an age too', () => {
    const a = article('Prize goes to three researchers', [
      'The prize goes this year to Tom Hale and Rick Lanz of Acme Labs, the jury announced on Wednesday.',
      'Lanz, 39, an American chemist, headed the team that built the model.',
    ]);
    expect(person(a, 'Rick Lanz')?.roles).toEqual(['American chemist']);
    expect(person(a, 'Rick Lanz')?.country).toBe('United States');
  });

  it('reads a long role set off by commas before a titled name, and one after "under the then"', () => {
    const a = article(
      'Bank raises rate',
      [
        'The bank has raised its benchmark rate by 400 basis points.',
        'The last meeting was held in July under the then Acting Governor, Mr Tunde Bakare, after he was appointed.',
        'Reacting, the Chief Executive Officer of the Centre for the Study of Small Enterprise (CSSE), Dr Emeka Obi, said the hike would hurt.',
      ],
      { source: 'NAN', dateline: { place: 'Abuja', date: 'Feb. 27, 2024' } },
    );
    expect(person(a, 'Tunde Bakare')?.roles).toEqual(['Acting Governor']);
    expect(person(a, 'Emeka Obi')?.roles).toEqual([
      'Chief Executive Officer of the Centre for the Study of Small Enterprise (CSSE)',
    ]);
  });
});

describe('countries', () => {
  it('places a story with no dateline where its cities and states are', () => {
    const a = article(
      'Dockworkers vote to end strike',
      [
        'Dockworkers voted to accept a new contract on Monday, ending a strike that had closed the ports, the union said in Houston.',
        'About 20,000 workers in Texas and Louisiana took part in the walkout.',
        'Acting Labor Secretary Rosa Delgado said the deal was fair.',
      ],
      { source: 'Bloomberg', dateline: null },
    );
    expect(person(a, 'Rosa Delgado')?.country).toBe('United States');
    // Not where the story names another country too.
    const b = article(
      'Dockworkers vote to end strike',
      [
        'Dockworkers voted to accept a new contract on Monday, the union said in Houston.',
        'About 20,000 workers in Texas took part, and ports in Mexico were also hit.',
        'Acting Labor Secretary Rosa Delgado said the deal was fair.',
      ],
      { source: 'Bloomberg', dateline: null },
    );
    expect(person(b, 'Rosa Delgado')?.country).toBe(null);
  });
});

describe('international officials', () => {
  it('gives no country to one who led an international body’s mission, named with no title', () => {
    const a = article(
      'IMF, Zambia reach staff-level agreement on loan',
      [
        'The International Monetary Fund (IMF) and Zambia have reached a staff-level agreement on a loan.',
        'In a statement, Karl Stein, who led the IMF mission to Zambia, said the programme would help.',
      ],
      { source: 'APP', dateline: { place: 'LUSAKA', date: null } },
    );
    expect(person(a, 'Karl Stein')?.country).toBe(null);
  });
});

describe('participants', () => {
  it('takes the agent of a passive act the sentence opens with as taking part', () => {
    const a = article('Nations agree climate finance deal', [
      'Nations at the climate talks agreed early Sunday on a new finance goal.',
      'The agreement was gavelled through by Conference President Arif Kazimov after two weeks of talks.',
    ]);
    expect(person(a, 'Arif Kazimov')?.participant).toBe(true);
    const b = article('Academy names prize winners', [
      'The Physics Prize goes this year to two researchers, the academy announced on Wednesday.',
      'The winners were announced in Stockholm by Lena Holm, the academy’s permanent secretary.',
    ]);
    expect(person(b, 'Lena Holm')?.participant).toBe(true);
  });

  it('counts the crew a spacecraft "carries" as taking part in its launch', () => {
    const a = article('Country launches crewed spaceship', [
      'The country launched a crewed spaceship late on Thursday, sending three astronauts to its space station.',
      'The spaceship carries three astronauts, Wu Tian, Ma Lin and Zhao Ren, with Wu as the commander.',
    ]);
    expect(person(a, 'Wu Tian')?.participant).toBe(true);
    expect(person(a, 'Zhao Ren')?.participant).toBe(true);
  });

  it('leaves out one who welcomes the agreement reached, and thanks others for it', () => {
    const a = article('Fund, Zambia reach staff-level agreement on loan', [
      'The Fund and Zambia have reached a staff-level agreement on a loan.',
      'In a statement, Karl Stein, who led the Fund mission to Zambia, said the programme would help.',
      'Prime Minister Joseph Banda welcomed the agreement and praised the work of the finance minister.',
      'He also thanked the Fund’s Managing Director for her support.',
    ]);
    expect(person(a, 'Joseph Banda')?.participant).toBe(false);
  });

  it('leaves out one reacting, and one named for an act that will follow', () => {
    const a = article(
      'Bank raises rate',
      [
        'The Central Bank on Tuesday raised its benchmark rate, Governor Musa Bello told a press conference.',
        'Reacting, the Chief Executive of the Small Business Forum, Mr Ade Cole, said the hike would hurt.',
      ],
      { source: 'NAN', dateline: { place: 'Abuja', date: 'Feb. 27, 2024' } },
    );
    expect(person(a, 'Ade Cole')?.participant).toBe(false);
    const b = article(
      'Machinists vote to end strike',
      [
        'Factory workers voted to accept a new contract, clearing the way for Chief Executive Officer Dana Price to restart production.',
      ],
      { source: 'Bloomberg', dateline: null },
    );
    expect(person(b, 'Dana Price')?.participant).toBe(false);
  });

  it('leaves out the head of a body that acted a day earlier, titled "Director General"', () => {
    const a = article('Health body declares emergency', [
      'The agency on Wednesday declared the outbreak an emergency, its Director-General Omar Lind told a press conference.',
      'The declaration came a day after the Africa Health Agency (AHA) declared an emergency of its own.',
      'AHA Director General Paul Mensah said the continent needed more vaccines.',
    ]);
    expect(person(a, 'Paul Mensah')?.participant).toBe(false);
  });

  it('leaves out one who opened the wider event earlier in the day of a signing', () => {
    const a = article(
      'Two firms sign gas supply deal',
      [
        'Two gas firms on Tuesday signed a 20-year supply deal at the energy week in Goa.',
        'The deal was signed by Chief Executive Ravi Nair in the presence of Energy Minister Anil Rao.',
        'Earlier in the day, Prime Minister Suresh Pillai inaugurated the four-day event, where he said gas use would grow.',
      ],
      { source: 'PTI', dateline: { place: 'Panaji', date: 'Feb 6' } },
    );
    expect(person(a, 'Anil Rao')?.participant).toBe(true);
    expect(person(a, 'Suresh Pillai')?.participant).toBe(false);
  });
});
