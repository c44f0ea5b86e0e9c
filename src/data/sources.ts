/** Collects the distinct sources behind a set of evidence figures, in first-use order. */
import { figure } from "../evidence";
import { sourceOf } from "../lib/cite";
import type { SourceLine } from "./types";

export function sourceLine(figureId: string): SourceLine {
  const s = sourceOf(figure(figureId));
  return { label: s.label, display: s.display, href: s.href, linkKind: s.linkKind, kindText: s.kindText, citation: s.citation };
}

export function sourcesFor(figureIds: string[]): SourceLine[] {
  const seen = new Map<string, SourceLine>();
  for (const id of figureIds) {
    const line = sourceLine(id);
    if (!seen.has(line.display)) seen.set(line.display, line);
  }
  return [...seen.values()];
}
