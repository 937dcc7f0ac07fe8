// Session 40's leftovers of blind rounds 56–64 (held-out 864–989), on invented sentences with invented people: none
// of them are in the held-out files.
import { describe, expect, it } from 'vitest';
import { participantNames, testArticle as article } from './test-article.ts';

describe('"Among them was X" after a group someone at the event spoke with', () => {
  const visit = (sentences: string[]) =>
    article(
      'Premier visits flood-hit province, vows swift aid',
      [
        'Prime Minister Tomas Velder on Sunday visited towns of the northern province flooded last week and pledged to rebuild the bridges.',
        ...sentences,
      ],
      { source: 'Kyodo', dateline: null },
    );

  it('takes the one named among the residents he spoke with as being there', () => {
    const a = visit([
      'At a school used as a shelter, Velder knelt on the floor to speak with residents. Among them was Mira Tollan, 79, who told him that her house had been swept away.',
    ]);
    expect(participantNames(a)).toContain('Mira Tollan');
  });

  it('reads "the Prime Minister" of the sentence before as the one who spoke with them', () => {
    const a = visit([
      'The Prime Minister also spoke with doctors and nurses of the field hospital. Among them was Major Ilse Marbeck, whose photograph had been widely shared.',
    ]);
    expect(participantNames(a)).toContain('Ilse Marbeck');
  });

  it('does not take one of a group the sentence before names at another time', () => {
    const a = visit([
      'Last year, Velder met survivors of the earlier floods. Among them was Mira Tollan, who later wrote a book.',
    ]);
    expect(participantNames(a)).not.toContain('Mira Tollan');
  });
});

describe('an appositive name whose own verb opens the sentence', () => {
  it('takes "Title, X, met the visitors at the airport and briefed them" as being there', () => {
    const a = article(
      'Minister sees tsunami ruin from the air',
      [
        'Secretary of State Carl Brenner flew low over the flattened coast by helicopter on Wednesday and said he had never seen destruction on the scale left by the tsunami.',
        "Norway's Coordinating Minister for People's Welfare, Aron Telvik, who is in charge of the relief effort in the province, met the visitors at the airport and briefed them on the needs of the homeless.",
      ],
      { source: 'AP', dateline: { place: 'PORT ELAN', date: 'Jan. 5' } },
    );
    expect(participantNames(a)).toContain('Aron Telvik');
  });

  it('takes "The Director General, X, briefed the Prime Minister on the operation" as being at the meeting', () => {
    const a = article(
      'PM interacts with rescue teams back from quake mission',
      [
        'The Prime Minister, Shri Anand Varesh, interacted with the personnel of the Rapid Rescue Force (RRF) at his residence in New Delhi today.',
        'The RRF Director General, Shri Manoj Tallur, briefed the Prime Minister on the operation, in which three teams had been deployed.',
      ],
      { source: 'PIB', dateline: null },
    );
    expect(participantNames(a)).toContain('Manoj Tallur');
  });
});
