// Derives the word lists the extractor needs from compromise's lexicon. Importing compromise costs most of a
// second, so this runs only in src/node/build-lexicon-data.ts (which writes lexicon-data.ts) and in the test
// that checks that file is still what compromise gives; the extractor itself loads lexicon-data.ts.
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: {
    orgWords: Record<string, boolean>;
    placeWords: Record<string, boolean>;
    switches: Record<string, string>;
  };
}
interface CompromiseWorld {
  methods: {
    two: { transform: { verb: { conjugate: (inf: string, model: unknown) => Record<string, string> } } };
  };
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
  // The lexicon lists many past tenses only as adjectives ("received", "expected", "joined") or not at all: add the
  // words its switch table says are adjectives or past tenses ("Adj|Past"), and the past tense compromise's own
  // conjugator makes from each infinitive it knows ("attend" it does not) and each word it says is a noun or a verb
  // ("watch": "Noun|Verb", "close": "Adj|Present", "coach": "Actor|Verb").
  const { conjugate } = (nlp.world() as unknown as CompromiseWorld).methods.two.transform.verb;
  const switches = model.two.switches;
  const conjugates = (w: string, t: string[]) =>
    /^[a-z-]+$/.test(w) &&
    switches[w] !== 'Adj|Past' &&
    (t.includes('Infinitive') || ['Noun|Verb', 'Adj|Present', 'Actor|Verb'].includes(switches[w] ?? ''));
  const pastTenses = [
    ...Object.keys(switches).filter((w) => switches[w] === 'Adj|Past'),
    ...entries
      .filter(([w, t]) => conjugates(w, t))
      .map(([w]) => conjugate(w, model).PastTense)
      .filter((p): p is string => typeof p === 'string' && /^[a-z-]+ed$/.test(p)),
  ];
  const verbs = [...new Set([...any(...VERB_TAGS).split('|'), ...pastTenses])].sort().join('|');
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
    verbs,
    adverbs: any('Adverb'),
    actors: pick((w, t) => t.includes('Actor') && !t.includes('Plural') && !w.includes(' ')),
    placeWords: Object.keys(model.two.placeWords).sort().join('|'),
    orgWords: Object.keys(model.two.orgWords).sort().join('|'),
  };
}
