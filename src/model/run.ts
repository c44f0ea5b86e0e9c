/**
 * runModel: the central outputs of a view and their ranges across the parameter ranges.
 *
 * How a range is computed: every parameter of the view that has a range and that the reader
 * has not overridden (baseline median, hazard ratio, second-cancer excess, and the response
 * multiplier unless the response is PR) takes five values — its low end, the midpoint to the
 * central value, the central value, the midpoint to the high end, its high end — and the
 * model runs on every combination (at most 5⁴ = 625 runs). Each output's range is its lowest
 * and highest value over those runs, so it always contains the central estimate. The fade is
 * a structural alternative the reader chooses, not an uncertainty, and is not varied.
 */
import { centralOutputs, evaluate, resolveParameters } from "./model";
import type { ModelValues } from "./model";
import { RESPONSE_KEY } from "./types";
import type { ModelInputs, ModelOutputs, OverrideKey, Range, RatioRange, RuntimeDef, RuntimeParameters } from "./types";

/** Five grid values across a range, central included, duplicates dropped. */
export function gridValues(min: number, central: number, max: number): number[] {
  const values = [min, (min + central) / 2, central, (central + max) / 2, max];
  return values.filter((v, i) => values.indexOf(v) === i);
}

interface Axis {
  key: OverrideKey;
  field: "base" | "hr" | "spm" | "response";
  values: number[];
}

function axes(inputs: ModelInputs, params: RuntimeParameters, used: ModelValues, overridden: OverrideKey[]): Axis[] {
  const s = params.settings[inputs.setting];
  const out: Axis[] = [];
  const add = (def: RuntimeDef, field: Axis["field"], central: number) => {
    if (overridden.includes(def.key)) return;
    out.push({ key: def.key, field, values: gridValues(Math.min(def.min, central), central, Math.max(def.max, central)) });
  };
  add(s.base, "base", used.base);
  add(s.hr, "hr", used.hr);
  add(s.spm, "spm", used.spm);
  const rk = RESPONSE_KEY[inputs.response];
  if (rk !== null && !overridden.includes(rk)) {
    const def = rk === "rcr" ? params.response.cr : rk === "rvgpr" ? params.response.vgpr : params.response.sd;
    // The multiplier's range, kept on the right side of PR = 1 as the model keeps it.
    const lo = rk === "rsd" ? Math.max(def.min, 1) : Math.min(def.min, used.response);
    const hi = rk === "rsd" ? Math.max(def.max, used.response) : Math.min(def.max, 1);
    out.push({ key: def.key, field: "response", values: gridValues(Math.min(lo, used.response), used.response, Math.max(hi, used.response)) });
  }
  return out;
}

function widen(r: Range, x: number): void {
  if (x < r.low) r.low = x;
  if (x > r.high) r.high = x;
}

/** The central outputs and their ranges (see the file comment for how ranges are computed). */
export function runModel(inputs: ModelInputs, params: RuntimeParameters): ModelOutputs {
  const used = resolveParameters(inputs, params);
  const central = centralOutputs(inputs, params);
  const horizonMonths = inputs.horizonYears * 12;
  const point = (c: number): Range => ({ low: c, high: c });
  const ranges = {
    pfWithout: point(central.pfWithout),
    pfWith: point(central.pfWith),
    pfMonthsGained: point(central.pfMonthsGained),
    extraCancers: point(central.extraCancers),
  };
  const ratio: RatioRange = { low: central.pfMonthsPerExtraCancer, high: central.pfMonthsPerExtraCancer };
  let unbounded = central.pfMonthsPerExtraCancer === null;
  const grid = axes(inputs, params, used, used.overridden);
  const values: ModelValues = { base: used.base, hr: used.hr, spm: used.spm, fade: used.fade, response: used.response };
  const visit = (i: number): void => {
    const axis = grid[i];
    if (axis === undefined) {
      const o = evaluate(values, inputs.durationMonths, horizonMonths);
      widen(ranges.pfWithout, o.pfWithout);
      widen(ranges.pfWith, o.pfWith);
      widen(ranges.pfMonthsGained, o.pfMonthsGained);
      widen(ranges.extraCancers, o.extraCancers);
      const q = o.pfMonthsPerExtraCancer;
      if (q === null) unbounded = true;
      else {
        ratio.low = ratio.low === null ? q : Math.min(ratio.low, q);
        ratio.high = ratio.high === null ? q : Math.max(ratio.high, q);
      }
      return;
    }
    const keep = values[axis.field];
    for (const v of axis.values) {
      values[axis.field] = v;
      visit(i + 1);
    }
    values[axis.field] = keep;
  };
  visit(0);
  return {
    ...central,
    used,
    ranges: { ...ranges, pfMonthsPerExtraCancer: { low: ratio.low, high: unbounded ? null : ratio.high } },
    rangeVaried: grid.map((a) => a.key),
  };
}
