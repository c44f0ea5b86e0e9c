/**
 * Whole-person counts for icon arrays. The rule is the largest-remainder (Hamilton) method:
 * scale the shares to the total, give each its whole part, then hand the units still missing
 * to the largest fractional parts, ties going to the earlier share. Counts are non-negative
 * integers that always add up to exactly the total, and no count differs from its exact
 * share by a whole unit or more.
 */

export function largestRemainder(shares: readonly number[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer (got ${total})`);
  if (shares.some((s) => !Number.isFinite(s) || s < 0)) throw new RangeError(`shares must be finite and ≥ 0 (got ${shares.join(", ")})`);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new RangeError("shares must not all be zero");
  const quotas = shares.map((s) => (s / sum) * total);
  const counts = quotas.map((q) => Math.floor(q));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    missing -= 1;
  }
  return counts;
}

/** Nearest whole number, halves rounded up, clamped to [0, max]: the rule for overlay counts. */
export function roundHalfUp(x: number, max: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Cannot round ${x}`);
  return Math.min(max, Math.max(0, Math.floor(x + 0.5)));
}
