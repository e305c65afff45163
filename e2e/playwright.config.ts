import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two runs share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

// One fresh SQLite file per run. The config is evaluated again in every worker process;
// workers inherit the runner's environment, so setting the variable here once keeps the
// path identical everywhere (tests can read process.env.CARENET_E2E_DB if they need it).
process.env.CARENET_E2E_DB ??= path.join(
  os.tmpdir(),
  `carenet-e2e-${process.pid}-${Date.now()}.db`,
);
const databaseFile = process.env.CARENET_E2E_DB;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  // Per port too: each run empties its output folder at start, which would pull the traces from under a parallel run.
  outputDir: `./test-results/port-${PORT}`,
  // Spec files run two at a time (tests within a file in order, unless the file says otherwise):
  // every spec makes its own data or only reads the sample college's.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  // A 2-core CI machine that is also building can take more than the default 5 s to show a page.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  globalTeardown: './support/global-teardown.ts',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The dashboard honours "reduce motion" (no antd opening/closing animations): tests neither wait
    // for animations nor spend the 2 cores on drawing them.
    contextOptions: { reducedMotion: 'reduce' },
    // Off by default: recording a trace of every test (kept only on failure) costs a third of the
    // 2 cores' time. PW_TRACE=retain-on-failure npm run e2e records them when a failure needs one.
    trace: (process.env.PW_TRACE as 'off' | 'on' | 'retain-on-failure' | undefined) ?? 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Signs in once per role and saves each session under .auth/ (see tests/auth.setup.ts);
    // the role tests load those files with test.use({ storageState }).
    { name: 'setup', testMatch: /.*\.setup\.ts$/, use: chromium },
    { name: 'chromium', testMatch: /.*\.spec\.ts$/, testIgnore: /screening\.spec\.ts$/, dependencies: ['setup'], use: chromium },
    // Screening opens follow-ups for the sample counselor, which changes where they land ("/"):
    // it runs once every other spec (landing.spec.ts among them) is done.
    { name: 'screening', testMatch: /screening\.spec\.ts$/, dependencies: ['chromium'], use: chromium },
  ],
  webServer: {
    // The already-built server (turbo's e2e task depends on the server and dashboard builds).
    command: 'node ../apps/server/dist/main.js',
    url: `${baseURL}/healthz`,
    env: {
      PORT: String(PORT),
      DATABASE_URL: databaseFile,
      NODE_ENV: 'test',
      // The server creates this SCHOOL_ADMIN at start when the database has no accounts
      // (tests/auth.setup.ts and support/auth.ts sign in with it).
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-e2e-password',
      // Cheap password hashes: the walks sign in often, and nothing here tests the hash's strength.
      PASSWORD_HASH_MEMORY_KIB: '4096',
      PASSWORD_HASH_TIME_COST: '1',
      // Every worker signs in from 127.0.0.1: as a campus behind one NAT address, it needs more than
      // the default 20 sign-ins a minute (the server unit tests keep the default and test it).
      LOGINS_PER_ADDRESS_PER_MINUTE: '600',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stderr: 'pipe',
  },
});
