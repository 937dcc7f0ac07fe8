// Builds the site from tests/fixtures/e2e-seeds three times (at /, at /sub/, and with PRERENDER=shell), serves them with the plain static
// server, and unpacks Chromium once (parallel workers would race to unpack it).
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveChromium } from './chromium.ts';
import { E2E_DIR, SEEDS } from './sites.ts';
import { startHostServer } from './host-server.ts';
import { startStaticServer } from './static-server.ts';

/** `vite build` into `outDir` with the e2e seeds and `env`; `config` names another Vite config file. */
export function viteBuild(outDir: string, env: Record<string, string>, config?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.resolve('node_modules/vite/bin/vite.js'),
        'build',
        // As `npm run build`: the config is run through Vite's module runner, not bundled to a temporary file under
        // the shared node_modules, where a worktree linking another's node_modules could load that one's plugin.
        '--configLoader',
        'runner',
        '--outDir',
        outDir,
        '--emptyOutDir',
        ...(config ? ['--config', config] : []),
      ],
      {
        env: { ...process.env, SEEDS_DIR: SEEDS, SITE_URL: '', PRERENDER: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`vite build (${JSON.stringify(env)}) failed with ${code}:\n${output}`)),
    );
  });
}

export default async function globalSetup() {
  const rootDir = path.join(E2E_DIR, 'root');
  const subDir = path.join(E2E_DIR, 'sub');
  const shellDir = path.join(E2E_DIR, 'shell');
  await fs.mkdir(E2E_DIR, { recursive: true });
  const [chromium] = await Promise.all([
    resolveChromium(),
    viteBuild(rootDir, { BASE_PATH: '/' }),
    viteBuild(subDir, { BASE_PATH: '/sub/' }),
    viteBuild(shellDir, { BASE_PATH: '/', PRERENDER: 'shell' }),
  ]);
  // READOUT_E2E_SERVE runs the suite against a real host's local server instead of ours (README, "Build options and deploying").
  const hostCommand = process.env.READOUT_E2E_SERVE;
  const serve = (root: string, base: string) =>
    hostCommand ? startHostServer({ command: hostCommand, root, base }) : startStaticServer({ root, base });
  const started = await Promise.allSettled([
    serve(rootDir, '/'),
    serve(subDir, '/sub/'),
    serve(shellDir, '/'),
  ]);
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    // Stop the servers that did start: the teardown below never runs when the setup throws.
    await Promise.all(servers.map((server) => server.close()));
    throw failed.reason;
  }
  type Served = (typeof servers)[number];
  const [root, sub, shell] = servers as [Served, Served, Served];
  process.env.READOUT_E2E_ROOT_URL = root.url;
  process.env.READOUT_E2E_SUB_URL = sub.url;
  process.env.READOUT_E2E_SHELL_URL = shell.url;
  process.env.READOUT_E2E_CHROME = JSON.stringify(chromium);
  return async () => {
    await Promise.all([root.close(), sub.close(), shell.close()]);
  };
}
