import { test } from "vitest";
import { writeFileSync } from "node:fs";
import { trialDesignData } from "./trial-designs";
import { render, summary, title } from "../charts/trial-designs";
import { serverDocument } from "../lib/server-dom";
import type { TrialDesignState } from "../state/trial-designs";
test("print", () => {
  const d = trialDesignData();
  const css = `<style>:root{--bg:#fdfcf9;--fg:#1d1d1f;--fg-soft:#4a4a50;--series-len:#b1400d;--series-ctl:#3c5a86;--series-gap:#6b6b70;--series-null:#55555a} body{background:var(--bg);color:var(--fg);font-family:sans-serif;margin:16px} .wm-chart .series-len{color:var(--series-len)} .wm-chart .gap-text{color:var(--series-gap)} .wm-chart .muted-text{color:var(--fg-soft)}</style>`;
  for (const [name, w, f] of [["desk", 720, "all"], ["phone", 358, "all"], ["desk-before", 720, "before"], ["proj", 1200, "duration"]] as const) {
    const s: TrialDesignState = { "designs-focus": f };
    const svg = render(d, s, { width: w, document: serverDocument(), projector: name === "proj" }).outerHTML;
    writeFileSync(`/tmp/scratch/td-${name}.html`, `<!doctype html><html><head>${css}</head><body><div style="width:${w}px"><h3>${title(s)}</h3>${svg}</div></body></html>`);
  }
  console.log(summary(d, { "designs-focus": "duration" }));
});
