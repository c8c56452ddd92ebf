/** The data of each chart on a country page: /countries/<iso>/charts/<chart-id>.csv. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv, getGroupCharts } from "../../../../data/charts.ts";
import { getProjects } from "../../../../data/projects.ts";

export const getStaticPaths = (async () => {
  const projects = (await getProjects()).map((item) => item.project);
  const codes = [...new Set(projects.map((p) => p.memberState))];
  const groups = await Promise.all(
    codes.map(async (code) => ({
      code,
      charts: await getGroupCharts(
        projects.filter((p) => p.memberState === code),
        "en",
      ),
    })),
  );
  return groups.flatMap(({ code, charts }) =>
    charts.map((chart) => ({ params: { code: code.toLowerCase(), chart: chart.id }, props: { csv: chartCsv(chart) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
