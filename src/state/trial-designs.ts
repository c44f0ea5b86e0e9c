/** URL state of the trial-designs figure: which difference between the trials to bring forward. */
import { defineState, enumParam, type StateOf } from "./params";

export const trialDesignState = defineState({
  /** Everything, or one of the differences that matter: who, what came before, how long. */
  "designs-focus": enumParam(["all", "who", "before", "duration"] as const, "all"),
});

export type TrialDesignState = StateOf<typeof trialDesignState.spec>;
