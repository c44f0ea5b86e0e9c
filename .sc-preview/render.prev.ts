import { writeFileSync, readFileSync } from "node:fs";
import { test } from "vitest";
import { serverDocument } from "../src/lib/server-dom";
import { survivalCurveData } from "../src/data/survival-curves";
import { render as renderSc } from "../src/charts/survival-curves";
import { render as renderSpm } from "../src/charts/second-cancers";
import { secondCancerData } from "../src/data/second-cancers";

import { themeCss } from "../src/lib/palette";
const css = readFileSync("/work/main/src/styles/theme.css", "utf8") + themeCss();
const figCss = `.wm-chart .series-len{color:var(--series-len)}.wm-chart .series-ctl{color:var(--series-ctl)}.wm-chart .gap-text{color:var(--series-gap)}.wm-chart .muted-text{color:var(--fg-soft)}.wm-chart .null-line{color:var(--series-null)}.wm-chart .series-harm{color:var(--series-harm)} body{background:var(--bg);color:var(--fg);font-family:var(--font-ui);margin:8px} .box{margin:0 8px 12px 0;border:1px solid #ccc;display:inline-block;vertical-align:top}`;
test("preview", () => {
  const doc = serverDocument();
  const views = (process.env.VIEWS ?? "ifm-2005-02:progression:2012").split(",");
  const width = Number(process.env.W ?? 720);
  const theme = process.env.THEME ?? "light";
  const projector = theme === "projector";
  const d = survivalCurveData();
  let html = "";
  const step = Number(process.env.STEP ?? 0);
  for (const v of views) {
    if (v.startsWith("spm:")) {
      html += `<div class="box">${renderSpm(secondCancerData(), { "spm-view": v.slice(4) as never }, { width, document: doc, projector, step }).outerHTML}</div>`;
      continue;
    }
    const [trial, endpoint, cut] = v.split(":") as [never, never, never];
    html += `<div class="box">${renderSc(d, { trial, endpoint, cut }, { width, document: doc, projector, step }).outerHTML}</div>`;
  }
  writeFileSync("/work/main/.sc-preview/out.html", `<!doctype html><html data-theme="${theme}"><head><style>${css}${figCss}</style></head><body>${html}</body></html>`);
});
