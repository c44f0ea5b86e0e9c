/**
 * Sweeps: the central outputs across one control's whole range with everything else held,
 * for the small chart beside each control that shows where benefit and harm cross.
 */
import { centralOutputs } from "./model";
import { RESPONSES } from "./types";
import type { ModelInputs, RuntimeParameters, ResponseId } from "./types";

export interface SweepPoint<V> {
  value: V;
  /** Restricted-mean PF months gained per 100 patients to the horizon. */
  pfMonthsGained: number;
  /** Extra second cancers per 100 patients by the horizon. */
  extraCancers: number;
  /** PF per 100 at the horizon, without and with maintenance. */
  pfWithout: number;
  pfWith: number;
}

/** Months 0–60 in whole months, then "until progression". */
export const SWEEP_DURATIONS: readonly number[] = Array.from({ length: 61 }, (_, i) => i);
/** Horizon years 1–10. */
export const SWEEP_HORIZONS: readonly number[] = Array.from({ length: 10 }, (_, i) => i + 1);

function point<V>(value: V, inputs: ModelInputs, params: RuntimeParameters): SweepPoint<V> {
  const o = centralOutputs(inputs, params);
  return { value, pfMonthsGained: o.pfMonthsGained, extraCancers: o.extraCancers, pfWithout: o.pfWithout, pfWith: o.pfWith };
}

export function sweepDuration(inputs: ModelInputs, params: RuntimeParameters): SweepPoint<number | "progression">[] {
  const out: SweepPoint<number | "progression">[] = SWEEP_DURATIONS.map((d) => point(d, { ...inputs, durationMonths: d }, params));
  out.push(point("progression", { ...inputs, durationMonths: Infinity }, params));
  return out;
}

export function sweepHorizon(inputs: ModelInputs, params: RuntimeParameters): SweepPoint<number>[] {
  return SWEEP_HORIZONS.map((h) => point(h, { ...inputs, horizonYears: h }, params));
}

export function sweepResponse(inputs: ModelInputs, params: RuntimeParameters): SweepPoint<ResponseId>[] {
  return RESPONSES.map((r) => point(r, { ...inputs, response: r }, params));
}
