/**
 * trial-designs: the three 2012 trials as schematic timelines, time running down, one column
 * per trial (stacked on a phone), stage rows aligned across trials so a missing transplant or
 * consolidation shows as a dashed, labelled gap. Randomisation is an "R" on each trial's time
 * line; IFM's disputed order gets a second, dashed "R?". The teaching steps bring one
 * difference forward (who, what came before, how long); the control highlights one trial.
 * Pure: (data, state, options) -> element; layout arithmetic only.
 */
import * as Plot from "@observablehq/plot";
import type { Focus, Phase, RandomisationMark, Stage, TrialDesign, TrialDesignData } from "../data/trial-designs";
import type { DataTable } from "../data/types";
import { trialDesignState, type TrialDesignState } from "../state/trial-designs";
import { type ChartOptions, finishChart, plotStyle, type Step, typeScale, wrap } from "./common";

export const FIGURE_ID = "trial-designs";

export type { TrialDesignState };

export const DEFAULT_STATE: TrialDesignState = trialDesignState.defaults;

const STAGE_ORDER: Stage[] = ["who", "induction", "transplant", "consolidation", "maintenance", "report"];
/** Narrower than this, the trials stack instead of standing side by side. */
const SIDE_BY_SIDE_MIN = 600;

/** The teaching steps, in order: the differences that matter. */
const STEP_FOCI: Focus[] = ["who", "before", "duration"];

/** Teaching steps: who took part, what came before maintenance, how long it lasted. */
export function steps(): Step[] {
  return [
    { label: "Who took part", note: "CALGB 100104 and IFM 2005-02 took younger patients after a transplant; MM-015 took older patients who could not have one." },
    { label: "What came before", note: "Every IFM 2005-02 patient, placebo arm included, had lenalidomide as consolidation; MM-015 randomised at diagnosis, so its MPR-R and MPR arms had lenalidomide in induction." },
    { label: "How long it lasted", note: "CALGB 100104 and MM-015 gave maintenance until progression; IFM 2005-02 stopped it early, and CALGB's placebo patients could cross over when the trial was unblinded." },
  ];
}

function focusOf(o: ChartOptions): Focus | null {
  return STEP_FOCI[(o.step ?? 0) - 1] ?? null;
}

const TRIAL_NAMES: Record<Exclude<TrialDesignState["designs-trial"], "all">, string> = { "calgb-100104": "CALGB 100104", "ifm-2005-02": "IFM 2005-02", "mm-015": "MM-015" };

/** The state in words, for exported images. */
export function describeState(state: TrialDesignState): string {
  const t = state["designs-trial"];
  return t === "all" ? "All trials" : `${TRIAL_NAMES[t]} highlighted`;
}

export function title(state: TrialDesignState): string {
  switch (state["designs-trial"]) {
    case "calgb-100104": return "CALGB 100104: maintenance after a transplant until progression, with placebo patients crossing over once the trial was unblinded";
    case "ifm-2005-02": return "IFM 2005-02: both arms had lenalidomide consolidation, and maintenance was stopped early because of second cancers";
    case "mm-015": return "MM-015: older patients without a transplant, randomised at diagnosis, with lenalidomide in induction as well as maintenance";
    default: return "The trials differed in who took part, what came before maintenance, and how long maintenance lasted";
  }
}

function phaseText(p: Phase): string {
  return `${p.label}${p.lines.length > 0 ? `: ${p.lines.map(sentenceCase).join("; ")}` : ""}`;
}

/** Lower-cases a leading capital inside a sentence ("Double-blind" → "double-blind"), but not an acronym ("MPR-R"). */
function sentenceCase(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function markText(m: RandomisationMark): string {
  return m.disputed ? `${m.text} (disputed)` : m.text;
}

/** The text summary: every number drawn, in the chart's order. */
export function summary(data: TrialDesignData, state: TrialDesignState): string {
  const chosen = state["designs-trial"];
  const lead = `Each trial as a schematic timeline, time running down; phase lengths are not to scale.${chosen === "all" ? "" : ` ${TRIAL_NAMES[chosen]} is highlighted.`}`;
  const trials = data.trials.map((t) => {
    const parts: string[] = [];
    for (const stage of STAGE_ORDER) {
      for (const m of t.randomised.filter((r) => r.before === stage)) parts.push(markText(m));
      const p = t.phases.find((x) => x.stage === stage);
      if (p) parts.push(phaseText(p));
    }
    return `${t.trial}. ${[...parts, ...t.notes.map((n) => n.text)].map((x) => x.replace(/\.$/, "")).join(". ")}.`;
  });
  return [lead, ...trials].join(" ");
}

export function table(data: TrialDesignData, state: TrialDesignState): DataTable {
  const line = (t: TrialDesign, stage: Stage) => {
    const p = t.phases.find((x) => x.stage === stage);
    return p ? phaseText(p) : "";
  };
  return {
    caption: `${title(state)}: the design facts drawn`,
    columns: ["Trial", "Who was randomised", "Before maintenance", "Randomised", "Maintenance", "Comparator", "Primary endpoint", "Follow-up", "Sources"],
    rows: data.trials.map((t) => [
      t.trial,
      t.phases.find((p) => p.stage === "who")?.lines.join("; ") ?? "",
      ["induction", "transplant", "consolidation"].map((s) => line(t, s as Stage)).join("; "),
      [...t.randomised.map(markText), ...t.notes.map((n) => n.text)].join("; "),
      t.phases.find((p) => p.stage === "maintenance")?.lines.join("; ") ?? "",
      t.comparator,
      t.primaryEndpoint,
      t.followupText,
      t.sources.map((s) => s.display).join("; "),
    ]),
  };
}

interface TextLine { x: number; y: number; text: string; kind: "label" | "body" | "absent" | "mark" | "head" | "note" | "legend" | "focus"; dim: boolean }
interface Cell { x: number; y: number; w: number; h: number; phase: Phase; trial: TrialDesign; dim: boolean; hit: boolean }

export function render(data: TrialDesignData, state: TrialDesignState, o: ChartOptions): Element {
  const t = typeScale(o);
  const focus = focusOf(o);
  const chosen = state["designs-trial"];
  // A pixel short of the full width, so the right-hand boxes' outlines are not clipped.
  const W = o.width - 2;
  const cols = W >= SIDE_BY_SIDE_MIN ? data.trials.length : 1;
  const colGap = 18;
  const colW = (W - (cols - 1) * colGap) / cols;
  // The "R" of randomisation sits in each trial's left gutter, on its time line.
  const rFont = Math.max(12, Math.round(t.small * 0.8));
  const rRadius = Math.max(t.dot + 3, Math.round(rFont * 0.75));
  const gutter = Math.max(Math.round(t.dot * 2 + 14), rRadius * 2 + 8);
  const pad = 8;
  const cellW = colW - gutter;
  const textW = cellW - pad * 2;
  const lineH = Math.round(t.small * 1.35);
  const headH = Math.round(t.strong * 1.4);
  const rowGapMin = Math.round(t.dot * 2 + 6);


  // A step dims what it is not about; a highlighted trial dims the other trials.
  const other = (tr: TrialDesign) => chosen !== "all" && tr.studyId !== chosen;
  const isHit = (p: Phase, tr: TrialDesign) => focus !== null && p.focus.includes(focus) && !other(tr);
  const isDim = (p: Phase, tr: TrialDesign) => other(tr) || (focus !== null && !p.focus.includes(focus));
  const markDim = (tr: TrialDesign) => other(tr) || (focus !== null && focus !== "before");

  const lines: TextLine[] = [];
  const cells: Cell[] = [];
  const marks: { x: number; y: number; m: RandomisationMark; dim: boolean }[] = [];
  const timeLines: { x: number; y1: number; y2: number }[] = [];
  const ends: { x: number; y: number; x1: number; x2: number; kind: "until-progression" | "stopped"; dim: boolean }[] = [];

  let y = 4;
  // Focus note, then the legend.
  if (focus !== null) {
    for (const text of wrap(data.focusNotes[focus], W - 24, t.base * 1.1)) {
      y += Math.round(t.base * 1.35);
      lines.push({ x: 12, y, text, kind: "focus", dim: false });
    }
    y += 14;
  }
  const legendY = y + lineH * 0.9;
  const sw = Math.round(t.small * 1.25);
  const legend = layoutLegend(W, t.small, gutter, sw + 8);
  for (const item of legend.items) lines.push({ x: item.x, y: legendY + item.row * lineH * 1.5, text: item.text, kind: "legend", dim: false });
  const legendSwatches = legend.items.filter((i) => i.swatch !== null).map((i) => ({ x: i.x - sw - 8, y: legendY + i.row * lineH * 1.5, swatch: i.swatch }));
  y = legendY + legend.rows * lineH * 1.5 + 8;

  // Bold labels run wider than body text: wrap them as if the type were a tenth larger.
  const labelLines = (p: Phase) => wrap(p.label, textW, t.small * 1.1);
  // Body lines, each with its offset: a small space separates one fact from the next.
  const factGap = 4;
  const bodyLines = (p: Phase) => p.lines.flatMap((l, f) => wrap(l, textW, t.small).map((text) => ({ text, gap: f * factGap })));
  const cellHeight = (p: Phase) => pad * 2 + lineH * (labelLines(p).length + bodyLines(p).length) + Math.max(0, p.lines.length - 1) * factGap;
  const markLines = (m: RandomisationMark) => wrap(markText(m), cellW - 6, t.small).length;
  const gapHeight = (trials: TrialDesign[], stage: Stage) =>
    Math.max(rowGapMin, ...trials.map((tr) => tr.randomised.filter((m) => m.before === stage).reduce((n, m) => n + markLines(m) * lineH + 6, 6)));

  const groups: TrialDesign[][] = cols > 1 ? [data.trials] : data.trials.map((tr) => [tr]);
  for (const group of groups) {
    // Trial headers.
    const headLines = group.map((tr) => wrap(tr.trial, cellW + gutter, t.strong));
    const headRows = Math.max(...headLines.map((l) => l.length));
    headLines.forEach((l, i) => l.forEach((text, k) => {
      const tr = group[i];
      lines.push({ x: columnX(i), y: y + headH * (k + 0.8), text, kind: "head", dim: tr ? other(tr) : false });
    }));
    y += headRows * headH + 4;
    const top: Partial<Record<Stage, number>> = {};
    const lineTop: number[] = group.map(() => 0);
    for (const stage of STAGE_ORDER) {
      if (stage !== "who") {
        const gh = gapHeight(group, stage);
        group.forEach((tr, i) => {
          let my = y + 5;
          for (const m of tr.randomised.filter((r) => r.before === stage)) {
            const n = markLines(m);
            const cy = my + (n * lineH) / 2;
            marks.push({ x: columnX(i) + gutter / 2, y: cy, m, dim: markDim(tr) });
            wrap(markText(m), cellW - 6, t.small).forEach((text, k) => lines.push({ x: columnX(i) + gutter + 2, y: my + lineH * (k + 0.75), text, kind: "mark", dim: markDim(tr) }));
            my += n * lineH + 6;
          }
        });
        y += gh;
      }
      top[stage] = y;
      const h = Math.max(...group.map((tr) => { const p = tr.phases.find((x) => x.stage === stage); return p ? cellHeight(p) : 0; }));
      group.forEach((tr, i) => {
        const p = tr.phases.find((x) => x.stage === stage);
        if (!p) return;
        if (stage === "who") lineTop[i] = y + h;
        const x = columnX(i) + gutter;
        const dim = isDim(p, tr);
        cells.push({ x, y, w: cellW, h, phase: p, trial: tr, dim, hit: isHit(p, tr) });
        const kindOf = p.status === "absent" ? "absent" : "body";
        const labels = labelLines(p);
        labels.forEach((text, k) => lines.push({ x: x + pad, y: y + pad + lineH * (k + 0.75), text, kind: p.status === "absent" ? "absent" : "label", dim }));
        bodyLines(p).forEach((b, k) => lines.push({ x: x + pad, y: y + pad + b.gap + lineH * (labels.length + k + 0.75), text: b.text, kind: kindOf, dim }));
        if (p.ends) ends.push({ x: x + cellW / 2, y: y + h, x1: x, x2: x + cellW, kind: p.ends, dim });
      });
      y += h;
    }
    group.forEach((_tr, i) => timeLines.push({ x: columnX(i) + gutter / 2, y1: lineTop[i] ?? 0, y2: (top.report ?? y) - 4 }));
    // Notes under each column.
    const noteLines = group.map((tr) => tr.notes.flatMap((n) => wrap(n.text, cellW + gutter, t.small).map((text) => ({ text, dim: other(tr) || (focus !== null && n.focus !== focus) }))));
    const noteRows = Math.max(0, ...noteLines.map((l) => l.length));
    noteLines.forEach((l, i) => l.forEach((n, k) => lines.push({ x: columnX(i), y: y + 8 + lineH * (k + 0.75), text: n.text, kind: "note", dim: n.dim })));
    y += (noteRows > 0 ? noteRows * lineH + 12 : 0) + (cols > 1 ? 0 : 22);
  }
  const height = Math.ceil(y + 6);

  function columnX(i: number): number {
    return cols > 1 ? i * (colW + colGap) : 0;
  }

  const opacity = (d: { dim: boolean }) => (d.dim ? 0.45 : 1);
  const len = cells.filter((c) => c.phase.lenalidomide !== "none" && c.phase.status === "present");
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height,
    margin: 0,
    style: plotStyle(o),
    ariaLabel: `${title(state)}. Schematic timelines, one per trial; phase lengths are not to scale.`,
    ariaDescription: summary(data, state),
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // Phases in which patients received lenalidomide are shaded; "some" arms more lightly.
      Plot.rect(len, { x1: "x", x2: (c: Cell) => c.x + c.w, y1: "y", y2: (c: Cell) => c.y + c.h, fill: "currentColor", fillOpacity: (c: Cell) => (c.phase.lenalidomide === "all" ? 0.22 : 0.1) * (c.dim ? 0.4 : 1), className: "series-len" }),
      Plot.rect(cells.filter((c) => c.phase.status === "present"), { x1: "x", x2: (c: Cell) => c.x + c.w, y1: "y", y2: (c: Cell) => c.y + c.h, fill: "none", stroke: "currentColor", strokeOpacity: (c: Cell) => (c.hit ? 1 : c.dim ? 0.2 : 0.55), strokeWidth: (c: Cell) => (c.hit ? t.stroke * 1.5 : 1), rx: 4 }),
      Plot.rect(cells.filter((c) => c.phase.status === "absent"), { x1: "x", x2: (c: Cell) => c.x + c.w, y1: "y", y2: (c: Cell) => c.y + c.h, fill: "none", stroke: "currentColor", strokeDasharray: "5 4", strokeOpacity: (c: Cell) => (c.dim ? 0.3 : 1), strokeWidth: (c: Cell) => (c.hit ? t.stroke * 1.5 : 1.5), rx: 4, className: "gap-text" }),
      // Each trial's time line, with an arrowhead: time runs down.
      Plot.arrow(timeLines, { x1: "x", x2: "x", y1: "y1", y2: "y2", stroke: "currentColor", strokeOpacity: 0.6, strokeWidth: t.stroke / 2 + 0.5, headLength: 8, className: "muted-text" }),
      // Maintenance that continued until progression: an arrow out of the box; stopped: a bar.
      Plot.arrow(ends.filter((e) => e.kind === "until-progression"), { x1: "x", x2: "x", y1: "y", y2: (e: { y: number }) => e.y + rowGapMin - 2, stroke: "currentColor", strokeWidth: t.stroke, headLength: 7, strokeOpacity: opacity, className: "series-len" }),
      Plot.link(ends.filter((e) => e.kind === "stopped"), { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: "currentColor", strokeWidth: t.stroke * 2.5, strokeOpacity: opacity }),
      // Randomisation marks on the time lines.
      Plot.dot(marks.filter((d) => !d.m.disputed), { x: "x", y: "y", r: rRadius, fill: "var(--bg, white)", stroke: "currentColor", strokeWidth: 2, strokeOpacity: opacity }),
      Plot.dot(marks.filter((d) => d.m.disputed), { x: "x", y: "y", r: rRadius, fill: "var(--bg, white)", stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "3 2", strokeOpacity: opacity }),
      Plot.text(marks, { x: "x", y: "y", text: (d: { m: RandomisationMark }) => (d.m.disputed ? "R?" : "R"), fontSize: rFont, fontWeight: 700, fillOpacity: opacity }),
      // Legend swatches.
      Plot.rect(legendSwatches.filter((s) => s.swatch === "len"), { x1: "x", x2: (d: { x: number }) => d.x + sw, y1: (d: { y: number }) => d.y - sw / 2, y2: (d: { y: number }) => d.y + sw / 2, fill: "currentColor", fillOpacity: 0.22, stroke: "currentColor", className: "series-len" }),
      Plot.dot(legendSwatches.filter((s) => s.swatch === "r"), { x: (d: { x: number }) => d.x + sw / 2, y: "y", r: rRadius, fill: "var(--bg, white)", stroke: "currentColor", strokeWidth: 2 }),
      Plot.text(legendSwatches.filter((s) => s.swatch === "r"), { x: (d: { x: number }) => d.x + sw / 2, y: "y", text: () => "R", fontSize: rFont, fontWeight: 700 }),
      Plot.rect(legendSwatches.filter((s) => s.swatch === "absent"), { x1: "x", x2: (d: { x: number }) => d.x + sw, y1: (d: { y: number }) => d.y - sw / 2, y2: (d: { y: number }) => d.y + sw / 2, fill: "none", stroke: "currentColor", strokeDasharray: "4 3", className: "gap-text" }),
      // Text.
      Plot.text(lines.filter((l) => l.kind === "focus"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.base, fontWeight: 600 }),
      Plot.text(lines.filter((l) => l.kind === "head"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.strong, fontWeight: 700, fillOpacity: opacity }),
      Plot.text(lines.filter((l) => l.kind === "label"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fontWeight: 700, fillOpacity: opacity }),
      Plot.text(lines.filter((l) => l.kind === "body"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fillOpacity: opacity }),
      Plot.text(lines.filter((l) => l.kind === "absent"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fontStyle: "italic", fillOpacity: opacity, className: "gap-text" }),
      Plot.text(lines.filter((l) => l.kind === "mark"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fontStyle: "italic", fill: "currentColor", fillOpacity: opacity }),
      Plot.text(lines.filter((l) => l.kind === "note" || l.kind === "legend"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fillOpacity: opacity, className: "muted-text" }),
    ],
  });
  if (focus !== null) {
    const doc = o.document ?? document;
    const bar = doc.createElementNS("http://www.w3.org/2000/svg", "rect");
    const focusRows = lines.filter((l) => l.kind === "focus").length;
    bar.setAttribute("x", "0");
    bar.setAttribute("y", "8");
    bar.setAttribute("width", "4");
    bar.setAttribute("height", String(Math.round(focusRows * t.base * 1.35 + 4)));
    bar.setAttribute("fill", "currentColor");
    bar.setAttribute("class", "series-len");
    svg.appendChild(bar);
  }
  return finishChart(svg, FIGURE_ID);
}

interface LegendItem { x: number; row: number; text: string; swatch: "len" | "r" | "absent" | null }

/** The legend, flowed into as many rows as the width needs. */
function layoutLegend(width: number, font: number, indent: number, swatch: number): { items: LegendItem[]; rows: number } {
  const entries: { text: string; swatch: LegendItem["swatch"] }[] = [
    { text: "randomised", swatch: "r" },
    { text: "lenalidomide given (lighter: some arms)", swatch: "len" },
    { text: "no such phase", swatch: "absent" },
    { text: "Time runs down; phase lengths are schematic, not to scale.", swatch: null },
  ];
  const items: LegendItem[] = [];
  let x = indent;
  let row = 0;
  for (const e of entries) {
    const w = e.text.length * font * 0.55 + (e.swatch ? swatch : 0);
    if (x + w > width && x > indent) {
      row += 1;
      x = indent;
    }
    // An entry wider than the whole row wraps onto rows of its own.
    const parts = w > width - indent ? wrap(e.text, width - indent - (e.swatch ? swatch : 0), font) : [e.text];
    parts.forEach((text, k) => items.push({ x: x + (e.swatch ? swatch : 0), row: row + k, text, swatch: k === 0 ? e.swatch : null }));
    row += parts.length - 1;
    x = parts.length > 1 ? width : x + w + 18;
  }
  return { items, rows: row + 1 };
}
