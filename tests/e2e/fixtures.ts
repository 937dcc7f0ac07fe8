// The test object every spec imports: Chromium from resolveChromium (worker-scoped), and a guard that fails a
// test on any console error, uncaught exception, failed request, HTTP error or dialog — unless the test
// declared that exact response as expected (the not-found page is served with status 404, by design).
import { test as base, expect, type Browser, type Page, type Response } from '@playwright/test';
import type { ChromiumLaunch } from './chromium.ts';
import { resolveChromium } from './chromium.ts';

export interface PageProblems {
  /** Expect an HTTP error status for URLs matching `pattern` (and the console line Chromium logs for it). */
  allowStatus(pattern: RegExp, status: number): void;
  /** Everything seen so far that was not allowed. */
  list(): string[];
}

export const test = base.extend<{ problems: PageProblems }, { browser: Browser }>({
  // The app starts after a page's first paint (src/main.tsx), which can be after the load event that goto() and
  // reload() wait for: on an HTML page they also wait for the app's first render (<html data-ready>), so a test
  // types and clicks on a live page, as a reader a moment later would.
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const live = async (response: Response | null) => {
      if (response?.headers()['content-type']?.startsWith('text/html'))
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      return response;
    };
    page.goto = async (url, options) => live(await goto(url, options));
    page.reload = async (options) => live(await reload(options));
    await provide(page);
  },

  browser: [
    async ({ playwright }, use) => {
      const launch: ChromiumLaunch = process.env.READOUT_E2E_CHROME
        ? (JSON.parse(process.env.READOUT_E2E_CHROME) as ChromiumLaunch)
        : await resolveChromium();
      const browser = await playwright.chromium.launch({
        executablePath: launch.executablePath,
        args: launch.args,
        headless: true,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  problems: [
    async ({ page }, use) => {
      const allowed: { pattern: RegExp; status: number }[] = [];
      const problems: string[] = [];
      let expectedErrors = 0;
      const isAllowed = (url: string, status: number) =>
        allowed.some((entry) => entry.status === status && entry.pattern.test(url));
      watch(page, {
        onConsoleError: (text) => problems.push(`console error: ${text}`),
        onPageError: (message) => problems.push(`uncaught exception: ${message}`),
        onRequestFailed: (url, failure) => problems.push(`request failed: ${url} (${failure})`),
        onStatus: (url, status) => {
          if (isAllowed(url, status)) expectedErrors++;
          else problems.push(`HTTP ${status}: ${url}`);
        },
        onDialog: (message) => problems.push(`dialog opened: ${message}`),
      });
      const api: PageProblems = {
        allowStatus: (pattern, status) => allowed.push({ pattern, status }),
        // Chromium logs one "Failed to load resource" console error per error response; those were expected.
        list: () => {
          let skip = expectedErrors;
          return problems.filter((problem) => {
            if (
              skip > 0 &&
              /^console error: Failed to load resource: the server responded with a status of/.test(problem)
            ) {
              skip--;
              return false;
            }
            return true;
          });
        },
      };
      await use(api);
      expect(api.list(), 'console errors, exceptions, failed requests or dialogs on the page').toEqual([]);
    },
    { auto: true },
  ],
});

function watch(
  page: Page,
  on: {
    onConsoleError(text: string): void;
    onPageError(message: string): void;
    onRequestFailed(url: string, failure: string): void;
    onStatus(url: string, status: number): void;
    onDialog(message: string): void;
  },
) {
  page.on('console', (message) => {
    if (message.type() === 'error') on.onConsoleError(message.text());
  });
  page.on('pageerror', (error) => on.onPageError(error.message));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'unknown';
    // A navigation away cancels pending requests; that is not a failure of the site.
    if (failure !== 'net::ERR_ABORTED') on.onRequestFailed(request.url(), failure);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) on.onStatus(response.url(), response.status());
  });
  page.on('dialog', (dialog) => {
    on.onDialog(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

export { expect };
