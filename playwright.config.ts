import { defineConfig } from '@playwright/test';

/** Port of the throwaway server; set E2E_PORT to run two suites side by side. */
const port = Number(process.env.E2E_PORT ?? 3100);
/** The SMS and e-mail gateway doubles (scripts/message-doubles.ts): inspection, SMS, SMTP. */
const doubles = port + 90;

/** Browser tests against a freshly started server on an empty database (the demo province loads itself). */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: `.tmp/e2e-results-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `MESSAGE_DOUBLES_PORT=${doubles} node --import tsx scripts/message-doubles.ts`,
      url: `http://127.0.0.1:${doubles}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: [
        `rm -rf .tmp/e2e-data-${port} &&`,
        `DATA_DIR=.tmp/e2e-data-${port} PORT=${port} LOG_LEVEL=warn`,
        `SMS_GATEWAY_URL=http://127.0.0.1:${doubles + 1}/sms SMS_GATEWAY_TOKEN=sms-test-token`,
        `SMTP_URL=smtp://127.0.0.1:${doubles + 2} OUTBOX_POLL_SECONDS=1`,
        'node --import tsx src/server/main.ts',
      ].join(' '),
      url: `http://127.0.0.1:${port}/readyz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
