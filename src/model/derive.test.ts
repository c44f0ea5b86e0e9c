import { describe, expect, test } from "vitest";
import { crudeRatePer100py, DerivationRecorder, hazardPer100pyFromCumulative, rateDifferencePer100py, Z95 } from "./derive";

describe("second-cancer arithmetic", () => {
  test("crude rate: 18 events in 231 patients over 34/12 years is 18 / 654.5 × 100 per 100 patient-years", () => {
    expect(crudeRatePer100py(18, 231, 34 / 12)).toBeCloseTo((18 / 654.5) * 100, 12);
  });

  test("rate difference with a Wald interval: (a/PY₁ − b/PY₀) ± 1.96·√(a/PY₁² + b/PY₀²)", () => {
    const py1 = 231 * (34 / 12); // 654.5
    const py0 = 229 * (34 / 12); // 648.8333…
    const d = rateDifferencePer100py(18, py1, 6, py0);
    const diff = 18 / py1 - 6 / py0; // 0.0182545…
    const se = Math.sqrt(18 / py1 ** 2 + 6 / py0 ** 2); // 0.0075015…
    expect(d.value).toBeCloseTo(diff * 100, 12);
    expect(d.value).toBeCloseTo(1.8254543, 6);
    expect(d.low).toBeCloseTo((diff - Z95 * se) * 100, 12);
    expect(d.high).toBeCloseTo((diff + Z95 * se) * 100, 12);
  });

  test("a 3-year cumulative 7% is a constant hazard of −ln(0.93)/3 × 100 per 100 patient-years", () => {
    expect(hazardPer100pyFromCumulative(7, 3)).toBeCloseTo((-Math.log(0.93) / 3) * 100, 12);
    expect(hazardPer100pyFromCumulative(0, 3)).toBe(0);
  });

  test("the recorder keeps inputs and steps in order and refuses a non-finite step", () => {
    const rec = new DerivationRecorder();
    const a = rec.input("a", "first", 2, "x", "some-id");
    rec.step("b", "double", "2 × a", 2 * a, "x");
    expect(rec.done()).toEqual({
      inputs: [{ symbol: "a", label: "first", value: 2, unit: "x", id: "some-id" }],
      steps: [{ symbol: "b", label: "double", formula: "2 × a", value: 4, unit: "x" }],
    });
    expect(() => rec.step("c", "bad", "a / 0", Infinity, "x")).toThrow(RangeError);
  });
});
