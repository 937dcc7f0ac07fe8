// Session 30's pass over rounds 48–49's leftovers (older wire copy), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames as taking, personNamed as person, testArticle as article } from './test-article.ts';

const ap = (place: string, date = '1961-06-05') => ({ date, source: 'AP', dateline: { place, date: null } });

describe('countries in older wire copy', () => {
  it('places an official named as of a seat of government ("X of the State Department")', () => {
    const a = article(
      'Leaders end talks in Geneva',
      [
        'GENEVA (AP) -- The two leaders ended their talks today without agreement.',
        'For much of the last session they sat alone with their interpreters -- Martin Keller of the State Department and Ivan Petrov of the Soviet Foreign Ministry.',
        'Daniel Ross of the Pentagon said later that the talks had gone well.',
      ],
      ap('GENEVA'),
    );
    expect(person(a, 'Martin Keller')?.country).toBe('United States');
    expect(person(a, 'Ivan Petrov')?.country).toBe('Soviet Union');
    expect(person(a, 'Daniel Ross')?.country).toBe('United States');
  });

  it('places a minister set off after another’s possessive in the possessor’s country, not a host or counterpart', () => {
    const a = article(
      'Leaders bury president',
      [
        'BELGRADE, Yugoslavia (AP) — Leaders from East and West buried President Ivo Maric on Thursday.',
        'Soviet President Boris Lenkov stood a few yards from the coffin.',
        'British Prime Minister Ann Tate later met Lenkov’s foreign minister, Pavel Orlov, in separate talks at the Yugoslav government guesthouse, and Lenkov’s host, Ivan Duda, saw him off.',
      ],
      ap('BELGRADE', '1980-05-09'),
    );
    expect(person(a, 'Pavel Orlov')?.country).toBe('Soviet Union');
    expect(person(a, 'Ivan Duda')?.country).not.toBe('Soviet Union');
  });

  it('gives a signatory the country they signed for, over a country named near their first mention', () => {
    const a = article(
      'Ceasefire signed in London',
      [
        "LONDON, Dec. 21 (Reuter) - Namibia's government and the rebel leaders today signed an agreement to end the war, after weeks of talks chaired by Foreign Secretary Lord Ashby.",
        'Ashby and the Minister of State, Peter Crane, signed for Britain.',
        'The two states signed at separate places: West German Chancellor Otto Lanz for the Federal Republic and Karl Brenner, First Secretary of the Socialist Unity Party, for the German Democratic Republic.',
      ],
      { date: '1979-12-22', source: 'Reuter', dateline: { place: 'LONDON', date: null } },
    );
    expect(person(a, 'Ashby')?.country).toBe('United Kingdom');
    expect(person(a, 'Peter Crane')?.country).toBe('United Kingdom');
    expect(person(a, 'Karl Brenner')?.country).toBe('East Germany');
  });

  it('does not give the one whose office announces a visit the visitor’s nationality from the words announced', () => {
    const a = article(
      'Leader Will Fly to Capital Saturday',
      [
        "JERUSALEM (AP) _ Egyptian President Omar Halim will fly to Israel on Saturday, the first Arab head of state to make the trip, Prime Minister David Stern's office announced today.",
        'Halim is to address the Knesset on Sunday.',
      ],
      ap('JERUSALEM', '1977-11-18'),
    );
    expect(person(a, 'Omar Halim')?.country).toBe('Egypt');
    expect(person(a, 'David Stern')?.country).toBe('Israel');
  });

  it('places one a leader names to an office in the leader’s country, not the dateline’s', () => {
    const a = article(
      'Leader Will Fly to Capital Saturday',
      [
        'JERUSALEM (AP) _ Egyptian President Omar Halim will arrive in Israel on Saturday night, officials said.',
        'Israeli officials said a welcoming ceremony was being prepared, with President Dov Arad present.',
        'Foreign Minister Sami Gaber resigned in protest at the trip, the official news agency said. Halim named Adel Fouad, a minister of state, to replace him, but Fouad also quit hours later.',
      ],
      ap('JERUSALEM', '1977-11-18'),
    );
    expect(person(a, 'Adel Fouad')?.country).toBe('Egypt');
  });

  it('places a titled name nothing else placed at home in the city they speak from or return to', () => {
    const summit = article(
      'Leaders End Vienna Talks Deadlocked',
      [
        'VIENNA, June 4 (AP) -- President Dale Ormond and Premier Ivan Volkov ended two days of talks today without agreement.',
        'The final round, at the Soviet Embassy, went on for over two hours.',
        'Mr. Volkov informed the President that the Soviet Union would sign its own treaty.',
        'Mr. Ormond flew to London tonight to see Prime Minister Arthur Penrose before returning to Washington. Mr. Volkov leaves Vienna tomorrow by train.',
      ],
      ap('VIENNA'),
    );
    expect(person(summit, 'Dale Ormond')?.country).toBe('United States');
    expect(person(summit, 'Ivan Volkov')?.country).toBe('Soviet Union');
    const visit = article(
      'Leader Will Fly to Capital Saturday',
      [
        'JERUSALEM (AP) _ Egyptian President Omar Halim will arrive in Israel on Saturday night, officials said.',
        'Israeli officials said a welcoming ceremony was being prepared, with President Dov Arad present.',
        'President Hal Brody said in Washington that he welcomed the trip.',
      ],
      ap('JERUSALEM', '1977-11-18'),
    );
    expect(person(visit, 'Hal Brody')?.country).toBe('United States');
  });

  it('reads a nationality opening a building’s name as the place, not whom a visitor there represents', () => {
    const a = article(
      'Leaders End Vienna Talks Deadlocked',
      [
        'VIENNA, June 4 (AP) -- President Dale Ormond ended two days of talks today without agreement.',
        'Mr. Ormond flew to London tonight before returning to Washington.',
        'His wife visited the Spanish Riding School and drew bigger crowds than the talks. Jane Ormond, 31, wore a pink silk coat.',
        'Later Jane Ormond toured the Spanish Riding School again.',
      ],
      ap('VIENNA'),
    );
    expect(person(a, 'Jane Ormond')?.country).toBe('United States');
  });

  it('gives the one named after "the first by a Soviet leader … since" that nationality', () => {
    const a = article(
      'Leaders sign treaty to scrap missiles',
      [
        'WASHINGTON (UPI) -- President Dale Ormond and Soviet leader Ivan Volkov signed a treaty Tuesday to scrap every U.S. and Soviet medium-range missile.',
        "Volkov's four-day visit is the first a Soviet leader has paid to Washington since Pavel Orlov came in 1973.",
      ],
      { date: '1987-12-09', source: 'UPI', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Pavel Orlov')?.country).toBe('Soviet Union');
  });

  it('places "X, Y’s chief of staff," in Y’s country, not that of a counterpart named beside X', () => {
    const a = article(
      'Chancellor greets visiting leader with anthems',
      [
        'BONN, West Germany (AP) -- West German Chancellor Otto Lanz welcomed East German leader Karl Brenner to Bonn on Monday.',
        'Foreign Minister Hans Vogel and his East German counterpart, Rolf Adler, signed agreements. Peter Jahn, Lanz’s chief of staff, took part in the talks.',
      ],
      ap('BONN', '1987-09-08'),
    );
    expect(person(a, 'Peter Jahn')?.country).toBe('Germany');
  });

  it('places the one a traveller flies somewhere to see in that place’s country', () => {
    const a = article(
      'Leaders end talks in Geneva',
      [
        'GENEVA (AP) -- The two leaders ended their talks today without agreement.',
        'Mr. Hale flew to London tonight to see Prime Minister Arthur Penrose before returning home.',
      ],
      ap('GENEVA'),
    );
    expect(person(a, 'Arthur Penrose')?.country).toBe('United Kingdom');
  });
});

describe('titles set off before a name', () => {
  it('gives the title to the name after "the apartment of the …," (a place is no person)', () => {
    const a = article(
      'Officials hold talks in Chicago',
      [
        'CHICAGO (AP) — Secretary of State Tom Baxter held talks on Sunday with Foreign Minister Ali Rahimi of Iran.',
        'The meeting, at the Palmer House apartment of the U.S. representative to the United Nations, Carl B. Monroe, who also took part, was their first.',
      ],
      ap('CHICAGO', '1974-04-15'),
    );
    expect(person(a, 'Carl B. Monroe')?.roles).toEqual(['U.S. representative to the United Nations']);
    expect(person(a, 'Carl B. Monroe')?.country).toBe('United States');
  });

  it('still gives no title to the name after "the wife of the …,"', () => {
    const a = article(
      'Officials hold talks in Chicago',
      [
        'CHICAGO (AP) — Secretary of State Tom Baxter held talks on Sunday with Foreign Minister Ali Rahimi of Iran.',
        'The wife of the U.S. representative to the United Nations, Joan Monroe, gave a dinner for the guests.',
      ],
      ap('CHICAGO', '1974-04-15'),
    );
    expect(person(a, 'Joan Monroe')?.roles ?? []).toEqual([]);
    expect(person(a, 'Joan Monroe')).toBeDefined();
    expect(person(a, 'Ali Rahimi')?.country).toBe('Iran');
  });
});

describe('members of Congress in AP copy', () => {
  it('reads "Rep. X, D-Mich., chairman of …" as an American with the chairmanship for a role', () => {
    const a = article(
      'President praised for peace role',
      [
        'WASHINGTON, June 29 -- President Dale Ormond welcomed President Tomas Kalu of Zaire to the White House on Thursday.',
        'Some members of Congress oppose aid to Zaire. Rep. Howard Kemp, D-Ohio, chairman of the House subcommittee on Africa, called the trip "a reward."',
        'Sen. Carla Dunn, R-N.Y., said the aid should stop.',
      ],
      { date: '1989-06-30', source: null, dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(person(a, 'Howard Kemp')?.country).toBe('United States');
    expect(person(a, 'Howard Kemp')?.roles).toContain('chairman of the House subcommittee on Africa');
    expect(person(a, 'Carla Dunn')?.country).toBe('United States');
  });
});

describe('who takes part in older wire copy', () => {
  it('counts those listed after "sat together in the front row:" as taking part', () => {
    const a = article(
      'President Opens Asian-African Parley',
      [
        'BANDUNG, Indonesia, April 18 (UP)--President Budi Santoso of Indonesia opened the first gathering of Asian and African states here today.',
        'The five premiers who sponsored the meeting sat together in the front row: Prime Minister Arun Mehta of India, Premier Ko Lwin of Burma, Sir Henry Perera of Ceylon, Rashid Khan of Pakistan and Mr. Santoso.',
      ],
      { date: '1955-04-19', source: 'UP', dateline: { place: 'BANDUNG', date: null } },
    );
    expect(taking(a)).toEqual(['Budi Santoso', 'Arun Mehta', 'Ko Lwin', 'Henry Perera', 'Rashid Khan']);
  });
});
