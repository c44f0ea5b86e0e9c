/**
 * The model for the browser and the build alike: pure arithmetic on the plain parameter set.
 * Build the parameter set with `buildParameters()` from ./parameters.ts (build time only: it
 * reads the evidence base); everything exported here runs on that JSON and imports no evidence.
 */
export { runModel, gridValues } from "./run";
export { centralOutputs, curves, evaluate, maintenanceSegments, resolveParameters, responseMultiplier, checkInputs } from "./model";
export type { CurvePoint, Curves, ModelValues } from "./model";
export { iconArray, ICON_TOTAL } from "./icons";
export type { IconCounts } from "./icons";
export { sweepDuration, sweepHorizon, sweepResponse, SWEEP_DURATIONS, SWEEP_HORIZONS } from "./sweep";
export type { SweepPoint } from "./sweep";
export { largestRemainder, roundHalfUp } from "./rounding";
export { toRuntime } from "./runtime";
export * from "./survival";
export * from "./types";
