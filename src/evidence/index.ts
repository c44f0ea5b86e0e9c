/**
 * The evidence base: content/evidence/ read, validated and indexed. Importing this module
 * validates every file, so a bad number fails the build (and the unit tests) with a message
 * naming its file and field. Build-time only: browser code receives the few rows it needs.
 */
import publications from "../../content/evidence/publications.json";
import studies from "../../content/evidence/studies.json";
import gaps from "../../content/evidence/gaps.json";
import conflicts from "../../content/evidence/conflicts.json";
import { validateEvidence } from "./load";
import type { ArmId, EvidenceFigure, Gap, GapKey, MeasureId, Publication, Study } from "./schema";

const figureFiles = import.meta.glob<{ default: unknown }>("../../content/evidence/figures/*.json", { eager: true });

export const evidence = validateEvidence({
  publications: { file: "content/evidence/publications.json", data: publications },
  studies: { file: "content/evidence/studies.json", data: studies },
  gaps: { file: "content/evidence/gaps.json", data: gaps },
  conflicts: { file: "content/evidence/conflicts.json", data: conflicts },
  figures: Object.entries(figureFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, mod]) => ({ file: path.replace(/^(\.\.\/)+/, ""), data: mod.default })),
});

const figureById = new Map(evidence.figures.map((f) => [f.id, f]));
const publicationById = new Map(evidence.publications.map((p) => [p.id, p]));
const studyById = new Map(evidence.studies.map((s) => [s.id, s]));

/** A figure by id; an unknown id throws, naming it (so a typo fails the build). */
export function figure(id: string): EvidenceFigure {
  const f = figureById.get(id);
  if (!f) throw new Error(`Unknown evidence figure id "${id}"`);
  return f;
}

/** A figure's numeric value; throws when it has none (P-value rows, "not reached"). */
export function value(id: string): number {
  const f = figure(id);
  if (f.value === null) throw new Error(`Evidence figure "${id}" has no numeric value`);
  return f.value;
}

export function publication(id: string): Publication {
  const p = publicationById.get(id);
  if (!p) throw new Error(`Unknown publication id "${id}"`);
  return p;
}

export function study(id: string): Study {
  const s = studyById.get(id);
  if (!s) throw new Error(`Unknown study id "${id}"`);
  return s;
}

export interface FigureQuery {
  study?: string;
  endpoint?: string | string[];
  measure?: MeasureId;
  arm?: ArmId;
  comparator?: ArmId | null;
  subgroup?: string | null;
  data_cut?: number;
  publication?: string;
  /** Default true: only rows the evidence marks preferred. */
  preferred?: boolean;
}

/** Every figure matching the query (preferred rows only unless `preferred: false`). */
export function figures(q: FigureQuery = {}): EvidenceFigure[] {
  const endpoints = q.endpoint === undefined ? null : Array.isArray(q.endpoint) ? q.endpoint : [q.endpoint];
  return evidence.figures.filter((f) =>
    (q.preferred === false || f.preferred) &&
    (q.study === undefined || f.study === q.study) &&
    (endpoints === null || endpoints.includes(f.endpoint)) &&
    (q.measure === undefined || f.measure === q.measure) &&
    (q.arm === undefined || f.arm === q.arm) &&
    (q.comparator === undefined || f.comparator === q.comparator) &&
    (q.subgroup === undefined || f.subgroup === q.subgroup) &&
    (q.data_cut === undefined || f.data_cut === q.data_cut) &&
    (q.publication === undefined || f.publication === q.publication) &&
    f.endpoint !== "unverified",
  );
}

/** The single preferred figure matching the query, or null; more than one match throws. */
export function findOne(q: FigureQuery): EvidenceFigure | null {
  const found = figures(q);
  if (found.length > 1) throw new Error(`Query ${JSON.stringify(q)} matches ${found.length} figures: ${found.map((f) => f.id).join(", ")}`);
  return found[0] ?? null;
}

/** The gap that says a quantity was not reported, if the evidence records one. */
export function gapFor(key: Omit<GapKey, "data_cut" | "part"> & { data_cut?: number; part?: GapKey["part"] }): Gap | null {
  return evidence.gaps.find((g) => g.covers.some((c) =>
    c.study === key.study && c.endpoint === key.endpoint && c.measure === key.measure && c.arm === key.arm &&
    (c.part ?? null) === (key.part ?? null) &&
    (c.data_cut === undefined || key.data_cut === undefined || c.data_cut === key.data_cut),
  )) ?? null;
}

export type { EvidenceFigure, Publication, Study, Gap, GapKey } from "./schema";
