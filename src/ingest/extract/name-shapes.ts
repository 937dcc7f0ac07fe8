// Countries a name's shape tells apart: romanised Korean and Japanese names, Chinese-romanised names in a list.
import {
  countryNames,
  firstNames,
  internationalBodies,
  isCommonWord,
  isGazetteerPlace,
  knownOrganizations,
} from './lexicon.ts';
import { asciiFold } from '../ids.ts';
import { isPinyinName } from './countries.ts';
import type { NameEdges, PersonRecord } from './person-record.ts';
import type { Token } from './tokenize.ts';

/**
 * One romanised Korean syllable: an initial (with a glide), a vowel group, a final ("hyeon", "gyu", "kang", "in"); or a
 * lone vowel written with an "h" ("Jong-ah", "Su-oh"), as many given names spell their last syllable.
 */
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|p|t|g)?|[aeiou]h)$/;
/**
 * "Oh Jun-seo opened the scoring": a short surname and a hyphenated Korean given name are a name by their shape,
 * even when the surname is an English word ("Oh", "Son", "Ha"); not "Year-end", whose parts are both English.
 */
export function koreanShaped(surname: Token, given: Token): boolean {
  if (!/^[A-Z][a-z]{1,3}$/.test(surname.text) || !KOREAN_GIVEN.test(given.text)) return false;
  const [a = '', b = ''] = given.lower.split('-');
  return KOREAN_SYLLABLE.test(a) && KOREAN_SYLLABLE.test(b) && !(isCommonWord(a) && isCommonWord(b));
}

/**
 * "Kim Sol Hwa" beside "Kim Chol Jun": whether a name's first word can be a shared family name, as in a name written
 * surname first. Not a common given name before a surname that is no romanised syllable ("John Hale" beside
 * "John Mercer" share no family).
 */
export function firstWordMayBeSurname(words: readonly string[]): boolean {
  const [first = '', ...rest] = words;
  return (
    !firstNames.has(first.toLowerCase()) ||
    rest.every((w) =>
      w
        .toLowerCase()
        .split('-')
        .every((s) => KOREAN_SYLLABLE.test(s)),
    )
  );
}

/** Whether a mention of person `pi` is in a list ("A, B and C") with a Chinese-romanised person of China. */
export function listedWithChinese(
  pi: number,
  people: readonly PersonRecord[],
  pinyinOf: readonly boolean[],
  names: NameEdges,
  tokens: readonly Token[],
): boolean {
  const p = people[pi] as PersonRecord;
  for (const m of p.mentions) {
    if (m.kind !== 'name') continue;
    // Walk the list both ways, one name at a time, over single ", " or "and" joints within the sentence. Where two
    // names share a token (two aliases, once in the bench and realistic archives, never on a list) the first is read.
    for (const dir of [-1, 1]) {
      let cur = m;
      for (;;) {
        const joint = dir < 0 ? tokens[cur.start - 1] : tokens[cur.end];
        const next =
          joint?.text === ',' || joint?.lower === 'and'
            ? dir < 0
              ? names.endingAt(cur.start - 1)
              : names.startingAt(cur.end + 1)
            : undefined;
        if (!next || next.sent !== m.sent || next.person === pi) break;
        if (pinyinOf[next.person] && people[next.person]?.country === 'China') return true;
        cur = next;
      }
    }
  }
  return false;
}

/** Japanese syllables in Hepburn romanisation: an optional consonant (or "sh", "ch", "ts", "j", "y" glide), a vowel. */
const JAPANESE_WORD = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n)+$/;
const CAPS_WORD = /^[A-Z]{2,}$/;
const TITLE_CASE_WORD = /^[A-Z][a-z]{2,}$/;
/**
 * "SATO Hiroshi": Japan's government writes a name family name first, the family name in capitals; both words in
 * Hepburn syllables, the capitals no known body, country or place ("NATO Tokyo" is neither a name nor one).
 */
export function japaneseFamilyFirst(family: Token, given: Token | undefined): boolean {
  return (
    given !== undefined &&
    given.sent === family.sent &&
    CAPS_WORD.test(family.text) &&
    TITLE_CASE_WORD.test(given.text) &&
    JAPANESE_WORD.test(family.lower) &&
    JAPANESE_WORD.test(given.lower) &&
    !isGazetteerPlace(family.lower) &&
    !isGazetteerPlace(given.lower) &&
    !countryNames.has(family.lower) &&
    !internationalBodies.has(family.lower) &&
    !knownOrganizations.has(family.lower)
  );
}

/**
 * Strict Hepburn, as Japanese names are written in the press: "shi", "chi", "tsu", "ji", "fu", never "si", "ti",
 * "tu", "zi" or "hu" ("Tizi Ouzou", a province of Algeria, is shaped like Japanese syllables otherwise).
 */
const HEPBURN_WORD =
  /^(?:[aiueo]|[kgnbpmr]y?[aiueo]|h[aieo]|hy[auo]|s[aueo]|sh[aiuo]|z[aueo]|j[aiuo]|t[aeo]|ch[aiuo]|tsu|d[aeo]|fu|w[ao]|y[auo]|n)+$/;
/**
 * "since Kenji Moriyama came in 2017": a given name and a family name, both in Hepburn syllables and on no list (no
 * place, no common word, no body), are a Japanese name by their shape.
 */
export function japaneseGivenFirst(given: Token, family: Token | undefined): boolean {
  return (
    family !== undefined &&
    family.sent === given.sent &&
    family.lower !== given.lower &&
    TITLE_CASE_WORD.test(given.text) &&
    TITLE_CASE_WORD.test(family.text) &&
    HEPBURN_WORD.test(given.lower) &&
    HEPBURN_WORD.test(family.lower) &&
    [given.lower, family.lower].every(
      (w) =>
        !isCommonWord(w) &&
        !isGazetteerPlace(w) &&
        !countryNames.has(w) &&
        !internationalBodies.has(w) &&
        !knownOrganizations.has(w),
    )
  );
}

/** A Japanese woman's given name of three syllables or more ending in "-ko" ("Michiko", "Sayoko"). */
const KO_GIVEN = /^[a-z]{3,}ko$/;
/**
 * "since Sayoko Fukuyama held the post": a Japanese family name is often a town's too, which the lexicon knows as a
 * place (and so as a word); after a woman's given name in "-ko", on no list, the pair is a name all the same.
 */
export function japaneseWomanByTown(given: Token, family: Token | undefined): boolean {
  return (
    family !== undefined &&
    family.sent === given.sent &&
    TITLE_CASE_WORD.test(given.text) &&
    TITLE_CASE_WORD.test(family.text) &&
    KO_GIVEN.test(given.lower) &&
    HEPBURN_WORD.test(given.lower) &&
    HEPBURN_WORD.test(family.lower) &&
    !isCommonWord(given.lower) &&
    !isGazetteerPlace(given.lower) &&
    isGazetteerPlace(family.lower) &&
    !countryNames.has(family.lower)
  );
}

/**
 * Whether a name's words are written family name first: a Chinese name in pinyin ("Peng Hong") or a hyphenated
 * Korean (or Wade-Giles) given name after a short surname ("Hong Woo-soo").
 */
export function familyNameFirst(words: readonly string[]): boolean {
  if (
    words.length === 2 &&
    /^[A-Z][a-z]{1,3}$/.test(words[0] as string) &&
    KOREAN_GIVEN_PLACED.test(words[1] as string)
  )
    return true;
  return words.length <= 3 && isPinyinName(words.join(' '));
}

/** A Korean given name written with a hyphen ("Jae-in", "Yo-jong"): two short syllables. */
const KOREAN_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{1,4}$/;
/**
 * The same, placing someone already found: a second syllable may take five letters ("Jeong-hyeon"), a first one
 * may be a lone vowel ("E-bae").
 */
const KOREAN_GIVEN_PLACED = /^(?:[A-Z][a-z]{1,4}|[AEIOU])-[a-z]{1,5}$/;

/**
 * "Pak Song-Chol": a Korean given name with its second syllable capitalised, when both are romanised syllables and
 * neither is a common given name ("Jean-Paul", "Jo-Anne" stay Western).
 */
function koreanGivenCapitalised(w: string): boolean {
  if (!/^[A-Z][a-z]{1,4}-[A-Z][a-z]{0,4}$/.test(w)) return false;
  const [a = '', b = ''] = w.toLowerCase().split('-');
  return KOREAN_SYLLABLE.test(a) && KOREAN_SYLLABLE.test(b) && !firstNames.has(a) && !firstNames.has(b);
}

/**
 * "Dan Boden" fits the syllables too: a common English given name before a family name ending in the moraic "n",
 * which few Japanese family names do ("Ken Morita", "Takumi Kan" stay Japanese).
 */
function englishShaped(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase() ?? '';
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && last.endsWith('n') && firstNames.has(first);
}

/** Of the candidate sides, the one a name is shaped like (Japan, or one Korea), if exactly one fits. */
export function nameShapeCountry(words: readonly string[], sides: ReadonlySet<string>): string | null {
  const korean = words.some((w) => KOREAN_GIVEN_PLACED.test(w) || koreanGivenCapitalised(w));
  const japanese =
    !korean && words.every((w) => JAPANESE_WORD.test(w.toLowerCase())) && !englishShaped(words);
  let found: string | null = null;
  for (const side of sides) {
    const fits =
      side === 'Japan' ? japanese : side === 'South Korea' || side === 'North Korea' ? korean : false;
    if (!fits) continue;
    if (found !== null) return null;
    found = side;
  }
  return found;
}

/** The commonest Vietnamese family names, as `asciiFold` writes them ("Nguyễn" as "nguyen", "Đặng" as "dang"). */
const VIETNAMESE_FAMILY_NAMES = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'truong',
  'dinh',
  'trinh',
  'luong',
  'doan',
  'vuong',
]);
/** One Vietnamese syllable as a name's word: a capital and one to five letters ("Chi", "Minh", "Thuong"). */
const VIETNAMESE_WORD = /^\p{Lu}\p{Ll}{1,5}$/u;

/**
 * "Ho Chi Minh", "Nguyen Van An": a Vietnamese name written family name first — a common family name, then one to
 * three words of one syllable each. Not a name of long words ("Kaysone Phomvihane", a Lao name).
 */
export function vietnameseShaped(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const first = asciiFold(words[0] as string).toLowerCase();
  return VIETNAMESE_FAMILY_NAMES.has(first) && words.every((w) => VIETNAMESE_WORD.test(w));
}
