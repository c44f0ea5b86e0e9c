/**
 * Direct labels that do not collide: each label tries a list of offsets around its anchor
 * point and takes the first that stays inside the bounds and clear of labels already placed,
 * fixed boxes and the drawn lines (given as pixel points). Layout only: no data arithmetic.
 * Widths are estimated per glyph class (a little wider than `wrap` assumes) so the boxes err
 * on the side of room.
 */
export interface Box { x0: number; y0: number; x1: number; y1: number }
export type Anchor = "start" | "end" | "middle";
export interface Offset { dx: number; dy: number; anchor: Anchor }
export interface PixelPoint { x: number; y: number }

export interface LabelRequest {
  /** Anchor point in pixels. */
  x: number;
  y: number;
  text: string;
  size: number;
  /** Offsets to try, best first; defaults to the eight places around the point. */
  offsets?: Offset[];
  /** Extra room (px) kept between this label and the drawn lines, e.g. so a curve's name is not read as another's. */
  clearance?: number;
}

export interface PlacedLabel { x: number; y: number; anchor: Anchor; text: string; box: Box; size: number }

/** Estimated advance of a label in semibold sans: capitals run wide, spaces narrow. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.27;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[0-9]/.test(ch)) em += 0.56;
    else if (/[a-z]/.test(ch)) em += /[mw]/.test(ch) ? 0.8 : /[ijlt]/.test(ch) ? 0.3 : 0.54;
    else em += 0.42;
  }
  return em * size * 1.1;
}

/** The box of a one-line label whose vertical middle is at y. */
export function boxFor(x: number, y: number, text: string, size: number, anchor: Anchor): Box {
  const w = textWidth(text, size);
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0: x0 - 2, y0: y - size * 0.65, x1: x0 + w + 2, y1: y + size * 0.65 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(b: Box, bounds: Box): boolean {
  return b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
}

/** Offsets around a point, nearest first, at growing distances. */
export function aroundPoint(size: number, gap = 8): Offset[] {
  const out: Offset[] = [];
  for (const k of [1, 2, 3, 4]) {
    const v = size * (0.9 + 1.3 * (k - 1));
    out.push(
      { dx: gap, dy: -v, anchor: "start" },
      { dx: -gap, dy: v, anchor: "end" },
      { dx: gap, dy: v, anchor: "start" },
      { dx: -gap, dy: -v, anchor: "end" },
    );
  }
  out.push({ dx: gap + 4, dy: 0, anchor: "start" }, { dx: -gap - 4, dy: 0, anchor: "end" });
  return out;
}

/** Points every `step` px along polylines, so a line crossing a box is seen even between samples. */
export function densify(lines: PixelPoint[][], step = 4): PixelPoint[] {
  const out: PixelPoint[] = [];
  for (const line of lines) {
    line.forEach((p, i) => {
      out.push(p);
      const next = line[i + 1];
      if (!next) return;
      const n = Math.floor(Math.hypot(next.x - p.x, next.y - p.y) / step);
      for (let k = 1; k < n; k++) out.push({ x: p.x + ((next.x - p.x) * k) / n, y: p.y + ((next.y - p.y) * k) / n });
    });
  }
  return out;
}

/** Places labels in order; earlier labels win. */
export function placeLabels(requests: LabelRequest[], o: { bounds: Box; obstacles?: Box[]; points?: PixelPoint[] }): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const fixed = o.obstacles ?? [];
  const points = o.points ?? [];
  for (const r of requests) {
    const offsets = r.offsets ?? aroundPoint(r.size);
    let best: PlacedLabel | null = null;
    let bestScore = Infinity;
    for (const [i, off] of offsets.entries()) {
      const x = r.x + off.dx;
      const y = r.y + off.dy;
      const box = boxFor(x, y, r.text, r.size, off.anchor);
      const hits = [...fixed, ...placed.map((p) => p.box)].filter((b) => overlaps(box, b)).length;
      const m = r.clearance ?? 0;
      const crossed = points.filter((p) => p.x > box.x0 - m && p.x < box.x1 + m && p.y > box.y0 - m && p.y < box.y1 + m).length;
      const score = (inside(box, o.bounds) ? 0 : 10_000) + hits * 1000 + crossed * 20 + i;
      if (score < bestScore) {
        bestScore = score;
        best = { x, y, anchor: off.anchor, text: r.text, box, size: r.size };
      }
    }
    if (best) placed.push(best);
  }
  return placed;
}
