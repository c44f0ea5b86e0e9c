import { test, expect } from "./fixtures";

const PAGE = "/figure/trial-designs/";
const FIGURE = 'wm-trial-designs[data-figure="trial-designs"]';

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the figure is complete as static SVG with its summary, table and sources", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the trials were designed");
    await expect(page.locator("main a[href='/evidence/']").first()).toBeVisible();
    const fig = page.locator(FIGURE);
    const svg = fig.locator(".figure-chart svg:visible");
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("role", "img");
    // Missing phases are drawn as gaps, in words; the axis is said to be schematic.
    await expect(svg).toContainText("No transplant");
    await expect(svg).toContainText("phase lengths are schematic, not to scale");
    await expect(fig.locator(".figure-title")).toHaveText("The trials differed in who took part, what came before maintenance, and how long maintenance lasted");
    await expect(fig.locator(".summary-text")).toContainText("86 of 128 placebo patients still free of progression crossed over to lenalidomide");
    await expect(fig.locator(".summary-text")).toContainText("lenalidomide stopped for everyone in January 2011");
    await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(3);
    await expect(fig.locator(".figure-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
    await expect(fig.locator(".figure-controls fieldset")).toBeHidden();
  });
});

test("highlighting a trial redraws the chart, retitles it and writes the URL", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  const before = await fig.locator(".figure-chart").innerHTML();
  await fig.getByRole("radio", { name: "IFM 2005-02" }).check();
  await expect(page).toHaveURL(/[?&]designs-trial=ifm-2005-02/);
  await expect.poll(async () => fig.locator(".figure-chart").innerHTML()).not.toBe(before);
  await expect(fig.locator(".figure-title")).toContainText("stopped early because of second cancers");
  await expect(fig.locator(".summary-text")).toContainText("IFM 2005-02 is highlighted");
  await fig.getByRole("radio", { name: "All trials" }).check();
  await expect(page).toHaveURL(/\/figure\/trial-designs\/$/);
});

test("the teaching steps bring each difference forward, by button and by arrow key", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator(".step-label")).toContainText("Whole figure");
  await fig.getByRole("button", { name: "Next step" }).click();
  await expect(fig.locator(".step-label")).toContainText("Step 1 of 3: Who took part");
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("Who: CALGB 100104 took patients younger than 71");
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator(".step-label")).toContainText("Step 2 of 3: What came before");
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("What came before: MM-015 randomised at diagnosis");
});

test("a URL restores the highlight, and a bad value is ignored and said so", async ({ page }) => {
  await page.goto(`${PAGE}?designs-trial=mm-015`);
  const fig = page.locator(FIGURE);
  await expect(fig.getByRole("radio", { name: "MM-015" })).toBeChecked();
  await expect(fig.locator(".figure-title")).toContainText("randomised at diagnosis");
  await page.goto(`${PAGE}?designs-trial=%3Cscript%3E`);
  await expect(fig.getByRole("radio", { name: "All trials" })).toBeChecked();
  await expect(fig.locator(".figure-status")).toContainText("designs-trial");
});



test("controls are at least 44 px tall", async ({ page }) => {
  await page.goto(PAGE);
  const choices = page.locator(`${FIGURE} .figure-controls label.choice`);
  await expect(choices).toHaveCount(4);
  await expect(choices.first()).toBeVisible();
  const boxes = await choices.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
  for (const h of boxes) expect(h).toBeGreaterThanOrEqual(44);
});
