/** URL state of the second-cancers figure: which set of panels (key prefixed, as other figures share the page). */
import { defineState, enumParam, type StateOf } from "./params";

export const SPM_VIEWS = ["trials", "pooled", "type"] as const;
export type SpmView = (typeof SPM_VIEWS)[number];

export const secondCancerState = defineState({
  /** The three 2012 trials each in its own measure; the pooled analyses; or haematological vs solid. */
  "spm-view": enumParam(SPM_VIEWS, "trials"),
});

export type SecondCancerState = StateOf<typeof secondCancerState.spec>;
