import { describe, expect, test } from "vitest";
import { osSpread, riskBenefitData } from "../data/risk-benefit";
import { serverDocument } from "../lib/server-dom";
import type { ExplorerState } from "../state/explorer";
import { defaultState, viewOf } from "./risk-benefit";
import { renderOsSpread } from "./risk-benefit-os";
import { DURATION_STEPS, renderSweep, TWO_YEARS_MONTHS } from "./risk-benefit-sweeps";
import { renderForSnapshot } from "./snapshot";

const data = riskBenefitData();
const base = defaultState(data);
const at = (patch: Partial<ExplorerState>) => viewOf(data, { ...base, ...patch });
const doc = serverDocument();

describe("risk-benefit sweeps", () => {
  test("the duration sweep covers 0–60 months and until progression, benefit and harm both zero at 0", () => {
    const pts = at({}).sweeps.duration;
    expect(pts).toHaveLength(DURATION_STEPS + 1);
    expect(pts[0]).toMatchObject({ value: 0, pfMonthsGained: 0, extraCancers: 0 });
    expect(pts[0]?.pfWith).toBe(pts[0]?.pfWithout);
    expect(pts[pts.length - 1]?.value).toBe("progression");
  });

  test("the duration chart marks the 2-year maximum and the current value, and prints the current numbers", () => {
    const view = at({});
    const svg = renderSweep("duration", view, { width: 320, document: doc });
    const label = svg.getAttribute("aria-label") ?? "";
    expect(label).toContain("Current: 24 months (2 years).");
    expect(label).toContain("0 months (no maintenance): 0.0 more free of progression, 0.0 extra second cancers");
    expect(label).toContain(`24 months (2 years): ${(view.outputs.pfWith - view.outputs.pfWithout).toFixed(1)} more free of progression, ${view.outputs.extraCancers.toFixed(1)} extra second cancers`);
    // The inset puts value v at 14 + (320 − 28) × v / 61: the 2-year rule and the current rule both at 24 months.
    const x24 = (14 + (292 * TWO_YEARS_MONTHS) / DURATION_STEPS).toFixed(1);
    expect([...svg.querySelectorAll("line")].filter((l) => l.getAttribute("x1") === x24)).toHaveLength(2);
    expect(svg.textContent).toContain("+7.6");
    expect(svg.textContent).toContain("▲0.9");
  });

  test("the horizon chart runs 1 to 10 years and marks the current horizon", () => {
    const svg = renderSweep("horizon", at({ horizon: 3 }), { width: 300, document: doc });
    expect(svg.getAttribute("aria-label")).toMatch(/^Small chart: across horizons from 1 year to 10 years/);
    expect(svg.getAttribute("aria-label")).toContain("Current: 3 years.");
    expect((svg.querySelector("path.series-len[fill=currentColor]")?.getAttribute("d") ?? "").split("M").length - 1).toBe(10);
  });

  test("the response chart has one column per response, the current one outlined", () => {
    const svg = renderSweep("response", at({ response: "cr" }), { width: 300, document: doc });
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent).slice(-4)).toEqual(["CR", "VGPR", "PR", "<PR"]);
    expect(svg.querySelectorAll('rect[fill="none"]')).toHaveLength(1);
    expect(svg.getAttribute("aria-label")).toContain("Current: CR.");
  });

  test("sweep text is never below 12 px, on screen or on the projector", () => {
    for (const projector of [false, true]) {
      for (const kind of ["duration", "horizon", "response"] as const) {
        const html = renderSweep(kind, at({}), { width: 320, document: doc, projector }).outerHTML;
        for (const m of html.matchAll(/font-size="?(\d+(?:\.\d+)?)/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
      }
    }
  });

  for (const kind of ["duration", "horizon", "response"] as const) {
    test(`renders the same ${kind} sweep for the default view`, () => {
      expect(renderForSnapshot((document) => renderSweep(kind, at({}), { width: 320, document }))).toMatchSnapshot();
    });
  }
});

describe("overall survival beside the model", () => {
  const spread = osSpread();

  test("every setting has its trials' OS results, as published, with report and source", () => {
    expect(spread.groups.map((g) => g.setting)).toEqual(["pooled", "calgb-100104", "ifm-2005-02", "mm-015"]);
    const calgb = spread.groups.find((g) => g.setting === "calgb-100104");
    expect(calgb?.lines.map((l) => l.text)).toEqual([
      "Deaths by the report: 35 of 231 with lenalidomide vs 53 of 229 with placebo (P=0.03)",
      "Median overall survival: 9.3 years with lenalidomide vs 7 years with placebo",
    ]);
    const ifm = spread.groups.find((g) => g.setting === "ifm-2005-02");
    expect(ifm?.lines.map((l) => l.text)).toContain("Alive at 48 months: >70% with lenalidomide vs >70% with placebo");
    for (const g of spread.groups) for (const l of g.lines) expect(l.sources.length).toBeGreaterThan(0);
  });

  test("Rajkumar's count is stated with its source", () => {
    expect(spread.benefitCount.text).toBe("In 2012, Rajkumar counted a survival benefit in 1 of the 3 trials.");
  });

  test("the chosen setting's group is marked in words, not by colour alone", () => {
    const el = renderOsSpread(spread, "ifm-2005-02", 3, doc);
    const current = el.querySelectorAll(".rb-os-current:not([hidden])");
    expect(current).toHaveLength(1);
    expect(current[0]?.closest(".rb-os-group")?.getAttribute("data-setting")).toBe("ifm-2005-02");
    expect(el.querySelector("h3")?.textContent).toBe("Overall survival is not modelled: what the trials reported");
    expect(el.textContent).not.toMatch(/predict(ed|s)? (overall )?survival of/i);
  });
});
