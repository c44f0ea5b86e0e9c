/**
 * Build-time rendering of charts: a linkedom document handed to Plot as its `document`
 * option, so the same chart function that runs in the browser writes static SVG into the
 * HTML. Build only — never imported by browser code.
 */
import { parseHTML } from "linkedom";

let doc: Document | null = null;

export function serverDocument(): Document {
  if (!doc) doc = parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  return doc;
}

/** Renders a chart to HTML with the server document. */
export function renderStatic(render: (document: Document) => Element): string {
  return render(serverDocument()).outerHTML;
}
