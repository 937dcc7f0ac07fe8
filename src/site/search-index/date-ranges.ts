// The years and months of the search index's meta.json: each a range of document numbers, because documents are
// numbered newest first by date (compareNewestFirst). An article dated only `YYYY-MM` sorts after the dated days of
// its month ("2024-10" < "2024-10-01"), so it falls inside its month's range; undated ones sort last and are in none.
// Documents out of date order (never in a site: build-site-data sorts them) would give a year or a month several runs.

/** [YYYY or YYYY-MM, first doc, end doc (exclusive)], in document order, for the documents' dates (as in their rows). */
export function dateRanges(dates: Iterable<string>, unit: 'year' | 'month'): [string, number, number][] {
  const prefix = unit === 'year' ? /^\d{4}/ : /^\d{4}-\d{2}/;
  const ranges: [string, number, number][] = [];
  let d = 0;
  for (const date of dates) {
    const key = prefix.exec(date)?.[0];
    const last = ranges[ranges.length - 1];
    if (key && last?.[0] === key && last[2] === d) last[2] = d + 1;
    else if (key) ranges.push([key, d, d + 1]);
    d++;
  }
  return ranges;
}
