/**
 * The rules of finding things, shared by the build (the search documents, the list's keyword
 * text) and the browser (the search page, the list's keyword filter), so that both read a word
 * the same way. Pure functions.
 */

import type { CompiledMessage } from "./i18n.ts";

/** Punctuation that Pagefind drops from a word before it looks it up (its own rule, `coupled_search.ts`). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word as Pagefind compares it: punctuation removed, lower case, without diacritics (`Návraty,` → `navraty`). */
export function foldWord(word: string): string {
  return word.replace(PUNCTUATION, "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** The words of a text as Pagefind splits and folds them: at white space, each folded, empty ones dropped. */
export function searchTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map(foldWord)
    .filter((word) => word !== "");
}

/**
 * Whether a search term is really found, judged from the words Pagefind matched for it on one
 * result. Pagefind, when no word of its index starts with a term, falls back to the longest
 * indexed word the term starts with (so `zzzxqy` matches the Polish preposition `z`); such a
 * match is no match. A term is found when it is a word of the index (Pagefind's exact search
 * finds it: `exact`), or when a matched word starts with it (a word typed in part: `reint`).
 */
export function termFound(term: string, exact: boolean, matchedWords: readonly string[]): boolean {
  if (exact) return true;
  const folded = foldWord(term);
  return matchedWords.some((word) => foldWord(word).startsWith(folded));
}

/** The words of a content string at Pagefind's word locations (it splits content at white space). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.map((at) => words[at] ?? "").filter(Boolean);
}

/** The words of a text for the project list's keyword filter: folded, split at anything that is not a letter or a digit. */
export function keywordWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A text lower-cased, with its accents taken off: what `keywordWords` splits. */
function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Only text beyond ASCII can carry accents to fold (decomposing every long English text costs more than the rest).
  return /[^ -~\s]/.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

/** The text a row of the project list is matched against: its words, folded, each once, separated by spaces. */
export function keywordText(parts: readonly (string | undefined)[]): string {
  return [...new Set(parts.flatMap((part) => (part ? keywordWords(part) : [])))].join(" ");
}

/** A title as the search compares it whole: its words, folded, separated by spaces (`PARTIR I` → `partir i`). */
export function titleKey(title: string): string {
  return keywordWords(title).join(" ");
}

/** Whether every word of `query` begins a word of `text` (a `keywordText`): `kosovo` matches "Kosovo", `reint` matches "reintegration". */
export function matchesKeywords(query: string, text: string): boolean {
  const wanted = keywordWords(query);
  if (wanted.length === 0) return true;
  const words = text.split(" ");
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The reading text of rendered Markdown: headings (the same two on every record) left out, tags removed, entities decoded, white space collapsed. */
/**
 * How many words of a record's narrative the search index holds: its description as a reader
 * searches it (every real record's narrative is shorter: 291 words at most), not a long report
 * pasted into it. Search finds a record by its title, summary, organisations, places, dates and
 * facts in full; a narrative longer than this is found by its opening words.
 */
export const NARRATIVE_WORDS = 300;

/** The first `count` words of a text (words as whitespace separates them). */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(" ") : words.slice(0, count).join(" ");
}

export function htmlToText(html: string): string {
  return html
    .replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? match;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** A word readers search for that the site does not use, and the beginnings of the words the site uses for it. */
export interface Synonym {
  term: string;
  prefixes: string[];
}

/**
 * Reads a language's synonyms string (`search.synonyms` in src/i18n): entries separated by `;`,
 * each `term: prefix, prefix` (`reinserimento: reintegr`). Throws on an entry without a prefix.
 */
export function parseSynonyms(spec: string): Synonym[] {
  return spec
    .split(";")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [term = "", prefixes = ""] = entry.split(":");
      const parsed = { term: term.trim(), prefixes: keywordWords(prefixes) };
      if (!parsed.term || parsed.prefixes.length === 0) throw new Error(`search.synonyms: "${entry}" is not "term: prefix, prefix"`);
      return parsed;
    });
}

/** The synonyms a document is also found by: those for which one of its words begins with one of the site's words. */
export function relatedTerms(text: string, synonyms: readonly Synonym[]): string[] {
  // Searched in the folded text rather than its list of words: the same answer as comparing each word (words are runs of letters and digits), without splitting a long text.
  const folded = foldText(text);
  const has = (prefix: string) => wordPattern(prefix, false).test(folded);
  const hasTerm = (term: string) => {
    const words = keywordWords(term);
    return words.length === 1 && wordPattern(words[0]!, true).test(folded);
  };
  return synonyms.filter((s) => !hasTerm(s.term) && s.prefixes.some(has)).map((s) => s.term);
}

/** A word (`whole`) or the start of a word of a folded text, as a pattern; made once per word. */
const wordPatterns = new Map<string, RegExp>();
function wordPattern(word: string, whole: boolean): RegExp {
  const key = `${whole ? "=" : "^"}${word}`;
  let pattern = wordPatterns.get(key);
  if (!pattern) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${whole ? "(?![\\p{L}\\p{N}])" : ""}`, "u");
    wordPatterns.set(key, pattern);
  }
  return pattern;
}

/** The texts of the search script, in the page's language: plain texts, and messages compiled for `formatMessage`. */
export interface SearchStrings {
  searching: string;
  none: CompiledMessage;
  error: string;
  found: CompiledMessage;
  narrowed: CompiledMessage;
  shown: CompiledMessage;
  more: CompiledMessage;
  fundNotReported: string;
  datesNotReported: string;
}
