/**
 * The search page: runs the query in `?q=` against the Pagefind index of the page's language,
 * narrowed by `member_state` and `fund`, and lists every matching project, best match first,
 * a page at a time ("show more"). The query and the choices are the address.
 *
 * The count it states is the number of results it lists. A result is kept only when each word
 * of the query is really found in the project's text: Pagefind answers a word it does not know
 * with the longest indexed word the term begins with (`zzzxqy` finds the Polish `z`), extends
 * a known word to every word its stem begins (`partir`, stemmed to `part`, would find
 * "partner"), and also searches the meta fields, which are not the text. See `idsFound`.
 */
// First: the shared chunk of these scripts is named after its last module, the search rules (tests/build/budgets.test.ts).
import { markReady } from "./page-ready.ts";
import { formatMessage, type CompiledMessage } from "../lib/i18n.ts";
import { searchTerms, termFound, titleKey, wordsAt, type SearchStrings } from "../lib/search.ts";
import { pageFormatter } from "./page-locale.ts";
import "./language-links.ts";

interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  /** Where the words matched in the content; empty when only a meta field matched. */
  words: number[];
  data: () => Promise<Fragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
}

const FACETS = ["member_state", "fund"] as const;
type Facet = (typeof FACETS)[number];
const PAGE = 20;

/**
 * The ids of the results in which `term` is really found. A word of the index finds the words
 * that share its stem (Pagefind's exact search: `return` finds "returns", not "returnees"); a
 * term that is no word of the index finds the words it begins (`reint`), unless Pagefind only
 * fell back to a shorter word (see the file's comment). Matches in meta fields only are left out.
 */
async function idsFound(pagefind: Pagefind, term: string): Promise<Set<string>> {
  const inText = (response: PagefindResponse) => response.results.filter((r) => r.words.length > 0);
  const exact = inText(await pagefind.search(`"${term}"`));
  if (exact.length > 0) return new Set(exact.map((r) => r.id));
  const found = inText(await pagefind.search(term));
  const first = found[0];
  // Either the term begins indexed words, or Pagefind fell back to a shorter word for every result: one result tells which.
  if (!first || !termFound(term, false, wordsAt((await first.data()).content, first.words))) return new Set();
  return new Set(found.map((r) => r.id));
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>("#search-form");
  const input = document.querySelector<HTMLInputElement>("#q");
  const status = document.querySelector<HTMLElement>("#search-status");
  const hint = document.querySelector<HTMLElement>("#search-hint");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const shownLine = document.querySelector<HTMLElement>("#search-shown");
  const more = document.querySelector<HTMLButtonElement>("#search-more");
  const narrow = form?.querySelector<HTMLFieldSetElement>(".search-narrow");
  if (!form || !input || !status || !hint || !list || !shownLine || !more || !narrow) return;
  const strings = JSON.parse(status.dataset.strings ?? "{}") as SearchStrings;
  const f = pageFormatter();
  const message = (m: CompiledMessage, values: Record<string, string | number>) => formatMessage(m, values, f);
  const select = (facet: Facet) => form.elements.namedItem(facet) as HTMLSelectElement;
  // Each option's label without its count, to write "Germany (4)".
  for (const facet of FACETS) for (const option of select(facet).options) option.dataset.label = option.textContent ?? "";
  // The page is drawn without the "needs JavaScript" note and with the narrowing choices from
  // the first paint (site.css, `scripting`); this is for a browser that cannot tell.
  document.querySelector<HTMLElement>("#search-needs-js")?.setAttribute("hidden", "");

  let pagefind: Pagefind | undefined;
  let listed: PagefindResult[] = [];
  let run = 0;

  const showMore = async (focus: boolean) => {
    const next = listed.slice(list.children.length, list.children.length + PAGE);
    const items = await Promise.all(next.map(async (result) => item(await result.data())));
    list.append(...items);
    if (focus) items[0]?.querySelector("a")?.focus();
    const shown = list.children.length;
    shownLine.textContent = message(strings.shown, { shown, count: listed.length });
    shownLine.hidden = listed.length <= PAGE;
    const left = Math.min(PAGE, listed.length - shown);
    more.hidden = left <= 0;
    more.textContent = message(strings.more, { count: left });
  };

  const item = (data: Fragment): HTMLLIElement => {
    const li = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    if (data.meta.title_lang) link.lang = data.meta.title_lang;
    heading.append(link);
    li.append(heading);
    if (data.meta.rendering) li.append(Object.assign(document.createElement("p"), { className: "title-en", textContent: data.meta.rendering }));
    const facts = [data.meta.member_state, data.meta.fund || strings.fundNotReported, data.meta.dates || strings.datesNotReported];
    li.append(Object.assign(document.createElement("p"), { className: "result-facts", textContent: facts.join(" · ") }));
    const excerpt = document.createElement("p");
    // Pagefind's excerpt is escaped text with <mark> around the matches.
    excerpt.innerHTML = data.excerpt;
    li.append(excerpt);
    return li;
  };

  const search = async (query: string, chosen: Record<Facet, string>) => {
    const mine = ++run;
    markReady(false);
    try {
      await runSearch(mine, query, chosen);
    } finally {
      if (mine === run) markReady(true);
    }
  };

  const runSearch = async (mine: number, query: string, chosen: Record<Facet, string>) => {
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    shownLine.hidden = true;
    hint.hidden = true;
    listed = [];
    const terms = searchTerms(query);
    if (terms.length === 0) {
      status.textContent = "";
      return;
    }
    status.textContent = strings.searching;
    try {
      // Each language has its own Pagefind bundle: /pagefind/, /it/pagefind/.
      pagefind ??= (await import(/* @vite-ignore */ `${form.dataset.pagefindBundle ?? "/pagefind/"}pagefind.js`)) as Pagefind;
      const pf = pagefind;
      const found = await Promise.all(terms.map((term) => idsFound(pf, term)));
      const ids = async (filters: Record<string, string>) => new Set((await pf.search(query, { filters })).results.map((r) => r.id));
      // A project whose title (a rendering of it, its acronym) is exactly the query comes first; then Pagefind's order.
      const exactTitle = await ids({ title: titleKey(query) });
      const matching = (await pf.search(query)).results
        .filter((r) => found.every((set) => set.has(r.id)))
        .sort((a, b) => Number(exactTitle.has(b.id)) - Number(exactTitle.has(a.id)));
      // The results of each value of each choice, to count and to narrow exactly what is listed.
      const idsOf: Record<Facet, Map<string, Set<string>>> = { member_state: new Map(), fund: new Map() };
      for (const facet of FACETS) {
        for (const option of select(facet).options) if (option.value) idsOf[facet].set(option.value, await ids({ [facet]: option.value }));
      }
      if (mine !== run) return;
      const within = (r: PagefindResult, except?: Facet) =>
        FACETS.every((facet) => facet === except || !chosen[facet] || idsOf[facet].get(chosen[facet])?.has(r.id));
      for (const facet of FACETS) {
        for (const option of select(facet).options) {
          if (!option.value) continue;
          const n = matching.filter((r) => within(r, facet) && idsOf[facet].get(option.value)?.has(r.id)).length;
          option.textContent = `${option.dataset.label} (${f.count(n)})`;
          option.hidden = n === 0 && option.value !== chosen[facet];
        }
      }
      listed = matching.filter((r) => within(r));
      list.hidden = listed.length === 0;
      await showMore(false);
      if (mine !== run) return;
      // Said once the results are listed, so that the count is what the list holds.
      const narrowed = FACETS.some((facet) => chosen[facet]);
      status.textContent =
        matching.length === 0
          ? message(strings.none, { query })
          : narrowed
            ? message(strings.narrowed, { count: listed.length, total: matching.length, query })
            : message(strings.found, { count: listed.length, query });
      hint.hidden = matching.length > 0;
    } catch {
      if (mine === run) status.textContent = strings.error;
    }
  };

  const read = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") ?? "";
    for (const facet of FACETS) {
      const value = params.get(facet) ?? "";
      select(facet).value = [...select(facet).options].some((o) => o.value === value) ? value : "";
    }
  };
  const state = (): Record<Facet, string> => ({ member_state: select("member_state").value, fund: select("fund").value });
  const address = () => {
    const params = new URLSearchParams();
    if (input.value) params.set("q", input.value);
    for (const [facet, value] of Object.entries(state())) if (value) params.set(facet, value);
    return params.size ? `?${params}` : location.pathname;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.pushState(null, "", address());
    void search(input.value, state());
  });
  narrow.addEventListener("change", () => form.requestSubmit());
  more.addEventListener("click", () => void showMore(true));
  window.addEventListener("popstate", () => {
    read();
    void search(input.value, state());
  });
  read();
  history.replaceState(null, "", address());
  void search(input.value, state());
}

init();
