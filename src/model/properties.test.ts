/**
 * Properties over the whole state space: every response, setting, duration (0–60 months and
 * until progression), horizon (1–10 years) and any override within its limits.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildParameters } from "./parameters";
import { centralOutputs, curves, iconArray, runModel, toRuntime } from "./index";
import { OVERRIDE_KEYS, RESPONSES, SETTINGS } from "./types";
import type { ModelInputs, ModelParameters, Overrides, RuntimeParameters } from "./types";

const params = buildParameters();
const RUNS = { numRuns: 300 };

const overridesArb: fc.Arbitrary<Overrides> = fc.record(
  Object.fromEntries(OVERRIDE_KEYS.map((k) => [k, fc.double({ min: params.limits[k].min, max: params.limits[k].max, noNaN: true })])),
  { requiredKeys: [] },
);
const durationArb = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true }), fc.constant(Infinity));
const inputsArb: fc.Arbitrary<ModelInputs> = fc.record({
  response: fc.constantFrom(...RESPONSES),
  setting: fc.constantFrom(...SETTINGS),
  durationMonths: durationArb,
  horizonYears: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 10, noNaN: true })),
  overrides: overridesArb,
});

function numbersIn(x: unknown): number[] {
  if (typeof x === "number") return [x];
  if (Array.isArray(x)) return x.flatMap(numbersIn);
  if (x !== null && typeof x === "object") return Object.values(x).flatMap(numbersIn);
  return [];
}

const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe("model properties", () => {
  test("icon counts are non-negative integers summing to exactly 100", () => {
    fc.assert(fc.property(inputsArb, (inputs) => {
      const c = iconArray(centralOutputs(inputs, params));
      for (const n of [c.anyway, c.because, c.progressed, c.secondCancer]) expect(Number.isInteger(n) && n >= 0).toBe(true);
      expect(c.anyway + c.because + c.progressed).toBe(100);
      expect(c.secondCancer).toBeLessThanOrEqual(100);
    }), RUNS);
  });

  test("every output is finite (the ratio may be null, never infinite)", () => {
    fc.assert(fc.property(inputsArb, (inputs) => {
      const o = runModel(inputs, params);
      for (const n of numbersIn(o)) expect(Number.isFinite(n)).toBe(true);
      for (const n of numbersIn(curves(inputs, params))) expect(Number.isFinite(n)).toBe(true);
      expect(o.pfWith).toBeGreaterThanOrEqual(o.pfWithout);
      expect(o.pfWith).toBeLessThanOrEqual(100);
      expect(o.pfWithout).toBeGreaterThan(0);
    }), RUNS);
  });

  test("zero duration gives exactly zero benefit and zero extra cancers", () => {
    fc.assert(fc.property(inputsArb, (inputs) => {
      const o = runModel({ ...inputs, durationMonths: 0 }, params);
      expect(o.pfMonthsGained).toBe(0);
      expect(o.extraCancers).toBe(0);
      expect(o.pfWith).toBe(o.pfWithout);
      expect(o.ranges.pfMonthsGained).toEqual({ low: 0, high: 0 });
      expect(o.ranges.extraCancers).toEqual({ low: 0, high: 0 });
      expect(iconArray(o).because).toBe(0);
    }), RUNS);
  });

  test("a longer duration never lowers extra cancers nor progression-free months gained", () => {
    fc.assert(fc.property(inputsArb, durationArb, (inputs, other) => {
      const [short, long] = [inputs.durationMonths, other].sort((a, b) => a - b) as [number, number];
      const a = centralOutputs({ ...inputs, durationMonths: short }, params);
      const b = centralOutputs({ ...inputs, durationMonths: long }, params);
      expect(b.extraCancers).toBeGreaterThanOrEqual(a.extraCancers - tol(a.extraCancers));
      expect(b.pfMonthsGained).toBeGreaterThanOrEqual(a.pfMonthsGained - tol(a.pfMonthsGained));
      expect(b.pfWith).toBeGreaterThanOrEqual(a.pfWith - tol(a.pfWith));
    }), RUNS);
  });

  test("a better response never lowers progression-free survival without maintenance", () => {
    fc.assert(fc.property(inputsArb, (inputs) => {
      const pf = RESPONSES.map((response) => centralOutputs({ ...inputs, response }, params).pfWithout);
      for (let i = 1; i < pf.length; i++) expect(pf[i - 1]).toBeGreaterThanOrEqual(pf[i] ?? Infinity);
    }), RUNS);
  });

  test("a longer horizon never lowers progression-free months gained", () => {
    fc.assert(fc.property(inputsArb, fc.integer({ min: 1, max: 10 }), (inputs, h) => {
      const [lo, hi] = [inputs.horizonYears, h].sort((a, b) => a - b) as [number, number];
      const a = centralOutputs({ ...inputs, horizonYears: lo }, params);
      const b = centralOutputs({ ...inputs, horizonYears: hi }, params);
      expect(b.pfMonthsGained).toBeGreaterThanOrEqual(a.pfMonthsGained - tol(a.pfMonthsGained));
    }), RUNS);
  });

  test("every range contains the central estimate", () => {
    fc.assert(fc.property(inputsArb, (inputs) => {
      const o = runModel(inputs, params);
      for (const k of ["pfWithout", "pfWith", "pfMonthsGained", "extraCancers"] as const) {
        expect(o.ranges[k].low).toBeLessThanOrEqual(o[k]);
        expect(o.ranges[k].high).toBeGreaterThanOrEqual(o[k]);
      }
      const q = o.pfMonthsPerExtraCancer;
      const r = o.ranges.pfMonthsPerExtraCancer;
      if (q !== null) {
        expect(r.low).not.toBeNull();
        expect(r.low ?? Infinity).toBeLessThanOrEqual(q);
        expect(r.high ?? Infinity).toBeGreaterThanOrEqual(q);
      } else {
        expect(r.high).toBeNull();
      }
    }), { numRuns: 150 });
  });

  test("curves start at 100, never rise, and the maintained curve is never below the other", () => {
    fc.assert(fc.property(inputsArb, (inputs) => {
      const c = curves(inputs, params);
      expect(c.points[0]).toMatchObject({ month: 0, without: 100, with: 100 });
      c.points.forEach((p, i) => {
        expect(p.with).toBeGreaterThanOrEqual(p.without - tol(p.without));
        const prev = c.points[i - 1];
        if (prev) {
          expect(p.with).toBeLessThanOrEqual(prev.with);
          expect(p.without).toBeLessThanOrEqual(prev.without);
        }
      });
    }), { numRuns: 100 });
  });

  test("the model gives the same answer from the JSON the browser receives, full or cut down", () => {
    const shipped = JSON.parse(JSON.stringify(params)) as ModelParameters;
    const slim = JSON.parse(JSON.stringify(toRuntime(params))) as RuntimeParameters;
    expect(JSON.stringify(slim).length).toBeLessThan(2000);
    fc.assert(fc.property(inputsArb, (inputs) => {
      const full = runModel(inputs, params);
      expect(runModel(inputs, shipped)).toEqual(full);
      expect(runModel(inputs, slim)).toEqual(full);
    }), { numRuns: 50 });
  });
});
