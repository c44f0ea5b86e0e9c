/**
 * Every public figure, by id, with what the embed routes, the image exports and the lecture
 * need: where its full view lives, a sensible embed height, and its static images (default
 * view and each teaching step). A figure joins by one `register` call.
 */
import type { ChartModule } from "../charts/common";
import type { SourceLine } from "../data/types";
import { serverDocument } from "../lib/server-dom";
import { standaloneSvg } from "../lib/export-image";
import type { ThemeName } from "../lib/palette";
import * as hazardRatios from "../charts/pfs-os-hazard-ratios";
import { hazardRatioData } from "../data/pfs-os-hazard-ratios";
import * as trialDesigns from "../charts/trial-designs";
import { trialDesignData } from "../data/trial-designs";
import * as survivalCurves from "../charts/survival-curves";
import { survivalCurveData } from "../data/survival-curves";
import * as secondCancers from "../charts/second-cancers";
import { secondCancerData } from "../data/second-cancers";
import * as evidenceTimeline from "../charts/evidence-timeline";
import { chartModule as riskBenefitModule, defaultState as riskBenefitDefault, viewOf as riskBenefitView } from "../charts/risk-benefit";
import { riskBenefitData, riskBenefitSources } from "../data/risk-benefit";
import { timelineData } from "../data/evidence-timeline";

export interface FigureImage {
  /** File stem: "<id>" for the default view, "<id>-step-<n>" for a step. */
  name: string;
  step: number;
  label: string;
  svg: string;
}

export interface FigureEntry {
  id: string;
  /** The page where the figure stands with its context. */
  fullView: string;
  /** Default iframe height in px for the embed snippet (the frame resizes itself when the host listens). */
  embedHeight: number;
  title: string;
  stepCount: number;
  images(theme?: ThemeName): FigureImage[];
}

const EXPORT_WIDTH = 960;

function register<D, S>(o: {
  id: string;
  fullView: string;
  embedHeight: number;
  data: () => D;
  module: ChartModule<D, S>;
  defaultState: S;
  sources: (data: D) => SourceLine[];
}): FigureEntry {
  let cached: D | null = null;
  const data = () => (cached ??= o.data());
  const steps = o.module.steps?.(data(), o.defaultState) ?? [];
  return {
    id: o.id,
    fullView: o.fullView,
    embedHeight: o.embedHeight,
    title: o.module.title(o.defaultState),
    stepCount: steps.length,
    images(theme = "light") {
      const d = data();
      const sourceText = `Sources: ${o.sources(d).map((s) => s.display).join("; ")}`;
      const state = o.module.describeState?.(o.defaultState) ?? "";
      return [0, ...steps.map((_, i) => i + 1)].map((step) => {
        const label = step === 0 ? "Whole figure" : `Step ${step} of ${steps.length}: ${steps[step - 1]?.label ?? ""}`;
        const chart = o.module.render(d, o.defaultState, { width: EXPORT_WIDTH - 32, document: serverDocument(), step, projector: theme === "projector" });
        const svg = standaloneSvg({ title: o.module.title(o.defaultState), stateText: [state, label].filter(Boolean).join(" · "), sources: [sourceText, "Weighing Maintenance — numbers as published; not medical advice."], chart, width: EXPORT_WIDTH, theme });
        return { name: step === 0 ? o.id : `${o.id}-step-${step}`, step, label, svg };
      });
    },
  };
}

export const FIGURES: FigureEntry[] = [
  register({ id: trialDesigns.FIGURE_ID, fullView: "/figure/trial-designs/", embedHeight: 1300, data: trialDesignData, module: trialDesigns, defaultState: trialDesigns.DEFAULT_STATE, sources: (d) => d.sources }),
  register({
    id: hazardRatios.FIGURE_ID,
    fullView: "/figure/pfs-os-hazard-ratios/",
    embedHeight: 900,
    data: hazardRatioData,
    module: hazardRatios,
    defaultState: hazardRatios.DEFAULT_STATE,
    sources: (d) => d.sources["2012"],
  }),
  register({ id: survivalCurves.FIGURE_ID, fullView: "/figure/survival-curves/", embedHeight: 1100, data: survivalCurveData, module: survivalCurves, defaultState: survivalCurves.DEFAULT_STATE, sources: (d) => d.sources }),
  register({ id: secondCancers.FIGURE_ID, fullView: "/figure/second-cancers/", embedHeight: 1200, data: secondCancerData, module: secondCancers, defaultState: secondCancers.DEFAULT_STATE, sources: (d) => d.sources }),
  register({
    id: "risk-benefit",
    fullView: "/explore/",
    embedHeight: 1400,
    data: riskBenefitData,
    module: riskBenefitModule,
    defaultState: riskBenefitView(riskBenefitData(), riskBenefitDefault(riskBenefitData())),
    sources: () => riskBenefitSources(),
  }),
  register({ id: evidenceTimeline.FIGURE_ID, fullView: "/figure/evidence-timeline/", embedHeight: 1600, data: timelineData, module: evidenceTimeline, defaultState: evidenceTimeline.DEFAULT_STATE, sources: (d) => d.sources }),
];

export function figureEntry(id: string): FigureEntry {
  const entry = FIGURES.find((f) => f.id === id);
  if (!entry) throw new Error(`Unknown figure id "${id}"`);
  return entry;
}
