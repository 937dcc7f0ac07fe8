// Which different full names across an archive are one person: spellings of one name ("Sergey" and "Sergei
// Volkov", "Al-Hashimi" and "Alhashimi") and shorter forms of a fuller name ("Bola Adeyemi", "S. Raghavan").
// Pure; mergePeople calls it once with every distinct full name of the archive.

import { isPinyinName } from './extract/countries.ts';
import { NAME_SUFFIXES } from './extract/names.ts';

/** One distinct full name (a merge key of two or more words) and what the archive says of it. */
export interface FullName {
  /** The merge key (ids.ts nameKey): lowercase ASCII words. */
  key: string;
  /** How many article people carry it: the most written of two spellings names the person. */
  mentions: number;
  countries: ReadonlySet<string>;
  /** The name as written ("Kim Chol-jun", "Kim Chol Jun"): its shape may say that every letter counts. */
  forms: readonly string[];
  /** Listed in seeds/people.json: two known people are never joined. */
  known: boolean;
  /**
   * An article names it beside another name that differs only by its given name's transliteration (an "Aleksandr
   * X" beside an "Alexander X"): two people, so its given name is compared as written.
   */
  apart?: boolean;
  /**
   * The full names an article lists beside it as other people ("George W Bush" beside his father "George Bush"):
   * never joined to it, whatever the rest of the archive holds.
   */
  listedBeside?: ReadonlySet<string>;
}

/**
 * Countries whose names do not shorten by dropping a part: the family name comes first and the given name has
 * two parts ("Kim Chol Jun", "Pham Van Tuan"), or there is no family name at all (Myanmar). Dropping a part
 * there gives another person's name.
 */
const NO_SHORT_FORMS = new Set([
  'China',
  'Taiwan',
  'Hong Kong',
  'Macau',
  'North Korea',
  'South Korea',
  'Vietnam',
  'Singapore',
  'Cambodia',
  'Myanmar',
]);
/** A Korean given name written with a hyphen ("Jae-in", "Yo-jong"). */
const KOREAN_GIVEN = /(?:^|\s)[A-Z][a-z]{0,3} [A-Z][a-z]{1,4}-[a-z]{1,4}(?:\s|$)/;

/**
 * Whether a name joins other names only on its exact key: names of the countries above, Korean-shaped names and
 * names that could be Chinese, whose short syllables make another person's name when a part is dropped or a
 * letter folded ("Kim Chol Jun" is not "Kim Jun", "Lin Xue" not "Lin Xu").
 */
function exactOnly(name: FullName): boolean {
  for (const country of name.countries) if (NO_SHORT_FORMS.has(country)) return true;
  for (const form of name.forms) if (KOREAN_GIVEN.test(form) || isPinyinName(form)) return true;
  return false;
}

/**
 * Words a name may drop from its front (as spellingWords writes them): devotional and honorific prefixes. Any other
 * first word stays, since what follows it may be a father's name: "Nadeem Malik" is Sana Nadeem Malik's father,
 * "Saad Al Mansour" Faisal bin Saad Al Mansour's.
 */
const DROPPABLE_PREFIXES = new Set([
  'muhammad',
  'syed',
  'seyed',
  'sayed',
  'sayid',
  'sheikh',
  'shaikh',
  'haji',
  // A Sufi shrine's hereditary custodian, in Pakistan: "Makhdoom Shah Mahmood Qureshi" is Shah Mahmood Qureshi.
  'makhdoom',
]);

/**
 * A merge key's words with the differences of spelling that do not make another name folded away:
 * - "yy" as "y", and a final "iy", "ii", "ey" or a "y" after a single r, l, k or g as "i" (Sergey/Sergei,
 *   Yury/Yuri, Andriy/Andrii, Kovalskyy/Kovalskiy/Kovalsky, Seyyed/Seyed; not Tony/Toni, Terry/Terri);
 * - "ae", "oe", "ue" as the umlaut's plain vowel (Moeller/Möller, which ASCII folds to "Moller");
 * - the Arabic article written apart inside a name left out, as the wire often leaves it out (Karim al-Nouri/
 *   Karim Nouri, el-Nouri/al-Nouri/Nouri); a first word "Al" or "El" is joined to the next ("Al Hood" is not "Hood");
 * - the spellings of Muhammad (Mohammed, Mohamed, Muhammad, Mohammad …) as one, and of the "Abd" of
 *   "Abd al-…" (Abdul, Abdel, Abdol, Abdur, Abd: Tarek Abdul Wahab/Tarek Abd Wahab);
 * - initials written together split ("KB Sharma Thapa" = "K. B. Sharma Thapa"): a word of two or three letters
 *   without a vowel, other than "Jr" and "Sr", is a run of initials.
 */
export function spellingWords(key: string, givenForms = true): string[] {
  const out = respelledWords(key);
  // A given name's other transliteration, as the name's first word only (a patronymic or family name stays).
  if (givenForms && out.length > 1) out[0] = GIVEN_NAME_FORMS.get(out[0]!) ?? out[0]!;
  return out;
}

/**
 * One East Slavic given name as Russian, Ukrainian and Belarusian transliterations write it, each keyed by its form
 * after fold (Andriy/Andrii are "andri" there, Yury "yuri"): Vladimir/Volodymyr, Aleksandr/Alexander/Oleksandr,
 * Alexei/Oleksiy, Sergei/Serhiy, Dmitry/Dmytro, Mikhail/Mykhailo, Nikolai/Mykola, Pavel/Pavlo, Pyotr/Petro,
 * Yevgeny/Yevhen, Oleg/Oleh, Andrei/Andriy. A given name only, never a list of people: "Vladimir Zelensky" and
 * "Volodymyr Zelenskyy" are one name in two transliterations. Each form here names no other given name.
 */
const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['vladimir', 'volodymyr', 'uladzimir'],
      ['aleksandr', 'alexander', 'alexandr', 'aleksander', 'oleksandr', 'aliaksandr', 'alyaksandr'],
      ['aleksei', 'alexei', 'oleksi', 'aliaksei'],
      ['sergei', 'serhi', 'sergi', 'siarhei'],
      ['dmitri', 'dmytro', 'dzmitri'],
      ['mikhail', 'mykhailo', 'mikhailo'],
      ['nikolai', 'nikolay', 'mykola', 'mikalai'],
      ['pavel', 'pavlo'],
      ['pyotr', 'petr', 'petro'],
      ['yevgeni', 'yevgeny', 'evgeni', 'evgeny', 'yevhen', 'yevheni'],
      ['oleg', 'oleh'],
      ['andrei', 'andri'],
    ] as const
  ).flatMap((forms) => forms.map((form) => [form, forms[0]] as const)),
);

/**
 * The spelling (spellingWords, joined) of a key whose first word is a given name of GIVEN_NAME_FORMS, else null: two
 * people of one article with the same one are named apart.
 */
export function givenNameSpelling(key: string): string | null {
  // The first word as spellingWords writes it: a given name of the table is no article, prefix or initials.
  const space = key.indexOf(' ');
  if (space < 0 || !GIVEN_NAME_FORMS.has(fold(key.slice(0, space)))) return null;
  return spellingWords(key).join(' ');
}

/** A key's words with the spellings below folded (not the given names above). */
function respelledWords(key: string): string[] {
  const words = key.split(' ');
  if (!RESPELLED.test(key)) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    if ((word === 'al' || word === 'el') && i + 1 < words.length) {
      out.push(fold(i === 0 ? `al${words[++i]!}` : words[++i]!));
      continue;
    }
    if (word.length >= 2 && word.length <= 3 && !/[aeiouy]/.test(word) && !NAME_SUFFIXES.has(word)) {
      for (const letter of word) out.push(letter);
      continue;
    }
    if (/^m[ou]h[ae]?mm?[ae]d$/.test(word)) word = 'muhammad';
    else if (/^abd(?:[aeuo]l|ur)?$/.test(word)) word = 'abd';
    out.push(fold(word));
  }
  return out;
}

/** Whatever spellingWords changes: most keys hold none of it. */
const RESPELLED = /y|[aou]e|ii(?: |$)|(?:^| )(?:al |el |m[ou]h|abd|[^aeiouy ]{2,3}(?: |$))/;
/** What fold changes: most words have none of it. */
const FOLDABLE = /y|[aou]e|ii$/;

function fold(word: string): string {
  // Regnal numbers are not spellings: "III" is not "II".
  if (word.length <= 2 || !FOLDABLE.test(word) || /^[ivxlc]+$/.test(word)) return word;
  return (
    word
      .replace(/yy/g, 'y')
      // The Slavic ending "-ий" after a stem (Andriy, Andrii); a short name's "ii" is its own ("Kri", "Krii").
      .replace(/(?<=[a-z]{3})i[iy]$/, 'i')
      // Transliterated "-ей" and "-ий"/"-ый" after r, l, k, g (Sergey, Dmitry, Vitaly, Kovalsky); English pairs
      // such as Tony/Toni, Randy/Randi or Terry/Terri are two names.
      .replace(/(?:(?<=e)|(?<=[^rlkg][rlkg]))y$/, 'i')
      .replace(/([aou])e/g, '$1')
  );
}

/**
 * Whether `short` is a shorter way of writing `long` (both spellingWords): the same last word (the family name,
 * and "Jr" stays apart from the father), the same first word or initial unless `long` only adds a prefix before it,
 * and each other word of `short`, in order, a word of `long` or its initial. "Bola Adeyemi" shortens "Bola Ahmed
 * Adeyemi", "S Raghavan" "Srinivasan Raghavan", "Ali Rezvani" "Seyyed Ali Rezvani"; "Nadeem Malik" does not
 * shorten "Sana Nadeem Malik" (her father). With `givenNames`, a name of given names and a family name only, the
 * first word may go too: "Kaan Yavuzoglu" shortens "Mehmet Kaan Yavuzoglu".
 */
function shortens(short: readonly string[], long: readonly string[], givenNames = false): boolean {
  const n = short.length;
  const m = long.length;
  if (n < 2 || n > m || short[n - 1]!.length < 2 || short[n - 1] !== long[m - 1]) return false;
  // A name that writes a middle initial writes all of them: "George W. Bush" is not "George H. W. Bush" (his father).
  let middleInitial = false;
  for (let i = 1; i < n - 1; i++) if (short[i]!.length === 1) middleInitial = true;
  let j = 0;
  let initials = 0;
  for (let i = 0; i < n - 1; i++) {
    const word = short[i]!;
    while (j < m - 1 && !(long[j] === word || (word.length === 1 && long[j]![0] === word))) {
      if (middleInitial && i > 0 && long[j]!.length === 1) return false;
      j++;
    }
    if (j >= m - 1) return false;
    if (i === 0 && !givenNames)
      for (let k = 0; k < j; k++) if (!DROPPABLE_PREFIXES.has(long[k]!)) return false;
    if (long[j] !== word) initials++;
    j++;
  }
  if (middleInitial) for (let k = j; k < m - 1; k++) if (long[k]!.length === 1) return false;
  // Same number of words and no initial is the same name.
  return n < m || initials > 0;
}

/** A word that may be the Arabic article joined to a name ("Alhashimi"): compared with the name written apart. */
const JOINED_ARTICLE = /^(?:al|el)[^aeiou\s]{1,2}[aeiou]../;

/** A key that closes with the Arabic article written apart and one word: a house or tribe ("… al sabah"). */
const HOUSE_NAME = / (?:al|el) [a-z]+$/;

/** Countries whose names are written family name first as often as not, in two words of any shape. */
const FAMILY_NAME_FIRST = new Set(['Japan', 'Hungary']);

function familyNameFirst(countries: ReadonlySet<string>): boolean {
  // Two lookups, rather than a walk over the name's countries: this runs for every name.
  for (const country of FAMILY_NAME_FIRST) if (countries.has(country)) return true;
  return false;
}

/**
 * Japanese and Hungarian names written family name first, as their own press writes them ("Mizushima Haruto" is
 * Haruto Mizushima), when nothing else in the archive uses either word in the other place: no one else has the given
 * name as a family name or the family name as a given name. Where the words of given and family names mix (two
 * people called "Mori Kana" and "Kana Mori"), both orders are names, and nothing joins.
 */
function joinReversed(
  names: readonly FullName[],
  words: readonly string[][],
  exact: readonly boolean[],
  spelled: (spelling: string) => readonly number[] | undefined,
  joinFirst: (others: readonly number[] | undefined, i: number) => boolean,
): void {
  const candidates: number[] = [];
  const wanted = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const w = words[i]!;
    if (exact[i] || w.length !== 2 || !familyNameFirst(names[i]!.countries)) continue;
    candidates.push(i);
    wanted.add(w[0]!).add(w[1]!);
  }
  if (candidates.length === 0) return;
  const asFirst = new Map<string, number>();
  const asLast = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const w = words[i]!;
    if (exact[i] || w.length < 2) continue;
    const first = w[0]!;
    const last = w[w.length - 1]!;
    if (wanted.has(first)) asFirst.set(first, (asFirst.get(first) ?? 0) + 1);
    if (wanted.has(last)) asLast.set(last, (asLast.get(last) ?? 0) + 1);
  }
  for (const i of candidates) {
    const [given, family] = words[i]! as [string, string];
    // Each word in its other place once: in the reversed name alone.
    if (asLast.get(given) !== 1 || asFirst.get(family) !== 1) continue;
    joinFirst(spelled(`${family} ${given}`), i);
  }
}

/** The words that join a given name to a father's ("bin Salman"). */
const SON_OF = new Set(['bin', 'ibn', 'bint']);

/** An Arabic name as a lineage: the given name and fathers' names, and the family name after them ("" for none). */
interface Lineage {
  form: readonly number[];
  /** The words as one string: a lineage's order among others. */
  spelling: string;
  names: string[];
  family: string;
}

/** The lineage of spellingWords `w`, or null unless it is "X bin Y", more fathers, then at most one word. */
function lineageOf(form: readonly number[], w: readonly string[]): Lineage | null {
  if (w.length < 3 || !SON_OF.has(w[1]!)) return null;
  const names = [w[0]!];
  let i = 1;
  while (i + 1 < w.length && SON_OF.has(w[i]!)) {
    names.push(w[i + 1]!);
    i += 2;
  }
  if (w.length - i > 1) return null;
  // The family name with its article joined ("Albusaidi") is the one written apart ("Al-Busaidi", compared without it).
  const family = w[i] ?? '';
  return {
    form,
    spelling: w.join(' '),
    names,
    family: JOINED_ARTICLE.test(family) ? family.slice(2) : family,
  };
}

/** Whether `short` says nothing `long` does not: its fathers begin long's, and its family name (if any) is long's. */
function within(short: Lineage, long: Lineage): boolean {
  if (short.names.length > long.names.length) return false;
  if (short.family && short.family !== long.family) return false;
  return short.names.every((name, i) => name === long.names[i]);
}

const compatible = (x: Lineage, y: Lineage): boolean =>
  (within({ ...x, family: '' }, { ...y, family: '' }) ||
    within({ ...y, family: '' }, { ...x, family: '' })) &&
  (!x.family || !y.family || x.family === y.family);

/**
 * Arabic names cut after a father's name ("Rami bin Fahd" for Rami bin Fahd bin Saad Al Qasimi,
 * "Sami bin Nasser" for Sami bin Nasser Al Harbi): a lineage joins the fuller lineages that begin with it when
 * those could all be one person (each begins the other or adds only a family name: "Sami bin Nasser Al Harbi" and
 * "Sami bin Nasser bin Turki"); not when two differ ("Omar bin Khalid bin Saad" and "… bin Faris").
 * The countries must agree, as for every join. Lineages are compared within one given and father's name.
 */
function joinLineages(
  forms: Iterable<number[]>,
  words: readonly string[][],
  find: (i: number) => number,
  agree: (a: number, b: number) => boolean,
  join: (a: number, b: number) => boolean,
): void {
  const byStart = new Map<string, Lineage[]>();
  for (const form of forms) {
    const root = find(form[0]!);
    if (form.some((i) => find(i) !== root)) continue;
    const lineage = lineageOf(form, words[form[0]!]!);
    if (!lineage) continue;
    const start = `${lineage.names[0]} ${lineage.names[1]}`;
    const list = byStart.get(start);
    if (list) list.push(lineage);
    else byStart.set(start, [lineage]);
  }
  for (const list of byStart.values()) {
    if (list.length < 2) continue;
    // Shortest first; ties by key, so the result does not depend on the input's order.
    list.sort(
      (x, y) =>
        x.names.length - y.names.length ||
        (x.family ? 1 : 0) - (y.family ? 1 : 0) ||
        (x.spelling < y.spelling ? -1 : 1),
    );
    for (const short of list) {
      const fuller = list.filter(
        (long) =>
          long !== short &&
          within(short, long) &&
          !within(long, short) &&
          agree(short.form[0]!, long.form[0]!),
      );
      if (fuller.length === 0) continue;
      if (!fuller.every((x) => fuller.every((y) => compatible(x, y)))) continue;
      for (const long of fuller) join(long.form[0]!, short.form[0]!);
    }
  }
}

/**
 * Countries whose names are given names and one family name, with no father's name inside, so dropping the first
 * given name names no one else ("Kaan Yavuzoglu"). Most are not: an Arabic, Pakistani, Malaysian, Ethiopian or
 * Somali name carries the father's, and a Western middle name is often a relative's first name.
 */
const ONLY_GIVEN_NAMES = new Set(['Turkey']);

function onlyGivenNames(countries: ReadonlySet<string>): boolean {
  for (const country of countries) if (!ONLY_GIVEN_NAMES.has(country)) return false;
  return countries.size > 0;
}

/** Countries whose people carry the mother's surname after the father's ("Raul Verdugo Ortiz"). */
const SPANISH_SPEAKING = new Set([
  'Spain',
  'Mexico',
  'Cuba',
  'Venezuela',
  'Colombia',
  'Argentina',
  'Chile',
  'Peru',
  'Ecuador',
  'Bolivia',
  'Paraguay',
  'Uruguay',
  'Nicaragua',
  'Honduras',
  'El Salvador',
  'Guatemala',
  'Costa Rica',
  'Panama',
  'Dominican Republic',
  'Equatorial Guinea',
]);

function spanishSpeaking(countries: ReadonlySet<string>): boolean {
  for (const country of countries) if (SPANISH_SPEAKING.has(country)) return true;
  return false;
}

function sameWords(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((word, i) => word === y[i]);
}

/** For each name, the indices of the names an article lists beside it (undefined for most). */
function listedBeside(names: readonly FullName[]): (ReadonlySet<number> | undefined)[] {
  const beside: (ReadonlySet<number> | undefined)[] = new Array(names.length);
  let index: Map<string, number> | null = null;
  for (let i = 0; i < names.length; i++) {
    const listed = names[i]!.listedBeside;
    if (!listed || listed.size === 0) continue;
    if (!index) {
      index = new Map();
      for (let j = 0; j < names.length; j++) index.set(names[j]!.key, j);
    }
    const set = new Set<number>();
    for (const key of listed) {
      const j = index.get(key);
      if (j !== undefined && j !== i) set.add(j);
    }
    if (set.size > 0) beside[i] = set;
  }
  return beside;
}

function countriesAgree(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0) return true;
  for (const country of x) if (y.has(country)) return true;
  return false;
}

/**
 * Groups the full names that are one person, and returns for each name that joins another the key it joins
 * (the key of the fullest name of its group; the most written of two spellings). Names join only when their
 * countries agree (or one has none), and a shorter form only when it shortens exactly one person: "J. Smith" with
 * a John Smith and a Jane Smith in the archive joins neither. Work is by distinct name, and pairs are compared only
 * within one family name (or, for Spanish names, a father's surname): linear in the archive for names that do not
 * all share one family name. The result does not depend on the order of `names`.
 */
export function joinNameVariants(names: readonly FullName[]): Map<string, string> {
  const byKey = (i: number, j: number) => (names[i]!.key < names[j]!.key ? -1 : 1);
  const parent = names.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // A group's countries, known flag and exactness live at its root; sets are copied only when groups join.
  const countries: ReadonlySet<string>[] = names.map((n) => n.countries);
  const known = names.map((n) => n.known);
  const exact = names.map(exactOnly);
  const joinedAny: number[] = [];
  const size = names.map(() => 1);
  // At each group's root, the names one of its articles lists beside one of its names (few groups have any).
  const beside = listedBeside(names);
  const keptApart = (ra: number, rb: number): boolean => {
    const apart = beside[ra];
    if (apart) for (const i of apart) if (find(i) === rb) return true;
    return false;
  };
  const join = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    if ((known[ra] && known[rb]) || !countriesAgree(countries[ra]!, countries[rb]!)) return false;
    if (keptApart(ra, rb) || keptApart(rb, ra)) return false;
    const apartB = beside[rb];
    if (apartB) beside[ra] = beside[ra] ? new Set([...beside[ra]!, ...apartB]) : apartB;
    parent[rb] = ra;
    size[ra]! += size[rb]!;
    if (countries[rb]!.size > 0) countries[ra] = new Set([...countries[ra]!, ...countries[rb]!]);
    known[ra] ||= known[rb]!;
    exact[ra] ||= exact[rb]!;
    joinedAny.push(ra, rb);
    return true;
  };
  /**
   * The one group, other than `root`'s, holding a name of the forms that `fits` accepts and agreeing with root's
   * countries; -1 when there is none, or more than one (ambiguous: join neither).
   */
  const soleGroup = (root: number, forms: readonly number[][], fits: (form: number[]) => boolean): number => {
    let target = -1;
    for (const other of forms) {
      if (!fits(other)) continue;
      for (const i of other) {
        const r = find(i);
        if (r === root || r === target || !countriesAgree(countries[root]!, countries[r]!)) continue;
        if (target >= 0) return -1;
        target = r;
      }
    }
    return target;
  };

  // Spellings: the same words once folded. Each joins the most written spelling it agrees with. An exact name
  // groups with its own key only (another's folded spelling may read the same).
  const words = names.map((n, i) => (exact[i] ? n.key.split(' ') : spellingWords(n.key, !n.apart)));
  const bySpelling = new Map<string, number[]>();
  for (let i = 0; i < names.length; i++) {
    const spelling = exact[i] ? `=${names[i]!.key}` : words[i]!.join(' ');
    const list = bySpelling.get(spelling);
    if (list) list.push(i);
    else bySpelling.set(spelling, [i]);
  }
  /** Joins `i` to the first of `others` (by key, whatever the input order) whose countries agree. */
  const joinFirst = (others: readonly number[] | undefined, i: number): boolean =>
    !!others &&
    others
      .slice()
      .sort(byKey)
      .some((other) => join(other, i));
  // The same name written otherwise: with the Arabic article joined to a word ("Alhashimi", "Elmasri"), or family
  // name first (joinReversed).
  for (let i = 0; i < names.length; i++) {
    if (exact[i]) continue;
    const w = words[i]!;
    for (let k = 1; k < w.length; k++) {
      if (!JOINED_ARTICLE.test(w[k]!)) continue;
      const written = w.map((word, j) => (j === k ? word.slice(2) : word));
      // Compared, named and shortened as written apart.
      if (joinFirst(bySpelling.get(written.join(' ')), i)) words[i] = written;
    }
    // Two parts of a name written as one word ("Hamidreza" beside "Hamid Reza"); not a name cut elsewhere,
    // which is another name ("Nksh Aresh" is not "Nkshar Esh").
    if (w.length > 2) {
      const spelling = w.join(' ');
      for (let at = spelling.indexOf(' '); at >= 0 && spelling.indexOf(' ', at + 1) >= 0;) {
        joinFirst(bySpelling.get(spelling.slice(0, at) + spelling.slice(at + 1)), i);
        at = spelling.indexOf(' ', at + 1);
      }
    }
  }
  joinReversed(names, words, exact, (spelling) => bySpelling.get(spelling), joinFirst);

  const letters = words.map((w) => {
    let sum = 0;
    for (const word of w) sum += word.length;
    return sum;
  });
  // Spellings that may shorten or be shortened, by family name (the last word).
  const byFamilyName = new Map<string, number[][]>();
  for (const form of bySpelling.values()) {
    if (form.length > 1) {
      form.sort((x, y) => names[y]!.mentions - names[x]!.mentions || byKey(x, y));
      for (let k = 1; k < form.length; k++) {
        for (let e = 0; e < k; e++) if (join(form[e]!, form[k]!)) break;
      }
    }
    if (exact[find(form[0]!)]) continue;
    const w = words[form[0]!]!;
    const family = w[w.length - 1]!;
    const bucket = byFamilyName.get(family);
    if (bucket) bucket.push(form);
    else byFamilyName.set(family, [form]);
  }

  // Shorter forms, fullest first, so that "Bola Adeyemi" finds "Bola Ahmed Adeyemi" already one with a fuller
  // "Bola Ahmed Adekunle Adeyemi" rather than two people. Groups never span two family names, so each bucket is
  // settled on its own.
  for (const bucket of byFamilyName.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((x, y) => {
      const wx = words[x[0]!]!;
      const wy = words[y[0]!]!;
      return wy.length - wx.length || letters[y[0]!]! - letters[x[0]!]! || byKey(x[0]!, y[0]!);
    });
    for (const form of bucket) {
      const root = find(form[0]!);
      // A spelling that stayed two people (their countries disagree) is too ambiguous to shorten anything.
      if (form.some((i) => find(i) !== root)) continue;
      const w = words[form[0]!]!;
      const given = onlyGivenNames(countries[root]!);
      const target = soleGroup(
        root,
        bucket,
        (other) => other !== form && shortens(w, words[other[0]!]!, given),
      );
      if (target >= 0) join(target, root);
    }
  }

  joinLineages(
    bySpelling.values(),
    words,
    find,
    (a, b) => countriesAgree(countries[find(a)]!, countries[find(b)]!),
    join,
  );

  // A house name after the fathers' names ("Salem Al Nasser Al Fadhel" is Salem Al Nasser Al Fadhel Al Mutairi): a name
  // of three words or more joins the one fuller name that only adds "Al X" to it, as "X bin Y" joins a family name
  // above (joinLineages).
  const byHouseless = new Map<string, number[][]>();
  for (const form of bySpelling.values()) {
    const w = words[form[0]!]!;
    const key = names[form[0]!]!.key;
    if (w.length < 4 || exact[find(form[0]!)] || !HOUSE_NAME.test(key)) continue;
    const houseless = w.slice(0, -1).join(' ');
    const list = byHouseless.get(houseless);
    if (list) list.push(form);
    else byHouseless.set(houseless, [form]);
  }
  if (byHouseless.size > 0) {
    for (const form of bySpelling.values()) {
      const w = words[form[0]!]!;
      const fuller = w.length >= 3 ? byHouseless.get(w.join(' ')) : undefined;
      if (!fuller) continue;
      const root = find(form[0]!);
      if (exact[root] || form.some((i) => find(i) !== root)) continue;
      const target = soleGroup(root, fuller, () => true);
      if (target >= 0) join(target, root);
    }
  }

  // Spanish second surnames: "Raul Verdugo" is Raul Verdugo Ortiz, whose mother's surname closes the name. For people
  // of Spanish-speaking countries, a name not yet one with a fuller name joins the one fuller name that drops its
  // last word to it (or to a name it shortens).
  const byPaternalName = new Map<string, number[][]>();
  for (const bucket of byFamilyName.values()) {
    for (const form of bucket) {
      const w = words[form[0]!]!;
      if (w.length < 3) continue;
      const root = find(form[0]!);
      if (form.some((i) => find(i) !== root) || !spanishSpeaking(countries[root]!)) continue;
      const paternal = w[w.length - 2]!;
      const list = byPaternalName.get(paternal);
      if (list) list.push(form);
      else byPaternalName.set(paternal, [form]);
    }
  }
  const unjoined: number[][] = [];
  for (const [family, bucket] of byFamilyName) {
    if (!byPaternalName.has(family)) continue;
    for (const form of bucket) if (size[find(form[0]!)] === form.length) unjoined.push(form);
  }
  unjoined.sort((x, y) => byKey(x[0]!, y[0]!));
  for (const form of unjoined) {
    const w = words[form[0]!]!;
    const list = byPaternalName.get(w[w.length - 1]!)!;
    const root = find(form[0]!);
    const target = soleGroup(root, list, (other) => {
      const paternalName = words[other[0]!]!.slice(0, -1);
      return other !== form && (sameWords(w, paternalName) || shortens(w, paternalName));
    });
    if (target >= 0) join(target, root);
  }

  // Each group is named by its fullest name, then the most written, then the first key.
  const fuller = (i: number, b: number): boolean => {
    if (names[i]!.known !== names[b]!.known) return names[i]!.known;
    if (words[i]!.length !== words[b]!.length) return words[i]!.length > words[b]!.length;
    if (letters[i] !== letters[b]) return letters[i]! > letters[b]!;
    if (names[i]!.mentions !== names[b]!.mentions) return names[i]!.mentions > names[b]!.mentions;
    return byKey(i, b) < 0;
  };
  const groups = new Map<number, number[]>();
  for (const i of joinedAny) {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
  }
  const joined = new Map<string, string>();
  if (groups.size === 0) return joined;
  for (let i = 0; i < names.length; i++) groups.get(find(i))?.push(i);
  for (const group of groups.values()) {
    let best = group[0]!;
    for (const i of group) if (fuller(i, best)) best = i;
    for (const i of group) if (i !== best) joined.set(names[i]!.key, names[best]!.key);
  }
  return joined;
}
