// Page chrome among an article's paragraphs (captions' photo credits, "Share this"), dropped before extraction.
import { countryNames, isCommonWord, isGazetteerPlace } from './lexicon.ts';
import { appositiveHeads, titleHeads } from './roles.ts';

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

/**
 * A transcript's turns are labelled in capitals too ("QUESTION: ", "MR MILLER: ", "MODERATOR: "): a speaker's label
 * names who speaks, and stays. So does any label with a title's or a person's noun.
 */
const SPEAKER_LABEL_WORDS: ReadonlySet<string> = new Set([
  ...titleHeads,
  ...appositiveHeads,
  'question',
  'questions',
  'answer',
  'q',
  'a',
  'mr',
  'dr',
  'moderator',
  'operator',
  'participant',
  'audience',
  'reporter',
  'journalist',
  'interviewer',
  'host',
]);
/** A factbox item's label in capitals before a colon: "OPENING: ", "LIVE FIRE: ", "WHY IT MATTERS: ". */
const CAPS_LABEL_RE = /^[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]*){0,3}: (?=\S)/;

/**
 * A paragraph without the label in capitals that opens a factbox's item ("OPENING: Army chief Gen. X led the
 * ceremony"): the label is no word of the sentence (it would join the title's capitalised run and stand between the
 * name and its verb). A label that names a place or a country ("CHINA: ", a digest's "KARACHI: ") is kept, and so is
 * one of words no lexicon knows (an acronym, a name). Returns the paragraph itself when there is no such label.
 */
export function withoutCapsLabel(paragraph: string): string {
  const c1 = paragraph.charCodeAt(1);
  if (!(c1 >= 65 && c1 <= 90)) return paragraph;
  const m = CAPS_LABEL_RE.exec(paragraph);
  if (!m) return paragraph;
  const lower = m[0].slice(0, -2).toLowerCase();
  if (countryNames.has(lower) || isGazetteerPlace(lower)) return paragraph;
  for (const w of lower.split(' '))
    if (!isCommonWord(w) || countryNames.has(w) || isGazetteerPlace(w) || SPEAKER_LABEL_WORDS.has(w))
      return paragraph;
  return paragraph.slice(m[0].length);
}
