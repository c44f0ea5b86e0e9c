/**
 * Standalone figure images for slide tools that take no iframe: the chart with its title,
 * the state it shows and its source line, colours resolved from the palette (no CSS custom
 * properties left, since image renderers ignore them), as SVG, and as a 2x PNG rendered by
 * resvg with the site's own fonts. Build only.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { PALETTES, type Palette, type ThemeName } from "./palette";
import { woffToSfnt } from "./woff";
import { serverDocument } from "./server-dom";

export interface ImageSpec {
  title: string;
  /** What the image shows, e.g. "2012 reports · hazard ratios · step 2 of 3". */
  stateText: string;
  /** Source line(s), plain text. */
  sources: string[];
  /** The chart as rendered with the server document (an <svg> or a <div> of <svg>s). */
  chart: Element;
  width: number;
  theme: ThemeName;
}

const FONT = "Source Sans 3";
const CLASS_COLOURS: Record<string, keyof Palette> = {
  "series-len": "series-len", "series-ctl": "series-ctl", "series-harm": "series-harm", "gap-text": "series-gap", "muted-text": "fg-soft", "null-line": "series-null",
};

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(20, Math.floor(width / (size * 0.52)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + word.length + 1 <= max) line += ` ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Replaces var(--x[, fallback]) with the palette value and currentColor with the colour the
 * page's CSS would give (a series class, else the inherited one): renderers of standalone
 * images know neither custom properties nor page CSS.
 */
function resolveColours(node: Element, p: Palette, inherited: string, current = { fill: false, stroke: false }): void {
  let colour = inherited;
  for (const cls of Object.keys(CLASS_COLOURS)) {
    const key = CLASS_COLOURS[cls];
    if (key && node.classList?.contains(cls)) colour = p[key];
  }
  const own = { fill: node.getAttribute("fill"), stroke: node.getAttribute("stroke") };
  const next = {
    fill: own.fill === null ? current.fill : own.fill === "currentColor",
    stroke: own.stroke === null ? current.stroke : own.stroke === "currentColor",
  };
  for (const attr of Array.from(node.attributes)) {
    let v = attr.value;
    if (v.includes("var(")) {
      v = v.replace(/var\(--font-ui[^)]*\)/g, `'${FONT}', sans-serif`)
        .replace(/var\(--([a-z-]+)(?:,[^)]*)?\)/g, (_m, name: string) => (name in p ? p[name as keyof Palette] : p.fg));
    }
    if (v.includes("currentColor")) v = v.replace(/currentColor/g, colour);
    if (v !== attr.value) node.setAttribute(attr.name, v);
  }
  // An inherited `currentColor` means this element's own colour, which a class may change.
  if (colour !== inherited) {
    if (own.fill === null && current.fill) node.setAttribute("fill", colour);
    if (own.stroke === null && current.stroke) node.setAttribute("stroke", colour);
  }
  for (const child of Array.from(node.children)) resolveColours(child, p, colour, next);
}

/** HTML serialisation leaves < and > raw inside attribute values; XML does not allow <. */
function xmlSafe(html: string): string {
  return html.replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`);
}

function svgsOf(chart: Element): Element[] {
  return chart.tagName.toLowerCase() === "svg" ? [chart] : Array.from(chart.querySelectorAll("svg"));
}

export function standaloneSvg(spec: ImageSpec): string {
  const p = PALETTES[spec.theme];
  const doc = serverDocument();
  const holder = doc.createElement("div");
  holder.appendChild(spec.chart.cloneNode(true));
  const chart = holder.firstElementChild;
  if (!chart) throw new Error("empty chart");
  resolveColours(chart, p, p.fg);
  const pad = 16;
  const titleSize = spec.theme === "projector" ? 28 : 20;
  const small = spec.theme === "projector" ? 20 : 13;
  const inner = spec.width - 2 * pad;
  const titleLines = wrapText(spec.title, inner, titleSize);
  const stateLines = wrapText(spec.stateText, inner, small);
  const sourceLines = spec.sources.flatMap((s) => wrapText(s, inner, small));
  let y = pad;
  const parts: string[] = [];
  for (const line of titleLines) { y += titleSize * 1.25; parts.push(`<text x="${pad}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${p.fg}">${escapeXml(line)}</text>`); }
  for (const line of stateLines) { y += small * 1.4; parts.push(`<text x="${pad}" y="${y}" font-size="${small}" fill="${p["fg-soft"]}">${escapeXml(line)}</text>`); }
  y += 10;
  for (const svg of svgsOf(chart)) {
    const w = Number(svg.getAttribute("width") ?? spec.width);
    const h = Number(svg.getAttribute("height") ?? 300);
    svg.setAttribute("x", String(pad));
    svg.setAttribute("y", String(y));
    svg.setAttribute("width", String(Math.min(w, inner)));
    svg.setAttribute("height", String(h * Math.min(1, inner / w)));
    svg.removeAttribute("style");
    svg.setAttribute("color", p.fg);
    svg.setAttribute("font-family", `${FONT}, sans-serif`);
    parts.push(xmlSafe(svg.outerHTML));
    y += h * Math.min(1, inner / w) + 8;
  }
  y += 6;
  for (const line of sourceLines) { y += small * 1.4; parts.push(`<text x="${pad}" y="${y}" font-size="${small}" fill="${p["fg-soft"]}">${escapeXml(line)}</text>`); }
  const height = Math.ceil(y + pad);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${height}" viewBox="0 0 ${spec.width} ${height}" font-family="${FONT}, sans-serif"><rect width="100%" height="100%" fill="${p.bg}"/>${parts.join("")}</svg>\n`;
}

let fonts: Uint8Array[] | null = null;
function fontBuffers(): Uint8Array[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  fonts = ["400-normal", "600-normal", "700-normal", "400-italic"].map((w) => {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${w}.woff`);
    return woffToSfnt(readFileSync(file));
  });
  return fonts;
}

/** A PNG at `scale`× of a standalone SVG, with the site's fonts. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  // resvg-js 2.6 reads `font.fontBuffers`; its bundled typings predate the option.
  const font = { loadSystemFonts: false, fontBuffers: fontBuffers(), defaultFontFamily: FONT, sansSerifFamily: FONT };
  const resvg = new Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: font as ResvgRenderOptions["font"] });
  return resvg.render().asPng();
}
