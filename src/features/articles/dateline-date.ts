// A dateline's date as wire copy writes it ("Oct. 21", "October 21", "21 October", "October 20, 2023",
// "11th Mar, 2024"), written the way the reader writes every other date ("21 October", "20 October 2023"), so the
// header's date and the dateline's read alike.
import { monthNames } from '../../common/month-names.ts';

const monthOf = (word: string): string | undefined => {
  const key = word.replace(/\.$/, '').toLowerCase();
  // A whole name or a start of at least three letters: "Oct.", "Sept.", "October".
  return key.length >= 3 ? monthNames.find((name) => name.toLowerCase().startsWith(key)) : undefined;
};

// A day may carry an ordinal ending ("11th"); a year may follow after a comma, a space or a slash ("May 20/2025").
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const month = String.raw`([A-Za-z]+\.?)`;
const year = String.raw`(?:(?:,\s*|\s+|/)(\d{4}))?`;
const monthFirst = new RegExp(String.raw`^${month}\s+${day}${year}$`);
const dayFirst = new RegExp(String.raw`^${day}\s+${month},?${year}$`);

/**
 * "Oct. 21" -> "21 October", "October 20, 2023" -> "20 October 2023"; anything it cannot read is returned as written.
 * A year that is the article's own (`publishedYear`) is left out, as most datelines do.
 */
export function formatDatelineDate(text: string, publishedYear?: string): string {
  const trimmed = text.trim();
  const byMonth = monthFirst.exec(trimmed);
  const byDay = byMonth ? null : dayFirst.exec(trimmed);
  const [word, dayText, yearText] = byMonth
    ? [byMonth[1]!, byMonth[2]!, byMonth[3]]
    : byDay
      ? [byDay[2]!, byDay[1]!, byDay[3]]
      : [];
  const name = word === undefined ? undefined : monthOf(word);
  const n = Number(dayText);
  if (!name || n < 1 || n > 31) return text;
  return yearText && yearText !== publishedYear ? `${n} ${name} ${yearText}` : `${n} ${name}`;
}
