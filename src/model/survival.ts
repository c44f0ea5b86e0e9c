/**
 * Survival arithmetic with piecewise-constant hazards. Time is in months; a hazard is per
 * month. A curve is a list of contiguous segments from 0, the last one open-ended; within a
 * segment S(t) = S(start) · exp(−hazard · (t − start)), so survival, cumulative hazard and
 * restricted mean time all have closed forms and no numerical integration is needed.
 */

export interface HazardSegment {
  /** Months from the start of the clock. */
  start: number;
  /** Exclusive end; Infinity for the last segment. */
  end: number;
  /** Events per person-month while in the segment (≥ 0). */
  hazard: number;
}

/** The constant hazard of an exponential curve with this median: λ = ln 2 / median. */
export function hazardFromMedian(medianMonths: number): number {
  if (!(medianMonths > 0) || !Number.isFinite(medianMonths)) {
    throw new RangeError(`A median must be a positive finite number of months (got ${medianMonths})`);
  }
  return Math.LN2 / medianMonths;
}

/** The median of an exponential curve with this hazard: ln 2 / λ. */
export function medianFromHazard(hazard: number): number {
  if (!(hazard > 0) || !Number.isFinite(hazard)) throw new RangeError(`A hazard must be positive and finite (got ${hazard})`);
  return Math.LN2 / hazard;
}

/**
 * The hazard ratio two exponential medians imply: λ_treated / λ_control = median_control /
 * median_treated. A computed number, not a published one; label it so wherever it is shown.
 */
export function impliedHazardRatio(medianControl: number, medianTreated: number): number {
  return hazardFromMedian(medianTreated) / hazardFromMedian(medianControl);
}

/** One segment from 0 to Infinity: the exponential curve. */
export function constantHazard(hazard: number): HazardSegment[] {
  return [{ start: 0, end: Infinity, hazard }];
}

/** Throws unless the segments start at 0, are contiguous, end at Infinity and have hazards ≥ 0. */
export function checkSegments(segments: readonly HazardSegment[]): void {
  if (segments.length === 0) throw new RangeError("A curve needs at least one segment");
  let expected = 0;
  for (const [i, s] of segments.entries()) {
    if (s.start !== expected) throw new RangeError(`Segment ${i} starts at ${s.start}, expected ${expected}`);
    if (!(s.end > s.start)) throw new RangeError(`Segment ${i} is empty or reversed (${s.start}–${s.end})`);
    if (!(s.hazard >= 0) || !Number.isFinite(s.hazard)) throw new RangeError(`Segment ${i} has hazard ${s.hazard}`);
    expected = s.end;
  }
  if (expected !== Infinity) throw new RangeError("The last segment must be open-ended (end = Infinity)");
}

/** Cumulative hazard H(t) = Σ hazard × time spent in each segment before t. */
export function cumulativeHazard(segments: readonly HazardSegment[], t: number): number {
  if (!(t >= 0)) throw new RangeError(`Time must be ≥ 0 (got ${t})`);
  let total = 0;
  for (const s of segments) {
    if (t <= s.start) break;
    const spent = Math.min(t, s.end) - s.start;
    if (s.hazard > 0) total += s.hazard * spent;
  }
  return total;
}

/** Survival S(t) = exp(−H(t)). */
export function survivalAt(segments: readonly HazardSegment[], t: number): number {
  return Math.exp(-cumulativeHazard(segments, t));
}

/**
 * Restricted mean time to tau: ∫₀^tau S(t) dt. Per segment [a, b) clipped to tau, with
 * S(a) the survival at its start: S(a) · (1 − exp(−λ(b − a))) / λ, or S(a) · (b − a) when λ = 0.
 */
export function restrictedMean(segments: readonly HazardSegment[], tau: number): number {
  if (!(tau >= 0) || !Number.isFinite(tau)) throw new RangeError(`tau must be finite and ≥ 0 (got ${tau})`);
  let total = 0;
  let logS = 0; // −H at the start of the current segment
  for (const s of segments) {
    if (tau <= s.start) break;
    const width = Math.min(tau, s.end) - s.start;
    const atStart = Math.exp(logS);
    total += s.hazard > 0 ? (atStart * -Math.expm1(-s.hazard * width)) / s.hazard : atStart * width;
    logS -= s.hazard * width;
  }
  return total;
}
