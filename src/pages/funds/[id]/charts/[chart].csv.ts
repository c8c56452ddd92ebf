/** The data of each chart on a fund page: /funds/<id>/charts/<chart-id>.csv. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv, getGroupCharts } from "../../../../data/charts.ts";
import { getProjects } from "../../../../data/projects.ts";
import { funds } from "../../../../data/reference.ts";

export const getStaticPaths = (async () => {
  const projects = (await getProjects()).map((item) => item.project);
  const groups = [...funds.map((f) => ({ id: f.id, fund: f.id as string | undefined })), { id: "not-stated", fund: undefined }];
  const charted = await Promise.all(
    groups.map(async (group) => ({
      id: group.id,
      charts: await getGroupCharts(
        projects.filter((p) => p.fund === group.fund),
        "en",
      ),
    })),
  );
  return charted.flatMap(({ id, charts }) => charts.map((chart) => ({ params: { id, chart: chart.id }, props: { csv: chartCsv(chart) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
