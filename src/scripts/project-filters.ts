/**
 * Filters and sorting for /projects/, as an enhancement of the full table. The state lives
 * in the URL query (`?member_state=MT&fund=return-fund&sort=total`), so a link reproduces the
 * view; the view downloads as CSV, cut from the published projects.csv.
 */
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { MAX_COMPARED } from "../lib/compare.ts";
import { formatMessage, type CompiledMessage } from "../lib/i18n.ts";
import { pageFormatter } from "./page-locale.ts";
import "./language-links.ts";

const FILTERS = ["member_state", "fund", "period", "status", "managing_entity", "element", "has_results", "has_budget"] as const;
type Filter = (typeof FILTERS)[number];
const DATA: Record<Filter, string> = {
  member_state: "memberState",
  fund: "fund",
  period: "period",
  status: "status",
  managing_entity: "managingEntity",
  element: "elements",
  has_results: "hasResults",
  has_budget: "hasBudget",
};

/** Sort keys: the row's data attribute, largest first; rows without it come last. */
const SORTS: Record<string, (row: HTMLElement) => [string, number] | undefined> = {
  start: (row) => numberKey(row.dataset.start),
  end: (row) => numberKey(row.dataset.end),
  // Amounts are compared only within a currency: currencies in alphabetical order.
  total: (row) => (row.dataset.total ? [row.dataset.currency ?? "", Number(row.dataset.total)] : undefined),
  eu_rate: (row) => numberKey(row.dataset.euRate),
  returned: (row) => numberKey(row.dataset.returned),
};
/** A sentence of the page's language, from the compiled message the page wrote into an element's `data-<name>`. */
const message = (element: HTMLElement, name: string, values: Record<string, string | number>) =>
  formatMessage(JSON.parse(element.dataset[name] ?? "") as CompiledMessage, values, pageFormatter());
const numberKey = (value: string | undefined): [string, number] | undefined => (value ? ["", Number(value)] : undefined);

function init(): void {
  const form = document.querySelector<HTMLFormElement>("#filters");
  const tbody = document.querySelector<HTMLTableSectionElement>("tbody");
  const status = document.querySelector<HTMLElement>("#filter-count");
  if (!form || !tbody || !status) return;
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>("tr[data-id]")];
  const original = [...rows];
  const caption = tbody.closest("table")?.querySelector("caption");
  const allCaption = caption?.textContent ?? "";
  form.hidden = false;
  status.hidden = false;

  const read = (params: URLSearchParams) => {
    for (const name of [...FILTERS, "sort"]) {
      const field = form.elements.namedItem(name);
      const value = params.get(name) ?? "";
      if (field instanceof HTMLSelectElement) {
        // A value the list does not offer is ignored rather than showing nothing.
        field.value = [...field.options].some((o) => o.value === value) ? value : "";
      } else if (field instanceof HTMLInputElement) {
        field.checked = value === "1";
      }
    }
  };

  const state = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") params.set(name, value);
    return params;
  };

  const apply = (params: URLSearchParams) => {
    let shown = 0;
    for (const row of rows) {
      const visible = FILTERS.every((name) => {
        const wanted = params.get(name);
        if (!wanted) return true;
        const value = row.dataset[DATA[name]] ?? "";
        // Both hold several ids: the elements a record lists; the managing organisation and those it is a unit of.
        if (name === "element" || name === "managing_entity") return value.split(" ").includes(wanted);
        return name === "fund" && wanted === "none" ? value === "" : value === wanted;
      });
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const sort = SORTS[params.get("sort") ?? ""];
    const order = sort
      ? [...original].sort((a, b) => {
          const ka = sort(a);
          const kb = sort(b);
          if (!ka || !kb) return ka ? -1 : kb ? 1 : 0;
          return ka[0].localeCompare(kb[0]) || kb[1] - ka[1];
        })
      : original;
    tbody.append(...order);
    // The table's caption says "all projects, newest first" only while that is what it shows.
    if (caption) caption.textContent = params.size ? (form.dataset.caption ?? allCaption) : allCaption;
    status.textContent = message(status, "message", { shown, total: Number(status.dataset.total) });
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = state();
    const query = params.toString();
    history.pushState(null, "", query ? `?${query}` : location.pathname);
    apply(params);
  });
  form.addEventListener("change", () => form.requestSubmit());
  window.addEventListener("popstate", () => {
    read(new URLSearchParams(location.search));
    apply(state());
  });

  document.querySelector("#download-view")?.addEventListener("click", async () => {
    // The rows as shown, in the order shown, cut from the published file (same columns, same guard).
    const visible = [...tbody.querySelectorAll<HTMLTableRowElement>("tr[data-id]:not([hidden])")].map((row) => row.dataset.id ?? "");
    const [header, ...records] = csvParseRows(await (await fetch("/data/projects.csv")).text());
    const byId = new Map(records.map((r) => [r[0], r]));
    const lines = [header!, ...visible.map((id) => byId.get(id)).filter((row) => row !== undefined)];
    const csv = `${lines.map((line) => csvFormatRows([line])).join("\r\n")}\r\n`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = `projects${location.search ? `-${new URLSearchParams(location.search).toString().replace(/[^a-z0-9]+/gi, "-")}` : ""}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  });

  // "Add to comparison": a checkbox per row; the link below the filters builds /compare/?ids=,
  // with at most as many projects as the comparison takes.
  const compareLink = document.querySelector<HTMLAnchorElement>("#compare-selected");
  if (compareLink) {
    const picked: string[] = [];
    const base = compareLink.getAttribute("href") ?? "/compare/";
    const none = compareLink.textContent ?? "";
    const update = () => {
      compareLink.href = picked.length ? `${base}?ids=${picked.join(",")}` : base;
      compareLink.textContent = picked.length ? message(compareLink, "message", { count: picked.length }) : none;
      for (const box of tbody.querySelectorAll<HTMLInputElement>("input.pick")) box.disabled = !box.checked && picked.length >= MAX_COMPARED;
    };
    for (const row of rows) {
      const heading = row.querySelector("th");
      const id = row.dataset.id;
      if (!heading || !id) continue;
      const box = document.createElement("input");
      box.type = "checkbox";
      box.className = "pick";
      box.value = id;
      box.setAttribute("aria-label", message(compareLink, "pick", { title: heading.textContent?.trim() ?? id }));
      box.addEventListener("change", () => {
        if (box.checked) picked.push(id);
        else picked.splice(picked.indexOf(id), 1);
        update();
      });
      const wrap = document.createElement("span");
      wrap.dataset.jsOnly = "";
      wrap.append(box, " ");
      heading.prepend(wrap);
    }
  }

  // Start from the URL, keeping only what the form offers; the URL is corrected to match.
  read(new URLSearchParams(location.search));
  const initial = state();
  if (initial.toString() !== location.search.slice(1)) history.replaceState(null, "", initial.size ? `?${initial}` : location.pathname);
  apply(initial);
}

init();
