/**
 * A very small SVG builder for charts drawn without Plot: elements made through the DOM
 * (so text is escaped by construction, never assembled from strings), numbers rounded to
 * 0.1 px so the markup stays short and stable. The same calls run on the build's linkedom
 * document and in the browser; pass the document in. For charts redrawn on every slider
 * step, ./vnode.ts builds the same markup as plain objects and patches the DOM in place.
 */
export const SVG_NS = "http://www.w3.org/2000/svg";

export type AttrValue = string | number | null | undefined | false;
export type Attrs = Record<string, AttrValue>;
export type Child = Node | string | null | undefined | false;

/** A number for an attribute: at most one decimal, no "-0". */
export function n1(x: number): string {
  const r = Math.round(x * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/** Sets attributes (numbers to one decimal; null, undefined and false left out) and appends children. */
function fill<E extends Element>(doc: Document, el: E, attrs: Attrs, children: Child[]): E {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, typeof v === "number" ? n1(v) : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" ? doc.createTextNode(c) : c);
  }
  return el;
}

export function svgEl(doc: Document, tag: string, attrs: Attrs = {}, children: Child[] = []): SVGElement {
  return fill(doc, doc.createElementNS(SVG_NS, tag) as SVGElement, attrs, children);
}

/** An HTML element, for the few non-SVG parts a chart returns (its wrapper, a caption). */
export function htmlEl(doc: Document, tag: string, attrs: Attrs = {}, children: Child[] = []): HTMLElement {
  return fill(doc, doc.createElement(tag), attrs, children);
}

/** A polyline path through points, "M x y L x y …". */
export function linePath(points: readonly (readonly [number, number])[]): string {
  let d = "";
  for (const [i, [x, y]] of points.entries()) d += `${i === 0 ? "M" : "L"}${n1(x)} ${n1(y)}`;
  return d;
}

/** A closed area between two polylines over the same xs: upper left→right, lower right→left. */
export function bandPath(upper: readonly (readonly [number, number])[], lower: readonly (readonly [number, number])[]): string {
  if (upper.length === 0) return "";
  return `${linePath(upper)}${linePath([...lower].reverse()).replace(/^M/, "L")}Z`;
}

/** A linear scale from a domain to a range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (x: number) => r0 + (x - d0) * k;
}

/** A round number at or above `x` for an axis maximum: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 × a power of ten. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= x - 1e-9) return Math.round(m * p * 1e6) / 1e6;
  return 10 * p;
}

/** The attributes of a chart's root <svg>: sized in CSS pixels, scalable, an image with a label. */
export function rootAttrs(o: { width: number; height: number; label: string; className: string; fontSize: number }): Attrs {
  return {
    xmlns: SVG_NS,
    width: o.width,
    height: o.height,
    viewBox: `0 0 ${n1(o.width)} ${n1(o.height)}`,
    role: "img",
    "aria-label": o.label,
    class: o.className,
    "font-family": "var(--font-ui, system-ui, sans-serif)",
    "font-size": o.fontSize,
    fill: "currentColor",
    style: `font-size:${o.fontSize}px;font-family:var(--font-ui, system-ui, sans-serif);color:var(--fg, #1d1d1f);overflow:visible`,
  };
}

/** The root <svg>: sized in CSS pixels, scalable, an image with a label (and no text below 12 px). */
export function svgRoot(doc: Document, o: { width: number; height: number; label: string; className: string; fontSize: number }, children: Child[]): SVGElement {
  return svgEl(doc, "svg", rootAttrs(o), children);
}
