/** URL state of the survival-curves figure: which trial, which endpoint, which report. */
import { defineState, enumParam, type StateOf } from "./params";

export const survivalCurveState = defineState({
  /** The trial (or the 2017 meta-analysis) whose arms are drawn. */
  trial: enumParam(["calgb-100104", "ifm-2005-02", "mm-015", "meta-2017"] as const, "ifm-2005-02"),
  /** Progression (PFS or TTP, as the trial measured it) or overall survival. */
  endpoint: enumParam(["progression", "survival"] as const, "progression"),
  /** The data cut: the 2012 reports, the latest trial report, or the US label re-analysis. */
  cut: enumParam(["2012", "latest", "label"] as const, "2012"),
});

export type SurvivalCurveState = StateOf<typeof survivalCurveState.spec>;
