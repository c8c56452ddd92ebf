/**
 * Which of a record's sources states each of its figures. A source lists the figures it states
 * in `states` (`start`, `budget.total`, `results.returned`, `allowances.2`, ...); a record with a
 * single source needs no list, that source is implied. Calculated figures have no source: they
 * link to their method.
 */

/** The figure keys of the budget, as written in `states`. */
export const BUDGET_FIGURES = ["total", "eu_share_pct", "eu_amount", "awarded"] as const;

/** The shape `figureKeysOf` reads: the record's frontmatter as written, or after the schema. */
export interface FigureFields {
  start?: unknown;
  end?: unknown;
  budget?: Partial<Record<(typeof BUDGET_FIGURES)[number] | "currency", unknown>> | undefined;
  results?: Readonly<Record<string, unknown>> | undefined;
  targets?: Readonly<Record<string, unknown>> | undefined;
  allowances?: readonly unknown[] | undefined;
  monitoring_months?: unknown;
  sources?: readonly { states?: readonly string[] | undefined }[] | undefined;
}

/** Every figure the record states, as `states` keys, in page order. */
export function figureKeysOf(data: FigureFields): string[] {
  const keys: string[] = [];
  if (data.start !== undefined) keys.push("start");
  if (data.end !== undefined) keys.push("end");
  for (const key of BUDGET_FIGURES) if (data.budget?.[key] !== undefined) keys.push(`budget.${key}`);
  for (const indicator of Object.keys(data.results ?? {})) keys.push(`results.${indicator}`);
  for (const indicator of Object.keys(data.targets ?? {})) keys.push(`targets.${indicator}`);
  (data.allowances ?? []).forEach((_, i) => keys.push(`allowances.${i + 1}`));
  if (data.monitoring_months !== undefined) keys.push("monitoring_months");
  return keys;
}

/**
 * For each figure key, the 1-based positions of the sources that state it. With one source,
 * every figure is that source's; with several, a figure no `states` names has no entry.
 */
export function figureSources(data: FigureFields): Map<string, number[]> {
  const sources = data.sources ?? [];
  const map = new Map<string, number[]>();
  const keys = figureKeysOf(data);
  if (sources.length === 1 && sources[0]?.states === undefined) {
    for (const key of keys) map.set(key, [1]);
    return map;
  }
  sources.forEach((source, i) => {
    for (const key of source.states ?? []) {
      const list = map.get(key) ?? [];
      list.push(i + 1);
      map.set(key, list);
    }
  });
  return map;
}
