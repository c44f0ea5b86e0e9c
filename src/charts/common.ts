/**
 * What every chart shares: options, the finishing pass applied to every Plot output, and text
 * layout helpers. Colours are CSS custom properties reached through `currentColor` and
 * class names, so a static SVG follows the page theme (light, dark, projector) without
 * JavaScript; exports inline the computed colours.
 */
import type { DataTable } from "../data/types";

export type Theme = "light" | "dark" | "projector";

/** One annotated step of a figure, for teaching: what to look at, in words. */
export interface Step {
  /** Short label: "Progression". */
  label: string;
  /** What the step shows, in a sentence or two (no typed numbers). */
  note: string;
}

/** What every chart module exports; the client, the embeds and the image exports use it. */
export interface ChartModule<D, S> {
  render(data: D, state: S, options: ChartOptions): Element;
  title(state: S): string;
  summary(data: D, state: S): string;
  table(data: D, state: S): DataTable;
  /** Annotated steps (step 0 is always the whole figure). */
  steps?: (data: D, state: S) => Step[];
  /** The state in words, for exported images: "2012 reports · hazard ratios". */
  describeState?: (state: S) => string;
}

export interface ChartOptions {
  /** Width in CSS pixels the chart should fill. */
  width: number;
  /** A server DOM's document at build time; omitted in the browser. */
  document?: Document;
  /** Projector theme: bigger type and thicker marks. */
  projector?: boolean;
  /** Annotation step: 0 = the full figure, 1…n = the chart's `steps`. */
  step?: number;
}

/** Type sizes in px: never below 12 (legibility); at least 28 for the projector (a hall at 1920×1080). */
export function typeScale(o: ChartOptions) {
  const base = o.projector ? 28 : 14;
  return { base, small: o.projector ? 28 : 13, strong: o.projector ? 30 : 15, stroke: o.projector ? 4 : 2, dot: o.projector ? 10 : 6 };
}

/** Plot's style for every chart: theme colours from CSS, site font, transparent background. */
export function plotStyle(o: ChartOptions): Record<string, string> {
  const t = typeScale(o);
  return { fontSize: `${t.base}px`, fontFamily: "var(--font-ui, system-ui, sans-serif)", background: "transparent", color: "var(--fg, #1d1d1f)", overflow: "visible" };
}

/**
 * The one finishing pass. Plot labels <g> elements with aria-label but no role, which axe
 * reports (Plot issue 1760): give them role="group". Mark the root for the figure's CSS.
 */
export function finishChart<T extends Element>(el: T, id: string): T {
  for (const g of Array.from(el.querySelectorAll("g[aria-label]"))) {
    if (!g.hasAttribute("role")) g.setAttribute("role", "group");
  }
  // Plot's frame is a bare <rect aria-label="frame">, which axe also rejects; it is decoration.
  for (const r of Array.from(el.querySelectorAll("rect[aria-label]"))) r.removeAttribute("aria-label");
  if (el.tagName.toLowerCase() === "svg") {
    if (!el.hasAttribute("role")) el.setAttribute("role", "img");
    // Plot writes font-size="10" on the root; make the attribute agree with the style, for
    // renderers that read attributes only (standalone SVG, PNG export).
    const size = /font-size:\s*(\d+px)/.exec(el.getAttribute("style") ?? "")?.[1];
    if (size) el.setAttribute("font-size", size.replace("px", ""));
  }
  el.classList.add("wm-chart", `wm-chart--${id}`);
  return el;
}

/**
 * Greedy word wrap to a width in px for a font size, with an average glyph width of
 * 0.55 em (Source Sans 3 and common fallbacks run narrower): the layout reserves room for
 * the lines a label needs instead of letting it overflow on a phone.
 */
export function wrap(text: string, widthPx: number, fontPx: number): string[] {
  const maxChars = Math.max(12, Math.floor(widthPx / (fontPx * 0.55)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
