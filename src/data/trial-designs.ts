/**
 * Data for the `trial-designs` figure: the three 2012 trials as schematic timelines, one per
 * trial — who was randomised, what came before maintenance (induction, transplant, IFM's
 * consolidation), maintenance itself (dose, comparator, blinding, crossover, early stop) and
 * the follow-up at the 2012 report. Every number is read from a figure row by id; the
 * studies.json design fields supply only words (a guard rejects any design text with a digit).
 * Schedule details that live in a figure's note (days of a cycle, the stop date) are quoted
 * from that note and shown beside that figure, as the evidence README allows.
 */
import { evidence, figure, study } from "../evidence";
import type { EvidenceFigure } from "../evidence/schema";
import { formatValue } from "../lib/format";
import { sourceOf } from "../lib/cite";
import { sourceLine, sourcesFor } from "./sources";
import type { SourceLine } from "./types";

/** The rows of the schematic, top to bottom: time runs downward, phase lengths not to scale. */
export const STAGES = ["who", "induction", "transplant", "consolidation", "maintenance", "report"] as const;
export type Stage = (typeof STAGES)[number];

/** The differences that matter, each a step of the figure. */
export const FOCI = ["who", "before", "duration"] as const;
export type Focus = (typeof FOCI)[number];

export interface Phase {
  stage: Stage;
  /** Short name printed first: "Autologous transplant". */
  label: string;
  /** Facts, each a short phrase with numbers read from the evidence. */
  lines: string[];
  /** `absent`: the trial had no such phase (drawn dashed, in words). */
  status: "present" | "absent";
  /** Whether patients received lenalidomide in this phase: every arm, some arms, or none. */
  lenalidomide: "all" | "some" | "none";
  /** How the phase ends: continues until progression (arrow), stopped early (bar), or plain. */
  ends: "until-progression" | "stopped" | null;
  /** The steps ("differences that matter") that highlight this phase. */
  focus: Focus[];
}

export interface RandomisationMark {
  /** Randomisation happened just before this stage. */
  before: Stage;
  /** `disputed`: a second, contested position (drawn dashed with a question mark). */
  disputed: boolean;
  text: string;
}

export interface ArmCount {
  label: string;
  n: number;
  lenalidomide: boolean;
  /** "as reported by …" when the per-arm count is not from the trial's own report. */
  via: string | null;
  figureId: string;
}

export interface TrialDesign {
  studyId: string;
  trial: string;
  /** "post-transplant" or "transplant-ineligible", in words. */
  settingText: string;
  arms: ArmCount[];
  phases: Phase[];
  randomised: RandomisationMark[];
  /** Notes printed under the trial's column (ordering disputes, where a number was read), each tied to a step. */
  notes: { text: string; focus: Focus }[];
  /** Design words for the table. */
  comparator: string;
  blinding: string;
  primaryEndpoint: string;
  followupText: string;
  figureIds: string[];
  /** The trial's own report (the source of its eligibility row), linked from its name. */
  report: SourceLine | null;
  sources: SourceLine[];
}

export interface TrialDesignData {
  trials: TrialDesign[];
  /** One sentence per step, built from the same numbers. */
  focusNotes: Record<Focus, string>;
  sources: SourceLine[];
}

/** Design text is words only: numbers must come from figure rows. */
function words(text: string | null, field: string): string {
  if (text === null) throw new Error(`trial-designs: design field ${field} is empty`);
  if (/\d/.test(text)) throw new Error(`trial-designs: design field ${field} holds a number ("${text}"); read it from a figure row instead`);
  return text;
}

/** A clause of a figure's note or subgroup, shown beside that figure. Throws when the source text changed. */
function clause(f: EvidenceFigure, field: "note" | "subgroup", pattern: RegExp): string {
  const m = pattern.exec(f[field] ?? "");
  if (!m) throw new Error(`trial-designs: ${f.id}.${field} no longer matches ${pattern}`);
  return m[1] ?? m[0];
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "younger than 71", "65 or older", from an age-limit row. */
export function ageText(f: EvidenceFigure): string {
  if (f.value === null) throw new Error(`trial-designs: ${f.id} has no value`);
  switch (f.qualifier) {
    case "<": return `younger than ${f.value}`;
    case "≤": return `${f.value} or younger`;
    case ">": return `older than ${f.value}`;
    case "≥": return `${f.value} or older`;
    default: return `aged ${f.value}`;
  }
}

function followText(f: EvidenceFigure): string {
  return `${f.data_cut ?? "undated"} report: median follow-up ${formatValue(f)}`;
}

function via(f: EvidenceFigure, trialReport: string): string | null {
  return f.source_kind === "primary" && f.publication === trialReport ? null : sourceOf(f).kindText;
}

function arm(id: string, label: string, lenalidomide: boolean, trialReport: string): ArmCount {
  const f = figure(id);
  if (f.value === null) throw new Error(`trial-designs: ${id} has no value`);
  return { label, n: f.value, lenalidomide, via: via(f, trialReport), figureId: id };
}

const ID = {
  calgb: {
    age: "calgb-100104-age-limit-all-mccarthy-2012-nejm",
    nLen: "calgb-100104-population-n-lenalidomide-mccarthy-2012-nejm",
    nPla: "calgb-100104-population-n-placebo-mccarthy-2012-nejm",
    dose: "calgb-100104-dose-dose-lenalidomide-mccarthy-2012-nejm",
    doseUp: "calgb-100104-dose-dose-lenalidomide-escalated-holstein-2017-lancet-haematol",
    crossover: "calgb-100104-crossover-count-placebo-mccarthy-2012-nejm",
    unblindFollow: "calgb-100104-follow-up-median-all-at-unblinding-holstein-2017-lancet-haematol",
    unblindYear: "calgb-100104-ttp-percent-placebo-at-unblinding-mccarthy-2012-nejm",
    follow: "calgb-100104-follow-up-median-all-mccarthy-2012-nejm",
  },
  ifm: {
    age: "ifm-2005-02-age-limit-all-attal-2012-nejm",
    nAll: "ifm-2005-02-population-n-all-attal-2012-nejm",
    nLen: "ifm-2005-02-population-n-lenalidomide-acn-revlimid-ad",
    nPla: "ifm-2005-02-population-n-placebo-acn-revlimid-ad",
    vad: "ifm-2005-02-prior-induction-percent-all-vad-attal-2010-ash-310",
    vd: "ifm-2005-02-prior-induction-percent-all-bortezomib-dex-attal-2010-ash-310",
    other: "ifm-2005-02-prior-induction-percent-all-other-attal-2010-ash-310",
    consolidation: "ifm-2005-02-dose-dose-all-consolidation-attal-2010-ash-310",
    dose: "ifm-2005-02-dose-dose-lenalidomide-attal-2012-nejm",
    doseUp: "ifm-2005-02-dose-dose-lenalidomide-escalated-attal-2012-nejm",
    exposure: "ifm-2005-02-exposure-median-lenalidomide-ifm-2013-ash-406",
    follow: "ifm-2005-02-follow-up-median-all-attal-2012-nejm",
  },
  mm015: {
    age: "mm-015-age-limit-all-palumbo-2012-nejm",
    nMprR: "mm-015-population-n-mpr-r-palumbo-2012-nejm",
    nMpr: "mm-015-population-n-mpr-palumbo-2012-nejm",
    nMp: "mm-015-population-n-mp-palumbo-2012-nejm",
    dose: "mm-015-dose-dose-mpr-r-maintenance-palumbo-2010-ash-622",
    extension: "mm-015-dose-dose-all-open-label-extension-palumbo-2010-ash-622",
    follow: "mm-015-follow-up-median-all-palumbo-2012-nejm",
  },
} as const;

/** The conflict on IFM's order of consolidation and randomisation (the README's conflict 8). */
function ifmOrderConflict(): string {
  const c = evidence.conflicts.find((x) => x.what.startsWith("IFM 2005-02") && /consolidation/.test(x.what) && /randomi[sz]ation/.test(x.what));
  if (!c) throw new Error("trial-designs: the conflict on IFM's consolidation order is missing");
  return "Sources disagree on whether randomisation came before or after consolidation; the trial's own abstract puts randomisation first.";
}

function calgb(): TrialDesign {
  const s = study("calgb-100104");
  const d = s.design;
  const ids = ID.calgb;
  const report = "mccarthy-2012-nejm";
  const arms = [arm(ids.nLen, "lenalidomide", true, report), arm(ids.nPla, "placebo", false, report)];
  const cross = figure(ids.crossover);
  const unblindYear = clause(figure(ids.unblindYear), "subgroup", /\((\d{4})\)/);
  const crossText = `Unblinded in ${unblindYear}, at a median follow-up of ${formatValue(figure(ids.unblindFollow))}: ${formatValue({ ...cross, unit: null })} of ${cross.n ?? "?"} placebo patients still free of progression crossed over to lenalidomide`;
  const age = ageText(figure(ids.age));
  return {
    studyId: s.id,
    trial: "CALGB 100104",
    settingText: "after a single autologous transplant",
    arms,
    phases: [
      { stage: "who", label: "Who", lines: [`${capitalise(age)}, after a single autologous transplant`, armsText(arms)], status: "present", lenalidomide: "none", ends: null, focus: ["who"] },
      { stage: "induction", label: "Induction", lines: [], status: "present", lenalidomide: "none", ends: null, focus: ["before"] },
      { stage: "transplant", label: "Autologous transplant", lines: [], status: "present", lenalidomide: "none", ends: null, focus: ["who", "before"] },
      { stage: "consolidation", label: "No consolidation", lines: ["none described"], status: "absent", lenalidomide: "none", ends: null, focus: ["before"] },
      { stage: "maintenance", label: "Maintenance until progression", lines: [
        `Lenalidomide ${formatValue(figure(ids.dose))}, ${formatValue(figure(ids.doseUp))} after dose escalation, or ${words(d.comparator, "calgb comparator")}`,
        capitalise(words(d.blinding, "calgb blinding")),
        crossText,
      ], status: "present", lenalidomide: "some", ends: "until-progression", focus: ["duration"] },
      { stage: "report", label: "At the report", lines: [followText(figure(ids.follow))], status: "present", lenalidomide: "none", ends: null, focus: ["duration"] },
    ],
    randomised: [{ before: "consolidation", disputed: false, text: "Randomised after transplant" }],
    notes: [],
    comparator: words(d.comparator, "calgb comparator"),
    blinding: words(d.blinding, "calgb blinding"),
    primaryEndpoint: words(d.primary_endpoint, "calgb primary endpoint"),
    followupText: followText(figure(ids.follow)),
    figureIds: [ids.age, ids.nLen, ids.nPla, ids.dose, ids.doseUp, ids.crossover, ids.unblindFollow, ids.unblindYear, ids.follow],
    report: null,
    sources: [],
  };
}

function ifm(): TrialDesign {
  const s = study("ifm-2005-02");
  const d = s.design;
  const ids = ID.ifm;
  const report = "attal-2012-nejm";
  const arms = [arm(ids.nLen, "lenalidomide", true, report), arm(ids.nPla, "placebo", false, report)];
  const total = figure(ids.nAll);
  const consolidation = figure(ids.consolidation);
  const schedule = clause(consolidation, "note", /\d+ days a month, for \d+ months/);
  const exposure = figure(ids.exposure);
  const stop = clause(exposure, "note", /stopped for everyone in [A-Z][a-z]+ \d{4}/);
  const why = clause(exposure, "note", /because of more second primary malignancies/);
  const induction = [ids.vad, ids.vd, ids.other].map((id) => {
    const f = figure(id);
    return `${f.subgroup === "other" ? "other" : f.subgroup ?? ""} ${formatValue(f)}`;
  });
  const age = ageText(figure(ids.age));
  return {
    studyId: s.id,
    trial: "IFM 2005-02",
    settingText: "after a first autologous transplant",
    arms,
    phases: [
      { stage: "who", label: "Who", lines: [`${capitalise(age)}, after a first autologous transplant`, armsText(arms, total)], status: "present", lenalidomide: "none", ends: null, focus: ["who"] },
      { stage: "induction", label: "Induction", lines: [`${induction.join(", ")} of patients`], status: "present", lenalidomide: "none", ends: null, focus: ["before"] },
      { stage: "transplant", label: "Autologous transplant", lines: [], status: "present", lenalidomide: "none", ends: null, focus: ["who", "before"] },
      { stage: "consolidation", label: "Consolidation, both arms", lines: [`Lenalidomide ${formatValue(consolidation)}, ${schedule}: the placebo arm had lenalidomide too`], status: "present", lenalidomide: "all", ends: null, focus: ["before"] },
      { stage: "maintenance", label: "Maintenance, stopped early", lines: [
        `Lenalidomide ${formatValue(figure(ids.dose))}, ${formatValue(figure(ids.doseUp))} if tolerated, or placebo`,
        capitalise(words(d.blinding, "ifm blinding")),
        `Lenalidomide ${stop} ${why}; median ${formatValue(exposure)} on lenalidomide`,
        `Crossover: ${lowerFirst(words(d.crossover, "ifm crossover").replace(/\.$/, ""))}`,
      ], status: "present", lenalidomide: "some", ends: "stopped", focus: ["duration"] },
      { stage: "report", label: "At the report", lines: [followText(figure(ids.follow))], status: "present", lenalidomide: "none", ends: null, focus: ["duration"] },
    ],
    randomised: [
      { before: "consolidation", disputed: false, text: "Randomised after transplant (trial abstract)" },
      { before: "maintenance", disputed: true, text: "or after consolidation, per a review" },
    ],
    notes: [{ text: ifmOrderConflict(), focus: "before" }, ...armsNote(arms).map((text) => ({ text, focus: "who" as const }))],
    comparator: words(d.comparator, "ifm comparator"),
    blinding: words(d.blinding, "ifm blinding"),
    primaryEndpoint: words(d.primary_endpoint, "ifm primary endpoint"),
    followupText: followText(figure(ids.follow)),
    figureIds: [ids.age, ids.nAll, ids.nLen, ids.nPla, ids.vad, ids.vd, ids.other, ids.consolidation, ids.dose, ids.doseUp, ids.exposure, ids.follow],
    report: null,
    sources: [],
  };
}

function mm015(): TrialDesign {
  const s = study("mm-015");
  const d = s.design;
  const ids = ID.mm015;
  const report = "palumbo-2012-nejm";
  const arms = [arm(ids.nMprR, "MPR-R", true, report), arm(ids.nMpr, "MPR", false, report), arm(ids.nMp, "MP", false, report)];
  const dose = figure(ids.dose);
  const days = lowerFirst(clause(dose, "note", /Days \d+–\d+ of each cycle/));
  const age = ageText(figure(ids.age));
  return {
    studyId: s.id,
    trial: "MM-015",
    settingText: "not eligible for transplant",
    arms,
    phases: [
      { stage: "who", label: "Who", lines: [`${capitalise(age)}, not eligible for transplant`, armsText(arms)], status: "present", lenalidomide: "none", ends: null, focus: ["who"] },
      { stage: "induction", label: "Induction", lines: ["MPR (melphalan, prednisone, lenalidomide) in the MPR-R and MPR arms; MP without lenalidomide in the MP arm"], status: "present", lenalidomide: "some", ends: null, focus: ["before"] },
      { stage: "transplant", label: "No transplant", lines: ["not eligible"], status: "absent", lenalidomide: "none", ends: null, focus: ["who", "before"] },
      { stage: "consolidation", label: "No consolidation", lines: ["none described"], status: "absent", lenalidomide: "none", ends: null, focus: ["before"] },
      { stage: "maintenance", label: "Maintenance until progression", lines: [
        `MPR-R: lenalidomide ${formatValue(dose)}, ${days}; MPR and MP: placebo`,
        capitalise(words(d.blinding, "mm-015 blinding")),
        `No crossover described; at progression, open-label lenalidomide ${formatValue(figure(ids.extension))}`,
      ], status: "present", lenalidomide: "some", ends: "until-progression", focus: ["duration"] },
      { stage: "report", label: "At the report", lines: [followText(figure(ids.follow))], status: "present", lenalidomide: "none", ends: null, focus: ["duration"] },
    ],
    randomised: [{ before: "induction", disputed: false, text: "Randomised at diagnosis, before induction" }],
    notes: [],
    comparator: words(d.comparator, "mm-015 comparator"),
    blinding: words(d.blinding, "mm-015 blinding"),
    primaryEndpoint: words(d.primary_endpoint, "mm-015 primary endpoint"),
    followupText: followText(figure(ids.follow)),
    figureIds: [ids.age, ids.nMprR, ids.nMpr, ids.nMp, ids.dose, ids.extension, ids.follow],
    report: null,
    sources: [],
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Randomised: 231 lenalidomide, 229 placebo"; per-arm counts from another source say so. */
function armsText(arms: ArmCount[], total?: EvidenceFigure): string {
  const list = arms.map((a) => `${a.n} ${a.label}`).join(", ");
  const vias = [...new Set(arms.flatMap((a) => (a.via ? [a.via] : [])))];
  const head = total ? `Randomised: ${formatValue(total)}; ` : "Randomised: ";
  return `${head}${list}${vias.length > 0 ? " (per-arm split: see note)" : ""}`;
}

/** The note that says where per-arm counts from another source were read. */
function armsNote(arms: ArmCount[]): string[] {
  const vias = [...new Set(arms.flatMap((a) => (a.via ? [a.via] : [])))];
  return vias.map((v) => `Per-arm split ${v.replace(/ \((label-derived)\)$/, ", $1")}.`);
}

function focusNotes(trials: TrialDesign[]): Record<Focus, string> {
  const [c, i, m] = trials;
  if (!c || !i || !m) throw new Error("trial-designs: expected three trials");
  const line = (t: TrialDesign, stage: Stage, n = 0) => t.phases.find((p) => p.stage === stage)?.lines[n] ?? "";
  return {
    who: `Who: ${c.trial} took patients ${lowerFirst(line(c, "who"))}; ${i.trial}, ${lowerFirst(line(i, "who"))}; ${m.trial}, ${lowerFirst(line(m, "who"))}.`,
    before: `What came before: ${m.trial} randomised at diagnosis, so its MPR-R and MPR arms both had lenalidomide in induction. ${i.trial} gave every patient consolidation (${lowerFirst(line(i, "consolidation"))}). ${c.trial} had no consolidation.`,
    duration: `How long: ${c.trial} and ${m.trial} gave maintenance until progression; in ${i.trial}, ${lowerFirst(line(i, "maintenance", 2))}. In ${c.trial}: ${lowerFirst(line(c, "maintenance", 2))}.`,
  };
}

export function trialDesignData(): TrialDesignData {
  const trials = [calgb(), ifm(), mm015()].map((t) => ({ ...t, report: t.figureIds[0] ? sourceLine(t.figureIds[0]) : null, sources: sourcesFor(t.figureIds) }));
  const seen = new Map<string, SourceLine>();
  for (const t of trials) for (const s of t.sources) seen.set(s.display, s);
  return { trials, focusNotes: focusNotes(trials), sources: [...seen.values()] };
}
