/**
 * validateEvidence on small in-memory fixtures (real rows copied from the evidence, then
 * broken one way at a time), so each kind of data-entry error is shown to fail with its file
 * and field named; and the real evidence base, which must load whole.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EvidenceError, validateEvidence } from "../src/evidence/load";
import type { EvidenceFiles } from "../src/evidence/load";
import { evidence } from "../src/evidence/index";

const PUBLICATIONS = "content/evidence/publications.json";
const STUDIES = "content/evidence/studies.json";
const GAPS = "content/evidence/gaps.json";
const CONFLICTS = "content/evidence/conflicts.json";
const CALGB = "content/evidence/figures/calgb-100104.json";
const IFM = "content/evidence/figures/ifm-2005-02.json";

type Row = Record<string, unknown>;

/**
 * A deep copy of a real row from the loaded evidence base, so the fixtures follow the schema
 * as it grows; the tests then break one field at a time.
 */
function real(list: readonly { id?: string; number?: number }[], key: string | number): Row {
  const row = list.find((r) => r.id === key || r.number === key);
  if (row === undefined) throw new Error(`fixture row ${String(key)} is not in the evidence base`);
  return structuredClone(row) as Row;
}

const publication = (): Row => real(evidence.publications, "mccarthy-2012-nejm");

/** CALGB 100104 (or IFM 2005-02), its design sources cut to the one fixture publication. */
const study = (id = "calgb-100104"): Row => {
  const s = real(evidence.studies, id);
  s["design"] = { ...(s["design"] as Row), sources: ["mccarthy-2012-nejm"] };
  return s;
};

/** The real CALGB 2012 median TTP row (lenalidomide arm: 46 months). */
const figure = (over: Row = {}): Row => ({ ...real(evidence.figures, "calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm"), ...over });

/** The real CALGB 2012 median TTP row (placebo arm: 27 months), a second distinct id. */
const placeboFigure = (over: Row = {}): Row => ({ ...real(evidence.figures, "calgb-100104-ttp-median-placebo-mccarthy-2012-nejm"), ...over });

const gap = (over: Row = {}): Row => ({ ...real(evidence.gaps, "calgb-ttp-hr-2012"), ...over });

const conflict = (): Row => real(evidence.conflicts, 3);

/** A valid evidence base; each part can be replaced to break one thing. */
function files(parts: Partial<{ publications: Row[]; studies: Row[]; gaps: Row[]; conflicts: Row[]; figures: EvidenceFiles["figures"] }> = {}): EvidenceFiles {
  return {
    publications: { file: PUBLICATIONS, data: parts.publications ?? [publication()] },
    studies: { file: STUDIES, data: parts.studies ?? [study()] },
    gaps: { file: GAPS, data: parts.gaps ?? [gap()] },
    conflicts: { file: CONFLICTS, data: parts.conflicts ?? [conflict()] },
    figures: parts.figures ?? [{ file: CALGB, data: [figure(), placeboFigure()] }],
  };
}

/** The EvidenceError validateEvidence throws for these files (fails the test if none). */
function errorOf(input: EvidenceFiles): EvidenceError {
  try {
    validateEvidence(input);
  } catch (e) {
    if (e instanceof EvidenceError) return e;
    throw e;
  }
  throw new Error("validateEvidence accepted invalid input");
}

/** One-figure input in the CALGB file, the figure changed by `over`. */
const withFigure = (over: Row) => files({ figures: [{ file: CALGB, data: [figure(over)] }] });

describe("validateEvidence: good input", () => {
  it("accepts the fixture and returns every row", () => {
    const ev = validateEvidence(files());
    expect(ev.publications.map((p) => p.id)).toEqual(["mccarthy-2012-nejm"]);
    expect(ev.studies.map((s) => s.id)).toEqual(["calgb-100104"]);
    expect(ev.figures.map((f) => f.value)).toEqual([46, 27]);
    expect(ev.gaps).toHaveLength(1);
    expect(ev.conflicts).toHaveLength(1);
  });

  it("accepts a P-value row with null value and unit, and a median not reached", () => {
    const pRow = figure({ id: "calgb-p", measure: "p_value", arm: "comparison", comparator: "placebo", contrast: "lenalidomide vs placebo", value: null, unit: null, p: "<0.001" });
    const nr = figure({ id: "calgb-nr", value: null, qualifier: "not reached" });
    expect(validateEvidence(files({ figures: [{ file: CALGB, data: [pRow, nr] }] })).figures).toHaveLength(2);
  });
});

describe("validateEvidence: bad input names the file and the field", () => {
  it("a figure with no source_url", () => {
    const row = figure();
    delete row["source_url"];
    const err = errorOf(files({ figures: [{ file: CALGB, data: [row] }] }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain("[0] (calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm).source_url:");
  });

  it("a figure whose source_url is not a URL", () => {
    const err = errorOf(withFigure({ source_url: "scholars.duke.edu" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".source_url:");
  });

  it("a value of the wrong type (string)", () => {
    const err = errorOf(withFigure({ value: "46" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".value:");
    expect(err.problems).toHaveLength(1);
  });

  it("a unit that does not fit its measure (HR in months)", () => {
    const err = errorOf(withFigure({ measure: "HR", arm: "comparison", comparator: "placebo", contrast: "lenalidomide vs placebo", value: 0.5, unit: "months" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".unit: unit \"months\" does not fit measure HR");
  });

  it("a unit outside the vocabulary", () => {
    const err = errorOf(withFigure({ unit: "weeks" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".unit:");
  });

  it("a null value on a row that is neither a P value nor 'not reached'", () => {
    const err = errorOf(withFigure({ value: null }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".value: value is null");
  });

  it("a non-positive hazard ratio", () => {
    const err = errorOf(withFigure({ measure: "HR", arm: "comparison", comparator: "placebo", contrast: "lenalidomide vs placebo", value: 0, unit: "ratio" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".value: a ratio must be positive");
  });

  it("a comparison row with no contrast", () => {
    const err = errorOf(withFigure({ measure: "HR", arm: "comparison", comparator: "placebo", contrast: null, value: 0.5, unit: "ratio" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".contrast:");
  });

  it("a p_value row with no p", () => {
    const err = errorOf(withFigure({ measure: "p_value", arm: "comparison", comparator: "placebo", contrast: "lenalidomide vs placebo", value: null, unit: null, p: null }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".p: a p_value row needs p");
  });

  it("an unknown field on a figure", () => {
    const err = errorOf(withFigure({ source: "https://example.org/" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain("(calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm).(row): Unrecognized key");
  });

  it("a figure whose study points nowhere", () => {
    const err = errorOf(files({ figures: [{ file: "content/evidence/figures/calgb-10014.json", data: [figure({ study: "calgb-10014" })] }] }));
    expect(err.message).toContain("content/evidence/figures/calgb-10014.json");
    expect(err.message).toContain(".study: unknown study \"calgb-10014\"");
  });

  it("a figure filed under another study's file", () => {
    const err = errorOf(files({ studies: [study(), study("ifm-2005-02")], figures: [{ file: IFM, data: [figure()] }] }));
    expect(err.message).toContain(IFM);
    expect(err.message).toContain(".study: \"calgb-100104\" is filed in ifm-2005-02.json");
  });

  it("a figure whose publication points nowhere", () => {
    const err = errorOf(withFigure({ publication: "mccarthy-2012-nejn" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".publication: unknown publication \"mccarthy-2012-nejn\"");
  });

  it("a secondary figure whose `reports` points nowhere", () => {
    const err = errorOf(withFigure({ source_kind: "secondary", reports: "mccarthy-2017-jco" }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain(".reports: unknown publication \"mccarthy-2017-jco\"");
  });

  it("a duplicate figure id within one file", () => {
    const err = errorOf(files({ figures: [{ file: CALGB, data: [figure(), figure({ value: 47 })] }] }));
    expect(err.message).toContain(CALGB);
    expect(err.message).toContain("(calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm).id: duplicate id");
  });

  it("a duplicate figure id across two files names both files", () => {
    const err = errorOf(files({
      studies: [study(), study("ifm-2005-02")],
      figures: [
        { file: CALGB, data: [figure()] },
        { file: IFM, data: [figure({ study: "ifm-2005-02" })] },
      ],
    }));
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain(`${IFM} › (calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm).id: duplicate id`);
    expect(err.message).toContain(CALGB);
  });

  it("a duplicate publication id", () => {
    const err = errorOf(files({ publications: [publication(), publication()] }));
    expect(err.message).toContain(`${PUBLICATIONS} › (mccarthy-2012-nejm).id: duplicate id`);
  });

  it("a duplicate study id", () => {
    const err = errorOf(files({ studies: [study(), study()] }));
    expect(err.message).toContain(`${STUDIES} › (calgb-100104).id: duplicate id`);
  });

  it("a study whose design.sources names an unknown publication", () => {
    const s = study();
    const design = s["design"] as Row;
    design["sources"] = ["mccarthy-2012-nejm", "holstein-2017-lancet-haematol"];
    const err = errorOf(files({ studies: [s] }));
    expect(err.message).toContain(STUDIES);
    expect(err.message).toContain("(calgb-100104).design.sources: unknown publication \"holstein-2017-lancet-haematol\"");
  });

  it("a study arm outside the arm vocabulary", () => {
    const s = study();
    const design = s["design"] as Row;
    design["arms"] = [{ id: "len", label: "Lenalidomide", n: 231, regimen: "lenalidomide" }];
    const err = errorOf(files({ studies: [s] }));
    expect(err.message).toContain(STUDIES);
    expect(err.message).toContain("[0] (calgb-100104).design.arms.0.id:");
  });

  it("a gap covering an unknown study", () => {
    const err = errorOf(files({ gaps: [gap({ covers: [{ study: "calgb-10014", endpoint: "TTP", measure: "HR", arm: "comparison" }] })] }));
    expect(err.message).toContain(GAPS);
    expect(err.message).toContain("(calgb-ttp-hr-2012).covers.0.study: unknown study \"calgb-10014\"");
  });

  it("a gap concerning an unknown study", () => {
    const err = errorOf(files({ gaps: [gap({ studies: ["calgb-100104", "ifm-2005-02"] })] }));
    expect(err.message).toContain(GAPS);
    expect(err.message).toContain("(calgb-ttp-hr-2012).studies: unknown study \"ifm-2005-02\"");
  });

  it("a gap key with a measure outside the vocabulary", () => {
    const err = errorOf(files({ gaps: [gap({ covers: [{ study: "calgb-100104", endpoint: "TTP", measure: "hazard", arm: "comparison" }] })] }));
    expect(err.message).toContain(GAPS);
    expect(err.message).toContain("(calgb-ttp-hr-2012).covers.0.measure:");
  });

  it("a conflict with a single value", () => {
    const c = conflict();
    c["values"] = [{ value: "460", source: "mccarthy-2012-nejm" }];
    const err = errorOf(files({ conflicts: [c] }));
    expect(err.message).toContain(CONFLICTS);
    expect(err.message).toContain("[0].values:");
  });

  it("a file that is not an array", () => {
    const err = errorOf({ ...files(), publications: { file: PUBLICATIONS, data: { id: "mccarthy-2012-nejm" } } });
    expect(err.message).toContain(`${PUBLICATIONS}: expected an array`);
  });

  it("lists every problem, not just the first", () => {
    const err = errorOf(files({ figures: [{ file: CALGB, data: [figure({ value: "46" }), placeboFigure({ unit: "years", measure: "HR", arm: "comparison", contrast: "x" })] }] }));
    expect(err.problems.length).toBeGreaterThanOrEqual(2);
    expect(err.message).toContain("[0] (calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm).value:");
    expect(err.message).toContain("[1] (calgb-100104-ttp-median-placebo-mccarthy-2012-nejm).unit:");
  });
});

/** Counts in the shared evidence file, or the README's counts when it is not beside the repo. */
function sharedCounts(): Record<"publications" | "studies" | "figures" | "gaps" | "conflicts", number> {
  const path = fileURLToPath(new URL("../../shared/evidence/evidence.json", import.meta.url));
  if (!existsSync(path)) return { publications: 77, studies: 33, figures: 455, gaps: 25, conflicts: 22 };
  const shared = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown[]>;
  const count = (key: string) => shared[key]?.length ?? -1;
  return { publications: count("publications"), studies: count("studies"), figures: count("figures"), gaps: count("gaps"), conflicts: count("conflicts") };
}

describe("the real evidence base", () => {
  it("loads with exactly the shared file's counts", () => {
    expect({
      publications: evidence.publications.length,
      studies: evidence.studies.length,
      figures: evidence.figures.length,
      gaps: evidence.gaps.length,
      conflicts: evidence.conflicts.length,
    }).toEqual(sharedCounts());
  });
});
