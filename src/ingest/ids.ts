// Stable ids and slugs. Pure JS (no crypto module) so the same code runs in Node, workers and the browser,
// and the same input always yields the same id on every machine.

/**
 * 64-bit string hash (cyrb53-style mixing run twice with different seeds), as 16 lowercase hex digits.
 * Not cryptographic: it only has to spread file paths and names evenly and never change between builds.
 */
export function hash64(text: string): string {
  return hash32(text, 0x9e3779b9) + hash32(text, 0x85ebca6b);
}

function hash32(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Fold both lanes into 32 bits so each half is a full-avalanche 32-bit value.
  const mixed = (h1 ^ (h2 >>> 0)) >>> 0;
  return mixed.toString(16).padStart(8, '0');
}

// Letters that NFKD does not decompose into an ASCII base letter plus a combining mark.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'ng',
  Ŋ: 'NG',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');

/** Accents removed and a few letters spelled out: "Đặng Thị Ngọc Hà" -> "Dang Thi Ngoc Ha". */
export function asciiFold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  return text
    .replace(SPECIAL_RE, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/**
 * Lowercase ASCII words joined by hyphens, cut at a word boundary to at most maxLength characters.
 * Characters with no Latin equivalent (Chinese, Cyrillic) are dropped, so the result may be "".
 */
export function slugify(text: string, maxLength = 60): string {
  const folded = asciiFold(text);
  let out = '';
  let word = '';
  // One pass over the characters: [a-z0-9] build words, apostrophes vanish ("Li's" -> "lis"), all else splits.
  for (let i = 0; i <= folded.length; i++) {
    let c = i < folded.length ? folded.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      word += String.fromCharCode(c);
      continue;
    }
    if (c === 39 || c === 0x2019) continue;
    if (!word) continue;
    const next = out ? `${out}-${word}` : word;
    if (next.length > maxLength) {
      // A single word longer than the limit is cut rather than dropped, so long headlines still say something.
      if (!out) out = word.slice(0, maxLength);
      return out;
    }
    out = next;
    word = '';
  }
  return out;
}

/**
 * Most characters of title words in an article slug ("2024-10-22-wang-yi-holds-phone-talk-with-6f2a1b"): enough
 * to recognise the story in a URL, and short, because each slug is repeated about ten times across the site
 * (page links, lists, data files, the search index): at 100,000 articles every character costs ~1 MB.
 */
export const ARTICLE_SLUG_WORDS = 32;

/**
 * The key people are merged by: accents, case, punctuation and spacing ignored, so "José Núñez", "JOSE NUNEZ"
 * and "Jose  Marti" are one person. Non-Latin letters are kept (Chinese names still get a key).
 */
export function nameKey(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}
