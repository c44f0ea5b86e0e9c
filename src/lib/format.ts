/**
 * How numbers from the evidence are printed. One place, so a value reads the same in a
 * chart label, a summary sentence and a table: qualifier first (">70%"), the source's own
 * unit (years stay years), "not reached" in words, and no digits the source did not give.
 */
import type { EvidenceFigure } from "../evidence/schema";

type Printable = Pick<EvidenceFigure, "value" | "qualifier" | "unit" | "measure" | "ci_low" | "ci_high">;

const UNIT_WORDS: Record<string, [singular: string, plural: string]> = {
  months: ["month", "months"],
  years: ["year", "years"],
  patients: ["patient", "patients"],
  events: ["event", "events"],
  trials: ["trial", "trials"],
};

/** A number as the source printed it: keeps the source's decimals (0.50 stays "0.5" unless `digits`). */
export function num(value: number, digits?: number): string {
  return digits === undefined ? String(value) : value.toFixed(digits);
}

/** Ratios print with two decimals, as trial reports do (HR 0.50). */
export function ratio(value: number): string {
  return value.toFixed(2);
}

function qualified(f: Printable, text: string): string {
  if (!f.qualifier || f.qualifier === "not reached") return text;
  return f.qualifier === "up to" ? `up to ${text}` : `${f.qualifier}${text}`;
}

/** The value with its unit: "46 months", ">70%", "3.1 per 100 patient-years", "not reached". */
export function formatValue(f: Printable): string {
  if (f.qualifier === "not reached") return "not reached";
  if (f.value === null) return "not reported";
  const v = f.value;
  switch (f.unit) {
    case "percent": return qualified(f, `${num(v)}%`);
    case "ratio": return qualified(f, ratio(v));
    case "per-100-patient-years": return qualified(f, `${num(v)} per 100 patient-years`);
    case "events-per-patient-year": return qualified(f, `${num(v)} events per patient-year`);
    case "mg/day": return qualified(f, `${num(v)} mg a day`);
    case null: return qualified(f, num(v));
    default: {
      const words = UNIT_WORDS[f.unit];
      return qualified(f, `${num(v)} ${words ? (v === 1 ? words[0] : words[1]) : f.unit}`);
    }
  }
}

/** "0.46–0.71", "4.4–not estimable", or null when no interval was published. */
export function formatCi(f: Printable): string | null {
  if (f.ci_low === null && f.ci_high === null) return null;
  const fmt = (x: number) => (f.unit === "ratio" ? ratio(x) : num(x));
  const low = f.ci_low === null ? "not reported" : fmt(f.ci_low);
  const high = f.ci_high === null ? "not estimable" : fmt(f.ci_high);
  return `${low}–${high}`;
}

/** "HR 0.57 (95% CI 0.46–0.71)" or "HR 0.50 (95% CI not reported)". */
export function formatRatio(f: Printable, name = "HR"): string {
  const ci = formatCi(f);
  return `${name} ${formatValue(f)} (95% CI ${ci ?? "not reported"})`;
}

/** "P<0.001", "P=0.03", "P not significant" from the published string. */
export function formatP(p: string | null): string | null {
  if (p === null) return null;
  const t = p.trim();
  if (t === "NS") return "P not significant";
  if (/^[<>≤≥]/.test(t)) return `P${t.replace(/\s+/g, "")}`;
  return `P=${t}`;
}

/** "x% lower hazard" from a hazard ratio below 1 — arithmetic the README allows. */
export function hazardReduction(hr: number): number {
  return Math.round((1 - hr) * 100);
}

/** "at 36 months": landmarks are stored in months and printed in months (no conversion). */
export function formatAt(months: number | null): string | null {
  if (months === null) return null;
  return `at ${months} months`;
}
