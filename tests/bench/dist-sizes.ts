// npx tsx tests/bench/dist-sizes.ts DIR — what a built site weighs, by kind of file (article pages, article JSON,
// list pages, search index, person pages and data, PRERENDER=shell's packs, the rest): files, MB and bytes per file, to extrapolate a
// site's size to a larger archive (issue 4: dist/ under 1 GB at 100,000 articles).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runIfMain } from '../../src/node/run-main.ts';

const kinds: [string, RegExp][] = [
  ['article pages', /^articles\/[^/]+\/index\.html$/],
  ['person pages', /^people\/[^/]+\/index\.html$/],
  ['other pages', /\.html$/],
  ['article JSON', /^data\/articles\//],
  ['person article lists', /^data\/people\/[^/]+\/articles-/],
  ['person JSON', /^data\/people\/[^/]+\.json$/],
  ['list JSON', /^data\/list\//],
  ['people index', /^data\/people-(index|names)\//],
  ['search index', /^data\/search\//],
  // PRERENDER=shell packs (src/common/data-packs.ts).
  ['article packs', /^data\/packs\/articles\//],
  ['person packs', /^data\/packs\/people\//],
  ['list packs', /^data\/packs\/list\//],
  ['search docs packs', /^data\/packs\/search-docs\//],
  ['people index packs', /^data\/packs\/people-(index|names)\//],
  ['assets', /^assets\//],
  ['other', /./],
];

function distSizes(root: string): Map<string, { files: number; bytes: number }> {
  const sizes = new Map(kinds.map(([kind]) => [kind, { files: 0, bytes: 0 }]));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      // The bench's Pagefind index is not part of the site.
      if (entry.isDirectory()) {
        if (rel !== 'pagefind-bench') walk(full);
        continue;
      }
      const kind = kinds.find(([, pattern]) => pattern.test(rel))![0];
      const size = sizes.get(kind)!;
      size.files++;
      size.bytes += statSync(full).size;
    }
  };
  walk(root);
  return sizes;
}

function main(argv: string[]): number {
  const root = argv[0];
  if (!root) {
    process.stderr.write('usage: tests/bench/dist-sizes.ts DIR\n');
    return 2;
  }
  let files = 0;
  let bytes = 0;
  for (const [kind, size] of distSizes(root)) {
    if (size.files === 0) continue;
    files += size.files;
    bytes += size.bytes;
    process.stdout.write(
      `${kind.padEnd(22)}${String(size.files).padStart(8)} files${(size.bytes / 1e6).toFixed(2).padStart(9)} MB` +
        `${String(Math.round(size.bytes / size.files)).padStart(8)} B/file\n`,
    );
  }
  process.stdout.write(
    `${'total'.padEnd(22)}${String(files).padStart(8)} files${(bytes / 1e6).toFixed(2).padStart(9)} MB\n`,
  );
  return 0;
}

runIfMain(import.meta.url, main);
