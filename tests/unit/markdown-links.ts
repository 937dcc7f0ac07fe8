// Relative links and #anchors in Markdown, read as GitHub renders them: what a reader clicking a link in the README
// or a design note finds at the other end. Pure: the caller hands in the repository's files (markdown-links.test.ts
// reads them from git), so the rules are tested on small invented documents.
//
// What it reads: ATX (`## Title`) and setext headings; inline links and images (`[text](dest "title")`,
// `<dest with spaces>`), HTML `<a href>` and `<img src>`, reference definitions (`[label]: dest`) and full
// references (`[text][label]`); HTML `id="…"` / `name="…"` anchors. Fenced code, inline code spans and HTML
// comments hold no links or headings. Headings inside list items or block quotes are not read as anchors (none of
// our docs has one). Heading slugs are github-slugger's, as GitHub's own.
import GithubSlugger from 'github-slugger';
import { posix } from 'node:path';

export interface MarkdownLink {
  /** The destination as written, without angle brackets or backslash escapes. */
  target: string;
  /** 1-based line of the link's opening bracket. */
  line: number;
}

export interface BrokenLink {
  /** Repository-relative path of the Markdown file holding the link. */
  file: string;
  line: number;
  target: string;
  problem: string;
}

/** The repository as the checker sees it: every file (repository-relative, `/`-separated) and each Markdown text. */
export interface RepoFiles {
  files: ReadonlySet<string>;
  markdown: ReadonlyMap<string, string>;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Lines of `markdown` with fenced code blocks blanked (fence lines too), so line numbers and offsets are kept. */
function withoutFences(markdown: string): string[] {
  const lines = markdown.split('\n');
  let fence: { char: string; length: number } | null = null;
  return lines.map((line) => {
    const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = null;
      return '';
    }
    // A backtick fence's info string holds no backtick (else it is an inline code span).
    if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) {
      fence = { char: m[1]![0]!, length: m[1]!.length };
      return '';
    }
    return line;
  });
}

/** Blanks inline code spans (a backtick run closed by a run of the same length within the paragraph). */
function withoutCodeSpans(text: string): string {
  const paragraphBreak = /\n[ \t]*\n/g;
  let out = '';
  let from = 0;
  let at = text.indexOf('`');
  while (at >= 0) {
    let open = at;
    while (text[open + 1] === '`') open++;
    const length = open - at + 1;
    paragraphBreak.lastIndex = open;
    const paragraphEnd = paragraphBreak.exec(text)?.index ?? text.length;
    let close = -1;
    for (let k = text.indexOf('`', open + 1); k >= 0 && k < paragraphEnd;) {
      let end = k;
      while (text[end + 1] === '`') end++;
      if (end - k + 1 === length) {
        close = k;
        break;
      }
      k = text.indexOf('`', end + 1);
    }
    const escaped = text[at - 1] === '\\';
    if (!escaped && close >= 0) {
      out += text.slice(from, at) + blank(text.slice(at, close + length));
      from = close + length;
      at = text.indexOf('`', from);
    } else at = text.indexOf('`', escaped ? at + 1 : open + 1);
  }
  return out + text.slice(from);
}

/** The prose of a document, where links live: code and HTML comments blanked, offsets and lines kept. */
function prose(markdown: string): string {
  return withoutCodeSpans(withoutFences(markdown).join('\n')).replace(/<!--[\s\S]*?-->/g, blank);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text GitHub reads a heading's anchor from: the rendered heading's text content. Code spans keep their
 * content literally, links and HTML tags keep their text, images and emphasis markers vanish, entities and
 * backslash escapes are decoded.
 */
export function headingText(inline: string): string {
  const kept: string[] = [];
  const keep = (text: string) => `\uE000${kept.push(text) - 1}\uE001`;
  let text = inline.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) =>
    keep(/^ .* $/.test(code) && code.trim() ? code.slice(1, -1) : code),
  );
  text = text
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => keep(c))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  // Underscore emphasis opens and closes at word edges only: snake_case stays as written.
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3');
  }
  // Asterisks and tildes are removed by the slug anyway; a code span's `_` has been kept aside.
  return text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)]!).trim();
}

/** Heading anchors of a document, in order, as GitHub writes them (a repeated heading gets -1, -2, …). */
export function headingSlugs(markdown: string): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  const lines = withoutFences(markdown);
  // The lines a setext underline would make a heading of; a list item, quote or table row starts a block of its own.
  let paragraph: string[] = [];
  const block = /^\s*([-*+>|]|\d+[.)])(\s|$)/;
  for (const line of lines) {
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
    const setext = /^ {0,3}(=+|-+)[ \t]*$/.test(line);
    if (atx) {
      const content = (atx[2] ?? '').replace(/(^|[ \t]+)#+$/, '');
      slugs.push(slugger.slug(headingText(content)));
      paragraph = [];
    } else if (setext && paragraph.length && !block.test(paragraph[0]!)) {
      slugs.push(slugger.slug(headingText(paragraph.join('\n'))));
      paragraph = [];
    } else if (line.trim() === '' || /^ {4}|^\t/.test(line)) paragraph = [];
    else if (block.test(line)) paragraph = [line];
    else paragraph.push(line);
  }
  return slugs;
}

/** Every anchor a link may point at in a document: its heading slugs and its HTML `id`s and `name`s. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set(headingSlugs(markdown));
  for (const m of prose(markdown).matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) {
    anchors.add(m[1]!);
  }
  return anchors;
}

const BRACKETED = String.raw`(?:[^[\]\\]|\\[\s\S]|\[(?:[^[\]\\]|\\[\s\S])*\])*`;
const DESTINATION = String.raw`<[^<>\n]*>|(?:[^\s()\\]|\\[\s\S]|\((?:[^\s()\\]|\\[\s\S])*\))*`;
const TITLE = String.raw`"[^"]*"|'[^']*'|\([^()]*\)`;
const INLINE_LINK = new RegExp(
  String.raw`!?\[(${BRACKETED})\]\(\s*(${DESTINATION})(?:\s+(?:${TITLE}))?\s*\)`,
  'g',
);
const FULL_REFERENCE = new RegExp(String.raw`\[(${BRACKETED})\]\[((?:[^[\]\\]|\\[\s\S])*)\]`, 'g');
const DEFINITION = /^ {0,3}\[(?!\^)((?:[^\]\\]|\\.)+)\]:[ \t]*\n?[ \t]*(<[^<>\n]*>|\S+)/gm;

const unwrap = (destination: string) =>
  destination.replace(/^<([\s\S]*)>$/, '$1').replace(/\\([!-/:-@[-`{-~])/g, '$1');
const normalLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Where each line starts, for turning an offset into a 1-based line number by binary search. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The links of a document: inline links and images (also one nested in another's text, as an image in a link),
 * HTML `<a href>` and `<img src>`, reference definitions, and full references to a label nothing defines (their
 * target is `[label]`).
 */
export function extractLinks(markdown: string): MarkdownLink[] {
  const text = prose(markdown);
  const line = lineOf(text);
  const links: MarkdownLink[] = [];
  const escaped = (at: number) => text[at - 1] === '\\';
  const inline = (from: number, to: number) => {
    const re = new RegExp(INLINE_LINK.source, 'g');
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (escaped(m.index)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const open = m.index + (m[0][0] === '!' ? 1 : 0);
      inline(open + 1, open + 1 + m[1]!.length);
      links.push({ target: unwrap(m[2]!), line: line(m.index) });
    }
  };
  inline(0, text.length);
  for (const m of text.matchAll(/<(?:a|img)(?:\s[^>]*?)?\s(?:href|src)\s*=\s*["']([^"']*)["']/gi)) {
    links.push({ target: m[1]!, line: line(m.index) });
  }
  const labels = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) {
    labels.add(normalLabel(m[1]!));
    links.push({ target: unwrap(m[2]!), line: line(m.index + m[0].indexOf(m[2]!)) });
  }
  for (const m of text.matchAll(FULL_REFERENCE)) {
    const label = normalLabel(m[2] || m[1]!);
    if (!escaped(m.index) && label && !labels.has(label))
      links.push({ target: `[${m[2] || m[1]}]`, line: line(m.index) });
  }
  return links.sort((a, b) => a.line - b.line);
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const LINE_ANCHOR = /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/;

/**
 * Every relative link in the repository's Markdown whose file or anchor is not there, in file then line order.
 * External links (`https:`, `mailto:`, …) are not followed. A target starting with `/` is read from the
 * repository's root, as GitHub does.
 */
export function findBrokenLinks(repo: RepoFiles): BrokenLink[] {
  const dirs = new Set<string>(['']);
  for (const file of repo.files) {
    for (let d = posix.dirname(file); d !== '.' && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  }
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let set = anchorCache.get(file);
    if (!set) anchorCache.set(file, (set = anchorsOf(repo.markdown.get(file) ?? '')));
    return set;
  };
  const problemOf = (file: string, target: string): string | undefined => {
    if (target.startsWith('[')) return `no definition for the reference ${target}`;
    if (EXTERNAL.test(target)) return undefined;
    const hashAt = target.indexOf('#');
    const rawPath = (hashAt < 0 ? target : target.slice(0, hashAt)).replace(/\?.*$/, '');
    let path: string;
    let anchor: string | undefined;
    try {
      path = decodeURIComponent(rawPath);
      anchor = hashAt < 0 ? undefined : decodeURIComponent(target.slice(hashAt + 1));
    } catch {
      return 'malformed %-encoding';
    }
    const dest =
      path === ''
        ? file
        : posix
            .normalize(path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(file), path))
            .replace(/\/$/, '');
    if (dest === '..' || dest.startsWith('../')) return 'points outside the repository';
    const isDir = dest === '.' || dirs.has(dest);
    if (!isDir && !repo.files.has(dest)) return `no file ${dest}`;
    if (!anchor || anchor === 'top') return undefined;
    if (isDir) return `#${anchor} on a directory`;
    if (repo.markdown.has(dest))
      return anchors(dest).has(anchor) ? undefined : `no heading #${anchor} in ${dest}`;
    return LINE_ANCHOR.test(anchor) ? undefined : `#${anchor} on a file that is not Markdown`;
  };
  const broken: BrokenLink[] = [];
  for (const file of [...repo.markdown.keys()].sort()) {
    for (const link of extractLinks(repo.markdown.get(file)!)) {
      const problem = problemOf(file, link.target);
      if (problem) broken.push({ file, line: link.line, target: link.target, problem });
    }
  }
  return broken;
}

/** `README.md:12: (docs/x.md#y) no heading #y in docs/x.md` — the line a reader jumps to. */
export const formatBrokenLink = (b: BrokenLink) => `${b.file}:${b.line}: (${b.target}) ${b.problem}`;
