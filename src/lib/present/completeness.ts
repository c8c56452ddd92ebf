/** How complete a field is across records, as a percentage: one rule for the chart and the methodology page. */

/** `count` of `total` records as a percentage with one decimal: 13 of 81 → 16.0. */
export function completenessPct(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}
