/** URL state of the pfs-os-hazard-ratios figure: which reports, and hazard ratios or absolute numbers. */
import { defineState, enumParam, type StateOf } from "./params";

export const hazardRatioState = defineState({
  /** The 2012 reports the argument rests on, or the latest report the evidence holds per trial. */
  reports: enumParam(["2012", "latest"] as const, "2012"),
  /** Hazard ratios, or the absolute numbers behind them. */
  measure: enumParam(["hr", "absolute"] as const, "hr"),
});

export type HazardRatioState = StateOf<typeof hazardRatioState.spec>;
