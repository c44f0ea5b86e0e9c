/**
 * risk-benefit: the explorer. For one kind of patient (response, duration, horizon, the
 * evidence drawn on) the illustrative model's benefit and harm for the same 100 people, in
 * four synchronised forms from one ExplorerView: an icon array, curves over time, one plain
 * sentence and a table (plus the small sweep charts beside the controls).
 *
 * Pure: (data, state, options) → element, drawn as plain SVG (./svg.ts) rather than with Plot,
 * so the browser can redraw on every slider step within a frame and the page ships no Plot.
 * The model does the arithmetic (src/model/view.ts); these functions only lay it out.
 */
import type { RiskBenefitData } from "../data/risk-benefit";
import type { DataTable } from "../data/types";
import { explorerView, type ExplorerView } from "../model/view";
import { explorerSpec, toModelInputs, type ExplorerState } from "../state/explorer";
import { defineState } from "../state/params";
import type { ChartModule, ChartOptions } from "./common";
import { curvesTree } from "./risk-benefit-curves";
import { iconsTree } from "./risk-benefit-icons";
import { durationOf, durationWords, horizonWords, rangesOf, RESPONSE_WORDS, sentenceOf, SETTING_WORDS, summaryOf, tableOf, titleOf } from "./risk-benefit-text";
import { htmlEl, toDom, type VNode } from "./vnode";

export const FIGURE_ID = "risk-benefit";

export type { ExplorerState, ExplorerView, RiskBenefitData };

/** The default view: partial response, 24 months, 5 years, the pooled trials, no overrides. */
export function defaultState(data: RiskBenefitData): ExplorerState {
  return defineState(explorerSpec(data.runtime.limits)).defaults;
}

/** Everything one state draws, computed once. */
export function viewOf(data: RiskBenefitData, state: ExplorerState): ExplorerView {
  return explorerView(toModelInputs(state), data.runtime);
}

export function title(view: ExplorerView): string {
  return titleOf(view);
}

export function summary(view: ExplorerView): string {
  return summaryOf(view);
}

export function table(view: ExplorerView): DataTable {
  return tableOf(view);
}

export function iconsTitle(view: ExplorerView): string {
  return `The same 100 people after ${horizonWords(view.inputs.horizonYears)}`;
}

export function curvesTitle(view: ExplorerView): string {
  return `Free of progression over ${horizonWords(view.inputs.horizonYears)}, of 100 people`;
}

/** Widths the outputs are drawn at: the icon array and the curves may differ (side by side on wide screens). */
export interface OutputWidths {
  icons: number;
  curves: number;
}

/**
 * The outputs block: the sentence and the ranges, the icon array and the curves, each with a
 * short heading. The browser updates the same elements in place (by class) on each change.
 */
export function renderOutputs(view: ExplorerView, widths: OutputWidths, o: Omit<ChartOptions, "width">): HTMLElement {
  const block = (cls: string, heading: string, chart: VNode) =>
    htmlEl("div", { class: `rb-chart-block ${cls}-block` }, [
      htmlEl("p", { class: `rb-chart-title ${cls}-title` }, [heading]),
      htmlEl("div", { class: cls }, [chart]),
    ]);
  // The outer box fills the page's grid area; the inner one may stick to the top inside it.
  return toDom(htmlEl("div", { class: "rb-outputs-area" }, [
    htmlEl("div", { class: "rb-outputs" }, [
      htmlEl("p", { class: "rb-sentence" }, [sentenceOf(view)]),
      htmlEl("p", { class: "rb-ranges small" }, [rangesOf(view)]),
      htmlEl("div", { class: "rb-charts" }, [
        block("rb-icons", iconsTitle(view), iconsTree(view, { ...o, width: widths.icons })),
        block("rb-curves", curvesTitle(view), curvesTree(view, { ...o, width: widths.curves })),
      ]),
    ]),
  ]), o.document ?? document) as HTMLElement;
}

/** The figure contract's render: the outputs of one state at one width. */
export function render(data: RiskBenefitData, state: ExplorerState, options: ChartOptions): HTMLElement {
  return renderOutputs(viewOf(data, state), { icons: options.width, curves: options.width }, options);
}

/** The view in words, for exported images: "Partial response (PR) · 24 months (2 years) · 5 years · pooled trials". */
export function describeView(view: ExplorerView): string {
  const i = view.inputs;
  const own = view.used.overridden.length > 0 ? ` · changed by the reader: ${view.used.overridden.join(", ")}` : "";
  return `Illustrative model · ${RESPONSE_WORDS[i.response].label} · maintenance ${durationWords(durationOf(view))} · ${horizonWords(i.horizonYears)} · ${SETTING_WORDS[i.setting].short}${own}`;
}

/**
 * The explorer in the shape every chart module has (src/charts/common.ts), for the figure
 * registry's embeds and image exports. Its "state" is the computed view (viewOf), since the
 * title and the words need the model's numbers; the default is viewOf(data, defaultState(data)).
 */
export const chartModule: ChartModule<RiskBenefitData, ExplorerView> = {
  render: (_data, view, options) => renderOutputs(view, { icons: options.width, curves: options.width }, options),
  title: (view) => titleOf(view),
  summary: (_data, view) => summaryOf(view),
  table: (_data, view) => tableOf(view),
  describeState: describeView,
};
