// Rare words some rules need a story to hold before they scan it, found in one search of the story per article
// instead of one search per rule: a whole-story search costs ~1.5–3 µs a realistic article whatever it looks for,
// and the first four cost ~8 µs one after the other, ~4 µs as one expression (PERFORMANCE.md, session 25; round 48
// added a fifth, ", which").

/** ", whose" (participants: a "whose" clause after a body's name). */
export const WHOSE_CUE = 1;
/** " countries including", " countries such as" (participants: leaders of the countries listed). */
export const COUNTRIES_LISTED_CUE = 2;
/** "referring to the" (story roles: the person a quotation's speech tag refers to). */
export const REFERRING_CUE = 4;
/** "citizens", "nationals", also inside longer words (countries: a group's stated citizenship). */
export const CITIZENS_CUE = 8;
/** ", which" (participants: a "which" clause after a country's name). */
export const WHICH_CUE = 16;
const ALL_CUES = 31;

// No cue ends with the start of another, so a match never hides the next cue's first characters.
const CUES = /, whose|, which| countries (?:including|such as)|referring to the|citizens|nationals/g;

let lastText: string | null = null;
let lastCues = 0;

/** The cues above that `text` (a tokenized story's text) holds, as bits; the last story's are remembered. */
export function storyCues(text: string): number {
  if (text === lastText) return lastCues;
  let cues = 0;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m !== null && cues !== ALL_CUES; m = CUES.exec(text)) {
    const c = m[0].charCodeAt(0);
    // ", whose" and ", which" part at their fifth character ("o", "i").
    const comma = c === 44 ? (m[0].charCodeAt(4) === 111 ? WHOSE_CUE : WHICH_CUE) : 0;
    cues |= comma || (c === 32 ? COUNTRIES_LISTED_CUE : c === 114 ? REFERRING_CUE : CITIZENS_CUE);
  }
  lastText = text;
  lastCues = cues;
  return cues;
}
