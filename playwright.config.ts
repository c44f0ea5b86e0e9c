import { defineConfig } from "@playwright/test";

const port = Number(process.env.PORT ?? 4321);
const hostPort = Number(process.env.HOST_PORT ?? 4322);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: [
    {
      command: `ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A second origin hosting embeds (a plain page and a reveal.js deck).
      command: `HOST_PORT=${hostPort} node e2e/host-server.mjs`,
      url: `http://127.0.0.1:${hostPort}/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
