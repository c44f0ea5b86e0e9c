import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 720) + 20, height: 600 } });
await page.goto("file:///work/main/.sc-preview/out.html");
const boxes = await page.locator(".box").all();
for (const [i, b] of boxes.entries()) await b.screenshot({ path: `/work/main/.sc-preview/out-${i}.png` });
await browser.close();
