/**
 * How the remark plugin tells a component which references it cites: an attribute
 * `cites="mccarthy-2012-nejm=3;ascopost-2017-meta=5"` (publication id = reference number,
 * in citing order). One module writes and reads it, so plugin and components agree.
 */
export interface CiteRef {
  /** Publication id; the reference list entry has the anchor `ref-<id>`. */
  id: string;
  /** Its number in the chapter's reference list, from 1, in order of first use. */
  n: number;
}

export const CITES_ATTRIBUTE = "cites";

export function serializeCites(refs: readonly CiteRef[]): string {
  return refs.map((r) => `${r.id}=${r.n}`).join(";");
}

/**
 * Reads the attribute back. A component rendered without it was not numbered by the essay
 * plugin (used outside content/essays, or the plugin is not configured): that fails loudly.
 */
export function parseCites(value: unknown, where: string): CiteRef[] {
  if (typeof value !== "string" || value === "") {
    throw new Error(`${where}: no citation number. Essay components are numbered at build time by the remark plugin (src/lib/essay/remark-essay.ts); use them only in content/essays/*.mdx.`);
  }
  return value.split(";").map((part) => {
    const eq = part.lastIndexOf("=");
    const id = part.slice(0, eq);
    const n = Number(part.slice(eq + 1));
    if (eq <= 0 || !Number.isInteger(n) || n < 1) throw new Error(`${where}: malformed citation attribute "${value}"`);
    return { id, n };
  });
}

/** The anchor of a publication in the reference list. */
export function referenceAnchor(publicationId: string): string {
  return `ref-${publicationId}`;
}
