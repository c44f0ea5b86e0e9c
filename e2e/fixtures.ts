/**
 * Shared test helpers: a page that records console errors and every request to another
 * origin, and an axe check that reports violations by rule and target.
 */
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export interface Watched {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ watched: Watched }>({
  watched: async ({ page, baseURL }, use) => {
    const watched: Watched = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? "http://127.0.0.1:4321").origin;
    page.on("console", (msg) => { if (msg.type() === "error") watched.consoleErrors.push(msg.text()); });
    page.on("pageerror", (err) => watched.consoleErrors.push(String(err)));
    page.on("request", (req) => {
      const url = req.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin !== origin) watched.foreignRequests.push(url);
    });
    await use(watched);
  },
});

export { expect };

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}
