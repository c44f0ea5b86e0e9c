/**
 * Internal consistency of the real evidence base: the arithmetic a reader could do with two
 * figures must come out right, and the numbers must be the shared file's numbers. The data
 * is never edited to pass; a row that breaks a rule for a stated reason is listed by id.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evidence } from "../src/evidence/index";
import type { EvidenceFigure } from "../src/evidence/index";

const all = evidence.figures;

/** Figures whose CI bound is not a positive ratio, with the reason the row is still right. */
const RATIO_BOUND_EXCEPTIONS: Record<string, string> = {
  "mian-2016-pfs-hr-comparison-gt3y-mian-2016-cancer": "ci_low 0 as published (HR 0.02, bound rounded to 2 decimals); not a true zero",
  "mian-2016-os-hr-comparison-gt3y-mian-2016-cancer": "ci_low 0 as published (HR 0.05, bound rounded to 2 decimals); not a true zero",
};

/** Every count/percent pair (same study, publication, endpoint, arm, subgroup, with n) in the data. */
const EXPECTED_PAIRS: readonly (readonly [count: string, percent: string])[] = [
  ["calgb-100104-ttp-count-lenalidomide-mccarthy-2012-nejm", "calgb-100104-ttp-percent-lenalidomide-mccarthy-2012-nejm"],
  ["calgb-100104-ttp-count-placebo-mccarthy-2012-nejm", "calgb-100104-ttp-percent-placebo-mccarthy-2012-nejm"],
  ["calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm", "calgb-100104-deaths-percent-lenalidomide-mccarthy-2012-nejm"],
  ["calgb-100104-deaths-count-placebo-mccarthy-2012-nejm", "calgb-100104-deaths-percent-placebo-mccarthy-2012-nejm"],
  ["calgb-100104-spm-count-lenalidomide-mccarthy-2012-nejm", "calgb-100104-spm-percent-lenalidomide-mccarthy-2012-nejm"],
  ["calgb-100104-spm-count-placebo-mccarthy-2012-nejm", "calgb-100104-spm-percent-placebo-mccarthy-2012-nejm"],
  ["calgb-100104-pfs-count-lenalidomide-acn-revlimid-ad", "calgb-100104-pfs-percent-lenalidomide-acn-revlimid-ad"],
  ["calgb-100104-pfs-count-placebo-acn-revlimid-ad", "calgb-100104-pfs-percent-placebo-acn-revlimid-ad"],
  ["calgb-100104-dose-escalation-count-lenalidomide-acn-revlimid-ad", "calgb-100104-dose-escalation-percent-lenalidomide-acn-revlimid-ad"],
  ["ifm-2005-02-pfs-count-lenalidomide-acn-revlimid-ad", "ifm-2005-02-pfs-percent-lenalidomide-acn-revlimid-ad"],
  ["ifm-2005-02-pfs-count-placebo-acn-revlimid-ad", "ifm-2005-02-pfs-percent-placebo-acn-revlimid-ad"],
  ["ifm-2005-02-dose-escalation-count-lenalidomide-acn-revlimid-ad", "ifm-2005-02-dose-escalation-percent-lenalidomide-acn-revlimid-ad"],
];

/** The quantity two rows describe, apart from how it was measured. */
const quantityKey = (f: EvidenceFigure) => JSON.stringify([f.study, f.publication, f.endpoint, f.arm, f.subgroup]);

/** Count rows matched with percent rows of the same quantity, where a denominator is known. */
function countPercentPairs(figures: readonly EvidenceFigure[]): { count: EvidenceFigure; percent: EvidenceFigure; n: number }[] {
  const percents = figures.filter((f) => f.measure === "percent");
  return figures
    .filter((f) => f.measure === "count")
    .flatMap((count) => percents
      .filter((percent) => quantityKey(percent) === quantityKey(count))
      .flatMap((percent) => {
        const n = percent.n ?? count.n;
        return n === null ? [] : [{ count, percent, n }];
      }));
}

describe("counts and their denominators", () => {
  const patientCounts = all.filter((f) => f.measure === "count" && f.unit === "patients" && f.n !== null);

  it("checks some patient counts", () => {
    expect(patientCounts.length).toBeGreaterThan(0);
  });

  it.each(patientCounts.map((f) => [f.id, f] as const))("%s: count <= n", (_id, f) => {
    expect(f.value).not.toBeNull();
    expect(f.value ?? Infinity).toBeLessThanOrEqual(f.n ?? -Infinity);
  });
});

describe("percent = round(count / n × 100) where both rows exist", () => {
  const pairs = countPercentPairs(all);

  it(`finds exactly the ${EXPECTED_PAIRS.length} known count/percent pairs`, () => {
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.map((p) => [p.count.id, p.percent.id])).toEqual(EXPECTED_PAIRS);
  });

  it.each(pairs.map((p) => [p.count.id, p.percent.id, p] as const))("%s ~ %s", (_c, _p, { count, percent, n }) => {
    if (count.n !== null && percent.n !== null) expect(percent.n).toBe(count.n);
    expect(count.value).not.toBeNull();
    expect(percent.value).not.toBeNull();
    const computed = Math.round(((count.value ?? NaN) / n) * 100);
    expect(Math.abs((percent.value ?? NaN) - computed)).toBeLessThanOrEqual(1);
  });
});

describe("confidence intervals", () => {
  const withCi = all.filter((f) => f.ci_low !== null || f.ci_high !== null);

  it("checks some intervals", () => {
    expect(withCi.length).toBeGreaterThan(0);
  });

  it.each(withCi.map((f) => [f.id, f] as const))("%s: ci_low <= value <= ci_high", (_id, f) => {
    expect(f.value, "a CI needs an estimate").not.toBeNull();
    const v = f.value ?? NaN;
    if (f.ci_low !== null) expect(f.ci_low).toBeLessThanOrEqual(v);
    if (f.ci_high !== null) expect(f.ci_high).toBeGreaterThanOrEqual(v);
  });
});

describe("ranges", () => {
  const ratios = all.filter((f) => f.measure === "HR" || f.measure === "risk_ratio");
  const percents = all.filter((f) => f.unit === "percent");

  it("checks some ratios and percents", () => {
    expect(ratios.length).toBeGreaterThan(0);
    expect(percents.length).toBeGreaterThan(0);
  });

  it.each(ratios.map((f) => [f.id, f] as const))("%s: hazard / risk ratio and its CI are positive", (_id, f) => {
    expect(f.value).not.toBeNull();
    expect(f.value ?? NaN).toBeGreaterThan(0);
    for (const bound of [f.ci_low, f.ci_high]) {
      if (bound === null) continue;
      if (f.id in RATIO_BOUND_EXCEPTIONS) expect(bound).toBeGreaterThanOrEqual(0);
      else expect(bound).toBeGreaterThan(0);
    }
  });

  it("every ratio exception still names a real ratio row", () => {
    for (const id of Object.keys(RATIO_BOUND_EXCEPTIONS)) expect(ratios.map((f) => f.id)).toContain(id);
  });

  it.each(percents.map((f) => [f.id, f] as const))("%s: percent within 0..100", (_id, f) => {
    for (const x of [f.value, f.ci_low, f.ci_high]) {
      if (x === null) continue;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(100);
    }
  });
});

describe("study designs", () => {
  const known = evidence.studies.filter((s) =>
    s.design.n_randomized !== null && s.design.arms.length > 0 && s.design.arms.every((a) => a.n !== null));

  it("checks some studies", () => {
    expect(known.length).toBeGreaterThan(0);
  });

  it.each(known.map((s) => [s.id, s] as const))("%s: arm n values sum to n_randomized", (_id, s) => {
    expect(s.design.arms.reduce((sum, a) => sum + (a.n ?? NaN), 0)).toBe(s.design.n_randomized);
  });
});

interface SharedFigure { id: string; value: number | null; unit: string | null; qualifier: string | null }

/** The shared evidence file's figures, or null when the shared folder is not beside the repo. */
function sharedFigures(): SharedFigure[] | null {
  const path = fileURLToPath(new URL("../../shared/evidence/evidence.json", import.meta.url));
  if (!existsSync(path)) return null;
  return (JSON.parse(readFileSync(path, "utf8")) as { figures: SharedFigure[] }).figures;
}

const shared = sharedFigures();

describe.skipIf(shared === null)("against the shared evidence file", () => {
  const sharedRows = shared ?? [];
  const byId = new Map(all.map((f) => [f.id, f]));

  it("every figure in the shared file appears with an identical value", () => {
    expect(sharedRows.length).toBeGreaterThan(0);
    const mismatched = sharedRows.filter((s) => !byId.has(s.id) || !Object.is(byId.get(s.id)?.value, s.value)).map((s) => s.id);
    expect(mismatched).toEqual([]);
  });

  it("and with the same unit and qualifier", () => {
    const mismatched = sharedRows.filter((s) => byId.get(s.id)?.unit !== s.unit || byId.get(s.id)?.qualifier !== s.qualifier).map((s) => s.id);
    expect(mismatched).toEqual([]);
  });

  it("and no figure here is missing from the shared file", () => {
    const sharedIds = new Set(sharedRows.map((s) => s.id));
    expect(all.filter((f) => !sharedIds.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});
