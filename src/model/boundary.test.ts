import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { figure } from "../evidence";
import { OS_CONTEXT_IDS, OS_TRIALS_WITH_BENEFIT_ID, osContext } from "./os-context";
import { SETTINGS } from "./types";

const here = dirname(fileURLToPath(import.meta.url));

/** Relative imports of a module, followed transitively. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const spec = m[1];
    if (spec === undefined) continue;
    importsOf(join(dirname(file), spec.endsWith(".ts") ? spec : `${spec}.ts`), seen);
  }
  return seen;
}

describe("what the browser may load", () => {
  test("the model's browser entry (index.ts) reaches no evidence module", () => {
    const files = [...importsOf(join(here, "index.ts"))];
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => f.includes("/evidence/") || f.endsWith("parameters.ts") || f.endsWith("assumptions.ts"))).toEqual([]);
  });

  test("the URL state modules reach no evidence module", () => {
    for (const entry of ["params.ts", "explorer.ts"]) {
      const files = [...importsOf(join(here, "..", "state", entry))];
      expect(files.filter((f) => f.includes("/evidence/"))).toEqual([]);
    }
  });
});

describe("overall survival as context, not a prediction", () => {
  test("every setting has OS rows, and each id is an OS or deaths figure in the evidence", () => {
    for (const s of SETTINGS) {
      expect(OS_CONTEXT_IDS[s].length).toBeGreaterThan(0);
      for (const id of OS_CONTEXT_IDS[s]) expect(["OS", "deaths"]).toContain(figure(id).endpoint);
    }
    expect(figure(OS_TRIALS_WITH_BENEFIT_ID).value).toBe(1);
  });

  test("osContext resolves the rows with trial name and citation", () => {
    const rows = osContext();
    expect(rows.length).toBe(SETTINGS.reduce((n, s) => n + OS_CONTEXT_IDS[s].length, 0));
    const ifmHr = rows.find((r) => r.figure.id === "ifm-2005-02-os-hr-vs-placebo-ifm-2013-ash-406");
    expect(ifmHr?.figure.value).toBe(1);
    expect(ifmHr?.trial).toBe("IFM 2005-02");
  });
});
