import { test, expect } from "./fixtures";

const PAGE = "/figure/second-cancers/";
const FIGURE = 'wm-second-cancers[data-figure="second-cancers"]';

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a phone gets the static chart drawn for its width, not a shrunken wide one", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(PAGE);
    const svg = page.locator(`${FIGURE} .figure-chart svg:visible`);
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("width", "360");
  });

  test("each trial is drawn in its own measure, with denominators, time frames and the gap in words", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Second cancers, trial by trial");
    await expect(page.locator("main a[href='/evidence/']").first()).toBeVisible();
    const fig = page.locator(FIGURE);
    const svg = fig.locator(".figure-chart svg:visible");
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("role", "img");
    await expect(svg.locator("g.spm-panel")).toHaveCount(3);
    await expect(svg).toContainText("18 of 231 (8%)");
    await expect(svg).toContainText("Denominator: patients in each arm (231 lenalidomide, 229 placebo)");
    await expect(svg).toContainText("3.1 per 100 patient-years");
    await expect(svg).toContainText("not reported");
    await expect(svg).toContainText("Time frame: rate at 36 months");
    await expect(fig.locator(".summary-text")).toContainText("Placebo not reported (cut off in every stored copy of the abstract)");
    await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(7);
    await expect(fig.locator(".figure-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
    await expect(fig.locator(".figure-controls fieldset")).toBeHidden();
  });
});

test("the pooled view prints the hazard ratio beside the absolute incidences, and writes the URL", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  const before = await fig.locator(".figure-chart").innerHTML();
  await fig.getByRole("radio", { name: "Pooled analyses" }).check();
  await expect(page).toHaveURL(/[?&]spm-view=pooled/);
  await expect.poll(async () => fig.locator(".figure-chart").innerHTML()).not.toBe(before);
  const svg = fig.locator(".figure-chart svg:visible");
  await expect(svg).toContainText("Hazard ratio 1.55 (95% CI 1.03–2.34)");
  await expect(svg).toContainText("6.9% (95% CI 5.3–8.5)");
  await expect(svg).toContainText("before progression");
  await expect(fig.locator(".figure-title")).toContainText("beside the relative risk");
  await fig.getByRole("radio", { name: "The three trials" }).check();
  await expect(page).toHaveURL(/\/figure\/second-cancers\/$/);
});

test("a URL restores the type view, and a bad value is ignored and said so", async ({ page }) => {
  await page.goto(`${PAGE}?spm-view=type`);
  const fig = page.locator(FIGURE);
  await expect(fig.getByRole("radio", { name: "Haematological and solid" })).toBeChecked();
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("8 patients");
  await expect(fig.locator(".figure-chart svg rect.missing-bar").first()).toBeAttached();
  await page.goto(`${PAGE}?spm-view=%3Cscript%3E`);
  await expect(fig.getByRole("radio", { name: "The three trials" })).toBeChecked();
  await expect(fig.locator(".figure-status")).toContainText("spm-view");
});


