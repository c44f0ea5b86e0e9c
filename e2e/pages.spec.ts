import { test, expect, axeViolations } from "./fixtures";

/** Every page route: each loads clean, reaches no other origin, and passes axe in light and dark. */
const PAGES = [
  "/", "/evidence/", "/essays/", "/explore/", "/methods/", "/lecture/",
  "/figure/trial-designs/", "/figure/pfs-os-hazard-ratios/", "/figure/survival-curves/", "/figure/second-cancers/", "/figure/evidence-timeline/",
];

for (const path of PAGES) {
  test(`${path} loads with no console error and no request to another origin`, async ({ page, watched }) => {
    await page.goto(path, { waitUntil: "networkidle" });
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`${path} has no axe violations in ${scheme}`, async ({ page }) => {
      test.setTimeout(120_000); // /evidence/ holds every row of the evidence: axe needs time on a busy 2-core machine
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path, { waitUntil: "networkidle" });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("the home page states the four claims and links only to routes that exist", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("ol.claims > li")).toHaveCount(4);
  const hrefs = await page.locator("a[href^='/']").evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href") ?? ""))]);
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
  }
});

test("every page says it is not medical advice", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByText(/not medical advice/i).first(), path).toBeVisible();
  }
});
