// A person's country as their page, the people index and the people filter show it. The ingest gives a country per
// article, and one article's slip (a stray "Italy" for an EU official, "Ukraine" for Vladimir Putin in one story of
// 95) made it a second country of equal standing: "Russia, Ukraine". The country the most of their articles give
// is theirs (all of them on a tie); any other is listed apart with its count, so a reader can weigh it.

export interface PersonCountries {
  /** The country (or the countries, on a tie) the most of the person's articles give, in the ingest's order. */
  countries: string[];
  /** The other countries some of their articles give, with how many, most first; left out when none. */
  otherCountries?: [country: string, articles: number][];
}

/**
 * `given` is the ingest's list of the person's countries (most frequent first), `counts` how many of the person's
 * articles give each. A country the counts do not know (given only in a version the archive does not count) is
 * kept as the ingest's, rather than lost, when no counted country stands above it.
 */
export function personCountries(
  given: readonly string[],
  counts: ReadonlyMap<string, number>,
): PersonCountries {
  let most = 0;
  for (const country of given) most = Math.max(most, counts.get(country) ?? 0);
  if (most === 0) return { countries: [...given] };
  const countries: string[] = [];
  const others: [string, number][] = [];
  for (const country of given) {
    const n = counts.get(country) ?? 0;
    if (n === most) countries.push(country);
    else if (n > 0) others.push([country, n]);
  }
  others.sort((x, y) => y[1] - x[1]);
  return others.length ? { countries, otherCountries: others } : { countries };
}
