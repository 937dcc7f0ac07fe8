import { monthNames } from '../../common/month-names.ts';

// Months as the rules read them, in one place (years are in years.ts): the full names come from the list the site
// writes its dates with, so the rules' expressions and the page spell the months alike.

/** The twelve full names as an expression's alternatives, "January|…|December": put it inside a group. */
export const MONTH_NAMES = monthNames.join('|');
/**
 * The months wire copy shortens before a period or a day ("Sept.", "Oct. 3", China Daily's "Nov 30"), as an
 * expression's alternatives: not "Mar", "Apr", "Jun", "Jul", which the rules do not read as months.
 */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Aug|Sept?|Oct|Nov|Dec';

const MONTH_STEMS = monthNames.map((m) => m.slice(0, 3).toLowerCase());
/** The month (0 for January) a word names by its first three letters, any case ("Sept.", "AUGUST"); -1 if none. */
export function monthIndex(word: string): number {
  return MONTH_STEMS.indexOf(word.slice(0, 3).toLowerCase());
}
