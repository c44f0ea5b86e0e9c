/**
 * Data for the `second-cancers` figure: second primary cancers per trial and arm, each measure
 * in its own panel with its own denominator and time frame, because the sources count them in
 * ways that cannot share an axis (patients by the report, rates per 100 patient-years, rates
 * at a time point, cumulative incidence). Missing values are recorded gaps, carried as such;
 * relative numbers (the 2014 hazard ratio) travel with the absolute incidences beside them.
 */
import { evidence, figure, gapFor } from "../evidence";
import type { EvidenceFigure } from "../evidence/schema";
import { formatAt, formatCi, formatP, formatValue } from "../lib/format";
import type { SpmView } from "../state/second-cancers";
import { sourcesFor } from "./sources";
import type { SourceLine } from "./types";

export type { SpmView };

/** How a panel's values are measured; each kind gets its own axis. */
export type SpmMeasure = "count" | "incidence_per_100py" | "rate_at" | "cumulative_incidence" | "percent";

export interface SpmValue {
  arm: string;
  lenalidomide: boolean;
  /** Position on the panel's axis (percent, rate or patients); null when not reported. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** As printed: "18 of 231 (8%)", "3.1 per 100 patient-years", "6.9% (95% CI 5.3–8.5)", "not reported". */
  text: string;
  /** Why the value is missing ("not reported in any source seen"), or null. */
  missing: string | null;
  gapId: string | null;
  figureIds: string[];
}

export interface SpmGroup {
  /** "Haematological", "Solid", or null for all second cancers. */
  label: string | null;
  values: SpmValue[];
}

export interface SpmPanel {
  id: string;
  views: SpmView[];
  /** "CALGB 100104", "2014 meta-analysis". */
  trial: string;
  /** What is measured, in words: "Patients with a second primary cancer". */
  heading: string;
  measure: SpmMeasure;
  /** The axis title with its unit. */
  axisLabel: string;
  /** "Denominator: patients in each arm (231 lenalidomide, 229 placebo)"; null when nothing is drawn. */
  denominator: string | null;
  /** "Time frame: by the 2012 report, median follow-up 34 months"; null when nothing is drawn. */
  timeFrame: string | null;
  /** A relative measure with its absolute numbers beside it, or null. */
  relative: string | null;
  groups: SpmGroup[];
  sources: SourceLine[];
  notes: string[];
}

export interface SecondCancerData {
  panels: SpmPanel[];
  sources: SourceLine[];
}

const NOT_REPORTED = "not reported";

interface ValueSpec {
  arm: string;
  lenalidomide: boolean;
  /** The number drawn; omitted for a gap. */
  id?: string;
  /** A count printed with its denominator and percent: "18 of 231 (8%)". */
  countId?: string;
  /** The gap key when `id` is omitted. */
  gap?: Parameters<typeof gapFor>[0];
  /** Why it is missing, when no gap record covers it. */
  missing?: string;
}

function value(spec: ValueSpec): SpmValue {
  if (!spec.id) {
    const gap = spec.gap ? gapFor(spec.gap) : null;
    if (spec.gap && !gap) throw new Error(`No recorded gap for ${JSON.stringify(spec.gap)}`);
    return {
      arm: spec.arm, lenalidomide: spec.lenalidomide, value: null, low: null, high: null, text: NOT_REPORTED,
      missing: spec.missing ?? "not reported in any source seen", gapId: gap?.id ?? null, figureIds: [],
    };
  }
  const f = figure(spec.id);
  let text = formatValue(f);
  const ci = formatCi(f);
  if (ci) text = `${text} (95% CI ${ci})`;
  if (spec.countId) {
    const c = figure(spec.countId);
    text = `${formatValue({ ...c, unit: null })} of ${c.n ?? "?"} (${text})`;
  }
  return {
    arm: spec.arm, lenalidomide: spec.lenalidomide, value: f.value, low: f.ci_low, high: f.ci_high, text,
    missing: null, gapId: null, figureIds: [f.id, ...(spec.countId ? [spec.countId] : [])],
  };
}

function followUp(f: EvidenceFigure): string {
  return f.followup_months === null ? "median follow-up not stated" : `median follow-up ${formatValue({ ...f, value: f.followup_months, unit: "months", qualifier: null })}`;
}

const n = (id: string) => formatValue({ ...figure(id), unit: null });

interface PanelSpec {
  id: string;
  views: SpmView[];
  trial: string;
  heading: (anchor: EvidenceFigure) => string;
  measure: SpmMeasure;
  axisLabel: string;
  denominator: () => string;
  timeFrame: (anchor: EvidenceFigure) => string;
  relativeId?: string;
  groups: { label: string | null; values: ValueSpec[] }[];
  /** Figure ids that support the denominator or time frame, for the source list. */
  supportIds?: string[];
  notes?: string[];
}

const LEN = "Lenalidomide";

const TYPE_ROWS = [
  { label: "Haematological", endpoint: "SPM-heme", slug: "heme" },
  { label: "Solid", endpoint: "SPM-solid", slug: "solid" },
  { label: "Non-melanoma skin", endpoint: "SPM-nmsc", slug: "nmsc" },
] as const;

const SPECS: PanelSpec[] = [
  {
    id: "calgb-2012-count", views: ["trials"], trial: "CALGB 100104", measure: "count",
    heading: () => "Patients with a second primary cancer",
    axisLabel: "% of patients in the arm",
    denominator: () => `Denominator: patients in each arm (${n("calgb-100104-population-n-lenalidomide-mccarthy-2012-nejm")} lenalidomide, ${n("calgb-100104-population-n-placebo-mccarthy-2012-nejm")} placebo)`,
    timeFrame: (f) => `Time frame: by the ${f.data_cut ?? "undated"} report, ${followUp(f)}`,
    groups: [{ label: null, values: [
      { arm: LEN, lenalidomide: true, id: "calgb-100104-spm-percent-lenalidomide-mccarthy-2012-nejm", countId: "calgb-100104-spm-count-lenalidomide-mccarthy-2012-nejm" },
      { arm: "Placebo", lenalidomide: false, id: "calgb-100104-spm-percent-placebo-mccarthy-2012-nejm", countId: "calgb-100104-spm-count-placebo-mccarthy-2012-nejm" },
    ] }],
    supportIds: ["calgb-100104-population-n-lenalidomide-mccarthy-2012-nejm"],
  },
  {
    id: "ifm-2012-rate", views: ["trials"], trial: "IFM 2005-02", measure: "incidence_per_100py",
    heading: () => "Second primary cancers per 100 patient-years",
    axisLabel: "Second cancers per 100 patient-years",
    denominator: () => `Denominator: patient-years of follow-up in each arm (totals not given); ${n("ifm-2005-02-population-n-all-attal-2012-nejm")} patients randomised`,
    timeFrame: (f) => `Time frame: follow-up to the ${f.data_cut ?? "undated"} report, ${followUp(f)}`,
    groups: [{ label: null, values: [
      { arm: LEN, lenalidomide: true, id: "ifm-2005-02-spm-incidence-per-100py-lenalidomide-attal-2012-nejm" },
      { arm: "Placebo", lenalidomide: false, gap: { study: "ifm-2005-02", endpoint: "SPM", measure: "incidence_per_100py", arm: "placebo" }, missing: "cut off in every stored copy of the abstract" },
    ] }],
    supportIds: ["ifm-2005-02-population-n-all-attal-2012-nejm"],
  },
  {
    id: "mm015-2012-rate", views: ["trials"], trial: "MM-015", measure: "rate_at",
    heading: (f) => `Patients with a second primary cancer ${formatAt(f.at_months) ?? "(time point not stated)"}`,
    axisLabel: "% of patients in the arm",
    denominator: () => `Denominator: patients in each arm (${n("mm-015-population-n-mpr-r-palumbo-2012-nejm")} MPR-R, ${n("mm-015-population-n-mpr-palumbo-2012-nejm")} MPR, ${n("mm-015-population-n-mp-palumbo-2012-nejm")} MP)`,
    timeFrame: (f) => `Time frame: rate ${formatAt(f.at_months) ?? "at a time point not stated"}, ${f.data_cut ?? "undated"} report, ${followUp(f)}`,
    groups: [{ label: null, values: [
      { arm: "MPR-R", lenalidomide: true, id: "mm-015-spm-rate-at-mpr-r-36m-palumbo-2012-nejm" },
      { arm: "MPR", lenalidomide: false, id: "mm-015-spm-rate-at-mpr-36m-palumbo-2012-nejm" },
      { arm: "MP", lenalidomide: false, id: "mm-015-spm-rate-at-mp-36m-palumbo-2012-nejm" },
    ] }],
    supportIds: ["mm-015-population-n-mpr-r-palumbo-2012-nejm"],
    notes: ["MPR-R had lenalidomide in induction and as maintenance; MPR had it in induction only; MP never."],
  },
  {
    id: "meta-2014-all", views: ["pooled"], trial: "2014 meta-analysis", measure: "cumulative_incidence",
    heading: (f) => `Cumulative incidence of second primary cancers ${formatAt(f.at_months) ?? ""}`.trim(),
    axisLabel: "% of patients (cumulative incidence)",
    denominator: () => `Denominator: ${n("spm-meta-2014-population-n-pooled-lenalidomide-palumbo-2014-lancet-oncol")} patients who received lenalidomide, ${n("spm-meta-2014-population-n-pooled-control-palumbo-2014-lancet-oncol")} who did not, in ${n("spm-meta-2014-trials-count-all-with-data-palumbo-2014-lancet-oncol")} trials of newly diagnosed myeloma`,
    timeFrame: (f) => `Time frame: cumulative ${formatAt(f.at_months) ?? "at a time point not stated"}`,
    relativeId: "spm-meta-2014-spm-hr-vs-pooled-control-palumbo-2014-lancet-oncol",
    groups: [{ label: null, values: [
      { arm: LEN, lenalidomide: true, id: "spm-meta-2014-spm-cumulative-incidence-pooled-lenalidomide-60m-palumbo-2014-lancet-oncol" },
      { arm: "No lenalidomide", lenalidomide: false, id: "spm-meta-2014-spm-cumulative-incidence-pooled-control-60m-palumbo-2014-lancet-oncol" },
    ] }],
    supportIds: ["spm-meta-2014-population-n-pooled-lenalidomide-palumbo-2014-lancet-oncol"],
    notes: ["Lenalidomide in any phase of treatment, not only as maintenance."],
  },
  {
    id: "meta-2017-type", views: ["pooled", "type"], trial: "2017 meta-analysis", measure: "cumulative_incidence",
    heading: () => "Cumulative incidence of second cancers before progression",
    axisLabel: "% of patients (cumulative incidence)",
    denominator: () => `Denominator: ${n("meta-2017-population-n-pooled-lenalidomide-mccarthy-2017-jco-meta")} patients with lenalidomide maintenance, ${n("meta-2017-population-n-pooled-control-mccarthy-2017-jco-meta")} with placebo or observation, after transplant`,
    timeFrame: (f) => `Time frame: before progression; time point not stated; ${followUp(f)} (surviving patients)`,
    groups: (["heme", "solid"] as const).map((slug) => ({
      label: slug === "heme" ? "Haematological" : "Solid",
      values: [
        { arm: LEN, lenalidomide: true, id: `meta-2017-spm-${slug}-cumulative-incidence-pooled-lenalidomide-before-progression-ascopost-2017-meta` },
        { arm: "Placebo or observation", lenalidomide: false, id: `meta-2017-spm-${slug}-cumulative-incidence-pooled-control-before-progression-ascopost-2017-meta` },
      ],
    })),
    supportIds: ["meta-2017-population-n-pooled-lenalidomide-mccarthy-2017-jco-meta"],
  },
  ...(["calgb-100104", "ifm-2005-02"] as const).map((study): PanelSpec => {
    const trial = study === "calgb-100104" ? "CALGB 100104" : "IFM 2005-02";
    return {
      id: `${study}-type`, views: ["type"], trial, measure: "count",
      heading: () => "Patients with a second cancer, by type",
      axisLabel: "Patients",
      denominator: () => study === "calgb-100104"
        ? `Denominator: the lenalidomide arm, ${n("calgb-100104-population-n-lenalidomide-mccarthy-2012-nejm")} patients`
        : `Denominator: the lenalidomide arm (its size is not in the trial abstract; ${n("ifm-2005-02-population-n-all-attal-2012-nejm")} randomised in both arms)`,
      timeFrame: (f) => `Time frame: by the ${f.data_cut ?? "undated"} report, ${followUp(f)}`,
      groups: TYPE_ROWS.map((r) => ({
        label: r.label,
        values: [
          { arm: LEN, lenalidomide: true, id: `${study}-spm-${r.slug}-count-lenalidomide-hindawi-2012-spm` },
          { arm: "Placebo", lenalidomide: false, gap: { study, endpoint: r.endpoint, measure: "count", arm: "placebo" }, missing: "the placebo row is not visible in the only source" },
        ],
      })),
      supportIds: [study === "calgb-100104" ? "calgb-100104-population-n-lenalidomide-mccarthy-2012-nejm" : "ifm-2005-02-population-n-all-attal-2012-nejm"],
      notes: ["Counts from a review table that restates the trial report; it shows the lenalidomide arm only."],
    };
  }),
  {
    id: "meta-2014-solid", views: ["type"], trial: "2014 meta-analysis", measure: "cumulative_incidence",
    heading: (f) => `Solid second cancers: cumulative incidence ${formatAt(f.at_months) ?? ""}`.trim(),
    axisLabel: "% of patients (cumulative incidence)",
    denominator: () => `Denominator: ${n("spm-meta-2014-population-n-pooled-lenalidomide-palumbo-2014-lancet-oncol")} patients who received lenalidomide, ${n("spm-meta-2014-population-n-pooled-control-palumbo-2014-lancet-oncol")} who did not`,
    timeFrame: (f) => `Time frame: cumulative ${formatAt(f.at_months) ?? "at a time point not stated"}`,
    groups: [{ label: "Solid", values: [
      { arm: LEN, lenalidomide: true, id: "spm-meta-2014-spm-solid-cumulative-incidence-pooled-lenalidomide-60m-palumbo-2014-lancet-oncol" },
      { arm: "No lenalidomide", lenalidomide: false, gap: { study: "spm-meta-2014", endpoint: "SPM-solid", measure: "cumulative_incidence", arm: "pooled-control" }, missing: "cut off in every stored copy of the abstract" },
    ] }],
    supportIds: ["spm-meta-2014-population-n-pooled-lenalidomide-palumbo-2014-lancet-oncol"],
  },
  {
    id: "meta-2014-heme", views: ["type"], trial: "2014 meta-analysis", measure: "percent",
    heading: () => "Haematological second cancers, time point not stated",
    axisLabel: "% of patients",
    denominator: () => `Denominator: ${n("spm-meta-2014-population-n-pooled-lenalidomide-palumbo-2014-lancet-oncol")} patients who received lenalidomide, ${n("spm-meta-2014-population-n-pooled-control-palumbo-2014-lancet-oncol")} who did not`,
    timeFrame: () => "Time frame: not stated in the citing text",
    groups: [{ label: "Haematological", values: [
      { arm: LEN, lenalidomide: true, id: "spm-meta-2014-spm-heme-percent-pooled-lenalidomide-jones-2016-bcj" },
      { arm: "No lenalidomide", lenalidomide: false, id: "spm-meta-2014-spm-heme-percent-pooled-control-jones-2016-bcj" },
    ] }],
    supportIds: ["spm-meta-2014-population-n-pooled-lenalidomide-palumbo-2014-lancet-oncol"],
    notes: ["Seen only in a later article citing the meta-analysis; which value belongs to which arm is inferred from the order of the sentence."],
  },
];

/** MM-015 has no per-arm counts by type from its primary paper: a panel that says so. */
function mm015TypeGap(): SpmPanel {
  const gap = evidence.gaps.find((g) => g.id === "mm015-os-hr");
  if (!gap) throw new Error("The MM-015 gap record (mm015-os-hr) is missing");
  return {
    id: "mm-015-type", views: ["type"], trial: "MM-015", heading: "Second cancers by type", measure: "count", axisLabel: "Patients",
    denominator: null, timeFrame: null, relative: null,
    groups: [{ label: null, values: [
      { arm: "All arms", lenalidomide: false, value: null, low: null, high: null, text: NOT_REPORTED, missing: "per-arm counts by type were not found in the primary paper; a review table row with an unclear arm label is held back", gapId: gap.id, figureIds: [] },
    ] }],
    sources: [], notes: [],
  };
}

function relativeText(id: string, groups: SpmGroup[]): string {
  const f = figure(id);
  const ci = formatCi(f);
  const p = formatP(f.p);
  const absolute = groups.flatMap((g) => g.values).map((v) => `${v.text} (${v.arm.toLowerCase()})`).join(" vs ");
  return `Hazard ratio ${formatValue(f)} (95% CI ${ci ?? "not reported"})${p ? `, ${p}` : ""}, ${f.contrast ?? "comparison"}: more second cancers with lenalidomide. In absolute terms: ${absolute}.`;
}

function buildPanel(spec: PanelSpec): SpmPanel {
  const groups: SpmGroup[] = spec.groups.map((g) => ({ label: g.label, values: g.values.map(value) }));
  const anchorId = groups.flatMap((g) => g.values).find((v) => v.figureIds.length > 0)?.figureIds[0];
  if (!anchorId) throw new Error(`Panel ${spec.id} has no number`);
  const anchor = figure(anchorId);
  const ids = [...groups.flatMap((g) => g.values.flatMap((v) => v.figureIds)), ...(spec.relativeId ? [spec.relativeId] : []), ...(spec.supportIds ?? [])];
  return {
    id: spec.id,
    views: spec.views,
    trial: spec.trial,
    heading: spec.heading(anchor),
    measure: spec.measure,
    axisLabel: spec.axisLabel,
    denominator: spec.denominator(),
    timeFrame: spec.timeFrame(anchor),
    relative: spec.relativeId ? relativeText(spec.relativeId, groups) : null,
    groups,
    sources: sourcesFor(ids),
    notes: spec.notes ?? [],
  };
}

export function secondCancerData(): SecondCancerData {
  const built = SPECS.map(buildPanel);
  const order = ["calgb-2012-count", "ifm-2012-rate", "mm015-2012-rate", "meta-2014-all", "calgb-100104-type", "ifm-2005-02-type", "mm-015-type", "meta-2014-solid", "meta-2014-heme", "meta-2017-type"];
  const panels = [...built, mm015TypeGap()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const seen = new Map<string, SourceLine>();
  for (const p of panels) for (const s of p.sources) if (!seen.has(s.display)) seen.set(s.display, s);
  return { panels, sources: [...seen.values()] };
}
