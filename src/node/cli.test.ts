import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dataset } from '../common/dataset.ts';
import { createProgress, writeDataset } from './cli.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedFile = path.join(projectRoot, 'seeds/000_e91136500cf297be.txt');
const seedText = readFileSync(seedFile, 'utf8');

function runCli(args: string[], nodeArgs: string[] = []) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', ...nodeArgs, 'src/node/cli.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

let root: string;
const write = (rel: string, content: string | Uint8Array) => {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
};
const readDataset = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Dataset;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'readout-cli-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run ingest', () => {
  it('ingests the seed: Wang Yi and Takeo Akiba take part, Shigeru Ishiba is mentioned', () => {
    const seeds = path.join(root, 'seed-only');
    mkdirSync(seeds);
    copyFileSync(seedFile, path.join(seeds, '000_e91136500cf297be.txt'));
    const out = path.join(root, 'seed.json');
    const run = runCli(['--seeds', seeds, '--out', out, '--strict']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dataset = readDataset(out);
    expect(dataset.articles).toHaveLength(1);
    const [article] = dataset.articles;
    expect(article).toMatchObject({
      file: '000_e91136500cf297be.txt',
      date: '2024-10-22',
      title: 'Wang Yi holds phone talk with Japanese national security official',
      source: 'Xinhua',
    });
    const byName = Object.fromEntries(article!.people.map((p) => [p.name, p]));
    expect(byName['Wang Yi']).toMatchObject({ participant: true, country: 'China' });
    expect(byName['Takeo Akiba']).toMatchObject({ participant: true, country: 'Japan' });
    expect(byName['Shigeru Ishiba']).toMatchObject({ participant: false });
    const wang = dataset.people.find((p) => p.name === 'Wang Yi')!;
    expect(wang.articleIds).toEqual([article!.id]);
    expect(byName['Wang Yi']!.id).toBe(wang.id);
    expect(run.stdout).toMatch(/: 1 article, 3 people, 0 warnings \(/);
  }, 60_000);

  describe('on a folder of bad input', () => {
    let seeds: string;
    let out: string;
    let run: ReturnType<typeof runCli>;
    let dataset: Dataset;
    const warningsFor = (file: string) => dataset.warnings.filter((w) => w.file === file);
    const articleFor = (file: string) => dataset.articles.find((a) => a.file === file);

    beforeAll(() => {
      seeds = path.join(root, 'bad');
      const rel = (name: string) => path.join('bad', name);
      write(rel('nested/deep/seed.txt'), seedText);
      write(rel('README.md'), '# Not an article\n');
      write(rel('photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
      write(rel('empty.txt'), '');
      write(rel('blank.txt'), '   \n\n \t \n');
      write(
        rel('binary.txt'),
        Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256),
      );
      const latin1 = ` date 2024-03-05 Caf\xe9 talks in S\xe3o Paulo\n\nS\xc3O PAULO, March 4 (Xinhua) -- Jos\xe9 Mart\xednez met Fran\xe7ois Dupont on Monday.\n`;
      write(
        rel('latin1.txt'),
        Uint8Array.from(latin1, (c) => c.charCodeAt(0)),
      );
      write(rel('bom-crlf.txt'), `\ufeff${seedText.replace(/\n/g, '\r\n')}`);
      write(rel('control.txt'), seedText.replace('Wang Yi, director', 'Wang\u0000 Yi\u0007, director'));
      write(rel('no-date.txt'), seedText.replace(' date 2024-10-22 ', ' date '));
      write(rel('impossible-date.txt'), seedText.replace('2024-10-22', '2024-02-31'));
      write(
        rel('script.txt'),
        seedText.replace('Both sides agreed', '<script>alert("x")</script> Both sides agreed'),
      );
      write(rel('dup/one.txt'), seedText);
      write(rel('dup/two.txt'), seedText);
      const paragraph = seedText.split('\n\n')[3]!;
      const paragraphs = Array.from(
        { length: Math.ceil(3_000_000 / paragraph.length) },
        (_, i) => `${i}. ${paragraph}`,
      );
      write(rel('several-mb.txt'), `${seedText}\n${paragraphs.join('\n\n')}\n`);
      write(
        rel('one-line.txt'),
        ` date 2024-10-22 One enormous line ${'and the talks went on '.repeat(100_000)}`,
      );
      write(rel('too-big.txt'), ` date 2024-10-22 Too big\n\n${'x'.repeat(5 * 1024 * 1024)}`);
      out = path.join(root, 'bad.json');
      run = runCli(['--seeds', seeds, '--out', out]);
      dataset = readDataset(out);
    }, 120_000);

    it('exits 0 and names each problem file with its line on stderr', () => {
      expect(run.code).toBe(0);
      const lines = run.stderr.trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines)
        expect(line).toMatch(
          new RegExp(`^${seeds.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^:]+\\.txt:\\d+: .+`),
        );
      expect(dataset.warnings.length).toBe(lines.length);
    });

    it('includes nested files and ignores README and image files', () => {
      expect(articleFor('nested/deep/seed.txt')?.title).toBe(
        'Wang Yi holds phone talk with Japanese national security official',
      );
      expect(dataset.articles.some((a) => /README|photo/.test(a.file))).toBe(false);
      expect(dataset.warnings.some((w) => /README|photo/.test(w.file))).toBe(false);
    });

    it('warns about empty, whitespace-only and binary files and makes no article of them', () => {
      for (const file of ['empty.txt', 'blank.txt', 'binary.txt']) {
        expect(warningsFor(file).length, file).toBeGreaterThan(0);
        expect(articleFor(file), file).toBeUndefined();
      }
    });

    it('decodes invalid UTF-8 as Windows-1252 with a warning, never producing U+FFFD', () => {
      expect(warningsFor('latin1.txt').length).toBeGreaterThan(0);
      expect(articleFor('latin1.txt')?.title).toBe('Café talks in São Paulo');
      expect(readFileSync(out, 'utf8')).not.toContain('\ufffd');
    });

    it('accepts a BOM and CRLF line endings silently', () => {
      expect(warningsFor('bom-crlf.txt')).toEqual([]);
      const article = articleFor('bom-crlf.txt')!;
      expect(article.title).toBe('Wang Yi holds phone talk with Japanese national security official');
      expect(article.paragraphs.join('')).not.toMatch(/\r|\ufeff/);
    });

    it('strips NUL and control characters', () => {
      const article = articleFor('control.txt')!;
      expect(JSON.stringify(article)).not.toMatch(/\\u000[0-8]|\\u0007/);
      expect(article.paragraphs[0]).toContain('Wang Yi, director');
    });

    it('warns about a missing or impossible header date and keeps the article', () => {
      for (const file of ['no-date.txt', 'impossible-date.txt']) {
        expect(
          warningsFor(file).some((w) => w.line === 1 && /date/i.test(w.message)),
          file,
        ).toBe(true);
        expect(articleFor(file)?.date, file).toBe('');
      }
    });

    it('keeps markup as literal text', () => {
      expect(articleFor('script.txt')!.paragraphs.join('\n')).toContain('<script>alert("x")</script>');
    });

    it('keeps two files with the same date and title, with distinct ids and slugs', () => {
      const one = articleFor('dup/one.txt')!;
      const two = articleFor('dup/two.txt')!;
      expect(one.title).toBe(two.title);
      expect(one.slug).not.toBe(two.slug);
      expect(one.id).not.toBe(two.id);
    });

    it('ingests a several-megabyte file and a single enormous line, or skips them with a warning', () => {
      for (const file of ['several-mb.txt', 'one-line.txt']) {
        expect(articleFor(file) !== undefined || warningsFor(file).length > 0, file).toBe(true);
      }
      expect(articleFor('several-mb.txt')?.paragraphs.length).toBeGreaterThan(100);
      expect(warningsFor('too-big.txt')[0]?.message).toMatch(/over the 4\.0 MB limit/);
      expect(articleFor('too-big.txt')).toBeUndefined();
    });

    // One second run of this slow folder (a 3 MB article, a 2 MB line) answers both: --strict changes only the exit.
    it('exits 1 with --strict when there is any warning, and writes byte-identical output on a second run, so ids and slugs are stable', () => {
      const again = path.join(root, 'bad-again.json');
      expect(runCli(['--seeds', seeds, '--out', again, '--strict']).code).toBe(1);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
    }, 120_000);
  });

  describe('usage errors exit 2 with a message saying what to do', () => {
    it('for a missing folder', () => {
      const run = runCli(['--seeds', path.join(root, 'nope'), '--out', path.join(root, 'x.json')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/does not exist; pass the folder that holds your \*\.txt articles/);
    });

    it('for a missing option', () => {
      const run = runCli(['--seeds', root]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/missing --out FILE/);
    });

    it('for an unknown option', () => {
      const unknown = runCli(['--seeds', root, '--out', 'x.json', '--fast']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/Usage: npm run ingest/);
    });

    it('for a file passed as the folder', () => {
      const run = runCli(['--seeds', seedFile, '--out', path.join(root, 'x.json')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is not a folder/);
    });

    it('for a folder passed as the output, which stays empty', () => {
      const folder = path.join(root, 'out-folder');
      mkdirSync(folder);
      const run = runCli(['--seeds', path.dirname(seedFile), '--out', folder]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /is a folder; pass a file name for the dataset, e\.g\. --out .*dataset\.json/,
      );
      expect(readdirSync(folder)).toEqual([]);
      expect(readdirSync(root).filter((name) => name.includes('.tmp'))).toEqual([]);
    });
  });

  it('exits 2 naming the output when it cannot be written', () => {
    const run = runCli(['--seeds', path.dirname(seedFile), '--out', path.join(seedFile, 'dataset.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: could not write ".*dataset\.json": /);
  });

  it('exits 2 at once, before ingesting, when the output folder cannot be made', () => {
    // Under /proc the kernel refuses a new folder with ENOENT though its parent exists: mkdir's `recursive` retried
    // that for ever, so the run never ended.
    const run = runCli(['--seeds', path.dirname(seedFile), '--out', '/proc/readout-none/dataset.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `error: could not write "/proc/readout-none/dataset.json": ENOENT: no such file or directory, mkdir '/proc/readout-none'\n`,
    );
  });

  it('makes the missing folders of the output', () => {
    const out = path.join(root, 'new', 'deeper', 'dataset.json');
    const run = runCli(['--seeds', path.dirname(seedFile), '--out', out]);
    expect(run.code).toBe(0);
    expect(readDataset(out).articles.length).toBeGreaterThan(0);
  });

  it('leaves no temporary file behind when the dataset cannot take its place', () => {
    const folder = path.join(root, 'taken');
    mkdirSync(path.join(folder, 'dataset.json'), { recursive: true });
    writeFileSync(path.join(folder, 'dataset.json', 'keep.txt'), 'x');
    expect(() =>
      writeDataset(path.join(folder, 'dataset.json'), { articles: [], people: [], warnings: [] }),
    ).toThrow();
    expect(readdirSync(folder)).toEqual(['dataset.json']);
  });

  it('prints help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--seeds DIR[\s\S]*--out FILE[\s\S]*--strict/);
  });

  it('answers --help and a usage error at once, without loading the ingest', () => {
    // A module hook that fails the run if anything under src/ingest/ is imported.
    write(
      'refuse-ingest.mjs',
      'export async function resolve(specifier, context, next) {\n' +
        '  const found = await next(specifier, context);\n' +
        "  if (found.url.includes('/src/ingest/')) throw new Error(`loaded ${found.url}`);\n" +
        '  return found;\n}\n',
    );
    write(
      'register-refuse-ingest.mjs',
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(root, 'refuse-ingest.mjs')).href)});\n`,
    );
    const refuse = ['--import', pathToFileURL(path.join(root, 'register-refuse-ingest.mjs')).href];
    const help = runCli(['--help'], refuse);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run ingest/);
    const usage = runCli(['--seeds', root], refuse);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing --out FILE/);
  });
});

describe('node src/node/cli.mjs (what npm run ingest runs)', () => {
  const runLauncher = (args: string[], cache: string) => {
    const out = spawnSync(process.execPath, ['src/node/cli.mjs', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, READOUT_BUNDLE_CACHE: cache },
    });
    return { code: out.status, stdout: out.stdout, stderr: out.stderr };
  };

  it('writes the same dataset and says the same as cli.ts under tsx, from a fresh bundle and from the cache', () => {
    const seeds = path.join(root, 'launcher-seeds');
    mkdirSync(seeds);
    copyFileSync(seedFile, path.join(seeds, '000_e91136500cf297be.txt'));
    write('launcher-seeds/broken.txt', 'no header here\n');
    const viaTsx = runCli(['--seeds', seeds, '--out', path.join(root, 'via-tsx.json'), '--strict']);
    expect(viaTsx.code).toBe(1);
    const cache = path.join(root, 'launcher-cache');
    for (const run of [1, 2]) {
      const out = path.join(root, `via-launcher-${run}.json`);
      const launched = runLauncher(['--seeds', seeds, '--out', out, '--strict'], cache);
      expect(launched.code).toBe(1);
      expect(launched.stderr).toBe(viaTsx.stderr);
      const said = (stdout: string, file: string) =>
        stdout.replace(file, 'FILE').replace(/\(\d+\.\d s\)/, '');
      expect(said(launched.stdout, out)).toBe(said(viaTsx.stdout, path.join(root, 'via-tsx.json')));
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(root, 'via-tsx.json'), 'utf8'));
    }
    expect(readdirSync(cache).filter((f) => f.endsWith('.cjs'))).toHaveLength(1);
  });

  it('answers --help with 0 and a usage error with 2', () => {
    const cache = path.join(root, 'launcher-cache');
    const help = runLauncher(['--help'], cache);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run ingest/);
    const usage = runLauncher(['--seeds', root], cache);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing --out FILE/);
  });
});

describe('progress line', () => {
  const fakeStream = (isTTY: boolean) => {
    const writes: string[] = [];
    const stream = {
      isTTY,
      columns: 80,
      write: (s: string) => writes.push(s),
    } as unknown as NodeJS.WriteStream;
    return { stream, writes };
  };

  it('shows nothing for small folders', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress(stream);
    for (let i = 1; i <= 100; i++) progress.update(i, 100);
    progress.end();
    expect(writes).toEqual([]);
  });

  it('off a terminal, prints a plain line every 10% with counts, rate and ETA', () => {
    const { stream, writes } = fakeStream(false);
    let clock = 0;
    const progress = createProgress(stream, () => clock);
    for (let i = 1; i <= 10_000; i++) {
      clock += 1; // 1 ms per file: 1,000 files/s
      progress.update(i, 10_000);
    }
    progress.end();
    expect(writes).toHaveLength(10);
    expect(writes[0]).toBe('Ingesting 1,000/10,000 files (10%), 1,000 files/s, ETA 9s\n');
    expect(writes[9]).toMatch(/^Ingesting 10,000\/10,000 files \(100%\)/);
  });

  it('on a terminal, rewrites one line and clears it at the end', () => {
    const { stream, writes } = fakeStream(true);
    let clock = 0;
    const progress = createProgress(stream, () => clock);
    for (let i = 1; i <= 2_000; i++) {
      clock += 1;
      progress.update(i, 2_000);
    }
    progress.end();
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true);
    expect(writes[writes.length - 2]).toMatch(/2,000\/2,000 files \(100%\)/);
    expect(writes[writes.length - 1]).toBe('\r\x1b[2K');
  });
});
