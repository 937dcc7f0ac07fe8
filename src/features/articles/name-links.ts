// Splits article text into plain pieces and pieces that name a person of the article, so the view can link
// names while every character stays text (never HTML).
import type { ArticleDetailPerson } from '../../common/site-data.ts';

export interface TextPiece {
  text: string;
  /** Set when the piece is a name (or alias) of this person. */
  personSlug?: string;
}

export interface NameMatcher {
  split(text: string): TextPiece[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Han, kana and hangul names sit inside runs of letters with no spaces, so word boundaries cannot apply there.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Builds a matcher for the people's full names and aliases. Longest forms win ("Zhao Lin" before "Zhao"), matches
 * are case-sensitive (names are capitalised; "may" the verb is not "May") and must stand as whole words.
 */
export function nameMatcher(
  people: readonly Pick<ArticleDetailPerson, 'slug' | 'name' | 'aliases'>[],
): NameMatcher {
  const forms = new Map<string, string>();
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const trimmed = form.trim();
      // The first person to claim a form keeps it: an alias shared by two people stays with the one listed first.
      if (trimmed.length >= 2 && !forms.has(trimmed)) forms.set(trimmed, person.slug);
    }
  }
  if (forms.size === 0) return { split: (text) => (text ? [{ text }] : []) };
  const ordered = [...forms.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // A plain alternation with the word-boundary check done by hand: Unicode-class lookarounds in a fresh
  // RegExp per article cost ~18 ms to compile, which dominated prerendering a large archive.
  const pattern = new RegExp(ordered.map(escapeRegExp).join('|'), 'g');
  const needsBoundary = new Map(ordered.map((form) => [form, !cjk.test(form)]));
  const standsAlone = (text: string, start: number, end: number) =>
    !wordChar.test(text.charAt(start - 1)) && !wordChar.test(text.charAt(end));
  return {
    split(text) {
      const pieces: TextPiece[] = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = match.index;
        const fits = (form: string) =>
          text.startsWith(form, start) &&
          (!needsBoundary.get(form) || standsAlone(text, start, start + form.length));
        // The longest form here may not be a whole word ("Wang Yin"); a shorter one ("Wang") still can be.
        const form = fits(match[0]) ? match[0] : ordered.find(fits);
        if (!form) {
          pattern.lastIndex = start + 1;
          continue;
        }
        const end = start + form.length;
        pattern.lastIndex = end;
        if (start > last) pieces.push({ text: text.slice(last, start) });
        pieces.push({ text: form, personSlug: forms.get(form) });
        last = end;
      }
      if (last < text.length) pieces.push({ text: text.slice(last) });
      return pieces;
    },
  };
}

/**
 * Each paragraph's pieces with only the first mention of each person linked, as encyclopedias do: later mentions
 * stay text (merged with their neighbours). The reader finds the link where a person first appears, and at
 * 100,000 prerendered articles the repeated links would cost ~25 MB.
 */
export function linkFirstMentions(paragraphs: readonly string[], matcher: NameMatcher): TextPiece[][] {
  const linked = new Set<string>();
  return paragraphs.map((paragraph) => {
    const pieces: TextPiece[] = [];
    for (const piece of matcher.split(paragraph)) {
      const link = piece.personSlug !== undefined && !linked.has(piece.personSlug);
      if (link) {
        linked.add(piece.personSlug!);
        pieces.push(piece);
        continue;
      }
      const last = pieces[pieces.length - 1];
      if (last && last.personSlug === undefined) last.text += piece.text;
      else pieces.push({ text: piece.text });
    }
    return pieces;
  });
}
