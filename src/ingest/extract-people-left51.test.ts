// Session 37's older leftovers, on invented sentences with invented people: none of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed, testArticle as article } from './test-article.ts';

describe('a broadcaster named by "host"', () => {
  const story = (sentence: string) => article('Crowds gather for the count', [sentence], { source: 'AP' });

  it('finds a talk show host with a given name no lexicon knows, and gives the title', () => {
    const a = story(
      'Among those in the crowd were the Rev. Tobias Velkard and talk show host Zorbal Quentrix.',
    );
    expect(personNamed(a, 'Zorbal Quentrix')?.roles).toEqual(['talk show host']);
  });

  it('reads "radio host" after a verb as the title of the name after it', () => {
    expect(personNamed(story('He later met radio host Zorbal Quentrix.'), 'Zorbal Quentrix')?.roles).toEqual([
      'radio host',
    ]);
  });

  it('takes an outlet\'s name before "host" as part of the title ("Fox News host X")', () => {
    expect(
      personNamed(story('Former Fox News host Zorbal Quentrix spoke.'), 'Zorbal Quentrix')?.roles,
    ).toEqual(['Former Fox News host']);
  });

  it('reads no one into an event\'s host with one unknown word ("the summit host Kovna")', () => {
    expect(extractTest(story('The summit host Kovna said it would sign the accord.')).people).toEqual([]);
    // A name of two words there is a person.
    expect(
      extractTest(story('The summit host Ilse Varnam said it would sign the accord.')).people.map(
        (p) => p.name,
      ),
    ).toEqual(['Ilse Varnam']);
  });

  it('gives no "host" role to the object of the verb ("will host X")', () => {
    expect(personNamed(story('Belmora will host Mary Quentrix next week.'), 'Mary Quentrix')?.roles).toEqual(
      [],
    );
  });

  it('keeps the event\'s host out of the title before an office or a nationality ("with host Brazilian President X")', () => {
    const a = story('Leaders met, with host Brazilian President Mary Quentrix opening the talks.');
    expect(personNamed(a, 'Mary Quentrix')?.roles).toEqual(['Brazilian President']);
    const b = story('Leaders met, with host President Mary Quentrix opening the talks.');
    expect(personNamed(b, 'Mary Quentrix')?.roles).toEqual(['President']);
  });
});

describe("a team's age group before its coach", () => {
  const story = (sentence: string) => article('Interim staff named', [sentence], { source: 'dpa' });

  it('keeps "under-20" in the title and finds the coach whose given name no lexicon knows', () => {
    const a = story(
      'Velkard will take charge of the team, supported by under-20 coach Zorbal Quentrix and Tam Brody.',
    );
    expect(personNamed(a, 'Zorbal Quentrix')?.roles).toEqual(['under-20 coach']);
  });

  it('reads "U-21" the same way', () => {
    const a = story('The side was led by U-21 coach Mary Quentrix.');
    expect(personNamed(a, 'Mary Quentrix')?.roles).toEqual(['U-21 coach']);
  });
});

describe('a child named as "their" relative', () => {
  const visit = (joined: string) =>
    article(
      'President and first lady welcome young activist',
      [
        'President Tobias Velkard and first lady Mary Velkard met on Friday with Zorbal Quentrix, a teenage campaigner for schooling, the White House said.',
        `The activist was received in the Oval Office, where ${joined}, who is 15.`,
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );

  it('shares the country of the couple named before ("the couple were joined by their older daughter, X")', () => {
    const a = visit('the couple were joined by their older daughter, Malina');
    expect(personNamed(a, 'Mary Velkard')?.country).toBe('United States');
    expect(personNamed(a, 'Malina')?.country).toBe('United States');
  });

  it('takes no family for "their" where no two people named before share a family name', () => {
    const a = article(
      'Campaigners honoured',
      [
        'German writer Tobias Velkard and French painter Mary Quentrix were honoured on Friday.',
        'They were joined by their daughter, Malina, who is 15.',
      ],
      { source: 'AP', dateline: { place: 'WASHINGTON', date: null } },
    );
    expect(personNamed(a, 'Mary Quentrix')?.country).toBe('France');
    expect(personNamed(a, 'Malina')?.country).toBeNull();
  });
});

describe("a bare president in a story about one other country's coup", () => {
  const summit = (lede: string) =>
    article(
      'Regional bloc threatens sanctions over coup',
      [
        lede,
        'Nigerian President Mary Quentrix said the junta had ignored every deadline set by the leaders.',
        'The junta has held President Zorbal Brannoch in Conakry since it seized power.',
        'Ghanaian President Tobias Velkard said his country would send a battalion, alongside troops from Nigeria.',
      ],
      { source: 'NAN', dateline: { place: 'Abuja', date: 'Sep 9' } },
    );

  it("is of the one country the lede is about when the dateline's own president is named", () => {
    const a = summit(
      'West African leaders on Thursday threatened sanctions against the Republic of Guinea unless the soldiers who seized power there last month step down.',
    );
    expect(personNamed(a, 'Zorbal Brannoch')?.country).toBe('Guinea');
  });

  it('is left unplaced when the lede names two countries', () => {
    const a = summit(
      'West African leaders on Thursday threatened sanctions against Guinea and Mali unless the soldiers who seized power there step down.',
    );
    expect(personNamed(a, 'Zorbal Brannoch')?.country).toBeNull();
  });
});

describe('an American cabinet title written bare', () => {
  const talks = (title: string) =>
    article(
      'Allies hold annual security talks',
      [
        `In Kovna, he and ${title} Tobias Velkard will meet Belmoran Foreign Minister Mary Quentrix for the annual consultations.`,
      ],
      { source: 'AFP', dateline: { place: 'Kovna', date: null } },
    );

  it('places "Secretary of Defense X" in the United States, wherever the talks are held', () => {
    expect(personNamed(talks('Secretary of Defense'), 'Tobias Velkard')?.country).toBe('United States');
  });

  it('leaves a longer "Secretary of National Defense" to the story', () => {
    expect(personNamed(talks('Secretary of National Defense'), 'Tobias Velkard')?.country).not.toBe(
      'United States',
    );
    expect(personNamed(talks('Secretary of National Defense'), 'Tobias Velkard')?.roles).toEqual([
      'Secretary of National Defense',
    ]);
  });
});

describe('the captains of both sides', () => {
  const match = (pair: string) =>
    article(
      'Leaders watch Argentina beat Chile in semi-final',
      [
        'The presidents of Argentina and Chile sat side by side on Wednesday to watch their teams play a semi-final.',
        `The two leaders walked onto the field before the start to greet the players of both sides, led by ${pair}.`,
      ],
      { source: 'AFP', dateline: { place: 'KOVNA', date: null } },
    );

  it('pairs "captains X and Y" in order with the two countries the headline names', () => {
    const a = match('captains Tobias Velkard and Zorbal Quentrix');
    expect(personNamed(a, 'Tobias Velkard')?.country).toBe('Argentina');
    expect(personNamed(a, 'Zorbal Quentrix')?.country).toBe('Chile');
  });

  it('pairs no one after "both sides" without a shared plural title', () => {
    const a = match('Tobias Velkard and Zorbal Quentrix');
    expect(personNamed(a, 'Zorbal Quentrix')?.country).not.toBe('Chile');
    expect(extractTest(a).people.map((p) => p.name)).toEqual(['Tobias Velkard', 'Zorbal Quentrix']);
  });
});
