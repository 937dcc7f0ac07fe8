// Years as the rules read them, in one place: a story's years are 1800–2099; a four-digit number outside that
// range is usually a count of things ("1500 troops"), so the rules that date a person's mention by a year use
// these, not a bare four digits.

/** A year as one token, 1800–2099. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
/** The same years in running text, captured (global: read with exec from lastIndex 0). */
export const YEAR_IN_TEXT = /\b((?:1[89]|20)\d\d)\b/g;
/** Whether running text holds one of those years (not global: safe with `test`). */
export const HAS_YEAR = /\b(?:1[89]|20)\d\d\b/;
/**
 * "the letter X sent to Pope Y in 1246": a year before 1800, which YEAR and YEAR_IN_TEXT leave out, read only
 * after "in".
 */
export const CENTURIES_AGO = /\bin 1[0-7]\d\d\b(?![,.]?\d)/;
