import { readFileSync, existsSync } from "node:fs";
import { test, expect } from "./fixtures";

const sharedPath = new URL("../../shared/evidence/evidence.json", import.meta.url);

interface SharedFigure { id: string; value: number | null; source_url: string }

test("evidence.json holds every figure of the shared evidence with identical values and a source", async ({ request }) => {
  const res = await request.get("/evidence/evidence.json");
  expect(res.status()).toBe(200);
  const rows = (await res.json()) as { id: string; value: number | null; source: string; study: string }[];
  expect(rows.length).toBe(455);
  for (const r of rows) expect(r.source, r.id).toMatch(/^https?:\/\//);
  if (existsSync(sharedPath)) {
    const shared = (JSON.parse(readFileSync(sharedPath, "utf8")) as { figures: SharedFigure[] }).figures;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const f of shared) expect(byId.get(f.id)?.value, f.id).toBe(f.value);
  }
});

test("evidence.csv parses to the same rows as the JSON", async ({ request }) => {
  const csv = await (await request.get("/evidence/evidence.csv")).text();
  const json = (await (await request.get("/evidence/evidence.json")).json()) as Record<string, unknown>[];
  const records = parseCsv(csv);
  const header = records[0] ?? [];
  expect(header.slice(0, 4)).toEqual(["id", "study", "publication", "endpoint"]);
  expect(records.length - 1).toBe(json.length);
  const valueCol = header.indexOf("value");
  json.forEach((row, i) => {
    const cell = records[i + 1]?.[valueCol] ?? "";
    expect(cell === "" ? null : Number(cell), String(row.id)).toBe(row.value);
  });
});

test("the evidence page lists studies with sources, gaps and conflicts", async ({ page }) => {
  await page.goto("/evidence/");
  const calgb = page.locator("section#calgb-100104");
  await expect(calgb.getByRole("heading", { level: 2 })).toHaveText("CALGB (Alliance) 100104");
  const row = page.locator("tr#calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm");
  await expect(row).toContainText("46 months");
  await expect(row).toContainText("trial report");
  await expect(row.getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
  await expect(page.locator("#gaps li")).toHaveCount(25);
  await expect(page.locator("#conflicts > ol > li")).toHaveCount(22);
  const secondary = page.locator("tr#meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b");
  await expect(secondary).toContainText("as reported by");
});

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  return rows;
}
