// Test helper: the shared scorer's (tests/tools/score-extraction.mjs) normalisation of names and titles, so tests
// match text as it does: case, accents, possessive "'s" and punctuation do not count.
export const scorerNorm = (s: string | null | undefined): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
