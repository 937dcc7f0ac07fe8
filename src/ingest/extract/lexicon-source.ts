// Derives the word lists the extractor needs from compromise's lexicon. Importing compromise costs most of a
// second, so this runs only in src/node/build-lexicon-data.ts (which writes lexicon-data.ts) and in the test
// that checks that file is still what compromise gives; the extractor itself loads lexicon-data.ts.
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
// Not 'Expression': interjections such as "hai" and "oh" are name parts when capitalised (Le Thi Hai, Oh Jin-ho).
const FUNCTION_TAGS = [
  'Preposition',
  'Determiner',
  'Conjunction',
  'Adverb',
  'Pronoun',
  'QuestionWord',
  'Possessive',
  'Copula',
  'Modal',
  'Negative',
  'WeekDay',
  'Month',
  'Date',
  'Cardinal',
  'Ordinal',
  'Reflexive',
];
const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal'];

/** List name -> its words, sorted and joined with "|" (words may contain spaces). */
export type LexiconData = Record<string, string>;

export function deriveLexiconData(): LexiconData {
  const model = nlp.model() as unknown as CompromiseModel;
  const entries = Object.entries(model.one.lexicon).map(
    ([w, t]) => [w, Array.isArray(t) ? t : [t]] as [string, string[]],
  );
  const pick = (test: (word: string, tags: string[]) => boolean) =>
    entries
      .filter(([w, t]) => test(w, t))
      .map(([w]) => w)
      .sort()
      .join('|');
  const any = (...tags: string[]) => pick((_, t) => t.some((x) => tags.includes(x)));
  return {
    firstNames: any('FirstName', 'MaleName', 'FemaleName', 'Person'),
    femaleNames: any('FemaleName'),
    maleNames: any('MaleName'),
    lastNames: any('LastName'),
    functionWords: any(...FUNCTION_TAGS),
    commonWords: pick((_, t) => !t.some((x) => NAME_TAGS.includes(x))),
    months: any('Month'),
    weekdays: any('WeekDay'),
    countries: any('Country'),
    demonyms: pick((w, t) => t.includes('Demonym') && !(w.endsWith('s') && t.includes('Plural'))),
    cities: any('City'),
    regions: any('Region', 'Place'),
    // Clubs too: "Manchester City" is a body, not the city.
    organizations: any('Organization', 'SportsTeam'),
    verbs: any(...VERB_TAGS),
    adverbs: any('Adverb'),
    actors: pick((w, t) => t.includes('Actor') && !t.includes('Plural') && !w.includes(' ')),
    placeWords: Object.keys(model.two.placeWords).sort().join('|'),
    orgWords: Object.keys(model.two.orgWords).sort().join('|'),
  };
}
