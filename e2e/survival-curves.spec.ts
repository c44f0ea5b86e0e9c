import { test, expect } from "./fixtures";

const PAGE = "/figure/survival-curves/";
const FIGURE = 'wm-survival-curves[data-figure="survival-curves"]';

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a phone gets the static chart drawn for its width, not a shrunken wide one", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(PAGE);
    const svg = page.locator(`${FIGURE} .figure-chart svg:visible`);
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("width", "360");
  });

  test("the default view is complete as static SVG: reconstructed curves, published points, summary, table, sources", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Progression and survival curves, arm by arm");
    await expect(page.locator("main a[href='/evidence/']").first()).toBeVisible();
    const fig = page.locator(FIGURE);
    const svg = fig.locator(".figure-chart svg:visible");
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("role", "img");
    await expect(svg).toContainText("not the trial's Kaplan–Meier curve");
    await expect(svg).toContainText("median 41 months");
    await expect(svg).toContainText("median 23 months");
    await expect(svg).toContainText("median follow-up 45 months");
    await expect(fig.locator(".figure-title")).toHaveText("IFM 2005-02, 2012 report: the progression curves separate early and widely");
    await expect(fig.locator(".summary-text")).toContainText("Lenalidomide: median 41 months");
    await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(3);
    await expect(fig.locator(".figure-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
    await expect(fig.locator(".figure-controls fieldset").first()).toBeHidden();
  });
});

test("choosing a trial and an endpoint redraws the chart and writes the URL; a gap is drawn as a gap", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  const before = await fig.locator(".figure-chart").innerHTML();
  await fig.getByRole("radio", { name: "CALGB 100104" }).check();
  await expect(page).toHaveURL(/[?&]trial=calgb-100104/);
  await expect.poll(async () => fig.locator(".figure-chart").innerHTML()).not.toBe(before);
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("Time to progression (TTP), counted from transplant");
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("median 46 months");
  await fig.getByRole("radio", { name: "Overall survival" }).check();
  await expect(page).toHaveURL(/[?&]endpoint=survival/);
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("No survival curve can be drawn");
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("35 of 231 (15%)");
  await expect(fig.locator(".figure-title")).toContainText("no survival curve can be drawn");
});

test("the data-cut choices name their report; a trial without the current cut moves to one it has", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByRole("radio", { name: /^Latest trial report/ })).toBeVisible();
  await expect(fig.locator('[data-cut-detail="latest"]')).toHaveText("(2013, median follow-up 60.6 months)");
  await fig.getByRole("radio", { name: "2017 meta-analysis" }).check();
  await expect(page).toHaveURL(/[?&]trial=meta-2017/);
  await expect(page).toHaveURL(/[?&]cut=latest/);
  await expect(fig.getByRole("radio", { name: /^Latest trial report/ })).toBeChecked();
  await expect(fig.locator('[data-cut-detail="2012"]')).toHaveText("(not in the evidence base)");
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("median 52.8 months");
  await fig.getByRole("radio", { name: /^US label analysis/ }).check();
  await expect(fig.locator(".figure-chart svg:visible")).toContainText("No US label analysis of the 2017 meta-analysis is in the evidence base.");
});

test("the teaching steps fade the curves, then the points", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  await fig.getByRole("button", { name: "Next step" }).click();
  await expect(fig.locator(".step-label")).toContainText("Step 1 of 2: What was published");
  await expect(fig.locator('.figure-chart svg g.series-len[stroke-opacity="0.2"]').first()).toBeAttached();
});

test("a URL restores the view, and a bad value is ignored and said so", async ({ page }) => {
  await page.goto(`${PAGE}?trial=mm-015&endpoint=survival`);
  const fig = page.locator(FIGURE);
  await expect(fig.getByRole("radio", { name: "MM-015" })).toBeChecked();
  await expect(fig.getByRole("radio", { name: "Overall survival" })).toBeChecked();
  await expect(fig.locator(".summary-text")).toContainText("MPR-R (152 patients): median 54 months");
  await page.goto(`${PAGE}?cut=%3Cscript%3E`);
  await expect(fig.getByRole("radio", { name: /^2012 reports/ })).toBeChecked();
  await expect(fig.locator(".figure-status")).toContainText("cut");
});


