/**
 * pfs-os-hazard-ratios: per trial, the hazard ratio for progression and for death with its
 * 95% CI on a log scale around the line of no effect, the absolute numbers printed beside
 * each, and gaps written as gaps. A second view draws the absolute numbers themselves.
 * Pure: (data, state, options) -> element. Layout arithmetic only; no evidence reads.
 */
import * as Plot from "@observablehq/plot";
import type { ArmValue, HazardRatioData, HazardRatioRow } from "../data/pfs-os-hazard-ratios";
import { hazardRatioState, type HazardRatioState } from "../state/pfs-os-hazard-ratios";
import type { DataTable } from "../data/types";
import { type ChartOptions, finishChart, plotStyle, typeScale, wrap } from "./common";

export const FIGURE_ID = "pfs-os-hazard-ratios";

export type { HazardRatioState };

export const DEFAULT_STATE: HazardRatioState = hazardRatioState.defaults;

/** A background-coloured outline so labels stay readable where they cross the line of no effect. */
const HALO = { fill: "currentColor", stroke: "var(--bg, white)", strokeWidth: 5, strokeLinejoin: "round" } as const;

const ENDPOINT_ORDER = { progression: 0, survival: 1 } as const;

export function rowsFor(data: HazardRatioData, state: HazardRatioState): HazardRatioRow[] {
  return data.rows
    .filter((r) => r.cut === state.reports)
    .sort((a, b) => ENDPOINT_ORDER[a.endpoint] - ENDPOINT_ORDER[b.endpoint]);
}

/** Teaching steps: progression first, then survival. */
export function steps(): { label: string; note: string }[] {
  return [
    { label: "Progression", note: "Every hazard ratio for progression that was published lies left of the line of no effect: fewer progressions with lenalidomide." },
    { label: "Survival", note: "For death the picture differs by trial and by report: look at the absolute numbers beside each row, and at which hazard ratios were never published." },
  ];
}

/** The state in words, for exported images. */
export function describeState(state: HazardRatioState): string {
  return `${state.reports === "2012" ? "2012 reports" : "Latest report per trial"} · ${state.measure === "hr" ? "hazard ratios" : "absolute numbers"}`;
}

function focusOf(o: ChartOptions): HazardRatioRow["endpoint"] | null {
  return o.step === 1 ? "progression" : o.step === 2 ? "survival" : null;
}

export function title(state: HazardRatioState): string {
  return state.reports === "2012"
    ? "In the 2012 reports, lenalidomide delayed progression in all three trials; survival results differed"
    : "Later reports kept the delay in progression; a survival benefit appeared when the post-transplant trials were pooled";
}

function hrLine(r: HazardRatioRow): string {
  if (!r.hr) return `${r.missing ?? "Hazard ratio not reported"}.`;
  return `HR ${r.hr.text} (95% CI ${r.hr.ci ?? "not reported"})${r.hr.p ? `, ${r.hr.p}` : ""}, ${r.contrast}.`;
}

function rowTitle(r: HazardRatioRow): string {
  return `${r.trial} · ${r.endpointLabel}${r.endpointNote ? ` (${r.endpointNote})` : ""} · ${r.report}`;
}

/** The text summary: what a screen reader hears and a hurried reader reads. */
export function summary(data: HazardRatioData, state: HazardRatioState): string {
  const rows = rowsFor(data, state);
  const sentences = rows.map((r) => `${r.trial}, ${r.endpointLabel === "OS" ? "overall survival" : r.endpointLabel === "TTP" ? "time to progression" : "progression-free survival"} (${r.report}): ${hrLine(r)} ${capitalise(r.absoluteText)}.`);
  const lead = state.reports === "2012"
    ? "Hazard ratios below 1 mean fewer events with lenalidomide."
    : "Latest reports in the evidence base; hazard ratios below 1 mean fewer events with lenalidomide.";
  return [lead, ...sentences].join(" ");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function table(data: HazardRatioData, state: HazardRatioState): DataTable {
  return {
    caption: `${title(state)}: the numbers drawn`,
    columns: ["Trial", "Endpoint", "Report", "Hazard ratio (95% CI)", "Absolute numbers", "Source"],
    rows: rowsFor(data, state).map((r) => [
      r.trial,
      `${r.endpointLabel}${r.endpointNote ? ` (${r.endpointNote})` : ""}`,
      r.report,
      r.hr ? `${r.hr.text} (${r.hr.ci ?? "CI not reported"})${r.hr.p ? `, ${r.hr.p}` : ""}` : (r.missing ?? "not reported"),
      capitalise(r.absoluteText),
      r.sources.map((s) => s.display).join("; "),
    ]),
  };
}

export function render(data: HazardRatioData, state: HazardRatioState, options: ChartOptions): Element {
  return state.measure === "hr" ? renderRatios(data, state, options) : renderAbsolute(data, state, options);
}

interface Placed { row: HazardRatioRow; titleLines: string[]; textLines: string[]; top: number; markY: number }

function layout(rows: HazardRatioRow[], o: ChartOptions, text: (r: HazardRatioRow) => string, gapBetween: number) {
  const t = typeScale(o);
  const lineH = Math.round(t.base * 1.3);
  const placed: Placed[] = [];
  let y = 8;
  let group: string | null = null;
  const headers: { y: number; text: string }[] = [];
  for (const row of rows) {
    if (row.endpoint !== group) {
      group = row.endpoint;
      y += group === "progression" ? 0 : 12;
      headers.push({ y: y + lineH * 0.8, text: group === "progression" ? "PROGRESSION (PFS or TTP)" : "OVERALL SURVIVAL (OS)" });
      y += lineH * 1.5;
    }
    const titleLines = wrap(rowTitle(row), o.width - 8, t.strong);
    const textLines = wrap(text(row), o.width - 8, t.small);
    const top = y;
    const markY = top + (titleLines.length + textLines.length) * lineH + t.dot + 6;
    placed.push({ row, titleLines, textLines, top, markY });
    y = markY + t.dot + gapBetween;
  }
  return { placed, headers, height: y + 8, lineH, t };
}

function renderRatios(data: HazardRatioData, state: HazardRatioState, o: ChartOptions): Element {
  const rows = rowsFor(data, state);
  const { placed, headers, height, lineH, t } = layout(rows, o, (r) => `${hrLine(r)} ${capitalise(r.absoluteText)}.`, 22);
  const withHr = placed.filter((p) => p.row.hr !== null);
  const gaps = placed.filter((p) => p.row.hr === null);
  const values = withHr.flatMap((p) => [p.row.hr?.value, p.row.hr?.low, p.row.hr?.high]).filter((v): v is number => typeof v === "number");
  const lo = Math.min(0.25, ...values.map((v) => v / 1.15));
  const hi = Math.max(2, ...values.map((v) => v * 1.15));
  const focus = focusOf(o);
  const alpha = (r: HazardRatioRow) => (focus === null || r.endpoint === focus ? 1 : 0.2);
  const lines = (p: Placed) => [
    ...p.titleLines.map((text, i) => ({ y: p.top + lineH * (i + 0.8), text, strong: true, a: alpha(p.row) })),
    ...p.textLines.map((text, i) => ({ y: p.top + lineH * (p.titleLines.length + i + 0.8), text, strong: false, a: alpha(p.row) })),
  ];
  const pa = (p: Placed) => alpha(p.row);
  const textRows = placed.flatMap(lines);
  const cls = (p: Placed) => (p.row.endpoint === "progression" ? "series-len" : "series-ctl");
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height: height + 46,
    marginLeft: 16,
    marginRight: 16,
    marginTop: 0,
    marginBottom: 46,
    style: plotStyle(o),
    ariaLabel: `${title(state)}. Hazard ratios on a log scale; below 1 favours lenalidomide.`,
    ariaDescription: summary(data, state),
    x: { type: "log", domain: [lo, hi] },
    y: { type: "identity", axis: null },
    marks: [
      Plot.ruleX([1], { stroke: "currentColor", strokeWidth: t.stroke / 2, strokeDasharray: "4 3", className: "null-line" }),
      Plot.text(headers, { x: null, y: "y", text: "text", frameAnchor: "left", textAnchor: "start", fontWeight: 700, fontSize: t.small, className: "group-header" }),
      Plot.text(textRows.filter((d) => d.strong), { y: "y", text: "text", frameAnchor: "left", textAnchor: "start", fontWeight: 600, fontSize: t.strong, opacity: "a", ...HALO }),
      Plot.text(textRows.filter((d) => !d.strong), { y: "y", text: "text", frameAnchor: "left", textAnchor: "start", fontSize: t.small, className: "muted-text", opacity: "a", ...HALO }),
      ...["series-len", "series-ctl"].map((c) => {
        const ps = withHr.filter((p) => cls(p) === c);
        return [
          Plot.ruleY(ps.filter((p) => p.row.hr?.low !== null && p.row.hr?.low !== undefined), { y: (p: Placed) => p.markY, x1: (p: Placed) => p.row.hr?.low, x2: (p: Placed) => p.row.hr?.high ?? hi, stroke: "currentColor", strokeWidth: t.stroke, opacity: pa, className: c }),
          Plot.dot(ps, { x: (p: Placed) => p.row.hr?.value, y: (p: Placed) => p.markY, r: t.dot, fill: "currentColor", stroke: "var(--bg, white)", strokeWidth: 1.5, symbol: (p: Placed) => (p.row.endpoint === "progression" ? "circle" : "diamond"), opacity: pa, className: c }),
        ];
      }).flat(),
      Plot.text(gaps, { x: 1, y: (p: Placed) => p.markY, text: () => "not reported", fontStyle: "italic", fontSize: t.small, opacity: pa, className: "gap-text" }),
      Plot.ruleY(gaps, { y: (p: Placed) => p.markY, x1: lo, x2: hi, stroke: "currentColor", strokeOpacity: 0.35, opacity: pa, strokeDasharray: "2 4", className: "gap-text" }),
      Plot.axisX({ anchor: "bottom", tickSize: 5, fontSize: t.small, ticks: [0.25, 0.5, 0.75, 1, 1.5, 2].filter((v) => v >= lo && v <= hi), tickFormat: (d: number) => String(d), label: o.width < 560 ? "Hazard ratio, log scale; <1 favours lenalidomide" : "Hazard ratio, log scale (below 1: fewer events with lenalidomide)", labelAnchor: "center", labelOffset: 38 }),
    ],
  });
  return finishChart(svg, FIGURE_ID);
}

function armLabel(a: ArmValue): string {
  return `${a.label} ${a.text}`;
}

function renderAbsolute(data: HazardRatioData, state: HazardRatioState, o: ChartOptions): Element {
  const rows = rowsFor(data, state);
  const doc = o.document ?? document;
  const wrapper = doc.createElement("div");
  wrapper.setAttribute("class", "wm-chart-panels");
  wrapper.setAttribute("role", "group");
  wrapper.setAttribute("aria-label", `${title(state)}. The absolute numbers behind the hazard ratios, grouped by unit.`);
  const units = ["months", "years", "percent"] as const;
  for (const unit of units) {
    const panelRows = rows.filter((r) => r.absoluteUnit === unit);
    if (panelRows.length === 0) continue;
    const { placed, headers, height, t } = layout(panelRows, o, (r) => `${r.absoluteMeasure}: ${r.arms.map(armLabel).join(" · ")}`, 26);
    const marks = placed.flatMap((p) => p.row.arms.map((a, i) => ({ p, a, i, y: p.markY })));
    const drawn = marks.filter((m) => m.a.value !== null);
    const notReached = marks.filter((m) => m.a.value === null);
    const max = Math.max(...drawn.map((m) => m.a.value ?? 0));
    const domainMax = unit === "percent" ? 100 : Math.ceil((max * 1.1) / 10) * 10;
    const svg = Plot.plot({
      document: o.document,
      width: o.width,
      height: height + 46,
      marginLeft: 4,
      marginRight: 16,
      marginTop: 0,
      marginBottom: 46,
      style: plotStyle(o),
      ariaLabel: `Absolute numbers in ${unit}`,
      x: { domain: [0, domainMax] },
      y: { type: "identity", axis: null },
      marks: [
        Plot.text(headers, { y: "y", text: "text", frameAnchor: "left", textAnchor: "start", fontWeight: 700, fontSize: t.small }),
        Plot.text(placed.flatMap((p) => p.titleLines.map((text, i) => ({ y: p.top + Math.round(t.base * 1.3) * (i + 0.8), text }))), { y: "y", text: "text", frameAnchor: "left", textAnchor: "start", fontWeight: 600, fontSize: t.strong }),
        Plot.text(placed.flatMap((p) => p.textLines.map((text, i) => ({ y: p.top + Math.round(t.base * 1.3) * (p.titleLines.length + i + 0.8), text }))), { y: "y", text: "text", frameAnchor: "left", textAnchor: "start", fontSize: t.small, className: "muted-text" }),
        Plot.ruleY(placed, { y: (p: Placed) => p.markY, x1: 0, x2: domainMax, stroke: "currentColor", strokeOpacity: 0.2 }),
        Plot.dot(drawn.filter((m) => m.a.lenalidomide), { x: (m: { a: ArmValue }) => m.a.value, y: "y", r: t.dot, fill: (m: { a: ArmValue }) => (m.a.bound ? "var(--bg, white)" : "currentColor"), stroke: "currentColor", strokeWidth: t.stroke, className: "series-len" }),
        Plot.dot(drawn.filter((m) => !m.a.lenalidomide), { x: (m: { a: ArmValue }) => m.a.value, y: "y", r: t.dot, symbol: "square", fill: (m: { a: ArmValue }) => (m.a.bound ? "var(--bg, white)" : "currentColor"), stroke: "currentColor", strokeWidth: t.stroke, className: "series-ctl" }),
        Plot.text(notReached, { x: domainMax, y: "y", text: (m: { a: ArmValue }) => `${m.a.label}: not reached`, textAnchor: "end", dy: -12, fontStyle: "italic", fontSize: t.small, className: "gap-text" }),
        Plot.axisX({ anchor: "bottom", fontSize: t.small, label: unit === "percent" ? "Percent of patients" : unit === "months" ? "Months" : "Years", labelAnchor: "center", labelOffset: 38 }),
      ],
    });
    wrapper.appendChild(finishChart(svg, FIGURE_ID));
  }
  return wrapper;
}
