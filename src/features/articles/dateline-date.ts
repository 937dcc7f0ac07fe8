// A dateline's date as wire copy writes it ("Oct. 21", "October 21", "21 October"), written the way the reader
// writes every other date ("21 October"), so the header's date and the dateline's read alike.
import { monthNames } from '../../common/month-names.ts';

const monthOf = (word: string): string | undefined => {
  const key = word.replace(/\.$/, '').toLowerCase();
  // A whole name or a start of at least three letters: "Oct.", "Sept.", "October".
  return key.length >= 3 ? monthNames.find((name) => name.toLowerCase().startsWith(key)) : undefined;
};

/** "Oct. 21" -> "21 October"; anything it cannot read is returned as written. */
export function formatDatelineDate(text: string): string {
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2})$/.exec(text.trim());
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+\.?)$/.exec(text.trim());
  const [word, day] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!]
      : [];
  const month = word === undefined ? undefined : monthOf(word);
  const n = Number(day);
  return month && n >= 1 && n <= 31 ? `${n} ${month}` : text;
}
