/**
 * The media type each kind of published file is served with, in one place: the nginx
 * configuration in deploy/nginx (checked by the browser suite, file by file) and `dist/_headers`
 * for other static hosts follow it.
 */

/** The Office Open XML spreadsheet type (the .xlsx workbook). */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Each rule: which paths, and their Content-Type. The first that matches applies. Text is
 * UTF-8; the workbook is bytes.
 */
export const MEDIA_TYPES: readonly { test: RegExp; type: string }[] = [
  // Atom feeds (RFC 4287), not generic XML.
  { test: /(^|\/)feed\.xml$/, type: "application/atom+xml; charset=utf-8" },
  // XML (RFC 7303): the IATI file and the sitemaps.
  { test: /\.xml$/, type: "application/xml; charset=utf-8" },
  { test: /\.csv$/, type: "text/csv; charset=utf-8" },
  { test: /\.json$/, type: "application/json; charset=utf-8" },
  { test: /\.xlsx$/, type: XLSX_MEDIA_TYPE },
  // Published data files without a known extension (SHA256SUMS, CITATION.cff).
  { test: /^data\/[^/]+$/, type: "text/plain; charset=utf-8" },
];

/** The Content-Type of a published file (its path under dist/, without a leading slash), or undefined for pages and assets. */
export function mediaTypeOf(path: string): string | undefined {
  if (path.endsWith(".html")) return undefined;
  return MEDIA_TYPES.find((rule) => rule.test.test(path))?.type;
}
