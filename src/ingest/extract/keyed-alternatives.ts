// One long expression of alternatives (`\b(?:A|B|…)\b`) tested as small expressions, each run only when the text
// holds a word it cannot match without. The same answer as the whole expression's `test` for every string.
//
// Why: V8 compiles a long alternation of literal phrases under `i` into megabytes of code (participants.ts's `CUE`, some
// 200 alternatives, is 1.7 MB of bytecode). Once per sentence, between the rest of the rules, a test walks through a
// good part of that code cold: ~30–60 µs a 60-character sentence in a pass against ~1.3 µs in a loop of its own
// (PERFORMANCE.md, "Session 39 (perf42)"). Split by words, a sentence runs the few small expressions its words call for.
//
// How the words are found: each alternative's source is read as a sequence of literal characters, groups, classes and
// assertions; a word (a run of ASCII letters, digits or "_", as `\w` reads them without the `u` flag) that stands
// between two literal non-word characters or `\b`, `^` or `$` in every string the alternative can match is a word any
// match holds whole, and so a word of the text. An alternative none of whose matches is known to hold such a word
// (or any expression of another shape) is run on every text: always correct, only not filtered.

/** A piece of an expression, as far as the prefilter needs to read it. */
type Node = (
  | { kind: 'char'; text: string }
  | { kind: 'boundary' }
  | { kind: 'edge' }
  | { kind: 'zero' }
  | { kind: 'unknown' }
  | { kind: 'group'; alternatives: Sequence[]; start: number; end: number }
  | { kind: 'repeat'; node: Node; min: number; max: number }
) & {
  /** The strings it can match, once worked out (`strings`). */
  strings?: string[] | null;
};
interface Sequence {
  nodes: Node[];
  start: number;
  end: number;
}

/** Characters standing for `\b` and for `^` / `$` in an expanded string: neither is a word character. */
const BOUNDARY = '\u0000';
const EDGE = '\u0001';
/**
 * Past this many strings an expansion is given up (read as unknown), and past this many ways through a sequence a
 * group is read as one unknown stretch: either only makes the prefilter coarser, never wrong.
 */
const MAX_STRINGS = 512;
const MAX_BRANCHES = 64;

class Unsupported extends Error {}

/** Reads an expression's source (without the `u` or `v` flag) into a sequence of nodes. */
function parse(source: string): Sequence {
  let at = 0;
  const sequence = (): Sequence => {
    const start = at;
    const nodes: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let node = atom();
      const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(at, at + 24));
      if (quantifier && node.kind !== 'zero' && node.kind !== 'boundary' && node.kind !== 'edge') {
        at += quantifier[0].length;
        const [, sign, min, comma, max] = quantifier;
        node =
          sign === '*'
            ? { kind: 'repeat', node, min: 0, max: Infinity }
            : sign === '+'
              ? { kind: 'repeat', node, min: 1, max: Infinity }
              : sign === '?'
                ? { kind: 'repeat', node, min: 0, max: 1 }
                : {
                    kind: 'repeat',
                    node,
                    min: Number(min),
                    max: comma === undefined ? Number(min) : max === '' ? Infinity : Number(max),
                  };
      } else if (quantifier) {
        throw new Unsupported('a quantified assertion');
      }
      nodes.push(node);
    }
    return { nodes, start, end: at };
  };
  const group = (start: number, kind: 'group' | 'zero'): Node => {
    const alternatives = [sequence()];
    while (source[at] === '|') {
      at++;
      alternatives.push(sequence());
    }
    if (source[at] !== ')') throw new Unsupported('an unclosed group');
    at++;
    return kind === 'zero' ? { kind } : { kind, alternatives, start, end: at };
  };
  const atom = (): Node => {
    const c = source[at]!;
    const start = at;
    at++;
    if (c === '(') {
      if (source.startsWith('?:', at)) {
        at += 2;
        return group(start, 'group');
      }
      if (/^\?<?[=!]/.test(source.slice(at, at + 3))) {
        at += source[at + 1] === '<' ? 3 : 2;
        return group(start, 'zero');
      }
      // A capturing group: splitting the expression would number its groups anew.
      throw new Unsupported('a capturing group');
    }
    if (c === '[') {
      for (; at < source.length && source[at] !== ']'; at++) if (source[at] === '\\') at++;
      at++;
      return { kind: 'unknown' };
    }
    if (c === '.') return { kind: 'unknown' };
    if (c === '^' || c === '$') return { kind: 'edge' };
    if (c !== '\\') return { kind: 'char', text: c };
    const e = source[at]!;
    at++;
    if (e === 'b') return { kind: 'boundary' };
    if (e === 'B') return { kind: 'zero' };
    if ('wWdDsS'.includes(e)) return { kind: 'unknown' };
    if (/[0-9k]/.test(e)) throw new Unsupported('a back reference');
    // "\x41", "\u0041", "\cJ": no expression keyed here writes a character by its code; one that does runs whole.
    if (e === 'x' || e === 'u' || e === 'c') throw new Unsupported('a character written by its code');
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return { kind: 'char', text: controls[e] ?? e };
  };
  const whole = sequence();
  if (at !== source.length) throw new Unsupported('an alternative at the top level');
  return whole;
}

/** Every string `node` can match (lower-cased; `\b` and `^`/`$` as markers), or null when unknown or too many. */
function strings(node: Node): string[] | null {
  if (node.strings === undefined) node.strings = expand(node);
  return node.strings;
}

function expand(node: Node): string[] | null {
  switch (node.kind) {
    case 'char':
      // Only ASCII letters: without the `u` flag, `i` matches them to ASCII letters alone, and some other letters
      // lower-case to ASCII ("K", the Kelvin sign, to "k").
      return [/^[A-Z]$/.test(node.text) ? node.text.toLowerCase() : node.text];
    case 'boundary':
      return [BOUNDARY];
    case 'edge':
      return [EDGE];
    case 'zero':
      return [''];
    case 'unknown':
      return null;
    case 'group': {
      const all: string[] = [];
      for (const alternative of node.alternatives) {
        const some = sequenceStrings(alternative.nodes);
        if (some === null || all.length + some.length > MAX_STRINGS) return null;
        all.push(...some);
      }
      return all;
    }
    case 'repeat': {
      if (node.max > 4) return null;
      const one = strings(node.node);
      if (one === null) return null;
      const all: string[] = [];
      let times = [''];
      for (let n = 0; n <= node.max; n++) {
        if (n >= node.min) all.push(...times);
        if (n < node.max) times = product(times, one);
        if (all.length > MAX_STRINGS || times.length > MAX_STRINGS) return null;
      }
      return all;
    }
  }
}

function product(left: string[], right: string[]): string[] {
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(a + b);
  return out;
}

function sequenceStrings(nodes: Node[]): string[] | null {
  let all = [''];
  for (const node of nodes) {
    const some = strings(node);
    if (some === null || all.length * some.length > MAX_STRINGS) return null;
    all = product(all, some);
  }
  return all;
}

/** An item of a flattened sequence: the strings a stretch can match, or null for a stretch not known. */
type Item = string[] | null;

/**
 * The ways through `nodes` with each group of unknown alternatives taken apart: every match of `nodes` is a match of
 * one returned list, each item of it known strings or unknown (null).
 */
function branches(nodes: Node[]): Item[][] {
  let ways: Item[][] = [[]];
  for (const node of nodes) {
    const known = strings(node);
    let options: Item[][];
    if (known !== null) options = [[known]];
    else if (node.kind === 'group') options = node.alternatives.flatMap((a) => branches(a.nodes));
    else if (node.kind === 'repeat' && node.max >= 1) {
      // A repeat of a stretch not known: none (when it may be), or any number and then the last, whose own
      // characters may stand beside the next node's ("(?:[\w-]+ ){0,3}table": a space before "table").
      const last = branches([node.node]).map((b) => (node.max > 1 ? [null, ...b] : b));
      options = node.min === 0 ? [[], ...last] : last;
    } else options = [[null]];
    if (ways.length * options.length > MAX_BRANCHES) options = [[null]];
    ways = ways.flatMap((way) => options.map((option) => [...way, ...option]));
  }
  return ways;
}

/** A word character as `\w` reads it without the `u` flag (the pattern's letters are lower-cased here). */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
const endsInWord = (s: string) => s.length > 0 && isWordCode(s.charCodeAt(s.length - 1));
const startsInWord = (s: string) => s.length > 0 && isWordCode(s.charCodeAt(0));

/**
 * Whether a word character may stand just before item `i` of `way` (`step` -1), or just after it (`step` 1): the
 * nearest items' characters, through those that may match nothing; an unknown item or the end of `way` may.
 */
function wordBeside(way: Item[], i: number, step: -1 | 1): boolean {
  for (let j = i + step; j >= 0 && j < way.length; j += step) {
    const item = way[j];
    if (item === null || item === undefined) return true;
    let empty = false;
    for (const s of item) {
      if (s === '') empty = true;
      else if (step < 0 ? endsInWord(s) : startsInWord(s)) return true;
    }
    if (!empty) return false;
  }
  return true;
}

/**
 * The words `s` holds whole: between non-word characters inside it, or at its ends when no word character can
 * stand there (`wordBefore`, `wordAfter`).
 */
function wholeWords(s: string, wordBefore: boolean, wordAfter: boolean): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isWordCode(s.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (start > 0 || !wordBefore) && (i < s.length || !wordAfter))
      words.add(s.slice(start, i));
    start = -1;
  }
  return words;
}

// Words most sentences hold: a key of one of them filters little.
const COMMON = new Set(
  (
    'a an the of to in on at by for from with and or as is are was were be been being has have had he she it they ' +
    'him her his its their them this that which who not no but also into over after before up out about than then ' +
    'said says would will there one new'
  ).split(' '),
);
const cost = (word: string) => (COMMON.has(word) ? 50 : 1 + 8 / word.length);
const price = (words: string[]) => words.reduce((sum, w) => sum + cost(w), 0);

/** Words of which every one of `held` (each string's whole words) holds one, chosen to cost least (greedily). */
function cover(held: Set<string>[]): string[] | null {
  if (held.some((words) => words.size === 0)) return null;
  const keys: string[] = [];
  let left = held;
  while (left.length > 0) {
    const counts = new Map<string, number>();
    for (const words of left) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    let best = '';
    let bestValue = Infinity;
    for (const [w, n] of counts) {
      const value = cost(w) / n;
      if (value < bestValue || (value === bestValue && w < best)) [best, bestValue] = [w, value];
    }
    keys.push(best);
    left = left.filter((words) => !words.has(best));
  }
  return keys;
}

/**
 * `way` with neighbouring known items joined wherever a word may run across their seam ("defeat" and "ed|s"), and
 * single strings always: each item then holds whole words or none.
 */
function joinSeams(way: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of way) {
    const last = out[out.length - 1];
    if (
      item !== null &&
      last !== null &&
      last !== undefined &&
      last.length * item.length <= MAX_STRINGS &&
      (item.length === 1 || last.length === 1 || (last.some(endsInWord) && item.some(startsInWord)))
    )
      out[out.length - 1] = product(last, item);
    else out.push(item);
  }
  return out;
}

/** The cheapest set of words one of which every match of `nodes` holds whole, or null when none is known. */
function requiredWords(nodes: Node[]): string[] | null {
  const all = new Set<string>();
  for (const way of branches(nodes).map(joinSeams)) {
    let best: string[] | null = null;
    for (let i = 0; i < way.length; i++) {
      const item = way[i];
      if (item === null || item === undefined) continue;
      const before = wordBeside(way, i, -1);
      const after = wordBeside(way, i, 1);
      const keys = cover(item.map((s) => wholeWords(s, before, after)));
      if (keys !== null && (best === null || price(keys) < price(best))) best = keys;
    }
    if (best === null) return null;
    for (const w of best) all.add(w);
  }
  return [...all].sort();
}

/** A hash of `text`'s characters from `start` to `end`, ASCII capitals read as small letters. */
function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h;
}

/** Whether `text` from `start` to `end` is `word` (lower-case), ASCII capitals read as small letters. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i - start)) return false;
  }
  return true;
}

/** How an expression was taken apart: the alternatives run on every text, and those behind each word. */
export interface KeyedPlan {
  /** Sources of the alternatives with no word known (run on every text). */
  unkeyed: string[];
  /** Each group of alternatives (their sources) with the words that call it. */
  keyed: { words: string[]; alternatives: string[] }[];
}

/** A test of `re` that runs its alternatives by the words of the text; `plan` says how it was taken apart. */
export interface KeyedTest {
  (text: string): boolean;
  plan: KeyedPlan | null;
}

/**
 * `re.test` for an expression of the shape `PREFIX(?:A|B|…)SUFFIX` (the alternation: of the non-capturing groups at
 * its top level, the first of the most alternatives), with each alternative run only when the text holds a word it
 * needs. Any other shape, a capturing
 * group, a back reference or the `g`, `y`, `u` or `v` flag: `re.test` itself.
 */
export function keyedAlternatives(re: RegExp): KeyedTest {
  const whole = Object.assign((text: string) => re.test(text), { plan: null });
  if (/[gyuv]/.test(re.flags)) return whole;
  let top: Sequence;
  try {
    top = parse(re.source);
  } catch (error) {
    if (error instanceof Unsupported) return whole;
    throw error;
  }
  let at = -1;
  let most = 0;
  top.nodes.forEach((node, i) => {
    if (node.kind === 'group' && node.alternatives.length > most) [at, most] = [i, node.alternatives.length];
  });
  if (at < 0) return whole;
  const group = top.nodes[at] as Extract<Node, { kind: 'group' }>;
  const before = top.nodes.slice(0, at);
  const after = top.nodes.slice(at + 1);
  const prefix = re.source.slice(0, group.start);
  const suffix = re.source.slice(group.end);
  const flags = re.flags;

  const unkeyed: string[] = [];
  const byWords = new Map<string, { words: string[]; alternatives: string[] }>();
  for (const alternative of group.alternatives) {
    const text = re.source.slice(alternative.start, alternative.end);
    const words = requiredWords([...before, ...alternative.nodes, ...after]);
    if (words === null) {
      unkeyed.push(text);
      continue;
    }
    const key = words.join(' ');
    const entry = byWords.get(key) ?? { words, alternatives: [] };
    entry.alternatives.push(text);
    byWords.set(key, entry);
  }
  const compile = (alternatives: string[]) =>
    new RegExp(`${prefix}(?:${alternatives.join('|')})${suffix}`, flags);
  const always = unkeyed.length > 0 ? compile(unkeyed) : null;
  const expressions: RegExp[] = [];
  // The key words by a hash of their characters: a text's words are looked up as they are read, with no string made
  // (a slice of a story that holds a curly quote is a two-byte string, whose `toLowerCase` is ICU's, ~1 µs a word).
  const byHash = new Map<number, { word: string; expressions: number[] }[]>();
  for (const { words, alternatives } of byWords.values()) {
    for (const word of words) {
      const h = wordHash(word, 0, word.length);
      const keys = byHash.get(h) ?? [];
      let key = keys.find((k) => k.word === word);
      if (key === undefined) {
        key = { word, expressions: [] };
        keys.push(key);
      }
      key.expressions.push(expressions.length);
      byHash.set(h, keys);
    }
    expressions.push(compile(alternatives));
  }
  // The expressions a text has run already, as the number of the text's test that ran them.
  const ran = new Int32Array(expressions.length);
  let round = 0;

  const test = (text: string): boolean => {
    if (always !== null && always.test(text)) return true;
    round++;
    if (round === 0x7fffffff) {
      ran.fill(0);
      round = 1;
    }
    let start = -1;
    let h = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0;
      // `isWordCode` and `wordHash`'s folding written out here: this loop reads every character of every sentence.
      const folded = c >= 65 && c <= 90 ? c + 32 : c;
      if ((folded >= 97 && folded <= 122) || (c >= 48 && c <= 57) || c === 95) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + folded) | 0;
        continue;
      }
      if (start < 0) continue;
      const keys = byHash.get(h);
      const from = start;
      start = -1;
      if (keys === undefined) continue;
      for (const key of keys) {
        if (!sameWord(text, from, i, key.word)) continue;
        for (const e of key.expressions) {
          if (ran[e] === round) continue;
          ran[e] = round;
          if (expressions[e]!.test(text)) return true;
        }
      }
    }
    return false;
  };
  return Object.assign(test, { plan: { unkeyed, keyed: [...byWords.values()] } });
}
