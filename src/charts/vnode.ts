/**
 * Charts redrawn on every control change (the explorer) are built as light trees of plain
 * objects (VNode), then either made into DOM once (`toDom`: at build time with linkedom, or
 * on first paint in the browser) or applied to the DOM already on screen (`patchDom`), which
 * compares the new tree with the previous one and touches only the attributes and texts that
 * changed. Building objects is far cheaper than building elements, and an axis label that
 * did not change is never laid out again. Text goes in through the DOM, never parsed as markup.
 */
import { n1, rootAttrs, SVG_NS, type AttrValue } from "./svg";

export interface VNode {
  ns: "svg" | "html";
  tag: string;
  attrs: Record<string, string>;
  children: VChild[];
}
export type VChild = VNode | string;
export type VAttrs = Record<string, AttrValue>;
export type VInput = VChild | null | undefined | false;

function node(ns: VNode["ns"], tag: string, attrs: VAttrs, children: VInput[]): VNode {
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    a[k] = typeof v === "number" ? n1(v) : v;
  }
  const c: VChild[] = [];
  for (const x of children) if (x !== null && x !== undefined && x !== false) c.push(x);
  return { ns, tag, attrs: a, children: c };
}

export function svgEl(tag: string, attrs: VAttrs = {}, children: VInput[] = []): VNode {
  return node("svg", tag, attrs, children);
}

/** An HTML element, for the few non-SVG parts a chart returns (its wrapper, a caption, links). */
export function htmlEl(tag: string, attrs: VAttrs = {}, children: VInput[] = []): VNode {
  return node("html", tag, attrs, children);
}

/** The root <svg> (see ./svg.ts rootAttrs). */
export function svgRoot(o: Parameters<typeof rootAttrs>[0], children: VInput[]): VNode {
  return svgEl("svg", rootAttrs(o), children);
}

/** The tree as DOM elements of `doc`. */
export function toDom(n: VNode, doc: Document): Element {
  const el = n.ns === "svg" ? doc.createElementNS(SVG_NS, n.tag) : doc.createElement(n.tag);
  for (const [k, v] of Object.entries(n.attrs)) el.setAttribute(k, v);
  for (const c of n.children) el.appendChild(typeof c === "string" ? doc.createTextNode(c) : toDom(c, doc));
  return el;
}

function sameShape(a: VChild, b: VChild): boolean {
  return typeof a === "string" ? typeof b === "string" : typeof b !== "string" && a.tag === b.tag && a.ns === b.ns;
}

/**
 * Makes `el`, which shows `prev`, show `next`: changed attributes and texts are written, a
 * child list whose length or kinds changed is rebuilt. Returns the element now in the
 * document (a new one when the root's tag changed).
 */
export function patchDom(el: Element, prev: VNode, next: VNode): Element {
  const doc = el.ownerDocument;
  if (prev.tag !== next.tag || prev.ns !== next.ns) {
    const fresh = toDom(next, doc);
    el.replaceWith(fresh);
    return fresh;
  }
  for (const k of Object.keys(prev.attrs)) if (!(k in next.attrs)) el.removeAttribute(k);
  for (const [k, v] of Object.entries(next.attrs)) if (prev.attrs[k] !== v) el.setAttribute(k, v);
  const pc = prev.children;
  const nc = next.children;
  if (pc.length !== nc.length || pc.some((c, i) => !sameShape(c, nc[i] ?? ""))) {
    el.replaceChildren(...nc.map((c) => (typeof c === "string" ? doc.createTextNode(c) : toDom(c, doc))));
    return el;
  }
  const nodes = el.childNodes;
  nc.forEach((c, i) => {
    const p = pc[i];
    const dom = nodes[i];
    if (p === undefined || !dom) return;
    if (typeof c === "string") {
      if (p !== c) dom.nodeValue = c;
    } else if (typeof p !== "string" && dom instanceof Element) {
      patchDom(dom, p, c);
    }
  });
  return el;
}
