/**
 * Data for the `survival-curves` figure: for each trial, endpoint and report, one curve per arm
 * reconstructed from the report's published medians and landmark rates (src/model/reconstruct.ts),
 * the published points themselves with their sources, the report's follow-up (the curves stop
 * there), and — where no curve can be drawn — the reason and what is known instead. Every view
 * is built from one report: points from different data cuts are never combined in one curve.
 */
import { figure, gapFor, publication, study } from "../evidence";
import type { EvidenceFigure } from "../evidence/schema";
import { formatValue } from "../lib/format";
import { reconstruct, sampleCurve, type KnownPoint } from "../model/reconstruct";
import { sourceLine, sourcesFor } from "./sources";
import type { SourceLine } from "./types";

import { SURVIVAL_CUTS as CUTS, SURVIVAL_ENDPOINTS as ENDPOINTS, SURVIVAL_TRIALS as TRIALS } from "../state/survival-curves";

export type TrialKey = (typeof TRIALS)[number];
export type Endpoint = (typeof ENDPOINTS)[number];
export type Cut = (typeof CUTS)[number];
export type TimeUnit = "months" | "years";

/** A published point as drawn: a median (at 50%), a landmark rate, or a bound (">70%"). */
export interface PublishedMark {
  kind: "median" | "landmark" | "bound";
  /** Time in the view's unit. */
  t: number;
  /** Percent without the event at `t`: 50 for a median, the rate for a landmark, the limit for a bound. */
  pct: number;
  /** The label: "median 41 months", "68% at 60 months", ">70% at 48 months". */
  text: string;
  figureId: string;
  /** Index into the view's sources (1-based numbers are printed when a view has several). */
  source: number;
}

/** A point of a sampled reconstruction: time in the view's unit, percent without the event. */
export interface CurveSample { t: number; pct: number }

export interface ArmCurve {
  armId: string;
  label: string;
  lenalidomide: boolean;
  /** Line pattern: 0 lenalidomide, 1 and 2 the comparators (MM-015 has two). */
  style: 0 | 1 | 2;
  /** Patients in the arm, when the report gives it. */
  n: number | null;
  /** The reconstruction through the published points; empty when no curve can be drawn. */
  through: CurveSample[];
  /** The last segment's hazard carried on to the follow-up; empty when the curve ends at its last point. */
  extension: CurveSample[];
  marks: PublishedMark[];
  /** "median not reached", when the report says so. */
  notReached: string | null;
  /** Why this arm has no curve, in words; null when it has one. */
  noCurve: string | null;
}

export interface CurveView {
  /** `${trial}:${endpoint}:${cut}` */
  key: string;
  trial: TrialKey;
  trialName: string;
  endpoint: Endpoint;
  cut: Cut;
  /** False when the evidence holds no report of this kind for the trial and endpoint. */
  available: boolean;
  endpointLabel: "TTP" | "PFS" | "OS" | null;
  /** "Time to progression (TTP), counted from transplant". */
  endpointName: string;
  timeUnit: TimeUnit;
  /** "Months from transplant". */
  axisLabel: string;
  /** "% without progression" or "% alive". */
  yLabel: string;
  /** Which report, in words: "2012 trial report", "2017 US label analysis, cutoff 1 Feb 2016". */
  report: string;
  /** The report in brief for the data-cut control: "2012, median follow-up 45 months". */
  choice: string;
  /** The report's median follow-up: where it sits on the axis and how the source gave it. */
  followUp: { at: number; text: string; value: string; detail: string | null; source: number } | null;
  /** Where the time axis ends: the later of the follow-up and the last published point. */
  axisEnd: number;
  arms: ArmCurve[];
  /** The view's sources as printed ("McCarthy et al., N Engl J Med 2012"); marks point into this list. */
  sources: string[];
  /** Why a curve cannot be drawn for some or all arms; null when every arm has a curve. */
  gap: { text: string; gapId: string | null } | null;
  /** What is known instead, where no curve can be drawn. */
  known: string[];
  notes: string[];
}

export interface SurvivalCurveData {
  views: CurveView[];
  trials: { id: TrialKey; name: string }[];
  cuts: { id: Cut; label: string }[];
  sources: SourceLine[];
}

interface ArmSpec {
  armId: string;
  label: string;
  lenalidomide: boolean;
  style: 0 | 1 | 2;
  /** Median figure id (may be "not reached"). */
  median?: string;
  /** Landmark-rate figure ids (measure rate_at); a qualifier makes them bounds. */
  rates?: string[];
}

interface ViewSpec {
  trial: TrialKey;
  endpoint: Endpoint;
  cut: Cut;
  endpointLabel: "TTP" | "PFS" | "OS";
  endpointName: string;
  axisLabel: string;
  /** The kind of report in words, no numbers: its year, cutoff and follow-up come from the evidence. */
  report: string;
  followUpId: string | null;
  /** Why the follow-up is missing, when it is. */
  noFollowUp?: string;
  arms: ArmSpec[];
  /** A recorded gap that explains what is missing. */
  gapKey?: Parameters<typeof gapFor>[0];
  /** Our words for what cannot be drawn, when no arm has a curve or some arms lack one. */
  gapText?: string;
  /** Figure ids of what is known when no curve can be drawn. */
  known?: { text: (f: (id: string) => EvidenceFigure) => string; ids: string[] }[];
  notes?: string[];
}

const NAMES: Record<TrialKey, string> = {
  "calgb-100104": "CALGB 100104",
  "ifm-2005-02": "IFM 2005-02",
  "mm-015": "MM-015",
  "meta-2017": "2017 meta-analysis",
};

const CUT_LABELS: Record<Cut, string> = {
  "2012": "2012 reports",
  latest: "Latest trial report",
  label: "US label analysis",
};

const TTP = "Time to progression (TTP), counted from transplant";
const PFS_RANDOM = "Progression-free survival (PFS), counted from randomisation";
const LABEL_PFS = "Progression-free survival (PFS) counted from randomisation, as re-analysed for the US label";
const MM015_PFS = "Progression-free survival (PFS), counted from randomisation at diagnosis, before induction";
const META_PFS = "Progression-free survival (PFS), pooled across CALGB 100104, IFM 2005-02 and GIMEMA RV-MM-PI-209";
const OS = "Overall survival (OS)";
const LABEL_OS = "Overall survival (OS), descriptive analysis for the US label";
const NO_NEW = "No later report of this endpoint is in the evidence base; this is the same report as the 2012 view.";

const calgbArms = (median: (arm: string) => string): ArmSpec[] => [
  { armId: "lenalidomide", label: "Lenalidomide", lenalidomide: true, style: 0, median: median("lenalidomide") },
  { armId: "placebo", label: "Placebo", lenalidomide: false, style: 1, median: median("placebo") },
];

const mm015Arms = (median: (arm: string) => string): ArmSpec[] => [
  { armId: "MPR-R", label: "MPR-R", lenalidomide: true, style: 0, median: median("mpr-r") },
  { armId: "MPR", label: "MPR", lenalidomide: false, style: 1, median: median("mpr") },
  { armId: "MP", label: "MP", lenalidomide: false, style: 2, median: median("mp") },
];

const SPECS: ViewSpec[] = [
  // CALGB 100104
  { trial: "calgb-100104", endpoint: "progression", cut: "2012", endpointLabel: "TTP", endpointName: TTP, axisLabel: "Months from transplant",
    report: "trial report", followUpId: "calgb-100104-follow-up-median-all-mccarthy-2012-nejm",
    arms: calgbArms((a) => `calgb-100104-ttp-median-${a}-mccarthy-2012-nejm`) },
  { trial: "calgb-100104", endpoint: "progression", cut: "latest", endpointLabel: "TTP", endpointName: TTP, axisLabel: "Months from transplant",
    report: "trial update", followUpId: "calgb-100104-follow-up-median-all-holstein-2017-lancet-haematol",
    arms: calgbArms((a) => `calgb-100104-ttp-median-${a}-holstein-2017-lancet-haematol`),
    notes: ["When the trial was unblinded early, most placebo patients still free of progression crossed over to lenalidomide."] },
  { trial: "calgb-100104", endpoint: "progression", cut: "label", endpointLabel: "PFS", endpointName: LABEL_PFS, axisLabel: "Years from randomisation",
    report: "US label analysis", followUpId: null, noFollowUp: "Follow-up not reported for this analysis: the curves stop at the last published point.",
    arms: calgbArms((a) => `calgb-100104-pfs-median-${a}-acn-revlimid-ad`),
    notes: ["A different endpoint and clock from the trial's own time to progression: do not compare with the other views."] },
  { trial: "calgb-100104", endpoint: "survival", cut: "2012", endpointLabel: "OS", endpointName: OS, axisLabel: "Months",
    report: "trial report", followUpId: "calgb-100104-follow-up-median-all-mccarthy-2012-nejm", arms: [],
    gapKey: { study: "calgb-100104", endpoint: "OS", measure: "HR", arm: "comparison", data_cut: 2012 },
    gapText: "No survival curve can be drawn: the 2012 report gives no median survival and no survival rate at a time point.",
    known: [{ ids: ["calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm", "calgb-100104-deaths-percent-lenalidomide-mccarthy-2012-nejm", "calgb-100104-deaths-count-placebo-mccarthy-2012-nejm", "calgb-100104-deaths-percent-placebo-mccarthy-2012-nejm"],
      text: (f) => `Died by the report: ${countOf(f("calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm"), f("calgb-100104-deaths-percent-lenalidomide-mccarthy-2012-nejm"))} with lenalidomide, ${countOf(f("calgb-100104-deaths-count-placebo-mccarthy-2012-nejm"), f("calgb-100104-deaths-percent-placebo-mccarthy-2012-nejm"))} with placebo.` }] },
  { trial: "calgb-100104", endpoint: "survival", cut: "latest", endpointLabel: "OS", endpointName: OS, axisLabel: "Months",
    report: "trial update", followUpId: "calgb-100104-follow-up-median-all-holstein-2017-lancet-haematol", arms: [],
    gapKey: { study: "calgb-100104", endpoint: "OS", measure: "median", arm: "lenalidomide", data_cut: 2017 },
    gapText: "No survival curve can be drawn: the readable part of the 2017 update gives no median survival and no survival rate. The US label analysis has survival medians." },
  { trial: "calgb-100104", endpoint: "survival", cut: "label", endpointLabel: "OS", endpointName: LABEL_OS, axisLabel: "Years",
    report: "US label analysis", followUpId: "calgb-100104-follow-up-median-all-label-os-revlimid-hcp",
    arms: [
      { armId: "lenalidomide", label: "Lenalidomide", lenalidomide: true, style: 0, median: "calgb-100104-os-median-lenalidomide-oncologytimes-2017-fda" },
      { armId: "placebo", label: "Placebo", lenalidomide: false, style: 1, median: "calgb-100104-os-median-placebo-cta-2017-fda" },
    ],
    notes: ["Many placebo patients crossed over to lenalidomide after the trial was unblinded, which narrows any survival difference."] },

  // IFM 2005-02
  { trial: "ifm-2005-02", endpoint: "progression", cut: "2012", endpointLabel: "PFS", endpointName: PFS_RANDOM, axisLabel: "Months from randomisation",
    report: "trial report", followUpId: "ifm-2005-02-follow-up-median-all-attal-2012-nejm",
    arms: calgbArms((a) => `ifm-2005-02-pfs-median-${a}-attal-2012-nejm`) },
  { trial: "ifm-2005-02", endpoint: "progression", cut: "latest", endpointLabel: "PFS", endpointName: PFS_RANDOM, axisLabel: "Months from randomisation",
    report: "analysis in a meeting abstract", followUpId: "ifm-2005-02-follow-up-median-all-ifm-2013-ash-3312",
    arms: calgbArms((a) => `ifm-2005-02-pfs-median-${a}-ifm-2013-ash-3312`),
    notes: ["Lenalidomide was stopped early for every patient, because of second cancers."] },
  { trial: "ifm-2005-02", endpoint: "progression", cut: "label", endpointLabel: "PFS", endpointName: LABEL_PFS, axisLabel: "Years from randomisation",
    report: "US label analysis", followUpId: null, noFollowUp: "Follow-up not reported for this analysis: the curves stop at the last published point.",
    arms: calgbArms((a) => `ifm-2005-02-pfs-median-${a}-acn-revlimid-ad`) },
  { trial: "ifm-2005-02", endpoint: "survival", cut: "2012", endpointLabel: "OS", endpointName: OS, axisLabel: "Months from randomisation",
    report: "trial report", followUpId: "ifm-2005-02-follow-up-median-all-attal-2012-nejm",
    arms: [
      { armId: "lenalidomide", label: "Lenalidomide", lenalidomide: true, style: 0, rates: ["ifm-2005-02-os-rate-at-lenalidomide-48m-attal-2012-nejm"] },
      { armId: "placebo", label: "Placebo", lenalidomide: false, style: 1, rates: ["ifm-2005-02-os-rate-at-placebo-48m-attal-2012-nejm"] },
    ],
    gapKey: { study: "ifm-2005-02", endpoint: "OS", measure: "HR", arm: "comparison", data_cut: 2012 },
    gapText: "No survival curve can be drawn: the 2012 report gives only a bound for each arm, not a value. Exact survival per arm was not reported." },
  { trial: "ifm-2005-02", endpoint: "survival", cut: "latest", endpointLabel: "OS", endpointName: OS, axisLabel: "Months from randomisation",
    report: "analysis in a meeting abstract", followUpId: "ifm-2005-02-follow-up-median-all-from-randomization-ifm-2013-ash-406",
    arms: [
      { armId: "lenalidomide", label: "Lenalidomide", lenalidomide: true, style: 0, rates: ["ifm-2005-02-os-rate-at-lenalidomide-60m-ifm-2013-ash-406"] },
      { armId: "placebo", label: "Placebo", lenalidomide: false, style: 1, rates: ["ifm-2005-02-os-rate-at-placebo-60m-ifm-2013-ash-406"] },
    ] },
  { trial: "ifm-2005-02", endpoint: "survival", cut: "label", endpointLabel: "OS", endpointName: LABEL_OS, axisLabel: "Years",
    report: "US label analysis", followUpId: "ifm-2005-02-follow-up-median-all-label-os-revlimid-hcp",
    arms: calgbArms((a) => `ifm-2005-02-os-median-${a}-cta-2017-fda`) },

  // MM-015
  { trial: "mm-015", endpoint: "progression", cut: "2012", endpointLabel: "PFS", endpointName: MM015_PFS, axisLabel: "Months from randomisation",
    report: "trial report", followUpId: "mm-015-follow-up-median-all-palumbo-2012-nejm",
    arms: mm015Arms((a) => `mm-015-pfs-median-${a}-palumbo-2012-nejm`),
    notes: ["Only MPR-R against MPR isolates maintenance; MP had no lenalidomide at any point."] },
  { trial: "mm-015", endpoint: "progression", cut: "latest", endpointLabel: "PFS", endpointName: MM015_PFS, axisLabel: "Months from randomisation",
    report: "trial report", followUpId: "mm-015-follow-up-median-all-palumbo-2012-nejm",
    arms: mm015Arms((a) => `mm-015-pfs-median-${a}-palumbo-2012-nejm`), notes: [NO_NEW] },
  { trial: "mm-015", endpoint: "survival", cut: "2012", endpointLabel: "OS", endpointName: OS, axisLabel: "Months from randomisation",
    report: "data cut, reported in a later meeting abstract", followUpId: "mm-015-follow-up-median-all-mm015-2013-ash-405",
    arms: mm015Arms((a) => `mm-015-os-median-${a}-mm015-2013-ash-405`) },
  { trial: "mm-015", endpoint: "survival", cut: "latest", endpointLabel: "OS", endpointName: OS, axisLabel: "Months from randomisation",
    report: "data cut, reported in a later meeting abstract", followUpId: "mm-015-follow-up-median-all-mm015-2013-ash-405",
    arms: mm015Arms((a) => `mm-015-os-median-${a}-mm015-2013-ash-405`), notes: [NO_NEW] },

  // 2017 meta-analysis
  { trial: "meta-2017", endpoint: "progression", cut: "latest", endpointLabel: "PFS", endpointName: META_PFS, axisLabel: "Months",
    report: "patient-level meta-analysis", followUpId: "meta-2017-follow-up-median-all-survivors-mccarthy-2017-jco-meta",
    arms: [
      { armId: "pooled-lenalidomide", label: "Lenalidomide", lenalidomide: true, style: 0, median: "meta-2017-pfs-median-pooled-lenalidomide-mccarthy-2017-jco-meta" },
      { armId: "pooled-control", label: "Placebo or observation", lenalidomide: false, style: 1, median: "meta-2017-pfs-median-pooled-control-mccarthy-2017-jco-meta" },
    ],
    notes: ["The pooled trials counted progression on different clocks."] },
  { trial: "meta-2017", endpoint: "survival", cut: "latest", endpointLabel: "OS", endpointName: OS, axisLabel: "Months",
    report: "patient-level meta-analysis", followUpId: "meta-2017-follow-up-median-all-survivors-mccarthy-2017-jco-meta",
    arms: [
      { armId: "pooled-lenalidomide", label: "Lenalidomide", lenalidomide: true, style: 0, median: "meta-2017-os-median-pooled-lenalidomide-mccarthy-2017-jco-meta", rates: ["meta-2017-os-rate-at-pooled-lenalidomide-84m-myelomauk-2017-meta"] },
      { armId: "pooled-control", label: "Placebo or observation", lenalidomide: false, style: 1, median: "meta-2017-os-median-pooled-control-ascopost-2017-meta", rates: ["meta-2017-os-rate-at-pooled-control-84m-myelomauk-2017-meta"] },
    ],
    notes: ["The survival numbers come from news reports of the meta-analysis; its own abstract was not readable."] },
];

function countOf(count: EvidenceFigure, percent: EvidenceFigure): string {
  return `${formatValue({ ...count, unit: null })} of ${count.n ?? "?"} (${formatValue(percent)})`;
}

/**
 * The analysis a figure belongs to: its stated cutoff when there is one (several news items
 * restate one label analysis), else the original publication (for restatements) and data cut.
 */
function reportOf(f: EvidenceFigure): string {
  if (f.cutoff) return `${f.study} cutoff ${f.cutoff}`;
  return `${f.reports ?? f.publication}@${f.data_cut ?? "?"}`;
}

/** Months of follow-up placed on a years axis: a layout position only; the label keeps the source's months. */
export function followUpOnAxis(f: EvidenceFigure, unit: TimeUnit): number {
  if (f.value === null) throw new Error(`Follow-up ${f.id} has no value`);
  if (f.unit === unit) return f.value;
  if (f.unit === "months" && unit === "years") return f.value / 12;
  throw new Error(`Follow-up ${f.id} is in ${f.unit}; cannot place it on a ${unit} axis`);
}


/** "2012 trial report", "2017 US label analysis, cutoff 1 Feb 2016": year and cutoff from the evidence. */
function reportText(spec: ViewSpec, f: EvidenceFigure): string {
  return `${f.data_cut ?? "Undated"} ${spec.report}${f.cutoff ? `, cutoff ${f.cutoff}` : ""}`;
}

function atText(months: number): string {
  return `at ${months} months`;
}

interface BuiltMark { mark: Omit<PublishedMark, "source">; figure: EvidenceFigure }

function marksFor(spec: ArmSpec): { marks: BuiltMark[]; notReached: EvidenceFigure | null } {
  const marks: BuiltMark[] = [];
  let notReached: EvidenceFigure | null = null;
  if (spec.median) {
    const f = figure(spec.median);
    if (f.measure !== "median") throw new Error(`${f.id} is not a median`);
    if (f.qualifier === "not reached") notReached = f;
    else if (f.value !== null) marks.push({ figure: f, mark: { kind: "median", t: f.value, pct: 50, text: `median ${formatValue(f)}`, figureId: f.id } });
  }
  for (const id of spec.rates ?? []) {
    const f = figure(id);
    if (f.measure !== "rate_at" || f.at_months === null || f.value === null || f.unit !== "percent") throw new Error(`${f.id} is not a landmark rate in percent with a time point`);
    const bound = f.qualifier !== null;
    marks.push({ figure: f, mark: { kind: bound ? "bound" : "landmark", t: f.at_months, pct: f.value, text: `${formatValue(f)} ${atText(f.at_months)}`, figureId: f.id } });
  }
  return { marks, notReached };
}

function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

function buildView(spec: ViewSpec): { view: CurveView; lines: SourceLine[] } {
  study(spec.trial);
  const followUpFig = spec.followUpId ? figure(spec.followUpId) : null;
  const built = spec.arms.map((a) => ({ spec: a, ...marksFor(a) }));
  const allFigures = built.flatMap((b) => [...(b.notReached ? [b.notReached] : []), ...b.marks.map((m) => m.figure)]);

  // One report per view: every point from the same original publication and data cut.
  const reports = new Set(allFigures.map(reportOf));
  if (reports.size > 1) throw new Error(`View ${spec.trial}:${spec.endpoint}:${spec.cut} mixes reports: ${[...reports].join(", ")}`);
  // One time unit per view: medians keep the source's unit; landmarks are in months.
  const units = new Set(built.flatMap((b) => b.marks.map((m) => (m.mark.kind === "median" ? m.figure.unit : "months"))));
  if (units.size > 1) throw new Error(`View ${spec.trial}:${spec.endpoint}:${spec.cut} mixes time units`);
  const timeUnit: TimeUnit = units.has("years") ? "years" : "months";

  const knownIds = (spec.known ?? []).flatMap((k) => k.ids);
  const lines = sourcesFor([...allFigures.map((f) => f.id), ...knownIds, ...(followUpFig ? [followUpFig.id] : [])]);
  const sources = lines.map((l) => l.display);
  const sourceIndex = (id: string) => Math.max(0, sources.indexOf(sourceLine(id).display));
  const followUp = followUpFig ? {
    at: followUpOnAxis(followUpFig, timeUnit), text: `median follow-up ${formatValue(followUpFig)}`, value: formatValue(followUpFig),
    detail: spec.cut === "label" ? null : followUpFig.subgroup, source: sourceIndex(followUpFig.id),
  } : null;

  const arms: ArmCurve[] = built.map(({ spec: a, marks, notReached }) => {
    const values = marks.filter((m) => m.mark.kind !== "bound");
    const points: KnownPoint[] = values.map((m) => ({ t: m.mark.t, s: m.mark.pct / 100 }));
    let through: CurveSample[] = [];
    let extension: CurveSample[] = [];
    let noCurve: string | null = null;
    if (points.length > 0) {
      const rec = reconstruct(points, followUp?.at ?? null);
      // One sample every two months (or two a year on a years axis) draws these gentle curves smoothly.
      const sampled = sampleCurve(rec, timeUnit === "years" ? 2 : 0.5);
      const toSample = (p: KnownPoint): CurveSample => ({ t: round(p.t, 3), pct: round(p.s * 100, 2) });
      through = sampled.through.map(toSample);
      extension = sampled.extension.map(toSample);
    } else if (marks.some((m) => m.mark.kind === "bound")) {
      noCurve = "only a bound was published, not a value";
    } else if (notReached) {
      noCurve = "median not reached and no survival rate published";
    } else {
      noCurve = "no median or rate published";
    }
    const n = [...marks.map((m) => m.figure), ...(notReached ? [notReached] : [])].find((f) => f.n !== null)?.n ?? null;
    return {
      armId: a.armId, label: a.label, lenalidomide: a.lenalidomide, style: a.style, n,
      through, extension,
      marks: marks.map((m) => ({ ...m.mark, source: sourceIndex(m.figure.id) })),
      notReached: notReached ? "median not reached" : null,
      noCurve,
    };
  });

  const lastPoint = Math.max(0, ...arms.flatMap((a) => a.marks.map((m) => m.t)), ...arms.flatMap((a) => a.extension.map((s) => s.t)));
  const axisEnd = Math.max(lastPoint, followUp?.at ?? 0);
  const gapRecord = spec.gapKey ? gapFor(spec.gapKey) : null;
  if (spec.gapKey && !gapRecord) throw new Error(`No recorded gap for ${JSON.stringify(spec.gapKey)}`);
  const partial = arms.some((a) => a.noCurve !== null) || arms.length === 0;
  const gap = partial ? { text: spec.gapText ?? `No curve for ${arms.filter((a) => a.noCurve).map((a) => a.label).join(", ")}.`, gapId: gapRecord?.id ?? null } : null;
  const f = (id: string) => figure(id);
  const anchor = allFigures[0] ?? followUpFig;
  if (!anchor) throw new Error(`View ${spec.trial}:${spec.endpoint}:${spec.cut} has no figure to date it`);
  const view: CurveView = {
    key: `${spec.trial}:${spec.endpoint}:${spec.cut}`,
    trial: spec.trial,
    trialName: NAMES[spec.trial],
    endpoint: spec.endpoint,
    cut: spec.cut,
    available: true,
    endpointLabel: spec.endpointLabel,
    endpointName: spec.endpointName,
    timeUnit,
    axisLabel: spec.axisLabel,
    yLabel: spec.endpoint === "progression" ? "% without progression" : "% alive",
    report: reportText(spec, anchor),
    choice: `${anchor.data_cut ?? "undated"}, ${followUp ? followUp.text : "follow-up not reported"}`,
    followUp,
    axisEnd,
    arms,
    sources,
    gap,
    known: (spec.known ?? []).map((k) => k.text(f)),
    notes: [...(followUp ? [] : spec.noFollowUp ? [spec.noFollowUp] : []), ...(spec.notes ?? [])],
  };
  return { view, lines };
}

function missingView(trial: TrialKey, endpoint: Endpoint, cut: Cut): CurveView {
  const first = study(trial).design.sources[0];
  const year = first ? publication(first).year : null;
  const name = trial === "meta-2017" ? `the ${NAMES[trial]}` : NAMES[trial];
  const what = cut === "2012"
    ? `${name.charAt(0).toUpperCase()}${name.slice(1)} has no 2012 report${year ? `: it was published in ${year}` : ""}.`
    : cut === "label"
      ? `No US label analysis of ${name} is in the evidence base.`
      : `No later report of ${name} is in the evidence base.`;
  return {
    key: `${trial}:${endpoint}:${cut}`, trial, trialName: NAMES[trial], endpoint, cut, available: false,
    endpointLabel: null, endpointName: endpoint === "progression" ? "Progression" : "Overall survival (OS)",
    timeUnit: "months", axisLabel: "Months", yLabel: endpoint === "progression" ? "% without progression" : "% alive",
    report: CUT_LABELS[cut], choice: "not in the evidence base", followUp: null, axisEnd: 0, arms: [], sources: [],
    gap: { text: what, gapId: null }, known: [], notes: [],
  };
}

export function survivalCurveData(): SurvivalCurveData {
  const views: CurveView[] = [];
  const seen = new Map<string, SourceLine>();
  for (const trial of TRIALS) for (const endpoint of ENDPOINTS) for (const cut of CUTS) {
    const spec = SPECS.find((s) => s.trial === trial && s.endpoint === endpoint && s.cut === cut);
    if (!spec) {
      views.push(missingView(trial, endpoint, cut));
      continue;
    }
    const { view, lines } = buildView(spec);
    views.push(view);
    for (const l of lines) if (!seen.has(l.display)) seen.set(l.display, l);
  }
  return {
    views,
    trials: TRIALS.map((id) => ({ id, name: NAMES[id] })),
    cuts: CUTS.map((id) => ({ id, label: CUT_LABELS[id] })),
    sources: [...seen.values()],
  };
}
