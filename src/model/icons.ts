/**
 * The icon array: the same 100 people, sorted into three groups at the horizon, and how many
 * of them have an extra second cancer. Counts are whole people by the largest-remainder
 * rule (./rounding.ts), so the three groups always add up to exactly 100.
 */
import { largestRemainder, roundHalfUp } from "./rounding";
import type { CentralOutputs } from "./types";

export interface IconCounts {
  /** Progression-free at the horizon with or without maintenance. */
  anyway: number;
  /** Progression-free only because of maintenance. */
  because: number;
  /** Progressed by the horizon despite maintenance. */
  progressed: number;
  /** Of the same 100, how many have an extra second cancer (nearest whole person, halves up). */
  secondCancer: number;
  /** The unrounded number, for the sentence beside the array ("fewer than 1 in 100"). */
  secondCancerExact: number;
}

export const ICON_TOTAL = 100;

export function iconArray(o: Pick<CentralOutputs, "pfWithout" | "pfWith" | "extraCancers">): IconCounts {
  const anyway = Math.max(0, o.pfWithout);
  const because = Math.max(0, o.pfWith - o.pfWithout);
  const progressed = Math.max(0, 100 - o.pfWith);
  const [a = 0, b = 0, p = 0] = largestRemainder([anyway, because, progressed], ICON_TOTAL);
  return { anyway: a, because: b, progressed: p, secondCancer: roundHalfUp(o.extraCancers, ICON_TOTAL), secondCancerExact: o.extraCancers };
}
