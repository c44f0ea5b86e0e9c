/**
 * Validation of the evidence files. `validateEvidence` takes the parsed files by path and
 * returns the evidence base or throws an EvidenceError listing every problem as
 * "file › field: message", so a bad number fails the build with its place named.
 */
import type { z } from "zod";
import { Conflict, Figure, Gap, Publication, Study } from "./schema";
import type { Conflict as ConflictT, EvidenceFigure, Gap as GapT, Publication as PublicationT, Study as StudyT } from "./schema";

export interface EvidenceFiles {
  publications: { file: string; data: unknown };
  studies: { file: string; data: unknown };
  gaps: { file: string; data: unknown };
  conflicts: { file: string; data: unknown };
  /** One file per study: content/evidence/figures/<study>.json */
  figures: { file: string; data: unknown }[];
}

export interface Evidence {
  publications: PublicationT[];
  studies: StudyT[];
  figures: EvidenceFigure[];
  gaps: GapT[];
  conflicts: ConflictT[];
}

export class EvidenceError extends Error {
  constructor(readonly problems: string[]) {
    super(`The evidence base is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "EvidenceError";
  }
}

function label(item: unknown, index: number): string {
  const id = typeof item === "object" && item !== null && "id" in item ? String((item as { id: unknown }).id) : null;
  return id ? `[${index}] (${id})` : `[${index}]`;
}

function parseList<S extends z.ZodTypeAny>(schema: S, file: string, data: unknown, problems: string[]): z.infer<S>[] {
  if (!Array.isArray(data)) {
    problems.push(`${file}: expected an array`);
    return [];
  }
  const out: z.infer<S>[] = [];
  data.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data);
    else for (const issue of result.error.issues) problems.push(`${file} › ${label(item, i)}.${issue.path.join(".") || "(row)"}: ${issue.message}`);
  });
  return out;
}

export function validateEvidence(files: EvidenceFiles): Evidence {
  const problems: string[] = [];
  const publications = parseList(Publication, files.publications.file, files.publications.data, problems);
  const studies = parseList(Study, files.studies.file, files.studies.data, problems);
  const gaps = parseList(Gap, files.gaps.file, files.gaps.data, problems);
  const conflicts = parseList(Conflict, files.conflicts.file, files.conflicts.data, problems);
  const figures: EvidenceFigure[] = [];
  const fileOf = new Map<EvidenceFigure, string>();
  for (const { file, data } of files.figures) {
    for (const f of parseList(Figure, file, data, problems)) {
      figures.push(f);
      fileOf.set(f, file);
    }
  }

  /** Ids seen; a repeat is reported in the file that repeats it, naming the first file when another. */
  const unique = <T extends { id: string }>(items: T[], fileFor: (item: T) => string) => {
    const first = new Map<string, T>();
    for (const item of items) {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, item);
      else {
        const where = fileFor(earlier) === fileFor(item) ? "" : ` (first in ${fileFor(earlier)})`;
        problems.push(`${fileFor(item)} › (${item.id}).id: duplicate id${where}`);
      }
    }
    return new Set(first.keys());
  };
  const pubIds = unique(publications, () => files.publications.file);
  const studyIds = unique(studies, () => files.studies.file);
  unique(gaps, () => files.gaps.file);
  unique(figures, (f) => fileOf.get(f) ?? "content/evidence/figures");

  for (const s of studies) {
    for (const src of s.design.sources) {
      if (!pubIds.has(src)) problems.push(`${files.studies.file} › (${s.id}).design.sources: unknown publication "${src}"`);
    }
  }
  for (const f of figures) {
    const at = `${fileOf.get(f) ?? "figures"} › (${f.id})`;
    if (!studyIds.has(f.study)) problems.push(`${at}.study: unknown study "${f.study}"`);
    if (!pubIds.has(f.publication)) problems.push(`${at}.publication: unknown publication "${f.publication}"`);
    if (f.reports !== null && !pubIds.has(f.reports)) problems.push(`${at}.reports: unknown publication "${f.reports}"`);
    const expected = fileOf.get(f)?.match(/([^/]+)\.json$/)?.[1];
    if (expected && expected !== f.study) problems.push(`${at}.study: "${f.study}" is filed in ${expected}.json`);
  }
  for (const g of gaps) {
    for (const s of g.studies) {
      if (!studyIds.has(s)) problems.push(`${files.gaps.file} › (${g.id}).studies: unknown study "${s}"`);
    }
    g.covers.forEach((c, i) => {
      if (!studyIds.has(c.study)) problems.push(`${files.gaps.file} › (${g.id}).covers.${i}.study: unknown study "${c.study}"`);
    });
  }
  if (problems.length > 0) throw new EvidenceError(problems);
  return { publications, studies, figures, gaps, conflicts };
}
