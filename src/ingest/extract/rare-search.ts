/**
 * A whole-story search for one word, begun at a letter few texts hold (the "x" of "extended") and checked back
 * to the word's start: V8's search stops at every place the pattern's first letter stands, so "extended" costs a
 * stop at every "e" of the story and "xtended" ~20× fewer (~1.9 against ~0.3 µs a realistic story; PERFORMANCE.md,
 * session 31). The same answer as `text.includes(word)`.
 */
export class RareSearch {
  private readonly head: string;
  private readonly tail: string;
  private readonly rare: number;

  /** `rare`: where in `word` that letter stands. */
  constructor(word: string, rare: number) {
    this.head = word.slice(0, rare);
    this.tail = word.slice(rare);
    this.rare = rare;
  }

  /** Whether `text` holds the word. */
  in(text: string): boolean {
    const { head, tail, rare } = this;
    for (let at = text.indexOf(tail, rare); at >= 0; at = text.indexOf(tail, at + 1))
      if (text.startsWith(head, at - rare)) return true;
    return false;
  }
}
