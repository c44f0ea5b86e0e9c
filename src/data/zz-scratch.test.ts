import { test } from "vitest";
import { writeFileSync } from "node:fs";
import { trialDesignData } from "./trial-designs";
import { timelineData } from "./evidence-timeline";
import * as TD from "../charts/trial-designs";
import * as ET from "../charts/evidence-timeline";
import { serverDocument } from "../lib/server-dom";
const css = `<style>:root{--bg:#fdfcf9;--fg:#1d1d1f;--fg-soft:#4a4a50;--series-len:#b1400d;--series-ctl:#3c5a86;--series-gap:#6b6b70;--series-null:#55555a} body{background:var(--bg);color:var(--fg);font-family:sans-serif;margin:16px} .wm-chart .series-len{color:var(--series-len)} .wm-chart .gap-text{color:var(--series-gap)} .wm-chart .muted-text{color:var(--fg-soft)}</style>`;
test("print", () => {
  const d = trialDesignData();
  for (const [name, w, f] of [["desk", 720, "all"], ["phone", 358, "all"], ["desk-before", 720, "before"], ["proj", 1200, "duration"]] as const) {
    const s = { "designs-focus": f } as const;
    const svg = TD.render(d, s, { width: w, document: serverDocument(), projector: name === "proj" }).outerHTML;
    writeFileSync(`/tmp/scratch/td-${name}.html`, `<!doctype html><html><head>${css}</head><body><div style="width:${w}px"><h3>${TD.title(s)}</h3>${svg}</div></body></html>`);
  }
  const e = timelineData();
  for (const [name, w, f] of [["desk", 720, "all"], ["phone", 358, "all"], ["desk-surv", 720, "survival"], ["proj", 1200, "all"]] as const) {
    const s = { "timeline-aspect": f } as const;
    const svg = ET.render(e, s, { width: w, document: serverDocument(), projector: name === "proj" }).outerHTML;
    writeFileSync(`/tmp/scratch/et-${name}.html`, `<!doctype html><html><head>${css}</head><body><div style="width:${w}px"><h3>${ET.title(s)}</h3>${svg}</div></body></html>`);
  }
});
