import { describe, expect, test } from "vitest";
import { hazardRatioData } from "../data/pfs-os-hazard-ratios";
import { render, rowsFor, summary, table, title, type HazardRatioState } from "./pfs-os-hazard-ratios";
import { renderForSnapshot } from "./snapshot";

const data = hazardRatioData();
const states: HazardRatioState[] = [
  { reports: "2012", measure: "hr" },
  { reports: "2012", measure: "absolute" },
  { reports: "latest", measure: "hr" },
  { reports: "latest", measure: "absolute" },
];

describe("pfs-os-hazard-ratios", () => {
  test("the 2012 view has one row per trial and endpoint, progression first", () => {
    const rows = rowsFor(data, { reports: "2012", measure: "hr" });
    expect(rows.map((r) => `${r.trial} ${r.endpointLabel}`)).toEqual([
      "CALGB 100104 TTP", "IFM 2005-02 PFS", "MM-015 PFS", "CALGB 100104 OS", "IFM 2005-02 OS", "MM-015 OS",
    ]);
  });

  test("a hazard ratio that was not published is a gap with its reason, never a number", () => {
    const calgbOs = rowsFor(data, { reports: "2012", measure: "hr" }).find((r) => r.id === "calgb-100104:survival:2012");
    expect(calgbOs?.hr).toBeNull();
    expect(calgbOs?.missing).toBe("OS hazard ratio not reported");
    expect(calgbOs?.gapId).toBe("calgb-os-hr-2012");
  });

  test("every relative number in the summary stands beside its absolute numbers", () => {
    for (const s of states) {
      const text = summary(data, s);
      for (const r of rowsFor(data, s)) {
        expect(text).toContain(r.absoluteText.slice(1));
        if (r.hr) expect(text).toContain(`HR ${r.hr.text}`);
      }
    }
  });

  test("the summary gives the meta-analysis hazard ratios with their intervals", () => {
    const text = summary(data, { reports: "latest", measure: "hr" });
    expect(text).toContain("HR 0.48 (95% CI 0.41–0.55)");
    expect(text).toContain("HR 0.75 (95% CI 0.63–0.90), P=0.001");
  });

  test("the table has one row per drawn row and names the sources", () => {
    const t = table(data, { reports: "2012", measure: "hr" });
    expect(t.rows).toHaveLength(6);
    expect(t.rows[0]?.[5]).toBe("McCarthy et al., N Engl J Med 2012");
  });

  test("titles state the finding for each set of reports", () => {
    expect(title({ reports: "2012", measure: "hr" })).toMatch(/delayed progression in all three trials/);
    expect(title({ reports: "latest", measure: "hr" })).toMatch(/survival benefit appeared when the post-transplant trials were pooled/);
  });

  for (const s of states) {
    test(`renders the same SVG for ${s.reports}/${s.measure} at 640 px`, () => {
      expect(renderForSnapshot((document) => render(data, s, { width: 640, document }))).toMatchSnapshot();
    });
  }

  test("no text in the chart is smaller than 12 px", () => {
    const html = renderForSnapshot((document) => render(data, states[0] as HazardRatioState, { width: 640, document }));
    const sizes = [...html.matchAll(/font-size="?(\d+)/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });
});
