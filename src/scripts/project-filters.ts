/**
 * Filters, a keyword filter and sorting for /projects/, as an enhancement of the full table. The
 * state lives in the URL query (`?q=kosovo&member_state=AT&sort=total`), so a link reproduces
 * the view; the totals under the filters describe exactly the rows shown; the view downloads as
 * CSV, cut from the published projects.csv. Ticked projects gather in a bar that stays at the
 * bottom of the screen, with the link to compare them.
 */
// First: the shared chunk of these scripts is named after its last module, the search rules (tests/build/budgets.test.ts).
import { markReady } from "./page-ready.ts";
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { MAX_COMPARED, MIN_COMPARED } from "../lib/compare.ts";
import { formatMessage, type CompiledMessage } from "../lib/i18n.ts";
import { listTotals, type TotalsRow, type TotalsStrings } from "../lib/present/list-totals.ts";
import { matchesKeywords } from "../lib/search.ts";
import { pageFormatter } from "./page-locale.ts";
import "./language-links.ts";

const FILTERS = ["q", "member_state", "fund", "period", "status", "managing_entity", "element", "has_results", "has_budget", "chart"] as const;
type Filter = (typeof FILTERS)[number];
const DATA: Record<Filter, string> = {
  q: "keywords",
  member_state: "memberState",
  fund: "fund",
  period: "period",
  status: "status",
  managing_entity: "managingEntity",
  element: "elements",
  has_results: "hasResults",
  has_budget: "hasBudget",
  // The chart values a record is behind (`<chart id>/<row key>`): a chart page's value links.
  chart: "charts",
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
/** Writes `text` into `element` unless it already holds it (writing the same text would still lay the page out again). */
const setText = (element: Element, text: string) => {
  if (element.textContent !== text) element.textContent = text;
};
const numberKey = (value: string | undefined): [string, number] | undefined => (value ? ["", Number(value)] : undefined);
const numberOf = (value: string | undefined) => (value ? Number(value) : undefined);

/** What a row adds to the totals, from the data the view wrote on it. */
const totalsRow = (row: HTMLElement): TotalsRow => ({
  currency: row.dataset.budgetCurrency || undefined,
  totalCents: numberOf(row.dataset.total),
  euCents: numberOf(row.dataset.euAmount),
  euCalculated: row.dataset.euBasis === "calculated",
  returned: numberOf(row.dataset.returned),
});

function init(): void {
  const form = document.querySelector<HTMLFormElement>("#filters");
  const fold = document.querySelector<HTMLDetailsElement>("#filters-fold");
  const tbody = document.querySelector<HTMLTableSectionElement>(".project-table tbody");
  const status = document.querySelector<HTMLElement>("#filter-count");
  const totalsList = document.querySelector<HTMLElement>("#list-totals");
  if (!form || !fold || !tbody || !status || !totalsList) return;
  const f = pageFormatter();
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>("tr[data-id]")];
  const original = [...rows];
  const caption = tbody.closest("table")?.querySelector("caption");
  const allCaption = caption?.textContent ?? "";
  const summary = fold.querySelector("summary")!;
  const totalsStrings = JSON.parse(totalsList.dataset.strings ?? "{}") as TotalsStrings;
  // The page is drawn with the fold, the count line and no "needs JavaScript" note from the first
  // paint (site.css, `scripting`); this is for a browser that cannot tell.
  document.querySelector<HTMLElement>("#filters-no-js")?.setAttribute("hidden", "");
  // Folded on a small screen, where the filters would fill it; open on a wide one, as the
  // stylesheet already shows it there until the fold is ready.
  fold.open = window.matchMedia("(min-width: 48rem)").matches;
  fold.dataset.ready = "";

  const read = (params: URLSearchParams) => {
    for (const name of [...FILTERS, "sort"]) {
      const field = form.elements.namedItem(name);
      const value = params.get(name) ?? "";
      if (field instanceof HTMLSelectElement) {
        // A value the list does not offer is ignored rather than showing nothing.
        field.value = [...field.options].some((o) => o.value === value) ? value : "";
      } else if (field instanceof HTMLInputElement) {
        if (field.type === "checkbox") field.checked = value === "1";
        else field.value = value;
      }
    }
  };

  const state = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
    return params;
  };

  const writeTotals = (shown: HTMLElement[]) => {
    const totals = listTotals(shown.map(totalsRow), f, totalsStrings);
    for (const element of totalsList.querySelectorAll<HTMLElement>("[data-total]")) {
      setText(element, totals[element.dataset.total as keyof typeof totals] ?? "");
    }
  };

  const apply = (params: URLSearchParams) => {
    const shown: HTMLElement[] = [];
    for (const row of rows) {
      const visible = FILTERS.every((name) => {
        const wanted = params.get(name);
        if (!wanted) return true;
        const value = row.dataset[DATA[name]] ?? "";
        if (name === "q") return matchesKeywords(wanted, value);
        // Both hold several ids: the elements a record lists; the managing organisation and those it is a unit of.
        if (name === "element" || name === "managing_entity" || name === "chart") return value.split(" ").includes(wanted);
        return name === "fund" && wanted === "none" ? value === "" : value === wanted;
      });
      // Only what changes is written: an untouched table is not laid out again.
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shown.push(row);
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
    const current = tbody.querySelectorAll("tr[data-id]");
    if (order.some((row, index) => current[index] !== row)) tbody.append(...order);
    // The table's caption says "all projects, newest first" only while that is what it shows.
    if (caption) setText(caption, params.size ? (form.dataset.caption ?? allCaption) : allCaption);
    setText(status, message(status, "message", { shown: shown.length, total: Number(status.dataset.total) }));
    writeTotals(shown);
    showChartFilter(params.get("chart"));
    const chosen = params.size;
    setText(summary, chosen ? message(summary, "message", { count: chosen }) : (summary.dataset.none ?? ""));
  };

  const address = (params: URLSearchParams) => (params.size ? `?${params}` : location.pathname);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = state();
    history.pushState(null, "", address(params));
    apply(params);
  });
  form.addEventListener("change", (event) => {
    // The keyword field filters as it is typed (below); leaving it only records the step in the history.
    if ((event.target as HTMLElement).matches("input[name=q]")) return history.pushState(null, "", address(state()));
    form.requestSubmit();
  });
  form.querySelector("input[name=q]")?.addEventListener("input", () => {
    const params = state();
    history.replaceState(null, "", address(params));
    apply(params);
  });
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

  initCompareBar(tbody);

  // Start from the URL, keeping only what the form offers; the URL is corrected to match.
  read(new URLSearchParams(location.search));
  const initial = state();
  if (initial.toString() !== location.search.slice(1)) history.replaceState(null, "", address(initial));
  apply(initial);
  markReady(true);
}

/** The note that names the chart whose value the list shows (from a chart page's link), with a link back to the chart. */
function showChartFilter(token: string | null): void {
  const note = document.querySelector<HTMLElement>("#chart-filter");
  if (!note) return;
  const id = token?.split("/")[0] ?? "";
  const charts = JSON.parse(note.dataset.charts ?? "{}") as Record<string, { title: string; href: string }>;
  const chart = token ? charts[id] : undefined;
  note.hidden = !chart;
  if (!chart) return;
  const link = note.querySelector("a")!;
  link.href = chart.href;
  link.textContent = chart.title;
}

/**
 * "Add to comparison": a checkbox per row. The ticked projects, their count and the link that
 * compares them are in a bar that stays at the bottom of the screen while the table is in view;
 * at most as many as the comparison takes.
 */
function initCompareBar(tbody: HTMLTableSectionElement): void {
  const bar = document.querySelector<HTMLElement>("#compare-bar");
  const link = document.querySelector<HTMLAnchorElement>("#compare-selected");
  const countLine = document.querySelector<HTMLElement>("#compare-count");
  const names = document.querySelector<HTMLElement>("#compare-names");
  const clear = document.querySelector<HTMLButtonElement>("#compare-clear");
  if (!bar || !link || !countLine || !names || !clear) return;
  const picked: string[] = [];
  const base = link.getAttribute("href") ?? "/compare/";
  const titleOf = (id: string) => tbody.querySelector(`tr[data-id="${id}"] th a`)?.textContent?.trim() ?? id;
  const update = () => {
    bar.hidden = picked.length === 0;
    countLine.textContent = message(countLine, "message", { count: picked.length, max: Number(countLine.dataset.max) });
    names.textContent = picked.map(titleOf).join("; ");
    const ready = picked.length >= MIN_COMPARED;
    link.href = ready ? `${base}?ids=${picked.join(",")}` : base;
    link.textContent = ready ? message(link, "message", { count: picked.length }) : (link.dataset.one ?? "");
    if (ready) link.removeAttribute("aria-disabled");
    else link.setAttribute("aria-disabled", "true");
    for (const box of tbody.querySelectorAll<HTMLInputElement>("input.pick")) {
      box.checked = picked.includes(box.value);
      box.disabled = !box.checked && picked.length >= MAX_COMPARED;
    }
  };
  // The boxes are in the table as built (ProjectTable, shown only where scripts run).
  tbody.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches("input.pick")) return;
    if (box.checked) picked.push(box.value);
    else picked.splice(picked.indexOf(box.value), 1);
    update();
  });
  // A box the browser ticked again (Back to this page) is picked again.
  for (const box of tbody.querySelectorAll<HTMLInputElement>("input.pick:checked")) picked.push(box.value);
  if (picked.length > 0) update();
  link.addEventListener("click", (event) => {
    if (picked.length < MIN_COMPARED) event.preventDefault();
  });
  clear.addEventListener("click", () => {
    picked.splice(0);
    update();
  });
}

init();
