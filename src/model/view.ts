/**
 * One view of the explorer: everything the page draws for one set of inputs — the outputs
 * with their ranges, the icon counts, both curves and the three sweeps — computed once per
 * control change and handed to the chart functions, which only draw. Browser-safe: it
 * composes ./index.ts and imports no evidence.
 */
import { curves, iconArray, runModel, sweepDuration, sweepHorizon, sweepResponse } from "./index";
import type { Curves, IconCounts, ModelInputs, ModelOutputs, ResponseId, RuntimeParameters, SweepPoint } from "./index";

export interface ExplorerView {
  inputs: ModelInputs;
  outputs: ModelOutputs;
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
  const outputs = runModel(inputs, params);
  return {
    inputs,
    outputs,
    icons: iconArray(outputs),
    curves: curves(inputs, params),
    sweeps: {
      duration: sweepDuration(inputs, params),
      horizon: sweepHorizon(inputs, params),
      response: sweepResponse(inputs, params),
    },
  };
}
