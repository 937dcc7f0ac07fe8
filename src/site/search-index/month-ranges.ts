// The months of the search index's meta.json: like its years, each a range of document numbers, because documents
// are numbered newest first by date (compareNewestFirst). An article dated only `YYYY-MM` sorts after the dated
// days of its month ("2024-10" < "2024-10-01"), so it falls inside its month's range; undated ones are in none.
// Documents out of date order (never in a site: build-site-data sorts them) would give a month several runs, as they
// would a year. Apart from build-search-index.ts, so that the month ranges stay one import and one line there.

/** [YYYY-MM, first doc, end doc (exclusive)], in document order, for the documents' dates (as in their rows). */
export function monthRanges(dates: Iterable<string>): [string, number, number][] {
  const months: [string, number, number][] = [];
  let d = 0;
  for (const date of dates) {
    const month = /^\d{4}-\d{2}/.exec(date)?.[0];
    const last = months[months.length - 1];
    if (month && last?.[0] === month && last[2] === d) last[2] = d + 1;
    else if (month) months.push([month, d, d + 1]);
    d++;
  }
  return months;
}
