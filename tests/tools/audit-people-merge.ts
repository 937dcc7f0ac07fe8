// Audits the person pages of annotated articles: ingests every NNN.txt of the given folders (and the seed with
// --seed) into one dataset, as a build would, and compares each page with the gold people of its articles.
//   npx tsx tests/tools/audit-people-merge.ts tests/fixtures/corpus tests/fixtures/heldout --seed
// Prints, for a reader to judge: (a) pages whose articles' golds write different names (one person spelled or
// shortened differently, or two people on one page: a wrong merge), (b) gold names spread over several pages (a
// missed merge), and (c) gold names of one family name and country on different pages (two relatives, or one
// person written differently: a missed merge). Gold names are compared with accents, case and punctuation ignored;
// a gold name is the fullest form its article writes, so golds name one person differently across articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyKnowledge } from '../../src/common/dataset.ts';
import { asciiFold } from '../../src/ingest/ids.ts';
import { buildDataset, ingestFile, type FileResult } from '../../src/ingest/ingest.ts';

interface GoldPerson {
  name: string;
  country: string | null;
}

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const root = path.resolve(import.meta.dirname, '../..');
const inputs: { file: string; text: string; gold: GoldPerson[] }[] = [];
const readGold = (file: string): GoldPerson[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { people: GoldPerson[] }).people;
if (args.includes('--seed')) {
  inputs.push({
    file: 'seed/000.txt',
    text: path.join(root, 'seeds/000_e91136500cf297be.txt'),
    gold: readGold(path.join(root, 'tests/fixtures/seed-000.gold.json')),
  });
}
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    if (!/^\d+\.txt$/.test(name)) continue;
    const gold = path.join(dir, name.replace(/\.txt$/, '.json'));
    inputs.push({ file: `${path.basename(dir)}/${name}`, text: path.join(dir, name), gold: readGold(gold) });
  }
}

const results: FileResult[] = inputs.map((input) =>
  ingestFile(input.file, new Uint8Array(readFileSync(input.text)), emptyKnowledge),
);
const dataset = buildDataset(results);
const fold = (name: string) =>
  asciiFold(name)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const goldsByFile = new Map(inputs.map((input) => [input.file, input.gold]));
/** page id -> gold name -> files; gold name -> page id -> files */
const pageGolds = new Map<string, Map<string, string[]>>();
const goldPages = new Map<string, Map<string, string[]>>();
const goldCountry = new Map<string, string>();
const add = (map: Map<string, Map<string, string[]>>, outer: string, inner: string, file: string) => {
  let byInner = map.get(outer);
  if (!byInner) map.set(outer, (byInner = new Map()));
  const files = byInner.get(inner);
  if (!files) byInner.set(inner, [file]);
  else if (!files.includes(file)) files.push(file);
};
for (const article of dataset.articles) {
  for (const gold of goldsByFile.get(article.file) ?? []) {
    const name = fold(gold.name);
    // The scorer's match: the article person of the same name (the merge may have folded a short form into it).
    const person =
      article.people.find((p) => fold(p.name) === name) ??
      article.people.find((p) => p.aliases.some((alias) => fold(alias) === name));
    if (!person) continue;
    add(pageGolds, person.id, name, article.file);
    add(goldPages, name, person.id, article.file);
    if (gold.country) goldCountry.set(name, gold.country);
  }
}

const show = (byInner: Map<string, string[]>) =>
  [...byInner].map(([inner, files]) => `${inner} [${files.join(' ')}]`).join(' | ');
const wrong = [...pageGolds].filter(([, golds]) => golds.size > 1);
const split = [...goldPages].filter(([, pages]) => pages.size > 1);
console.log(`(a) pages whose golds write different names: ${wrong.length}`);
for (const [page, golds] of wrong) console.log(`  ${page}: ${show(golds)}`);
console.log(`(b) gold names on several pages: ${split.length}`);
for (const [gold, pages] of split) console.log(`  ${gold}: ${show(pages)}`);

const byFamily = new Map<string, string[]>();
for (const gold of goldPages.keys()) {
  const words = gold.split(' ');
  const family = `${words[words.length - 1]} / ${goldCountry.get(gold) ?? '?'}`;
  const list = byFamily.get(family);
  if (list) list.push(gold);
  else byFamily.set(family, [gold]);
}
const review = [...byFamily].filter(([, golds]) => {
  const pages = new Set(golds.flatMap((gold) => [...goldPages.get(gold)!.keys()]));
  return golds.length > 1 && pages.size > 1;
});
console.log(`(c) family name and country shared by gold names on different pages: ${review.length}`);
for (const [family, golds] of review) {
  console.log(
    `  ${family}: ${golds.map((gold) => `${gold} (${[...goldPages.get(gold)!.keys()].join(', ')})`).join(' | ')}`,
  );
}

// (d) catches what (c) cannot: a name with its family name left off or written otherwise ("X bin Y" beside "X bin Y
// Al Z", "A al-B" beside "A B", a given name written as one word or two).
const LINKING = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'do', 'dos', 'van', 'von', 'der']);
const golds = [...goldPages.keys()];
const significant = (gold: string) => new Set(gold.split(' ').filter((w) => w.length > 1 && !LINKING.has(w)));
const pagesOf = (gold: string) => new Set(goldPages.get(gold)!.keys());
const shared: string[] = [];
for (let i = 0; i < golds.length; i++) {
  const x = golds[i]!;
  const wx = significant(x);
  for (let j = i + 1; j < golds.length; j++) {
    const y = golds[j]!;
    const cx = goldCountry.get(x);
    const cy = goldCountry.get(y);
    if (cx && cy && cx !== cy) continue;
    const py = pagesOf(y);
    if ([...pagesOf(x)].some((page) => py.has(page))) continue;
    let common = 0;
    for (const w of significant(y)) if (wx.has(w)) common++;
    if (common >= 2 || x.replace(/ /g, '') === y.replace(/ /g, ''))
      shared.push(`${x} (${[...pagesOf(x)].join(', ')}) | ${y} (${[...py].join(', ')})`);
  }
}
console.log(`(d) gold names of one country sharing two words, on different pages: ${shared.length}`);
for (const line of shared) console.log(`  ${line}`);
console.log(`articles ${dataset.articles.length}, people ${dataset.people.length}`);
