// Runs the bench smoke test on its own: `npx vitest run --config tests/bench/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
  },
});
