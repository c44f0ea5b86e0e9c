/**
 * The public download format of the evidence: /evidence/evidence.json and /evidence/evidence.csv.
 * One row per figure, with a fixed field order, values copied unchanged, so anyone can check
 * a number on the site against its row (and the row against its source).
 */
import type { EvidenceFigure } from "./schema";

/** The download's columns, in order; `source` is the figure's source_url. */
export const EXPORT_FIELDS = [
  "id", "study", "publication", "endpoint", "measure", "arm", "comparator", "contrast", "subgroup",
  "value", "qualifier", "unit", "at_months", "ci_low", "ci_high", "p", "n", "followup_months",
  "data_cut", "cutoff", "locator", "source", "source_kind", "reports", "preferred", "note",
] as const;

export type ExportField = (typeof EXPORT_FIELDS)[number];

/** A figure's exported fields: research bookkeeping left out, source_url published as `source`. */
type Exported = Omit<EvidenceFigure, "source_url" | "quote_stored" | "research_refs"> & { source: string };

/** One download row; the mapped type fails to compile if EXPORT_FIELDS names a field figures lack. */
export type ExportRow = { [K in ExportField]: Exported[K] };

/** A figure as a download row, keys in EXPORT_FIELDS order so JSON output keeps that order. */
function exportRow(f: EvidenceFigure): ExportRow {
  return {
    id: f.id,
    study: f.study,
    publication: f.publication,
    endpoint: f.endpoint,
    measure: f.measure,
    arm: f.arm,
    comparator: f.comparator,
    contrast: f.contrast,
    subgroup: f.subgroup,
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unit,
    at_months: f.at_months,
    ci_low: f.ci_low,
    ci_high: f.ci_high,
    p: f.p,
    n: f.n,
    followup_months: f.followup_months,
    data_cut: f.data_cut,
    cutoff: f.cutoff,
    locator: f.locator,
    source: f.source_url,
    source_kind: f.source_kind,
    reports: f.reports,
    preferred: f.preferred,
    note: f.note,
  };
}

/** One row per figure, in the order given (the caller decides the order). */
export function exportRows(figures: readonly EvidenceFigure[]): ExportRow[] {
  return figures.map(exportRow);
}

/** RFC 4180 field: quoted only when it must be; an empty string is quoted so it differs from null. */
function csvField(v: string | number | boolean | null): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return String(v);
  return v === "" || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The rows as RFC 4180 CSV: header line, CRLF after every line, null as an empty field. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_FIELDS.join(","), ...rows.map((r) => EXPORT_FIELDS.map((k) => csvField(r[k])).join(","))];
  return lines.map((line) => `${line}\r\n`).join("");
}

/** The rows as a JSON array, one compact row per line, so a diff of two exports shows changed rows. */
export function toJson(rows: readonly ExportRow[]): string {
  if (rows.length === 0) return "[]\n";
  return `[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}
