/** URL state of the evidence-timeline figure: all three aspects, or one of them. */
import { defineState, enumParam, type StateOf } from "./params";

export const timelineState = defineState({
  /** Progression, survival, second cancers, or all three. */
  "timeline-aspect": enumParam(["all", "progression", "survival", "spm"] as const, "all"),
});

export type TimelineState = StateOf<typeof timelineState.spec>;
