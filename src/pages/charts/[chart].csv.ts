/** Each chart's own data as CSV: /charts/<chart-id>.csv. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv, getCharts } from "../../data/charts.ts";

export const getStaticPaths = (async () => {
  const charts = await getCharts("en");
  // A map of a member-state chart shares that chart's CSV (its page links there).
  return charts.filter((chart) => !chart.dataOf).map((chart) => ({ params: { chart: chart.id }, props: { csv: chartCsv(chart) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
