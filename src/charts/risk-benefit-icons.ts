/**
 * The icon array: the same 100 people after the horizon, row by row — free of progression
 * anyway (solid), free of progression because of maintenance (solid, striped), progressed
 * (outline) — with a triangle on each person counted as an extra second cancer. Shape and
 * pattern tell the groups apart, colour only repeats it. Plain SVG, no Plot: it redraws on
 * every control change.
 */
import type { ExplorerView } from "../model/view";
import { type ChartOptions, typeScale, wrap } from "./common";
import { iconsText } from "./risk-benefit-text";
import { n1 } from "./svg";
import { svgEl, svgRoot, toDom, type VNode } from "./vnode";

export const ICONS_ID = "risk-benefit-icons";

/*
 * Shapes in a 20 × 24 box per person (cells are 24 × 28), written straight into absolute
 * path data: each group is ONE <path> holding all its people, so a redraw creates a handful of
 * elements rather than a hundred (the browser lays out and paints 5 paths, not 125).
 */
const CELL_W = 24;
const CELL_H = 28;
const COLS = 10;

type Group = "anyway" | "because" | "progressed";

/** Head and shoulders at (x, y), scale s. */
function personPath(x: number, y: number, s: number): string {
  const r = 4.5 * s;
  const a = 6.5 * s;
  return `M${n1(x + 10 * s - r)} ${n1(y + 5 * s)}a${n1(r)} ${n1(r)} 0 1 0 ${n1(2 * r)} 0a${n1(r)} ${n1(r)} 0 1 0 ${n1(-2 * r)} 0Z`
    + `M${n1(x + 2 * s)} ${n1(y + 24 * s)}v${n1(-6 * s)}a${n1(a)} ${n1(a)} 0 0 1 ${n1(a)} ${n1(-a)}h${n1(3 * s)}a${n1(a)} ${n1(a)} 0 0 1 ${n1(a)} ${n1(a)}v${n1(6 * s)}Z`;
}

/** Two diagonal stripes across the body: the "because of maintenance" pattern. */
function stripesPath(x: number, y: number, s: number): string {
  return `M${n1(x + 4.5 * s)} ${n1(y + 23 * s)}L${n1(x + 10.5 * s)} ${n1(y + 15 * s)}M${n1(x + 9.5 * s)} ${n1(y + 23 * s)}L${n1(x + 15.5 * s)} ${n1(y + 15 * s)}`;
}

/** The second-cancer mark: a triangle over the person's right shoulder, reaching into the gap between cells. */
function trianglePath(x: number, y: number, s: number): string {
  return `M${n1(x + 17 * s)} ${n1(y - 1.5 * s)}L${n1(x + 24 * s)} ${n1(y + 10.5 * s)}H${n1(x + 10 * s)}Z`;
}

/** The marks of one group at the given cell origins, as SVG elements (a fill, and stripes for "because"). */
function groupMarks(group: Group, cells: readonly (readonly [number, number])[], s: number, count: number): VNode[] {
  const d = cells.map(([x, y]) => personPath(x, y, s)).join("");
  const cls = GROUP_CLASS[group];
  if (group === "progressed") {
    return [svgEl("path", { d, class: cls, "data-group": group, "data-count": count, fill: "none", stroke: "currentColor", "stroke-width": 1.4 })];
  }
  const marks = [svgEl("path", { d, class: cls, "data-group": group, "data-count": count, fill: "currentColor" })];
  if (group === "because") marks.push(svgEl("path", { d: cells.map(([x, y]) => stripesPath(x, y, s)).join(""), fill: "none", stroke: "var(--bg, #fff)", "stroke-width": n1(1.8 * s) }));
  return marks;
}

function triangles(cells: readonly (readonly [number, number])[], s: number, count: number, group = true): VNode {
  return svgEl("path", { d: cells.map(([x, y]) => trianglePath(x, y, s)).join(""), class: "series-harm", "data-group": group ? "second-cancer" : null, "data-count": group ? count : null, fill: "currentColor", stroke: "var(--bg, #fff)", "stroke-width": 1.5, "stroke-linejoin": "round" });
}

/** Which of the 100 carry the second-cancer mark: spread evenly, since the model does not say who. */
export function markedPeople(count: number, total = 100): number[] {
  return Array.from({ length: count }, (_, k) => Math.floor(((k + 0.5) * total) / count));
}

const GROUP_CLASS: Record<Group, string> = { anyway: "series-ctl", because: "series-len", progressed: "muted-text" };

/** The icon array as DOM (build time, tests, first paint). */
export function renderIcons(view: ExplorerView, o: ChartOptions): SVGElement {
  return toDom(iconsTree(view, o), o.document ?? document) as SVGElement;
}

/** The icon array as a tree: the browser patches the one on screen with it. */
export function iconsTree(view: ExplorerView, o: ChartOptions): VNode {
  const t = typeScale(o);
  const i = view.icons;
  const legendSide = o.width >= 560;
  const legendW = legendSide ? Math.min(o.projector ? 520 : 300, Math.round(o.width * 0.42)) : o.width;
  const gridMax = o.projector ? 480 : 340;
  const gridW = Math.min(gridMax, legendSide ? o.width - legendW - 16 : o.width);
  const s = gridW / (COLS * CELL_W);
  const cell = (k: number) => [(k % COLS) * CELL_W * s, Math.floor(k / COLS) * CELL_H * s] as const;
  const order: Group[] = [
    ...Array<Group>(i.anyway).fill("anyway"),
    ...Array<Group>(i.because).fill("because"),
    ...Array<Group>(i.progressed).fill("progressed"),
  ];
  const cellsOf = (g: Group) => order.flatMap((x, k) => (x === g ? [cell(k)] : []));
  const gridH = (CELL_H * s * order.length) / COLS;

  // The legend: the same marks, with the counts.
  const lineH = Math.round(t.base * 1.3);
  // Legend marks grow with the type, so they stay as legible as the words beside them.
  const ls = t.base / 14;
  const cancerNote = i.secondCancer === 0 && i.secondCancerExact > 0 ? ` (${(Math.round(i.secondCancerExact * 10) / 10).toFixed(1)} in 100: fewer than one person)` : "";
  const entries: { group: Group | "cancer"; text: string }[] = [
    { group: "anyway", text: `${i.anyway} free of progression anyway` },
    { group: "because", text: `${i.because} free of progression because of maintenance` },
    { group: "progressed", text: `${i.progressed} progressed, even with maintenance` },
    { group: "cancer", text: `${i.secondCancer} with an extra second cancer${cancerNote}; marked on people spread across the array, since the model does not say who` },
  ];
  const legendX = legendSide ? gridW + 16 : 0;
  let y = legendSide ? 0 : gridH + 16;
  const textX = legendX + CELL_W * ls + 8;
  const legend: VNode[] = [];
  for (const e of entries) {
    const lines = wrap(e.text, (legendSide ? legendW : o.width) - CELL_W * ls - 8, t.base);
    const blockH = Math.max(CELL_H * ls, lines.length * lineH);
    const iconY = y + (blockH - CELL_H * ls) / 2 + 2;
    if (e.group === "cancer") legend.push(triangles([[legendX - 7 * ls, iconY + 8 * ls]], ls, 1, false));
    else legend.push(...groupMarks(e.group, [[legendX, iconY]], ls, 1).map((m) => { delete m.attrs["data-group"]; delete m.attrs["data-count"]; return m; }));
    legend.push(svgEl("text", { x: textX, y: y + (blockH - lines.length * lineH) / 2 + lineH * 0.75 }, lines.map((l, j) => svgEl("tspan", { x: textX, dy: j === 0 ? null : lineH }, [l]))));
    y += blockH + 10;
  }
  const height = Math.ceil(Math.max(gridH, y) + 4);
  return svgRoot({ width: o.width, height, label: iconsText(view), className: `wm-chart wm-chart--${ICONS_ID}`, fontSize: t.base }, [
    ...groupMarks("anyway", cellsOf("anyway"), s, i.anyway),
    ...groupMarks("because", cellsOf("because"), s, i.because),
    ...groupMarks("progressed", cellsOf("progressed"), s, i.progressed),
    triangles(markedPeople(i.secondCancer).map(cell), s, i.secondCancer),
    svgEl("g", { "aria-hidden": "true" }, legend),
  ]);
}
