/**
 * Data for the `risk-benefit` explorer, built at build time from the model's parameter set
 * (src/model/parameters.ts) and the evidence. Three parts:
 * - `riskBenefitData()`: what the browser gets (the runtime numbers, about 1.4 kB, and the
 *   setting labels); the model runs on it at every control change.
 * - `parameterRows()`: every parameter with its value, range, unit, kind (data or assumption),
 *   sources and why, for the assumptions panel and /methods/ (printed at build time only).
 * - `osSpread()`: the trials' overall-survival results as published, by setting: shown beside
 *   the model, never modelled.
 */
import { figure, evidence, publication, study } from "../evidence";
import type { EvidenceFigure } from "../evidence/schema";
import { formatAt, formatCi, formatP, formatValue } from "../lib/format";
import { ARM_WORDS, ENDPOINT_WORDS, MEASURE_WORDS, words } from "../lib/vocabulary";
import { buildParameters } from "../model/parameters";
import { OS_CONTEXT_IDS, OS_TRIALS_WITH_BENEFIT_ID } from "../model/os-context";
import { toRuntime } from "../model/runtime";
import { OVERRIDE_KEYS, SETTINGS } from "../model/types";
import type { Derivation, ModelParameters, OverrideKey, ParameterDef, ResponseId, RuntimeParameters, SettingId } from "../model/types";
import { sourceLine, sourcesFor } from "./sources";
import type { SourceLine } from "./types";

export const FIGURE_ID = "risk-benefit";

/** What the browser needs: numbers only, plus the setting labels. */
export interface RiskBenefitData {
  runtime: RuntimeParameters;
  settingLabels: Record<SettingId, string>;
}

let cached: ModelParameters | null = null;
/** The model's parameter set, built once per build. */
export function modelParameters(): ModelParameters {
  cached ??= buildParameters();
  return cached;
}

export function riskBenefitData(): RiskBenefitData {
  const p = modelParameters();
  return {
    runtime: toRuntime(p),
    settingLabels: Object.fromEntries(SETTINGS.map((s) => [s, p.settings[s].label])) as Record<SettingId, string>,
  };
}

/** One source of a parameter: the evidence row on /evidence/ and the publication it was read in. */
export interface ParamSource {
  id: string;
  /** What the row measures, in words: "Time to progression (TTP), median, placebo". */
  what: string;
  /** The row's value as published, with its CI when there is one: "27 months", "0.57 (95% CI 0.46–0.71)". */
  valueText: string;
  /** Link to the row on the evidence page. */
  evidenceHref: string;
  source: SourceLine;
}

export interface ParamRow {
  key: OverrideKey;
  /** The setting this value belongs to, or null when it is the same in every setting. */
  setting: SettingId | null;
  /** The response whose multiplier this is, or null. */
  response: ResponseId | null;
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  /** Decimals the panel, the URL and the slider use. */
  decimals: number;
  /** The limits an override may take: the union of the ranges across settings. */
  limitMin: number;
  limitMax: number;
  valueText: string;
  rangeText: string;
  kind: ParameterDef["kind"];
  computed: boolean;
  /** "data", "data, computed" or "assumption". */
  kindText: string;
  why: string;
  rangeWhy: string;
  sources: ParamSource[];
  rangeSources: ParamSource[];
  gaps: { id: string; what: string }[];
  derivation: Derivation | null;
}

/** A number on the parameter's decimal grid, without trailing zeros beyond it. */
export function formatParam(x: number, decimals: number): string {
  return (Math.round(x * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
}

function unitText(unit: string): string {
  return unit === "ratio" ? "" : ` ${unit}`;
}

function paramSources(ids: readonly string[]): ParamSource[] {
  return [...new Set(ids)].map((id) => {
    const f = figure(id);
    const arm = f.arm === "comparison" ? (f.contrast ?? "comparison") : words(ARM_WORDS, f.arm).toLowerCase();
    const what = [words(ENDPOINT_WORDS, f.endpoint), words(MEASURE_WORDS, f.measure), f.subgroup, arm].filter((x) => x !== null && x !== "").join(", ");
    const at = formatAt(f.at_months);
    const ci = formatCi(f);
    return { id, what: at ? `${what}, ${at}` : what, valueText: ci ? `${formatValue(f)} (95% CI ${ci})` : formatValue(f), evidenceHref: `/evidence/#${f.id}`, source: sourceLine(id) };
  });
}

const RESPONSE_OF: Partial<Record<OverrideKey, ResponseId>> = { rcr: "cr", rvgpr: "vgpr", rsd: "sd" };

function row(def: ParameterDef, p: ModelParameters, setting: SettingId | null): ParamRow {
  const limit = p.limits[def.key];
  const dec = limit.decimals;
  return {
    key: def.key,
    setting,
    response: RESPONSE_OF[def.key] ?? null,
    label: def.label,
    unit: def.unit,
    value: def.value,
    min: def.min,
    max: def.max,
    decimals: dec,
    limitMin: limit.min,
    limitMax: limit.max,
    valueText: `${formatParam(def.value, dec)}${unitText(def.unit)}`,
    rangeText: `${formatParam(def.min, dec)}–${formatParam(def.max, dec)}${unitText(def.unit)}`,
    kind: def.kind,
    computed: def.computed,
    kindText: def.kind === "assumption" ? "assumption" : def.computed ? "data, computed" : "data",
    why: def.why,
    rangeWhy: def.rangeWhy,
    sources: paramSources(def.sources),
    rangeSources: paramSources(def.rangeSources),
    gaps: def.gaps.map((id) => ({ id, what: evidence.gaps.find((g) => g.id === id)?.what ?? id })),
    derivation: def.derivation,
  };
}

/** Every parameter: the three per-setting ones for each setting, then the shared ones. */
export function parameterRows(): ParamRow[] {
  const p = modelParameters();
  const perSetting = SETTINGS.flatMap((s) => [p.settings[s].base, p.settings[s].hr, p.settings[s].spm].map((d) => row(d, p, s)));
  const shared = [p.response.cr, p.response.vgpr, p.response.sd, p.fade].map((d) => row(d, p, null));
  const rows = [...perSetting, ...shared];
  for (const k of OVERRIDE_KEYS) if (!rows.some((r) => r.key === k)) throw new Error(`No parameter row for override key ${k}`);
  return rows;
}

/** Every distinct source behind the model's parameters and the survival spread, for the source line. */
export function riskBenefitSources(): SourceLine[] {
  const ids = parameterRows().flatMap((r) => [...r.sources, ...r.rangeSources].map((s) => s.id));
  return sourcesFor([...ids, ...SETTINGS.flatMap((s) => OS_CONTEXT_IDS[s]), OS_TRIALS_WITH_BENEFIT_ID]);
}

// ---- Overall survival, as published ----

export interface OsLine {
  /** "Median overall survival: 9.3 years with lenalidomide vs 7 years with placebo". */
  text: string;
  /** "2012 report, 34-month follow-up". */
  report: string;
  sources: SourceLine[];
  ids: string[];
}

export interface OsGroup {
  setting: SettingId;
  trial: string;
  lines: OsLine[];
}

const ARM_PHRASE: Record<string, string> = {
  lenalidomide: "with lenalidomide",
  placebo: "with placebo",
  "pooled-lenalidomide": "with lenalidomide",
  "pooled-control": "with control",
  "MPR-R": "with MPR-R (maintenance)",
  MPR: "with MPR",
  MP: "with MP",
};

function armPhrase(f: EvidenceFigure): string {
  return ARM_PHRASE[f.arm] ?? `(${f.arm})`;
}

function reportOf(f: EvidenceFigure): string {
  const parts = [`${f.data_cut ?? "undated"} report`];
  if (f.followup_months !== null) parts.push(`${f.followup_months}-month follow-up`);
  if (f.cutoff) parts.push(`cutoff ${f.cutoff}`);
  return parts.join(", ");
}

function armValue(f: EvidenceFigure): string {
  if (f.measure === "count") return `${formatValue({ ...f, unit: null })} of ${f.n ?? "?"} ${armPhrase(f)}`;
  return `${formatValue(f)} ${armPhrase(f)}`;
}

function groupText(rows: EvidenceFigure[]): string {
  const first = rows[0];
  if (!first) return "";
  if (first.measure === "HR") {
    const ci = formatCi(first);
    const p = formatP(first.p);
    return `Hazard ratio for death: ${formatValue(first)}${ci ? ` (95% CI ${ci})` : ""}${p ? `, ${p}` : ""}, ${first.contrast ?? "lenalidomide vs control"}`;
  }
  const arms = rows.map(armValue).join(" vs ");
  const p = rows.map((r) => formatP(r.p)).find((x) => x !== null);
  const tail = p ? ` (${p})` : "";
  if (first.measure === "count") return `Deaths by the report: ${arms}${tail}`;
  if (first.measure === "rate_at") return `Alive ${formatAt(first.at_months) ?? ""}: ${arms}${tail}`;
  if (first.measure === "median") return `Median overall survival: ${arms}${tail}`;
  return `${first.endpoint}: ${arms}${tail}`;
}

export function osSpread(): { groups: OsGroup[]; benefitCount: { text: string; source: SourceLine } } {
  const groups = SETTINGS.map((setting): OsGroup => {
    const rows = OS_CONTEXT_IDS[setting].map(figure);
    const keyOf = (f: EvidenceFigure) => `${f.measure}|${f.at_months ?? ""}|${f.data_cut ?? ""}`;
    const keys = [...new Set(rows.map(keyOf))];
    const lines = keys.map((k): OsLine => {
      const rs = rows.filter((r) => keyOf(r) === k);
      const first = rs[0];
      if (!first) throw new Error(`Empty OS group ${k}`);
      return { text: groupText(rs), report: reportOf(first), sources: sourcesFor(rs.map((r) => r.id)), ids: rs.map((r) => r.id) };
    });
    const first = rows[0];
    return { setting, trial: first ? study(first.study).name : setting, lines };
  });
  const f = figure(OS_TRIALS_WITH_BENEFIT_ID);
  const who = publication(f.publication).short.split(",")[0] ?? "The 2012 commentary";
  return {
    groups,
    benefitCount: { text: `In ${f.data_cut ?? "its report"}, ${who} counted a survival benefit in ${formatValue({ ...f, unit: null })} of the ${f.n ?? "?"} trials.`, source: sourceLine(f.id) },
  };
}
