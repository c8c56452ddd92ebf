/**
 * Files the build writes for a later build step and removes before the site is published: each
 * language's search documents (`<lang>/search/documents.json`), which scripts/search-index.ts
 * turns into the Pagefind index and then deletes. Nothing published may refer to them.
 */

/** The search documents of a language, relative to the site's folder: "search/documents.json", "it/search/documents.json". */
export const SEARCH_DOCUMENTS = /^(?:[a-z]{2,3}\/)?search\/documents\.json$/;

/** Whether a path relative to the site's folder is a build-only file. */
export const isBuildOnly = (path: string): boolean => SEARCH_DOCUMENTS.test(path);
