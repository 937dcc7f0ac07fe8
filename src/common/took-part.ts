// Which of a person's articles they took part in, for a search that keeps only those (`took=part`). The search
// index's person filter lists every article naming them (ascending document numbers, `person:<slug>`); a person
// who is only mentioned in some of them has a file (dataPaths.personTookPart) with one bit per entry of that list,
// six to a base-64 digit: a few hundred bytes for thousands of articles, where their document numbers would take
// a few KB more.
import { b64Char, b64Decode } from './search-text.ts';

/** `data/people/<slug>/took.json`. */
export interface PersonTookPart {
  /** Bit i (of digit ⌊i / 6⌋, low bit first) is set when the person took part in their list's i-th article. */
  mask: string;
}

export function encodeTookPart(tookPart: readonly boolean[]): string {
  let text = '';
  for (let i = 0; i < tookPart.length; i += 6) {
    let digit = 0;
    for (let bit = 0; bit < 6 && i + bit < tookPart.length; bit++) if (tookPart[i + bit]) digit |= 1 << bit;
    text += b64Char(digit);
  }
  return text;
}

/** The entries of `list` (a person's filter list, in order) that `mask` marks as taken part in. */
export function keepTookPart<T>(list: readonly T[], mask: string): T[] {
  return list.filter((_, i) => (b64Decode(mask, Math.floor(i / 6)) >> (i % 6)) & 1);
}
