/**
 * The essays against the production build: every chapter in content/essays/ renders with
 * its title, table of contents, reading time and previous/next links; its figures are static
 * SVG with JavaScript off; it loads nothing from elsewhere and logs no error; axe finds
 * nothing in light or dark; citations, terms and print behave.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect, axeViolations } from "./fixtures";

const DIR = fileURLToPath(new URL("../content/essays/", import.meta.url));
interface ChapterFile { slug: string; title: string; chapter: number; figures: string[] }
const CHAPTERS: ChapterFile[] = readdirSync(DIR).filter((f) => f.endsWith(".mdx")).map((f) => {
  const src = readFileSync(`${DIR}${f}`, "utf8");
  const field = (name: string) => new RegExp(`^${name}: *"?(.*?)"?$`, "m").exec(src)?.[1] ?? "";
  return { slug: f.replace(/\.mdx$/, ""), title: field("title"), chapter: Number(field("chapter")), figures: [...src.matchAll(/<FigureById id="([^"]+)"/g)].map((m) => m[1] ?? "") };
}).sort((a, b) => a.chapter - b.chapter);

test("the essays index lists every chapter in order, with its summary and reading time", async ({ page }) => {
  await page.goto("/essays/");
  await expect(page.getByRole("heading", { level: 1, name: "The essays" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Essays" })).toHaveAttribute("aria-current", "page");
  const items = page.locator("ol.chapter-list > li");
  await expect(items).toHaveCount(CHAPTERS.length);
  for (const [i, c] of CHAPTERS.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole("heading", { level: 2 })).toHaveText(c.title);
    await expect(item.getByRole("link", { name: c.title })).toHaveAttribute("href", `/essays/${c.slug}/`);
    await expect(item.locator("p").nth(1)).not.toBeEmpty();
    await expect(item).toContainText(/About \d+ minutes? to read/);
  }
});

for (const [i, c] of CHAPTERS.entries()) {
  test.describe(`chapter ${c.chapter}: ${c.slug}`, () => {
    test("renders its title, table of contents, reading time and previous/next links", async ({ page, request }) => {
      const res = await page.goto(`/essays/${c.slug}/`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.title);
      await expect(page.locator(".essay-kicker")).toContainText(`Chapter ${c.chapter} of ${CHAPTERS.length}`);
      await expect(page.locator(".reading-time")).toHaveText(/^About \d+ minutes? to read$/);

      const toc = page.getByRole("navigation", { name: "In this chapter" });
      const targets = await toc.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(targets.length).toBeGreaterThanOrEqual(3);
      expect(targets).toContain("#references");
      for (const href of targets) await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);

      const nav = page.getByRole("navigation", { name: "Chapters" });
      const prev = CHAPTERS[i - 1];
      const next = CHAPTERS[i + 1];
      if (prev) await expect(nav.locator("a[rel=prev]")).toHaveAttribute("href", `/essays/${prev.slug}/`);
      else await expect(nav.locator("a[rel=prev]")).toHaveCount(0);
      if (next) await expect(nav.locator("a[rel=next]")).toHaveAttribute("href", `/essays/${next.slug}/`);
      else await expect(nav.locator("a[rel=next]")).toHaveCount(0);
      for (const href of await nav.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
        expect((await request.get(href)).status(), href).toBe(200);
      }
    });

    test.describe("with JavaScript off", () => {
      test.use({ javaScriptEnabled: false });
      test("every figure is there as static SVG, in the order the chapter places them", async ({ page }) => {
        await page.goto(`/essays/${c.slug}/`);
        const figures = page.locator(".essay-body .wm-figure");
        await expect(figures).toHaveCount(c.figures.length);
        for (const [k, id] of c.figures.entries()) {
          const fig = figures.nth(k);
          await expect(fig).toHaveAttribute("data-figure", id);
          await expect(fig.locator(".figure-chart svg:visible").first()).toBeVisible();
          await expect(fig.locator(".summary-text")).not.toBeEmpty();
        }
      });
    });

    test("loads with no console error and no request to another origin", async ({ page, watched }) => {
      await page.goto(`/essays/${c.slug}/`, { waitUntil: "networkidle" });
      for (let y = 0; y < 6; y++) {
        await page.mouse.wheel(0, 2500);
        await page.waitForTimeout(150);
      }
      await page.waitForLoadState("networkidle");
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    });

    for (const scheme of ["light", "dark"] as const) {
      test(`has no axe violations in ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`/essays/${c.slug}/`, { waitUntil: "networkidle" });
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test("a citation marker links to its entry in the reference list, with the same number", async ({ page }) => {
      await page.goto(`/essays/${c.slug}/`);
      const marker = page.locator(".essay-body sup.cite a").first();
      const href = (await marker.getAttribute("href")) ?? "";
      expect(href).toMatch(/^#ref-/);
      const n = ((await marker.textContent()) ?? "").replace(/\D/g, "");
      await marker.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      const entry = page.locator(`.essay-references li[id="${href.slice(1)}"]`);
      await expect(entry).toBeInViewport();
      expect(await entry.evaluate((li) => String((li as HTMLLIElement).value))).toBe(n);
      // Every marker on the page resolves to an entry.
      const all = await page.locator("sup.cite a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      for (const h of new Set(all)) await expect(page.locator(`.essay-references li[id="${h.slice(1)}"]`), h).toHaveCount(1);
    });
  });
}

test("a footnote link goes to its note, and the note links back", async ({ page }) => {
  const withNote = CHAPTERS.find((c) => readFileSync(`${DIR}${c.slug}.mdx`, "utf8").includes("<Footnote>"));
  if (!withNote) throw new Error("no chapter uses <Footnote>");
  await page.goto(`/essays/${withNote.slug}/`);
  const ref = page.locator("sup.fn-ref a").first();
  await ref.click();
  await expect(page).toHaveURL(/#fn-1$/);
  const note = page.locator(".essay-notes li#fn-1");
  await expect(note).toBeInViewport();
  await note.getByRole("link", { name: /Back to the text/ }).click();
  await expect(page).toHaveURL(/#fnref-1$/);
});

test.describe("glossary terms", () => {
  test.use({ javaScriptEnabled: false });
  test("open their definition in a popover without JavaScript, and close with Escape", async ({ page }) => {
    const first = CHAPTERS[0];
    if (!first) throw new Error("no chapters");
    await page.goto(`/essays/${first.slug}/`);
    const button = page.locator(".term-button").first();
    const pop = page.locator(".term-pop").first();
    await expect(pop).toBeHidden();
    await button.click();
    await expect(pop).toBeVisible();
    await expect(pop.getByRole("link", { name: "All terms in the glossary" })).toHaveAttribute("href", /^#glossary-/);
    await page.keyboard.press("Escape");
    await expect(pop).toBeHidden();
  });
});

test("prints as a handout: light colours in a dark theme, no navigation, figures kept whole, external links spelled out", async ({ page }) => {
  const c = CHAPTERS.find((x) => x.figures.length > 0) ?? CHAPTERS[0];
  if (!c) throw new Error("no chapters");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/essays/${c.slug}/?theme=dark`);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const style = (selector: string, prop: string, pseudo?: string) =>
    page.locator(selector).first().evaluate((el, [p, ps]) => getComputedStyle(el, ps ?? null).getPropertyValue(p ?? ""), [prop, pseudo] as const);
  expect(await style("body", "background-color")).toBe("rgb(255, 255, 255)");
  expect(await style("body", "color")).toBe("rgb(0, 0, 0)");
  for (const hidden of [".site-header", ".chapter-nav", ".essay-toc"]) expect(await style(hidden, "display"), hidden).toBe("none");
  expect(await style(".essay-body .figure-chart", "break-inside")).toBe("avoid");
  expect(await style(".essay-body .figure-title", "break-after")).toBe("avoid");
  expect(await style(".essay-references a[href^='http']:not([href^='https://doi.org/'])", "content", "::after")).toContain("http");
});
