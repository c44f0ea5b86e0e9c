/**
 * Browser code must not reach the evidence base (hundreds of kB of JSON) or build-only
 * modules: follows every value import from src/client and src/charts and fails on any path
 * into src/evidence/index.ts, src/data (builders), src/lib/server-dom.ts or node: modules.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const root = resolve(__dirname, "..");
const FORBIDDEN = [/src\/evidence\/index\.ts$/, /src\/lib\/server-dom\.ts$/, /src\/lib\/export-image\.ts$/, /src\/lib\/cite\.ts$/];

function valueImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(?!type\b)([^;]*?)\s+from\s+["']([^"']+)["']/gms)) {
    const clause = m[2] ?? "";
    if (/^\{[^}]*\}$/s.test(clause.trim()) && clause.replace(/[{}\s]/g, "").split(",").every((p) => p.startsWith("type") || p === "")) continue;
    out.push(m[3] ?? "");
  }
  for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1] ?? "");
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) out.push(m[1] ?? "");
  return out;
}

function resolveImport(from: string, spec: string): string | null {
  if (spec.startsWith("node:")) return spec;
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) if (existsSync(candidate) && candidate.endsWith(".ts")) return candidate;
  return existsSync(base) ? base : null;
}

function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift() ?? "";
    if (!file.endsWith(".ts")) continue;
    for (const spec of valueImports(file)) {
      const target = resolveImport(file, spec);
      if (!target || seen.has(target)) continue;
      seen.set(target, [...(seen.get(file) ?? []), target]);
      queue.push(target);
    }
  }
  return seen;
}

const entries = ["src/client", "src/charts"].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "snapshot.ts").map((f) => join(root, dir, f)));

describe("browser bundles stay small", () => {
  test("there are browser entry points to check", () => {
    expect(entries.length).toBeGreaterThan(5);
  });
  for (const entry of entries) {
    test(`${entry.slice(root.length + 1)} does not import the evidence base or build-only code`, () => {
      const bad = [...reach(entry).entries()].filter(([f]) => f.startsWith("node:") || FORBIDDEN.some((r) => r.test(f)) || (/src\/data\/[^/]+\.ts$/.test(f) && !/(types|vocabulary)\.ts$/.test(f)));
      expect(bad.map(([, path]) => path.map((p) => p.replace(`${root}/`, "")).join(" → "))).toEqual([]);
    });
  }
});
