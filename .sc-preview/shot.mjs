import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(process.env.VW ?? 1200), height: 600 } });
await page.goto("file:///work/main/.sc-preview/out.html");
await page.screenshot({ path: "/work/main/.sc-preview/grid.png", fullPage: true });
await browser.close();
