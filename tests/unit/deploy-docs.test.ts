// What the README and the GitHub Pages workflow tell a deployer must be what the build does: a policy copied from
// the README onto a server must be the one the site is built to satisfy, and the workflow must build the site for
// the address Pages serves it at.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHeadersFile, STRICT_CSP } from '../../src/node/host-files.ts';
import { resolveSiteOptions } from '../../src/node/site-config.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const workflow = readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8');

/** The README's fenced blocks without a language, as a reader copies them. */
function plainBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let open: { plain: boolean; lines: string[] } | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('```')) open?.lines.push(line);
    else if (!open) open = { plain: line === '```', lines: [] };
    else {
      if (open.plain) blocks.push(`${open.lines.join('\n')}\n`);
      open = null;
    }
  }
  return blocks;
}

describe('README, Content-Security-Policy', () => {
  it('documents the policy the site is built for, and the _headers file the build writes', () => {
    expect(plainBlocks(readme)).toContain(`Content-Security-Policy: ${STRICT_CSP}\n`);
    expect(plainBlocks(readme)).toContain(buildHeadersFile('/'));
  });
});

describe('.github/workflows/pages.yml', () => {
  const step = (command: string) =>
    workflow.split('\n').findIndex((line) => line.trim() === `- run: ${command}`);

  it('installs from the lock file, builds, and publishes dist/', () => {
    expect(step('npm ci')).toBeGreaterThan(-1);
    expect(step('npm run build')).toBeGreaterThan(step('npm ci'));
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/);
  });

  // configure-pages' outputs as its action.yml documents them: base_path "/my-repo" or "", origin without a path.
  const pages = {
    project: { base_path: '/my-repo', origin: 'https://octocat.github.io' },
    user: { base_path: '', origin: 'https://octocat.github.io' },
    domain: { base_path: '', origin: 'https://news.example.org' },
  };
  const buildEnv = (outputs: Record<string, string>) => {
    const value = (name: string) =>
      new RegExp(`^\\s+${name}: (.*)$`, 'm')
        .exec(workflow)![1]!
        .replace(/\$\{\{ steps\.pages\.outputs\.(\w+) \}\}/g, (_, key: string) => outputs[key]!);
    return resolveSiteOptions({ BASE_PATH: value('BASE_PATH'), SITE_URL: value('SITE_URL') }, '/repo');
  };

  it('builds a project site for /<repository>/ and a user site or custom domain for /, each at its origin', () => {
    expect(buildEnv(pages.project)).toMatchObject({
      base: '/my-repo/',
      siteUrl: 'https://octocat.github.io',
    });
    expect(buildEnv(pages.user)).toMatchObject({ base: '/', siteUrl: 'https://octocat.github.io' });
    expect(buildEnv(pages.domain)).toMatchObject({ base: '/', siteUrl: 'https://news.example.org' });
  });
});
