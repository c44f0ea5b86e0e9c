/**
 * Data for /methods/: the model's parameters by setting (the same rows the explorer's
 * assumptions panel prints), its structural assumptions and limitations, and a worked
 * example of the default view, step by step, computed by the model's own functions so the
 * page's arithmetic and the explorer's numbers cannot drift apart. Build time only.
 */
import { ASSUMPTIONS } from "../model/assumptions";
import { LIMITATIONS, type Limitation } from "../model/limitations";
import { centralOutputs, hazardFromMedian, maintenanceSegments, restrictedMean, toRuntime } from "../model/index";
import { SETTINGS } from "../model/types";
import type { ModelAssumption, ModelInputs, SettingId } from "../model/types";
import { explorerState, toModelInputs } from "../state/explorer";
import { modelParameters, parameterRows, type ParamRow } from "./risk-benefit";

export interface MethodsSetting {
  id: SettingId;
  label: string;
  population: string;
  clock: string;
  rows: ParamRow[];
}

export interface ExampleStep {
  /** What the step computes, in words. */
  what: string;
  /** The formula with the numbers put in. */
  arithmetic: string;
  /** The result as printed. */
  result: string;
}

export interface MethodsData {
  settings: MethodsSetting[];
  shared: ParamRow[];
  assumptions: ModelAssumption[];
  limitations: Limitation[];
  example: { inputs: ModelInputs; steps: ExampleStep[] };
}

/** Up to `digits` decimals, trailing zeros dropped: 0.029496 → "0.0295" (4), 24.60 → "24.6". */
export function trim(x: number, digits = 3): string {
  return String(Math.round(x * 10 ** digits) / 10 ** digits);
}

/** The default view, step by step, from the model's own functions. */
export function workedExample(): { inputs: ModelInputs; steps: ExampleStep[] } {
  const p = modelParameters();
  const rt = toRuntime(p);
  const inputs = toModelInputs(explorerState(rt.limits).defaults);
  const s = rt.settings[inputs.setting];
  const m = s.base.value;
  const hr = s.hr.value;
  const spm = s.spm.value;
  const D = inputs.durationMonths;
  const H = inputs.horizonYears * 12;
  const l0 = hazardFromMedian(m);
  const without = [{ start: 0, end: Infinity, hazard: l0 }];
  const withM = maintenanceSegments(l0, hr, D, rt.fade.value);
  const out = centralOutputs(inputs, rt);
  const exposure = restrictedMean(withM, Math.min(D, H));
  return {
    inputs,
    steps: [
      { what: "Baseline hazard of progression, per month (partial response, multiplier 1)", arithmetic: `λ₀ = ln 2 / ${m}`, result: `${trim(l0, 4)} per month` },
      { what: `Free of progression at ${H} months without maintenance`, arithmetic: `100 × exp(−${trim(l0, 4)} × ${H})`, result: `${out.pfWithout.toFixed(1)} of 100` },
      { what: `Free of progression at ${H} months with ${D} months of maintenance`, arithmetic: `100 × exp(−${trim(l0, 4)} × ${trim(hr, 2)} × ${D} − ${trim(l0, 4)} × ${H - D})`, result: `${out.pfWith.toFixed(1)} of 100` },
      { what: "Free of progression because of maintenance", arithmetic: `${out.pfWith.toFixed(1)} − ${out.pfWithout.toFixed(1)}`, result: `${(out.pfWith - out.pfWithout).toFixed(1)} of 100` },
      { what: "Mean months on lenalidomide (progression-free and before the stop)", arithmetic: `(1 − exp(−${trim(l0, 4)} × ${trim(hr, 2)} × ${D})) / (${trim(l0, 4)} × ${trim(hr, 2)})`, result: `${exposure.toFixed(1)} months` },
      { what: `Extra second cancers by ${H} months`, arithmetic: `${trim(spm, 3)} per 100 patient-years × ${exposure.toFixed(1)} / 12 years`, result: `${out.extraCancers.toFixed(2)} of 100` },
      { what: `Progression-free months gained over ${H} months, all 100 together`, arithmetic: "100 × (restricted mean with − restricted mean without)", result: `${out.pfMonthsGained.toFixed(0)} months (${(restrictedMean(withM, H) - restrictedMean(without, H)).toFixed(1)} each)` },
    ],
  };
}

export function methodsData(): MethodsData {
  const p = modelParameters();
  const rows = parameterRows();
  return {
    settings: SETTINGS.map((id) => ({
      id,
      label: p.settings[id].label,
      population: p.settings[id].population,
      clock: p.settings[id].clock,
      rows: rows.filter((r) => r.setting === id),
    })),
    shared: rows.filter((r) => r.setting === null),
    assumptions: ASSUMPTIONS,
    limitations: LIMITATIONS,
    example: workedExample(),
  };
}
