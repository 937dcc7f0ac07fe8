// Datelines are written in capitals ("RIO DE JANEIRO"): the build (list rows) and the article page show them as a
// place name. Particles inside a name stay lower-case, as atlases write them ("Rio de Janeiro", "Port of Spain",
// "Ras al-Khaimah", "Port-au-Prince"); the first word is capitalised whatever it is ("La Paz", "Al-Arish").
const particle =
  /(?<=\s)(?:De|Da|Do|Dos|Das|Del|La|Le|Van|Von|Of|Es|Am|Nad|Pod)(?=\s)|(?<=\s)Al(?=-)|(?<=-)(?:Au|Aux|De|Du|Des|La|Le|Les|En|Sur|Upon|On)(?=-)/g;

/** A dateline's place as a name, each comma-separated part on its own: "RIO DE JANEIRO" -> "Rio de Janeiro",
 * "AL-ULA, Saudi Arabia" -> "Al-Ula, Saudi Arabia"; a part not in capitals is kept as written, and so is a short
 * code after a comma ("WASHINGTON, US", "ASHEVILLE, N.C.", "Larantuka, NTT"), which read "Us" and "N.c." before. */
export function displayPlace(place: string): string {
  if (place === place.toUpperCase() && !place.includes(',')) return titleCase(place);
  return place
    .split(/(,\s*)/)
    .map((part, i) =>
      i % 2 === 1 || part !== part.toUpperCase() || (i > 0 && shortCode.test(part)) ? part : titleCase(part),
    )
    .join('');
}

// A country's or a state's code after a comma: two or three capitals, or initials with dots.
const shortCode = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){1,3})$/u;

function titleCase(part: string): string {
  return (
    part
      .toLowerCase()
      .replace(/(^|[\s\-(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
      // After an elided one-letter article ("N'Djamena", "L'Aquila"), not after any apostrophe ("Nuku'alofa",
      // "St George's", which read "Nuku'Alofa" and "George'S").
      .replace(/(?<=(?:^|[\s\-(])\p{L}['’])\p{L}/gu, (ch) => ch.toUpperCase())
      .replace(particle, (word) => word.toLowerCase())
  );
}
