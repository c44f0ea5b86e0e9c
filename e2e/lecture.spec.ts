import { test, expect, axeViolations } from "./fixtures";

test.use({ viewport: { width: 1920, height: 1080 } });

test("the lecture runs from the keyboard and the URL keeps the place", async ({ page, watched }) => {
  await page.goto("/lecture/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
  const current = page.locator(".slide.current");
  await expect(current).toHaveAttribute("data-slide", "1");
  await page.keyboard.press("ArrowRight");
  await expect(current).not.toHaveAttribute("data-slide", "1");
  const second = await current.getAttribute("data-slide");
  await expect(page).toHaveURL(new RegExp(`slide=${second}`));
  // Step through the figure on the hazard-ratio slide, then reload: the place is kept.
  const hrSlide = page.locator(".slide", { has: page.locator("wm-hazard-ratios") });
  const n = Number(await hrSlide.getAttribute("data-slide"));
  await page.goto(`/lecture/?slide=${n}`);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`slide=${n}&step=1`));
  await expect(page.locator(".slide.current wm-hazard-ratios")).toHaveAttribute("data-step", "1");
  await page.reload();
  await expect(page.locator(".slide.current")).toHaveAttribute("data-slide", String(n));
  await expect(page.locator(".slide.current wm-hazard-ratios")).toHaveAttribute("data-step", "1");
  await page.keyboard.press("PageUp");
  await expect(page.locator(".slide.current wm-hazard-ratios")).toHaveAttribute("data-step", "0");
  // N shows the speaker notes, with sources.
  await expect(page.locator(".slide.current .notes")).toBeHidden();
  await page.keyboard.press("n");
  await expect(page.locator(".slide.current .notes")).toBeVisible();
  await expect(page.locator(".slide.current .notes a").first()).toHaveAttribute("href", /^https?:\/\//);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
});

test("every text on a projector slide is at least 28 px at 1920×1080", async ({ page }) => {
  await page.goto("/lecture/");
  for (let i = 0; i < 12; i++) {
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const slide = document.querySelector(".slide.current");
      if (!slide) return ["no current slide"];
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim()) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (el.closest(".visually-hidden, .figure-summary, .notes, [hidden]")) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 28) out.push(`${size}px: ${n.textContent.trim().slice(0, 40)}`);
      }
      return out;
    });
    expect(small).toEqual([]);
    await page.keyboard.press("ArrowRight");
  }
});

test("the lecture has no axe violations", async ({ page }) => {
  await page.goto("/lecture/");
  expect(await axeViolations(page)).toEqual([]);
});
