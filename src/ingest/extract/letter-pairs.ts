// Which pairs of adjacent characters a text holds, so that a search for a word the text cannot hold is skipped:
// a word one of whose pairs the text lacks is not in it. Substring searches cost ~50–100 ns each however short the
// text (String.prototype.includes sets up its search every call), and the headline and lede are searched for ~150
// words an article, almost none of them there; a pair is looked up in a table instead.

/** Characters are folded to 7 bits: two folded characters index one of 2^14 slots. */
const SLOTS = 1 << 14;

/** The slot of each pair of adjacent characters of `word`, as `LetterPairs.mayHold` asks for them. */
export function pairsOf(word: string): Int32Array {
  const slots: number[] = [];
  for (let i = 1; i < word.length; i++) {
    const slot = ((word.charCodeAt(i - 1) & 127) << 7) | (word.charCodeAt(i) & 127);
    if (!slots.includes(slot)) slots.push(slot);
  }
  return Int32Array.from(slots);
}

/**
 * The pairs of the text last read. Each slot holds the number of the last text that had its pair, so reading a text
 * clears nothing.
 */
export class LetterPairs {
  private readonly seen = new Int32Array(SLOTS);
  private stamp = 0;

  read(text: string): void {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    if (text.length === 0) return;
    let prev = text.charCodeAt(0) & 127;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i) & 127;
      this.seen[(prev << 7) | c] = stamp;
      prev = c;
    }
  }

  /** False when the text last read cannot hold the word whose pairs are `pairs` (pairsOf); true when it may. */
  mayHold(pairs: Int32Array): boolean {
    const stamp = this.stamp;
    for (let i = 0; i < pairs.length; i++) if (this.seen[pairs[i] as number] !== stamp) return false;
    return true;
  }
}
