/** How search results are ordered (the search page states this rule to readers). */
import { CONFIDENCE_LEVELS } from "./schema/source.ts";

export interface RankedResult {
  /** Pagefind's text score. */
  score: number;
  data: { meta: { title?: string; title_en?: string; confidence?: string } };
}

const CONFIDENCE: readonly string[] = CONFIDENCE_LEVELS;
const words = (text: string) =>
  text
    .toLocaleLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A project whose title (or the English rendering of its title) is the query comes first, then
 * projects whose title holds all the query's words, then the rest; within each group, records with better sources first
 * (confidence high, medium, low), then Pagefind's text score.
 */
export function rank<R extends RankedResult>(query: string, results: readonly R[]): R[] {
  const q = words(query);
  const tier = (title: string) => {
    const t = words(title);
    if (t.join(" ") === q.join(" ")) return 0;
    return q.every((w) => t.includes(w)) ? 1 : 2;
  };
  const best = (r: R) => Math.min(tier(r.data.meta.title ?? ""), r.data.meta.title_en ? tier(r.data.meta.title_en) : 2);
  return [...results].sort(
    (a, b) =>
      best(a) - best(b) || CONFIDENCE.indexOf(a.data.meta.confidence ?? "low") - CONFIDENCE.indexOf(b.data.meta.confidence ?? "low") || b.score - a.score,
  );
}
