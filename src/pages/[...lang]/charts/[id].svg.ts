/** Each map as an SVG file in each language (/charts/<id>.svg, /it/charts/<id>.svg): the gallery's preview, and the map to reuse. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getChartPages } from "../../../data/views/chart-page.ts";
import { languagePaths } from "../../../i18n/index.ts";

export const getStaticPaths = (async () => {
  const paths = [];
  for (const { params, props } of languagePaths()) {
    for (const view of await getChartPages(props.lang)) {
      if (view.mapSvg) paths.push({ params: { ...params, id: view.chart.id }, props: { svg: view.mapSvg } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="utf-8"?>\n${props.svg}\n`, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
