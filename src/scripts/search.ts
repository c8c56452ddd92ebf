/**
 * The search page: runs the query in `?q=` against the Pagefind index of the page's
 * language and lists the matching project pages, best first. The query stays in the URL.
 */
import { formatMessage, type CompiledMessage } from "../lib/i18n.ts";
import { rank } from "../lib/search.ts";
import { pageFormatter } from "./page-locale.ts";
import "./language-links.ts";

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; confidence?: string };
}
interface Pagefind {
  search: (query: string) => Promise<{ results: { score: number; data: () => Promise<PagefindResult> }[] }>;
}

async function run(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>(".search-form");
  const input = document.querySelector<HTMLInputElement>("#q");
  const status = document.querySelector<HTMLElement>("#search-status");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  if (!form || !input || !status || !list) return;
  document.querySelector<HTMLElement>("#search-needs-js")?.setAttribute("hidden", "");
  status.hidden = false;

  /** A sentence of the page's language, from the compiled message the page wrote into `data-<name>`. */
  const message = (name: "found" | "none", values: Record<string, string | number>) =>
    formatMessage(JSON.parse(status.dataset[name] ?? "") as CompiledMessage, values, pageFormatter());
  let pagefind: Pagefind | undefined;
  const search = async (query: string) => {
    list.replaceChildren();
    list.hidden = true;
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    status.textContent = status.dataset.searching ?? "";
    try {
      // Each language has its own Pagefind bundle: /pagefind/, /it/pagefind/.
      const url = `${form.dataset.pagefindBundle ?? "/pagefind/"}pagefind.js`;
      pagefind ??= (await import(/* @vite-ignore */ url)) as Pagefind;
      const found = await pagefind.search(query);
      const loaded = await Promise.all(found.results.slice(0, 50).map(async (r) => ({ score: r.score, data: await r.data() })));
      const results = rank(query, loaded).map((r) => r.data);
      for (const result of results) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = result.url.replace(/index\.html$/, "");
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement("p");
        // Pagefind's excerpt is escaped page text with <mark> around the matches.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        list.append(item);
      }
      list.hidden = results.length === 0;
      status.textContent = results.length ? message("found", { count: found.results.length, query }) : message("none", { query });
    } catch {
      status.textContent = status.dataset.error ?? "";
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value;
    history.pushState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    void search(query);
  });
  window.addEventListener("popstate", () => {
    input.value = new URLSearchParams(location.search).get("q") ?? "";
    void search(input.value);
  });
  input.value = new URLSearchParams(location.search).get("q") ?? "";
  await search(input.value);
}

void run();
