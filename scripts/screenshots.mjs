// Screenshots of built pages for a person to look at: node scripts/screenshots.mjs /path/ [more paths]
// Serves dist/ with `astro preview` on port 4399, writes PNGs to screenshots/ (gitignored).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/"];
const port = 4399;
const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(port)], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
}
mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const variants = [
  { name: "phone", width: 390, height: 844, scheme: "light" },
  { name: "desktop", width: 1280, height: 900, scheme: "light" },
  { name: "dark", width: 1280, height: 900, scheme: "dark" },
  { name: "projector", width: 1920, height: 1080, scheme: "light", query: "theme=projector" },
];
const only = process.env.VARIANTS?.split(",");
try {
  for (const p of paths) {
    for (const v of variants.filter((x) => !only || only.includes(x.name))) {
      const context = await browser.newContext({ viewport: { width: v.width, height: v.height }, colorScheme: v.scheme, javaScriptEnabled: process.env.NOJS ? false : true });
      const page = await context.newPage();
      const sep = p.includes("?") ? "&" : "?";
      await page.goto(`${base}${p}${v.query ? sep + v.query : ""}`, { waitUntil: "networkidle" });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)).catch(() => undefined);
      await page.waitForTimeout(400);
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = `screenshots/${p.replace(/[^a-z0-9]+/gi, "_")}-${v.name}${process.env.NOJS ? "-nojs" : ""}.png`;
      if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
