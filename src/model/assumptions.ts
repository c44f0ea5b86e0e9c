/**
 * The model's assumptions: the response multipliers, the fade after stopping, and the
 * structural choices /methods/ lists. Typed numbers appear here only as named assumptions,
 * each with a one-line why; where a bound can be computed from a prognostic cohort, it is.
 * Build time only (reads the evidence base for those bounds).
 */
import { value } from "../evidence";
import { DerivationRecorder } from "./derive";
import { impliedHazardRatio } from "./survival";
import type { ModelAssumption, ParameterDef } from "./types";

const KUMAR = {
  cr: "kumar-2014-pfs-median-all-cr-kumar-2014-cancer-med",
  vgpr: "kumar-2014-pfs-median-all-vgpr-kumar-2014-cancer-med",
  pr: "kumar-2014-pfs-median-all-pr-kumar-2014-cancer-med",
} as const;
const MAYO = {
  geVgpr: "mayo-vgpr-2019-pfs-median-all-ge-vgpr-mayo-2019-vgpr",
  ltVgpr: "mayo-vgpr-2019-pfs-median-all-lt-vgpr-mayo-2019-vgpr",
} as const;
const KAPOOR = ["kapoor-2013-ttp-median-all-cr-kapoor-2013-jco", "kapoor-2013-ttp-median-all-ncr-kapoor-2013-jco"];
const BBMT_LT_PR = "bbmt-2015-lt-pr-pfs-median-all-lt-pr-bbmt-2015-lt-pr";
const GAY_CR_VS_VGPR = "gay-2011-pfs-hr-comparison-cr-vs-vgpr-gay-2011-blood";

/** Assumption: the multipliers the issue proposed, relative to PR (direction from cohorts, size assumed). */
const ASSUMED = {
  cr: 0.5, // assumption: CR halves the baseline hazard; cohorts agree on the direction, not the size
  vgpr: 0.8, // assumption: VGPR a little better than PR; cohorts disagree (conflict 22)
  sd: 1.33, // assumption: less than PR a third worse than PR; no cohort compares them directly
  noDifference: 1, // assumption used as a bound: no prognostic difference from PR
  sdWorst: 2, // assumption: upper bound for less than PR, twice the PR hazard
  fadeMax: 24, // assumption: the longest carry-over offered, in months
} as const;

const MULT = "× baseline hazard (PR = 1)";

/** Hazard multipliers by response; bounds computed from cohort medians where a cohort gives them. */
export function RESPONSE_ASSUMPTIONS(): { cr: ParameterDef; vgpr: ParameterDef; sd: ParameterDef } {
  const crRec = new DerivationRecorder();
  const pr = crRec.input("m_PR", "median PFS after transplant, PR (Kumar 2014)", value(KUMAR.pr), "months", KUMAR.pr);
  const cr = crRec.input("m_CR", "median PFS after transplant, CR (Kumar 2014)", value(KUMAR.cr), "months", KUMAR.cr);
  const crLow = crRec.step("r_CR_low", "CR vs PR hazard ratio implied by the medians (exponential)", "m_PR / m_CR", impliedHazardRatio(pr, cr), "ratio");

  const vRec = new DerivationRecorder();
  const lt = vRec.input("m_<VGPR", "median PFS, best response below VGPR (Mayo 2019)", value(MAYO.ltVgpr), "months", MAYO.ltVgpr);
  const ge = vRec.input("m_≥VGPR", "median PFS, VGPR or better (Mayo 2019)", value(MAYO.geVgpr), "months", MAYO.geVgpr);
  const pr2 = vRec.input("m_PR", "median PFS, PR (Kumar 2014)", value(KUMAR.pr), "months", KUMAR.pr);
  const vg = vRec.input("m_VGPR", "median PFS, VGPR (Kumar 2014)", value(KUMAR.vgpr), "months", KUMAR.vgpr);
  const vLow = vRec.step("r_VGPR_low", "≥VGPR vs <VGPR hazard ratio implied by the medians (Mayo)", "m_<VGPR / m_≥VGPR", impliedHazardRatio(lt, ge), "ratio");
  const vHigh = vRec.step("r_VGPR_high", "VGPR vs PR hazard ratio implied by the medians (Kumar)", "m_PR / m_VGPR", impliedHazardRatio(pr2, vg), "ratio");

  const common = { kind: "assumption" as const, computed: false, sources: [], gaps: ["hr-by-response"] };
  return {
    cr: {
      key: "rcr", label: "Hazard multiplier, complete response", unit: MULT, value: ASSUMED.cr,
      min: crLow, max: ASSUMED.noDifference, ...common,
      why: "Assumption: cohorts agree that CR predicts slower progression (conflict 22), not by how much.",
      rangeSources: [KUMAR.pr, KUMAR.cr, ...KAPOOR, GAY_CR_VS_VGPR],
      rangeWhy: "From the CR vs PR ratio Kumar 2014's medians imply, up to no difference (assumed; Kapoor 2013 found CR and near-CR alike).",
      derivation: crRec.done(),
    },
    vgpr: {
      key: "rvgpr", label: "Hazard multiplier, very good partial response", unit: MULT, value: ASSUMED.vgpr,
      min: vLow, max: vHigh, ...common,
      why: "Assumption: whether VGPR is closer to CR or to PR is inconsistent across cohorts (conflict 22).",
      rangeSources: [MAYO.geVgpr, MAYO.ltVgpr, KUMAR.pr, KUMAR.vgpr],
      rangeWhy: "From the ratio Mayo 2019's medians imply (VGPR or better vs below) to Kumar 2014's (VGPR and PR alike).",
      derivation: vRec.done(),
    },
    sd: {
      key: "rsd", label: "Hazard multiplier, less than partial response", unit: MULT, value: ASSUMED.sd,
      min: ASSUMED.noDifference, max: ASSUMED.sdWorst, ...common,
      why: "Assumption: no cohort in the evidence compares less than PR with PR directly.",
      rangeSources: [BBMT_LT_PR],
      rangeWhy: "Assumed, from no difference to twice the PR hazard; one cohort (less than PR before transplant) is shown as context only.",
      derivation: null,
    },
  };
}

export const FADE_ASSUMPTION: ParameterDef = {
  key: "fade", label: "Months over which the benefit fades after stopping", unit: "months", value: 0,
  min: 0, max: ASSUMED.fadeMax, kind: "assumption", computed: false, sources: [],
  why: "Assumption: after stopping, the hazard returns to baseline at once (0); no trial randomised stopping times.",
  rangeSources: [], rangeWhy: "Assumed: from no carry-over to a benefit that fades linearly over two years.",
  gaps: ["no-duration-rct"], derivation: null,
};

export const ASSUMPTIONS: ModelAssumption[] = [
  { id: "exponential", text: "Progression without maintenance follows an exponential curve with the setting's median (λ = ln 2 / median).", why: "The trials publish medians and few landmark rates; one constant hazard is the simplest curve they determine." },
  { id: "clock", text: "Time runs from the start of maintenance; each trial's own clock (from transplant, randomisation or diagnosis) stands in for it.", why: "No trial published medians counted from the start of maintenance." },
  { id: "proportional", text: "While lenalidomide is taken, it multiplies the progression hazard by the hazard ratio, the same for every response group.", why: "No trial published hazard ratios by response (gap hr-by-response); both post-transplant trials reported a benefit regardless of CR." },
  { id: "stop", text: "After stopping, the hazard returns to baseline at once, or over the chosen fade: in month k after stopping the ratio is HR + (1 − HR) × (k − ½) / N.", why: "No randomised comparison of stopping times exists (gap no-duration-rct)." },
  { id: "response", text: "Response to initial therapy multiplies the baseline hazard (PR = 1); a better response never gets a larger multiplier than a worse one.", why: "Cohorts agree on the direction, not on the size (conflict 22)." },
  { id: "spm", text: "Extra second cancers accrue at a constant excess rate per patient-year on lenalidomide, only while it is taken and the patient is progression-free, and are counted to the horizon.", why: "No source quantifies how the risk changes with time on drug (gap spm-risk-per-year); the rates come from follow-up that mixes time on and off drug." },
  { id: "no-os", text: "Overall survival is not modelled; the trials' OS results are shown beside the model as they were published.", why: "Only one of the three 2012 trials showed longer OS; a model would turn a disputed result into a prediction." },
  { id: "no-competing", text: "Death is not modelled apart from progression; second cancers do not change progression.", why: "The endpoints count death as an event (PFS) or as published; no cause-specific data were available." },
];
