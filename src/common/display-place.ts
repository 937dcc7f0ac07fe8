// Datelines are written in capitals ("RIO DE JANEIRO"): the build (list rows) and the article page show them as a
// place name. Particles inside a name stay lower-case, as atlases write them ("Rio de Janeiro", "Port of Spain",
// "Ras al-Khaimah", "Port-au-Prince"); the first word is capitalised whatever it is ("La Paz", "Al-Arish").
const particle =
  /(?<=\s)(?:De|Da|Do|Dos|Das|Del|La|Le|Van|Von|Of|Es)(?=\s)|(?<=\s)Al(?=-)|(?<=-)(?:Au|Aux|De|Du|Des|La|Le|Les|En|Sur|Upon|On)(?=-)/g;

/** A dateline place as a name: "RIO DE JANEIRO" -> "Rio de Janeiro"; a place not in capitals is kept as written. */
export function displayPlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s\-'(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(particle, (word) => word.toLowerCase());
}
