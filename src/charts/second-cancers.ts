/**
 * second-cancers: second primary cancers per trial and arm, one small panel per measure, each
 * with its own axis, denominator, time frame and source, because the trials counted them in
 * ways that cannot share an axis. Missing values are drawn as missing ("not reported", a
 * dashed empty bar with the reason); a relative number is printed with the absolute ones.
 * Drawn with the small SVG builder (./svg.ts) in one SVG, so downloads keep every panel.
 * Pure: (data, state, options) -> element. Layout arithmetic only.
 */
import type { SecondCancerData, SpmPanel, SpmValue } from "../data/second-cancers";
import type { DataTable } from "../data/types";
import { secondCancerState, type SecondCancerState } from "../state/second-cancers";
import { type ChartOptions, finishChart, typeScale, wrap } from "./common";
import { textWidth } from "./placement";
import { linear, svgEl, svgRoot } from "./svg";

export const FIGURE_ID = "second-cancers";
export type { SecondCancerState };
export const DEFAULT_STATE: SecondCancerState = secondCancerState.defaults;

const VIEW_KEY = "spm-view";

export const NOT_COMPARABLE = "Each panel has its own measure, denominator and time frame: compare arms within a panel, not bars across panels.";

export function panelsFor(data: SecondCancerData, state: SecondCancerState): SpmPanel[] {
  return data.panels.filter((p) => p.views.includes(state[VIEW_KEY]));
}

export function title(state: SecondCancerState): string {
  switch (state[VIEW_KEY]) {
    case "trials": return "Each trial counted more second cancers with lenalidomide where both arms were reported, each in its own way";
    case "pooled": return "Pooled analyses: more second cancers with lenalidomide, shown as absolute incidences beside the relative risk";
    case "type": return "By type: more haematological and more solid second cancers with lenalidomide, where both arms were reported";
  }
}

/** Teaching steps: the lenalidomide arms, then what is missing. */
export function steps(): { label: string; note: string }[] {
  return [
    { label: "Lenalidomide against control", note: "Within each panel, compare the lenalidomide bar with the control bar beside it; each panel counts in its own way, so bars in different panels are not comparable." },
    { label: "What is missing", note: "Dashed empty bars are numbers no source reported. They are gaps, not zeros." },
  ];
}

export function describeState(state: SecondCancerState): string {
  return { trials: "The 2012 trials, each in its own measure", pooled: "Pooled analyses", type: "Haematological and solid" }[state[VIEW_KEY]];
}

function valueSentence(v: SpmValue): string {
  return `${v.arm} ${v.text}${v.missing ? ` (${v.missing})` : ""}`;
}

function panelSentence(p: SpmPanel): string {
  const values = p.groups.map((g) => `${g.label ? `${g.label}: ` : ""}${g.values.map(valueSentence).join(" vs ")}`).join("; ");
  const parts = [
    `${p.trial}, ${p.heading.charAt(0).toLowerCase()}${p.heading.slice(1)}: ${values}.`,
    p.denominator ? `${p.denominator}.` : null,
    p.timeFrame ? `${p.timeFrame}.` : null,
    p.relative,
    p.sources.length > 0 ? `Source: ${p.sources.map((s) => s.display).join("; ")}.` : null,
    ...p.notes,
  ];
  return parts.filter((x): x is string => x !== null).join(" ");
}

/** The text summary: what a screen reader hears and a hurried reader reads. */
export function summary(data: SecondCancerData, state: SecondCancerState): string {
  return [NOT_COMPARABLE, ...panelsFor(data, state).map(panelSentence)].join(" ");
}

export function table(data: SecondCancerData, state: SecondCancerState): DataTable {
  return {
    caption: `${title(state)}: the numbers drawn`,
    columns: ["Trial or analysis", "Measure", "Type", "Arm", "Value", "Denominator", "Time frame", "Source"],
    rows: panelsFor(data, state).flatMap((p) => p.groups.flatMap((g) => g.values.map((v) => [
      p.trial, p.heading, g.label ?? "All second cancers", v.arm,
      v.missing ? `${v.text} (${v.missing})` : v.text,
      (p.denominator ?? "").replace(/^Denominator: /, ""),
      (p.timeFrame ?? "").replace(/^Time frame: /, ""),
      p.sources.map((s) => s.display).join("; "),
    ]))),
  };
}

interface Ctx {
  doc: Document;
  o: ChartOptions;
  t: ReturnType<typeof typeScale>;
  lineH: number;
  width: number;
  /** The arm-label column and the room kept for value labels: shared by all panels, so they line up. */
  labelW: number;
  textRoom: number;
}

function textLines(c: Ctx, lines: string[], y: number, o: { size: number; cls?: string; weight?: number; italic?: boolean; x?: number }): { nodes: SVGElement[]; y: number } {
  const nodes = lines.map((line, i) => svgEl(c.doc, "text", {
    x: o.x ?? 0, y: y + c.lineH * (i + 1) - 4, "font-size": o.size, "font-weight": o.weight ?? null, "font-style": o.italic ? "italic" : null,
    class: o.cls ?? null, fill: "currentColor",
  }, [line]));
  return { nodes, y: y + c.lineH * lines.length };
}

/** A round tick step at or above `x`: 1, 2, 2.5 or 5 × 10^k (1, 2 or 5 × 10^k for whole patients). */
export function tickStep(x: number, whole: boolean): number {
  const p = 10 ** Math.floor(Math.log10(x > 0 ? x : 1));
  for (const m of whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]) {
    const step = Math.round(m * p * 1e9) / 1e9;
    if (step >= x - 1e-9) return whole ? Math.max(1, step) : step;
  }
  return 10 * p;
}

/** Axis ticks: about five round steps, the axis ending on a tick. */
function axisTicks(max: number, whole: boolean): { end: number; ticks: number[] } {
  const step = tickStep(max / 5, whole);
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  return { end: count * step, ticks: Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(6))) };
}

function panelNodes(c: Ctx, p: SpmPanel, top: number, step: number): { nodes: SVGElement[]; bottom: number } {
  const { t, lineH, width } = c;
  const nodes: SVGElement[] = [];
  const narrow = width < 520;
  let y = top;
  // Bold runs wider than wrap's average glyph: wrap headings to a narrower measure.
  const head = textLines(c, wrap(`${p.trial} · ${p.heading}`, (width - 4) * 0.92, t.strong), y, { size: t.strong, weight: 600 });
  nodes.push(...head.nodes);
  y = head.y;
  const meta = [p.denominator, p.timeFrame].filter((x): x is string => x !== null);
  const metaLines = textLines(c, meta.flatMap((m) => wrap(m, width - 4, t.small)), y, { size: t.small, cls: "muted-text" });
  nodes.push(...metaLines.nodes);
  y = metaLines.y;
  if (p.relative) {
    const rel = textLines(c, wrap(p.relative, width - 4, t.small), y, { size: t.small });
    nodes.push(...rel.nodes);
    y = rel.y;
  }
  y += 6;

  const values = p.groups.flatMap((g) => g.values);
  const max = Math.max(0, ...values.flatMap((v) => [v.value ?? 0, v.high ?? 0]));
  const axis = axisTicks(max > 0 ? max * 1.05 : 1, p.measure === "count" && p.axisLabel === "Patients");
  const anyDrawn = values.some((v) => v.value !== null);
  const reasonsShown = new Set<string>();
  const x0 = narrow ? 2 : c.labelW;
  const x1 = Math.max(x0 + 60, width - (narrow ? 0 : c.textRoom) - 6);
  const x = linear(0, axis.end, x0, x1);
  const barH = Math.max(12, Math.round(t.small * 0.95));
  const fade = (v: SpmValue) => (step === 1 ? (v.lenalidomide ? 1 : 0.3) : step === 2 ? (v.missing ? 1 : 0.25) : 1);

  for (const g of p.groups) {
    if (g.label) {
      const gl = textLines(c, [g.label], y, { size: t.small, weight: 700 });
      nodes.push(...gl.nodes);
      y = gl.y;
    }
    for (const v of g.values) {
      const cls = v.missing ? "gap-text" : v.lenalidomide ? "series-len" : "series-ctl";
      let barY: number;
      if (narrow) {
        const label = textLines(c, wrap(`${v.arm}: ${v.text}`, width - 4, t.small), y, { size: t.small, weight: 600, cls });
        nodes.push(...label.nodes);
        y = label.y + 2;
        barY = y;
        y += barH + 6;
      } else {
        barY = y + (lineH + 6 - barH) / 2;
        nodes.push(svgEl(c.doc, "text", { x: 0, y: barY + barH / 2, "dominant-baseline": "middle", "font-size": t.small, "font-weight": 600, class: cls, fill: "currentColor" }, [v.arm]));
        y += lineH + 6;
      }
      const opacity = fade(v);
      if (v.value === null) {
        const w = Math.min(x1 - x0, 120);
        nodes.push(svgEl(c.doc, "rect", { x: x0, y: barY, width: w, height: barH, fill: "none", stroke: "currentColor", "stroke-dasharray": "4 3", "stroke-width": step === 2 ? 2 : 1.2, class: "gap-text missing-bar", opacity }));
        if (!narrow) nodes.push(svgEl(c.doc, "text", { x: x0 + w + 6, y: barY + barH / 2, "dominant-baseline": "middle", "font-size": t.small, "font-style": "italic", class: "gap-text", fill: "currentColor" }, [v.text]));
        // The reason once per panel; later rows with the same reason say only "not reported".
        if (v.missing && !reasonsShown.has(v.missing)) {
          reasonsShown.add(v.missing);
          const reason = textLines(c, wrap(v.missing, width - x0 - 4, t.small), y - 4, { size: t.small, italic: true, cls: "gap-text", x: x0 });
          nodes.push(...reason.nodes);
          y = reason.y + 2;
        }
        continue;
      }
      nodes.push(svgEl(c.doc, "rect", { x: x0, y: barY, width: Math.max(1, x(v.value) - x0), height: barH, fill: "currentColor", class: `${cls} value-bar`, opacity: opacity * 0.85 }));
      if (v.low !== null && v.high !== null) {
        const cy = barY + barH / 2;
        nodes.push(svgEl(c.doc, "path", {
          d: `M${x(v.low)} ${cy}H${x(v.high)}M${x(v.low)} ${cy - 6}V${cy + 6}M${x(v.high)} ${cy - 6}V${cy + 6}`,
          stroke: "currentColor", "stroke-width": t.stroke, fill: "none", class: "ci-whisker", opacity,
        }));
      }
      if (!narrow) {
        const end = x(Math.max(v.value, v.high ?? v.value));
        nodes.push(svgEl(c.doc, "text", { x: end + 6, y: barY + barH / 2, "dominant-baseline": "middle", "font-size": t.small, class: cls, fill: "currentColor", opacity }, [v.text]));
      }
    }
    y += 2;
  }

  // The panel's own axis (none when nothing is drawn on it).
  if (!anyDrawn) {
    const footOnly = textLines(c, p.notes.flatMap((f) => wrap(f, width - 4, t.small)), y, { size: t.small, cls: "muted-text" });
    nodes.push(...footOnly.nodes);
    return { nodes, bottom: footOnly.y };
  }
  const axisY = y + 2;
  nodes.push(svgEl(c.doc, "path", { d: `M${x0} ${axisY}H${x1}`, stroke: "currentColor", "stroke-width": 1, class: "muted-text", fill: "none" }));
  for (const v of axis.ticks) {
    nodes.push(svgEl(c.doc, "path", { d: `M${x(v)} ${axisY}V${axisY + 5}`, stroke: "currentColor", class: "muted-text", fill: "none" }));
    nodes.push(svgEl(c.doc, "text", { x: x(v), y: axisY + 6 + t.small, "text-anchor": "middle", "font-size": t.small, class: "muted-text tick-label", fill: "currentColor", "aria-hidden": "true" }, [String(v)]));
  }
  y = axisY + 6 + t.small + 4;
  const label = textLines(c, [p.axisLabel], y, { size: t.small, cls: "muted-text axis-label", x: x0 });
  nodes.push(...label.nodes);
  y = label.y;
  const foot = [
    ...(p.sources.length > 0 ? [`Source: ${p.sources.map((s) => s.display).join("; ")}`] : []),
    ...p.notes,
  ];
  const footLines = textLines(c, foot.flatMap((f) => wrap(f, width - 4, t.small)), y, { size: t.small, cls: "muted-text", italic: false });
  nodes.push(...footLines.nodes);
  return { nodes, bottom: footLines.y };
}

export function render(data: SecondCancerData, state: SecondCancerState, o: ChartOptions): Element {
  const doc = o.document ?? document;
  const t = typeScale(o);
  const panels = panelsFor(data, state);
  const all = panels.flatMap((p) => p.groups.flatMap((g) => g.values));
  const width = o.width - 8;
  const c: Ctx = {
    doc, o, t, lineH: Math.round(t.small * 1.35), width,
    labelW: Math.min(width * 0.4, Math.max(...all.map((v) => textWidth(v.arm, t.small))) + 32),
    textRoom: Math.min(width * 0.4, Math.max(...all.map((v) => textWidth(v.text, t.small))) + 16),
  };
  const step = o.step ?? 0;
  const nodes: SVGElement[] = [];
  const intro = textLines(c, wrap(NOT_COMPARABLE, c.width, t.small), 0, { size: t.small, italic: true, cls: "muted-text" });
  nodes.push(...intro.nodes);
  let y = intro.y + 10;
  for (const [i, p] of panels.entries()) {
    if (i > 0) {
      nodes.push(svgEl(doc, "path", { d: `M0 ${y}H${c.width}`, stroke: "currentColor", "stroke-opacity": 0.25, class: "muted-text", fill: "none" }));
      y += 12;
    }
    const g = panelNodes(c, p, y, step);
    nodes.push(svgEl(doc, "g", { class: "spm-panel", "data-panel": p.id, role: "group", "aria-label": `${p.trial}: ${p.heading}` }, g.nodes));
    y = g.bottom + 18;
  }
  const svg = svgRoot(doc, { width: o.width, height: y, label: `${title(state)}. ${NOT_COMPARABLE}`, className: "", fontSize: t.base }, [
    svgEl(doc, "g", { transform: "translate(4,0)" }, nodes),
  ]);
  svg.setAttribute("aria-description", summary(data, state));
  svg.removeAttribute("class");
  return finishChart(svg, FIGURE_ID);
}
