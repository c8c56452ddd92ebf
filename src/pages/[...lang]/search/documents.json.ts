/**
 * /search/documents.json and /it/search/documents.json: what the search index holds for every
 * project in that language (src/data/views/search-documents.ts). A build-only file: the
 * search-index step reads it once `astro build` has exited, indexes it, and removes it.
 */
import type { APIRoute } from "astro";
import { getSearchDocuments } from "../../../data/views/search-documents.ts";
import { languagePaths } from "../../../i18n/index.ts";

export const getStaticPaths = languagePaths;

export const GET: APIRoute<{ lang: string }> = async ({ props, site }) =>
  new Response(JSON.stringify(await getSearchDocuments(props.lang, site)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
