// Page chrome among an article's paragraphs (captions' photo credits, "Share this"), dropped before extraction.

const CAPTION_CREDIT_RE = /\bPhotos?\s?:\s?\S+(?:\s\S+){0,3}\s*$/;
const CHROME_RE = /^\s*\(?\s*(?:(?:photo|editor|web editor|source|read more)\s*[:/]|share this\b)/i;
/** A language's own name, or its English one, as a ministry's page links its other editions (round 50). */
const LANGUAGE_SWITCH: ReadonlySet<string> = new Set([
  'English',
  'Japanese',
  'Chinese',
  'French',
  'Spanish',
  'Arabic',
  'Russian',
  'Korean',
  'Français',
  'Español',
  'Русский',
  '中文',
  '日本語',
  '한국어',
]);
/**
 * Whether a paragraph is page chrome ("Photo: …", "Share this"). Story paragraphs mostly start with a letter no
 * chrome word starts with, and that first character settles it without the case-insensitive expression.
 */
export function isChrome(paragraph: string): boolean {
  // "Foreign Ministry spokesperson Hou Lan Photo: fmprc.gov.cn": a caption ending in its photo credit.
  if (paragraph.length < 300 && paragraph.includes('Photo') && CAPTION_CREDIT_RE.test(paragraph)) return true;
  // "Japanese", "Français": a page's switch to its other language, alone on its line, is no sentence of the story.
  if (paragraph.length < 12 && LANGUAGE_SWITCH.has(paragraph.trim())) return true;
  let i = skipAsciiSpace(paragraph, 0);
  // Yonhap's note to editors on an update, "(ATTN: ADDS details in paras 4-9)": no story sentence, nor the lede.
  if (paragraph.startsWith('(ATTN:', i)) return true;
  if (paragraph.charCodeAt(i) === 40) i = skipAsciiSpace(paragraph, i + 1); // "("
  const c = paragraph.charCodeAt(i);
  if (c < 128) {
    const lower = c | 32;
    // p(hoto), e(ditor), w(eb editor), s(ource|hare this), r(ead more)
    if (lower !== 112 && lower !== 101 && lower !== 119 && lower !== 115 && lower !== 114) return false;
  }
  return CHROME_RE.test(paragraph);
}
/** Index of the first character from `i` that is not ASCII white space (what \s matches below 128). */
function skipAsciiSpace(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) i++;
    else return i;
  }
}
