/**
 * The lecture: the key figures as a sequence of slides, each with speaker notes (talking
 * points whose numbers are read from the evidence and whose sources are linked). Build time.
 */
import { figure } from "../evidence";
import { formatCi, formatP, formatValue } from "../lib/format";
import { sourceLine } from "./sources";
import type { SourceLine } from "./types";

export interface TalkingPoint {
  text: string;
  sources: SourceLine[];
}

export interface Slide {
  id: string;
  /** A figure id, or null for a text slide. */
  figure: string | null;
  heading: string;
  /** For text slides: short lines shown large. */
  lines: string[];
  notes: TalkingPoint[];
}

const v = (id: string) => formatValue(figure(id));
const count = (id: string) => {
  const f = figure(id);
  return `${f.value ?? "?"} of ${f.n ?? "?"}`;
};
const hr = (id: string) => {
  const f = figure(id);
  return `HR ${formatValue(f)} (95% CI ${formatCi(f) ?? "not reported"}${f.p ? `, ${formatP(f.p)}` : ""})`;
};
const point = (text: string, ids: string[]): TalkingPoint => ({ text, sources: [...new Map(ids.map((i) => { const s = sourceLine(i); return [s.display, s] as const; })).values()] });

export function lectureSlides(available: (figureId: string) => boolean): Slide[] {
  const slides: Slide[] = [
    {
      id: "argument",
      figure: null,
      heading: "Lenalidomide maintenance: a premature denouement?",
      lines: [
        "Three 2012 trials: maintenance delays progression.",
        "Only one showed longer survival.",
        "All three showed more second cancers.",
        "So: weigh it, patient by patient.",
      ],
      notes: [
        point(`Rajkumar's advice: consider maintenance mainly without CR or VGPR, and stop after at most ${v("nrco-2012-commentary-maintenance-duration-limit-lenalidomide-recommended-max-rajkumar-2012-nrco")}.`, ["nrco-2012-commentary-maintenance-duration-limit-lenalidomide-recommended-max-rajkumar-2012-nrco"]),
      ],
    },
    {
      id: "designs",
      figure: "trial-designs",
      heading: "Three trials, three designs",
      lines: [],
      notes: [
        point(`CALGB 100104 counted time to progression from transplant; IFM 2005-02 counted progression-free survival from randomisation. Medians are not on one clock.`, ["calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm", "ifm-2005-02-pfs-median-lenalidomide-attal-2012-nejm"]),
        point(`CALGB crossed over at unblinding: ${count("calgb-100104-crossover-count-placebo-mccarthy-2012-nejm")} progression-free placebo patients started lenalidomide.`, ["calgb-100104-crossover-count-placebo-mccarthy-2012-nejm"]),
      ],
    },
    {
      id: "hazard-ratios",
      figure: "pfs-os-hazard-ratios",
      heading: "Progression is not survival",
      lines: [],
      notes: [
        point(`IFM 2005-02: progression-free survival ${hr("ifm-2005-02-pfs-hr-vs-placebo-attal-2012-nejm")}; median ${v("ifm-2005-02-pfs-median-lenalidomide-attal-2012-nejm")} vs ${v("ifm-2005-02-pfs-median-placebo-attal-2012-nejm")}.`, ["ifm-2005-02-pfs-hr-vs-placebo-attal-2012-nejm"]),
        point(`CALGB 100104 is the one trial with fewer deaths in 2012: ${count("calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm")} vs ${count("calgb-100104-deaths-count-placebo-mccarthy-2012-nejm")} patients, ${formatP(figure("calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm").p) ?? ""}, at ${v("calgb-100104-follow-up-median-all-mccarthy-2012-nejm")} median follow-up.`, ["calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm"]),
        point(`IFM 2005-02 at 5 years: alive ${v("ifm-2005-02-os-rate-at-lenalidomide-60m-ifm-2013-ash-406")} vs ${v("ifm-2005-02-os-rate-at-placebo-60m-ifm-2013-ash-406")}, ${hr("ifm-2005-02-os-hr-vs-placebo-ifm-2013-ash-406")}.`, ["ifm-2005-02-os-hr-vs-placebo-ifm-2013-ash-406"]),
        point(`Pooled in 2017: overall survival ${hr("meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b")} — from a secondary report; the primary abstract's survival sentence was not readable.`, ["meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b"]),
      ],
    },
    {
      id: "curves",
      figure: "survival-curves",
      heading: "What the curves look like",
      lines: [],
      notes: [point("The curves are reconstructions from published medians and landmark rates, not the trials' Kaplan–Meier curves; the published points are marked.", ["ifm-2005-02-pfs-median-lenalidomide-attal-2012-nejm"])],
    },
    {
      id: "second-cancers",
      figure: "second-cancers",
      heading: "The price: second cancers",
      lines: [],
      notes: [
        point(`CALGB 100104: ${count("calgb-100104-spm-count-lenalidomide-mccarthy-2012-nejm")} patients with a second cancer on lenalidomide vs ${count("calgb-100104-spm-count-placebo-mccarthy-2012-nejm")} on placebo, at ${v("calgb-100104-follow-up-median-all-mccarthy-2012-nejm")} median follow-up.`, ["calgb-100104-spm-count-lenalidomide-mccarthy-2012-nejm"]),
        point(`Each trial reported second cancers its own way (counts, rates per 100 patient-years, 3-year rates): compare within a trial, not across.`, ["ifm-2005-02-spm-incidence-per-100py-lenalidomide-attal-2012-nejm", "mm-015-spm-rate-at-mpr-r-36m-palumbo-2012-nejm"]),
      ],
    },
    {
      id: "explorer",
      figure: "risk-benefit",
      heading: "Weighing it for one kind of patient",
      lines: [],
      notes: [point("An illustrative model, not a prediction: response status scales the baseline risk of progression (an assumption); the trials' hazard ratio applies while lenalidomide is taken.", ["meta-2017-pfs-hr-vs-pooled-control-mccarthy-2017-jco-meta"])],
    },
    {
      id: "timeline",
      figure: "evidence-timeline",
      heading: "What happened next",
      lines: [],
      notes: [point(`2017: the pooled analysis of the post-transplant trials reported longer survival, ${hr("meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b")}; maintenance after transplant became standard care.`, ["meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b"])],
    },
  ];
  return slides.filter((s) => s.figure === null || available(s.figure));
}
