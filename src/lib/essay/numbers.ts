/**
 * The words the essay number components print, from evidence rows. Pure functions of the
 * rows, so each rule is unit-tested: a frequency carries its denominator or time point, a
 * relative number never goes out without the absolute ones, a computed number says how it
 * was made, and anything the evidence README does not allow throws with a message naming
 * the ids.
 */
import type { EvidenceFigure } from "../../evidence/schema";
import { formatAt, formatCi, formatP, formatValue, hazardReduction, num, ratio } from "../format";
import { ARM_WORDS } from "../vocabulary";

export interface NumOptions {
  /** Print the 95% confidence interval ("95% CI not reported" when none was published). */
  ci?: boolean;
  /** Print the P value; the row must have one. */
  p?: boolean;
  /** Print the denominator; the row must have one. */
  n?: boolean;
  /** Print the time point of a landmark rate or cumulative incidence (default: yes, when there is one). */
  at?: boolean;
  /** Print the median follow-up of the report; the row must have one. */
  fu?: boolean;
  /** Where a non-primary number was read ("as reported by The ASCO Post"), printed in the brackets. */
  source?: string | null;
}

/** Measures that count how often something happened: each needs a denominator or a time frame. */
export const FREQUENCY_MEASURES = new Set<EvidenceFigure["measure"]>(["percent", "rate_at", "count", "cumulative_incidence", "incidence_per_100py", "incidence_rate"]);
/** Measures that are absolute (what a reader can count or time), as opposed to ratios. */
export const ABSOLUTE_MEASURES = new Set<EvidenceFigure["measure"]>(["median", "rate_at", "count", "percent", "cumulative_incidence", "incidence_per_100py", "incidence_rate"]);
/** Relative measures: never shown without absolute numbers beside them. */
export const RELATIVE_MEASURES = new Set<EvidenceFigure["measure"]>(["HR", "risk_ratio"]);

const need = (cond: boolean, message: string): void => {
  if (!cond) throw new Error(message);
};

/** "15% of 231 patients", "0.57 (95% CI 0.46–0.71; P<0.0001)", ">70% at 48 months". */
export function numText(f: EvidenceFigure, o: NumOptions = {}): string {
  let main = f.measure === "p_value" ? formatP(f.p) ?? "P not reported" : formatValue(f);
  const details: string[] = [];
  if (o.n) {
    need(f.n !== null, `<Num id="${f.id}" n>: the row has no denominator (n); drop "n" or use a row that has one`);
    if (f.measure === "percent") main += ` of ${f.n} patients`;
    else details.push(`${f.n} patients`);
  }
  if (f.at_months !== null && o.at !== false) main += ` ${formatAt(f.at_months)}`;
  if (o.fu) {
    need(f.followup_months !== null, `<Num id="${f.id}" fu>: the row has no median follow-up; drop "fu"`);
    main += ` at a median follow-up of ${num(f.followup_months ?? 0)} months`;
  }
  if (o.ci) details.push(`95% CI ${formatCi(f) ?? "not reported"}`);
  if (o.p) {
    const p = formatP(f.p);
    need(p !== null, `<Num id="${f.id}" p>: the row has no P value; drop "p"`);
    if (p !== null && f.measure !== "p_value") details.push(p);
  }
  if (o.source) details.push(o.source);
  return details.length > 0 ? `${main} (${details.join("; ")})` : main;
}

export interface CountOptions {
  /** The matching percent row (same study, report, endpoint, arm and n), printed after the count. */
  pct?: EvidenceFigure;
  /** Print the P value of the comparison the row belongs to; the row must have one. */
  p?: boolean;
  /** Print the median follow-up of the report. */
  fu?: boolean;
  /** Where a non-primary number was read, printed in the brackets. */
  source?: string | null;
}

/** "35 of 231 patients", "35 of 231 patients (15%)", "104 events among 2732 patients". */
export function countText(f: EvidenceFigure, o: CountOptions = {}): string {
  need(f.measure === "count", `<Count id="${f.id}">: the row is a ${f.measure}, not a count; use <Num>`);
  need(f.value !== null && f.n !== null, `<Count id="${f.id}">: a count needs a value and its denominator (n); this row has ${f.n === null ? "no n" : "no value"} — use <Num>`);
  const v = f.value ?? 0;
  const n = f.n ?? 0;
  let text = f.unit === "events" ? `${num(v)} ${v === 1 ? "event" : "events"} among ${n} patients`
    : f.unit === "trials" ? `${num(v)} of ${n} trials`
    : `${num(v)} of ${n} patients`;
  if (o.fu) {
    need(f.followup_months !== null, `<Count id="${f.id}" fu>: the row has no median follow-up; drop "fu"`);
    text += ` at a median follow-up of ${num(f.followup_months ?? 0)} months`;
  }
  const details: string[] = [];
  if (o.pct) {
    const p = o.pct;
    need(p.measure === "percent" && p.study === f.study && p.publication === f.publication && p.endpoint === f.endpoint && p.arm === f.arm && p.n === f.n && p.subgroup === f.subgroup,
      `<Count id="${f.id}" pct="${p.id}">: the percent row must be the same study, report, endpoint, arm, subgroup and n as the count`);
    details.push(formatValue(p));
  }
  if (o.p) {
    const p = formatP(f.p);
    need(p !== null, `<Count id="${f.id}" p>: the row has no P value; drop "p"`);
    if (p !== null) details.push(p);
  }
  if (o.source) details.push(o.source);
  return details.length > 0 ? `${text} (${details.join("; ")})` : text;
}

const decimals = (x: number): number => (String(x).split(".")[1] ?? "").length;

const UNIT_OF_DIFFERENCE: Partial<Record<NonNullable<EvidenceFigure["unit"]>, (d: string, abs: number) => string>> = {
  months: (d, abs) => `${d} ${abs === 1 ? "month" : "months"}`,
  years: (d, abs) => `${d} ${abs === 1 ? "year" : "years"}`,
  percent: (d, abs) => `${d} ${abs === 1 ? "percentage point" : "percentage points"}`,
  "per-100-patient-years": (d) => `${d} per 100 patient-years`,
};

/**
 * The difference a − b of two figures from the same study, report and unit, which the
 * evidence README allows when the page says how it was made: "19 months (46 months − 27
 * months, computed here)". Anything else throws, naming both ids and what differs.
 */
export function differenceText(a: EvidenceFigure, b: EvidenceFigure): string {
  const ctx = `<Difference a="${a.id}" b="${b.id}">`;
  const same: [keyof EvidenceFigure, string][] = [["study", "study"], ["publication", "report"], ["data_cut", "data cut"], ["unit", "unit"], ["measure", "measure"], ["endpoint", "endpoint"], ["at_months", "time point"], ["subgroup", "subgroup"]];
  for (const [key, words] of same) need(a[key] === b[key], `${ctx}: not the same ${words} (${String(a[key])} vs ${String(b[key])}); a difference is allowed only within one study, report and unit`);
  need(a.arm !== b.arm, `${ctx}: both rows are the same arm`);
  need(a.value !== null && b.value !== null, `${ctx}: both rows need a value`);
  need(a.qualifier === null && b.qualifier === null, `${ctx}: a value with a qualifier (">", "≈", "not reached") cannot be subtracted`);
  need(a.measure !== "count", `${ctx}: counts over different denominators cannot be subtracted; use the percent rows`);
  const unitWords = a.unit === null ? undefined : UNIT_OF_DIFFERENCE[a.unit];
  need(unitWords !== undefined, `${ctx}: a difference in unit "${String(a.unit)}" is not meaningful here`);
  const d = (a.value ?? 0) - (b.value ?? 0);
  const digits = Math.max(decimals(a.value ?? 0), decimals(b.value ?? 0));
  const shown = Math.abs(d).toFixed(digits);
  const signed = d < 0 ? `−${shown}` : shown;
  const at = a.at_months === null ? "" : ` ${formatAt(a.at_months)}`;
  return `${unitWords?.(signed, Math.abs(d)) ?? signed}${at} (${formatValue(a)} − ${formatValue(b)}, computed here)`;
}

function armWords(arm: EvidenceFigure["arm"]): string {
  const w = ARM_WORDS[arm] ?? arm;
  return /^[A-Z][a-z]/.test(w) ? w.charAt(0).toLowerCase() + w.slice(1) : w;
}

/** An absolute number in words for Reduction: "a median of 41 months", "42% at 60 months", "35 of 231 patients". */
export function absoluteText(f: EvidenceFigure): string {
  switch (f.measure) {
    case "median": return `a median of ${formatValue(f)}`;
    case "count": return countText(f);
    case "percent": return f.n === null ? formatValue(f) : `${formatValue(f)} of ${f.n} patients`;
    default: return `${formatValue(f)}${f.at_months === null ? "" : ` ${formatAt(f.at_months)}`}`;
  }
}

/**
 * "x% lower hazard" as (1 − HR) × 100 — allowed by the evidence README — and always with
 * the absolute numbers of the same study and data cut beside it. Refuses (throws) without
 * them, for a ratio of 1 or more, or for absolute rows from another study, cut or endpoint.
 */
export function reductionText(hr: EvidenceFigure, a: EvidenceFigure, b: EvidenceFigure): string {
  const ctx = `<Reduction id="${hr.id}" a="${a.id}" b="${b.id}">`;
  need(hr.measure === "HR", `${ctx}: "${hr.id}" is a ${hr.measure}, not a hazard ratio`);
  need(hr.value !== null && hr.qualifier === null, `${ctx}: the hazard ratio needs a plain value`);
  const v = hr.value ?? 1;
  need(v < 1, `${ctx}: a hazard ratio of ${ratio(v)} is not a reduction`);
  for (const x of [a, b]) {
    need(ABSOLUTE_MEASURES.has(x.measure), `${ctx}: "${x.id}" is a ${x.measure}; the absolute numbers must be medians, rates, counts or percentages`);
    need(x.study === hr.study, `${ctx}: "${x.id}" is from another study (${x.study}, not ${hr.study})`);
    need(x.data_cut === hr.data_cut, `${ctx}: "${x.id}" is from another data cut (${String(x.data_cut)}, not ${String(hr.data_cut)})`);
    need(x.endpoint === hr.endpoint, `${ctx}: "${x.id}" measures ${x.endpoint}, the hazard ratio ${hr.endpoint}`);
  }
  need(a.measure === b.measure && a.at_months === b.at_months && a.subgroup === b.subgroup, `${ctx}: the two absolute numbers must be the same measure, time point and subgroup`);
  need(a.arm !== b.arm, `${ctx}: the two absolute numbers must be different arms`);
  return `${hazardReduction(v)}% lower hazard (computed as (1 − ${ratio(v)}) × 100 from the hazard ratio ${ratio(v)}); in absolute terms, ${absoluteText(a)} with ${armWords(a.arm)} against ${absoluteText(b)} with ${armWords(b.arm)}`;
}

/** For display: a non-breaking space between a number and the word after it ("46 months"), so a value never wraps away from its unit. */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (?=[A-Za-z])/g, "$1\u00a0");
}
