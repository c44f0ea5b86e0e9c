/** URL state of the trial-designs figure: all trials alike, or one brought forward. */
import { defineState, enumParam, type StateOf } from "./params";

export const trialDesignState = defineState({
  /** Highlight one trial (the others are dimmed), or none. */
  "designs-trial": enumParam(["all", "calgb-100104", "ifm-2005-02", "mm-015"] as const, "all"),
});

export type TrialDesignState = StateOf<typeof trialDesignState.spec>;
