import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto("file:///work/main/.sc-preview/out.html");
console.log(await page.evaluate(() => { const g = document.querySelector("g.series-len"); return [getComputedStyle(g).color, getComputedStyle(document.documentElement).getPropertyValue("--series-len"), document.styleSheets.length, [...document.styleSheets].map(s=>s.cssRules.length)]; }));
await browser.close();
