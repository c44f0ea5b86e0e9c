/**
 * Survival curves reconstructed from the few points a report publishes (medians and landmark
 * rates), for drawing only. This is not the trial's Kaplan–Meier curve and must be labelled so.
 *
 * Method: piecewise exponential through the published points. With S(0) = 1 and the points
 * (t₁, S₁) … (tₙ, Sₙ) sorted by time, the hazard between consecutive points is constant:
 *
 *   λᵢ = ln(Sᵢ₋₁ / Sᵢ) / (tᵢ − tᵢ₋₁),   so S(t) = Sᵢ₋₁ · exp(−λᵢ (t − tᵢ₋₁)) on [tᵢ₋₁, tᵢ].
 *
 * The curve therefore passes exactly through every published point and is non-increasing.
 * A median alone (S = ½ at m) gives the exponential S(t) = exp(−ln 2 · t / m). After the last
 * point the last segment's hazard is carried on, but only up to the report's follow-up
 * (`end`), never beyond: past `end` the curve is undefined.
 *
 * Limits, stated wherever a curve is shown: the true curve between points is unknown (a
 * constant hazard is an assumption); a median and a rate from different reports or data cuts
 * must not be combined (the caller picks one report); bounds (">70%") and "not reached" are
 * not values and are not used as points. Time is in the source's unit (months or years) and
 * hazards are per that unit. Pure: no DOM, no evidence reads.
 */
import { checkSegments, survivalAt, type HazardSegment } from "./survival";

/** A published point: survival proportion `s` (0 < s ≤ 1) at time `t` (> 0). */
export interface KnownPoint {
  t: number;
  s: number;
}

export interface Reconstruction {
  /** Constant-hazard segments from 0; the last one is open-ended and carries the last hazard on. */
  segments: HazardSegment[];
  /** The published points, sorted by time, that the curve passes through exactly. */
  points: KnownPoint[];
  /** Time of the last published point. */
  lastPoint: number;
  /** Where the curve stops: the later of the last published point and the follow-up. */
  end: number;
}

/** A sampled curve for drawing: the part through the published points, and the carried-on part. */
export interface SampledCurve {
  /** From 0 to the last published point; every published point is a sample, at its exact value. */
  through: KnownPoint[];
  /** From the last published point to `end` at the last segment's hazard; empty when they coincide. */
  extension: KnownPoint[];
}

function checkPoint(p: KnownPoint, i: number): void {
  if (!Number.isFinite(p.t) || !(p.t > 0)) throw new RangeError(`Point ${i}: time must be a positive finite number (got ${p.t})`);
  if (!Number.isFinite(p.s) || !(p.s > 0) || p.s > 1) throw new RangeError(`Point ${i}: survival must be in (0, 1] (got ${p.s})`);
}

/** The published points sorted by time, duplicates merged; contradictory points are refused. */
export function sortPoints(points: readonly KnownPoint[]): KnownPoint[] {
  if (points.length === 0) throw new RangeError("A reconstruction needs at least one published point");
  points.forEach(checkPoint);
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const out: KnownPoint[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.t === p.t) {
      if (prev.s !== p.s) throw new RangeError(`Two different survival values at time ${p.t} (${prev.s} and ${p.s})`);
      continue;
    }
    if (prev && p.s > prev.s) {
      throw new RangeError(`Survival cannot rise: ${prev.s} at ${prev.t} but ${p.s} at ${p.t}; the points are from different analyses or wrong`);
    }
    out.push({ t: p.t, s: p.s });
  }
  return out;
}

/**
 * The piecewise-exponential curve through the points, drawn to `followUp` at most (or to the
 * last point when that is later, or when no follow-up was reported).
 */
export function reconstruct(points: readonly KnownPoint[], followUp: number | null): Reconstruction {
  if (followUp !== null && (!Number.isFinite(followUp) || !(followUp > 0))) {
    throw new RangeError(`Follow-up must be a positive finite number or null (got ${followUp})`);
  }
  const sorted = sortPoints(points);
  const segments: HazardSegment[] = [];
  let prevT = 0;
  let prevS = 1;
  for (const [i, p] of sorted.entries()) {
    const hazard = Math.log(prevS / p.s) / (p.t - prevT);
    segments.push({ start: prevT, end: i === sorted.length - 1 ? Infinity : p.t, hazard });
    prevT = p.t;
    prevS = p.s;
  }
  checkSegments(segments);
  const lastPoint = prevT;
  return { segments, points: sorted, lastPoint, end: Math.max(lastPoint, followUp ?? lastPoint) };
}

/** S(t) on the reconstructed curve; null beyond `end` (the curve is not drawn there). */
export function survivalOn(rec: Reconstruction, t: number): number | null {
  if (!(t >= 0) || t > rec.end) return null;
  // Anchored at the published value that starts the segment, so a point is hit exactly and a
  // flat segment stays flat (no drift from summing hazards as survivalAt does).
  const exact = rec.points.find((p) => p.t === t);
  if (exact) return exact.s;
  let startS = 1;
  for (const [i, seg] of rec.segments.entries()) {
    if (t < seg.end || i === rec.segments.length - 1) return startS * Math.exp(-seg.hazard * (t - seg.start));
    startS = rec.points[i]?.s ?? startS;
  }
  return survivalAt(rec.segments, t);
}

/** Evenly spaced times in [from, to] (both ends included), `n` intervals. */
function grid(from: number, to: number, n: number): number[] {
  if (to <= from) return [from];
  return Array.from({ length: n + 1 }, (_, i) => (i === n ? to : from + ((to - from) * i) / n));
}

/**
 * Samples for drawing: `perUnit` samples per unit of time (at least 8 per part), plus every
 * published point at its exact published value, so the drawn line passes through each point.
 */
export function sampleCurve(rec: Reconstruction, perUnit = 1): SampledCurve {
  const at = (t: number): KnownPoint => {
    const s = survivalOn(rec, t);
    if (s === null) throw new RangeError(`Sample at ${t} lies outside the curve (0–${rec.end})`);
    return { t, s };
  };
  const knots = new Set([0, ...rec.points.map((p) => p.t)]);
  const throughTimes = [...new Set([...grid(0, rec.lastPoint, Math.max(8, Math.ceil(rec.lastPoint * perUnit))), ...knots])].sort((a, b) => a - b);
  const through = throughTimes.map(at);
  const extension = rec.end > rec.lastPoint
    ? grid(rec.lastPoint, rec.end, Math.max(8, Math.ceil((rec.end - rec.lastPoint) * perUnit))).map(at)
    : [];
  return { through, extension };
}
