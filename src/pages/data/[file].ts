/** The published data files under /data/, identical in every language. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getDataFiles, type DataFile } from "../../data/exports.ts";

export const getStaticPaths = (async () => {
  const files = await getDataFiles();
  return files.map((file) => ({ params: { file: file.path }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  // Text files are UTF-8; the workbook is bytes, with no charset.
  typeof props.file.content === "string"
    ? new Response(props.file.content, { headers: { "Content-Type": `${props.file.mediatype}; charset=utf-8` } })
    : new Response(props.file.content as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": props.file.mediatype } });
