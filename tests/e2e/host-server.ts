// Serves a built site with a real host's own local server instead of ours, so the whole e2e suite can be run
// against a host's behaviour (redirects, 404 pages, `_headers`) without deploying: READOUT_E2E_SERVE is a command
// with {dir}, {port} and {spare} (a second free port, for servers that also open a debugger port), e.g.
// `npx wrangler pages dev {dir} --port {port} --inspector-port {spare}` for Cloudflare Pages' runtime.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export interface HostedSite {
  url: string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Signals the command's whole process group; a group that has already exited is fine. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: nothing left to stop
  }
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`host server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`host server did not answer ${url} within 60 s:\n${log()}`);
}

/**
 * Starts `command` over the site built for `base`. A host publishes a sub-path site as a folder of a larger one,
 * so for base /sub/ the served folder holds the build under sub/, with its `_headers` (whose rules already start
 * with /sub/) at the top, where hosts read it.
 */
export async function startHostServer(options: {
  command: string;
  root: string;
  base: string;
}): Promise<HostedSite> {
  let dir = options.root;
  if (options.base !== '/') {
    dir = `${options.root}-hosted`;
    await fs.rm(dir, { recursive: true, force: true });
    await fs.cp(options.root, path.join(dir, options.base), { recursive: true });
    await fs.copyFile(path.join(options.root, '_headers'), path.join(dir, '_headers'));
  }
  const [port, spare] = [await freePort(), await freePort()];
  const command = options.command
    .replaceAll('{dir}', dir)
    .replaceAll('{port}', String(port))
    .replaceAll('{spare}', String(spare));
  const child = spawn(command, { shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}${options.base}`;
  try {
    await waitUntilServing(url, child, () => output);
  } catch (error) {
    killGroup(child, 'SIGKILL');
    throw error;
  }
  return {
    url,
    close: async () => {
      // The command runs in a shell of its own process group: stop the servers it started too, and kill the
      // group if they ignore SIGTERM (left running, they would hold their ports and CPU after the tests).
      if (child.pid === undefined || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      killGroup(child, 'SIGKILL');
    },
  };
}
