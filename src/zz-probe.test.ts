import { test } from "vitest";
import { riskBenefitData, parameterRows, osSpread, riskBenefitSources } from "./data/risk-benefit";
import { defaultState, viewOf, render, title, summary, table } from "./charts/risk-benefit";
import { renderSweep } from "./charts/risk-benefit-sweeps";
import { renderStatic } from "./lib/server-dom";
import { writeFileSync } from "node:fs";
test("probe", () => {
  const data = riskBenefitData();
  const s = defaultState(data);
  const v = viewOf(data, s);
  console.log(title(v)); console.log(summary(v)); console.log(JSON.stringify(table(v), null, 1));
  const html = renderStatic((d) => render(data, s, { width: 640, document: d }));
  const sw = ["duration","horizon","response"].map(k => renderStatic((d) => renderSweep(k as "duration", v, { width: 340, document: d })));
  writeFileSync("/tmp/rb/out.html", `<html><body style="font-family:sans-serif">${html}${sw.join("<br>")}</body></html>`);
  console.log(html.length, html.slice(0, 600));
  console.log(JSON.stringify(osSpread(), null, 1).slice(0, 3000));
  console.log(parameterRows().map(r => `${r.setting} ${r.key} ${r.valueText} [${r.rangeText}] ${r.kindText} ${r.sources.map(x=>x.source.display).join(";")}`).join("\n"));
  console.log(riskBenefitSources().map(s => s.display).join("\n"));
});
