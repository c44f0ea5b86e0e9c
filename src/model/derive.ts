/**
 * The arithmetic that turns published second-cancer numbers into an excess incidence per 100
 * patient-years, and a recorder that keeps each step as data for /methods/. Pure functions
 * of numbers: ./parameters.ts feeds them evidence values by id.
 */
import type { Derivation, DerivationInput, DerivationStep } from "./types";

/** 1.96: the normal quantile behind a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Crude incidence rate per 100 patient-years: events / (n × years) × 100. */
export function crudeRatePer100py(events: number, n: number, years: number): number {
  return (events / (n * years)) * 100;
}

/**
 * The excess rate (lenalidomide − control) per 100 patient-years from two counts over the
 * same approximate person-time, with a Wald 95% interval treating each count as Poisson:
 * SE = √(a / PY₁² + b / PY₀²).
 */
export function rateDifferencePer100py(a: number, py1: number, b: number, py0: number): { value: number; low: number; high: number } {
  const diff = a / py1 - b / py0;
  const se = Math.sqrt(a / (py1 * py1) + b / (py0 * py0));
  return { value: diff * 100, low: (diff - Z95 * se) * 100, high: (diff + Z95 * se) * 100 };
}

/**
 * The constant hazard per 100 person-years that gives cumulative proportion `percent` after
 * `years` under an exponential model: −ln(1 − p) / years × 100.
 */
export function hazardPer100pyFromCumulative(percent: number, years: number): number {
  return (-Math.log1p(-percent / 100) / years) * 100;
}

/** Records the inputs and steps of a derivation while computing it. */
export class DerivationRecorder {
  private readonly inputs: DerivationInput[] = [];
  private readonly steps: DerivationStep[] = [];

  input(symbol: string, label: string, value: number, unit: string, id: string | null): number {
    this.inputs.push({ symbol, label, value, unit, id });
    return value;
  }

  step(symbol: string, label: string, formula: string, value: number, unit: string): number {
    if (!Number.isFinite(value)) throw new RangeError(`Derivation step ${symbol} is not finite (${value})`);
    this.steps.push({ symbol, label, formula, value, unit });
    return value;
  }

  done(): Derivation {
    return { inputs: [...this.inputs], steps: [...this.steps] };
  }
}
