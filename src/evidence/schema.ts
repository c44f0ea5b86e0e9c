/**
 * Zod schemas for the evidence base in content/evidence/. Every field is documented here,
 * once; the loader (./index.ts) validates each file against them at build time and names
 * the file and field of anything that does not fit.
 */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/i, "must be a slug of letters, digits, '.', '+' and '-'");
const url = z.string().url();

/** The arm vocabulary of the shared evidence file. */
export const ARMS = [
  "lenalidomide", "placebo", "observation", "MPR-R", "MPR", "MP", "MPR-R+MPR", "Rd-continuous", "Rd18",
  "MPT", "MEL200-ASCT", "MPR-consolidation", "LEN-2Y", "LEN-CR", "continuous-therapy",
  "fixed-duration-therapy", "pooled-lenalidomide", "pooled-control", "all", "comparison",
] as const;
export const Arm = z.enum(ARMS);

/** How a number was measured. */
export const MEASURES = [
  "median", "HR", "risk_ratio", "rate_at", "cumulative_incidence", "count", "percent",
  "incidence_per_100py", "incidence_rate", "n", "p_value", "limit", "dose",
] as const;
export const Measure = z.enum(MEASURES);

/** Units as the source printed them; values are never converted. */
export const UNITS = [
  "months", "years", "percent", "per-100-patient-years", "patients", "ratio", "events", "trials",
  "mg/day", "events-per-patient-year",
] as const;
export const Unit = z.enum(UNITS);

/** The units each measure may carry; anything else is a data-entry error. */
export const UNITS_BY_MEASURE: Record<z.infer<typeof Measure>, readonly (z.infer<typeof Unit> | null)[]> = {
  median: ["months", "years"],
  HR: ["ratio"],
  risk_ratio: ["ratio"],
  rate_at: ["percent"],
  cumulative_incidence: ["percent"],
  percent: ["percent"],
  count: ["patients", "events", "trials"],
  n: ["patients", "trials"],
  incidence_per_100py: ["per-100-patient-years"],
  incidence_rate: ["events-per-patient-year"],
  p_value: [null],
  limit: ["years"],
  dose: ["mg/day"],
};

export const Qualifier = z.enum(["<", "≤", ">", "≥", "≈", "up to", "not reached"]);
export const SourceKind = z.enum(["primary", "regulatory", "secondary"]);

export const PUBLICATION_KINDS = [
  "trial-report", "update", "meta-analysis", "review", "regulatory", "news", "editorial", "abstract",
  "study", "registry", "promotional",
] as const;

export const Publication = z.object({
  /** Short slug, e.g. `mccarthy-2012-nejm`; figures point to it. */
  id: slug,
  /** Authors, title, journal year;volume:pages, as far as the stored copies show them. */
  citation: z.string().min(10),
  /** Short label for charts and tables: "McCarthy et al., N Engl J Med 2012". */
  short: z.string().min(3),
  /** Publication year, or null where no stored source shows it. */
  year: z.number().int().min(1990).max(2030).nullable(),
  /** DOI, only where a stored source shows it. */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, "must look like 10.xxxx/…").nullable(),
  /** PubMed id, only where a stored source shows it. */
  pmid: z.string().regex(/^\d+$/).nullable(),
  /** The best stored copy of the publication. */
  url,
  /** What sort of document it is. */
  kind: z.enum(PUBLICATION_KINDS),
}).strict();

export const StudyArm = z.object({
  /** Arm id in the figure arm vocabulary. */
  id: Arm,
  /** Display label. */
  label: z.string(),
  /** Patients randomised to the arm, where stated. */
  n: z.number().int().positive().nullable(),
  /** The regimen, in words. */
  regimen: z.string(),
}).strict();

export const Design = z.object({
  population: z.string().nullable(),
  age: z.string().nullable(),
  n_randomized: z.number().int().positive().nullable(),
  arms: z.array(StudyArm),
  maintenance_dose: z.string().nullable(),
  comparator: z.string().nullable(),
  blinding: z.string().nullable(),
  crossover: z.string().nullable(),
  stopped_early: z.string().nullable(),
  median_followup_months: z.number().positive().nullable(),
  primary_endpoint: z.string().nullable(),
  /** Publication ids the design facts come from. */
  sources: z.array(slug).min(1),
  notes: z.array(z.string()),
}).strict();

export const Study = z.object({
  /** Slug, e.g. `calgb-100104`. */
  id: slug,
  /** Display name. */
  name: z.string(),
  setting: z.enum(["post-transplant", "transplant-ineligible", "pooled", "mixed", "relapsed-refractory", "not-stated", "not-applicable"]),
  type: z.enum(["rct", "meta-analysis", "pooled-analysis", "observational", "regulatory-analysis", "commentary", "survey"]),
  /** Trial registry number where a stored source shows it. */
  registration: z.string().nullable(),
  /** Design facts, each traceable through design.sources. */
  design: Design,
}).strict();

export const Figure = z.object({
  /** Stable slug; a key, not something to parse. */
  id: slug,
  /** The study this number belongs to (a studies id). */
  study: slug,
  /** The publication the number was read in (a publications id). */
  publication: slug,
  /** What was measured (PFS, TTP, OS, SPM, …). */
  endpoint: z.string().min(1),
  /** How it was measured. */
  measure: Measure,
  /** Which group; `comparison` for ratios and P values between groups. */
  arm: Arm,
  /** For comparison rows, the other arm. */
  comparator: Arm.nullable(),
  /** For comparison rows, the contrast in words: "lenalidomide vs placebo". */
  contrast: z.string().nullable(),
  /** A subgroup, landmark or analysis label, or null for the whole arm. */
  subgroup: z.string().nullable(),
  /** The number; null only for P-value rows and medians not reached. */
  value: z.number().nullable(),
  /** Printed with the value: ">70%", "not reached". */
  qualifier: Qualifier.nullable(),
  /** Unit as the source used it; null for P-value rows. */
  unit: Unit.nullable(),
  /** Time point of a landmark rate or cumulative incidence, in months. */
  at_months: z.number().positive().nullable(),
  /** 95% confidence interval as published. */
  ci_low: z.number().nullable(),
  ci_high: z.number().nullable(),
  /** P value as published, as a string. */
  p: z.string().nullable(),
  /** Denominator: patients in the group. */
  n: z.number().int().positive().nullable(),
  /** Median follow-up of the report, in months. */
  followup_months: z.number().positive().nullable(),
  /** Year of the report the number comes from. */
  data_cut: z.number().int().min(1990).max(2030).nullable(),
  /** The analysis cutoff when stated. */
  cutoff: z.string().nullable(),
  /** Where in the source the number stands. */
  locator: z.string().min(1),
  /** The stored page the number was read from. */
  source_url: url,
  /** primary, regulatory or secondary. */
  source_kind: SourceKind,
  /** For secondary rows, the publication they restate. */
  reports: slug.nullable(),
  /** The one row to show for a quantity. */
  preferred: z.boolean(),
  /** Whether an exact quote is held in the research files. */
  quote_stored: z.boolean(),
  /** Pointers to the research records holding the quotes. */
  research_refs: z.array(z.string()),
  /** Caveats a reader of the number needs. */
  note: z.string().nullable(),
}).strict().superRefine((f, ctx) => {
  const allowed = UNITS_BY_MEASURE[f.measure];
  if (!allowed.includes(f.unit)) {
    ctx.addIssue({ code: "custom", path: ["unit"], message: `unit ${JSON.stringify(f.unit)} does not fit measure ${f.measure} (allowed: ${allowed.join(", ")})` });
  }
  if (f.value === null && f.measure !== "p_value" && f.qualifier !== "not reached") {
    ctx.addIssue({ code: "custom", path: ["value"], message: "value is null but the row is neither a P value nor 'not reached'" });
  }
  if (f.measure === "p_value" && f.p === null) {
    ctx.addIssue({ code: "custom", path: ["p"], message: "a p_value row needs p" });
  }
  if ((f.measure === "HR" || f.measure === "risk_ratio") && f.value !== null && f.value <= 0) {
    ctx.addIssue({ code: "custom", path: ["value"], message: "a ratio must be positive" });
  }
  if (f.arm === "comparison" && f.contrast === null) {
    ctx.addIssue({ code: "custom", path: ["contrast"], message: "a comparison row needs a contrast" });
  }
});

/** A quantity a gap leaves missing, so a figure can mark that cell "not reported". */
export const GapKey = z.object({
  study: slug,
  endpoint: z.string(),
  measure: Measure,
  arm: Arm,
  /** Which part is missing: the whole number (default), only its CI, or only a primary source. */
  part: z.enum(["ci", "primary-source"]).optional(),
  /** The report year the gap concerns, when it concerns one. */
  data_cut: z.number().int().optional(),
}).strict();

export const Gap = z.object({
  /** Slug for links. */
  id: slug,
  /** Study ids the gap concerns. */
  studies: z.array(slug),
  /** Exact quantities missing. */
  covers: z.array(GapKey),
  /** What is missing, in words. */
  what: z.string(),
  /** Why no source confirmed it. */
  why: z.string(),
}).strict();

export const Conflict = z.object({
  /** Position in the shared README's list, 1-based. */
  number: z.number().int().positive(),
  what: z.string(),
  values: z.array(z.object({ value: z.string(), source: z.string(), url: url.optional() }).strict()).min(2),
  /** Which value the site shows, and why. */
  resolution: z.string(),
}).strict();

export type Publication = z.infer<typeof Publication>;
export type Study = z.infer<typeof Study>;
export type EvidenceFigure = z.infer<typeof Figure>;
export type Gap = z.infer<typeof Gap>;
export type GapKey = z.infer<typeof GapKey>;
export type Conflict = z.infer<typeof Conflict>;
export type ArmId = z.infer<typeof Arm>;
export type MeasureId = z.infer<typeof Measure>;
