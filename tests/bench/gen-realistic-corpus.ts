// npx tsx tests/bench/gen-realistic-corpus.ts N DIR [--seed S]
// The bench corpus (src/node/gen-corpus.ts) with a real archive's diversity, to count what grows with people and
// vocabulary rather than with articles (PRERENDER=shell's unpacked files, README "File counts and hosts"). The
// synthetic corpus has ~720 people and a few hundred words; a real wire archive has tens of thousands of people,
// most seen once or twice, and a long tail of names, places and numbers. Each article of gen-corpus is rewritten:
// - its two or three people get names drawn Zipf-like (s = 1) from a per-country pool of generated names, so a
//   few leaders appear in thousands of articles and most people once;
// - a paragraph of 80 words drawn Zipf-Mandelbrot-like (s = 1.3, q = 100) from 1,000,000 generated words (the
//   template text already has the common words), a generated place (Zipf over 50,000) and two numbers;
// - every 40th article is another version of the one before (headline reworded, and in turn its last line cut,
//   its paragraphs re-split or its lede rewritten).
// Deterministic: the same N and seed give the same files.
import { createRng, DEMONYMS, generateArticle, generateCorpus, ROLES } from '../../src/node/gen-corpus.ts';
import { runIfMain } from '../../src/node/run-main.ts';

type Rng = () => number;

/** Inverse-CDF sampler of P(rank r) ∝ 1 / (r + q)^s, r = 0..n-1. */
function zipfSampler(n: number, s: number, q = 0): (rng: Rng) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / Math.pow(r + 1 + q, s);
  return (rng) => {
    const x = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const pickOf = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const PINYIN =
  'an ao ba bai bin bo chang chao chen cheng chun cong da dan de dong fang fei feng gang guo hai han hao he hong hua huan hui jia jian jie jin jing jun kai kang lan lei li liang lin ling long mei min ming na nan ning peng ping qi qian qiang qing rong rui shan sheng shu song tao tian ting wei wen xia xiang xiao xin xing xu xue yan yang yi ying yong yu yuan yun ze zhen zheng zhi zhong zhou'.split(
    ' ',
  );
const CN_SURNAMES =
  'Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin Guo Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Qiu Dai Xia Fan Fang Shi Meng Bai'.split(
    ' ',
  );
const KR_SURNAMES =
  'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong'.split(' ');
const KR_SYLLABLES = 'min soo jin young hee sung ho jae hyun woo jun seok kyung eun ji hye chul dong'.split(
  ' ',
);
const VN_SURNAMES = 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly'.split(' ');
const VN_SYLLABLES =
  'anh binh chinh cuong dung duc hai hanh hieu hoa hung khanh lam linh long minh nam ngoc phong phuc quang son tam thanh thao thi thu trong tuan van vinh'.split(
    ' ',
  );

/** Syllables and endings that make a country's generated names look like its names. */
const STYLES: Record<string, { syllables: string[]; endings: string[] }> = {
  Japanese: {
    syllables: 'ka ki ko sa shi ta to na no ha hi mi mo ya yo ri ro wa da'.split(' '),
    endings: ['moto', 'mura', 'yama', 'da', 'ta', 'kawa', 'no'],
  },
  Russian: {
    syllables: 'vol kov so lov pet ro ser gei iv an mak sim or lov bel ya'.split(' '),
    endings: ['ov', 'ova', 'in', 'ina', 'sky', 'enko'],
  },
  'U.S.': {
    syllables: 'har ri son wil li ams brook er mor gan pat ter tay lor ben nett'.split(' '),
    endings: ['son', 'er', 'man', 'ton', 'ley', ''],
  },
  French: {
    syllables: 'du bois mor eau lau rent ber nard fon tai ne gar nier che val'.split(' '),
    endings: ['ier', 'eau', 'in', 'et', 'ard', ''],
  },
  German: {
    syllables: 'schmidt mei er wag ner hoff mann beck er schulz kraus lang'.split(' '),
    endings: ['mann', 'er', 'berg', 'feld', 'dorf', ''],
  },
  Brazilian: {
    syllables: 'sil va san tos oli vei ra sou za per ei ro cos ta'.split(' '),
    endings: ['a', 'o', 'es', 'eira', ''],
  },
  Saudi: { syllables: 'ra shid ha mad ka rim sa lim fa hd nas ser'.split(' '), endings: ['i', 'an', ''] },
  Indian: {
    syllables: 'ra ja kum ar pra sad shar ma ve nk at esh kri sh'.split(' '),
    endings: ['an', 'esh', 'a', 'i', ''],
  },
  Spanish: {
    syllables: 'gar ci a mar tin ez lo pe ro dri guez her nan gon za'.split(' '),
    endings: ['ez', 'o', 'a', 'es', ''],
  },
};

/** A generated name for rank `rank` of a country's pool (deterministic), and the word the text uses alone. */
function poolName(demonym: string, rank: number): { full: string; surname: string } {
  const rng = createRng(rank * 7919 + demonym.length * 104_729 + demonym.charCodeAt(0));
  const syl = (list: readonly string[], count: number) =>
    Array.from({ length: count }, () => pickOf(rng, list)).join('');
  if (demonym === 'Chinese') {
    const surname = pickOf(rng, CN_SURNAMES);
    return { full: `${surname} ${cap(syl(PINYIN, rng() < 0.7 ? 2 : 1))}`, surname };
  }
  if (demonym === 'South Korean') {
    const surname = pickOf(rng, KR_SURNAMES);
    return { full: `${surname} ${cap(pickOf(rng, KR_SYLLABLES))}-${pickOf(rng, KR_SYLLABLES)}`, surname };
  }
  if (demonym === 'Vietnamese') {
    const given = cap(pickOf(rng, VN_SYLLABLES));
    return { full: `${pickOf(rng, VN_SURNAMES)} ${cap(pickOf(rng, VN_SYLLABLES))} ${given}`, surname: given };
  }
  const style = STYLES[demonym] ?? STYLES['U.S.']!;
  const first = cap(syl(style.syllables, 2));
  const surname = cap(syl(style.syllables, 1 + Math.floor(rng() * 2)) + pickOf(rng, style.endings));
  return { full: `${first} ${surname}`, surname };
}

const MULTIWORD_SURNAMES = ['von der Heide', 'Le Drian', 'da Silva', 'dos Santos', 'de la Fuente'];
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mention = `(${DEMONYMS.map(esc).join('|')}) (?:${ROLES.join('|')}) `;
const hostPattern = new RegExp(`${mention}(.+?)( \\(\\p{Script=Han}+\\))? (?:held|met with|attended)`, 'u');
const guestPattern = new RegExp(` with ${mention}(.+?) on [A-Z][a-z]+day in `);
const thirdPattern = new RegExp(`Earlier on [A-Z][a-z]+day, ${mention}(.+?) met separately`);

/** The word a gen-corpus name is called by on its own (see its NATIONS). */
function oldSurname(demonym: string, full: string): string {
  if (demonym === 'Chinese' || demonym === 'South Korean') return full.split(' ')[0]!;
  return MULTIWORD_SURNAMES.find((surname) => full.endsWith(` ${surname}`)) ?? full.split(' ').pop()!;
}

export interface RealisticOptions {
  /** Names in each country's pool (Zipf over the pool). */
  poolSize: number;
  /** Generated words (Zipf-Mandelbrot over them). */
  vocabulary: number;
  /** Generated words added to each article. */
  extraWords: number;
  /** Generated places. */
  places: number;
  /**
   * Every this many articles, one is another version of the article before it (versionOf: cut, re-split or
   * rewritten in turn), as real archives hold the same story twice (src/ingest/story-versions.ts); 0 for none.
   */
  versionEvery: number;
}

export const defaultOptions: RealisticOptions = {
  poolSize: 40_000,
  vocabulary: 1_000_000,
  extraWords: 80,
  places: 50_000,
  versionEvery: 40,
};

const WORD_SYLLABLES =
  'a e i o u ba be bi bo bu ca ce ci co da de di do fa fe fi ga ge go la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi za ze ri an en in on ar er or al el il ur us is'.split(
    ' ',
  );

/** Word `rank` of the generated vocabulary: 2 to 5 syllables (deterministic). */
function vocabularyWord(rank: number): string {
  const rng = createRng(rank * 2_654_435_761 + 17);
  const count = 2 + Math.floor(rng() * 4);
  return Array.from({ length: count }, () => pickOf(rng, WORD_SYLLABLES)).join('');
}

export function makeRewriter(opts: RealisticOptions = defaultOptions) {
  const people = zipfSampler(opts.poolSize, 1);
  const words = zipfSampler(opts.vocabulary, 1.3, 100);
  const places = zipfSampler(opts.places, 1, 10);
  return (index: number, text: string, seed = 1): string => {
    const rng = createRng(seed * 31_337 + index * 104_723 + 5);
    const renames: [string, string, string, string][] = [];
    for (const pattern of [hostPattern, guestPattern, thirdPattern]) {
      const match = pattern.exec(text);
      if (!match) continue;
      const demonym = match[1]!;
      const full = match[2]!;
      if (renames.some(([old]) => old === full)) continue;
      const next = poolName(demonym, people(rng));
      renames.push([full, oldSurname(demonym, full), next.full, next.surname]);
    }
    let out = text.replace(/ \(\p{Script=Han}+\)/gu, '');
    for (const [full, , nextFull] of renames) out = out.split(full).join(nextFull);
    const done = new Set<string>();
    for (const [, surname, , nextSurname] of renames) {
      // "He" is also the pronoun.
      if (done.has(surname) || surname === 'He') continue;
      done.add(surname);
      out = out.replace(new RegExp(`(?<![\\p{L}-])${esc(surname)}(?![\\p{L}-])`, 'gu'), nextSurname);
    }
    const sentences: string[] = [];
    let left = opts.extraWords;
    while (left > 0) {
      const length = Math.min(left, 8 + Math.floor(rng() * 14));
      left -= length;
      const body = Array.from({ length }, () => vocabularyWord(words(rng))).join(' ');
      sentences.push(`${cap(body)}.`);
    }
    const place = cap(vocabularyWord(opts.vocabulary + places(rng)));
    const number = (1 + Math.floor(rng() * 99_999)).toLocaleString('en-US');
    const share = (rng() * 100).toFixed(1);
    const paragraph =
      `Local officials in ${place} said ${number} residents took part, ${share} percent more than planned. ` +
      sentences.join(' ');
    const anchor = 'The two sides also exchanged views';
    const gap = out.includes(`\n\n${anchor}`) ? '\n\n' : '\n';
    return out.replace(anchor, `${paragraph}${gap}${anchor}`);
  };
}

/** The kinds of version the corpus carries, in turn (src/ingest/story-versions.ts must find each). */
export const VERSION_KINDS = ['cut', 're-split', 'rewritten'] as const;

/**
 * Another version of an article's text, its headline reworded ("UPDATE 1-", when line 1 has one) and
 * - cut: its last line cut;
 * - re-split: the dateline on a line of its own and the story's sentences two to a paragraph, as another site of
 *   the agency lays it out (few paragraph openings stay the same);
 * - rewritten: its lede replaced by a new one of its own words (nothing of the old lede's opening kept).
 */
export function versionOf(text: string, kind: (typeof VERSION_KINDS)[number], rng: Rng): string {
  const lines = text.trimEnd().split('\n');
  lines[0] = lines[0]!.replace(/^( date \S+ )(\S.*)$/, '$1UPDATE 1-$2');
  if (kind === 'cut') return `${lines.slice(0, -1).join('\n').trimEnd()}\n`;
  // The story: the lines from the first of 20 words or more (the lede, or the paragraph after a lede in line 1)
  // to the last of 12 or more (before a trailer).
  const words = (line: string) => line.split(' ').length;
  const first = lines.findIndex((line, i) => i > 0 && words(line) >= 20);
  let last = lines.length - 1;
  while (last > first && words(lines[last]!) < 12) last--;
  const gap = lines[first + 1] === '' ? '\n\n' : '\n';
  const before = lines.slice(0, first).join('\n');
  const after = lines.slice(last + 1).join('\n');
  const story = lines.slice(first, last + 1).filter((line) => line !== '');
  if (kind === 'rewritten') {
    const lede = Array.from({ length: 24 }, () => vocabularyWord(Math.floor(rng() * 5000))).join(' ');
    story[0] = `${cap(lede)}, officials said.`;
  } else {
    const dateline = /^([A-Z][A-Z’' ]+, [^(/]*?(?:\(Xinhua\) --|\/TASS\/\.)) /.exec(story[0]!);
    if (dateline) story[0] = story[0]!.slice(dateline[0].length);
    const sentences = story.join(' ').split(/(?<=[.!?]["”]?) (?=["“]?[A-Z])/);
    story.length = 0;
    if (dateline) story.push(dateline[1]!);
    for (let s = 0; s < sentences.length; s += 2) story.push(sentences.slice(s, s + 2).join(' '));
  }
  return `${before}\n${story.join(gap)}${after ? `${gap}${after}` : ''}\n`;
}

/** Article `i` of the realistic corpus (`text`: gen-corpus's article i), made by `rewrite` (makeRewriter). */
export function realisticText(
  rewrite: ReturnType<typeof makeRewriter>,
  i: number,
  text: string,
  seed = 1,
  opts = defaultOptions,
): string {
  if (opts.versionEvery > 0 && i % opts.versionEvery === opts.versionEvery - 1) {
    const kind = VERSION_KINDS[Math.floor(i / opts.versionEvery) % VERSION_KINDS.length]!;
    const original = rewrite(i - 1, generateArticle(i - 1, seed).text, seed);
    return versionOf(original, kind, createRng(seed * 7 + i));
  }
  return rewrite(i, text, seed);
}

/** Writes n rewritten articles under dir; returns the bytes written. */
function generateRealisticCorpus(n: number, dir: string, seed = 1, opts = defaultOptions): number {
  const rewrite = makeRewriter(opts);
  return generateCorpus(n, dir, seed, (i, text) => realisticText(rewrite, i, text, seed, opts));
}

function main(argv: string[]): number {
  const args: string[] = [];
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') seed = Number(argv[++i]);
    else args.push(argv[i]!);
  }
  const n = Number(args[0]);
  const dir = args[1];
  if (!Number.isInteger(n) || n < 0 || !dir || !Number.isInteger(seed)) {
    process.stderr.write('Usage: npx tsx tests/bench/gen-realistic-corpus.ts N DIR [--seed S]\n');
    return 2;
  }
  const bytes = generateRealisticCorpus(n, dir, seed);
  process.stdout.write(`Wrote ${n} articles (${(bytes / 1e6).toFixed(1)} MB) to ${dir}\n`);
  return 0;
}

runIfMain(import.meta.url, main);
