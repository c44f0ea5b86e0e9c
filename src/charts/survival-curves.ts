/**
 * survival-curves: for one trial, endpoint and report, a curve per arm reconstructed from the
 * published medians and landmark rates (dashed; dotted where the last hazard is carried on to
 * the follow-up), the published points marked and labelled with their values and sources, the
 * time axis ending at the report's follow-up, and gaps written as gaps. Pure: (data, state,
 * options) -> element. Layout arithmetic only: the curves arrive sampled from src/model.
 */
import * as Plot from "@observablehq/plot";
import type { ArmCurve, CurveView, PublishedMark, SurvivalCurveData } from "../data/survival-curves";
import type { DataTable } from "../data/types";
import { survivalCurveState, type SurvivalCurveState } from "../state/survival-curves";
import { type ChartOptions, finishChart, plotStyle, typeScale, wrap } from "./common";
import { densify, placeLabels, type Box, type LabelRequest, type Offset, type PixelPoint } from "./placement";

export const FIGURE_ID = "survival-curves";
export type { SurvivalCurveState };
export const DEFAULT_STATE: SurvivalCurveState = survivalCurveState.defaults;

export const RECONSTRUCTION_NOTE = "reconstructed from published medians and rates, not the trial's Kaplan–Meier curve";

const HALO = { stroke: "var(--bg, white)", strokeWidth: 4, strokeLinejoin: "round" } as const;
const SYMBOLS = ["circle", "square", "diamond"] as const;

export function viewFor(data: SurvivalCurveData, state: SurvivalCurveState): CurveView {
  const view = data.views.find((v) => v.trial === state.trial && v.endpoint === state.endpoint && v.cut === state.cut);
  if (!view) throw new Error(`No survival-curves view for ${state.trial}:${state.endpoint}:${state.cut}`);
  return view;
}

const TITLES: Record<string, string> = {
  "calgb-100104:progression:2012": "CALGB 100104, 2012 report: time to progression was much longer with lenalidomide",
  "calgb-100104:progression:latest": "CALGB 100104, 2017 update: the gap in time to progression held",
  "calgb-100104:progression:label": "CALGB 100104, US label analysis: progression-free survival was much longer with lenalidomide",
  "calgb-100104:survival:2012": "CALGB 100104, 2012 report: fewer deaths with lenalidomide, but no survival curve can be drawn",
  "calgb-100104:survival:latest": "CALGB 100104, 2017 update: no survival numbers were readable",
  "calgb-100104:survival:label": "CALGB 100104, US label analysis: median survival was longer with lenalidomide",
  "ifm-2005-02:progression:2012": "IFM 2005-02, 2012 report: the progression curves separate early and widely",
  "ifm-2005-02:progression:latest": "IFM 2005-02, 2013 analysis: the gap in progression held after lenalidomide was stopped",
  "ifm-2005-02:progression:label": "IFM 2005-02, US label analysis: progression-free survival was longer with lenalidomide",
  "ifm-2005-02:survival:2012": "IFM 2005-02, 2012 report: survival was given only as a bound, the same in both arms",
  "ifm-2005-02:survival:latest": "IFM 2005-02, 2013 analysis: the survival curves lie on top of each other",
  "ifm-2005-02:survival:label": "IFM 2005-02, US label analysis: median survival was longer with lenalidomide, in a descriptive analysis",
  "mm-015:progression:2012": "MM-015: maintenance after MPR delayed progression; the MPR and MP curves lie together",
  "mm-015:progression:latest": "MM-015: maintenance after MPR delayed progression; the MPR and MP curves lie together",
  "mm-015:survival:2012": "MM-015: survival was similar in all three arms",
  "mm-015:survival:latest": "MM-015: survival was similar in all three arms",
  "meta-2017:progression:latest": "Pooled post-transplant trials: progression came much later with lenalidomide",
  "meta-2017:survival:latest": "Pooled post-transplant trials: more patients were alive with lenalidomide",
};

const TRIAL_WORDS: Record<SurvivalCurveState["trial"], string> = {
  "calgb-100104": "CALGB 100104",
  "ifm-2005-02": "IFM 2005-02",
  "mm-015": "MM-015",
  "meta-2017": "The 2017 meta-analysis",
};

const CUT_WORDS: Record<SurvivalCurveState["cut"], string> = { "2012": "2012 report", latest: "later report", label: "US label analysis" };

/** Teaching steps (the same for every view): the published points, then the reconstruction. */
export function steps(): { label: string; note: string }[] {
  return [
    { label: "What was published", note: "The marked points are the only numbers the report gave: medians and rates, each labelled with its value and source. Where a report gave only a bound, or nothing, the chart says so." },
    { label: "What is reconstructed", note: "The dashed curves join the points assuming a constant hazard between them; dotted ends carry the last hazard on to the report's median follow-up. Nothing is drawn beyond it." },
  ];
}

/** The state in words, for exported images. */
export function describeState(state: SurvivalCurveState): string {
  return `${TRIAL_WORDS[state.trial]} · ${state.endpoint === "progression" ? "progression" : "overall survival"} · ${CUT_WORDS[state.cut]}`;
}

export function title(state: SurvivalCurveState): string {
  return TITLES[`${state.trial}:${state.endpoint}:${state.cut}`]
    ?? `${TRIAL_WORDS[state.trial]}: no ${CUT_WORDS[state.cut]} of ${state.endpoint === "progression" ? "progression" : "survival"} in the evidence base`;
}

function sourceTag(view: CurveView, source: number): string {
  return view.sources.length > 1 ? ` [${source + 1}]` : "";
}

function markLabel(view: CurveView, arm: ArmCurve, m: PublishedMark): string {
  const prefix = view.arms.length > 2 || m.kind === "bound" ? `${arm.label}: ` : "";
  return `${prefix}${m.text}${sourceTag(view, m.source)}`;
}

function armLine(view: CurveView, arm: ArmCurve): string {
  const parts = arm.marks.map((m) => `${m.text}${sourceTag(view, m.source)}`);
  if (arm.notReached) parts.unshift(arm.notReached);
  const n = arm.n !== null ? ` (${arm.n} patients)` : "";
  const ext = arm.extension.length > 0 && view.followUp ? `; carried on at its last hazard to the median follow-up (${view.followUp.value})` : "";
  const no = arm.noCurve ? `; no curve: ${arm.noCurve}` : "";
  return `${arm.label}${n}: ${parts.join("; ")}${ext}${no}`;
}

function reportLine(view: CurveView): string {
  return `${view.report}${view.followUp ? ` · ${view.followUp.text}${view.followUp.detail ? `, ${view.followUp.detail}` : ""}` : ""}`;
}

function sourcesLine(view: CurveView): string {
  if (view.sources.length === 0) return "";
  if (view.sources.length === 1) return `Source: ${view.sources[0] ?? ""}`;
  return `Sources: ${view.sources.map((s, i) => `[${i + 1}] ${s}`).join("; ")}`;
}

function drawsCurves(view: CurveView): boolean {
  return view.arms.some((a) => a.through.length > 0);
}

function methodLine(view: CurveView): string | null {
  if (!drawsCurves(view)) return null;
  const dotted = view.arms.some((a) => a.extension.length > 0)
    ? " Dotted: the last hazard carried on to the median follow-up, no further."
    : "";
  return `Dashed lines: ${RECONSTRUCTION_NOTE}.${dotted}`;
}

/** The text summary: what a screen reader hears and a hurried reader reads. */
export function summary(data: SurvivalCurveData, state: SurvivalCurveState): string {
  const view = viewFor(data, state);
  if (!view.available) return `${view.gap?.text ?? "Not available."} Choose another report or trial.`;
  const head = `${view.trialName}, ${view.endpointName.charAt(0).toLowerCase()}${view.endpointName.slice(1)} (${reportLine(view)}).`;
  const method = drawsCurves(view) ? ` Curves ${RECONSTRUCTION_NOTE}; drawn only to the follow-up.` : "";
  const arms = view.arms.map((a) => ` ${armLine(view, a)}.`).join("");
  const gap = view.gap ? ` ${view.gap.text}` : "";
  const known = view.known.map((k) => ` ${k}`).join("");
  const notes = view.notes.map((n) => ` ${n}`).join("");
  const sources = view.sources.length > 0 ? ` ${sourcesLine(view)}.` : "";
  return `${head}${method}${arms}${gap}${known}${notes}${sources}`;
}

export function table(data: SurvivalCurveData, state: SurvivalCurveState): DataTable {
  const view = viewFor(data, state);
  const src = (i: number) => view.sources[i] ?? "";
  const rows: string[][] = [];
  for (const a of view.arms) {
    if (a.notReached) rows.push([a.label, "Median", a.notReached, "no point: not a value", src(0)]);
    for (const m of a.marks) {
      const what = m.kind === "median" ? "Median" : m.kind === "bound" ? "Bound (not a value)" : "Rate at a time point";
      const how = m.kind === "bound" ? "marker with arrow; no curve" : "published point; the curve passes through it";
      rows.push([a.label, what, m.text, how, src(m.source)]);
    }
    if (a.noCurve && a.marks.length === 0 && !a.notReached) rows.push([a.label, "Curve", "not reported", a.noCurve, ""]);
  }
  if (view.followUp) rows.push(["All patients", "Median follow-up", view.followUp.text, "curves stop here or at the last published point", src(view.followUp.source)]);
  for (const k of view.known) rows.push(["All patients", "Known instead", k, "not drawn as a curve", src(0)]);
  if (view.gap && rows.length === 0) rows.push([view.trialName, "Curve", "not reported", view.gap.text, ""]);
  return {
    caption: `${title(state)}: the numbers drawn`,
    columns: ["Arm", "What was published", "Value", "How it is drawn", "Source"],
    rows,
  };
}

interface Frame { ml: number; mr: number; mt: number; plotW: number; plotH: number; axisEnd: number }

const px = (f: Frame, t: number) => f.ml + (t / f.axisEnd) * f.plotW;
const py = (f: Frame, pct: number) => f.mt + (1 - pct / 100) * f.plotH;
const tOf = (f: Frame, x: number) => ((x - f.ml) / f.plotW) * f.axisEnd;
const pctOf = (f: Frame, y: number) => 100 * (1 - (y - f.mt) / f.plotH);

function timeTicks(view: CurveView, width: number): number[] {
  const step = view.timeUnit === "years" ? 1 : view.axisEnd <= 36 ? 6 : view.axisEnd <= 72 || width >= 560 ? 12 : 24;
  return Array.from({ length: Math.floor(view.axisEnd / step) + 1 }, (_, i) => i * step);
}

interface TextLine { text: string; y: number; size: number; weight: number; cls: string; italic: boolean }

function textBlock(items: { text: string; size: number; weight?: number; cls?: string; italic?: boolean }[], width: number, top: number): { lines: TextLine[]; bottom: number } {
  const lines: TextLine[] = [];
  let y = top;
  for (const item of items) {
    for (const text of wrap(item.text, width, item.size)) {
      y += Math.round(item.size * 1.3);
      lines.push({ text, y, size: item.size, weight: item.weight ?? 400, cls: item.cls ?? "muted-text", italic: item.italic ?? false });
    }
  }
  return { lines, bottom: y };
}

/** Text lines as marks, each at a pixel offset from the frame's top-left corner. */
function lineMarks(lines: TextLine[], fromTop: number, dx: number): Plot.Markish[] {
  return lines.map((l) => Plot.text([l.text], {
    text: (d: string) => d, frameAnchor: "top-left", dx, dy: l.y - fromTop, textAnchor: "start", lineAnchor: "bottom", fontSize: l.size,
    fontWeight: l.weight, fontStyle: l.italic ? "italic" : "normal", className: l.cls,
  }));
}

function renderUnavailable(data: SurvivalCurveData, state: SurvivalCurveState, view: CurveView, o: ChartOptions): Element {
  const t = typeScale(o);
  const { lines, bottom } = textBlock([
    { text: `${view.trialName} · ${view.endpointName}`, size: t.strong, weight: 600, cls: "" },
    { text: view.gap?.text ?? "", size: t.small, cls: "gap-text", italic: true },
    { text: "Choose another report or trial above.", size: t.small },
  ], o.width - 8, 0);
  const svg = Plot.plot({
    document: o.document, width: o.width, height: bottom + 12, margin: 0, style: plotStyle(o),
    ariaLabel: title(state), ariaDescription: summary(data, state),
    x: { axis: null, domain: [0, 1] }, y: { axis: null, domain: [0, 1] },
    marks: lineMarks(lines, 0, 4),
  });
  return finishChart(svg, FIGURE_ID);
}

export function render(data: SurvivalCurveData, state: SurvivalCurveState, o: ChartOptions): Element {
  const view = viewFor(data, state);
  if (!view.available) return renderUnavailable(data, state, view, o);
  const t = typeScale(o);
  const lineH = Math.round(t.small * 1.3);
  const ml = o.projector ? 76 : 48;
  // Identical points in different arms (the same bound in both) sit side by side: keep room for them.
  const marks = view.arms.flatMap((a) => a.marks);
  const maxSame = Math.max(1, ...marks.map((m) => marks.filter((e) => e.t === m.t && e.pct === m.pct).length));
  const mr = Math.max(20, Math.ceil(((maxSame - 1) / 2) * t.dot * 2.6 + t.dot + 8));
  const header = textBlock([
    { text: `${view.trialName} · ${view.endpointName}`, size: t.strong, weight: 600, cls: "" },
    { text: reportLine(view), size: t.small },
    ...(view.sources.length > 0 ? [{ text: sourcesLine(view), size: t.small }] : []),
    ...(methodLine(view) ? [{ text: methodLine(view) ?? "", size: t.small, italic: true }] : []),
    ...view.notes.map((n) => ({ text: n, size: t.small })),
  ], o.width - 8, 0);
  const mt = header.bottom + t.small + 26;
  const keyItems = view.arms.map((a) => ({ arm: a, lines: wrap(armLine(view, a), o.width - 26, t.small) }));
  const keyH = keyItems.reduce((h, k) => h + k.lines.length * lineH + 4, 0);
  const axisH = Math.round(t.small * 2.2 + 18);
  const plotH = o.projector ? 420 : Math.round(Math.min(360, Math.max(250, o.width * 0.4)));
  const height = mt + plotH + axisH + keyH + 8;
  const f: Frame = { ml, mr, mt, plotW: o.width - ml - mr, plotH, axisEnd: view.axisEnd };

  // Lines in pixels, to keep labels off them.
  const linePixels: PixelPoint[][] = view.arms.map((a) => [...a.through, ...a.extension].map((s) => ({ x: px(f, s.t), y: py(f, s.pct) })));
  const dots = view.arms.flatMap((a, ai) => a.marks.map((m) => ({ a, ai, m })));
  const dotX = (d: { ai: number; m: PublishedMark }) => {
    const same = dots.filter((e) => e.m.t === d.m.t && e.m.pct === d.m.pct);
    const k = same.findIndex((e) => e.ai === d.ai);
    return px(f, d.m.t) + (k - (same.length - 1) / 2) * (t.dot * 2.6);
  };
  const dotBoxes: Box[] = dots.map((d) => ({ x0: dotX(d) - t.dot - 2, y0: py(f, d.m.pct) - t.dot - 2, x1: dotX(d) + t.dot + 2, y1: py(f, d.m.pct) + t.dot + 2 }));
  for (const d of dots.filter((e) => e.m.kind === "bound")) {
    dotBoxes.push({ x0: dotX(d) - 6, y0: py(f, d.m.pct) - t.dot - 28, x1: dotX(d) + 6, y1: py(f, d.m.pct) - t.dot });
  }
  const bounds: Box = { x0: ml + 2, y0: mt - 2, x1: o.width, y1: mt + plotH };

  // The gap, in words, inside the plot: lower left, clear of the published points.
  const gapWidth = Math.min(f.plotW - 16, 520);
  const gapItems = [
    ...(view.gap ? wrap(view.gap.text, gapWidth, t.small).map((text) => ({ text, cls: "gap-text" })) : []),
    ...view.known.flatMap((k) => wrap(k, gapWidth, t.small).map((text) => ({ text, cls: "known-text" }))),
  ];
  const gapTop = py(f, drawsCurves(view) ? 22 : 42);
  const gapText = gapItems.map((l, i) => ({ ...l, t: tOf(f, ml + 8), pct: pctOf(f, gapTop + i * lineH) }));
  const gapBoxes: Box[] = gapItems.length > 0
    ? [{ x0: ml + 4, y0: gapTop - lineH, x1: ml + 12 + Math.max(...gapItems.map((g) => g.text.length)) * t.small * 0.56, y1: gapTop + gapItems.length * lineH }]
    : [];

  const requests: (LabelRequest & { cls: string; leader: boolean; role: "follow-up" | "point" | "arm" })[] = [];
  if (view.followUp) {
    const x = px(f, view.followUp.at);
    const offs: Offset[] = [0, 1, 2].flatMap((k) => [{ dx: -6, dy: 10 + k * lineH, anchor: "end" as const }, { dx: 6, dy: 10 + k * lineH, anchor: "start" as const }]);
    requests.push({ x, y: mt, text: view.followUp.text, size: t.small, offsets: offs, cls: "muted-text", leader: false, role: "follow-up" });
  }
  // Curve names first (they say which line is which), beside the end of each curve; then the
  // published values, which may move away from their points (a leader joins them).
  for (const a of view.arms) {
    const last = a.extension[a.extension.length - 1] ?? a.through[a.through.length - 1];
    if (!last) continue;
    const text = a.label;
    const offs: Offset[] = [
      { dx: t.dot + 6, dy: 0, anchor: "start" },
      ...[1, 2, 3, 4].flatMap((k) => [{ dx: -4, dy: -(k * lineH - 2), anchor: "end" as const }, { dx: -4, dy: k * lineH, anchor: "end" as const }]),
    ];
    requests.push({ x: px(f, last.t), y: py(f, last.pct), text, size: t.small, offsets: offs, clearance: 6, cls: a.lenalidomide ? "series-len" : "series-ctl", leader: false, role: "arm" });
  }
  for (const d of dots) requests.push({ x: dotX(d), y: py(f, d.m.pct), text: markLabel(view, d.a, d.m), size: t.small, cls: d.a.lenalidomide ? "series-len" : "series-ctl", leader: true, role: "point" });
  // "median not reached" is what was published instead of a median: a label at the curve's end.
  for (const a of view.arms) {
    const last = a.extension[a.extension.length - 1] ?? a.through[a.through.length - 1];
    if (!a.notReached || !last) continue;
    requests.push({ x: px(f, last.t), y: py(f, last.pct), text: `${view.arms.length > 2 ? `${a.label}: ` : ""}${a.notReached}`, size: t.small, cls: a.lenalidomide ? "series-len" : "series-ctl", leader: true, role: "point" });
  }
  const placed = placeLabels(requests, { bounds, obstacles: [...dotBoxes, ...gapBoxes], points: densify(linePixels) });
  const roleOf = (i: number) => requests[i]?.role ?? "point";
  const labels = placed.map((p, i) => ({ ...p, cls: requests[i]?.cls ?? "", t: tOf(f, p.x), pct: pctOf(f, p.y), role: roleOf(i) }));
  // A thin leader from a point to its label when the label had to move away.
  const leaders = placed.flatMap((p, i) => {
    const r = requests[i];
    if (!r?.leader || Math.abs(p.y - r.y) < lineH * 1.8) return [];
    const edgeX = Math.min(Math.max(r.x, p.box.x0 + 4), p.box.x1 - 4);
    const edgeY = p.y > r.y ? p.box.y0 : p.box.y1;
    return [{ x1: tOf(f, r.x), y1: pctOf(f, r.y + (p.y > r.y ? t.dot + 2 : -t.dot - 2)), x2: tOf(f, edgeX), y2: pctOf(f, edgeY), cls: r.cls }];
  });

  const keyTop = mt + plotH + axisH;
  let ky = keyTop;
  const keyRows = keyItems.map((k) => {
    const row = { ...k, y: ky };
    ky += k.lines.length * lineH + 4;
    return row;
  });

  const cls = (a: ArmCurve) => (a.lenalidomide ? "series-len" : "series-ctl");
  // Steps: 1 = the published points (curves faded), 2 = the reconstruction (point labels faded).
  const curveOpacity = o.step === 1 ? 0.2 : 1;
  const pointLabelOpacity = o.step === 2 ? 0.35 : 1;
  const labelOpacity = (role: "follow-up" | "point" | "arm") => (role === "point" ? pointLabelOpacity : role === "arm" ? Math.max(curveOpacity, 0.35) : 1);
  const hasMedian = dots.some((d) => d.m.kind === "median");
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height,
    marginLeft: ml,
    marginRight: mr,
    marginTop: mt,
    marginBottom: height - mt - plotH,
    style: plotStyle(o),
    ariaLabel: `${title(state)}. ${drawsCurves(view) ? `Curves ${RECONSTRUCTION_NOTE}.` : "No curve can be drawn."}`,
    ariaDescription: summary(data, state),
    x: { domain: [0, view.axisEnd], nice: false },
    y: { domain: [0, 100] },
    marks: [
      ...lineMarks(header.lines, mt, -ml + 4),
      Plot.frame({ stroke: "currentColor", strokeOpacity: 0.15, ariaHidden: "true" }),
      ...(hasMedian ? [Plot.ruleY([50], { stroke: "currentColor", strokeOpacity: 0.3, strokeDasharray: "1 3", className: "muted-text" })] : []),
      ...(view.followUp ? [Plot.ruleX([view.followUp.at], { stroke: "currentColor", strokeWidth: o.step === 2 ? t.stroke : 1.5, strokeDasharray: "3 3", className: "null-line" })] : []),
      ...view.arms.flatMap((a) => [
        Plot.line(a.through, { x: "t", y: "pct", stroke: "currentColor", strokeWidth: t.stroke, strokeOpacity: curveOpacity, strokeDasharray: "8 5", className: cls(a) }),
        Plot.line(a.extension, { x: "t", y: "pct", stroke: "currentColor", strokeWidth: t.stroke, strokeOpacity: curveOpacity, strokeDasharray: "1 5", strokeLinecap: "round", className: cls(a) }),
      ]),
      ...["series-len", "series-ctl"].map((c) => Plot.link(leaders.filter((l) => l.cls === c), {
        x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "currentColor", strokeWidth: 1, strokeOpacity: 0.7, className: c,
      })),
      ...dots.filter((d) => d.m.kind === "bound").map((d) => Plot.arrow([d], {
        x1: () => tOf(f, dotX(d)), x2: () => tOf(f, dotX(d)), y1: () => pctOf(f, py(f, d.m.pct) - t.dot - 1), y2: () => pctOf(f, py(f, d.m.pct) - t.dot - 26),
        stroke: "currentColor", strokeWidth: t.stroke, headLength: 8, className: cls(d.a),
      })),
      ...dots.map((d) => Plot.dot([d], {
        x: () => tOf(f, dotX(d)), y: () => d.m.pct, r: t.dot, symbol: SYMBOLS[d.a.style],
        fill: d.m.kind === "bound" ? "var(--bg, white)" : "currentColor", stroke: d.m.kind === "bound" ? "currentColor" : "var(--bg, white)",
        strokeWidth: d.m.kind === "bound" ? t.stroke : 1.5, className: cls(d.a),
      })),
      ...(["start", "end"] as const).flatMap((anchor) => ["series-len", "series-ctl", "muted-text"].map((c) =>
        Plot.text(labels.filter((l) => l.anchor === anchor && l.cls === c), {
          x: "t", y: "pct", text: "text", textAnchor: anchor, fontSize: t.small, fontWeight: c === "muted-text" ? 400 : 600, fill: "currentColor",
          fillOpacity: (l: { role: "follow-up" | "point" | "arm" }) => labelOpacity(l.role), className: c, ...HALO,
        }))),
      ...["gap-text", "known-text"].map((c) => Plot.text(gapText.filter((g) => g.cls === c), {
        x: "t", y: "pct", text: "text", textAnchor: "start", fontSize: t.small, fontStyle: c === "gap-text" ? "italic" : "normal", fill: "currentColor", className: c, ...HALO,
      })),
      Plot.axisY({ ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, fontSize: t.small, label: null }),
      Plot.text([view.yLabel], { text: (d: string) => d, frameAnchor: "top-left", dx: -ml + 4, dy: -Math.round(t.small * 0.5 + 6), textAnchor: "start", lineAnchor: "bottom", fontSize: t.small, fontWeight: 600 }),
      Plot.axisX({ ticks: timeTicks(view, o.width), tickFormat: (d: number) => String(d), fontSize: t.small, label: view.axisLabel, labelAnchor: "center", labelArrow: "none", labelOffset: Math.round(t.small * 2 + 8) }),
      ...keyRows.flatMap((k) => [
        Plot.dot([k], { frameAnchor: "bottom-left", dx: -ml + 10, dy: k.y - (mt + plotH) + lineH / 2 - t.small * 0.15, r: t.dot - 1, symbol: SYMBOLS[k.arm.style], fill: "currentColor", className: cls(k.arm) }),
        ...k.lines.map((text, i) => Plot.text([text], {
          text: (d: string) => d, frameAnchor: "bottom-left", dx: -ml + 22, dy: k.y - (mt + plotH) + lineH * (i + 0.5), textAnchor: "start", fontSize: t.small, className: i === 0 ? cls(k.arm) : "muted-text",
        })),
      ]),
    ],
  });
  return finishChart(svg, FIGURE_ID);
}
