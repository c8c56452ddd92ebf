/** Percentages: the EU co-financing rate and shares derived from amounts. */

/** True for a co-financing rate: greater than 0 and at most 100. */
export function isSharePct(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= 100;
}

/** `part / whole × 100`, rounded to two decimals; undefined when whole is 0. */
export function percentOf(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  return Math.round((part / whole) * 10_000) / 100;
}
