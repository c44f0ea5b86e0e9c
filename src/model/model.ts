/**
 * The risk–benefit model: pure arithmetic on a plain parameter set (./parameters.ts builds it
 * at build time). Safe for the browser: no evidence import, no DOM.
 *
 * Without maintenance: one constant hazard λ₀ = ln 2 / median × response multiplier.
 * With maintenance: λ₀ × HR while taken (months 0 to the stop), then back to λ₀ at once or
 * over a fade of N months. Exposure to lenalidomide ends at progression or at the stop.
 */
import { cumulativeHazard, hazardFromMedian, restrictedMean } from "./survival";
import type { HazardSegment } from "./survival";
import { OVERRIDE_KEYS, RESPONSES, RESPONSE_KEY, SETTINGS } from "./types";
import type { CentralOutputs, ModelInputs, RuntimeParameters, OverrideKey, ResolvedParameters, ResponseId } from "./types";

/** The numbers one evaluation needs. */
export interface ModelValues {
  base: number;
  hr: number;
  spm: number;
  fade: number;
  response: number;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Throws on inputs no view can produce: unknown ids, negative or non-numeric times. */
export function checkInputs(inputs: ModelInputs): void {
  if (!SETTINGS.includes(inputs.setting)) throw new RangeError(`Unknown setting "${String(inputs.setting)}"`);
  if (!RESPONSES.includes(inputs.response)) throw new RangeError(`Unknown response "${String(inputs.response)}"`);
  if (!(inputs.durationMonths >= 0)) throw new RangeError(`Duration must be ≥ 0 months or Infinity (got ${inputs.durationMonths})`);
  if (!(inputs.horizonYears > 0) || !Number.isFinite(inputs.horizonYears)) throw new RangeError(`Horizon must be a positive number of years (got ${inputs.horizonYears})`);
}

/**
 * The effective multiplier of a response: the assumed ones, with the order kept (a better
 * response never gets a larger multiplier than a worse one), PR fixed at 1.
 */
export function responseMultiplier(response: ResponseId, m: { cr: number; vgpr: number; sd: number }): number {
  switch (response) {
    case "pr": return 1;
    case "vgpr": return Math.min(m.vgpr, 1);
    case "cr": return Math.min(m.cr, m.vgpr, 1);
    case "sd": return Math.max(m.sd, 1);
  }
}

/** The values a run uses: each setting parameter, unless the reader overrode it (rounded to the URL's decimals, clamped to its limits). */
export function resolveParameters(inputs: ModelInputs, params: RuntimeParameters): ResolvedParameters {
  checkInputs(inputs);
  const s = params.settings[inputs.setting];
  const overridden: OverrideKey[] = [];
  const pick = (key: OverrideKey, central: number): number => {
    const o = inputs.overrides?.[key];
    if (o === undefined || !Number.isFinite(o)) return central;
    const lim = params.limits[key];
    const relevant = key !== "rcr" && key !== "rvgpr" && key !== "rsd" ? true : RESPONSE_KEY[inputs.response] === key;
    if (relevant) overridden.push(key);
    // On the same decimal grid as the URL and the sliders.
    const f = 10 ** lim.decimals;
    return clamp(Math.round(o * f) / f + 0, lim.min, lim.max);
  };
  const values = {
    base: pick("base", s.base.value),
    hr: pick("hr", s.hr.value),
    spm: pick("spm", s.spm.value),
    fade: pick("fade", params.fade.value),
    cr: pick("rcr", params.response.cr.value),
    vgpr: pick("rvgpr", params.response.vgpr.value),
    sd: pick("rsd", params.response.sd.value),
  };
  return {
    base: values.base, hr: values.hr, spm: values.spm, fade: values.fade,
    response: responseMultiplier(inputs.response, values),
    overridden: OVERRIDE_KEYS.filter((k) => overridden.includes(k)),
  };
}

/** The hazard of the curve without maintenance, per month. */
export function baselineHazard(v: Pick<ModelValues, "base" | "response">): number {
  return hazardFromMedian(v.base) * v.response;
}

/**
 * The curve with maintenance: HR × λ₀ for `duration` months, then the fade staircase (month k
 * after stopping at HR + (1 − HR)(k − ½)/N, k = 1…N, N whole months), then λ₀. Duration 0
 * gives exactly the baseline curve; Infinity gives HR × λ₀ throughout.
 */
export function maintenanceSegments(lambda0: number, hr: number, durationMonths: number, fadeMonths: number): HazardSegment[] {
  if (durationMonths === 0) return [{ start: 0, end: Infinity, hazard: lambda0 }];
  if (durationMonths === Infinity) return [{ start: 0, end: Infinity, hazard: lambda0 * hr }];
  const segments: HazardSegment[] = [{ start: 0, end: durationMonths, hazard: lambda0 * hr }];
  const n = Math.max(0, Math.round(fadeMonths));
  for (let k = 1; k <= n; k++) {
    const ratio = hr + ((1 - hr) * (k - 0.5)) / n;
    segments.push({ start: durationMonths + k - 1, end: durationMonths + k, hazard: lambda0 * ratio });
  }
  segments.push({ start: durationMonths + n, end: Infinity, hazard: lambda0 });
  return segments;
}

/** PF months per extra cancer; null when there are none (or too few for a finite ratio). */
function ratioOrNull(gained: number, cancers: number): number | null {
  const q = gained / cancers;
  return cancers > 0 && Number.isFinite(q) ? q : null;
}

/** One evaluation: the central outputs for these values, duration and horizon. */
export function evaluate(v: ModelValues, durationMonths: number, horizonMonths: number): CentralOutputs {
  const lambda0 = baselineHazard(v);
  const without: HazardSegment[] = [{ start: 0, end: Infinity, hazard: lambda0 }];
  const stopMonth = durationMonths === 0 || durationMonths === Infinity ? null : durationMonths;
  const pfWithout = 100 * Math.exp(-lambda0 * horizonMonths);
  if (durationMonths === 0) {
    return { horizonMonths, stopMonth, pfWithout, pfWith: pfWithout, pfMonthsGained: 0, exposureMonths: 0, extraCancers: 0, pfMonthsPerExtraCancer: null };
  }
  const withM = maintenanceSegments(lambda0, v.hr, durationMonths, v.fade);
  const pfWith = 100 * Math.exp(-cumulativeHazard(withM, horizonMonths));
  const pfMonthsGained = Math.max(0, 100 * (restrictedMean(withM, horizonMonths) - restrictedMean(without, horizonMonths)));
  const exposureMonths = restrictedMean(withM, Math.min(durationMonths, horizonMonths));
  const extraCancers = (v.spm * exposureMonths) / 12;
  return {
    horizonMonths, stopMonth, pfWithout, pfWith: Math.max(pfWith, pfWithout), pfMonthsGained, exposureMonths, extraCancers,
    pfMonthsPerExtraCancer: ratioOrNull(pfMonthsGained, extraCancers),
  };
}

/** The central outputs of a view. */
export function centralOutputs(inputs: ModelInputs, params: RuntimeParameters): CentralOutputs {
  const r = resolveParameters(inputs, params);
  return evaluate(r, inputs.durationMonths, inputs.horizonYears * 12);
}

export interface CurvePoint {
  month: number;
  /** Progression-free per 100, without and with maintenance. */
  without: number;
  with: number;
}

export interface Curves {
  points: CurvePoint[];
  horizonMonths: number;
  /** Where maintenance stops, if before the horizon; null for "until progression" or duration 0. */
  stopMonth: number | null;
}

/** Both curves sampled every month from 0 to the horizon (and at the horizon itself). */
export function curves(inputs: ModelInputs, params: RuntimeParameters): Curves {
  const r = resolveParameters(inputs, params);
  const horizonMonths = inputs.horizonYears * 12;
  const lambda0 = baselineHazard(r);
  const withM = maintenanceSegments(lambda0, r.hr, inputs.durationMonths, r.fade);
  const months: number[] = [];
  for (let m = 0; m < horizonMonths; m++) months.push(m);
  months.push(horizonMonths);
  const d = inputs.durationMonths;
  return {
    horizonMonths,
    stopMonth: d > 0 && d < horizonMonths ? d : null,
    points: months.map((month) => ({
      month,
      without: 100 * Math.exp(-lambda0 * month),
      with: 100 * Math.exp(-cumulativeHazard(withM, month)),
    })),
  };
}
