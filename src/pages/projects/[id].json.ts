/** One record as JSON: the published form of `src/lib/present/published-project.ts`. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getProjects } from "../../data/projects.ts";
import type { PublishedProject } from "../../lib/present/published-project.ts";

export const getStaticPaths = (async () => {
  const projects = await getProjects();
  return projects.map((item) => ({ params: { id: item.project.id }, props: { published: item.published } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ published: PublishedProject }> = ({ props }) =>
  new Response(`${JSON.stringify(props.published, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
