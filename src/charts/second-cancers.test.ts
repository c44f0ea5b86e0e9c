import { describe, expect, test } from "vitest";
import { secondCancerData, type SecondCancerData, type SpmPanel } from "../data/second-cancers";
import { figure } from "../evidence";
import { serverDocument } from "../lib/server-dom";
import { SPM_VIEWS, secondCancerState } from "../state/second-cancers";
import { DEFAULT_STATE, NOT_COMPARABLE, describeState, panelsFor, render, steps, summary, table, tickStep, title, type SecondCancerState } from "./second-cancers";
import type { ChartModule } from "./common";
import * as chartModule from "./second-cancers";
import { renderForSnapshot } from "./snapshot";

// The module fits the shared contract (the figure registry, embeds and exports take it as is).
const contract: ChartModule<SecondCancerData, SecondCancerState> = chartModule;
const data = secondCancerData();
const states: SecondCancerState[] = SPM_VIEWS.map((v) => ({ "spm-view": v }));
const panel = (id: string): SpmPanel => {
  const p = data.panels.find((x) => x.id === id);
  if (!p) throw new Error(`no panel ${id}`);
  return p;
};
const texts = (p: SpmPanel) => p.groups.map((g) => g.values.map((v) => `${g.label ? `${g.label} ` : ""}${v.arm}: ${v.text}`));

/** Text drawn in the SVG, without axis tick labels (a scale, not data). */
function drawnText(el: Element): string[] {
  return Array.from(el.querySelectorAll("text")).filter((t) => !(t.getAttribute("class") ?? "").includes("tick-label")).map((t) => t.textContent ?? "");
}

describe("second-cancers data", () => {
  test("the default view shows the three 2012 trials, each in its own measure", () => {
    expect(DEFAULT_STATE).toEqual({ "spm-view": "trials" });
    expect(panelsFor(data, DEFAULT_STATE).map((p) => `${p.trial}: ${p.measure}`)).toEqual([
      "CALGB 100104: count", "IFM 2005-02: incidence_per_100py", "MM-015: rate_at",
    ]);
  });

  test("CALGB 2012: counts with their denominators and time frame", () => {
    const p = panel("calgb-2012-count");
    expect(texts(p)).toEqual([["Lenalidomide: 18 of 231 (8%)", "Placebo: 6 of 229 (3%)"]]);
    expect(p.denominator).toBe("Denominator: patients in each arm (231 lenalidomide, 229 placebo)");
    expect(p.timeFrame).toBe("Time frame: by the 2012 report, median follow-up 34 months");
    expect(p.axisLabel).toBe("% of patients in the arm");
  });

  test("IFM 2012: the lenalidomide rate per 100 patient-years, and the placebo rate as a recorded gap", () => {
    const p = panel("ifm-2012-rate");
    expect(texts(p)).toEqual([["Lenalidomide: 3.1 per 100 patient-years", "Placebo: not reported"]]);
    const placebo = p.groups[0]?.values[1];
    expect(placebo?.value).toBeNull();
    expect(placebo?.gapId).toBe("ifm-spm-placebo-rate");
    expect(p.timeFrame).toBe("Time frame: follow-up to the 2012 report, median follow-up 45 months");
  });

  test("MM-015: the rates at 36 months in all three arms, with arm sizes", () => {
    const p = panel("mm015-2012-rate");
    expect(p.heading).toBe("Patients with a second primary cancer at 36 months");
    expect(texts(p)).toEqual([["MPR-R: 7%", "MPR: 7%", "MP: 3%"]]);
    expect(p.denominator).toBe("Denominator: patients in each arm (152 MPR-R, 153 MPR, 154 MP)");
  });

  test("the 2014 hazard ratio is printed with the absolute 5-year incidences beside it", () => {
    const p = panel("meta-2014-all");
    expect(p.relative).toBe(
      "Hazard ratio 1.55 (95% CI 1.03–2.34), P=0.037, lenalidomide vs no lenalidomide: more second cancers with lenalidomide. " +
      "In absolute terms: 6.9% (95% CI 5.3–8.5) (lenalidomide) vs 4.8% (95% CI 2–7.6) (no lenalidomide).",
    );
    expect(p.heading).toBe("Cumulative incidence of second primary cancers at 60 months");
    expect(p.denominator).toBe("Denominator: 2620 patients who received lenalidomide, 598 who did not, in 7 trials of newly diagnosed myeloma");
  });

  test("the 2017 meta-analysis: haematological and solid before progression, time point not stated, marked as reported by", () => {
    const p = panel("meta-2017-type");
    expect(texts(p)).toEqual([
      ["Haematological Lenalidomide: 5.3%", "Haematological Placebo or observation: 0.8%"],
      ["Solid Lenalidomide: 5.8%", "Solid Placebo or observation: 2%"],
    ]);
    expect(p.timeFrame).toContain("time point not stated");
    expect(p.sources[0]?.display).toBe("McCarthy et al., J Clin Oncol 2017, as reported by The ASCO Post, 2017");
  });

  test("by type: lenalidomide counts from a review table, placebo counts drawn as recorded gaps", () => {
    const p = panel("calgb-100104-type");
    expect(texts(p)).toEqual([
      ["Haematological Lenalidomide: 8 patients", "Haematological Placebo: not reported"],
      ["Solid Lenalidomide: 10 patients", "Solid Placebo: not reported"],
      ["Non-melanoma skin Lenalidomide: 4 patients", "Non-melanoma skin Placebo: not reported"],
    ]);
    for (const g of p.groups) expect(g.values[1]?.gapId).toBe("calgb-spm-by-type-and-rate");
    expect(p.sources[0]?.display).toBe("McCarthy et al., N Engl J Med 2012, as reported by Review of second primary malignancies, Adv Hematol 2012");
    expect(panel("ifm-2005-02-type").groups.map((g) => g.values[0]?.text)).toEqual(["13 patients", "10 patients", "5 patients"]);
    expect(panel("mm-015-type").groups[0]?.values[0]?.gapId).toBe("mm015-os-hr");
  });

  test("no panel mixes measures: every number on one axis has the same measure, unit and time point", () => {
    for (const p of data.panels) {
      const kinds = new Set(p.groups.flatMap((g) => g.values.filter((v) => v.value !== null).map((v) => {
        const f = figure(v.figureIds[0] ?? "");
        return `${f.measure}|${f.unit}|${f.at_months}|${f.data_cut}`;
      })));
      expect(kinds.size, p.id).toBeLessThanOrEqual(1);
    }
  });

  test("every drawn frequency has a denominator and a time frame", () => {
    for (const p of data.panels) {
      if (p.groups.some((g) => g.values.some((v) => v.value !== null))) {
        expect(p.denominator, p.id).toMatch(/^Denominator: .*\d/);
        expect(p.timeFrame, p.id).toMatch(/^Time frame: /);
      }
    }
  });
});

describe("second-cancers chart", () => {
  test("the module fits the shared chart contract, steps and state description included", () => {
    expect(contract.title(DEFAULT_STATE)).toBe(title(DEFAULT_STATE));
    expect(contract.steps?.(data, DEFAULT_STATE)).toEqual(steps());
    for (const step of contract.steps?.(data, DEFAULT_STATE) ?? []) expect(`${step.label} ${step.note}`).not.toMatch(/\d/);
    expect(contract.describeState?.(DEFAULT_STATE)).toBe(describeState(DEFAULT_STATE));
  });

  test("titles state the finding for each view", () => {
    expect(title(DEFAULT_STATE)).toBe("Each trial counted more second cancers with lenalidomide where both arms were reported, each in its own way");
    expect(title({ "spm-view": "pooled" })).toMatch(/absolute incidences beside the relative risk/);
    expect(title({ "spm-view": "type" })).toMatch(/haematological and more solid/);
    expect(describeState({ "spm-view": "type" })).toBe("Haematological and solid");
  });

  test("the default summary says the panels are not comparable and gives each number with its frame", () => {
    const s = summary(data, DEFAULT_STATE);
    expect(s.startsWith(NOT_COMPARABLE)).toBe(true);
    expect(s).toContain("CALGB 100104, patients with a second primary cancer: Lenalidomide 18 of 231 (8%) vs Placebo 6 of 229 (3%).");
    expect(s).toContain("IFM 2005-02, second primary cancers per 100 patient-years: Lenalidomide 3.1 per 100 patient-years vs Placebo not reported (cut off in every stored copy of the abstract).");
    expect(s).toContain("MM-015, patients with a second primary cancer at 36 months: MPR-R 7% vs MPR 7% vs MP 3%.");
  });

  test("the summary contains every number drawn, in every view", () => {
    for (const s of states) {
      const text = summary(data, s);
      const svg = render(data, s, { width: 640, document: serverDocument() });
      for (const line of drawnText(svg)) {
        for (const n of line.match(/\d+(\.\d+)?/g) ?? []) expect(text, `${s["spm-view"]}: "${line}"`).toContain(n);
      }
    }
  });

  test("a missing value is drawn as a dashed empty bar with 'not reported', never as a bar of zero", () => {
    for (const s of states) {
      const svg = render(data, s, { width: 640, document: serverDocument() });
      const missing = panelsFor(data, s).flatMap((p) => p.groups.flatMap((g) => g.values.filter((v) => v.value === null)));
      const drawn = panelsFor(data, s).flatMap((p) => p.groups.flatMap((g) => g.values.filter((v) => v.value !== null)));
      expect(svg.querySelectorAll("rect.missing-bar").length).toBe(missing.length);
      expect(svg.querySelectorAll("rect.value-bar").length).toBe(drawn.length);
      if (missing.length > 0) expect(drawnText(svg).join(" ")).toContain("not reported");
    }
  });

  test("axis steps are round: 1, 2, 2.5 or 5 × 10^k, and whole numbers for patients", () => {
    expect([0.3, 0.8, 1.2, 1.76, 2.1, 3, 6].map((x) => tickStep(x, false))).toEqual([0.5, 1, 2, 2, 2.5, 5, 10]);
    expect([0.3, 1.2, 2.1, 2.6, 6].map((x) => tickStep(x, true))).toEqual([1, 2, 5, 5, 10]);
  });

  test("each panel has its own axis with its own unit", () => {
    const svg = render(data, DEFAULT_STATE, { width: 640, document: serverDocument() });
    expect(Array.from(svg.querySelectorAll("text.axis-label")).map((t) => t.textContent)).toEqual([
      "% of patients in the arm", "Second cancers per 100 patient-years", "% of patients in the arm",
    ]);
  });

  test("the table has one row per arm and value, with denominator, time frame and source", () => {
    const t = table(data, DEFAULT_STATE);
    expect(t.rows).toHaveLength(7);
    expect(t.rows[0]).toEqual([
      "CALGB 100104", "Patients with a second primary cancer", "All second cancers", "Lenalidomide", "18 of 231 (8%)",
      "patients in each arm (231 lenalidomide, 229 placebo)", "by the 2012 report, median follow-up 34 months",
      "McCarthy et al., N Engl J Med 2012",
    ]);
    expect(t.rows[3]?.[4]).toBe("not reported (cut off in every stored copy of the abstract)");
  });

  test("URL state: prefixed key, defaults write nothing, a bad value falls back and is reported", () => {
    expect(secondCancerState.serialize(DEFAULT_STATE)).toBe("");
    expect(secondCancerState.serialize({ "spm-view": "type" })).toBe("spm-view=type");
    const bad = secondCancerState.parse("spm-view=everything&trial=mm-015");
    expect(bad.state).toEqual(DEFAULT_STATE);
    expect(bad.ignored.map((i) => i.key)).toEqual(["spm-view"]);
  });

  test("step 1 fades the control bars, step 2 everything but the gaps", () => {
    expect(steps()).toHaveLength(2);
    const one = render(data, DEFAULT_STATE, { width: 640, document: serverDocument(), step: 1 });
    expect(Array.from(one.querySelectorAll("rect.series-ctl")).map((r) => r.getAttribute("opacity"))).toEqual(["0.3", "0.3", "0.3"]);
    const two = render(data, DEFAULT_STATE, { width: 640, document: serverDocument(), step: 2 });
    expect(two.querySelector("rect.missing-bar")?.getAttribute("stroke-width")).toBe("2");
  });

  for (const s of states) {
    for (const width of [640, 358]) {
      test(`renders the same SVG for ${s["spm-view"]} at ${width} px`, () => {
        expect(renderForSnapshot((document) => render(data, s, { width, document }))).toMatchSnapshot();
      });
    }
  }

  test("no text in any view is smaller than 12 px", () => {
    for (const s of states) {
      for (const projector of [false, true]) {
        const html = renderForSnapshot((document) => render(data, s, { width: 360, document, projector }));
        const sizes = [...html.matchAll(/font-size="?(\d+)/g)].map((m) => Number(m[1]));
        expect(sizes.length).toBeGreaterThan(0);
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
