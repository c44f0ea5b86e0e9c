/**
 * Curves over time: people free of progression per 100, with maintenance (solid) and without
 * (dashed), the gap between them shaded, the stopping point marked, and both values printed
 * at the horizon. Plain SVG, no Plot: it redraws on every control change.
 */
import type { ExplorerView } from "../model/view";
import { type ChartOptions, typeScale } from "./common";
import { curvesText, d1, durationOf } from "./risk-benefit-text";
import { bandPath, linePath, linear } from "./svg";
import { svgEl, svgRoot, toDom, type VNode } from "./vnode";

export const CURVES_ID = "risk-benefit-curves";

/** The first text that fits a width at a font size (average glyph 0.55 em), else the last. */
function fitting(texts: string[], width: number, font: number): string {
  return texts.find((t) => t.length * font * 0.55 <= width) ?? texts[texts.length - 1] ?? "";
}

/** Labels at the right end, pushed apart so they never overlap. */
function separate(a: number, b: number, gap: number): [number, number] {
  if (Math.abs(a - b) >= gap) return [a, b];
  const mid = (a + b) / 2;
  return a <= b ? [mid - gap / 2, mid + gap / 2] : [mid + gap / 2, mid - gap / 2];
}

/** The curves as DOM (build time, tests, first paint). */
export function renderCurves(view: ExplorerView, o: ChartOptions): SVGElement {
  return toDom(curvesTree(view, o), o.document ?? document) as SVGElement;
}

/** The curves as a tree: the browser patches the chart on screen with it. */
export function curvesTree(view: ExplorerView, o: ChartOptions): VNode {
  const t = typeScale(o);
  const c = view.curves;
  const H = c.horizonMonths;
  const none = view.inputs.durationMonths === 0;
  const labelW = Math.round(t.base * (o.width < 480 ? 6.2 : 8.5));
  const m = { top: t.base * 2.2, right: labelW, bottom: t.base * 3.2, left: t.base * 2.6 };
  const height = Math.round(Math.max(240, Math.min(380, o.width * 0.62)) + (o.projector ? 120 : 0));
  const x = linear(0, H, m.left, o.width - m.right);
  const y = linear(0, 100, height - m.bottom, m.top);
  const without = c.points.map((p) => [x(p.month), y(p.without)] as const);
  const withM = c.points.map((p) => [x(p.month), y(p.with)] as const);
  const years = H / 12;
  const tickEvery = years > 6 && o.width < 480 ? 2 : 1;
  const xTicks = Array.from({ length: Math.floor(years / tickEvery) + 1 }, (_, k) => k * tickEvery);
  const yTicks = [0, 25, 50, 75, 100];

  const grid = svgEl("g", { class: "muted-text", "aria-hidden": "true" }, [
    ...yTicks.map((v) => svgEl("line", { x1: m.left, x2: o.width - m.right, y1: y(v), y2: y(v), stroke: "currentColor", "stroke-opacity": v === 0 ? 0.6 : 0.18 })),
    ...yTicks.map((v) => svgEl("text", { x: m.left - 6, y: y(v), dy: "0.32em", "text-anchor": "end" }, [String(v)])),
    ...xTicks.map((v) => svgEl("text", { x: x(v * 12), y: height - m.bottom + t.base * 1.3, "text-anchor": "middle" }, [String(v)])),
    svgEl("text", { x: (m.left + o.width - m.right) / 2, y: height - t.base * 0.4, "text-anchor": "middle" }, [fitting(["Years from the start of maintenance", "Years from the start", "Years"], o.width - m.left - m.right, t.base)]),
    svgEl("text", { x: 0, y: t.base * 0.9 }, [fitting(["Free of progression, of 100 people", "Free of progression, of 100", "Of 100"], o.width, t.base)]),
  ]);

  const marks: (VNode | null)[] = [];
  if (!none) {
    marks.push(svgEl("path", { d: bandPath(withM, without), class: "series-len", fill: "currentColor", "fill-opacity": 0.14, stroke: "none" }));
  }
  if (c.stopMonth !== null) {
    const sx = x(c.stopMonth);
    const right = sx <= (m.left + o.width - m.right) / 2;
    const room = right ? o.width - sx - 6 : sx - 6;
    const stopText = fitting([`maintenance stops at ${c.stopMonth} months`, `stops at ${c.stopMonth} months`, `stop: ${c.stopMonth} mo`], room, t.base);
    marks.push(svgEl("g", { class: "muted-text" }, [
      svgEl("line", { x1: sx, x2: sx, y1: m.top - 4, y2: height - m.bottom, stroke: "currentColor", "stroke-width": 1.5, "stroke-dasharray": "2 3" }),
      svgEl("text", { x: right ? sx + 4 : sx - 4, y: m.top + t.base * 0.2, "text-anchor": right ? "start" : "end" }, [stopText]),
    ]));
  } else if (!none) {
    const whole = durationOf(view) === "progression" ? ["maintenance until progression", "until progression"] : ["maintenance lasts past the horizon", "past the horizon"];
    marks.push(svgEl("text", { x: o.width - m.right, y: m.top + t.base * 0.2, "text-anchor": "end", class: "muted-text" }, [fitting(whole, o.width - m.right - m.left, t.base)]));
  }
  marks.push(svgEl("path", { d: linePath(without), class: "series-ctl", fill: "none", stroke: "currentColor", "stroke-width": t.stroke, "stroke-dasharray": none ? null : "7 5" }));
  if (!none) marks.push(svgEl("path", { d: linePath(withM), class: "series-len", fill: "none", stroke: "currentColor", "stroke-width": t.stroke + 0.5 }));

  const endX = x(H);
  const yW = y(view.outputs.pfWith);
  const y0 = y(view.outputs.pfWithout);
  const [lw, l0] = none ? [yW, y0] : separate(yW, y0, t.base * 2.6);
  const label = (cls: string, ly: number, first: string, second: string, yDot: number, symbol: "circle" | "square") => svgEl("g", { class: cls }, [
    symbol === "circle"
      ? svgEl("circle", { cx: endX, cy: yDot, r: t.dot * 0.7, stroke: "var(--bg, #fff)", "stroke-width": 1.5 })
      : svgEl("rect", { x: endX - t.dot * 0.65, y: yDot - t.dot * 0.65, width: t.dot * 1.3, height: t.dot * 1.3, stroke: "var(--bg, #fff)", "stroke-width": 1.5 }),
    svgEl("text", { x: endX + t.dot + 4, y: ly - t.base * 0.35, "font-weight": 700 }, [first]),
    svgEl("text", { x: endX + t.dot + 4, y: ly + t.base * 0.85 }, [second]),
  ]);
  if (none) {
    marks.push(label("series-ctl", l0, d1(view.outputs.pfWithout), "no maintenance", y0, "square"));
  } else {
    marks.push(label("series-ctl", l0, d1(view.outputs.pfWithout), "without", y0, "square"));
    marks.push(label("series-len", lw, d1(view.outputs.pfWith), "with", yW, "circle"));
  }
  return svgRoot({ width: o.width, height, label: curvesText(view), className: `wm-chart wm-chart--${CURVES_ID}`, fontSize: t.base }, [grid, ...marks]);
}
