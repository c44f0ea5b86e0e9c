/**
 * Normalised SVG for snapshot tests (as Plot tests its own marks): geometry rounded to one
 * decimal (text untouched), Plot's generated class names made stable, so a snapshot changes only when what a
 * reader sees changes. Test-only; imported by *.test.ts.
 */
import { serverDocument } from "../lib/server-dom";

export function normaliseSvg(html: string): string {
  return html
    .replace(/plot-[0-9a-f]{6}(-[a-z0-9-]+)?/g, "plot$1")
    .replace(/ (d|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|transform|points|width|height|viewBox)="([^"]*)"/g, (_m, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
    .replace(/></g, ">\n<");
}

export function renderForSnapshot(render: (document: Document) => Element): string {
  return normaliseSvg(render(serverDocument()).outerHTML);
}
