// Where the global setup put the three built sites (at /, at /sub/, and PRERENDER=shell) and their servers (passed to
// test workers through env vars).
import path from 'node:path';

// READOUT_E2E_DIR lets two worktrees that share one node_modules run the suite at once without sharing builds.
export const E2E_DIR = path.resolve(process.env.READOUT_E2E_DIR ?? 'node_modules/.cache/readout-e2e');
export const SEEDS = path.resolve('tests/fixtures/e2e-seeds');

export const sites = {
  /** Built with BASE_PATH unset, served at / */
  get root(): string {
    return required('READOUT_E2E_ROOT_URL');
  },
  /** Built with BASE_PATH=/sub/, served at /sub/ */
  get sub(): string {
    return required('READOUT_E2E_SUB_URL');
  },
  /** Built with PRERENDER=shell (no page per article or person), served at / */
  get shell(): string {
    return required('READOUT_E2E_SHELL_URL');
  },
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with \`npm run test:e2e\``);
  return value;
}
