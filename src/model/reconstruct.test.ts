import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { reconstruct, sampleCurve, sortPoints, survivalOn } from "./reconstruct";

describe("a curve from a median alone", () => {
  const rec = reconstruct([{ t: 46, s: 0.5 }], 34);

  test("is the exponential exp(−ln2·t/m): one open-ended segment with hazard ln 2 / 46", () => {
    expect(rec.segments).toHaveLength(1);
    expect(rec.segments[0]).toEqual({ start: 0, end: Infinity, hazard: Math.LN2 / 46 });
  });

  test("survival at half the median is 2^(−1/2), at the median exactly one half", () => {
    expect(survivalOn(rec, 23)).toBeCloseTo(Math.SQRT1_2, 14);
    expect(survivalOn(rec, 46)).toBe(0.5);
    expect(survivalOn(rec, 0)).toBe(1);
  });

  test("a median beyond the median follow-up is still drawn to the median, and not further", () => {
    expect(rec.lastPoint).toBe(46);
    expect(rec.end).toBe(46);
    expect(survivalOn(rec, 46.01)).toBeNull();
  });
});

describe("carrying the last hazard on, only up to the follow-up", () => {
  const rec = reconstruct([{ t: 23, s: 0.5 }], 45);

  test("ends at the follow-up: S(45) = 2^(−45/23)", () => {
    expect(rec.end).toBe(45);
    expect(survivalOn(rec, 45)).toBeCloseTo(2 ** (-45 / 23), 14);
  });

  test("is undefined beyond the follow-up and before 0", () => {
    expect(survivalOn(rec, 45.5)).toBeNull();
    expect(survivalOn(rec, -1)).toBeNull();
  });

  test("without a reported follow-up the curve stops at the last published point", () => {
    const noFollowUp = reconstruct([{ t: 3.9, s: 0.5 }], null);
    expect(noFollowUp.end).toBe(3.9);
    expect(sampleCurve(noFollowUp).extension).toEqual([]);
  });
});

describe("a curve through a median and a landmark rate", () => {
  // S(24) = 1/2, S(60) = 1/4: λ₁ = ln2/24; λ₂ = ln(0.5/0.25)/36 = ln2/36.
  const rec = reconstruct([{ t: 60, s: 0.25 }, { t: 24, s: 0.5 }], 60);

  test("has one constant hazard per segment: ln2/24, then ln2/36", () => {
    expect(rec.segments).toHaveLength(2);
    expect(rec.segments[0]?.start).toBe(0);
    expect(rec.segments[0]?.end).toBe(24);
    expect(rec.segments[0]?.hazard).toBeCloseTo(Math.LN2 / 24, 15);
    expect(rec.segments[1]?.start).toBe(24);
    expect(rec.segments[1]?.end).toBe(Infinity);
    expect(rec.segments[1]?.hazard).toBeCloseTo(Math.LN2 / 36, 15);
  });

  test("halfway through the second segment S(42) = ½ · 2^(−1/2)", () => {
    expect(survivalOn(rec, 42)).toBeCloseTo(0.5 * Math.SQRT1_2, 14);
  });

  test("a landmark before the median: λ₁ = ln(1/0.8)/12, λ₂ = ln(0.8/0.5)/18", () => {
    const r = reconstruct([{ t: 12, s: 0.8 }, { t: 30, s: 0.5 }], null);
    expect(r.segments[0]?.hazard).toBeCloseTo(Math.log(1.25) / 12, 15);
    expect(r.segments[1]?.hazard).toBeCloseTo(Math.log(1.6) / 18, 15);
    expect(survivalOn(r, 12)).toBe(0.8);
    expect(survivalOn(r, 21)).toBeCloseTo(0.8 * Math.exp((-Math.log(1.6) / 18) * 9), 14);
  });

  test("two equal values a little apart give a flat (zero-hazard) segment between them", () => {
    const r = reconstruct([{ t: 84, s: 0.5 }, { t: 86, s: 0.5 }], 79.5);
    expect(r.segments[0]?.hazard).toBeCloseTo(Math.LN2 / 84, 15);
    expect(r.segments[1]?.hazard).toBe(0);
    expect(r.end).toBe(86);
    expect(survivalOn(r, 85)).toBe(0.5);
  });
});

describe("the sampled curve", () => {
  const rec = reconstruct([{ t: 24, s: 0.5 }, { t: 60, s: 0.25 }], 70);
  const { through, extension } = sampleCurve(rec);

  test("starts at S(0) = 1 and passes exactly through every published point", () => {
    expect(through[0]).toEqual({ t: 0, s: 1 });
    expect(through).toContainEqual({ t: 24, s: 0.5 });
    expect(through[through.length - 1]).toEqual({ t: 60, s: 0.25 });
  });

  test("the extension runs from the last point to the follow-up at the last hazard", () => {
    expect(extension[0]).toEqual({ t: 60, s: 0.25 });
    const last = extension[extension.length - 1];
    expect(last?.t).toBe(70);
    expect(last?.s).toBeCloseTo(0.25 * 2 ** (-10 / 36), 14);
  });

  test("is sorted in time and never rises", () => {
    const all = [...through, ...extension];
    for (let i = 1; i < all.length; i++) {
      const a = all[i - 1];
      const b = all[i];
      if (!a || !b) throw new Error("missing sample");
      expect(b.t).toBeGreaterThanOrEqual(a.t);
      expect(b.s).toBeLessThanOrEqual(a.s);
    }
  });
});

describe("points that cannot make a curve are refused", () => {
  test("survival that rises over time", () => {
    expect(() => reconstruct([{ t: 24, s: 0.5 }, { t: 60, s: 0.6 }], null)).toThrow(/cannot rise/);
  });

  test("two different values at one time; the same value twice is merged", () => {
    expect(() => reconstruct([{ t: 24, s: 0.5 }, { t: 24, s: 0.4 }], null)).toThrow(/Two different/);
    expect(sortPoints([{ t: 24, s: 0.5 }, { t: 24, s: 0.5 }])).toEqual([{ t: 24, s: 0.5 }]);
  });

  test("no points, a time of zero, a survival of zero or above one, a bad follow-up", () => {
    expect(() => reconstruct([], null)).toThrow(RangeError);
    expect(() => reconstruct([{ t: 0, s: 0.5 }], null)).toThrow(/time/);
    expect(() => reconstruct([{ t: 10, s: 0 }], null)).toThrow(/survival/);
    expect(() => reconstruct([{ t: 10, s: 1.2 }], null)).toThrow(/survival/);
    expect(() => reconstruct([{ t: 10, s: 0.5 }], -3)).toThrow(/Follow-up/);
    expect(() => reconstruct([{ t: 10, s: 0.5 }], Number.NaN)).toThrow(/Follow-up/);
  });
});

describe("for any non-increasing set of points", () => {
  const pointsArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 })
    .chain((times) => fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: times.length, maxLength: times.length })
      .map((ss) => {
        const sortedT = [...times].sort((a, b) => a - b);
        const sortedS = [...ss].sort((a, b) => b - a);
        return sortedT.map((t, i) => ({ t, s: sortedS[i] ?? 0.5 }));
      }));

  test("the curve passes through every point, never rises, and stops at the later of last point and follow-up", () => {
    fc.assert(fc.property(pointsArb, fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }), (points, followUp) => {
      const rec = reconstruct(points, followUp);
      for (const p of points) expect(survivalOn(rec, p.t)).toBe(p.s);
      for (const p of points) expect(Math.abs(Math.exp(-rec.segments.reduce((h, s) => h + s.hazard * Math.max(0, Math.min(p.t, s.end) - s.start), 0)) - p.s)).toBeLessThan(1e-9);
      const { through, extension } = sampleCurve(rec);
      const all = [...through, ...extension];
      for (let i = 1; i < all.length; i++) expect((all[i]?.s ?? 0) <= (all[i - 1]?.s ?? 1) + 1e-12).toBe(true);
      expect(rec.end).toBe(Math.max(Math.max(...points.map((p) => p.t)), followUp ?? 0));
      expect(all[all.length - 1]?.t).toBe(rec.end);
    }));
  });
});
