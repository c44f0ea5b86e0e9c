/**
 * Where a number came from, in the words the evidence README asks for: a primary source is
 * named plainly, a regulatory one "per the US prescribing information", a secondary one
 * "as reported by …" with the original first. Links go to the DOI when known, else to the
 * copy consulted. Plain anchors only: the site never fetches from these addresses.
 */
import { publication } from "../evidence";
import type { EvidenceFigure, Publication } from "../evidence/schema";

export interface SourceRef {
  /** Short label: "McCarthy et al., N Engl J Med 2012". */
  label: string;
  /** Full citation. */
  citation: string;
  href: string;
  /** "doi" or "copy consulted". */
  linkKind: "doi" | "copy consulted";
  /** The kind of source in words: "trial report", "regulatory document", "as reported by The ASCO Post". */
  kindText: string;
  /** What a source line prints: "McCarthy et al., N Engl J Med 2012" or "… , as reported by The ASCO Post". */
  display: string;
  sourceKind: EvidenceFigure["source_kind"];
  publicationId: string;
}

export function publicationHref(p: Publication): { href: string; linkKind: SourceRef["linkKind"] } {
  return p.doi ? { href: `https://doi.org/${p.doi}`, linkKind: "doi" } : { href: p.url, linkKind: "copy consulted" };
}

const KIND_WORDS: Record<Publication["kind"], string> = {
  "trial-report": "trial report",
  update: "trial update",
  "meta-analysis": "meta-analysis",
  review: "review",
  regulatory: "regulatory document",
  news: "news report",
  editorial: "commentary",
  abstract: "meeting abstract",
  study: "cohort study",
  registry: "trial registry record",
  promotional: "manufacturer's material",
};

/** The source of one figure, with its kind in words. */
export function sourceOf(f: EvidenceFigure): SourceRef {
  const p = publication(f.publication);
  const link = p.doi ? publicationHref(p) : { href: f.source_url, linkKind: "copy consulted" as const };
  let kindText: string;
  let label = p.short;
  let display = p.short;
  if (f.source_kind === "secondary") {
    const labelDerived = (f.note ?? "").toLowerCase().includes("label-derived") || p.citation.includes("label-derived");
    if (f.reports) {
      const original = publication(f.reports);
      label = `${original.short}, as reported by ${p.short}`;
      kindText = `as reported by ${p.short}`;
      display = label;
    } else {
      kindText = `as reported by ${p.short}${labelDerived ? " (label-derived)" : ""}`;
      display = labelDerived ? `US label analysis, as reported by ${p.short}` : `as reported by ${p.short}`;
    }
  } else if (f.source_kind === "regulatory") {
    kindText = p.id.startsWith("pulte") ? "FDA reviewers" : "per the US prescribing information";
    display = p.id.startsWith("pulte") ? `FDA reviewers (${p.short})` : `${p.short}, per the US prescribing information`;
  } else {
    kindText = KIND_WORDS[p.kind];
  }
  return { label, display, citation: p.citation, href: link.href, linkKind: link.linkKind, kindText, sourceKind: f.source_kind, publicationId: p.id };
}
