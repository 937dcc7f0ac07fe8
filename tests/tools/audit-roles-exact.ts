// Exact-role checker: compares every extracted role of each person the scorer matches with that person's gold roles
// exactly (case-insensitive, curly/straight quotes and dashes folded, spaces collapsed), and groups the differences
// by shape. The shared scorer matches roles loosely (substring or token F1 >= 0.6, any one role of a person), so
// cut, glued or missing roles never show there; person pages show every role verbatim.
// usage: npx tsx tests/tools/audit-roles-exact.ts [DIR ...] [--dump FILE] [--seed] [--list] [--only 101,102] [--json]
//   DIR: folders of NNN.txt + NNN.json (default tests/fixtures/heldout); extraction is run on them, unless
//   --dump FILE (JSON lines from dump.ts, matched to the golds of DIR by file name) is given.
//   --list prints every difference under its class; the summary is always printed last.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { emptyKnowledge } from '../../src/common/dataset.ts';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { extractEntities } from '../../src/ingest/extract-people.ts';
import { parseArticle } from '../../src/ingest/parse-article.ts';
import { scorerNorm } from '../../src/ingest/test-scorer-norm.ts';

interface Person {
  name: string;
  roles?: string[];
}
interface Rec {
  id: string;
  people: Person[];
  gold: Person[];
}

const args = process.argv.slice(2);
const flagVal = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
const dumpFile = flagVal('--dump');
const onlyArg = flagVal('--only');
const only = onlyArg ? new Set(onlyArg.split(',').map((s) => s.padStart(3, '0'))) : null;
const skip = new Set([dumpFile, onlyArg]);
const dirs = args.filter((a) => !a.startsWith('--') && !skip.has(a));
if (!dirs.length) dirs.push('tests/fixtures/heldout');
const root = resolve(import.meta.dirname, '..', '..');

// The scorer's name key (tests/tools/score-extraction.mjs), so people pair as they do there.
const nameKey = scorerNorm;
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const extract = (path: string): Person[] => {
  const decoded = decodeText(new Uint8Array(readFileSync(path)));
  const a = parseArticle(decoded.text ?? '').article;
  return a ? extractEntities(a, emptyKnowledge).people : [];
};

const dumped = new Map<string, Person[]>();
if (dumpFile) {
  for (const line of readFileSync(dumpFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { file: string; people?: Person[] };
    dumped.set(basename(r.file).replace(/\.txt$/, ''), r.people ?? []);
  }
}

const recs: Rec[] = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).sort()) {
    const m = /^(\d+)\.json$/.exec(f);
    if (!m) continue;
    const id = m[1]!;
    if (only && !only.has(id)) continue;
    const txt = join(dir, `${id}.txt`);
    if (!existsSync(txt)) continue;
    const gold = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { people: Person[] }).people;
    const people = dumpFile ? (dumped.get(id) ?? []) : extract(txt);
    recs.push({ id, people, gold });
  }
}
if (args.includes('--seed')) {
  const gold = (
    JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-000.gold.json'), 'utf8')) as { people: Person[] }
  ).people;
  recs.push({ id: 'seed', people: extract(join(root, 'seeds/000_e91136500cf297be.txt')), gold });
}

// Word-boundary containment on folded strings.
const at = (hay: string, needle: string): number[] => {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 || !/[\p{L}\p{N}]/u.test(hay[i - 1]!);
    const end = i + needle.length;
    const after = end === hay.length || !/[\p{L}\p{N}]/u.test(hay[end]!);
    if (before && after) out.push(i);
  }
  return out;
};
const words = (s: string) => s.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
const overlap = (a: string, b: string) => {
  const bw = new Set(words(b));
  return words(a).filter((w) => bw.has(w) && !STOP.has(w)).length;
};
const STOP = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'a', 'at']);

type Cls = string;
const classes = new Map<Cls, string[]>();
const add = (cls: Cls, line: string) => {
  if (!classes.has(cls)) classes.set(cls, []);
  classes.get(cls)!.push(line);
};

let extracted = 0;
let exact = 0;
let goldRoles = 0;
let goldFound = 0;
let people = 0;

// Why an extracted role is no gold role of its person: its shape against the nearest gold role.
function classifyExtra(p: string, gold: string[], others: string[], allGold: string[]): Cls {
  // "NASA astronauts A, B and C": the gold keeps the plural the text gives the list.
  if (gold.some((g) => g === `${p}s` || g.replace(/s( |$)/, '$1') === p))
    return 'gold writes the plural of a list';
  for (const g of gold) {
    if (p === g) continue;
    if (at(g, p).length) {
      const i = at(g, p)[0]!;
      const lost = g.slice(0, i) + ' | ' + g.slice(i + p.length);
      const cutStart = i > 0;
      const cutEnd = i + p.length < g.length;
      if (/'s\b|\(|\)/.test(lost) && /[a-z]/.test(lost))
        return 'possessive or bracket inside a name (cut there)';
      if (cutStart && !cutEnd && /^former\s*$/.test(g.slice(0, i))) return '"former" dropped';
      if (cutStart && !cutEnd && /^(then|then-|ex-)\s*$/.test(g.slice(0, i))) return '"then"/"ex-" dropped';
      if (cutStart && cutEnd) return 'cut at both ends';
      return cutStart ? 'cut at the start' : 'cut at the end';
    }
  }
  for (const g of gold) {
    const pos = at(p, g);
    if (!pos.length) continue;
    const i = pos[0]!;
    const head = p.slice(0, i).trim();
    const tail = p.slice(i + g.length).trim();
    if (/^and\b/.test(tail) || /\band$/.test(head)) {
      const rest = /^and\b/.test(tail) ? tail.replace(/^and\s+/, '') : head.replace(/\s+and$/, '');
      if (gold.includes(rest) || allGold.includes(rest)) return '"and"-compound not split';
      return 'stray "and …" glued on';
    }
    if (/^,/.test(tail) || /,$/.test(head)) return "a list's neighbour glued on";
    if (others.some((o) => o !== g && (at(tail, o).length || at(head, o).length)))
      return "a list's neighbour glued on";
    if (head && tail) return 'stray words at both ends';
    if (head === 'former') return 'extra "former" (gold drops it)';
    return head ? 'stray word at the start' : 'stray word at the end';
  }
  if (/\band\b/.test(p)) {
    const parts = p.split(/\s+and\s+/);
    if (parts.some((x) => gold.some((g) => g === x || at(g, x).length || at(x, g).length)))
      return '"and"-compound not split';
  }
  if (others.includes(p)) return 'a role from a different person';
  if (gold.some((g) => overlap(p, g) > 0)) return 'overlaps a gold role (cut and extended)';
  if (others.some((o) => at(o, p).length || at(p, o).length)) return 'a role from a different person';
  if (!gold.length) return 'role where the gold has none';
  return 'no gold role near it';
}

function classifyMissing(g: string, pred: string[], gold: string[]): Cls {
  if (pred.some((p) => at(g, p).length || at(p, g).length)) return 'cut or extended (see extras)';
  if (pred.some((p) => overlap(p, g) > 0)) return 'shares a word with an extracted role';
  if (!pred.length) return 'person has no role';
  if (pred.some((p) => gold.includes(p))) return 'second role missing';
  return 'missing, other roles extracted';
}

for (const r of recs) {
  const used = new Set<number>();
  const pairs: [Person, Person][] = [];
  for (const g of r.gold) {
    const k = nameKey(g.name);
    const i = r.people.findIndex((p, j) => !used.has(j) && nameKey(p.name) === k);
    if (i < 0) continue;
    used.add(i);
    pairs.push([r.people[i]!, g]);
  }
  const allGold = r.gold.flatMap((g) => (g.roles ?? []).map(fold));
  for (const [p, g] of pairs) {
    people++;
    const pr = [...new Set((p.roles ?? []).map(fold))];
    const gr = [...new Set((g.roles ?? []).map(fold))];
    const others = r.gold.filter((o) => o !== g).flatMap((o) => (o.roles ?? []).map(fold));
    extracted += pr.length;
    goldRoles += gr.length;
    const show = `${r.id} ${g.name}: extracted ${JSON.stringify(p.roles ?? [])} gold ${JSON.stringify(g.roles ?? [])}`;
    for (const x of pr) {
      if (gr.includes(x)) {
        exact++;
        continue;
      }
      add('extra: ' + classifyExtra(x, gr, others, allGold), `"${x}" — ${show}`);
    }
    for (const x of gr) {
      if (pr.includes(x)) {
        goldFound++;
        continue;
      }
      add('missing: ' + classifyMissing(x, pr, gr), `"${x}" — ${show}`);
    }
  }
}

const sorted = [...classes.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      { people, extracted, exact, goldRoles, goldFound, classes: Object.fromEntries(sorted) },
      null,
      1,
    ),
  );
} else {
  if (args.includes('--list')) {
    for (const [cls, lines] of sorted) {
      console.log(`\n## ${cls} (${lines.length})`);
      for (const l of lines) console.log('  ' + l);
    }
    console.log('');
  }
  for (const [cls, lines] of sorted) console.log(`${String(lines.length).padStart(5)}  ${cls}`);
  console.log(
    `people ${people} | extracted roles ${extracted}, exactly a gold role ${exact}, not ${extracted - exact}` +
      ` | gold roles ${goldRoles}, found exactly ${goldFound}, not ${goldRoles - goldFound}`,
  );
}
