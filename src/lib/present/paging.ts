/**
 * Lists that page their rows statically: no page grows with the register. A list of N rows is
 * cut into pages of `PAGE_SIZE`; page 1 is the list's own address (`/projects/`), page n the
 * address under it (`/projects/page/n/`), so the links work without JavaScript. The pager shows
 * the first and last pages, and the two either side of the current one, with a gap between.
 */

/** Rows per page of every paged list. */
export const PAGE_SIZE = 100;

/** How many pages `total` rows take (at least one: an empty list is one page saying so). */
export const pageCount = (total: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

/** The rows of page `n` (1-based). */
export function pageSlice<T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] {
  if (!Number.isInteger(n) || n < 1 || n > pageCount(items.length, size)) throw new RangeError(`page ${n} of a list of ${items.length} rows: no such page`);
  return items.slice((n - 1) * size, n * size);
}

/** The address of page `n` of a list whose first page is `base` (ending in "/"), without the language prefix. */
export const pagePath = (base: string, n: number): string => (n === 1 ? base : `${base}page/${n}/`);

/** The pages `2 … count` of a list, as Astro route parameters (`page/2`), for a `[...page]` route. */
export const laterPages = (total: number, size = PAGE_SIZE): number[] => Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);

/** The pager's entries for page `current` of `count`: page numbers, and "gap" where pages are skipped. */
export function pagerEntries(current: number, count: number): (number | "gap")[] {
  const shown = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count));
  const entries: (number | "gap")[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    // One page skipped is shown rather than replaced by a gap.
    if (n - previous === 2) entries.push(n - 1);
    else if (n - previous > 2) entries.push("gap");
    entries.push(n);
    previous = n;
  }
  return entries;
}

/** Which rows (1-based, inclusive) page `n` holds. */
export const pageRange = (n: number, total: number, size = PAGE_SIZE): { first: number; last: number } => ({
  first: Math.min(total, (n - 1) * size + 1),
  last: Math.min(total, n * size),
});

/** How many records a list that accompanies a page's subject shows (a publication's projects per element, a day's checked records): the rest are counted and pointed to. */
export const PREVIEW_SIZE = 20;

/** The first `size` items, and how many more there are. */
export function preview<T>(items: readonly T[], size = PREVIEW_SIZE): { shown: T[]; more: number } {
  return { shown: items.slice(0, size), more: Math.max(0, items.length - size) };
}
