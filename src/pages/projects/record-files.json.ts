/**
 * Every record's `/projects/<id>.json`, in one build-only file: `[[id, file text], …]`, each text
 * the published form of `src/lib/present/published-project.ts` as the file holds it. Writing
 * 10,000 small files through Astro's router costs 10,000 paths of its per-path work; this one
 * path is split into the files once the build is done (src/integrations/record-json.ts), and
 * removed (src/integrations/build-only.ts).
 */
import type { APIRoute } from "astro";
import { getProjects } from "../../data/projects.ts";
import { publishedProjectJson } from "../../lib/present/published-project.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getProjects()).map((item) => [item.project.id, publishedProjectJson(item.published)])), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
