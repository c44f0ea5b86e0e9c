import { test, expect } from "./fixtures";

const FIGURE = 'wm-hazard-ratios[data-figure="pfs-os-hazard-ratios"]';

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the figure is complete as static SVG with its summary, table and sources", async ({ page }) => {
    await page.goto("/");
    const fig = page.locator(FIGURE);
    // Drawn twice at build time, wide and narrow; CSS shows the one that suits the screen.
    await expect(fig.locator(".figure-chart .static-wide svg")).toHaveCount(1);
    await expect(fig.locator(".figure-chart .static-narrow svg")).toHaveCount(1);
    const shown = fig.locator(".figure-chart svg:visible");
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute("role", "img");
    // The gaps are drawn as gaps, in words.
    await expect(shown).toContainText("not reported");
    // The summary carries the absolute numbers beside the relative ones.
    await expect(fig.locator(".summary-text")).toContainText("HR 0.50 (95% CI not reported)");
    await expect(fig.locator(".summary-text")).toContainText("41 months (Lenalidomide) vs 23 months (Placebo)");
    await expect(fig.locator(".summary-text")).toContainText("35 of 231 (15%) (Lenalidomide) vs 53 of 229 (23%) (Placebo)");
    await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(6);
    await expect(fig.locator(".figure-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
    // Controls that need JavaScript are not offered without it.
    await expect(fig.locator(".figure-controls fieldset").first()).toBeHidden();
  });
});

test("switching to the absolute numbers redraws the chart and writes the URL", async ({ page }) => {
  await page.goto("/");
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  const before = await fig.locator(".figure-chart").innerHTML();
  await fig.getByRole("radio", { name: "Absolute numbers" }).check();
  await expect(page).toHaveURL(/[?&]measure=absolute/);
  await expect.poll(async () => fig.locator(".figure-chart").innerHTML()).not.toBe(before);
  await expect(fig.locator(".figure-chart svg:visible").first()).toContainText("Months");
});

test("switching to the latest reports shows the 2017 meta-analysis with its CI", async ({ page }) => {
  await page.goto("/");
  const fig = page.locator(FIGURE);
  await fig.getByRole("radio", { name: "Latest reports" }).check();
  await expect(page).toHaveURL(/[?&]reports=latest/);
  await expect(fig.locator(".summary-text")).toContainText("HR 0.48 (95% CI 0.41–0.55)");
  await expect(fig.locator(".figure-title")).toContainText("Later reports");
  await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(8);
});

test("a URL restores the view, and a bad value is ignored and said so", async ({ page }) => {
  await page.goto("/?reports=latest&measure=absolute");
  const fig = page.locator(FIGURE);
  await expect(fig.getByRole("radio", { name: "Latest reports" })).toBeChecked();
  await expect(fig.getByRole("radio", { name: "Absolute numbers" })).toBeChecked();
  await page.goto("/?reports=%3Cscript%3E");
  await expect(fig.getByRole("radio", { name: "2012 reports" })).toBeChecked();
  await expect(fig.locator(".figure-status")).toContainText("reports");
});
