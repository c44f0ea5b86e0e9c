import { describe, expect, test } from "vitest";
import { evidence } from "../evidence";
import { centralOutputs } from "../model/index";
import { OVERRIDE_KEYS } from "../model/types";
import { parameterRows, riskBenefitData, riskBenefitSources } from "./risk-benefit";
import { methodsData, workedExample } from "./risk-benefit-methods";

describe("risk-benefit data", () => {
  test("the browser gets numbers only, under 2 kB", () => {
    const json = JSON.stringify(riskBenefitData());
    expect(json.length).toBeLessThan(2000);
    expect(json).not.toContain("why");
  });

  test("every override key has a row, and every row says data or assumption", () => {
    const rows = parameterRows();
    for (const k of OVERRIDE_KEYS) expect(rows.some((r) => r.key === k)).toBe(true);
    expect(rows).toHaveLength(4 * 3 + 4);
    for (const r of rows) {
      expect(["data", "data, computed", "assumption"]).toContain(r.kindText);
      if (r.kind === "data") expect(r.sources.length).toBeGreaterThan(0);
      else expect(r.sources).toEqual([]);
    }
    expect(rows.filter((r) => r.kind === "assumption").map((r) => r.key)).toEqual(["rcr", "rvgpr", "rsd", "fade"]);
  });

  test("values and ranges print on the parameter's decimal grid with their unit", () => {
    const pooled = parameterRows().filter((r) => r.setting === "pooled");
    expect(pooled.map((r) => [r.key, r.valueText, r.rangeText])).toEqual([
      ["base", "23.5 months", "21.0–36.3 months"],
      ["hr", "0.48", "0.41–0.55"],
      ["spm", "0.54 per 100 patient-years", "0.03–1.32 per 100 patient-years"],
    ]);
  });

  test("every source links to a row of the evidence page that exists", () => {
    const ids = new Set(evidence.figures.filter((f) => f.endpoint !== "unverified").map((f) => f.id));
    for (const r of parameterRows()) {
      for (const s of [...r.sources, ...r.rangeSources]) {
        expect(s.evidenceHref).toBe(`/evidence/#${s.id}`);
        expect(ids.has(s.id)).toBe(true);
        expect(s.source.href).toMatch(/^https?:\/\//);
      }
    }
    expect(riskBenefitSources().length).toBeGreaterThan(5);
  });
});

describe("methods data", () => {
  test("the worked example is the model's default view, step by step", () => {
    const ex = workedExample();
    const out = centralOutputs(ex.inputs, riskBenefitData().runtime);
    expect(ex.steps.map((s) => s.result)).toEqual([
      "0.0295 per month", "17.0 of 100", "24.6 of 100", "7.6 of 100", "20.3 months", "0.92 of 100", "801 months (8.0 each)",
    ]);
    expect(out.pfWithout).toBeCloseTo(17.04, 2);
    expect(ex.steps[2]?.arithmetic).toBe("100 × exp(−0.0295 × 0.48 × 24 − 0.0295 × 36)");
  });

  test("settings carry their rows; the shared rows are the assumptions", () => {
    const m = methodsData();
    expect(m.settings.map((s) => s.rows.length)).toEqual([3, 3, 3, 3]);
    expect(m.shared.map((r) => r.key)).toEqual(["rcr", "rvgpr", "rsd", "fade"]);
    expect(m.limitations.length).toBeGreaterThan(4);
  });
});
