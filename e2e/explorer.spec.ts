import type { Page } from "@playwright/test";
import { test, expect, axeViolations } from "./fixtures";

const FIGURE = 'wm-risk-benefit[data-figure="risk-benefit"]';

/** Presses Tab (or Shift+Tab) until `selector` has focus: keyboard only, as a reader would. */
async function tabTo(page: Page, selector: string, key: "Tab" | "Shift+Tab" = "Tab", max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function ready(page: Page, path = "/explore/"): Promise<void> {
  await page.goto(path);
  // The element has woken once the actions it unhides are visible.
  await expect(page.locator(`${FIGURE} .figure-actions`)).not.toHaveAttribute("hidden", "");
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the default view is complete: icon array, curves, sentence, table, survival spread and assumptions", async ({ page }) => {
    await page.goto("/explore/");
    const fig = page.locator(FIGURE);
    await expect(fig.locator(".rb-icons svg[role=img]")).toHaveAttribute("aria-label", /17 free of progression anyway, 8 free of progression because of maintenance, 75 progressed; 1 marked/);
    await expect(fig.locator('.rb-icons svg path[data-group="because"]')).toHaveAttribute("data-count", "8");
    await expect(fig.locator(".rb-curves svg[role=img]")).toHaveCount(1);
    await expect(fig.locator(".rb-sentence")).toContainText("of 100 people with a partial response (PR) to initial therapy");
    await expect(fig.locator(".rb-sentence")).toContainText("after 5 years about 17 would be free of progression without maintenance and about 25 with 24 months of maintenance");
    await expect(fig.locator(".figure-data table tbody tr")).toHaveCount(10);
    await expect(fig.locator(".rb-os-group")).toHaveCount(4);
    await expect(fig.locator(".rb-param")).toHaveCount(7);
    await expect(fig.locator(".rb-param .rb-kind", { hasText: "Assumption" })).toHaveCount(4);
    await expect(fig.getByText("Not medical advice.", { exact: true })).toBeVisible();
    await expect(fig.getByText("Illustrative model.", { exact: true })).toBeVisible();
    // Controls that need JavaScript are not offered without it, and the page says so.
    await expect(fig.locator(".rb-controls")).toBeHidden();
    await expect(fig.locator(".rb-noscript")).toBeVisible();
  });
});

test("every control works from the keyboard alone and writes the URL", async ({ page }) => {
  await ready(page);
  const fig = page.locator(FIGURE);
  const sentence = fig.locator(".rb-sentence");

  // Response: Tab reaches the group, arrows move within it.
  await tabTo(page, 'input[name="rb-response"]:checked');
  await page.keyboard.press("ArrowLeft");
  await expect(fig.getByRole("radio", { name: "Very good partial (VGPR)" })).toBeChecked();
  await expect(sentence).toContainText("a very good partial response (VGPR)");
  await expect(page).toHaveURL(/[?&]response=vgpr(&|$)/);

  // Duration slider: arrows, End, Home.
  await tabTo(page, "#rb-duration");
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator("#rb-duration")).toHaveAttribute("aria-valuetext", "25 months");
  await expect(fig.locator("#rb-duration-out")).toHaveText("25 months");
  await expect(sentence).toContainText("with 25 months of maintenance");
  await expect(page).toHaveURL(/[?&]duration=25(&|$)/);
  await page.keyboard.press("End");
  await expect(fig.locator("#rb-duration")).toHaveAttribute("aria-valuetext", "until progression");
  await expect(sentence).toContainText("with maintenance taken until progression");
  await expect(page).toHaveURL(/[?&]duration=progression/);
  await page.keyboard.press("Home");
  await expect(sentence).toContainText("With no maintenance there is nothing gained");
  await expect(page).toHaveURL(/[?&]duration=0(&|$)/);

  // Typed months (the alternative to dragging), then the "until progression" checkbox.
  await tabTo(page, "#rb-duration-months");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("36");
  await page.keyboard.press("Enter");
  await expect(fig.locator("#rb-duration")).toHaveValue("36");
  await expect(fig.locator("#rb-duration")).toHaveAttribute("aria-valuetext", "36 months (3 years)");
  await expect(page).toHaveURL(/[?&]duration=36(&|$)/);
  await tabTo(page, "#rb-duration-progression");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]duration=progression/);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]duration=36(&|$)/);

  // Horizon slider and its typed years.
  await tabTo(page, "#rb-horizon");
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator("#rb-horizon")).toHaveAttribute("aria-valuetext", "6 years");
  await expect(sentence).toContainText("after 6 years");
  await expect(page).toHaveURL(/[?&]horizon=6(&|$)/);
  await tabTo(page, "#rb-horizon-years");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("10");
  await page.keyboard.press("Tab");
  await expect(fig.locator("#rb-horizon")).toHaveValue("10");
  await expect(page).toHaveURL(/[?&]horizon=10(&|$)/);

  // Setting.
  await tabTo(page, 'input[name="rb-setting"]:checked');
  await page.keyboard.press("ArrowDown");
  await expect(fig.getByRole("radio", { name: "CALGB 100104 (NEJM 2012)" })).toBeChecked();
  await expect(sentence).toContainText("in CALGB 100104 (after transplant)");
  await expect(fig.locator('.rb-os-group[data-setting="calgb-100104"] .rb-os-current')).toBeVisible();
  await expect(page).toHaveURL(/[?&]setting=calgb-100104(&|$)/);

  // An assumption: type a hazard ratio, then reset from the keyboard.
  await tabTo(page, "#rb-o-hr");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("0.7");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]hr=0\.7(&|$)/);
  await expect(fig.locator('.rb-param[data-param="hr"] .rb-changed')).toBeVisible();
  await expect(fig.locator(".summary-text")).toContainText("hazard ratio on maintenance 0.70");
  await tabTo(page, 'button[data-action="reset-overrides"]', "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/[?&]hr=/);
  await expect(fig.locator('.rb-param[data-param="hr"] .rb-changed')).toBeHidden();
  await expect(fig.locator("#rb-o-hr")).toHaveValue("0.59");
});

test("a URL restores exactly that view", async ({ page }) => {
  await ready(page, "/explore/?response=cr&duration=progression&horizon=10&setting=calgb-100104");
  const fig = page.locator(FIGURE);
  await expect(fig.getByRole("radio", { name: "Complete (CR)" })).toBeChecked();
  await expect(fig.getByRole("radio", { name: "CALGB 100104 (NEJM 2012)" })).toBeChecked();
  await expect(fig.locator("#rb-duration")).toHaveValue("61");
  await expect(fig.locator("#rb-duration")).toHaveAttribute("aria-valuetext", "until progression");
  await expect(fig.locator("#rb-duration-progression")).toBeChecked();
  await expect(fig.locator("#rb-horizon")).toHaveValue("10");
  await expect(fig.locator(".figure-title")).toHaveText(/^Maintenance until progression: \d+ more of 100 people are free of progression at 10 years/);
  await expect(fig.locator(".rb-sentence")).toContainText("of 100 people with a complete response (CR) to initial therapy, in CALGB 100104 (after transplant), after 10 years");
  await expect(fig.locator(".rb-icons svg")).toHaveAttribute("aria-label", /after 10 years/);
  await expect(fig.locator(".figure-status")).toBeHidden();
  // The URL is left as it was: it already says exactly this view.
  await expect(page).toHaveURL(/\?response=cr&duration=progression&horizon=10&setting=calgb-100104$/);
});

test("hostile and invalid values are ignored, and the page says which", async ({ page, watched }) => {
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs += 1; void d.dismiss(); });
  await ready(page, "/explore/?duration=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&hr=1e3&horizon=99&response=CR&theme=dark");
  const fig = page.locator(FIGURE);
  const status = fig.locator(".figure-status");
  await expect(status).toBeVisible();
  await expect(status).toContainText('ignored duration (duration="<img src=x onerror=alert(1)>")');
  await expect(status).toContainText('ignored hazard ratio (hr="1e3"): not a plain decimal number');
  await expect(status).toContainText('horizon (horizon="99") outside 1–10; clamped; showing 10');
  await expect(status).toContainText('response (response="CR") read in lower case; showing cr');
  await expect(fig.locator("#rb-duration")).toHaveAttribute("aria-valuetext", "24 months (2 years)");
  await expect(fig.locator("img")).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(watched.consoleErrors).toEqual([]);
});

for (const path of ["/explore/", "/methods/"]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${path} has no axe violations in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path, { waitUntil: "networkidle" });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`${path} loads and runs with no console error and no request to another origin`, async ({ page, watched }) => {
    await page.goto(path, { waitUntil: "networkidle" });
    if (path === "/explore/") {
      await page.locator("#rb-duration").focus();
      for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowRight");
      await page.locator("#rb-horizon").focus();
      await page.keyboard.press("Home");
    }
    await page.mouse.wheel(0, 6000);
    await page.waitForTimeout(400);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
}

test("the explorer says it is an illustrative model and not medical advice, in plain words", async ({ page }) => {
  await page.goto("/explore/");
  const banner = page.locator(`${FIGURE} .rb-banner`);
  await expect(banner).toContainText("Not medical advice. Nothing here says what any person should do.");
  await expect(banner).toContainText("Illustrative model.");
  await expect(page.getByRole("heading", { name: "Not medical advice" })).toBeVisible();
});

test("/methods/ lists every parameter with its kind, and every evidence link lands on a row", async ({ page }) => {
  await page.goto("/methods/");
  await expect(page.locator(".param-table tbody tr")).toHaveCount(16);
  await expect(page.locator(".param-table .kind--assumption")).toHaveCount(4);
  await expect(page.getByRole("heading", { name: "Not medical advice" }).first()).toBeVisible();
  await expect(page.locator("#example + p + .table-scroll tbody tr").first()).toContainText("0.0295 per month");
  const targets = await page.locator('a[href^="/evidence/#"]').evaluateAll((as) => [...new Set(as.map((a) => (a.getAttribute("href") ?? "").slice("/evidence/#".length)))]);
  expect(targets.length).toBeGreaterThan(10);
  await page.goto("/evidence/");
  const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(decodeURIComponent(id))), targets);
  expect(missing).toEqual([]);
});
