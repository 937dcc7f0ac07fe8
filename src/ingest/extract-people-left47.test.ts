// Session 34's older leftovers and roles audit, on invented sentences with invented people: none of them are in the
// held-out files.
import { describe, expect, it } from 'vitest';
import { extractTest, personNamed as person, testArticle as article } from './test-article.ts';

const roles = (a: ReturnType<typeof article>, name: string) => person(a, name)?.roles;

describe('a role written with the name of the person it serves ("X, Y\'s special envoy")', () => {
  it('keeps the office and leaves out whose it is, when the possessor is a person of the story', () => {
    const a = article('Vice president attends inauguration', [
      'President Halvard Korvane sent his greetings to the new government.',
      "Vice President Ilya Marek, Korvane's special envoy, attended the ceremony.",
      "Navy Capt. Tomas Lindell, Marek's spokesman, said the two sides agreed to stay in touch.",
    ]);
    expect(roles(a, 'Ilya Marek')).toEqual(['Vice President', 'special envoy']);
    expect(roles(a, 'Tomas Lindell')).toEqual(['Navy Capt.', 'spokesman']);
  });

  it("keeps a country's, a body's or an office's possessive", () => {
    const a = article('Talks on the border', [
      "Ilya Marek, Japan's foreign minister, met Tomas Lindell, the Taliban's chief spokesman.",
      "Ana Veltri, the UN Secretary-General's special envoy, joined them.",
    ]);
    expect(roles(a, 'Ilya Marek')).toEqual(["Japan's foreign minister"]);
    expect(roles(a, 'Tomas Lindell')).toEqual(["Taliban's chief spokesman"]);
    expect(roles(a, 'Ana Veltri')).toEqual(["UN Secretary-General's special envoy"]);
  });
});

describe('a rank after an office, before the name', () => {
  it('reads "Chief of Air Staff Air Marshal X" as the office and the marshal\'s rank', () => {
    const a = article('Air chiefs meet', [
      'Chief of Air Staff Air Marshal Darius Rastegar met Chief of Air Staff Air Chief Marshal Omar Durrani on Monday.',
    ]);
    expect(roles(a, 'Darius Rastegar')).toEqual(['Chief of Air Staff', 'Air Marshal']);
    expect(roles(a, 'Omar Durrani')).toEqual(['Chief of Air Staff', 'Air Chief Marshal']);
  });

  it('reads "Chairman Joint Chiefs of Staff Committee General X" as one office and a rank', () => {
    const a = article('Leaders attend ceremony', [
      'Prime Minister Kaleem Wazir, Chairman Joint Chiefs of Staff Committee General Rafiq Durrani, Chief of Army Staff General Naveed Suvorin, federal ministers and diplomats attended the ceremony.',
    ]);
    expect(roles(a, 'Rafiq Durrani')).toEqual(['Chairman Joint Chiefs of Staff Committee', 'General']);
    // The next officer of the list keeps his own office; it is no second role of the name before.
    expect(roles(a, 'Naveed Suvorin')).toEqual(['Chief of Army Staff', 'General']);
  });

  it('still gives an office set off after a name to that name', () => {
    const a = article('Army chief speaks', [
      'Naveed Suvorin, Chief of Army Staff, said the border was calm.',
    ]);
    expect(roles(a, 'Naveed Suvorin')).toEqual(['Chief of Army Staff']);
  });
});

describe('how long an office was held', () => {
  it('ends the office at "throughout"', () => {
    const a = article('Party picks new leader', [
      "Taro Sugimoto, who served as chief cabinet secretary throughout Kenji Moravec's second term, won the vote.",
    ]);
    expect(roles(a, 'Taro Sugimoto')).toEqual(['chief cabinet secretary']);
  });
});

describe('names no list knows, by their shape', () => {
  it('finds a name whose family name has the Arabic article joined in camel case', () => {
    const a = article('Astronaut returns home', [
      'His six months in orbit follow the week-long flight of Hazim AlSaadi four years earlier.',
    ]);
    expect(person(a, 'Hazim AlSaadi')).toBeDefined();
  });

  it('finds a Japanese woman whose family name is also a town, where a verb follows', () => {
    const a = article('New foreign minister named', [
      'No woman had run the ministry for two decades, since Sayoko Fukuyama held the job.',
    ]);
    expect(person(a, 'Sayoko Fukuyama')).toBeDefined();
  });

  it('does not read a town after an unknown "-ko" word as a name without a verb', () => {
    const a = article('Exhibition opens', ['The Sayoko Fukuyama exhibition opened on Monday.']);
    expect(person(a, 'Sayoko Fukuyama')).toBeUndefined();
    expect(extractTest(a).places).toContain('Fukuyama');
  });
});

describe('a portfolio whose fields are listed with commas', () => {
  it('keeps every field of the office, capitalised or not', () => {
    const a = article('Former minister wins vote', [
      'Tomas Lindell, a former rowing coach, served as Minister of Water, Irrigation, Housing and Rural Development from 2015 to 2017.',
      'Ilya Marek, deputy minister for cultural, religious and tourism affairs, was taken to the clinic.',
    ]);
    expect(roles(a, 'Tomas Lindell')).toContain(
      'Minister of Water, Irrigation, Housing and Rural Development',
    );
    expect(roles(a, 'Ilya Marek')).toEqual(['deputy minister for cultural, religious and tourism affairs']);
  });

  it('does not take the names of a list after an office for its fields', () => {
    const a = article('Ministers attend', [
      'Ana Veltri, Minister of Defence, Oskan Tavish and Dumari Quarles attended.',
    ]);
    expect(roles(a, 'Ana Veltri')).toEqual(['Minister of Defence']);
    expect(person(a, 'Oskan Tavish')).toBeDefined();
  });
});

describe('a relation with whose relative it is, then "and" and an office', () => {
  it('gives the office after "the grandson of the late X and"', () => {
    const a = article('Anniversary marked', [
      'Seyyed Hassan Mirvani, the grandson of the late Sheikh and custodian of his shrine, spoke first.',
    ]);
    expect(roles(a, 'Seyyed Hassan Mirvani')).toEqual(['custodian of his shrine']);
  });

  it('gives none where the office may be the relative\'s ("the son of the founder and chairman")', () => {
    const a = article('Board meets', [
      'Omar Durrani, the son of the founder and chairman of the board, spoke.',
    ]);
    expect(roles(a, 'Omar Durrani')).toEqual([]);
  });
});
