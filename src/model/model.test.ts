import { describe, expect, test } from "vitest";
import { buildParameters } from "./parameters";
import { centralOutputs, curves, iconArray, maintenanceSegments, resolveParameters, runModel, sweepDuration, sweepHorizon, sweepResponse } from "./index";
import type { ModelInputs } from "./index";

const params = buildParameters();
const LN2 = Math.LN2;

/** Pooled setting with the hand-computation values forced through overrides. */
const hand: ModelInputs = {
  response: "pr", durationMonths: 24, horizonYears: 5, setting: "pooled",
  overrides: { base: 23, hr: 0.5, spm: 1 },
};

describe("hand-computed cases", () => {
  // λ = ln2/23 per month; with maintenance the hazard is λ/2 for 24 months, then λ.
  const lambda = LN2 / 23;

  test("median 23, HR 0.5 for 24 months: S(60) = exp(−λ·0.5·24 − λ·36) = 2^(−48/23); without: 2^(−60/23)", () => {
    const o = centralOutputs(hand, params);
    expect(o.pfWith).toBeCloseTo(100 * Math.exp(-lambda * 0.5 * 24 - lambda * 36), 10);
    expect(o.pfWith).toBeCloseTo(100 * 2 ** (-48 / 23), 10);
    expect(o.pfWithout).toBeCloseTo(100 * 2 ** (-60 / 23), 10);
    expect(o.stopMonth).toBe(24);
    expect(o.horizonMonths).toBe(60);
  });

  test("PF months gained per 100 = 100 × (RMST_with(60) − RMST_without(60))", () => {
    // RMST_with = 2(1 − e^(−12λ))/λ + e^(−12λ)(1 − e^(−36λ))/λ ; RMST_without = (1 − e^(−60λ))/λ
    const rmstWith = (2 * (1 - Math.exp(-12 * lambda))) / lambda + (Math.exp(-12 * lambda) * (1 - Math.exp(-36 * lambda))) / lambda;
    const rmstWithout = (1 - Math.exp(-60 * lambda)) / lambda;
    expect(centralOutputs(hand, params).pfMonthsGained).toBeCloseTo(100 * (rmstWith - rmstWithout), 8);
  });

  test("exposure ends at progression or the stop: ∫₀²⁴ e^(−λt/2) dt; extra cancers = 1 per 100 patient-years × exposure in years", () => {
    const exposure = (2 * (1 - Math.exp(-12 * lambda))) / lambda; // months per patient
    const o = centralOutputs(hand, params);
    expect(o.exposureMonths).toBeCloseTo(exposure, 10);
    expect(o.extraCancers).toBeCloseTo(exposure / 12, 10);
    expect(o.pfMonthsPerExtraCancer).toBeCloseTo(o.pfMonthsGained / o.extraCancers, 8);
  });

  test("until progression: S(60) = exp(−λ·0.5·60) = 2^(−30/23); exposure is the whole restricted mean", () => {
    const o = centralOutputs({ ...hand, durationMonths: Infinity }, params);
    expect(o.pfWith).toBeCloseTo(100 * 2 ** (-30 / 23), 10);
    expect(o.exposureMonths).toBeCloseTo((1 - Math.exp(-30 * lambda)) / (lambda / 2), 10);
    expect(o.stopMonth).toBeNull();
  });

  test("a 2-month fade: months 25 and 26 at HR 0.625 and 0.875, so S(60) = exp(−λ(12 + 0.625 + 0.875 + 34))", () => {
    // HR + (1 − HR)(k − ½)/N with HR 0.5, N 2: k=1 → 0.625, k=2 → 0.875
    const o = centralOutputs({ ...hand, overrides: { ...hand.overrides, fade: 2 } }, params);
    expect(o.pfWith).toBeCloseTo(100 * Math.exp(-lambda * (12 + 0.625 + 0.875 + 34)), 10);
    expect(maintenanceSegments(lambda, 0.5, 24, 2).map((s) => s.hazard / lambda)).toEqual([0.5, 0.625, 0.875, 1]);
  });

  test("complete response halves the baseline hazard: without maintenance S(60) = 2^(−30/23)", () => {
    const o = centralOutputs({ ...hand, response: "cr" }, params);
    expect(o.pfWithout).toBeCloseTo(100 * 2 ** (-30 / 23), 10);
    expect(o.pfWith).toBeCloseTo(100 * Math.exp(-(lambda / 2) * (12 + 36)), 10);
  });

  test("the default view (pooled, PR, 24 months, 5 years) from the evidence: median 23.5, HR 0.48", () => {
    const l = LN2 / 23.5;
    const o = runModel({ response: "pr", durationMonths: 24, horizonYears: 5, setting: "pooled" }, params);
    expect(o.pfWithout).toBeCloseTo(100 * Math.exp(-l * 60), 10);
    expect(o.pfWith).toBeCloseTo(100 * Math.exp(-l * (0.48 * 24 + 36)), 10);
    const exposure = (1 - Math.exp(-l * 0.48 * 24)) / (l * 0.48);
    const spm = 0.55 * (-Math.log(0.952) / 5) * 100;
    expect(o.extraCancers).toBeCloseTo((spm * exposure) / 12, 10);
    expect(o.used).toMatchObject({ base: 23.5, hr: 0.48, fade: 0, response: 1, overridden: [] });
  });

  test("zero duration is exactly no maintenance", () => {
    const o = runModel({ ...hand, durationMonths: 0 }, params);
    expect(o.pfMonthsGained).toBe(0);
    expect(o.extraCancers).toBe(0);
    expect(o.pfWith).toBe(o.pfWithout);
    expect(o.pfMonthsPerExtraCancer).toBeNull();
    expect(o.ranges.extraCancers).toEqual({ low: 0, high: 0 });
    expect(o.ranges.pfMonthsPerExtraCancer).toEqual({ low: null, high: null });
  });
});

describe("overrides and resolution", () => {
  test("overrides are clamped to the limits and listed", () => {
    const r = resolveParameters({ ...hand, overrides: { hr: 0.01, base: 99, rcr: 0.3 } }, params);
    expect(r.hr).toBe(params.limits.hr.min);
    expect(r.base).toBe(params.limits.base.max);
    // rcr is irrelevant for a PR patient, so it is not listed
    expect(r.overridden).toEqual(["base", "hr"]);
  });

  test("a better response never gets a larger multiplier, even if overrides cross", () => {
    const r = resolveParameters({ ...hand, response: "cr", overrides: { rcr: 0.95, rvgpr: 0.7 } }, params);
    expect(r.response).toBe(0.7);
  });

  test("an overridden parameter is held in the ranges; the others still vary", () => {
    const o = runModel({ ...hand, overrides: { hr: 0.5 } }, params);
    expect(o.rangeVaried).toEqual(["base", "spm"]);
    const v = runModel({ ...hand, response: "vgpr", overrides: {} }, params);
    expect(v.rangeVaried).toEqual(["base", "hr", "spm", "rvgpr"]);
  });

  test("nonsense inputs are refused", () => {
    expect(() => centralOutputs({ ...hand, durationMonths: -1 }, params)).toThrow(RangeError);
    expect(() => centralOutputs({ ...hand, horizonYears: 0 }, params)).toThrow(RangeError);
    expect(() => centralOutputs({ ...hand, durationMonths: Number.NaN }, params)).toThrow(RangeError);
  });
});

describe("settings", () => {
  test("MM-015: equal 3-year second-cancer rates give no extra cancers, and the ratio is undefined, unbounded in the range", () => {
    const o = runModel({ response: "pr", durationMonths: 24, horizonYears: 5, setting: "mm-015" }, params);
    expect(o.extraCancers).toBe(0);
    expect(o.pfMonthsPerExtraCancer).toBeNull();
    expect(o.ranges.extraCancers.high).toBeGreaterThan(0);
    expect(o.ranges.pfMonthsPerExtraCancer.high).toBeNull();
  });

  test("CALGB uses the hazard ratio its medians imply (27/46)", () => {
    const o = runModel({ response: "pr", durationMonths: Infinity, horizonYears: 5, setting: "calgb-100104" }, params);
    expect(o.used.hr).toBeCloseTo(27 / 46, 12);
  });
});

describe("icon array, curves and sweeps", () => {
  test("the default view's icon array: 17 anyway, 8 because of maintenance, 75 progressed, 1 extra cancer", () => {
    // pfWithout 17.04, pfWith 24.62 → shares 17.04, 7.58, 75.38 → floors 17, 7, 75, the unit to the .58
    const o = runModel({ response: "pr", durationMonths: 24, horizonYears: 5, setting: "pooled" }, params);
    expect(iconArray(o)).toMatchObject({ anyway: 17, because: 8, progressed: 75, secondCancer: 1 });
  });

  test("curves are sampled monthly from 0 to the horizon, start at 100 and mark the stop", () => {
    const c = curves(hand, params);
    expect(c.points).toHaveLength(61);
    expect(c.points[0]).toEqual({ month: 0, without: 100, with: 100 });
    expect(c.points[60]?.with).toBeCloseTo(100 * 2 ** (-48 / 23), 10);
    expect(c.stopMonth).toBe(24);
    expect(curves({ ...hand, durationMonths: 72 }, params).stopMonth).toBeNull();
    expect(curves({ ...hand, horizonYears: 1.5 }, params).points.at(-1)?.month).toBe(18);
  });

  test("the duration sweep runs 0–60 months then until progression, starting at zero benefit and harm", () => {
    const s = sweepDuration(hand, params);
    expect(s).toHaveLength(62);
    expect(s[0]).toMatchObject({ value: 0, pfMonthsGained: 0, extraCancers: 0 });
    expect(s.at(-1)?.value).toBe("progression");
    expect(s[24]?.pfMonthsGained).toBeCloseTo(centralOutputs(hand, params).pfMonthsGained, 10);
  });

  test("the horizon and response sweeps cover 1–10 years and the four responses", () => {
    expect(sweepHorizon(hand, params).map((p) => p.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sweepResponse(hand, params).map((p) => p.value)).toEqual(["cr", "vgpr", "pr", "sd"]);
  });
});
