// Sentence boundaries for wire English, without a regex that could backtrack: candidates come from one global
// scan and are vetted by looking at the word before the stop ("U.S.", "Oct.", "Mr." do not end a sentence).

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col sgt capt cmdr adm maj brig gov sen rep st jr sr no nos vs etc co corp inc ltd mt ft ' +
    'rev hon amb pres rt sec dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec ave blvd univ ' +
    'messrs msgr gov govt pp vol al e.g i.e'
  ).split(' '),
);

const STOP_RE = /[.!?]["”’)\]]*\s+/g;
const NEXT_STARTS_SENTENCE_RE = /["“‘(A-Z\u00C0-\u00DE\d]/;

function isAbbreviation(text: string, stopIndex: number): boolean {
  if (text.charCodeAt(stopIndex) !== 46) return false; // only "." follows abbreviations
  let i = stopIndex - 1;
  for (; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '"' || c === '“' || c === '‘' || c === '(') break;
    if (stopIndex - i > 7) return false; // longer than any abbreviation
  }
  const len = stopIndex - i - 1;
  if (len === 1) return true; // initials and the last letter of "U.S."
  const word = text.slice(i + 1, stopIndex);
  if (word.includes('.')) return true; // "U.S", "U.N", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** End offsets (exclusive, before the whitespace) of sentences in `text`, scanning at most `limit` chars. */
export function sentenceEnds(text: string, limit = Infinity): number[] {
  const ends: number[] = [];
  const re = STOP_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > limit) break;
    const after = m.index + m[0].length;
    if (after >= text.length) break;
    if (!NEXT_STARTS_SENTENCE_RE.test(text[after]!)) continue;
    if (isAbbreviation(text, m.index)) continue;
    ends.push(m.index + m[0].trimEnd().length);
  }
  return ends;
}

/** The first sentence of a paragraph (the whole paragraph when it has one sentence). */
export function firstSentence(text: string): string {
  const end = sentenceEnds(text, 600)[0];
  return end === undefined ? text : text.slice(0, end);
}

/**
 * Splits a paragraph longer than `max` chars into chunks of whole sentences of at least `target` chars. Used for
 * files whose story is one enormous line: the reader shows paragraphs, and sentences never span a chunk, so
 * every name and role stays a substring of one paragraph.
 */
export function splitLongParagraph(text: string, max = 2500, target = 700): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    if (end - start >= target) {
      out.push(text.slice(start, end).trim());
      start = end;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
