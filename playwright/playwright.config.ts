// End-to-end tests in Debian's Chromium against both hosts of the same
// handler: the native server (SQLite) and the Workers build under wrangler
// dev (D1). `make e2e` builds both and prepares the local D1 database first.
import { defineConfig } from "@playwright/test";

const NATIVE_PORT = 18080;
const WORKERS_PORT = 18787;

export default defineConfig({
  testDir: "tests",
  outputDir: "test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "native", use: { baseURL: `http://127.0.0.1:${NATIVE_PORT}` } },
    { name: "workers", use: { baseURL: `http://127.0.0.1:${WORKERS_PORT}` } },
  ],
  webServer: [
    {
      command: `../bin/exitplay serve --addr 127.0.0.1:${NATIVE_PORT} --db ../data/e2e/native.db`,
      url: `http://127.0.0.1:${NATIVE_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      command:
        `../web/node_modules/.bin/wrangler dev --config ../server/cmd/worker/wrangler.jsonc ` +
        `--port ${WORKERS_PORT} --ip 127.0.0.1 --persist-to ../data/e2e/wrangler`,
      url: `http://127.0.0.1:${WORKERS_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGINT", timeout: 10_000 },
      env: {
        CI: "true",
        WRANGLER_SEND_METRICS: "false",
        WRANGLER_SEND_ERROR_REPORTS: "false",
        WRANGLER_HIDE_BANNER: "true",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
      },
    },
  ],
});
