/** URL state of the survival-curves figure: which trial, which endpoint, which report. */
import { defineState, enumParam, type StateOf } from "./params";

export const SURVIVAL_TRIALS = ["calgb-100104", "ifm-2005-02", "mm-015", "meta-2017"] as const;
export const SURVIVAL_ENDPOINTS = ["progression", "survival"] as const;
export const SURVIVAL_CUTS = ["2012", "latest", "label"] as const;

export const survivalCurveState = defineState({
  /** The trial (or the 2017 meta-analysis) whose arms are drawn. */
  trial: enumParam(SURVIVAL_TRIALS, "ifm-2005-02"),
  /** Progression (PFS or TTP, as the trial measured it) or overall survival. */
  endpoint: enumParam(SURVIVAL_ENDPOINTS, "progression"),
  /** The data cut: the 2012 reports, the latest trial report, or the US label re-analysis. */
  cut: enumParam(SURVIVAL_CUTS, "2012"),
});

export type SurvivalCurveState = StateOf<typeof survivalCurveState.spec>;
