/**
 * evidence-timeline: what each report after the 2012 trials said about progression, survival
 * and second cancers. On top, an overview on a true time axis by year: one lane per aspect,
 * one mark per report, its fill saying what the report found. Below, the same reports in
 * order, each with its key numbers and sources. A filter shows one aspect or all three.
 * Pure: (data, state, options) -> element; layout arithmetic only.
 */
import * as Plot from "@observablehq/plot";
import type { LaneEntry, TimelineData, TimelineEvent } from "../data/evidence-timeline";
import { ASPECT_WORDS, type Aspect, type Era, type Signal } from "../data/evidence-timeline-vocabulary";
import type { DataTable } from "../data/types";
import { timelineState, type TimelineState } from "../state/evidence-timeline";
import { type ChartOptions, finishChart, plotStyle, type Step, typeScale, wrap } from "./common";

export const FIGURE_ID = "evidence-timeline";

export type { TimelineState };

export const DEFAULT_STATE: TimelineState = timelineState.defaults;

const ASPECT_ORDER: Aspect[] = ["progression", "survival", "spm"];
const SYMBOL: Record<Aspect, string> = { progression: "circle", survival: "diamond", spm: "triangle" };
export const SIGNAL_WORDS: Record<Signal, string> = {
  difference: "difference reported",
  none: "no difference reported",
  other: "differs by trial, or no test given",
  gap: "not reported",
};

const STEP_ERAS: Era[] = ["first", "updates", "pooled", "mxi"];

/** Teaching steps: the story in four parts. */
export function steps(): Step[] {
  return [
    { label: "The first reports", note: "Every trial delayed progression; only CALGB 100104 reported fewer deaths; every trial counted more second cancers with lenalidomide." },
    { label: "Longer follow-up", note: "Updates of the same trials kept the delay in progression; IFM 2005-02 still found no survival difference, and after relapse its lenalidomide patients progressed sooner." },
    { label: "Pooled analyses and the US label", note: "Pooling the trials confirmed more second cancers, and the pooled post-transplant trials showed longer survival; the label analyses found it in one trial, not the other." },
    { label: "Myeloma XI", note: "A large open-label trial against observation found longer progression-free survival, a benefit that shrank over time, and more second cancers." },
  ];
}

function eraOf(o: ChartOptions): Era | null {
  return STEP_ERAS[(o.step ?? 0) - 1] ?? null;
}

/** The state in words, for exported images. */
export function describeState(state: TimelineState): string {
  const a = state["timeline-aspect"];
  return a === "all" ? "Progression, survival and second cancers" : `${ASPECT_WORDS[a]} only`;
}

export function aspectsFor(state: TimelineState): Aspect[] {
  const a = state["timeline-aspect"];
  return a === "all" ? ASPECT_ORDER : [a];
}

/** Events that say something about the aspects in view, in order. */
export function eventsFor(data: TimelineData, state: TimelineState): TimelineEvent[] {
  const aspects = aspectsFor(state);
  return data.events
    .map((e) => ({ ...e, entries: e.entries.filter((x) => aspects.includes(x.aspect)) }))
    .filter((e) => e.entries.length > 0);
}

export function title(state: TimelineState): string {
  switch (state["timeline-aspect"]) {
    case "progression": return "Every report that measured it found progression delayed with lenalidomide, from the first trial reports to Myeloma XI";
    case "survival": return "Survival results differed between trials until the pooled analysis of the post-transplant trials reported a benefit";
    case "spm": return "Every report that counted second cancers found more with lenalidomide";
    default: return "Later evidence kept the delay in progression and the excess of second cancers; a survival benefit appeared when the post-transplant trials were pooled";
  }
}

/** One lane entry as the chart and the summary print it. */
export function entryText(e: LaneEntry): string {
  const facts = e.facts.map((f) => `${f.text}${f.via ? ` [${f.via}]` : ""}`);
  return `${ASPECT_WORDS[e.aspect]}: ${e.headline}${facts.length > 0 ? `. ${capitalise(facts.join("; "))}` : ""}.`;
}

function eventHead(e: TimelineEvent): string {
  return `${e.year} · ${e.title}`;
}

function eventSub(e: TimelineEvent): string {
  return `${e.source}; ${e.context}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The text summary: every number drawn, in the chart's order. */
export function summary(data: TimelineData, state: TimelineState): string {
  const events = eventsFor(data, state);
  const lead = `Reports by year; for each, what it found (${Object.entries(SIGNAL_WORDS).map(([, w]) => w).join("; ")}) and its key numbers.`;
  const body = events.map((e) => `${eventHead(e)} (${eventSub(e)}). ${e.entries.map(entryText).join(" ")}${e.note ? ` ${e.note}` : ""}`);
  return [lead, ...body].join(" ");
}

export function table(data: TimelineData, state: TimelineState): DataTable {
  const aspects = aspectsFor(state);
  return {
    caption: `${title(state)}: the reports drawn`,
    columns: ["Year", "Report", ...aspects.map((a) => ASPECT_WORDS[a]), "Sources"],
    rows: eventsFor(data, state).map((e) => [
      String(e.year),
      `${e.title} (${eventSub(e)})`,
      ...aspects.map((a) => {
        const entry = e.entries.find((x) => x.aspect === a);
        return entry ? `${SIGNAL_WORDS[entry.signal]}: ${entryText(entry).replace(/^[^:]*: /, "")}` : "—";
      }),
      e.sources.map((s) => s.display).join("; "),
    ]),
  };
}

interface Mark { x: number; y: number; aspect: Aspect; signal: Signal; label: string; dim: boolean; short?: string }
interface Line { x: number; y: number; text: string; kind: "head" | "sub" | "entry" | "note" | "year" | "lane" | "legend" | "section"; dim?: boolean }

export function render(data: TimelineData, state: TimelineState, o: ChartOptions): Element {
  const t = typeScale(o);
  const W = o.width;
  const aspects = aspectsFor(state);
  const events = eventsFor(data, state);
  const era = eraOf(o);
  const dimmed = (e: TimelineEvent) => era !== null && e.era !== era;
  const lineH = Math.round(t.small * 1.35);
  const r = t.dot;
  const lines: Line[] = [];
  const marks: Mark[] = [];
  let y = 4;

  // Legend: the four fills, flowed across the width.
  const legend = ["difference", "none", "other", "gap"] as const;
  let lx = 0;
  let lrow = 0;
  for (const s of legend) {
    const w = SIGNAL_WORDS[s].length * t.small * 0.55 + r * 2 + 10;
    if (lx + w > W && lx > 0) { lrow += 1; lx = 0; }
    marks.push({ x: lx + r + 1, y: y + lineH * (lrow + 0.6), aspect: "progression", signal: s, label: SIGNAL_WORDS[s], dim: false });
    lines.push({ x: lx + r * 2 + 8, y: y + lineH * (lrow + 0.6), text: SIGNAL_WORDS[s], kind: "legend" });
    lx += w + 16;
  }
  y += (lrow + 1) * lineH + 10;

  // Overview: a true time axis, one lane per aspect, one mark per report.
  const [y0, y1] = data.years;
  // Room at both ends for a centred year label.
  const labelW = t.small * 0.6 * 4 + 6;
  const left = Math.max(r + 4, labelW / 2 + 2);
  const right = W - left;
  const xOf = (year: number) => left + ((year - y0) / Math.max(1, y1 - y0)) * (right - left);
  const step = r * 2 + 5;
  const overview: Mark[] = [];
  for (const a of aspects) {
    lines.push({ x: 0, y: y + lineH * 0.7, text: ASPECT_WORDS[a], kind: "lane" });
    y += lineH + 4;
    const stacks = new Map<number, number>();
    const laneTop = y;
    for (const e of events) {
      const entry = e.entries.find((x) => x.aspect === a);
      if (!entry) continue;
      const k = stacks.get(e.year) ?? 0;
      stacks.set(e.year, k + 1);
      overview.push({ x: xOf(e.year), y: laneTop + r + 2 + k * step, aspect: a, signal: entry.signal, label: `${e.year} ${e.title}: ${SIGNAL_WORDS[entry.signal]}`, dim: dimmed(e), short: e.short });
    }
    y = laneTop + Math.max(1, ...stacks.values()) * step + 6;
  }
  marks.push(...overview);
  const tags = placeTags(overview, t.small, r, left - r, right + r);
  const axisY = y + 2;
  const years = [...new Set(events.map((e) => e.year))];
  // Year labels only where there are reports, skipping any that would collide.
  const ticks: number[] = [];
  for (const yr of years) if (ticks.every((u) => Math.abs(xOf(u) - xOf(yr)) >= labelW)) ticks.push(yr);
  y = axisY + lineH + 14;

  // The reports in order, with their numbers.
  lines.push({ x: 0, y: y + lineH * 0.7, text: "The reports, in order", kind: "section" });
  y += lineH + 8;
  const gutter = Math.round(t.small * 3.4);
  const textX = gutter + r * 2 + 10;
  const textW = W - textX - 4;
  const rail: { y1: number; y2: number } = { y1: y, y2: y };
  let lastYear: number | null = null;
  const railDots: { y: number }[] = [];
  for (const e of events) {
    const dim = dimmed(e);
    const headLines = wrap(eventHead(e).replace(/^\d+ · /, ""), W - gutter - 4, t.base * 1.08);
    if (e.year !== lastYear) {
      lines.push({ x: 0, y: y + lineH * 0.75, text: String(e.year), kind: "year", dim: events.filter((x) => x.year === e.year).every(dimmed) });
      lastYear = e.year;
    }
    railDots.push({ y: y + lineH * 0.6 });
    headLines.forEach((text, k) => lines.push({ x: gutter, y: y + Math.round(t.base * 1.35) * (k + 0.7), text, kind: "head", dim }));
    y += headLines.length * Math.round(t.base * 1.35);
    for (const text of wrap(eventSub(e), W - gutter - 4, t.small)) {
      lines.push({ x: gutter, y: y + lineH * 0.75, text, kind: "sub", dim });
      y += lineH;
    }
    y += 4;
    for (const entry of e.entries) {
      marks.push({ x: gutter + r + 2, y: y + lineH * 0.6, aspect: entry.aspect, signal: entry.signal, label: SIGNAL_WORDS[entry.signal], dim });
      for (const text of wrap(entryText(entry), textW, t.small)) {
        lines.push({ x: textX, y: y + lineH * 0.75, text, kind: "entry", dim });
        y += lineH;
      }
      y += 3;
    }
    if (e.note) {
      for (const text of wrap(e.note, W - gutter - 4, t.small)) {
        lines.push({ x: gutter, y: y + lineH * 0.75, text, kind: "note", dim });
        y += lineH;
      }
    }
    rail.y2 = y;
    y += 14;
  }
  const height = Math.ceil(y + 4);

  const fade = (d: { dim?: boolean }) => (d.dim ? 0.35 : 1);
  // Second cancers are drawn in the harm colour; progression and survival in the text colour.
  const dot = (signal: Signal, extra: Record<string, unknown>) => {
    const ms = marks.filter((m) => m.signal === signal);
    return ASPECT_ORDER.map((a) => Plot.dot(ms.filter((m) => m.aspect === a), {
      x: "x", y: "y", r, symbol: SYMBOL[a], stroke: "currentColor", strokeWidth: 1.5, title: "label", strokeOpacity: fade, fillOpacity: fade,
      ...(a === "spm" && signal !== "gap" ? { className: "series-harm" } : {}), ...extra,
    }));
  };
  const svg = Plot.plot({
    document: o.document,
    width: W,
    height,
    margin: 0,
    style: plotStyle(o),
    ariaLabel: `${title(state)}. Reports by year, with what each found about ${aspects.map((a) => ASPECT_WORDS[a].toLowerCase()).join(", ")}.`,
    ariaDescription: summary(data, state),
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      // Overview axis: a rule with a tick per year and labels where reports are.
      Plot.ruleY([axisY], { x1: left, x2: right, stroke: "currentColor", strokeOpacity: 0.5 }),
      Plot.ruleX(range(y0, y1), { x: (d: number) => xOf(d), y1: axisY, y2: axisY + 5, stroke: "currentColor", strokeOpacity: 0.5 }),
      Plot.text(ticks, { x: (d: number) => xOf(d), y: axisY + lineH * 0.5 + 6, text: (d: number) => String(d), fontSize: t.small, className: "muted-text" }),
      // The list's rail: a line with a dot per report.
      Plot.ruleX([gutter - 10], { y1: rail.y1, y2: rail.y2, stroke: "currentColor", strokeOpacity: 0.3 }),
      Plot.dot(railDots, { x: gutter - 10, y: "y", r: 3, fill: "currentColor", className: "muted-text" }),
      // Marks, by what the report found: filled, open, open with a dot, dashed.
      ...dot("difference", { fill: "currentColor" }),
      ...dot("none", { fill: "var(--bg, white)" }),
      ...dot("other", { fill: "var(--bg, white)" }),
      ...(["series-harm", "plain"] as const).map((c) => Plot.dot(marks.filter((m) => m.signal === "other" && (m.aspect === "spm") === (c === "series-harm")), { x: "x", y: "y", r: Math.max(1.5, r / 3), fill: "currentColor", fillOpacity: fade, ...(c === "series-harm" ? { className: c } : {}) })),
      ...dot("gap", { fill: "var(--bg, white)", strokeDasharray: "2 2", className: "gap-text" }),
      // Text.
      ...(["start", "end"] as const).map((anchor) => Plot.text(tags.filter((d) => d.anchor === anchor), { x: "x", y: "y", text: "text", textAnchor: anchor, fontSize: t.small, fillOpacity: fade, className: "muted-text" })),
      Plot.text(lines.filter((l) => l.kind === "section" || l.kind === "lane"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fontWeight: 700 }),
      Plot.text(lines.filter((l) => l.kind === "year"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.base, fontWeight: 700, fillOpacity: fade }),
      Plot.text(lines.filter((l) => l.kind === "head"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.base, fontWeight: 600, fillOpacity: fade }),
      Plot.text(lines.filter((l) => l.kind === "sub" || l.kind === "legend"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fillOpacity: fade, className: "muted-text" }),
      Plot.text(lines.filter((l) => l.kind === "entry"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fillOpacity: fade }),
      Plot.text(lines.filter((l) => l.kind === "note"), { x: "x", y: "y", text: "text", textAnchor: "start", fontSize: t.small, fontStyle: "italic", fillOpacity: fade }),
    ],
  });
  return finishChart(svg, FIGURE_ID);
}

interface Tag { x: number; y: number; text: string; anchor: "start" | "end"; dim: boolean }

/**
 * Labels for the overview's marks: to the right of a mark if the words fit there without
 * touching another mark or label, else to the left, else none (the list below names every
 * report). Glyph width is estimated as in `wrap`.
 */
function placeTags(marks: Mark[], font: number, r: number, minX: number, maxX: number): Tag[] {
  interface Box { x1: number; x2: number; y1: number; y2: number }
  const boxes: Box[] = marks.map((m) => ({ x1: m.x - r - 1, x2: m.x + r + 1, y1: m.y - r - 1, y2: m.y + r + 1 }));
  const hits = (b: Box) => b.x1 < minX || b.x2 > maxX || boxes.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2);
  const tags: Tag[] = [];
  for (const m of marks) {
    if (!m.short) continue;
    const w = m.short.length * font * 0.58;
    const half = font * 0.55;
    const right: Box = { x1: m.x + r + 3, x2: m.x + r + 3 + w, y1: m.y - half, y2: m.y + half };
    const left: Box = { x1: m.x - r - 3 - w, x2: m.x - r - 3, y1: m.y - half, y2: m.y + half };
    const place = !hits(right) ? { box: right, anchor: "start" as const, x: right.x1 } : !hits(left) ? { box: left, anchor: "end" as const, x: left.x2 } : null;
    if (!place) continue;
    boxes.push(place.box);
    tags.push({ x: place.x, y: m.y, text: m.short, anchor: place.anchor, dim: m.dim });
  }
  return tags;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
