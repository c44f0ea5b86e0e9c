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
import { svgEl, svgRoot } from "./svg";

export const ICONS_ID = "risk-benefit-icons";

/** A person, in a 20 × 24 box: head and shoulders. */
const PERSON = "M10 0.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9ZM2 24v-6a6.5 6.5 0 0 1 6.5-6.5h3a6.5 6.5 0 0 1 6.5 6.5v6Z";
/** Two diagonal stripes across the body: the "because of maintenance" pattern. */
const STRIPES = "M4.5 23L10.5 15M9.5 23L15.5 15";
/** The second-cancer mark: a triangle at the top right of the person's cell. */
const TRIANGLE = "M18 0L23.5 9.5H12.5Z";
const CELL_W = 24;
const CELL_H = 28;
const COLS = 10;

type Group = "anyway" | "because" | "progressed";

function person(doc: Document, group: Group, x: number, y: number, s: number): SVGElement {
  const transform = `translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${s.toFixed(3)})`;
  if (group === "progressed") {
    return svgEl(doc, "path", { d: PERSON, transform, fill: "none", stroke: "currentColor", "stroke-width": 1.4, "vector-effect": "non-scaling-stroke" });
  }
  if (group === "because") {
    return svgEl(doc, "g", { transform }, [
      svgEl(doc, "path", { d: PERSON }),
      svgEl(doc, "path", { d: STRIPES, fill: "none", stroke: "var(--bg, #fff)", "stroke-width": 1.8 }),
    ]);
  }
  return svgEl(doc, "path", { d: PERSON, transform });
}

function triangle(doc: Document, x: number, y: number, s: number): SVGElement {
  return svgEl(doc, "path", { d: TRIANGLE, transform: `translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${s.toFixed(3)})`, stroke: "var(--bg, #fff)", "stroke-width": 1.5, "stroke-linejoin": "round", "vector-effect": "non-scaling-stroke", class: "rb-cancer" });
}

/** Which of the 100 carry the second-cancer mark: spread evenly, since the model does not say who. */
export function markedPeople(count: number, total = 100): number[] {
  return Array.from({ length: count }, (_, k) => Math.floor(((k + 0.5) * total) / count));
}

const GROUP_CLASS: Record<Group, string> = { anyway: "series-ctl", because: "series-len", progressed: "muted-text" };

export function renderIcons(view: ExplorerView, o: ChartOptions): SVGElement {
  const doc = o.document ?? document;
  const t = typeScale(o);
  const i = view.icons;
  const legendSide = o.width >= 560;
  const legendW = legendSide ? Math.min(300, Math.round(o.width * 0.42)) : o.width;
  const gridMax = o.projector ? 480 : 340;
  const gridW = Math.min(gridMax, legendSide ? o.width - legendW - 16 : o.width);
  const s = gridW / (COLS * CELL_W);
  const groups: Group[] = [
    ...Array<Group>(i.anyway).fill("anyway"),
    ...Array<Group>(i.because).fill("because"),
    ...Array<Group>(i.progressed).fill("progressed"),
  ];
  const byGroup: Record<Group, SVGElement[]> = { anyway: [], because: [], progressed: [] };
  groups.forEach((g, k) => {
    byGroup[g].push(person(doc, g, (k % COLS) * CELL_W * s, Math.floor(k / COLS) * CELL_H * s, s));
  });
  const marks = markedPeople(i.secondCancer).map((k) => triangle(doc, (k % COLS) * CELL_W * s, Math.floor(k / COLS) * CELL_H * s, s));
  const gridH = (CELL_H * s * groups.length) / COLS;

  // The legend: the same marks, with the counts.
  const lineH = Math.round(t.base * 1.3);
  const ls = o.projector ? 1.1 : 0.9;
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
  const legend: SVGElement[] = [];
  for (const e of entries) {
    const lines = wrap(e.text, (legendSide ? legendW : o.width) - CELL_W * ls - 8, t.base);
    const blockH = Math.max(CELL_H * ls, lines.length * lineH);
    const iconY = y + (blockH - CELL_H * ls) / 2 + 2;
    legend.push(e.group === "cancer"
      ? svgEl(doc, "g", {}, [triangle(doc, legendX - 6 * ls, iconY + 6 * ls, ls)])
      : svgEl(doc, "g", { class: GROUP_CLASS[e.group] }, [person(doc, e.group, legendX, iconY, ls)]));
    legend.push(svgEl(doc, "text", { x: textX, y: y + (blockH - lines.length * lineH) / 2 + lineH * 0.75 }, lines.map((l, j) => svgEl(doc, "tspan", { x: textX, dy: j === 0 ? null : lineH }, [l]))));
    y += blockH + 10;
  }
  const height = Math.ceil(Math.max(gridH, legendSide ? y : y) + 4);
  return svgRoot(doc, { width: o.width, height, label: iconsText(view), className: `wm-chart wm-chart--${ICONS_ID}`, fontSize: t.base }, [
    svgEl(doc, "g", { class: "series-ctl", "data-group": "anyway" }, byGroup.anyway),
    svgEl(doc, "g", { class: "series-len", "data-group": "because" }, byGroup.because),
    svgEl(doc, "g", { class: "muted-text", "data-group": "progressed" }, byGroup.progressed),
    svgEl(doc, "g", { "data-group": "second-cancer" }, marks),
    svgEl(doc, "g", { "aria-hidden": "true" }, legend),
  ]);
}
