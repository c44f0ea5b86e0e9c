import { test, expect, axeViolations } from "./fixtures";

/** The public embed URLs; each figure joins this list when it lands. */
export const EMBEDS = ["trial-designs", "pfs-os-hazard-ratios", "survival-curves", "second-cancers", "risk-benefit", "evidence-timeline"];
const HOST = `http://127.0.0.1:${process.env.HOST_PORT ?? 4322}`;
const SITE = `http://127.0.0.1:${process.env.PORT ?? 4321}`;

for (const id of EMBEDS) {
  test.describe(`/embed/${id}/`, () => {
    test("is the figure alone: title, chart, source line and a link to the full view, no site navigation", async ({ page, watched }) => {
      await page.goto(`/embed/${id}/`);
      await expect(page.locator("nav.site-nav")).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await expect(page.locator(".figure-chart svg:visible").first()).toBeVisible();
      await expect(page.locator(".figure-sources a").first()).toHaveAttribute("href", /^https?:\/\//);
      await expect(page.getByRole("link", { name: /Open the full figure/ })).toBeVisible();
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    });

    for (const width of [280, 1920]) {
      test(`fills a ${width} px frame without horizontal scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/embed/${id}/`);
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    for (const theme of ["light", "dark", "projector"] as const) {
      test(`has no axe violations in the ${theme} theme`, async ({ page }) => {
        await page.goto(`/embed/${id}/?theme=${theme}`);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test("reports its height to a host page on another origin, which sizes the frame", async ({ page }) => {
      await page.goto(`${HOST}/index.html?figure=${id}&site=${encodeURIComponent(SITE)}`);
      await expect.poll(() => page.evaluate(() => (window as unknown as { heights: { figure: string; height: number }[] }).heights.length)).toBeGreaterThan(0);
      const msg = await page.evaluate(() => (window as unknown as { heights: { type: string; figure: string; height: number }[] }).heights.at(-1));
      expect(msg?.type).toBe("embed-height");
      expect(msg?.figure).toBe(id);
      expect(msg?.height).toBeGreaterThan(200);
      // The figure may redraw (and report again) while loading: the frame follows the latest report.
      await expect.poll(() => page.evaluate(() => {
        const last = (window as unknown as { heights: { height: number }[] }).heights.at(-1)?.height ?? 0;
        const frame = document.querySelector("iframe")?.getBoundingClientRect().height ?? 0;
        return Math.abs(frame - last);
      })).toBeLessThanOrEqual(1);
    });
  });
}

test("a bad parameter never becomes markup and falls back to the default", async ({ page }) => {
  await page.goto(`/embed/pfs-os-hazard-ratios/?reports=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&theme=%3Cb%3E&step=zz`);
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "2012 reports" })).toBeChecked();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /</);
  await expect(page.locator(".figure-status")).toContainText("reports");
});

test("arrow keys step through the annotations when the frame has focus, and the step is kept in the URL", async ({ page }) => {
  await page.goto("/embed/pfs-os-hazard-ratios/");
  const fig = page.locator("wm-hazard-ratios");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ArrowRight");
  await expect(fig).toHaveAttribute("data-step", "1");
  await expect(page).toHaveURL(/step=1/);
  await expect(page.locator(".step-label")).toContainText("Step 1 of 2: Progression");
  await page.keyboard.press("PageDown");
  await expect(fig).toHaveAttribute("data-step", "2");
  await page.keyboard.press("ArrowLeft");
  await expect(fig).toHaveAttribute("data-step", "1");
  await page.goto("/embed/pfs-os-hazard-ratios/?step=2");
  await expect(fig).toHaveAttribute("data-step", "2");
});

test("a reveal.js deck on another origin shows every figure, steps with keys and logs no error", async ({ page, watched }) => {
  await page.goto(`${HOST}/reveal.html?figures=${EMBEDS.join(",")}&site=${encodeURIComponent(SITE)}`);
  for (const [i, id] of EMBEDS.entries()) {
    await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), i);
    const frame = page.frameLocator(`iframe[data-figure="${id}"]`);
    await expect(frame.locator(".figure-chart svg:visible").first()).toBeVisible();
    await expect(frame.locator("html")).toHaveAttribute("data-theme", "projector");
    if (i === 0) {
      await frame.locator("body").click({ position: { x: 5, y: 5 } });
      await page.keyboard.press("ArrowRight");
      await expect(frame.locator("[data-figure]").first()).toHaveAttribute("data-step", "1");
    }
  }
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: { figure: string }[] }).heights.map((h) => h.figure))).toEqual(expect.arrayContaining(EMBEDS));
  expect(watched.consoleErrors).toEqual([]);
});
