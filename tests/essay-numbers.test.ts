/**
 * What the essay number components print, from the real evidence rows: values with their
 * qualifier and unit, denominators and time points, gaps said as gaps, computed numbers
 * that say how they were made, and refusals for arithmetic the evidence README forbids.
 */
import { describe, expect, it } from "vitest";
import { figure } from "../src/evidence/index";
import { countText, differenceText, keepUnits, numText, reductionText } from "../src/lib/essay/numbers";

const CALGB = {
  ttpLen: "calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm",
  ttpPbo: "calgb-100104-ttp-median-placebo-mccarthy-2012-nejm",
  ttpLen2017: "calgb-100104-ttp-median-lenalidomide-holstein-2017-lancet-haematol",
  ttpHr2017: "calgb-100104-ttp-hr-vs-placebo-holstein-2017-lancet-haematol",
  ttpPbo2017: "calgb-100104-ttp-median-placebo-holstein-2017-lancet-haematol",
  deathsLen: "calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm",
  deathsLenPct: "calgb-100104-deaths-percent-lenalidomide-mccarthy-2012-nejm",
  deathsPboPct: "calgb-100104-deaths-percent-placebo-mccarthy-2012-nejm",
};
const IFM = {
  pfsLen: "ifm-2005-02-pfs-median-lenalidomide-attal-2012-nejm",
  pfsPbo: "ifm-2005-02-pfs-median-placebo-attal-2012-nejm",
  pfsHr: "ifm-2005-02-pfs-hr-vs-placebo-attal-2012-nejm",
  os48: "ifm-2005-02-os-rate-at-lenalidomide-48m-attal-2012-nejm",
  osHr2013: "ifm-2005-02-os-hr-vs-placebo-ifm-2013-ash-406",
  spmRate: "ifm-2005-02-spm-incidence-per-100py-lenalidomide-attal-2012-nejm",
};
const f = figure;

describe("numText", () => {
  it("prints the value in the source's unit, with the qualifier", () => {
    expect(numText(f(CALGB.ttpLen))).toBe("46 months");
    expect(numText(f(IFM.os48))).toBe(">70% at 48 months");
    expect(numText(f(IFM.spmRate))).toBe("3.1 per 100 patient-years");
    expect(numText(f("calgb-100104-os-median-lenalidomide-oncologytimes-2017-fda"))).toBe("9.3 years");
    expect(numText(f("meta-2017-os-median-pooled-lenalidomide-mccarthy-2017-jco-meta"))).toBe("not reached");
  });
  it("adds the CI, P, denominator and follow-up on request, and says a missing CI is missing", () => {
    expect(numText(f(CALGB.ttpHr2017), { ci: true, p: true })).toBe("0.57 (95% CI 0.46–0.71; P<0.0001)");
    expect(numText(f(IFM.pfsHr), { ci: true })).toBe("0.50 (95% CI not reported)");
    expect(numText(f(CALGB.deathsLenPct), { n: true })).toBe("15% of 231 patients");
    expect(numText(f(CALGB.ttpLen), { fu: true })).toBe("46 months at a median follow-up of 34 months");
    expect(numText(f("calgb-100104-spm-p-value-vs-placebo-mccarthy-2012-nejm".replace("spm-p-value-vs-placebo", "ae-heme-g3-4-p-value-vs-placebo")))).toBe("P<0.001");
  });
  it("can hide a landmark's time point only when asked", () => {
    expect(numText(f(IFM.os48), { at: false })).toBe(">70%");
  });
  it("names a secondary source inside the brackets", () => {
    expect(numText(f("meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b"), { ci: true, source: "as reported by Springer Medizin news 2017 (b)" }))
      .toBe("0.75 (95% CI 0.63–0.90; as reported by Springer Medizin news 2017 (b))");
  });
  it("refuses options the row cannot honour", () => {
    expect(() => numText(f(IFM.pfsLen), { n: true })).toThrow(/no denominator/);
    expect(() => numText(f("ifm-2005-02-os-rate-at-lenalidomide-60m-ifm-2013-ash-406"), { p: true })).toThrow(/no P value/);
  });
});

describe("countText", () => {
  it("prints a count with its denominator, and the matching percentage and P on request", () => {
    expect(countText(f(CALGB.deathsLen))).toBe("35 of 231 patients");
    expect(countText(f(CALGB.deathsLen), { pct: f(CALGB.deathsLenPct), p: true })).toBe("35 of 231 patients (15%; P=0.03)");
    expect(countText(f("nrco-2012-commentary-trials-with-os-benefit-count-all-rajkumar-2012-nrco"))).toBe("1 of 3 trials");
  });
  it("refuses a count without n, a non-count, and a percentage of another arm", () => {
    expect(() => countText(f("calgb-100104-spm-heme-count-lenalidomide-hindawi-2012-spm"))).toThrow(/denominator/);
    expect(() => countText(f(CALGB.deathsLenPct))).toThrow(/not a count/);
    expect(() => countText(f(CALGB.deathsLen), { pct: f(CALGB.deathsPboPct) })).toThrow(/same study, report, endpoint, arm/);
  });
});

describe("differenceText", () => {
  it("subtracts two figures of one study, report and unit, and says it was computed", () => {
    expect(differenceText(f(CALGB.ttpLen), f(CALGB.ttpPbo))).toBe("19 months (46 months − 27 months, computed here)");
    expect(differenceText(f("ifm-2005-02-pfs-rate-at-lenalidomide-60m-ifm-2013-ash-406"), f("ifm-2005-02-pfs-rate-at-placebo-60m-ifm-2013-ash-406")))
      .toBe("24 percentage points at 60 months (42% − 18%, computed here)");
  });
  it("keeps the sources' decimals", () => {
    expect(differenceText(f(CALGB.ttpLen2017), f(CALGB.ttpPbo2017))).toBe("28.4 months (57.3 months − 28.9 months, computed here)");
  });
  it("throws across studies, reports, units or qualified values, naming both ids", () => {
    expect(() => differenceText(f(CALGB.ttpLen), f(IFM.pfsPbo))).toThrow(/calgb-100104-ttp-median-lenalidomide.*ifm-2005-02-pfs-median-placebo.*not the same study/);
    expect(() => differenceText(f(CALGB.ttpLen2017), f(CALGB.ttpPbo))).toThrow(/not the same report/);
    expect(() => differenceText(f(CALGB.ttpLen), f(CALGB.deathsLenPct))).toThrow(/not the same/);
    expect(() => differenceText(f(IFM.os48), f("ifm-2005-02-os-rate-at-placebo-48m-attal-2012-nejm"))).toThrow(/qualifier/);
  });
});

describe("reductionText", () => {
  it("prints (1 − HR) × 100 with how it was made and the absolute numbers beside it", () => {
    expect(reductionText(f(IFM.pfsHr), f(IFM.pfsLen), f(IFM.pfsPbo))).toBe(
      "50% lower hazard (computed as (1 − 0.50) × 100 from the hazard ratio 0.50); in absolute terms, a median of 41 months with lenalidomide against a median of 23 months with placebo");
    expect(reductionText(f(CALGB.ttpHr2017), f(CALGB.ttpLen2017), f(CALGB.ttpPbo2017))).toMatch(/^43% lower hazard .* a median of 57\.3 months with lenalidomide against a median of 28\.9 months with placebo$/);
  });
  it("refuses without absolute numbers of the same study, cut and endpoint", () => {
    expect(() => reductionText(f(IFM.pfsHr), f(IFM.pfsHr), f(IFM.pfsPbo))).toThrow(/absolute numbers must be/);
    expect(() => reductionText(f(IFM.pfsHr), f(CALGB.ttpLen), f(CALGB.ttpPbo))).toThrow(/another study/);
    expect(() => reductionText(f(CALGB.ttpHr2017), f(CALGB.ttpLen), f(CALGB.ttpPbo))).toThrow(/another data cut/);
    expect(() => reductionText(f(IFM.pfsHr), f(IFM.os48), f("ifm-2005-02-os-rate-at-placebo-48m-attal-2012-nejm"))).toThrow(/measures OS/);
  });
  it("refuses a ratio that is not a reduction, and a row that is not a hazard ratio", () => {
    expect(() => reductionText(f(IFM.osHr2013), f("ifm-2005-02-os-rate-at-lenalidomide-60m-ifm-2013-ash-406"), f("ifm-2005-02-os-rate-at-placebo-60m-ifm-2013-ash-406"))).toThrow(/not a reduction/);
    expect(() => reductionText(f(IFM.pfsLen), f(IFM.pfsLen), f(IFM.pfsPbo))).toThrow(/not a hazard ratio/);
  });
});

describe("keepUnits", () => {
  it("joins a number to the word after it with a non-breaking space, and nothing else", () => {
    expect(keepUnits("≤2 years")).toBe("≤2\u00a0years");
    expect(keepUnits("35 of 231 patients (15%)")).toBe("35\u00a0of 231\u00a0patients (15%)");
    expect(keepUnits("0.50 (95% CI not reported)")).toBe("0.50 (95% CI not reported)");
  });
});
