/** /projects/list.json (and /it/…): the project list's index, every row as compact columns (`getProjectListIndex`), fetched by the filter script on demand. */
import type { APIRoute } from "astro";
import { getProjectListIndex } from "../../../data/views/project-list.ts";
import { languagePaths } from "../../../i18n/index.ts";

export const getStaticPaths = languagePaths;

export const GET: APIRoute<{ lang: string }> = async ({ props }) =>
  new Response(JSON.stringify(await getProjectListIndex(props.lang)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
