import { describe, expect, test } from "vitest";
import {
  checkSegments, constantHazard, cumulativeHazard, hazardFromMedian, impliedHazardRatio, medianFromHazard,
  restrictedMean, survivalAt,
} from "./survival";
import type { HazardSegment } from "./survival";

describe("exponential curves from medians", () => {
  test("the hazard of a median of 23 months is ln 2 / 23 per month", () => {
    expect(hazardFromMedian(23)).toBeCloseTo(Math.LN2 / 23, 15);
    expect(medianFromHazard(hazardFromMedian(23))).toBeCloseTo(23, 12);
  });

  test("survival at the median is one half", () => {
    for (const median of [14, 23, 23.5, 27]) {
      expect(survivalAt(constantHazard(hazardFromMedian(median)), median)).toBeCloseTo(0.5, 14);
    }
  });

  test("survival at twice the median is one quarter", () => {
    expect(survivalAt(constantHazard(hazardFromMedian(27)), 54)).toBeCloseTo(0.25, 14);
  });

  test("the hazard ratio two medians imply is median_control / median_treated (CALGB 2012: 27 / 46)", () => {
    // λ_len / λ_pbo = (ln2/46) / (ln2/27) = 27/46 = 0.586956…
    expect(impliedHazardRatio(27, 46)).toBeCloseTo(27 / 46, 14);
  });

  test("a non-positive or non-finite median is refused", () => {
    expect(() => hazardFromMedian(0)).toThrow(RangeError);
    expect(() => hazardFromMedian(-3)).toThrow(RangeError);
    expect(() => hazardFromMedian(Number.NaN)).toThrow(RangeError);
    expect(() => hazardFromMedian(Infinity)).toThrow(RangeError);
  });
});

describe("piecewise-constant hazards", () => {
  const lambda = Math.LN2 / 23;
  // Half the hazard for 24 months, then the full hazard.
  const halfFor24: HazardSegment[] = [
    { start: 0, end: 24, hazard: lambda * 0.5 },
    { start: 24, end: Infinity, hazard: lambda },
  ];

  test("S(60) = exp(−λ·0.5·24 − λ·36) = 2^(−48/23)", () => {
    expect(cumulativeHazard(halfFor24, 60)).toBeCloseTo(lambda * 48, 12);
    expect(survivalAt(halfFor24, 60)).toBeCloseTo(2 ** (-48 / 23), 10);
  });

  test("S(t) inside the first segment is exp(−λ·0.5·t)", () => {
    expect(survivalAt(halfFor24, 10)).toBeCloseTo(Math.exp(-lambda * 5), 12);
    expect(survivalAt(halfFor24, 0)).toBe(1);
  });

  test("restricted mean of one exponential to τ is (1 − e^(−λτ)) / λ", () => {
    // median 23, τ = 60: (1 − 2^(−60/23)) · 23 / ln 2
    expect(restrictedMean(constantHazard(lambda), 60)).toBeCloseTo(((1 - 2 ** (-60 / 23)) * 23) / Math.LN2, 10);
  });

  test("restricted mean over two segments adds each segment's closed form", () => {
    // ∫₀²⁴ e^(−λt/2) dt + e^(−12λ) ∫₀³⁶ e^(−λu) du = 2(1 − e^(−12λ))/λ + e^(−12λ)(1 − e^(−36λ))/λ
    const expected = (2 * (1 - Math.exp(-12 * lambda))) / lambda + (Math.exp(-12 * lambda) * (1 - Math.exp(-36 * lambda))) / lambda;
    expect(restrictedMean(halfFor24, 60)).toBeCloseTo(expected, 10);
  });

  test("restricted mean stops at τ even inside a segment", () => {
    expect(restrictedMean(halfFor24, 12)).toBeCloseTo((2 * (1 - Math.exp(-6 * lambda))) / lambda, 10);
    expect(restrictedMean(halfFor24, 0)).toBe(0);
  });

  test("a zero hazard keeps survival flat and the restricted mean equal to the time", () => {
    const flat: HazardSegment[] = [{ start: 0, end: 10, hazard: 0 }, { start: 10, end: Infinity, hazard: lambda }];
    expect(survivalAt(flat, 10)).toBe(1);
    expect(restrictedMean(flat, 10)).toBe(10);
  });

  test("badly formed curves are refused", () => {
    expect(() => checkSegments([])).toThrow(RangeError);
    expect(() => checkSegments([{ start: 1, end: Infinity, hazard: 1 }])).toThrow(/starts at 1/);
    expect(() => checkSegments([{ start: 0, end: 5, hazard: 1 }])).toThrow(/open-ended/);
    expect(() => checkSegments([{ start: 0, end: Infinity, hazard: -1 }])).toThrow(/hazard/);
    expect(() => checkSegments(halfFor24)).not.toThrow();
  });
});
