/**
 * One view of the explorer: everything the page draws for one set of inputs — the central
 * outputs, the icon counts, both curves and the three sweeps — computed once per control
 * change and handed to the chart functions, which only draw. The ranges (runModel's 625
 * runs) are computed only when first asked for: the page shows them once the reader pauses,
 * so a slider step costs a handful of model runs, not hundreds. Browser-safe: it composes
 * ./index.ts and imports no evidence.
 */
import { centralOutputs, curves, iconArray, resolveParameters, runModel, sweepDuration, sweepHorizon, sweepResponse } from "./index";
import type { CentralOutputs, Curves, IconCounts, ModelInputs, ModelOutputs, ResolvedParameters, ResponseId, RuntimeParameters, SweepPoint } from "./index";

export interface ExplorerView {
  inputs: ModelInputs;
  /** Central values at the horizon, per 100. */
  outputs: CentralOutputs;
  /** The parameter values this view used, and which the reader set. */
  used: ResolvedParameters;
  /** The full run with the ranges across the evidence (computed on first call, then kept). */
  full(): ModelOutputs;
  icons: IconCounts;
  curves: Curves;
  sweeps: {
    /** 0–60 months, then "progression". */
    duration: SweepPoint<number | "progression">[];
    /** 1–10 years. */
    horizon: SweepPoint<number>[];
    /** CR, VGPR, PR, less than PR. */
    response: SweepPoint<ResponseId>[];
  };
}

export function explorerView(inputs: ModelInputs, params: RuntimeParameters): ExplorerView {
  const outputs = centralOutputs(inputs, params);
  let full: ModelOutputs | null = null;
  return {
    inputs,
    outputs,
    used: resolveParameters(inputs, params),
    full: () => (full ??= runModel(inputs, params)),
    icons: iconArray(outputs),
    curves: curves(inputs, params),
    sweeps: {
      duration: sweepDuration(inputs, params),
      horizon: sweepHorizon(inputs, params),
      response: sweepResponse(inputs, params),
    },
  };
}
