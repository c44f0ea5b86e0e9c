/**
 * Data for the `pfs-os-hazard-ratios` figure: for each trial, the hazard ratio for
 * progression and for death with its CI where published, the absolute numbers behind it,
 * and — where no hazard ratio was published — the recorded gap. Two report sets: the 2012
 * reports the argument was made on, and the latest report the evidence holds for each.
 */
import { figure, gapFor, study } from "../evidence";
import type { EvidenceFigure } from "../evidence/schema";
import { formatCi, formatP, formatValue } from "../lib/format";
import { sourcesFor } from "./sources";
import type { SourceLine } from "./types";

export type Cut = "2012" | "latest";
export type Endpoint = "progression" | "survival";

export interface ArmValue {
  /** Arm label as the chart prints it. */
  label: string;
  /** Whether this is the lenalidomide-maintenance arm (drawn in the lenalidomide colour). */
  lenalidomide: boolean;
  /** The number, or null when "not reached". */
  value: number | null;
  /** Printed value with qualifier and unit: ">70%", "46 months", "35 of 231 (15%)". */
  text: string;
  /** True when the source gave a bound (">70%") rather than a value. */
  bound: boolean;
  figureId: string;
}

export interface HazardRatioRow {
  id: string;
  cut: Cut;
  studyId: string;
  trial: string;
  endpoint: Endpoint;
  /** TTP, PFS or OS, as the trial measured it. */
  endpointLabel: string;
  /** Which clock the endpoint uses, when it matters. */
  endpointNote: string | null;
  contrast: string;
  /** Year of the report and follow-up: "2012 report, 34-month median follow-up". */
  report: string;
  year: number;
  hr: { value: number; low: number | null; high: number | null; text: string; ci: string | null; p: string | null; figureId: string } | null;
  /** Why no hazard ratio is drawn: "OS hazard ratio not reported in the 2012 report". */
  missing: string | null;
  gapId: string | null;
  /** What the absolute numbers measure, e.g. "Median time to progression (months)". */
  absoluteMeasure: string;
  /** Axis unit for the absolute view; rows share a panel only when this matches. */
  absoluteUnit: "months" | "years" | "percent";
  arms: ArmValue[];
  /** "median 46 vs 27 months" — printed beside the HR. */
  absoluteText: string;
  sources: SourceLine[];
}

export interface HazardRatioData {
  rows: HazardRatioRow[];
  sources: Record<Cut, SourceLine[]>;
}

interface ArmSpec { label: string; lenalidomide: boolean; id: string; countId?: string }
interface RowSpec {
  cut: Cut;
  studyId: string;
  trial: string;
  endpoint: Endpoint;
  endpointLabel: string;
  endpointNote?: string;
  hrId: string | null;
  /** Shown when no HR and no recorded gap covers the cell. */
  missingText?: string;
  absoluteMeasure: string;
  arms: ArmSpec[];
}

const CALGB = "CALGB 100104";
const IFM = "IFM 2005-02";
const MM015 = "MM-015";
const META = "2017 meta-analysis";
const TTP_NOTE = "time to progression, counted from transplant";
const LABEL_PFS_NOTE = "PFS from randomisation, US label analysis";

const SPECS: RowSpec[] = [
  { cut: "2012", studyId: "calgb-100104", trial: CALGB, endpoint: "progression", endpointLabel: "TTP", endpointNote: TTP_NOTE, hrId: null,
    absoluteMeasure: "Median time to progression", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm" },
      { label: "Placebo", lenalidomide: false, id: "calgb-100104-ttp-median-placebo-mccarthy-2012-nejm" }] },
  { cut: "2012", studyId: "calgb-100104", trial: CALGB, endpoint: "survival", endpointLabel: "OS", hrId: null,
    absoluteMeasure: "Died by the report", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "calgb-100104-deaths-percent-lenalidomide-mccarthy-2012-nejm", countId: "calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm" },
      { label: "Placebo", lenalidomide: false, id: "calgb-100104-deaths-percent-placebo-mccarthy-2012-nejm", countId: "calgb-100104-deaths-count-placebo-mccarthy-2012-nejm" }] },
  { cut: "2012", studyId: "ifm-2005-02", trial: IFM, endpoint: "progression", endpointLabel: "PFS", hrId: "ifm-2005-02-pfs-hr-vs-placebo-attal-2012-nejm",
    absoluteMeasure: "Median progression-free survival", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "ifm-2005-02-pfs-median-lenalidomide-attal-2012-nejm" },
      { label: "Placebo", lenalidomide: false, id: "ifm-2005-02-pfs-median-placebo-attal-2012-nejm" }] },
  { cut: "2012", studyId: "ifm-2005-02", trial: IFM, endpoint: "survival", endpointLabel: "OS", hrId: null,
    absoluteMeasure: "Alive at 4 years", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "ifm-2005-02-os-rate-at-lenalidomide-48m-attal-2012-nejm" },
      { label: "Placebo", lenalidomide: false, id: "ifm-2005-02-os-rate-at-placebo-48m-attal-2012-nejm" }] },
  { cut: "2012", studyId: "mm-015", trial: MM015, endpoint: "progression", endpointLabel: "PFS", hrId: "mm-015-pfs-hr-vs-mpr-palumbo-2012-nejm",
    absoluteMeasure: "Median progression-free survival", arms: [
      { label: "MPR-R", lenalidomide: true, id: "mm-015-pfs-median-mpr-r-palumbo-2012-nejm" },
      { label: "MPR", lenalidomide: false, id: "mm-015-pfs-median-mpr-palumbo-2012-nejm" },
      { label: "MP", lenalidomide: false, id: "mm-015-pfs-median-mp-palumbo-2012-nejm" }] },
  { cut: "2012", studyId: "mm-015", trial: MM015, endpoint: "survival", endpointLabel: "OS", hrId: null,
    absoluteMeasure: "Median overall survival", arms: [
      { label: "MPR-R", lenalidomide: true, id: "mm-015-os-median-mpr-r-mm015-2013-ash-405" },
      { label: "MPR", lenalidomide: false, id: "mm-015-os-median-mpr-mm015-2013-ash-405" },
      { label: "MP", lenalidomide: false, id: "mm-015-os-median-mp-mm015-2013-ash-405" }] },

  { cut: "latest", studyId: "calgb-100104", trial: CALGB, endpoint: "progression", endpointLabel: "TTP", endpointNote: TTP_NOTE, hrId: "calgb-100104-ttp-hr-vs-placebo-holstein-2017-lancet-haematol",
    absoluteMeasure: "Median time to progression", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "calgb-100104-ttp-median-lenalidomide-holstein-2017-lancet-haematol" },
      { label: "Placebo", lenalidomide: false, id: "calgb-100104-ttp-median-placebo-holstein-2017-lancet-haematol" }] },
  { cut: "latest", studyId: "calgb-100104", trial: CALGB, endpoint: "survival", endpointLabel: "OS", endpointNote: "US label analysis, cutoff 1 Feb 2016", hrId: null,
    absoluteMeasure: "Median overall survival", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "calgb-100104-os-median-lenalidomide-oncologytimes-2017-fda" },
      { label: "Placebo", lenalidomide: false, id: "calgb-100104-os-median-placebo-cta-2017-fda" }] },
  { cut: "latest", studyId: "ifm-2005-02", trial: IFM, endpoint: "progression", endpointLabel: "PFS", endpointNote: LABEL_PFS_NOTE, hrId: "ifm-2005-02-pfs-hr-vs-placebo-acn-revlimid-ad",
    absoluteMeasure: "Median progression-free survival", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "ifm-2005-02-pfs-median-lenalidomide-acn-revlimid-ad" },
      { label: "Placebo", lenalidomide: false, id: "ifm-2005-02-pfs-median-placebo-acn-revlimid-ad" }] },
  { cut: "latest", studyId: "ifm-2005-02", trial: IFM, endpoint: "survival", endpointLabel: "OS", hrId: "ifm-2005-02-os-hr-vs-placebo-ifm-2013-ash-406",
    absoluteMeasure: "Alive at 5 years", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "ifm-2005-02-os-rate-at-lenalidomide-60m-ifm-2013-ash-406" },
      { label: "Placebo", lenalidomide: false, id: "ifm-2005-02-os-rate-at-placebo-60m-ifm-2013-ash-406" }] },
  { cut: "latest", studyId: "mm-015", trial: MM015, endpoint: "progression", endpointLabel: "PFS", hrId: "mm-015-pfs-hr-vs-mpr-palumbo-2012-nejm",
    absoluteMeasure: "Median progression-free survival", arms: [
      { label: "MPR-R", lenalidomide: true, id: "mm-015-pfs-median-mpr-r-palumbo-2012-nejm" },
      { label: "MPR", lenalidomide: false, id: "mm-015-pfs-median-mpr-palumbo-2012-nejm" },
      { label: "MP", lenalidomide: false, id: "mm-015-pfs-median-mp-palumbo-2012-nejm" }] },
  { cut: "latest", studyId: "mm-015", trial: MM015, endpoint: "survival", endpointLabel: "OS", hrId: null,
    absoluteMeasure: "Median overall survival", arms: [
      { label: "MPR-R", lenalidomide: true, id: "mm-015-os-median-mpr-r-mm015-2013-ash-405" },
      { label: "MPR", lenalidomide: false, id: "mm-015-os-median-mpr-mm015-2013-ash-405" },
      { label: "MP", lenalidomide: false, id: "mm-015-os-median-mp-mm015-2013-ash-405" }] },
  { cut: "latest", studyId: "meta-2017", trial: META, endpoint: "progression", endpointLabel: "PFS", endpointNote: "CALGB 100104, IFM 2005-02 and GIMEMA pooled", hrId: "meta-2017-pfs-hr-vs-pooled-control-mccarthy-2017-jco-meta",
    absoluteMeasure: "Median progression-free survival", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "meta-2017-pfs-median-pooled-lenalidomide-mccarthy-2017-jco-meta" },
      { label: "Control", lenalidomide: false, id: "meta-2017-pfs-median-pooled-control-mccarthy-2017-jco-meta" }] },
  { cut: "latest", studyId: "meta-2017", trial: META, endpoint: "survival", endpointLabel: "OS", hrId: "meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b",
    absoluteMeasure: "Alive at 7 years", arms: [
      { label: "Lenalidomide", lenalidomide: true, id: "meta-2017-os-rate-at-pooled-lenalidomide-84m-myelomauk-2017-meta" },
      { label: "Control", lenalidomide: false, id: "meta-2017-os-rate-at-pooled-control-84m-myelomauk-2017-meta" }] },
];

function armValue(spec: ArmSpec): ArmValue {
  const f = figure(spec.id);
  let text = formatValue(f);
  if (spec.countId) {
    const count = figure(spec.countId);
    text = `${formatValue({ ...count, unit: null })} of ${count.n ?? "?"} (${text})`;
  }
  return { label: spec.label, lenalidomide: spec.lenalidomide, value: f.value, text, bound: f.qualifier !== null && f.qualifier !== "not reached", figureId: f.id };
}

function reportText(f: EvidenceFigure): string {
  const parts = [`${f.data_cut ?? "undated"} report`];
  if (f.followup_months !== null) parts.push(`${f.followup_months}-month median follow-up`);
  if (f.cutoff) parts.push(`cutoff ${f.cutoff}`);
  return parts.join(", ");
}

function absoluteText(spec: RowSpec, arms: ArmValue[], first: EvidenceFigure): string {
  const measure = spec.absoluteMeasure.toLowerCase();
  if (first.measure === "median") {
    const values = arms.map((a) => (a.value === null ? "not reached" : String(a.value)));
    const unit = first.unit ?? "";
    return `${measure}: ${arms.map((a, i) => `${values[i]}${a.value === null ? "" : ` ${unit}`} (${a.label})`).join(" vs ")}`;
  }
  return `${measure}: ${arms.map((a) => `${a.text} (${a.label})`).join(" vs ")}`;
}

function buildRow(spec: RowSpec): HazardRatioRow {
  const arms = spec.arms.map(armValue);
  const first = figure(spec.arms[0]?.id ?? "");
  const hrFig = spec.hrId ? figure(spec.hrId) : null;
  const anchor = hrFig ?? first;
  const year = anchor.data_cut ?? 0;
  const gap = gapFor({ study: spec.studyId, endpoint: spec.endpointLabel, measure: "HR", arm: "comparison", data_cut: year });
  const ciGap = hrFig ? gapFor({ study: spec.studyId, endpoint: spec.endpointLabel, measure: "HR", arm: "comparison", part: "ci", data_cut: year }) : null;
  let missing: string | null = null;
  if (!hrFig) {
    missing = spec.missingText ?? `${spec.endpointLabel} hazard ratio not reported`;
  }
  const hr = hrFig && hrFig.value !== null
    ? { value: hrFig.value, low: hrFig.ci_low, high: hrFig.ci_high, text: formatValue(hrFig), ci: formatCi(hrFig), p: formatP(hrFig.p), figureId: hrFig.id }
    : null;
  const unit = first.unit === "percent" ? "percent" : first.unit === "years" ? "years" : "months";
  const ids = [...(hrFig ? [hrFig.id] : []), ...spec.arms.flatMap((a) => [a.id, ...(a.countId ? [a.countId] : [])])];
  return {
    id: `${spec.studyId}:${spec.endpoint}:${spec.cut}`,
    cut: spec.cut,
    studyId: spec.studyId,
    trial: spec.trial,
    endpoint: spec.endpoint,
    endpointLabel: spec.endpointLabel,
    endpointNote: spec.endpointNote ?? null,
    contrast: hrFig?.contrast ?? `${arms.map((a) => a.label).join(" vs ")}`,
    report: reportText(anchor),
    year,
    hr,
    missing,
    gapId: gap?.id ?? ciGap?.id ?? null,
    absoluteMeasure: spec.absoluteMeasure,
    absoluteUnit: unit,
    arms,
    absoluteText: absoluteText(spec, arms, first),
    sources: sourcesFor(ids),
  };
}

export function hazardRatioData(): HazardRatioData {
  for (const s of SPECS) study(s.studyId);
  const rows = SPECS.map(buildRow);
  const collect = (cut: Cut) => {
    const seen = new Map<string, SourceLine>();
    for (const r of rows.filter((x) => x.cut === cut)) for (const s of r.sources) seen.set(s.label, s);
    return [...seen.values()];
  };
  return { rows, sources: { "2012": collect("2012"), latest: collect("latest") } };
}

