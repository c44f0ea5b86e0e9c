/**
 * Build time only: reads the evidence base and returns the model's parameter set as plain
 * JSON. Pages call `buildParameters()` while rendering and hand the result to the browser;
 * browser code imports `runModel` & co. from ./index.ts, never this file (the evidence base
 * is too big to ship). Every value is an evidence figure, arithmetic on figures recorded as a
 * derivation, or a named assumption with a one-line why. See ./README.md for the choices.
 */
import { figure, study, value } from "../evidence";
import { DerivationRecorder, hazardPer100pyFromCumulative, rateDifferencePer100py } from "./derive";
import { impliedHazardRatio } from "./survival";
import { OVERRIDE_KEYS, SETTINGS } from "./types";
import type { Derivation, ModelAssumption, ModelParameters, OverrideKey, OverrideLimit, ParameterDef, SettingParameters } from "./types";
import { ASSUMPTIONS, FADE_ASSUMPTION, RESPONSE_ASSUMPTIONS } from "./assumptions";

/** The figure ids the model reads. Each is checked by figure()/value(): a typo fails the build. */
export const IDS = {
  meta2017: {
    controlMedian: "meta-2017-pfs-median-pooled-control-mccarthy-2017-jco-meta",
    hr: "meta-2017-pfs-hr-vs-pooled-control-mccarthy-2017-jco-meta",
  },
  spmMeta2014: {
    hr: "spm-meta-2014-spm-hr-vs-pooled-control-palumbo-2014-lancet-oncol",
    controlCumulative: "spm-meta-2014-spm-cumulative-incidence-pooled-control-60m-palumbo-2014-lancet-oncol",
  },
  calgb: {
    placeboMedian: "calgb-100104-ttp-median-placebo-mccarthy-2012-nejm",
    lenMedian: "calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm",
    placeboMedian2017: "calgb-100104-ttp-median-placebo-holstein-2017-lancet-haematol",
    hr2017: "calgb-100104-ttp-hr-vs-placebo-holstein-2017-lancet-haematol",
    spmLen: "calgb-100104-spm-count-lenalidomide-mccarthy-2012-nejm",
    spmPlacebo: "calgb-100104-spm-count-placebo-mccarthy-2012-nejm",
    followUp: "calgb-100104-follow-up-median-all-mccarthy-2012-nejm",
  },
  ifm: {
    placeboMedian: "ifm-2005-02-pfs-median-placebo-attal-2012-nejm",
    placeboMedian2013: "ifm-2005-02-pfs-median-placebo-ifm-2013-ash-3312",
    hr: "ifm-2005-02-pfs-hr-vs-placebo-attal-2012-nejm",
    spmLenRate: "ifm-2005-02-spm-incidence-per-100py-lenalidomide-attal-2012-nejm",
  },
  mm015: {
    mprMedian: "mm-015-pfs-median-mpr-palumbo-2012-nejm",
    mpMedian: "mm-015-pfs-median-mp-palumbo-2012-nejm",
    landmarkHr: "mm-015-pfs-hr-vs-mpr-landmark-after-induction-palumbo-2012-nejm",
    spmMprR: "mm-015-spm-rate-at-mpr-r-36m-palumbo-2012-nejm",
    spmMpr: "mm-015-spm-rate-at-mpr-36m-palumbo-2012-nejm",
    spmMp: "mm-015-spm-rate-at-mp-36m-palumbo-2012-nejm",
  },
} as const;

/** Primary maintenance PFS/TTP hazard ratios: their points and CI bounds make the HR envelope. */
export const HR_ENVELOPE_IDS = [IDS.meta2017.hr, IDS.calgb.hr2017, IDS.ifm.hr, IDS.mm015.landmarkHr] as const;

function ci(id: string): [number, number] {
  const f = figure(id);
  if (f.ci_low === null || f.ci_high === null) throw new Error(`Evidence figure "${id}" has no complete CI`);
  return [f.ci_low, f.ci_high];
}

function atMonths(id: string): number {
  const f = figure(id);
  if (f.at_months === null) throw new Error(`Evidence figure "${id}" has no time point`);
  return f.at_months;
}

function nOf(id: string): number {
  const n = figure(id).n;
  if (n === null) throw new Error(`Evidence figure "${id}" has no denominator n`);
  return n;
}


type Def = Omit<ParameterDef, "key" | "label" | "unit" | "derivation" | "gaps"> & { derivation?: Derivation; gaps?: string[] };

function def(key: OverrideKey, label: string, unit: string, d: Def): ParameterDef {
  if (!(d.min <= d.value && d.value <= d.max)) throw new Error(`Parameter ${key}: ${d.value} outside its range ${d.min}–${d.max}`);
  return { key, label, unit, ...d, gaps: d.gaps ?? [], derivation: d.derivation ?? null };
}

const BASE_LABEL = "Median time to progression without maintenance";
const HR_LABEL = "Hazard ratio for progression while on lenalidomide";
const SPM_LABEL = "Extra second cancers per 100 patient-years on lenalidomide";
const SPM_UNIT = "per 100 patient-years";

/** Range of the post-transplant baselines: the published CIs of the later control medians. */
function postTransplantBaseRange(): { min: number; max: number; ids: string[] } {
  const ids = [IDS.ifm.placeboMedian2013, IDS.calgb.placeboMedian2017];
  const bounds = ids.map(ci);
  return { min: Math.min(...bounds.map((b) => b[0])), max: Math.max(...bounds.map((b) => b[1])), ids };
}

/** The envelope of the primary maintenance hazard ratios and their CI bounds. */
export function hrEnvelope(): { min: number; max: number; derivation: Derivation } {
  const rec = new DerivationRecorder();
  const lows: number[] = [];
  const highs: number[] = [];
  for (const [i, id] of HR_ENVELOPE_IDS.entries()) {
    const f = figure(id);
    const v = rec.input(`HR${i + 1}`, `${study(f.study).name}, ${f.contrast ?? "hazard ratio"}`, value(id), "ratio", id);
    lows.push(f.ci_low ?? v);
    highs.push(f.ci_high ?? v);
  }
  const min = rec.step("HR_min", "lowest point or lower CI bound", "min over HR1…HR4 and their lower CI bounds", Math.min(...lows), "ratio");
  const max = rec.step("HR_max", "highest point or upper CI bound", "max over HR1…HR4 and their upper CI bounds", Math.max(...highs), "ratio");
  return { min, max, derivation: rec.done() };
}

/** Pooled SPM excess: (HR − 1) × the control hazard implied by the 5-year cumulative incidence. */
export function pooledSpm(): { value: number; min: number; max: number; derivation: Derivation } {
  const rec = new DerivationRecorder();
  const hr = rec.input("HR", "SPM hazard ratio, lenalidomide vs none (2014 meta-analysis)", value(IDS.spmMeta2014.hr), "ratio", IDS.spmMeta2014.hr);
  const [lo, hi] = ci(IDS.spmMeta2014.hr);
  rec.input("HR_low", "its lower 95% CI bound", lo, "ratio", IDS.spmMeta2014.hr);
  rec.input("HR_high", "its upper 95% CI bound", hi, "ratio", IDS.spmMeta2014.hr);
  const ciCtrl = rec.input("F_ctrl", "cumulative incidence without lenalidomide", value(IDS.spmMeta2014.controlCumulative), "percent", IDS.spmMeta2014.controlCumulative);
  // The source gives the time point in months; the conversion to years is a shown step.
  const tm = rec.input("T_m", "at", atMonths(IDS.spmMeta2014.controlCumulative), "months", IDS.spmMeta2014.controlCumulative);
  const t = rec.step("T", "the same time in years", "T_m / 12", tm / 12, "years");
  const h0 = rec.step("h_ctrl", "control hazard", "−ln(1 − F_ctrl / 100) / T × 100", hazardPer100pyFromCumulative(ciCtrl, t), SPM_UNIT);
  const v = rec.step("excess", "excess with lenalidomide", "(HR − 1) × h_ctrl", (hr - 1) * h0, SPM_UNIT);
  const min = rec.step("excess_low", "excess at the lower CI bound", "(HR_low − 1) × h_ctrl", (lo - 1) * h0, SPM_UNIT);
  const max = rec.step("excess_high", "excess at the upper CI bound", "(HR_high − 1) × h_ctrl", (hi - 1) * h0, SPM_UNIT);
  return { value: v, min, max, derivation: rec.done() };
}

function pooledSetting(): SettingParameters {
  const range = postTransplantBaseRange();
  const [hrLo, hrHi] = ci(IDS.meta2017.hr);
  const spm = pooledSpm();
  return {
    id: "pooled",
    label: "Pooled post-transplant trials (2017 meta-analysis)",
    population: study("meta-2017").design.population ?? "",
    clock: "progression-free survival from randomisation",
    base: def("base", BASE_LABEL, "months", {
      value: value(IDS.meta2017.controlMedian), min: range.min, max: range.max, kind: "data", computed: false,
      sources: [IDS.meta2017.controlMedian], why: "Median PFS of the pooled control arms (McCarthy 2017, 2017 data cut).",
      rangeSources: range.ids, rangeWhy: "From the lowest to the highest bound of the 95% CIs of the IFM (2013) and CALGB (2017) control medians; the pooled median has no published CI.",
    }),
    hr: def("hr", HR_LABEL, "ratio", {
      value: value(IDS.meta2017.hr), min: hrLo, max: hrHi, kind: "data", computed: false,
      sources: [IDS.meta2017.hr], why: "Pooled PFS hazard ratio, lenalidomide vs placebo or observation.",
      rangeSources: [IDS.meta2017.hr], rangeWhy: "Its published 95% CI.",
    }),
    spm: def("spm", SPM_LABEL, SPM_UNIT, {
      value: spm.value, min: spm.min, max: spm.max, kind: "data", computed: true,
      sources: [IDS.spmMeta2014.hr, IDS.spmMeta2014.controlCumulative],
      why: "From the 2014 second-cancer meta-analysis (the 2017 analysis gives its incidences without a time point).",
      rangeSources: [IDS.spmMeta2014.hr], rangeWhy: "The same arithmetic at the bounds of the hazard ratio's 95% CI.",
      gaps: ["meta-2017-primary-os", "spm-risk-per-year"], derivation: spm.derivation,
    }),
  };
}

/** CALGB 2012: crude rates from counts over n × median follow-up, and their Wald interval. */
export function calgbSpm(): { value: number; min: number; max: number; derivation: Derivation } {
  const rec = new DerivationRecorder();
  const a = rec.input("count_len", "patients with a second cancer, lenalidomide", value(IDS.calgb.spmLen), "patients", IDS.calgb.spmLen);
  const n1 = rec.input("n_len", "patients, lenalidomide", nOf(IDS.calgb.spmLen), "patients", IDS.calgb.spmLen);
  const b = rec.input("count_pbo", "patients with a second cancer, placebo", value(IDS.calgb.spmPlacebo), "patients", IDS.calgb.spmPlacebo);
  const n0 = rec.input("n_pbo", "patients, placebo", nOf(IDS.calgb.spmPlacebo), "patients", IDS.calgb.spmPlacebo);
  const tm = rec.input("T_m", "median follow-up", value(IDS.calgb.followUp), "months", IDS.calgb.followUp);
  const t = rec.step("T", "the same time in years", "T_m / 12", tm / 12, "years");
  const py1 = rec.step("PY_len", "approximate patient-years, lenalidomide", "n_len × T", n1 * t, "patient-years");
  const py0 = rec.step("PY_pbo", "approximate patient-years, placebo", "n_pbo × T", n0 * t, "patient-years");
  rec.step("r_len", "rate, lenalidomide", "count_len / PY_len × 100", (a / py1) * 100, SPM_UNIT);
  rec.step("r_pbo", "rate, placebo", "count_pbo / PY_pbo × 100", (b / py0) * 100, SPM_UNIT);
  const d = rateDifferencePer100py(a, py1, b, py0);
  const v = rec.step("excess", "excess with lenalidomide", "r_len − r_pbo", d.value, SPM_UNIT);
  const min = rec.step("excess_low", "lower 95% bound (Wald)", "excess − 1.96 × √(count_len / PY_len² + count_pbo / PY_pbo²) × 100", d.low, SPM_UNIT);
  const max = rec.step("excess_high", "upper 95% bound (Wald)", "excess + 1.96 × √(count_len / PY_len² + count_pbo / PY_pbo²) × 100", d.high, SPM_UNIT);
  return { value: v, min, max, derivation: rec.done() };
}

function calgbSetting(): SettingParameters {
  const [baseLo, baseHi] = ci(IDS.calgb.placeboMedian2017);
  const [hrLo, hrHi] = ci(IDS.calgb.hr2017);
  const rec = new DerivationRecorder();
  const m0 = rec.input("m_pbo", "median TTP, placebo", value(IDS.calgb.placeboMedian), "months", IDS.calgb.placeboMedian);
  const m1 = rec.input("m_len", "median TTP, lenalidomide", value(IDS.calgb.lenMedian), "months", IDS.calgb.lenMedian);
  const hr = rec.step("HR", "hazard ratio implied by the medians (exponential)", "m_pbo / m_len", impliedHazardRatio(m0, m1), "ratio");
  const spm = calgbSpm();
  return {
    id: "calgb-100104",
    label: "CALGB 100104 (NEJM 2012)",
    population: study("calgb-100104").design.population ?? "",
    clock: "time to progression counted from transplant (randomisation was 100–110 days after it)",
    base: def("base", BASE_LABEL, "months", {
      value: m0, min: baseLo, max: baseHi, kind: "data", computed: false,
      sources: [IDS.calgb.placeboMedian], why: "Median TTP of the placebo arm, 2012 report (34-month follow-up).",
      rangeSources: [IDS.calgb.placeboMedian2017], rangeWhy: "The 95% CI of the placebo median in the 2017 update; the 2012 report gives none.",
    }),
    hr: def("hr", HR_LABEL, "ratio", {
      value: hr, min: hrLo, max: hrHi, kind: "data", computed: true,
      sources: [IDS.calgb.placeboMedian, IDS.calgb.lenMedian],
      why: "Computed: the hazard ratio the 2012 medians imply if both arms were exponential; the 2012 report published none.",
      rangeSources: [IDS.calgb.hr2017], rangeWhy: "The 95% CI of the TTP hazard ratio in the 2017 update (same trial and endpoint, 91-month follow-up).",
      gaps: ["calgb-ttp-hr-2012"], derivation: rec.done(),
    }),
    spm: def("spm", SPM_LABEL, SPM_UNIT, {
      value: spm.value, min: spm.min, max: spm.max, kind: "data", computed: true,
      sources: [IDS.calgb.spmLen, IDS.calgb.spmPlacebo, IDS.calgb.followUp],
      why: "Patients with second cancers by arm over the median follow-up, 2012 report (placebo includes 86 crossovers).",
      rangeSources: [IDS.calgb.spmLen, IDS.calgb.spmPlacebo], rangeWhy: "Wald 95% interval of the rate difference, counts taken as Poisson.",
      gaps: ["calgb-spm-by-type-and-rate", "spm-risk-per-year"], derivation: spm.derivation,
    }),
  };
}

function ifmSetting(env: ReturnType<typeof hrEnvelope>, pooled: ReturnType<typeof pooledSpm>): SettingParameters {
  const [baseLo, baseHi] = ci(IDS.ifm.placeboMedian2013);
  const ceiling = value(IDS.ifm.spmLenRate);
  return {
    id: "ifm-2005-02",
    label: "IFM 2005-02 (NEJM 2012)",
    population: study("ifm-2005-02").design.population ?? "",
    clock: "progression-free survival from randomisation; both arms had 2 months of lenalidomide consolidation first",
    base: def("base", BASE_LABEL, "months", {
      value: value(IDS.ifm.placeboMedian), min: baseLo, max: baseHi, kind: "data", computed: false,
      sources: [IDS.ifm.placeboMedian], why: "Median PFS of the placebo arm, 2012 report (45-month follow-up).",
      rangeSources: [IDS.ifm.placeboMedian2013], rangeWhy: "The 95% CI of the placebo median in the 2013 analysis; the 2012 report gives none.",
    }),
    hr: def("hr", HR_LABEL, "ratio", {
      value: value(IDS.ifm.hr), min: env.min, max: env.max, kind: "data", computed: false,
      sources: [IDS.ifm.hr], why: "PFS hazard ratio, 2012 report.",
      rangeSources: [...HR_ENVELOPE_IDS], rangeWhy: "No CI was published: the range spans every primary maintenance hazard ratio and CI bound in the evidence.",
      gaps: ["ifm-pfs-hr-ci"], derivation: env.derivation,
    }),
    spm: def("spm", SPM_LABEL, SPM_UNIT, {
      value: pooled.value, min: pooled.min, max: Math.max(pooled.max, ceiling), kind: "data", computed: true,
      sources: [IDS.spmMeta2014.hr, IDS.spmMeta2014.controlCumulative],
      why: "IFM's placebo rate is a gap, so its excess cannot be computed: the central value is the pooled 2014 estimate, borrowed and labelled so.",
      rangeSources: [IDS.spmMeta2014.hr, IDS.ifm.spmLenRate],
      rangeWhy: "From the pooled lower bound up to IFM's own rate with lenalidomide (3.1), the excess if no second cancer would have occurred without it.",
      gaps: ["ifm-spm-placebo-rate", "spm-risk-per-year"], derivation: pooled.derivation,
    }),
  };
}

/** MM-015: 3-year rates → constant hazards; maintenance contrast MPR-R vs MPR, ceiling MPR-R vs MP. */
export function mm015Spm(): { value: number; min: number; max: number; derivation: Derivation } {
  const rec = new DerivationRecorder();
  const fR = rec.input("F_MPR-R", "3-year rate, MPR-R (maintenance)", value(IDS.mm015.spmMprR), "percent", IDS.mm015.spmMprR);
  const fM = rec.input("F_MPR", "3-year rate, MPR (placebo maintenance)", value(IDS.mm015.spmMpr), "percent", IDS.mm015.spmMpr);
  const fP = rec.input("F_MP", "3-year rate, MP (no lenalidomide)", value(IDS.mm015.spmMp), "percent", IDS.mm015.spmMp);
  const tm = rec.input("T_m", "at", atMonths(IDS.mm015.spmMprR), "months", IDS.mm015.spmMprR);
  const t = rec.step("T", "the same time in years", "T_m / 12", tm / 12, "years");
  const hR = rec.step("h_MPR-R", "hazard, MPR-R", "−ln(1 − F_MPR-R / 100) / T × 100", hazardPer100pyFromCumulative(fR, t), SPM_UNIT);
  const hM = rec.step("h_MPR", "hazard, MPR", "−ln(1 − F_MPR / 100) / T × 100", hazardPer100pyFromCumulative(fM, t), SPM_UNIT);
  const hP = rec.step("h_MP", "hazard, MP", "−ln(1 − F_MP / 100) / T × 100", hazardPer100pyFromCumulative(fP, t), SPM_UNIT);
  const v = rec.step("excess", "maintenance contrast", "max(0, h_MPR-R − h_MPR)", Math.max(0, hR - hM), SPM_UNIT);
  const max = rec.step("excess_high", "whole-lenalidomide contrast", "h_MPR-R − h_MP", hR - hP, SPM_UNIT);
  return { value: v, min: v, max: Math.max(v, max), derivation: rec.done() };
}

function mm015Setting(env: ReturnType<typeof hrEnvelope>): SettingParameters {
  const mpr = value(IDS.mm015.mprMedian);
  const mp = value(IDS.mm015.mpMedian);
  const spm = mm015Spm();
  return {
    id: "mm-015",
    label: "MM-015 (NEJM 2012, transplant-ineligible)",
    population: study("mm-015").design.population ?? "",
    clock: "progression-free survival from randomisation at diagnosis, before nine cycles of induction",
    base: def("base", BASE_LABEL, "months", {
      value: mpr, min: Math.min(mp, mpr), max: Math.max(mp, mpr), kind: "data", computed: false,
      sources: [IDS.mm015.mprMedian], why: "Median PFS of MPR followed by placebo: same induction as MPR-R, no maintenance.",
      rangeSources: [IDS.mm015.mprMedian, IDS.mm015.mpMedian], rangeWhy: "The two arms without maintenance (MPR and MP); no CI was published.",
    }),
    hr: def("hr", HR_LABEL, "ratio", {
      value: value(IDS.mm015.landmarkHr), min: env.min, max: env.max, kind: "data", computed: false,
      sources: [IDS.mm015.landmarkHr], why: "PFS hazard ratio MPR-R vs MPR from the end of induction: the maintenance phase alone.",
      rangeSources: [...HR_ENVELOPE_IDS], rangeWhy: "No CI was published: the range spans every primary maintenance hazard ratio and CI bound in the evidence.",
      gaps: ["mm015-pfs-hr-ci"], derivation: env.derivation,
    }),
    spm: def("spm", SPM_LABEL, SPM_UNIT, {
      value: spm.value, min: spm.min, max: spm.max, kind: "data", computed: true,
      sources: [IDS.mm015.spmMprR, IDS.mm015.spmMpr],
      why: "MPR-R and MPR had the same 3-year rate (7% and 7%): the maintenance contrast shows no excess.",
      rangeSources: [IDS.mm015.spmMprR, IDS.mm015.spmMp],
      rangeWhy: "Up to the MPR-R vs MP contrast (7% vs 3%), which counts lenalidomide in induction as if it were maintenance.",
      gaps: ["mm015-os-hr", "spm-risk-per-year"], derivation: spm.derivation,
    }),
  };
}

function gridLimit(def: ParameterDef, decimals: number, min: number, max: number): OverrideLimit {
  const f = 10 ** decimals;
  // `+ 0` turns a −0 from Math.ceil into 0, so the JSON and the object agree.
  return { key: def.key, label: def.label, unit: def.unit, min: Math.ceil(min * f - 1e-9) / f + 0, max: Math.floor(max * f + 1e-9) / f + 0, decimals };
}

const DECIMALS: Record<OverrideKey, number> = { base: 1, hr: 2, spm: 2, fade: 0, rcr: 2, rvgpr: 2, rsd: 2 };

/** Slider and URL bounds: the union of each parameter's range across settings. */
function limitsFor(p: Omit<ModelParameters, "limits" | "assumptions">): Record<OverrideKey, OverrideLimit> {
  const all = (k: "base" | "hr" | "spm") => SETTINGS.map((s) => p.settings[s][k]);
  const union = (defs: ParameterDef[], k: OverrideKey): OverrideLimit => {
    const first = defs[0];
    if (!first) throw new Error(`No definitions for ${k}`);
    return gridLimit(first, DECIMALS[k], Math.min(...defs.map((d) => d.min)), Math.max(...defs.map((d) => d.max)));
  };
  const single: Record<"fade" | "rcr" | "rvgpr" | "rsd", ParameterDef> = { fade: p.fade, rcr: p.response.cr, rvgpr: p.response.vgpr, rsd: p.response.sd };
  const out = {} as Record<OverrideKey, OverrideLimit>;
  for (const k of OVERRIDE_KEYS) {
    out[k] = k === "base" || k === "hr" || k === "spm" ? union(all(k), k) : union([single[k]], k);
  }
  return out;
}

/** The whole parameter set, from the evidence. Pure data: JSON.stringify it for the browser. */
export function buildParameters(): ModelParameters {
  const env = hrEnvelope();
  const pooled = pooledSpm();
  const base = {
    settings: {
      pooled: pooledSetting(),
      "calgb-100104": calgbSetting(),
      "ifm-2005-02": ifmSetting(env, pooled),
      "mm-015": mm015Setting(env),
    },
    response: RESPONSE_ASSUMPTIONS(),
    fade: FADE_ASSUMPTION,
  };
  const assumptions: ModelAssumption[] = ASSUMPTIONS;
  return { ...base, limits: limitsFor(base), assumptions };
}
