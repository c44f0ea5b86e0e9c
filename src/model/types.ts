/**
 * Vocabulary and plain-data types of the risk–benefit model. Nothing here imports the
 * evidence base, so the browser can use it: the parameter set it describes is built once at
 * build time (./parameters.ts) and handed to the page as JSON.
 */

/** The evidence a view draws on: one trial, or the pooled post-transplant analysis. */
export const SETTINGS = ["pooled", "calgb-100104", "ifm-2005-02", "mm-015"] as const;
export type SettingId = (typeof SETTINGS)[number];

/** Response to initial therapy: complete, very good partial, partial, less than partial (sd). */
export const RESPONSES = ["cr", "vgpr", "pr", "sd"] as const;
export type ResponseId = (typeof RESPONSES)[number];

/** Parameters a reader may override, under the short keys the URL uses. */
export const OVERRIDE_KEYS = ["base", "hr", "spm", "fade", "rcr", "rvgpr", "rsd"] as const;
export type OverrideKey = (typeof OVERRIDE_KEYS)[number];

/** The three parameters that differ by setting. */
export const SETTING_KEYS = ["base", "hr", "spm"] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The response multipliers that can be overridden (PR is the reference, fixed at 1). */
export const RESPONSE_KEY: Record<ResponseId, "rcr" | "rvgpr" | "rsd" | null> = {
  cr: "rcr",
  vgpr: "rvgpr",
  pr: null,
  sd: "rsd",
};

/** Whether a number comes from the evidence (read or computed from figures) or is assumed. */
export type ParameterKind = "data" | "assumption";

/** A quantity that went into a derivation: an evidence figure, or a named assumption. */
export interface DerivationInput {
  /** Short symbol used in the formulas, e.g. "n_len". */
  symbol: string;
  label: string;
  value: number;
  unit: string;
  /** The evidence figure id, or null for a stated constant (see `label`). */
  id: string | null;
}

/** One computed quantity: its formula in symbols and the value the code computed. */
export interface DerivationStep {
  symbol: string;
  label: string;
  /** The formula in symbols of earlier inputs and steps, e.g. "count_len / (n_len × T)". */
  formula: string;
  value: number;
  unit: string;
}

/** The arithmetic behind a computed number, as data, so /methods/ can print it. */
export interface Derivation {
  inputs: DerivationInput[];
  steps: DerivationStep[];
}

/** One parameter of the model: plain JSON, the same object /methods/ prints. */
export interface ParameterDef {
  /** The override key (URL and assumptions panel). */
  key: OverrideKey;
  label: string;
  unit: string;
  /** The central value the model uses unless the reader overrides it. */
  value: number;
  /** The plausible range; the output ranges vary the parameter across it. */
  min: number;
  max: number;
  kind: ParameterKind;
  /** True when the value is computed from figures rather than read from one. */
  computed: boolean;
  /** Evidence figure ids the value comes from (empty for an assumption). */
  sources: string[];
  /** One line: why this value. */
  why: string;
  /** Evidence figure ids the range comes from. */
  rangeSources: string[];
  /** One line: where the range comes from. */
  rangeWhy: string;
  /** Gap ids (content/evidence/gaps.json) that shaped this choice. */
  gaps: string[];
  /** The arithmetic, when the value or its range is computed. */
  derivation: Derivation | null;
}

/** What the model uses for one setting. */
export interface SettingParameters {
  id: SettingId;
  label: string;
  /** Who was randomised, and to what, in a few words. */
  population: string;
  /** What the baseline median measures and from when. */
  clock: string;
  base: ParameterDef;
  hr: ParameterDef;
  spm: ParameterDef;
}

/** Slider bounds for an override: the union of the ranges across settings, on a decimal grid. */
export interface OverrideLimit {
  key: OverrideKey;
  label: string;
  unit: string;
  min: number;
  max: number;
  /** Decimals kept in the URL and on the slider. */
  decimals: number;
}

/** A structural assumption of the model, for /methods/. */
export interface ModelAssumption {
  id: string;
  text: string;
  why: string;
}

/** The whole parameter set: built at build time from the evidence, plain JSON. */
export interface ModelParameters {
  settings: Record<SettingId, SettingParameters>;
  /** Hazard multipliers by response, relative to PR (PR itself is fixed at 1). */
  response: { cr: ParameterDef; vgpr: ParameterDef; sd: ParameterDef };
  /** Months over which the benefit fades after stopping (0: back to baseline at once). */
  fade: ParameterDef;
  limits: Record<OverrideKey, OverrideLimit>;
  assumptions: ModelAssumption[];
}

/** The numbers of a parameter the model runs on. */
export type RuntimeDef = Pick<ParameterDef, "key" | "value" | "min" | "max">;
export type RuntimeLimit = Pick<OverrideLimit, "min" | "max" | "decimals">;

/**
 * What the model needs to run: numbers only. `ModelParameters` fits it as it is; for the
 * browser, `toRuntime(params)` (./runtime.ts) drops the words and derivations (~1 kB of JSON).
 */
export interface RuntimeParameters {
  settings: Record<SettingId, { base: RuntimeDef; hr: RuntimeDef; spm: RuntimeDef }>;
  response: { cr: RuntimeDef; vgpr: RuntimeDef; sd: RuntimeDef };
  fade: RuntimeDef;
  limits: Record<OverrideKey, RuntimeLimit>;
}

export type Overrides = Partial<Record<OverrideKey, number>>;

/** What a view asks of the model. */
export interface ModelInputs {
  response: ResponseId;
  /** Months of maintenance, 0–60, or Infinity for "until progression". */
  durationMonths: number;
  /** Years, 1–10. */
  horizonYears: number;
  setting: SettingId;
  overrides?: Overrides;
}

/** The parameter values one run used. */
export interface ResolvedParameters {
  base: number;
  hr: number;
  spm: number;
  fade: number;
  /** The hazard multiplier of the chosen response (1 for PR). */
  response: number;
  /** Which of them came from the reader rather than the evidence. */
  overridden: OverrideKey[];
}

export interface Range {
  low: number;
  high: number;
}

/** A range of a ratio that can be undefined: null high means unbounded (some corner has no extra cancer). */
export interface RatioRange {
  low: number | null;
  high: number | null;
}

/** The central outputs for one view, per 100 patients at the horizon. */
export interface CentralOutputs {
  horizonMonths: number;
  /** The month maintenance stops, or null for "until progression" (also null for duration 0). */
  stopMonth: number | null;
  /** Progression-free at the horizon, without and with maintenance, per 100. */
  pfWithout: number;
  pfWith: number;
  /** Restricted mean progression-free months to the horizon, gained per 100 patients. */
  pfMonthsGained: number;
  /** Mean months on lenalidomide per patient (until progression, the stop or the horizon). */
  exposureMonths: number;
  /** Extra second primary cancers per 100 patients by the horizon. */
  extraCancers: number;
  /** PF months gained per extra second cancer; null when there are no extra cancers. */
  pfMonthsPerExtraCancer: number | null;
}

export interface ModelOutputs extends CentralOutputs {
  used: ResolvedParameters;
  ranges: {
    pfWithout: Range;
    pfWith: Range;
    pfMonthsGained: Range;
    extraCancers: Range;
    pfMonthsPerExtraCancer: RatioRange;
  };
  /** The parameters the ranges varied (overridden ones are held at the reader's value). */
  rangeVaried: OverrideKey[];
}
