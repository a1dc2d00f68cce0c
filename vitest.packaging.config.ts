import { defineConfig } from 'vitest/config';

/** The packaging test (scripts/packaged-app.test.ts): its own step of `npm test`, after the build. */
export default defineConfig({
  test: {
    include: ['scripts/packaged-app.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
