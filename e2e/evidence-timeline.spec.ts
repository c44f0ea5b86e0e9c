import { test, expect } from "./fixtures";

const PAGE = "/figure/evidence-timeline/";
const FIGURE = 'wm-evidence-timeline[data-figure="evidence-timeline"]';

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the figure is complete as static SVG with its summary, table and sources", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What later evidence changed");
    await expect(page.locator("main a[href='/evidence/']").first()).toBeVisible();
    const fig = page.locator(FIGURE);
    const svg = fig.locator(".figure-chart svg:visible");
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAttribute("role", "img");
    // Gaps in words; secondary sources named.
    await expect(svg).toContainText("hazard ratio not reported");
    await expect(svg).toContainText("as reported by");
    await expect(fig.locator(".summary-text")).toContainText("HR 0.75 (95% CI 0.63–0.90), P=0.001 [as reported by Springer Medizin news 2017 (b)]");
    await expect(fig.locator(".summary-text")).toContainText("18 of 231 (8%) vs 6 of 229 (3%)");
    await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(14);
    await expect(fig.locator(".figure-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
    await expect(fig.locator(".figure-controls fieldset")).toBeHidden();
  });
});

test("filtering to one aspect redraws the chart and writes the URL", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  const before = await fig.locator(".figure-chart").innerHTML();
  await fig.getByRole("radio", { name: "Second cancers" }).check();
  await expect(page).toHaveURL(/[?&]timeline-aspect=spm/);
  await expect.poll(async () => fig.locator(".figure-chart").innerHTML()).not.toBe(before);
  await expect(fig.locator(".figure-title")).toHaveText("Every report that counted second cancers found more with lenalidomide");
  await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(8);
  await expect(fig.locator(".figure-chart svg:visible")).not.toContainText("Median time to progression");
});

test("the teaching steps walk through the story", async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator(FIGURE);
  await fig.scrollIntoViewIfNeeded();
  await fig.getByRole("button", { name: "Next step" }).click();
  await expect(fig.locator(".step-label")).toContainText("Step 1 of 4: The first reports");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator(".step-label")).toContainText("Step 3 of 4: Pooled analyses and the US label");
  await expect(fig.locator(".figure-chart svg [fill-opacity='0.35']").first()).toBeAttached();
});

test("a URL restores the filter, and a bad value is ignored and said so", async ({ page }) => {
  await page.goto(`${PAGE}?timeline-aspect=survival`);
  const fig = page.locator(FIGURE);
  await expect(fig.getByRole("radio", { name: "Survival" })).toBeChecked();
  await expect(fig.locator(".figure-title")).toContainText("pooled analysis");
  await page.goto(`${PAGE}?timeline-aspect=everything`);
  await expect(fig.getByRole("radio", { name: "All" })).toBeChecked();
  await expect(fig.locator(".figure-status")).toContainText("timeline-aspect");
});



test("controls are at least 44 px tall", async ({ page }) => {
  await page.goto(PAGE);
  const choices = page.locator(`${FIGURE} .figure-controls label.choice`);
  await expect(choices).toHaveCount(4);
  await expect(choices.first()).toBeVisible();
  const boxes = await choices.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
  for (const h of boxes) expect(h).toBeGreaterThanOrEqual(44);
});
