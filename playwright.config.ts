/**
 * End-to-end tests. Project "web": Debian's Chromium against the built browser host, one fresh
 * journal per test (fixtures in e2e/fixtures.ts). Project "electron": the real desktop app,
 * skipped with a printed reason when no Electron binary (or display) is available.
 * Run with `npm run test:e2e` (builds first). With SCOPEBOOK_REPORT_DIR set, a JSON report is
 * also written there for the CI summary.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium (Playwright's own browser download is not available here); override with SCOPEBOOK_CHROMIUM. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.SCOPEBOOK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

const reportDir = process.env.SCOPEBOOK_REPORT_DIR ?? 'test-results';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: join(reportDir, 'playwright.json') }]],
  projects: [
    {
      name: 'web',
      testIgnore: '**/electron/**',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: chromiumPath(),
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
        },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
