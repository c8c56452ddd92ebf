/**
 * Files the build writes for a later build step and removes before the site is published: each
 * language's search documents (`<lang>/search/documents.json`), which scripts/search-index.ts
 * turns into the Pagefind index and then deletes; and every record's JSON file in one
 * (`projects/record-files.json`), which src/integrations/record-json.ts splits into
 * `projects/<id>.json` when the build is done. Nothing published may refer to them.
 */

/** The search documents of a language, relative to the site's folder: "search/documents.json", "it/search/documents.json". */
export const SEARCH_DOCUMENTS = /^(?:[a-z]{2,3}\/)?search\/documents\.json$/;

/** Every record's `/projects/<id>.json`, in one file, relative to the site's folder. */
export const RECORD_FILES = "projects/record-files.json";

/** Whether a path relative to the site's folder is a build-only file. */
export const isBuildOnly = (path: string): boolean => SEARCH_DOCUMENTS.test(path) || path === RECORD_FILES;
