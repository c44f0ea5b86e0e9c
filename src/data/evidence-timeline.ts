/**
 * Data for the `evidence-timeline` figure: the 2012 reports and what came after (trial
 * updates, the 2014 second-cancer meta-analysis, the 2017 survival meta-analysis, the 2017
 * US approval with its label analyses, Myeloma XI), each event with what it reported about
 * progression, survival and second cancers. Every number is read from a figure row by id and
 * printed by src/lib/format.ts; a number the evidence lacks is a gap, named by its gap id.
 * A fact read in a publication other than the event's own says where ("as reported by …").
 *
 * Each lane entry carries a `signal`, the one judgement this module makes, from the source's
 * own words or test: `difference` (the source reports lenalidomide better for progression or
 * survival, or more second cancers with it — for the 2012 second-cancer counts, Rajkumar 2012
 * states they rose in every trial), `none` (no difference reported), `other` (the trials
 * differed, or numbers were given without a test) and `gap` (not reported or not readable).
 */
import { evidence, figure, figures, publication } from "../evidence";
import type { EvidenceFigure } from "../evidence/schema";
import { publicationHref, sourceOf } from "../lib/cite";
import { formatAt, formatCi, formatP, formatValue } from "../lib/format";
import { sourcesFor } from "./sources";
import type { SourceLine } from "./types";

export { ASPECTS, ASPECT_WORDS, ERAS, type Aspect, type Era, type Signal } from "./evidence-timeline-vocabulary";
import type { Aspect, Era, Signal } from "./evidence-timeline-vocabulary";

export interface Fact {
  /** The fact with its numbers: "median PFS 41 vs 23 months, P<0.001". */
  text: string;
  /** Where it was read when that is not the event's own publication: "McCarthy …, as reported by …". */
  via: string | null;
  figureIds: string[];
  /** For a missing number: the evidence gap that records it (links to /evidence/#gap-<id>). */
  gapId: string | null;
}

export interface LaneEntry {
  aspect: Aspect;
  signal: Signal;
  /** What the event said, in words: "Longer time to progression". */
  headline: string;
  facts: Fact[];
}

export interface TimelineEvent {
  id: string;
  /** The first reports, longer follow-up of the same trials, pooled analyses and the label, or Myeloma XI. */
  era: Era;
  year: number;
  /** "CALGB 100104 report". */
  title: string;
  /** A word or two for the overview's labels: "CALGB", "Meta-analysis". */
  short: string;
  /** The event's own publication, as a source line prints it. */
  source: string;
  /** Its link: the DOI, or the copy consulted. */
  href: string;
  /** Setting, size and follow-up: "after transplant; median follow-up 34 months". */
  context: string;
  entries: LaneEntry[];
  /** Anything else the event said that the reader needs (Rajkumar's advice). */
  note: string | null;
  sources: SourceLine[];
}

export interface TimelineData {
  events: TimelineEvent[];
  /** First and last year on the axis. */
  years: [number, number];
  sources: SourceLine[];
}

// ---- printing helpers: numbers always through formatValue / formatCi / formatP ----

const WORD_UNIT = /^(.*\S) (months|years|patients)$/;

/** "46 vs 27 months", "62% vs 50%", "31 (MPR-R) vs 14 (MPR) vs 13 months (MP)", "not reached vs 86 months". */
export function versus(ids: string[], labels?: string[]): string {
  const texts = ids.map((id) => formatValue(figure(id)));
  const units = texts.map((t) => WORD_UNIT.exec(t)?.[2] ?? null);
  const shared = units.every((u) => u !== null && u === units[0]);
  const shown = texts.map((t, i) => (shared && i < texts.length - 1 ? (WORD_UNIT.exec(t)?.[1] ?? t) : t));
  if (!labels) return shown.join(" vs ");
  return shown.map((t, i) => (shared && i === texts.length - 1 ? `${WORD_UNIT.exec(t)?.[1] ?? t} ${units[i] ?? ""} (${labels[i] ?? ""})` : `${t} (${labels[i] ?? ""})`)).join(" vs ");
}

/** "HR 0.57 (95% CI 0.46–0.71), P<0.0001"; "HR 0.50 (95% CI not reported), P<0.001". */
export function hazard(id: string, name = "HR"): string {
  const f = figure(id);
  const p = formatP(f.p);
  return `${name} ${formatValue(f)} (95% CI ${formatCi(f) ?? "not reported"})${p ? `, ${p}` : ""}`;
}

/** "35 of 231 (15%)" from a count row and its percent row. */
export function countOf(countId: string, percentId: string): string {
  const c = figure(countId);
  const pct = figure(percentId);
  return `${formatValue({ ...c, unit: null })} of ${c.n ?? "?"} (${formatValue(pct)})`;
}

function pOf(id: string): string {
  const p = formatP(figure(id).p);
  if (!p) throw new Error(`evidence-timeline: ${id} has no P value`);
  return p;
}

function valueOf(f: EvidenceFigure): string {
  return formatValue(f);
}

function gap(id: string, text: string): Fact {
  if (!evidence.gaps.some((g) => g.id === id)) throw new Error(`evidence-timeline: unknown gap "${id}"`);
  return { text, via: null, figureIds: [], gapId: id };
}

function fact(text: string, ids: string[]): Fact {
  for (const id of ids) figure(id);
  return { text, via: null, figureIds: ids, gapId: null };
}

/** A clause of a figure's note, shown beside that figure; throws when the note changed. */
function clause(id: string, pattern: RegExp): string {
  const m = pattern.exec(figure(id).note ?? "");
  if (!m) throw new Error(`evidence-timeline: ${id}.note no longer matches ${pattern}`);
  return m[0];
}

interface EventSpec {
  id: string;
  era: Era;
  /** A word or two for the overview's labels: "CALGB", "Meta-analysis". */
  short: string;
  /** The event's own publication: its year places the event on the axis. */
  publication: string;
  /** Year on the axis when it is not the publication's year (label analyses carry their data cut). */
  year?: number;
  title: string;
  context: string;
  entries: LaneEntry[];
  note?: string;
}

// ---- the events, in order ----

function specs(): EventSpec[] {
  const C = "calgb-100104-";
  const I = "ifm-2005-02-";
  const M = "mm-015-";
  const X = "myeloma-xi-";
  const meta = "meta-2017-";
  return [
    {
      id: "calgb-2012", era: "first", short: "CALGB", publication: "mccarthy-2012-nejm", title: "CALGB 100104 report",
      context: `after transplant; ${versus([`${C}population-n-lenalidomide-mccarthy-2012-nejm`, `${C}population-n-placebo-mccarthy-2012-nejm`])}; median follow-up ${valueOf(figure(`${C}follow-up-median-all-mccarthy-2012-nejm`))}`,
      entries: [
        { aspect: "progression", signal: "difference", headline: "longer time to progression", facts: [
          fact(`median time to progression (from transplant) ${versus([`${C}ttp-median-lenalidomide-mccarthy-2012-nejm`, `${C}ttp-median-placebo-mccarthy-2012-nejm`])}, lenalidomide vs placebo, ${pOf(`${C}ttp-median-lenalidomide-mccarthy-2012-nejm`)}`, [`${C}ttp-median-lenalidomide-mccarthy-2012-nejm`, `${C}ttp-median-placebo-mccarthy-2012-nejm`]),
          gap("calgb-ttp-hr-2012", "hazard ratio not reported"),
        ] },
        { aspect: "survival", signal: "difference", headline: "fewer deaths with lenalidomide", facts: [
          fact(`died by the report: ${countOf(`${C}deaths-count-lenalidomide-mccarthy-2012-nejm`, `${C}deaths-percent-lenalidomide-mccarthy-2012-nejm`)} vs ${countOf(`${C}deaths-count-placebo-mccarthy-2012-nejm`, `${C}deaths-percent-placebo-mccarthy-2012-nejm`)}, ${pOf(`${C}deaths-count-lenalidomide-mccarthy-2012-nejm`)}`,
            [`${C}deaths-count-lenalidomide-mccarthy-2012-nejm`, `${C}deaths-percent-lenalidomide-mccarthy-2012-nejm`, `${C}deaths-count-placebo-mccarthy-2012-nejm`, `${C}deaths-percent-placebo-mccarthy-2012-nejm`]),
          gap("calgb-os-hr-2012", "hazard ratio not reported"),
        ] },
        { aspect: "spm", signal: "difference", headline: "more second cancers with lenalidomide", facts: [
          fact(`second primary cancers by the report: ${countOf(`${C}spm-count-lenalidomide-mccarthy-2012-nejm`, `${C}spm-percent-lenalidomide-mccarthy-2012-nejm`)} vs ${countOf(`${C}spm-count-placebo-mccarthy-2012-nejm`, `${C}spm-percent-placebo-mccarthy-2012-nejm`)}`,
            [`${C}spm-count-lenalidomide-mccarthy-2012-nejm`, `${C}spm-percent-lenalidomide-mccarthy-2012-nejm`, `${C}spm-count-placebo-mccarthy-2012-nejm`, `${C}spm-percent-placebo-mccarthy-2012-nejm`]),
        ] },
      ],
    },
    {
      id: "ifm-2012", era: "first", short: "IFM", publication: "attal-2012-nejm", title: "IFM 2005-02 report",
      context: `after transplant; ${valueOf(figure(`${I}population-n-all-attal-2012-nejm`))} randomised; median follow-up ${valueOf(figure(`${I}follow-up-median-all-attal-2012-nejm`))}`,
      entries: [
        { aspect: "progression", signal: "difference", headline: "longer progression-free survival", facts: [
          fact(`median PFS ${versus([`${I}pfs-median-lenalidomide-attal-2012-nejm`, `${I}pfs-median-placebo-attal-2012-nejm`])}, lenalidomide vs placebo; ${hazard(`${I}pfs-hr-vs-placebo-attal-2012-nejm`)}`, [`${I}pfs-median-lenalidomide-attal-2012-nejm`, `${I}pfs-median-placebo-attal-2012-nejm`, `${I}pfs-hr-vs-placebo-attal-2012-nejm`]),
        ] },
        { aspect: "survival", signal: "none", headline: "no survival difference reported", facts: [
          fact(`alive ${formatAt(figure(`${I}os-rate-at-lenalidomide-48m-attal-2012-nejm`).at_months)}: ${valueOf(figure(`${I}os-rate-at-lenalidomide-48m-attal-2012-nejm`))} in each arm`, [`${I}os-rate-at-lenalidomide-48m-attal-2012-nejm`, `${I}os-rate-at-placebo-48m-attal-2012-nejm`]),
          gap("ifm-os-hr", "hazard ratio not reported"),
        ] },
        { aspect: "spm", signal: "difference", headline: "more second cancers with lenalidomide", facts: [
          fact(`${valueOf(figure(`${I}spm-incidence-per-100py-lenalidomide-attal-2012-nejm`))} with lenalidomide`, [`${I}spm-incidence-per-100py-lenalidomide-attal-2012-nejm`]),
          gap("ifm-spm-placebo-rate", "placebo rate cut off in every stored copy"),
          fact(`lenalidomide ${clause(`${I}exposure-median-lenalidomide-ifm-2013-ash-406`, /stopped for everyone in [A-Z][a-z]+ \d{4}/)} ${clause(`${I}exposure-median-lenalidomide-ifm-2013-ash-406`, /because of more second primary malignancies/)}, after a median ${valueOf(figure(`${I}exposure-median-lenalidomide-ifm-2013-ash-406`))} on it`, [`${I}exposure-median-lenalidomide-ifm-2013-ash-406`]),
        ] },
      ],
    },
    {
      id: "mm015-2012", era: "first", short: "MM-015", publication: "palumbo-2012-nejm", title: "MM-015 report",
      context: `not eligible for transplant; ${versus([`${M}population-n-mpr-r-palumbo-2012-nejm`, `${M}population-n-mpr-palumbo-2012-nejm`, `${M}population-n-mp-palumbo-2012-nejm`], ["MPR-R", "MPR", "MP"])}; median follow-up ${valueOf(figure(`${M}follow-up-median-all-palumbo-2012-nejm`))}`,
      entries: [
        { aspect: "progression", signal: "difference", headline: "longer progression-free survival with maintenance", facts: [
          fact(`median PFS ${versus([`${M}pfs-median-mpr-r-palumbo-2012-nejm`, `${M}pfs-median-mpr-palumbo-2012-nejm`, `${M}pfs-median-mp-palumbo-2012-nejm`], ["MPR-R", "MPR", "MP"])}; MPR-R vs MPR ${hazard(`${M}pfs-hr-vs-mpr-palumbo-2012-nejm`)}`,
            [`${M}pfs-median-mpr-r-palumbo-2012-nejm`, `${M}pfs-median-mpr-palumbo-2012-nejm`, `${M}pfs-median-mp-palumbo-2012-nejm`, `${M}pfs-hr-vs-mpr-palumbo-2012-nejm`]),
        ] },
        { aspect: "survival", signal: "gap", headline: "survival not in the stored report", facts: [
          gap("mm015-os-hr", "overall survival and its hazard ratio not reported"),
        ] },
        { aspect: "spm", signal: "difference", headline: "more second cancers with lenalidomide", facts: [
          fact(`second cancers ${formatAt(figure(`${M}spm-rate-at-mpr-r-36m-palumbo-2012-nejm`).at_months)}: ${[["mpr-r", "MPR-R"], ["mpr", "MPR"], ["mp", "MP"]].map(([a, l]) => `${valueOf(figure(`${M}spm-rate-at-${a}-36m-palumbo-2012-nejm`))} of ${figure(`${M}spm-rate-at-${a}-36m-palumbo-2012-nejm`).n ?? "?"} (${l})`).join(" vs ")}`,
            ["mpr-r", "mpr", "mp"].map((a) => `${M}spm-rate-at-${a}-36m-palumbo-2012-nejm`)),
        ] },
      ],
    },
    {
      id: "rajkumar-2012", era: "first", short: "Rajkumar", publication: "rajkumar-2012-nrco", title: "The argument (Rajkumar)",
      context: "commentary on the trial reports published the same year",
      entries: [
        { aspect: "progression", signal: "difference", headline: "progression delayed in every trial", facts: [] },
        { aspect: "survival", signal: "other", headline: "a survival benefit in only one trial", facts: [
          fact(`survival benefit in ${ofN("nrco-2012-commentary-trials-with-os-benefit-count-all-rajkumar-2012-nrco")} (CALGB 100104)`, ["nrco-2012-commentary-trials-with-os-benefit-count-all-rajkumar-2012-nrco"]),
        ] },
        { aspect: "spm", signal: "difference", headline: "second cancers rose in every trial", facts: [] },
      ],
      note: `Advice: consider maintenance mainly for patients who did not reach CR or VGPR; if it is used, limit it to ${formatValue(figure("nrco-2012-commentary-maintenance-duration-limit-lenalidomide-recommended-max-rajkumar-2012-nrco"))}.`,
    },
    {
      id: "ifm-2013", era: "updates", short: "IFM", publication: "ifm-2013-ash-406", title: "IFM 2005-02 updates",
      context: `median follow-up ${valueOf(figure(`${I}follow-up-median-all-from-randomization-ifm-2013-ash-406`))} from randomisation`,
      entries: [
        { aspect: "progression", signal: "difference", headline: "the delay held; after relapse, progression came sooner", facts: [
          fact(`median PFS ${versus([`${I}pfs-median-lenalidomide-ifm-2013-ash-3312`, `${I}pfs-median-placebo-ifm-2013-ash-3312`])}, ${pOf(`${I}pfs-median-lenalidomide-ifm-2013-ash-3312`)}`, [`${I}pfs-median-lenalidomide-ifm-2013-ash-3312`, `${I}pfs-median-placebo-ifm-2013-ash-3312`]),
          fact(`progression-free ${formatAt(figure(`${I}pfs-rate-at-lenalidomide-60m-ifm-2013-ash-406`).at_months)}: ${versus([`${I}pfs-rate-at-lenalidomide-60m-ifm-2013-ash-406`, `${I}pfs-rate-at-placebo-60m-ifm-2013-ash-406`])}, ${pOf(`${I}pfs-rate-at-lenalidomide-60m-ifm-2013-ash-406`)}`, [`${I}pfs-rate-at-lenalidomide-60m-ifm-2013-ash-406`, `${I}pfs-rate-at-placebo-60m-ifm-2013-ash-406`]),
          fact(`from first to second progression (patients treated at relapse), median ${versus([`${I}pfs2-median-lenalidomide-treated-at-relapse-ifm-2013-ash-406`, `${I}pfs2-median-placebo-treated-at-relapse-ifm-2013-ash-406`])}, ${pOf(`${I}pfs2-median-lenalidomide-treated-at-relapse-ifm-2013-ash-406`)}`, [`${I}pfs2-median-lenalidomide-treated-at-relapse-ifm-2013-ash-406`, `${I}pfs2-median-placebo-treated-at-relapse-ifm-2013-ash-406`]),
        ] },
        { aspect: "survival", signal: "none", headline: "no survival difference", facts: [
          fact(`alive ${formatAt(figure(`${I}os-rate-at-lenalidomide-60m-ifm-2013-ash-406`).at_months)}: ${versus([`${I}os-rate-at-lenalidomide-60m-ifm-2013-ash-406`, `${I}os-rate-at-placebo-60m-ifm-2013-ash-406`])}; ${hazard(`${I}os-hr-vs-placebo-ifm-2013-ash-406`)}`, [`${I}os-rate-at-lenalidomide-60m-ifm-2013-ash-406`, `${I}os-rate-at-placebo-60m-ifm-2013-ash-406`, `${I}os-hr-vs-placebo-ifm-2013-ash-406`]),
        ] },
      ],
    },
    {
      id: "mm015-2013", era: "updates", short: "MM-015", publication: "mm015-2013-ash-405", title: "MM-015 survival update",
      context: `median follow-up ${valueOf(figure(`${M}follow-up-median-all-mm015-2013-ash-405`))}; data cut ${figure(`${M}os-median-mpr-r-mm015-2013-ash-405`).data_cut ?? "not stated"}`,
      entries: [
        { aspect: "survival", signal: "none", headline: "no survival difference", facts: [
          fact(`median OS ${versus([`${M}os-median-mpr-r-mm015-2013-ash-405`, `${M}os-median-mpr-mm015-2013-ash-405`, `${M}os-median-mp-mm015-2013-ash-405`], ["MPR-R", "MPR", "MP"])}`, [`${M}os-median-mpr-r-mm015-2013-ash-405`, `${M}os-median-mpr-mm015-2013-ash-405`, `${M}os-median-mp-mm015-2013-ash-405`]),
          gap("mm015-os-hr", "hazard ratio not reported"),
        ] },
      ],
    },
    {
      id: "spm-meta-2014", era: "pooled", short: "Meta-analysis", publication: "palumbo-2014-lancet-oncol", title: "Second-cancer meta-analysis",
      context: `${formatValue({ ...figure("spm-meta-2014-trials-count-all-with-data-palumbo-2014-lancet-oncol"), unit: null })} of ${valueOf(figure("spm-meta-2014-trials-count-all-eligible-palumbo-2014-lancet-oncol"))} eligible supplied data; ${valueOf(figure("spm-meta-2014-population-n-all-analysed-palumbo-2014-lancet-oncol"))} analysed; newly diagnosed myeloma, lenalidomide in any phase`,
      entries: [
        { aspect: "spm", signal: "difference", headline: "more second cancers with lenalidomide", facts: [
          fact(`cumulative incidence ${formatAt(figure("spm-meta-2014-spm-cumulative-incidence-pooled-lenalidomide-60m-palumbo-2014-lancet-oncol").at_months)}: ${ciPct("spm-meta-2014-spm-cumulative-incidence-pooled-lenalidomide-60m-palumbo-2014-lancet-oncol")} of ${figure("spm-meta-2014-spm-cumulative-incidence-pooled-lenalidomide-60m-palumbo-2014-lancet-oncol").n ?? "?"} given lenalidomide vs ${ciPct("spm-meta-2014-spm-cumulative-incidence-pooled-control-60m-palumbo-2014-lancet-oncol")} of ${figure("spm-meta-2014-spm-cumulative-incidence-pooled-control-60m-palumbo-2014-lancet-oncol").n ?? "?"} not given it; ${hazard("spm-meta-2014-spm-hr-vs-pooled-control-palumbo-2014-lancet-oncol")}`,
            ["spm-meta-2014-spm-cumulative-incidence-pooled-lenalidomide-60m-palumbo-2014-lancet-oncol", "spm-meta-2014-spm-cumulative-incidence-pooled-control-60m-palumbo-2014-lancet-oncol", "spm-meta-2014-spm-hr-vs-pooled-control-palumbo-2014-lancet-oncol"]),
          fact(`haematological: ${versus(["spm-meta-2014-spm-heme-percent-pooled-lenalidomide-jones-2016-bcj", "spm-meta-2014-spm-heme-percent-pooled-control-jones-2016-bcj"])}, time point not stated`, ["spm-meta-2014-spm-heme-percent-pooled-lenalidomide-jones-2016-bcj", "spm-meta-2014-spm-heme-percent-pooled-control-jones-2016-bcj"]),
        ] },
      ],
    },
    {
      id: "mxi-2016", era: "mxi", short: "Myeloma XI", publication: "jones-2016-bcj", title: "Myeloma XI second-cancer analysis",
      context: `all ${formatValue({ ...figure(`${X}population-n-all-spm-analysis-jones-2016-bcj`), unit: null })} trial patients, every treatment phase`,
      entries: [
        { aspect: "spm", signal: "difference", headline: "more second cancers with lenalidomide maintenance", facts: [
          fact(`${countOfN(`${X}spm-count-all-jones-2016-bcj`)} had a second cancer; cumulative incidence ${formatAt(figure(`${X}spm-cumulative-incidence-all-36m-jones-2016-bcj`).at_months)} ${ciPct(`${X}spm-cumulative-incidence-all-36m-jones-2016-bcj`)}; higher with lenalidomide maintenance than observation, ${pOf(`${X}spm-p-value-vs-observation-jones-2016-bcj`)}`,
            [`${X}spm-count-all-jones-2016-bcj`, `${X}spm-cumulative-incidence-all-36m-jones-2016-bcj`, `${X}spm-p-value-vs-observation-jones-2016-bcj`]),
          fact(`not eligible for transplant and ${figure(`${X}spm-cumulative-incidence-lenalidomide-tne-gt74-36m-jones-2016-bcj`).subgroup?.replace(/^.*, /, "") ?? ""}: ${versus([`${X}spm-cumulative-incidence-lenalidomide-tne-gt74-36m-jones-2016-bcj`, `${X}spm-cumulative-incidence-observation-tne-gt74-36m-jones-2016-bcj`])} ${formatAt(figure(`${X}spm-cumulative-incidence-lenalidomide-tne-gt74-36m-jones-2016-bcj`).at_months)}, lenalidomide vs observation, ${pOf(`${X}spm-cumulative-incidence-lenalidomide-tne-gt74-36m-jones-2016-bcj`)}; group sizes not stated`,
            [`${X}spm-cumulative-incidence-lenalidomide-tne-gt74-36m-jones-2016-bcj`, `${X}spm-cumulative-incidence-observation-tne-gt74-36m-jones-2016-bcj`]),
        ] },
      ],
    },
    {
      id: "calgb-2017", era: "updates", short: "CALGB", publication: "holstein-2017-lancet-haematol", title: "CALGB 100104 update",
      context: `median follow-up ${valueOf(figure(`${C}follow-up-median-all-holstein-2017-lancet-haematol`))}; the placebo arm includes the patients who crossed over`,
      entries: [
        { aspect: "progression", signal: "difference", headline: "the delay held", facts: [
          fact(`median time to progression ${versus([`${C}ttp-median-lenalidomide-holstein-2017-lancet-haematol`, `${C}ttp-median-placebo-holstein-2017-lancet-haematol`])}; ${hazard(`${C}ttp-hr-vs-placebo-holstein-2017-lancet-haematol`)}`,
            [`${C}ttp-median-lenalidomide-holstein-2017-lancet-haematol`, `${C}ttp-median-placebo-holstein-2017-lancet-haematol`, `${C}ttp-hr-vs-placebo-holstein-2017-lancet-haematol`]),
        ] },
        { aspect: "survival", signal: "gap", headline: "survival numbers not readable in the stored abstract", facts: [
          gap("calgb-update-os", "median survival and hazard ratio not reported"),
          fact(`adjusting for crossover, placebo median OS ${versus([`${C}os-median-placebo-unadjusted-valuebasedcancer-2017-calgb`, `${C}os-median-placebo-crossover-adjusted-valuebasedcancer-2017-calgb`])} (unadjusted vs adjusted)`,
            [`${C}os-median-placebo-unadjusted-valuebasedcancer-2017-calgb`, `${C}os-median-placebo-crossover-adjusted-valuebasedcancer-2017-calgb`]),
        ] },
      ],
    },
    {
      id: "meta-2017", era: "pooled", short: "Meta-analysis", publication: "mccarthy-2017-jco-meta", title: "Survival meta-analysis of the post-transplant trials",
      context: `CALGB 100104, IFM 2005-02 and GIMEMA; ${versus([`${meta}population-n-pooled-lenalidomide-mccarthy-2017-jco-meta`, `${meta}population-n-pooled-control-mccarthy-2017-jco-meta`])}; median follow-up ${valueOf(figure(`${meta}follow-up-median-all-survivors-mccarthy-2017-jco-meta`))}`,
      entries: [
        { aspect: "progression", signal: "difference", headline: "longer progression-free survival", facts: [
          fact(`median PFS ${versus([`${meta}pfs-median-pooled-lenalidomide-mccarthy-2017-jco-meta`, `${meta}pfs-median-pooled-control-mccarthy-2017-jco-meta`])}; ${hazard(`${meta}pfs-hr-vs-pooled-control-mccarthy-2017-jco-meta`)}`,
            [`${meta}pfs-median-pooled-lenalidomide-mccarthy-2017-jco-meta`, `${meta}pfs-median-pooled-control-mccarthy-2017-jco-meta`, `${meta}pfs-hr-vs-pooled-control-mccarthy-2017-jco-meta`]),
        ] },
        { aspect: "survival", signal: "difference", headline: "longer survival with lenalidomide, pooled", facts: [
          fact(`alive ${formatAt(figure(`${meta}os-rate-at-pooled-lenalidomide-84m-myelomauk-2017-meta`).at_months)}: ${versus([`${meta}os-rate-at-pooled-lenalidomide-84m-myelomauk-2017-meta`, `${meta}os-rate-at-pooled-control-84m-myelomauk-2017-meta`])}`, [`${meta}os-rate-at-pooled-lenalidomide-84m-myelomauk-2017-meta`, `${meta}os-rate-at-pooled-control-84m-myelomauk-2017-meta`]),
          fact(`median OS ${versus([`${meta}os-median-pooled-lenalidomide-mccarthy-2017-jco-meta`, `${meta}os-median-pooled-control-ascopost-2017-meta`])}`, [`${meta}os-median-pooled-control-ascopost-2017-meta`, `${meta}os-median-pooled-lenalidomide-mccarthy-2017-jco-meta`]),
          fact(hazard(`${meta}os-hr-vs-pooled-control-springer-2017-meta-b`), [`${meta}os-hr-vs-pooled-control-springer-2017-meta-b`]),
        ] },
        { aspect: "spm", signal: "other", headline: "more second cancers before progression, no test given", facts: [
          fact(`before progression, haematological ${versus([`${meta}spm-heme-cumulative-incidence-pooled-lenalidomide-before-progression-ascopost-2017-meta`, `${meta}spm-heme-cumulative-incidence-pooled-control-before-progression-ascopost-2017-meta`])}, solid ${versus([`${meta}spm-solid-cumulative-incidence-pooled-lenalidomide-before-progression-ascopost-2017-meta`, `${meta}spm-solid-cumulative-incidence-pooled-control-before-progression-ascopost-2017-meta`])}, time point not stated`,
            [`${meta}spm-heme-cumulative-incidence-pooled-lenalidomide-before-progression-ascopost-2017-meta`, `${meta}spm-heme-cumulative-incidence-pooled-control-before-progression-ascopost-2017-meta`, `${meta}spm-solid-cumulative-incidence-pooled-lenalidomide-before-progression-ascopost-2017-meta`, `${meta}spm-solid-cumulative-incidence-pooled-control-before-progression-ascopost-2017-meta`]),
        ] },
      ],
    },
    {
      id: "fda-2017", era: "pooled", short: "US label", publication: "cta-2017-fda", year: figure(`${C}pfs-hr-vs-placebo-acn-revlimid-ad`).data_cut ?? undefined,
      title: "US approval after transplant, with the label analyses",
      context: "CALGB 100104 and IFM 2005-02 re-analysed for the label; progression counted from randomisation",
      entries: [
        { aspect: "progression", signal: "difference", headline: "longer progression-free survival", facts: [
          fact(`${labelCut(`${C}pfs-hr-vs-placebo-acn-revlimid-ad`)}: CALGB 100104 median PFS ${versus([`${C}pfs-median-lenalidomide-acn-revlimid-ad`, `${C}pfs-median-placebo-acn-revlimid-ad`])}, ${hazard(`${C}pfs-hr-vs-placebo-acn-revlimid-ad`)}; IFM 2005-02 ${versus([`${I}pfs-median-lenalidomide-acn-revlimid-ad`, `${I}pfs-median-placebo-acn-revlimid-ad`])}, ${hazard(`${I}pfs-hr-vs-placebo-acn-revlimid-ad`)}`,
            [`${C}pfs-median-lenalidomide-acn-revlimid-ad`, `${C}pfs-median-placebo-acn-revlimid-ad`, `${C}pfs-hr-vs-placebo-acn-revlimid-ad`, `${I}pfs-median-lenalidomide-acn-revlimid-ad`, `${I}pfs-median-placebo-acn-revlimid-ad`, `${I}pfs-hr-vs-placebo-acn-revlimid-ad`]),
        ] },
        { aspect: "survival", signal: "other", headline: "longer survival in one trial, not the other", facts: [
          fact(`descriptive medians, ${labelCut(`${C}os-median-lenalidomide-oncologytimes-2017-fda`)}: CALGB 100104 ${versus([`${C}os-median-lenalidomide-oncologytimes-2017-fda`, `${C}os-median-placebo-cta-2017-fda`])}`, [`${C}os-median-lenalidomide-oncologytimes-2017-fda`, `${C}os-median-placebo-cta-2017-fda`]),
          fact(`IFM 2005-02 ${versus([`${I}os-median-lenalidomide-cta-2017-fda`, `${I}os-median-placebo-cta-2017-fda`])}`, [`${I}os-median-lenalidomide-cta-2017-fda`, `${I}os-median-placebo-cta-2017-fda`]),
          gap("label-os-hr", "hazard ratios not reported"),
          fact(`longer survival in ${ofN("calgb-ifm-label-trials-with-os-benefit-count-all-pulte-2018-oncologist")}`, ["calgb-ifm-label-trials-with-os-benefit-count-all-pulte-2018-oncologist"]),
        ] },
        { aspect: "spm", signal: "other", headline: "more second cancers, no test given", facts: [
          fact(`second cancers, the two trials together: ${versus(["calgb-ifm-label-spm-percent-pooled-lenalidomide-cta-2017-fda", "calgb-ifm-label-spm-percent-pooled-control-cta-2017-fda"])}, lenalidomide vs placebo; group sizes and time point not stated`,
            ["calgb-ifm-label-spm-percent-pooled-lenalidomide-cta-2017-fda", "calgb-ifm-label-spm-percent-pooled-control-cta-2017-fda"]),
        ] },
      ],
    },
    {
      id: "mxi-2017", era: "mxi", short: "Myeloma XI", publication: "congressupdate-2017-mxi", title: "Myeloma XI first maintenance results",
      context: `lenalidomide vs observation, with and without transplant (${valueOf(figure(`${X}population-n-all-te-congressupdate-2017-mxi`))} eligible and ${valueOf(figure(`${X}population-n-all-tne-congressupdate-2017-mxi`))} not eligible for transplant)`,
      entries: [
        { aspect: "progression", signal: "other", headline: "longer progression-free survival, no test given", facts: [
          fact(`median PFS ${versus([`${X}pfs-median-lenalidomide-te-and-tne-congressupdate-2017-mxi`, `${X}pfs-median-observation-te-and-tne-congressupdate-2017-mxi`])}, all patients`, [`${X}pfs-median-lenalidomide-te-and-tne-congressupdate-2017-mxi`, `${X}pfs-median-observation-te-and-tne-congressupdate-2017-mxi`]),
        ] },
      ],
    },
    {
      id: "mxi-2019", era: "mxi", short: "Myeloma XI", publication: "jackson-2019-lancet-oncol", title: "Myeloma XI main report",
      context: `open-label; lenalidomide ${valueOf(figure(`${X}dose-dose-lenalidomide-jackson-2019-lancet-oncol`))}, ${clause(`${X}dose-dose-lenalidomide-jackson-2019-lancet-oncol`, /[Dd]ays \d+–\d+ of \d+-day cycles/).toLowerCase()}, vs observation; ${figure(`${X}age-limit-all-jackson-2019-lancet-oncol`).value ?? "?"} years or older`,
      entries: [
        { aspect: "progression", signal: "gap", headline: "results not readable in the stored copy", facts: [gap("myeloma-xi-primary", "progression-free survival not reported here")] },
        { aspect: "survival", signal: "gap", headline: "results not readable in the stored copy", facts: [gap("myeloma-xi-primary", "overall survival not reported here")] },
      ],
    },
    {
      id: "mxi-2022", era: "mxi", short: "Myeloma XI", publication: "pawlyn-2022-ash-570", title: "Myeloma XI: how long to continue",
      context: "transplant-eligible patients; the duration analysis and a review restating the results",
      entries: [
        { aspect: "progression", signal: "difference", headline: "longer progression-free survival; the benefit shrank with time", facts: [
          fact(`median PFS ${versus([`${X}pfs-median-lenalidomide-te-hematologist-2022-mxi`, `${X}pfs-median-observation-te-hematologist-2022-mxi`])}, lenalidomide vs observation (${armNs([`${X}pfs-median-lenalidomide-te-hematologist-2022-mxi`, `${X}pfs-median-observation-te-hematologist-2022-mxi`])})`,
            [`${X}pfs-median-lenalidomide-te-hematologist-2022-mxi`, `${X}pfs-median-observation-te-hematologist-2022-mxi`]),
          fact(`benefit over observation by landmark after randomisation: ${landmarks().map((f) => `${formatAt(f.at_months)}, ${pOf(f.id)}`).join("; ")}`, landmarks().map((f) => f.id)),
          gap("myeloma-xi-landmark-hr", "hazard ratios not reported"),
        ] },
        { aspect: "survival", signal: "other", headline: "more alive with lenalidomide, no test given", facts: [
          fact(`alive ${formatAt(figure(`${X}os-rate-at-lenalidomide-te-36m-hematologist-2022-mxi`).at_months)}: ${valueOf(figure(`${X}os-rate-at-lenalidomide-te-36m-hematologist-2022-mxi`))} of ${figure(`${X}os-rate-at-lenalidomide-te-36m-hematologist-2022-mxi`).n ?? "?"} vs ${valueOf(figure(`${X}os-rate-at-observation-te-36m-hematologist-2022-mxi`))} of ${figure(`${X}os-rate-at-observation-te-36m-hematologist-2022-mxi`).n ?? "?"}`,
            [`${X}os-rate-at-lenalidomide-te-36m-hematologist-2022-mxi`, `${X}os-rate-at-observation-te-36m-hematologist-2022-mxi`]),
        ] },
      ],
    },
  ];
}

/** "6.9% (95% CI 5.3–8.5)". */
function ciPct(id: string): string {
  const f = figure(id);
  const ci = formatCi(f);
  return ci ? `${formatValue(f)} (95% CI ${ci})` : formatValue(f);
}

/** "96 of 2732 patients" from a count row with its n. */
function countOfN(id: string): string {
  const f = figure(id);
  return `${formatValue({ ...f, unit: null })} of ${f.n ?? "?"} patients`;
}

/** "1 of 3 trials": a count row over its n. */
function ofN(id: string): string {
  const f = figure(id);
  return `${formatValue({ ...f, unit: null })} of ${f.n ?? "?"} ${f.unit ?? ""}`.trim();
}

/** Myeloma XI duration analysis: the landmark P values, earliest first. */
function landmarks(): EvidenceFigure[] {
  return figures({ study: "myeloma-xi", endpoint: "PFS", measure: "p_value", publication: "jnccn360-2023-duration" })
    .sort((a, b) => (a.at_months ?? 0) - (b.at_months ?? 0));
}

/** "730 vs 518 patients": the denominators of a pair of arm rows. */
function armNs(ids: string[]): string {
  return `${ids.map((id) => figure(id).n ?? "?").join(" vs ")} patients`;
}

function labelCut(id: string): string {
  const f = figure(id);
  return f.cutoff ? `cutoff ${f.cutoff}` : `${f.data_cut ?? "undated"} analysis`;
}

/** Marks facts read outside the event's own publication with their source, as the README asks. */
function withVia(spec: EventSpec): LaneEntry[] {
  return spec.entries.map((e) => ({
    ...e,
    facts: e.facts.map((f) => {
      const elsewhere = f.figureIds.map((id) => figure(id)).filter((r) => r.publication !== spec.publication);
      // A report of the event's own publication: the header names the original, so say only who reported it.
      const displays = [...new Set(elsewhere.map((r) => (r.reports === spec.publication ? sourceOf(r).kindText : sourceOf(r).display)))];
      return displays.length > 0 ? { ...f, via: displays.join("; ") } : f;
    }),
  }));
}

export function timelineData(): TimelineData {
  const events = specs().map((spec): TimelineEvent => {
    const pub = publication(spec.publication);
    const year = spec.year ?? pub.year;
    if (year === null) throw new Error(`evidence-timeline: no year for ${spec.id}`);
    const entries = withVia(spec);
    const ids = entries.flatMap((e) => e.facts.flatMap((f) => f.figureIds));
    const own = evidence.figures.find((f) => f.publication === spec.publication);
    const sources = sourcesFor(ids);
    const source = own ? sourceOf(own).display : pub.short;
    const href = own ? sourceOf(own).href : publicationHref(pub).href;
    return { id: spec.id, era: spec.era, year, title: spec.title, short: spec.short, source, href, context: spec.context, entries, note: spec.note ?? null, sources };
  });
  const years = events.map((e) => e.year);
  const seen = new Map<string, SourceLine>();
  for (const e of events) for (const s of e.sources) seen.set(s.display, s);
  return { events, years: [Math.min(...years), Math.max(...years)], sources: [...seen.values()] };
}

export type { EvidenceFigure };
