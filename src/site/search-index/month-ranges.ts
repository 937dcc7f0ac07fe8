// The months of the search index's meta.json: like its years, each a range of document numbers, because documents
// are numbered newest first by date (compareNewestFirst). An article dated only `YYYY-MM` sorts after the dated
// days of its month ("2024-10" < "2024-10-01"), so it falls inside its month's range; undated ones are in none.
// Apart from build-search-index.ts, so that the month ranges stay one import and one line there.

/** [YYYY-MM, first doc, end doc (exclusive)], in document order, for the documents' dates (as in their rows). */
export function monthRanges(dates: Iterable<string>): [string, number, number][] {
  const months: [string, number, number][] = [];
  const seen = new Set<string>();
  let d = 0;
  for (const date of dates) {
    const month = /^\d{4}-\d{2}/.exec(date)?.[0];
    if (month) {
      const last = months[months.length - 1];
      if (last?.[0] === month && last[2] === d) last[2] = d + 1;
      else if (seen.has(month)) throw new Error(`Documents are not in date order: ${month} is not one run`);
      else {
        seen.add(month);
        months.push([month, d, d + 1]);
      }
    }
    d++;
  }
  return months;
}
