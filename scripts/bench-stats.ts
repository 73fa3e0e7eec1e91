/** Quantiles and formatting shared by the bench's sections, so every table reads its figures the same way. */

/** The q-quantile of the finite values, interpolated between neighbours (NaN when there are none). */
export function quantile(xs: number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}

/** Milliseconds with one decimal, or a dash for a missing figure. */
export const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
