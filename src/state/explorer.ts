/**
 * The explorer's URL state: the four controls plus the assumption overrides, under short keys.
 * Overrides are validated against the limits the parameter set carries (the union of each
 * parameter's range across settings), so build the definition from the same JSON the model
 * runs on: `explorerState(params.limits)`. An override absent from the URL is null: the
 * setting's own value is used.
 */
import { OVERRIDE_KEYS, RESPONSES, SETTINGS } from "../model/types";
import type { ModelInputs, OverrideKey, Overrides, RuntimeLimit } from "../model/types";
import { commonParams, defineState, durationParam, enumParam, intParam, numberParam } from "./params";
import type { StateDefinition, StateOf } from "./params";

/** Duration slider: whole months up to 60, or until progression; 24 is the article's 2-year maximum. */
export const DURATION_MAX_MONTHS = 60;
export const DEFAULT_DURATION_MONTHS = 24;
/** Horizon in whole years. */
export const HORIZON_MIN_YEARS = 1;
export const HORIZON_MAX_YEARS = 10;
export const DEFAULT_HORIZON_YEARS = 5;

function override(limit: RuntimeLimit) {
  return numberParam({ min: limit.min, max: limit.max, decimals: limit.decimals, fallback: null });
}

export function explorerSpec(limits: Record<OverrideKey, RuntimeLimit>) {
  return {
    ...commonParams,
    response: enumParam(RESPONSES, "pr"),
    duration: durationParam({ max: DURATION_MAX_MONTHS, fallback: DEFAULT_DURATION_MONTHS }),
    horizon: intParam({ min: HORIZON_MIN_YEARS, max: HORIZON_MAX_YEARS, fallback: DEFAULT_HORIZON_YEARS }),
    setting: enumParam(SETTINGS, "pooled"),
    base: override(limits.base),
    hr: override(limits.hr),
    spm: override(limits.spm),
    fade: override(limits.fade),
    rcr: override(limits.rcr),
    rvgpr: override(limits.rvgpr),
    rsd: override(limits.rsd),
  };
}

export type ExplorerSpec = ReturnType<typeof explorerSpec>;
export type ExplorerState = StateOf<ExplorerSpec>;

export function explorerState(limits: Record<OverrideKey, RuntimeLimit>): StateDefinition<ExplorerSpec> {
  return defineState(explorerSpec(limits));
}

/** The model's inputs for a parsed state: "progression" becomes Infinity, null overrides drop out. */
export function toModelInputs(state: ExplorerState): ModelInputs {
  const overrides: Overrides = {};
  for (const key of OVERRIDE_KEYS) {
    const v = state[key];
    if (v !== null) overrides[key] = v;
  }
  return {
    response: state.response,
    durationMonths: state.duration === "progression" ? Infinity : state.duration,
    horizonYears: state.horizon,
    setting: state.setting,
    overrides,
  };
}

/** The state with every override cleared: what the assumptions panel's reset does. */
export function resetOverrides(state: ExplorerState): ExplorerState {
  return { ...state, base: null, hr: null, spm: null, fade: null, rcr: null, rvgpr: null, rsd: null };
}
