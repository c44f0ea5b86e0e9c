import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { largestRemainder, roundHalfUp } from "./rounding";

describe("largest remainder", () => {
  test("gives the missing unit to the largest fractional part", () => {
    // floors 17 + 7 + 75 = 99; remainders .04, .58, .38 → the second gets the unit
    expect(largestRemainder([17.04, 7.58, 75.38], 100)).toEqual([17, 8, 75]);
  });

  test("breaks ties in favour of the earlier share", () => {
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(largestRemainder([0.5, 0.5], 1)).toEqual([1, 0]);
  });

  test("scales shares that do not add up to the total", () => {
    expect(largestRemainder([1, 3], 100)).toEqual([25, 75]);
  });

  test("keeps whole shares whole", () => {
    expect(largestRemainder([20, 30, 50], 100)).toEqual([20, 30, 50]);
    expect(largestRemainder([0, 100, 0], 100)).toEqual([0, 100, 0]);
  });

  test("refuses negative, non-finite or all-zero shares", () => {
    expect(() => largestRemainder([-1, 2], 100)).toThrow(RangeError);
    expect(() => largestRemainder([Number.NaN, 2], 100)).toThrow(RangeError);
    expect(() => largestRemainder([0, 0], 100)).toThrow(RangeError);
    expect(() => largestRemainder([1, 2], 10.5)).toThrow(RangeError);
  });

  test("property: counts are non-negative integers summing to the total, each within one of its quota", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }).filter((a) => a.some((x) => x > 0)),
        fc.integer({ min: 0, max: 1000 }),
        (shares, total) => {
          const counts = largestRemainder(shares, total);
          const sum = shares.reduce((a, b) => a + b, 0);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
          counts.forEach((c, i) => {
            expect(Number.isInteger(c) && c >= 0).toBe(true);
            expect(Math.abs(c - ((shares[i] ?? 0) / sum) * total)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });
});

describe("round half up", () => {
  test("rounds to the nearest whole number, halves up, within [0, max]", () => {
    expect(roundHalfUp(0.49, 100)).toBe(0);
    expect(roundHalfUp(0.5, 100)).toBe(1);
    expect(roundHalfUp(2.5, 100)).toBe(3);
    expect(roundHalfUp(-0.2, 100)).toBe(0);
    expect(roundHalfUp(140, 100)).toBe(100);
    expect(() => roundHalfUp(Number.NaN, 100)).toThrow(RangeError);
  });
});
