/** The rules of /compare/ that do not need a page: which ids a URL asks for, how many, and unit words. */

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

/** Words in a record's notes that say its counts are not (only) of persons. */
export const NOT_PERSONS = /\b(case files?|cases|households?|famil(y|ies)|nuclei|dossiers?)\b/i;

/** The record ids in `?ids=`, separated by commas or spaces, or repeated, in order, each once; anything not shaped like an id is dropped. */
export function idsFrom(search: string): string[] {
  const params = new URLSearchParams(search);
  const ids = params
    .getAll("ids")
    .flatMap((v) => v.split(/[\s,]+/))
    .map((v) => v.trim())
    .filter((v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v));
  return [...new Set(ids)];
}
