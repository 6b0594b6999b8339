import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * Browser tests run the production build (`vite build` output in dist/) from a
 * plain static file server with no SPA fallback, in Debian's Chromium.
 */
const chromium = CHROMIUM_PATH;
if (!existsSync(chromium)) {
  process.stderr.write(
    `No Chromium at ${chromium}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH to a Chromium binary).\n`,
  );
  process.exit(1);
}

/**
 * The tests serve the build on a port of their own, free at the time, so they run while the
 * explorer is open on 4173 (`npm start`). Playwright loads this file again in every worker: the
 * first load picks the port and hands it on through the environment, which workers inherit.
 */
function freePort(): number {
  const pick =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  try {
    return Number(execFileSync(process.execPath, ['-e', pick], { encoding: 'utf8' }));
  } catch (error) {
    process.stderr.write(
      `Could not find a free local port for the browser tests' server: ${String(error)}\n`,
    );
    process.exit(1);
  }
}
process.env.E2E_PORT ??= String(freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  // An upper bound for waits on states, roomy enough for a slow machine; a passing wait ends early.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never someone else's server (an open explorer may serve an older build): always our own.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
