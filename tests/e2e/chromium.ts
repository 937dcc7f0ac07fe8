// Which Chromium the end-to-end tests run: CHROME_PATH, else a system Chromium, else the binary that ships
// inside the @sparticuz/chromium npm package (so `npm ci` alone is enough; never `npx playwright install`).
import { existsSync } from 'node:fs';

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  source: string;
}

const commonArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumLaunch> {
  if (env.CHROME_PATH) return { executablePath: env.CHROME_PATH, args: commonArgs, source: 'CHROME_PATH' };
  const system = systemPaths.find((file) => existsSync(file));
  if (system) return { executablePath: system, args: commonArgs, source: system };
  const { default: chromium } = await import('@sparticuz/chromium');
  return {
    executablePath: await chromium.executablePath(),
    // --single-process is for AWS Lambda: with it, closing one browser context kills the whole browser.
    args: [...chromium.args.filter((arg) => arg !== '--single-process'), ...commonArgs],
    source: '@sparticuz/chromium',
  };
}
