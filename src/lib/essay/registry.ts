/**
 * What the essay remark plugin may look up: which publications a figure row cites, and
 * whether a publication, term or gap id exists. Built from the evidence base and the
 * glossary; tests pass a small fake instead.
 */
import { evidence, figure, publication } from "../../evidence";
import { isTermId } from "./glossary";

export interface EssayRegistry {
  /** Publication ids a figure row cites, original first for a secondary row; throws on an unknown id. */
  figureSources(id: string): string[];
  hasPublication(id: string): boolean;
  hasTerm(id: string): boolean;
  hasGap(id: string): boolean;
}

export function essayRegistry(): EssayRegistry {
  const gaps = new Set(evidence.gaps.map((g) => g.id));
  return {
    figureSources(id) {
      const f = figure(id);
      return f.source_kind === "secondary" && f.reports ? [f.reports, f.publication] : [f.publication];
    },
    hasPublication(id) {
      try {
        publication(id);
        return true;
      } catch {
        return false;
      }
    },
    hasTerm: isTermId,
    hasGap: (id) => gaps.has(id),
  };
}
