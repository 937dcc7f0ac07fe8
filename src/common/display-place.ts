// Datelines are written in capitals ("RIO DE JANEIRO"): the build (list rows) and the article page show them as a
// place name. Particles inside a name stay lower-case, as atlases write them ("Rio de Janeiro", "Port of Spain",
// "Ras al-Khaimah", "Port-au-Prince"); the first word is capitalised whatever it is ("La Paz", "Al-Arish").
const particle =
  /(?<=\s)(?:De|Da|Do|Dos|Das|Del|Di|Du|Des|La|Le|Van|Von|Of|The|And|Es|Am|Nad|Pod)(?=\s)|(?<=\s)Al(?=-)|(?<=-)(?:Au|Aux|A|De|Du|Des|La|Le|Les|En|Sur|Sous|Upon|On|Of)(?=-)/g;
const lower = (word: string) => word.toLowerCase();

/**
 * A place name in title case with the particles after its first word in lower case: "Rio De Janeiro" -> "Rio de
 * Janeiro", "Bosnia And Herzegovina" -> "Bosnia and Herzegovina". The ingest's places written in capitals take it too.
 */
export function lowerPlaceParticles(name: string): string {
  return name.replace(particle, lower);
}

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
      .replace(particle, lower)
  );
}
