/**
 * The small charts beside the controls: benefit and harm for the same 100 people at the
 * horizon across a control's whole range, everything else held — more free of progression
 * because of maintenance (solid line, circles) and extra second cancers (dashed line,
 * triangles), on one scale of people per 100, so a reader sees where they approach or cross
 * without dragging. The current value is a solid rule with both numbers printed at it; the
 * duration chart also marks the article's 2-year maximum. The slider charts are inset by half
 * the slider thumb at each end, so their x positions line up with the thumb below them.
 */
import type { SweepPoint } from "../model/sweep";
import type { ExplorerView } from "../model/view";
import type { ResponseId } from "../model/types";
import { type ChartOptions, typeScale } from "./common";
import { d1, durationOf, durationWords, horizonWords, RESPONSE_WORDS } from "./risk-benefit-text";
import { linePath, linear, n1, niceCeil } from "./svg";
import { svgEl, svgRoot, toDom, type VNode } from "./vnode";

export const SWEEP_ID = "risk-benefit-sweep";
/** The duration slider's positions: 0–60 months, then one more step for "until progression". */
export const DURATION_STEPS = 61;
/** The article's recommended maximum, drawn on the duration track and chart. */
export const TWO_YEARS_MONTHS = 24;

export interface SweepOptions extends ChartOptions {
  /** Half the slider thumb's width in px: where the track's first and last values sit. */
  inset?: number;
}

export type SweepKind = "duration" | "horizon" | "response";

const benefit = (p: SweepPoint<unknown>) => Math.max(0, p.pfWith - p.pfWithout);

function sizes(o: SweepOptions) {
  const font = typeScale(o).small;
  return { font, height: o.projector ? 180 : 96, top: font + 6, bottom: 6, inset: o.inset ?? 14, stroke: o.projector ? 4 : 2.5, dot: o.projector ? 6 : 3.5 };
}

function yMax(points: SweepPoint<unknown>[]): number {
  return niceCeil(Math.max(1, ...points.map(benefit), ...points.map((p) => p.extraCancers)));
}

function trianglePath(x: number, y: number, r: number): string {
  return `M${n1(x)} ${n1(y - r * 1.2)}l${n1(r * 1.1)} ${n1(r * 1.9)}h${n1(-r * 2.2)}Z`;
}

function circlePath(x: number, y: number, r: number): string {
  return `M${n1(x - r)} ${n1(y)}a${n1(r)} ${n1(r)} 0 1 0 ${n1(2 * r)} 0a${n1(r)} ${n1(r)} 0 1 0 ${n1(-2 * r)} 0Z`;
}

/** Harm marks (triangles) at points, as one path. */
function triangles(points: readonly (readonly [number, number])[], r: number): VNode {
  return svgEl("path", { d: points.map(([x, y]) => trianglePath(x, y, r)).join(""), class: "series-harm", fill: "currentColor", stroke: "var(--bg, #fff)", "stroke-width": 1 });
}

/** Benefit marks (circles) at points, as one path. */
function circles(points: readonly (readonly [number, number])[], r: number): VNode {
  return svgEl("path", { d: points.map(([x, y]) => circlePath(x, y, r)).join(""), class: "series-len", fill: "currentColor" });
}

/** The two numbers at the current value, beside the rule, kept apart and inside the chart. */
function readout(x: number, width: number, yb: number, yh: number, b: number, h: number, font: number): VNode[] {
  const right = x < width * 0.62;
  const tx = right ? x + 6 : x - 6;
  const anchor = right ? "start" : "end";
  let [ly1, ly2] = [yb, yh];
  if (Math.abs(ly1 - ly2) < font + 2) {
    const mid = (ly1 + ly2) / 2;
    [ly1, ly2] = ly1 <= ly2 ? [mid - (font + 2) / 2, mid + (font + 2) / 2] : [mid + (font + 2) / 2, mid - (font + 2) / 2];
  }
  const halo = { stroke: "var(--bg, #fff)", "stroke-width": 4, "paint-order": "stroke", "stroke-linejoin": "round" };
  return [
    svgEl("text", { x: tx, y: ly1, dy: "0.35em", "text-anchor": anchor, class: "series-len", "font-weight": 700, ...halo }, [`+${d1(b)}`]),
    svgEl("text", { x: tx, y: ly2, dy: "0.35em", "text-anchor": anchor, class: "series-harm", "font-weight": 700, ...halo }, [`▲${d1(h)}`]),
  ];
}

function frame(o: SweepOptions, max: number, label: string, children: (VNode | null)[]): VNode {
  const z = sizes(o);
  const y = linear(0, max, z.height - z.bottom, z.top);
  return svgRoot({ width: o.width, height: z.height, label, className: `wm-chart wm-chart--${SWEEP_ID}`, fontSize: z.font }, [
    svgEl("g", { class: "muted-text" }, [
      svgEl("line", { x1: 0, x2: o.width, y1: y(0), y2: y(0), stroke: "currentColor", "stroke-opacity": 0.6 }),
      svgEl("line", { x1: 0, x2: o.width, y1: y(max), y2: y(max), stroke: "currentColor", "stroke-opacity": 0.2 }),
      svgEl("text", { x: 0, y: z.font * 0.9 }, [`${max} of 100`]),
    ]),
    ...children,
  ]);
}

function describeLine(points: { at: string; b: number; h: number }[]): string {
  return points.map((p) => `${p.at}: ${d1(p.b)} more free of progression, ${d1(p.h)} extra second cancers`).join("; ");
}

function durationSweep(view: ExplorerView, o: SweepOptions): VNode {
  const z = sizes(o);
  const pts = view.sweeps.duration;
  const max = yMax(pts);
  const x = linear(0, DURATION_STEPS, z.inset, o.width - z.inset);
  const y = linear(0, max, z.height - z.bottom, z.top);
  const pos = (v: number | "progression") => x(v === "progression" ? DURATION_STEPS : v);
  const months = pts.filter((p): p is SweepPoint<number> => p.value !== "progression");
  const last = pts.find((p) => p.value === "progression");
  const current = durationOf(view);
  const cur = pts.find((p) => p.value === current) ?? pts[0];
  const cx = pos(current);
  const h = horizonWords(view.inputs.horizonYears);
  const keys = [0, 12, 24, 36, 48, 60].map((m) => months[m]).filter((p): p is SweepPoint<number> => p !== undefined);
  const label = `Small chart: across durations from 0 to 60 months and until progression, per 100 people at ${h}. ${describeLine([
    ...keys.map((p) => ({ at: durationWords(p.value), b: benefit(p), h: p.extraCancers })),
    ...(last ? [{ at: "until progression", b: benefit(last), h: last.extraCancers }] : []),
  ])}. Current: ${durationWords(current)}.`;
  const children: (VNode | null)[] = [
    svgEl("g", { class: "muted-text" }, [
      svgEl("line", { x1: x(TWO_YEARS_MONTHS), x2: x(TWO_YEARS_MONTHS), y1: z.top - 4, y2: z.height - z.bottom, stroke: "currentColor", "stroke-width": 1.5, "stroke-dasharray": "3 3" }),
    ]),
    svgEl("path", { d: linePath(months.map((p) => [x(p.value), y(benefit(p))])), class: "series-len", fill: "none", stroke: "currentColor", "stroke-width": z.stroke }),
    svgEl("path", { d: linePath(months.map((p) => [x(p.value), y(p.extraCancers)])), fill: "none", stroke: "currentColor", "stroke-width": z.stroke - 0.5, "stroke-dasharray": "5 3", class: "series-harm" }),
    last ? circles([[x(DURATION_STEPS), y(benefit(last))]], z.dot + 0.5) : null,
    last ? triangles([[x(DURATION_STEPS), y(last.extraCancers)]], z.dot + 1) : null,
    svgEl("line", { x1: cx, x2: cx, y1: z.top - 2, y2: z.height - z.bottom, stroke: "currentColor", "stroke-width": 2 }),
    ...(cur ? readout(cx, o.width, y(benefit(cur)), y(cur.extraCancers), benefit(cur), cur.extraCancers, z.font) : []),
  ];
  return frame(o, max, label, children);
}

function horizonSweep(view: ExplorerView, o: SweepOptions): VNode {
  const z = sizes(o);
  const pts = view.sweeps.horizon;
  const max = yMax(pts);
  const first = pts[0]?.value ?? 1;
  const lastV = pts[pts.length - 1]?.value ?? 10;
  const x = linear(first, lastV, z.inset, o.width - z.inset);
  const y = linear(0, max, z.height - z.bottom, z.top);
  const current = view.inputs.horizonYears;
  const cur = pts.find((p) => p.value === current);
  const cx = x(current);
  const label = `Small chart: across horizons from ${horizonWords(first)} to ${horizonWords(lastV)}, per 100 people, with maintenance ${durationWords(durationOf(view))}. ${describeLine(pts.map((p) => ({ at: horizonWords(p.value), b: benefit(p), h: p.extraCancers })))}. Current: ${horizonWords(current)}.`;
  return frame(o, max, label, [
    svgEl("path", { d: linePath(pts.map((p) => [x(p.value), y(benefit(p))])), class: "series-len", fill: "none", stroke: "currentColor", "stroke-width": z.stroke }),
    svgEl("path", { d: linePath(pts.map((p) => [x(p.value), y(p.extraCancers)])), fill: "none", stroke: "currentColor", "stroke-width": z.stroke - 0.5, "stroke-dasharray": "5 3", class: "series-harm" }),
    circles(pts.map((p) => [x(p.value), y(benefit(p))]), z.dot),
    triangles(pts.map((p) => [x(p.value), y(p.extraCancers)]), z.dot),
    svgEl("line", { x1: cx, x2: cx, y1: z.top - 2, y2: z.height - z.bottom, stroke: "currentColor", "stroke-width": 2 }),
    ...(cur ? readout(cx, o.width, y(benefit(cur)), y(cur.extraCancers), benefit(cur), cur.extraCancers, z.font) : []),
  ]);
}

function responseSweep(view: ExplorerView, o: SweepOptions): VNode {
  const z = sizes(o);
  const pts = view.sweeps.response;
  const max = yMax(pts);
  const bottom = z.font + 6;
  const height = z.height + bottom;
  const y = linear(0, max, z.height - z.bottom, z.top);
  const colW = o.width / Math.max(1, pts.length);
  const h = horizonWords(view.inputs.horizonYears);
  const label = `Small chart: by response to initial therapy, per 100 people at ${h}, with maintenance ${durationWords(durationOf(view))}. ${describeLine(pts.map((p) => ({ at: RESPONSE_WORDS[p.value].short, b: benefit(p), h: p.extraCancers })))}. Current: ${RESPONSE_WORDS[view.inputs.response].short}.`;
  const cols = pts.map((p, k) => {
    const cx = colW * (k + 0.5);
    const isCurrent = p.value === view.inputs.response;
    const barW = Math.min(18, colW * 0.22);
    return svgEl("g", {}, [
      isCurrent ? svgEl("rect", { x: colW * k + 2, y: z.top - 4, width: colW - 4, height: height - z.top + 2, fill: "none", stroke: "currentColor", "stroke-width": 2, rx: 4 }) : null,
      svgEl("rect", { x: cx - barW - 3, y: y(benefit(p)), width: barW, height: Math.max(0, y(0) - y(benefit(p))), class: "series-len" }),
      triangles([[cx + barW / 2 + 3, y(p.extraCancers)]], z.dot + 1),
      svgEl("text", { x: cx, y: z.height + bottom - 6, "text-anchor": "middle", "font-weight": isCurrent ? 700 : 400 }, [responseTick(p.value)]),
    ]);
  });
  const root = frame(o, max, label, cols);
  root.attrs.height = n1(height);
  root.attrs.viewBox = `0 0 ${n1(o.width)} ${n1(height)}`;
  return root;
}

function responseTick(r: ResponseId): string {
  return RESPONSE_WORDS[r].short;
}

/** One sweep as a tree: the browser patches the chart on screen with it. */
export function sweepTree(kind: SweepKind, view: ExplorerView, o: SweepOptions): VNode {
  return kind === "duration" ? durationSweep(view, o) : kind === "horizon" ? horizonSweep(view, o) : responseSweep(view, o);
}

/** One sweep as DOM (build time, tests, first paint). */
export function renderSweep(kind: SweepKind, view: ExplorerView, o: SweepOptions): SVGElement {
  return toDom(sweepTree(kind, view, o), o.document ?? document) as SVGElement;
}
