/**
 * The explorer's words: the title that states the finding, the one plain sentence, the text
 * summary, the data table, the value texts of the controls. All from one ExplorerView, so the
 * words, the icon array and the curves always say the same numbers. Population language
 * only ("of 100 people like this"), never "you"; benefit and harm always share the
 * denominator (100 people) and the time frame (the horizon).
 */
import type { DataTable } from "../data/types";
import type { ExplorerView } from "../model/view";
import type { ResponseId, SettingId } from "../model/types";
import type { Duration } from "../state/params";

export const RESPONSE_WORDS: Record<ResponseId, { label: string; short: string; phrase: string }> = {
  cr: { label: "Complete response (CR)", short: "CR", phrase: "a complete response (CR)" },
  vgpr: { label: "Very good partial response (VGPR)", short: "VGPR", phrase: "a very good partial response (VGPR)" },
  pr: { label: "Partial response (PR)", short: "PR", phrase: "a partial response (PR)" },
  sd: { label: "Less than partial response", short: "<PR", phrase: "less than a partial response" },
};

export const SETTING_WORDS: Record<SettingId, { short: string; phrase: string }> = {
  pooled: { short: "Pooled trials (2017 meta-analysis)", phrase: "the post-transplant trials pooled in the 2017 meta-analysis" },
  "calgb-100104": { short: "CALGB 100104", phrase: "CALGB 100104 (after transplant)" },
  "ifm-2005-02": { short: "IFM 2005-02", phrase: "IFM 2005-02 (after transplant)" },
  "mm-015": { short: "MM-015", phrase: "MM-015 (people not eligible for transplant)" },
};

/** A whole or one-decimal number of years for a count of months: 24 → "2", 18 → "1.5", 7 → null. */
function yearsOf(months: number): string | null {
  const y = months / 12;
  return Number.isInteger(y * 2) ? String(y) : null;
}

/** The duration control's value in words: "24 months (2 years)", "1 month", "until progression". */
export function durationWords(d: Duration): string {
  if (d === "progression") return "until progression";
  if (d === 0) return "0 months (no maintenance)";
  const years = yearsOf(d);
  const months = `${d} ${d === 1 ? "month" : "months"}`;
  return years !== null && d >= 12 ? `${months} (${years} ${years === "1" ? "year" : "years"})` : months;
}

export function horizonWords(years: number): string {
  return `${years} ${years === 1 ? "year" : "years"}`;
}

/** The state's duration from the model's inputs (Infinity is "until progression"). */
export function durationOf(view: ExplorerView): Duration {
  return view.inputs.durationMonths === Infinity ? "progression" : view.inputs.durationMonths;
}

/** One decimal, as the outputs are printed: 7.58 → "7.6", 12 → "12.0". */
export function d1(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1);
}

/** Second cancers per 100: two decimals below 1 (0.92, 0.05), else one (2.4). */
export function dc(x: number): string {
  return x < 0.995 ? (Math.round(x * 100) / 100).toFixed(2) : d1(x);
}

/** Whole numbers with thin grouping: 19046 → "19,046". */
export function d0(x: number): string {
  return String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Extra second cancers of 100, in words: "about 1 more", "fewer than 1 more (0.3)", or null for none. */
export function cancerWords(view: ExplorerView): { text: string; one: boolean } | null {
  const exact = view.icons.secondCancerExact;
  if (exact <= 0) return null;
  if (view.icons.secondCancer === 0) return { text: `fewer than 1 more (${dc(exact)})`, one: true };
  return { text: `about ${view.icons.secondCancer} more`, one: view.icons.secondCancer === 1 };
}

function durationPhrase(view: ExplorerView): string {
  const d = durationOf(view);
  return d === "progression" ? "maintenance taken until progression" : `${durationWords(d).replace(/ \(.*\)$/, "")} of maintenance`;
}

/** The title states the finding of the current view. */
export function titleOf(view: ExplorerView): string {
  const h = horizonWords(view.inputs.horizonYears);
  if (view.inputs.durationMonths === 0) return "With no maintenance there is no gain to weigh, and no extra second cancers";
  const lead = durationOf(view) === "progression" ? "Maintenance until progression" : capitalise(durationPhrase(view));
  const gain = view.icons.because === 1 ? "1 more of 100 people is" : `${view.icons.because} more of 100 people are`;
  const c = cancerWords(view);
  const harm = c === null ? "no extra second cancers in this model" : `${c.text} ${c.one ? "has" : "have"} a second cancer`;
  return `${lead}: ${gain} free of progression at ${h}; ${harm}`;
}

/** The one plain-language sentence, with denominator and time frame. */
export function sentenceOf(view: ExplorerView): string {
  const { icons, inputs } = view;
  const h = horizonWords(inputs.horizonYears);
  const who = `of 100 people with ${RESPONSE_WORDS[inputs.response].phrase} to initial therapy, in ${SETTING_WORDS[inputs.setting].phrase}`;
  if (inputs.durationMonths === 0) {
    return `In this illustrative model, ${who}, about ${icons.anyway} would be free of progression after ${h} without maintenance. With no maintenance there is nothing gained and no extra second cancer.`;
  }
  const withM = icons.anyway + icons.because;
  const gain = icons.because === 0 ? "no more because of it" : `${icons.because} more because of it`;
  const c = cancerWords(view);
  const harm = c === null
    ? "the model counts no extra second cancers, because the second-cancer excess it uses here is 0 (see the assumptions)"
    : `${c.text} would have had a second cancer because of it`;
  return `In this illustrative model, ${who}, after ${h} about ${icons.anyway} would be free of progression without maintenance and about ${withM} with ${durationPhrase(view)}: ${gain}. Over the same ${h}, ${harm}.`;
}

function rangeText(low: number, high: number, fmt: (x: number) => string): string {
  return fmt(low) === fmt(high) ? fmt(low) : `${fmt(low)}–${fmt(high)}`;
}

/** The ranges the evidence allows, in one sentence. */
export function rangesOf(view: ExplorerView): string {
  const r = view.full().ranges;
  if (view.inputs.durationMonths === 0) {
    return `Across the ranges of the evidence behind the model, free of progression without maintenance: ${rangeText(r.pfWithout.low, r.pfWithout.high, d1)} of 100.`;
  }
  return `Across the ranges of the evidence behind the model (not a confidence interval), these numbers could be: free of progression without maintenance ${rangeText(r.pfWithout.low, r.pfWithout.high, d1)} and with it ${rangeText(r.pfWith.low, r.pfWith.high, d1)} of 100; extra second cancers ${rangeText(r.extraCancers.low, r.extraCancers.high, dc)} of 100.`;
}

function ratioText(view: ExplorerView): string {
  const o = view.outputs;
  if (o.pfMonthsPerExtraCancer === null) return "not defined (no extra second cancers)";
  return `${d0(o.pfMonthsPerExtraCancer)} months`;
}

function ratioRangeText(view: ExplorerView): string {
  const r = view.full().ranges.pfMonthsPerExtraCancer;
  if (r.low === null) return "not defined";
  if (r.high === null) return `${d0(r.low)} months to no upper bound (some combinations give no extra cancer)`;
  return rangeText(r.low, r.high, (x) => `${d0(x)}`) + " months";
}

/** What the parameters used were, in words with their values. */
export function parametersOf(view: ExplorerView): string {
  const u = view.used;
  const own = u.overridden.length > 0 ? ` Set by the reader: ${u.overridden.join(", ")}.` : "";
  return `Parameters used: median time to progression without maintenance ${d1(u.base)} months × response multiplier ${u.response.toFixed(2)}; hazard ratio on maintenance ${u.hr.toFixed(2)}; extra second cancers ${u.spm.toFixed(2)} per 100 patient-years on lenalidomide; benefit fades over ${u.fade} months after stopping.${own}`;
}

export function iconsText(view: ExplorerView): string {
  const i = view.icons;
  return `Icon array of 100 people after ${horizonWords(view.inputs.horizonYears)}: ${i.anyway} free of progression anyway, ${i.because} free of progression because of maintenance, ${i.progressed} progressed; ${i.secondCancer} marked with an extra second cancer.`;
}

export function curvesText(view: ExplorerView): string {
  const c = view.curves;
  const o = view.outputs;
  const stop = view.inputs.durationMonths === 0
    ? "No maintenance: the two curves are the same."
    : c.stopMonth !== null ? `Maintenance stops at ${c.stopMonth} months, marked on the chart.` : "Maintenance continues to the end of the chart.";
  return `Free of progression over ${horizonWords(view.inputs.horizonYears)}, per 100 people: the curve without maintenance falls to ${d1(o.pfWithout)} and the curve with it to ${d1(o.pfWith)}. ${stop}`;
}

/** The text summary: every number drawn, for screen readers and hurried readers. */
export function summaryOf(view: ExplorerView): string {
  const o = view.outputs;
  const h = horizonWords(view.inputs.horizonYears);
  const gained = view.inputs.durationMonths === 0 ? "" : ` Together the 100 people would gain about ${d0(o.pfMonthsGained)} months free of progression over ${h} (${d1(o.pfMonthsGained / 100)} months each on average), after about ${d1(o.exposureMonths)} months on lenalidomide each on average.`;
  return [sentenceOf(view) + gained, iconsText(view), curvesText(view), rangesOf(view), parametersOf(view), "Overall survival is not modelled."].join(" ");
}

export function tableOf(view: ExplorerView): DataTable {
  const o = view.outputs;
  const r = view.full().ranges;
  const h = horizonWords(view.inputs.horizonYears);
  const dur = durationWords(durationOf(view));
  const per100 = (x: number) => `${d1(x)} of 100`;
  return {
    caption: `Illustrative model, per 100 people over ${h}: ${RESPONSE_WORDS[view.inputs.response].label}, maintenance ${dur}, ${SETTING_WORDS[view.inputs.setting].short}`,
    columns: ["Output", `Central value (per 100 people, ${h})`, "Range across the evidence"],
    rows: [
      [`Free of progression at ${h}, without maintenance`, per100(o.pfWithout), rangeText(r.pfWithout.low, r.pfWithout.high, d1)],
      [`Free of progression at ${h}, with ${durationPhrase(view)}`, per100(o.pfWith), rangeText(r.pfWith.low, r.pfWith.high, d1)],
      [`Progression-free months gained over ${h}, all 100 together`, `${d0(o.pfMonthsGained)} months (${d1(o.pfMonthsGained / 100)} each)`, `${rangeText(r.pfMonthsGained.low, r.pfMonthsGained.high, d0)} months`],
      ["Mean months on lenalidomide, each", `${d1(o.exposureMonths)} months`, "—"],
      [`Extra second cancers by ${h}`, `${dc(o.extraCancers)} of 100`, rangeText(r.extraCancers.low, r.extraCancers.high, dc)],
      ["Progression-free months gained per extra second cancer", ratioText(view), ratioRangeText(view)],
      ["Icon array: free of progression anyway", `${view.icons.anyway} people`, "—"],
      ["Icon array: free of progression because of maintenance", `${view.icons.because} people`, "—"],
      ["Icon array: progressed", `${view.icons.progressed} people`, "—"],
      ["Icon array: marked with an extra second cancer", `${view.icons.secondCancer} ${view.icons.secondCancer === 1 ? "person" : "people"}`, "—"],
    ],
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
