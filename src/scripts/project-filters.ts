/**
 * Filters, a keyword filter and sorting for the project list (/projects/ and its pages), across
 * every record. The state lives in the URL query (`?q=kosovo&member_state=AT&sort=total`), so a
 * link reproduces the view. A page without a filter or an order shows its own rows and fetches
 * nothing; with one (from the address or the form), the script fetches the list's index
 * (/projects/list.json) once, and draws the matching rows of all records into the table, a
 * hundred at a time ("show more"), from the `<template>` of a row that ProjectTable writes with
 * the same code as its rows. The count and the totals describe every match; the pages of the
 * unfiltered list are hidden meanwhile. The view downloads as CSV, cut from the published
 * projects.csv. Ticked projects gather in a bar that stays at the bottom of the screen, with the
 * link to compare them.
 */
// First: the shared chunk of these scripts is named after its last module, the search rules (tests/build/budgets.test.ts).
import { markReady } from "./page-ready.ts";
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { MAX_COMPARED, MIN_COMPARED } from "../lib/compare.ts";
import { formatMessage, type CompiledMessage } from "../lib/i18n.ts";
import { listTotals, type TotalsRow, type TotalsStrings } from "../lib/present/list-totals.ts";
import { LIST_FILTERS, matchesListFilters, readListIndex, sortListRows, type ListIndex, type ListIndexRow, type ListValues } from "../lib/list-query.ts";
import { pageFormatter } from "./page-locale.ts";
import "./language-links.ts";

/** A sentence of the page's language, from the compiled message the page wrote into an element's `data-<name>`. */
const message = (element: HTMLElement, name: string, values: Record<string, string | number>) =>
  formatMessage(JSON.parse(element.dataset[name] ?? "") as CompiledMessage, values, pageFormatter());
/** Writes `text` into `element` unless it already holds it (writing the same text would still lay the page out again). */
const setText = (element: Element, text: string) => {
  if (element.textContent !== text) element.textContent = text;
};
const numberOf = (value: string | undefined) => (value ? Number(value) : undefined);

/** What a row adds to the totals, from the data the view wrote for it. */
const totalsRow = (row: ListValues): TotalsRow => ({
  currency: row.budgetCurrency || undefined,
  totalCents: numberOf(row.total),
  euCents: numberOf(row.euAmount),
  euCalculated: row.euBasis === "calculated",
  returned: numberOf(row.returned),
});

/** How many rows are drawn at a time. */
const BATCH = 100;
/** The figures of a row, by their `data-figure` name and index column; the two that may be calculated say so after the figure. */
const FIGURES: [string, string, string?][] = [
  ["start", "start"],
  ["end", "end"],
  ["total", "total"],
  ["euRate", "euRate", "euRateCalculated"],
  ["euAmount", "euAmount", "euAmountCalculated"],
  ["result.returned", "returned"],
];

/**
 * A row of the table from a row of the index: a copy of the template row (ProjectTableRow),
 * filled. Each cell holds both its figure and its "not reported" form; the one that does not
 * apply is removed, as is the "calculated" mark of a figure that is stated.
 */
function drawRow(template: HTMLTemplateElement, row: ListIndexRow, pick: CompiledMessage): HTMLTableRowElement {
  const f = pageFormatter();
  const tr = (template.content.firstElementChild as HTMLTableRowElement).cloneNode(true) as HTMLTableRowElement;
  const c = row.cells;
  tr.setAttribute("data-record", row.id);
  for (const [name, value] of row.attributes) tr.setAttribute(name, value);
  const box = tr.querySelector("input.pick");
  box?.setAttribute("value", row.id);
  box?.setAttribute("aria-label", formatMessage(pick, { title: c.title ?? "" }, f));
  const link = tr.querySelector("th a")!;
  link.setAttribute("href", c.href ?? "");
  if (c.titleLang) link.setAttribute("lang", c.titleLang);
  link.textContent = c.title ?? "";
  tr.cells[1]!.textContent = c.country ?? "";
  if (c.fund) tr.cells[2]!.textContent = c.fund;
  for (const [name, column, calculated] of FIGURES) {
    const span = tr.querySelector<HTMLElement>(`[data-figure="${name}"]`)!;
    const value = c[column];
    // The " calculated" text after the figure.
    if (calculated && !(value && c[calculated])) span.nextSibling?.remove();
    if (value) {
      span.textContent = value;
      span.parentElement!.querySelector(".not-reported")?.remove();
    } else span.remove();
  }
  return tr;
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>("#filters");
  const fold = document.querySelector<HTMLDetailsElement>("#filters-fold");
  const tbody = document.querySelector<HTMLTableSectionElement>(".project-table tbody");
  const template = document.querySelector<HTMLTemplateElement>("template#project-row");
  const status = document.querySelector<HTMLElement>("#filter-count");
  const totalsList = document.querySelector<HTMLElement>("#list-totals");
  const scope = document.querySelector<HTMLElement>("#totals-scope");
  const more = document.querySelector<HTMLButtonElement>("#show-more");
  if (!form || !fold || !tbody || !template || !status || !totalsList || !scope || !more) return;
  const root = document.documentElement;
  const f = pageFormatter();
  const pick = JSON.parse(template.dataset.pick ?? "") as CompiledMessage;
  // This page's own rows, and what the page says of them and of all projects, for when no filter is left.
  const pageRows = [...tbody.querySelectorAll<HTMLTableRowElement>("tr[data-id]")];
  const caption = tbody.closest("table")?.querySelector("caption");
  const allCaption = caption?.textContent ?? "";
  const allTotals = new Map([...totalsList.querySelectorAll<HTMLElement>("[data-total]")].map((e) => [e, e.textContent ?? ""]));
  const summary = fold.querySelector("summary")!;
  const totalsStrings = JSON.parse(totalsList.dataset.strings ?? "{}") as TotalsStrings;
  // The page is drawn with the fold, the count line and no "needs JavaScript" note from the first
  // paint (site.css, `scripting`); this is for a browser that cannot tell.
  document.querySelector<HTMLElement>("#filters-no-js")?.setAttribute("hidden", "");
  // Folded on a small screen, where the filters would fill it; open on a wide one, as the
  // stylesheet already shows it there until the fold is ready.
  fold.open = window.matchMedia("(min-width: 48rem)").matches;
  fold.dataset.ready = "";

  // The index, fetched once, when a filter or an order is first asked for.
  let index: Promise<ListIndexRow[]> | undefined;
  const loadIndex = () =>
    (index ??= fetch(more.dataset.index ?? "").then(async (response) => {
      if (!response.ok) throw new Error(`${more.dataset.index}: ${response.status}`);
      return readListIndex((await response.json()) as ListIndex);
    }));
  /** The rows matching the address's filters, in its order; drawn `BATCH` at a time. */
  let matched: ListIndexRow[] = [];
  let drawn = 0;
  const drawMore = () => {
    const next = matched.slice(drawn, drawn + BATCH);
    tbody.append(...next.map((row) => drawRow(template, row, pick)));
    drawn += next.length;
    const left = matched.length - drawn;
    more.hidden = left === 0;
    if (left > 0) setText(more, message(more, "message", { count: Math.min(BATCH, left) }));
    syncPicks();
  };
  more.addEventListener("click", () => {
    // The first row drawn takes the focus, so that the reader goes on from where the list grew.
    const first = drawn;
    drawMore();
    tbody.querySelectorAll<HTMLTableRowElement>("tr[data-id]")[first]?.querySelector("a")?.focus();
  });

  const read = (params: URLSearchParams) => {
    for (const name of [...LIST_FILTERS, "sort"]) {
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

  const writeTotals = (rows: ListValues[]) => {
    const totals = listTotals(rows.map(totalsRow), f, totalsStrings);
    for (const element of totalsList.querySelectorAll<HTMLElement>("[data-total]")) {
      setText(element, totals[element.dataset.total as keyof typeof totals] ?? "");
    }
  };

  let drawing = 0;
  const apply = async (params: URLSearchParams) => {
    const run = ++drawing;
    const chosen = params.size;
    setText(summary, chosen ? message(summary, "message", { count: chosen }) : (summary.dataset.none ?? ""));
    showChartFilter(params.get("chart"));
    if (!chosen) {
      // No filter and no order: this page's own rows, its pages, and the totals of all projects.
      delete root.dataset.filtering;
      matched = [];
      drawn = 0;
      more.hidden = true;
      if (pageRows.some((row, i) => tbody.rows[i] !== row) || tbody.rows.length !== pageRows.length) tbody.replaceChildren(...pageRows);
      if (caption) setText(caption, allCaption);
      setText(status, message(status, "message", { shown: pageRows.length, total: Number(status.dataset.total) }));
      for (const [element, text] of allTotals) setText(element, text);
      setText(scope, scope.dataset.all ?? "");
      syncPicks();
      return;
    }
    root.dataset.filtering = "";
    const rows = await loadIndex();
    // A later choice was made while the index came: that one is drawn.
    if (run !== drawing) return;
    matched = sortListRows(
      rows.filter((row) => matchesListFilters(row.values, params)),
      params.get("sort"),
      (row) => row.values,
    );
    drawn = 0;
    tbody.replaceChildren();
    drawMore();
    if (caption) setText(caption, form.dataset.caption ?? allCaption);
    setText(status, message(status, "message", { shown: matched.length, total: Number(status.dataset.total) }));
    writeTotals(matched.map((row) => row.values));
    setText(scope, message(scope, "message", { count: matched.length }));
  };
  /** Draws what `params` asks, and says when it is done (page-ready.ts). */
  const show = (params: URLSearchParams) => {
    markReady(false);
    return apply(params).finally(() => markReady(true));
  };

  const address = (params: URLSearchParams) => (params.size ? `?${params}` : location.pathname);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = state();
    history.pushState(null, "", address(params));
    void show(params);
  });
  form.addEventListener("change", (event) => {
    // The keyword field filters as it is typed (below); leaving it only records the step in the history.
    if ((event.target as HTMLElement).matches("input[name=q]")) return history.pushState(null, "", address(state()));
    form.requestSubmit();
  });
  form.querySelector("input[name=q]")?.addEventListener("input", () => {
    const params = state();
    history.replaceState(null, "", address(params));
    void show(params);
  });
  window.addEventListener("popstate", () => {
    read(new URLSearchParams(location.search));
    void show(state());
  });

  document.querySelector("#download-view")?.addEventListener("click", async () => {
    // Every row of the view, in its order (all projects when nothing is chosen), cut from the published file (same columns, same guard).
    const ids = (matched.length || state().size ? matched : await loadIndex()).map((row) => row.id);
    const [header, ...records] = csvParseRows(await (await fetch("/data/projects.csv")).text());
    const byId = new Map(records.map((r) => [r[0], r]));
    const lines = [header!, ...ids.map((id) => byId.get(id)).filter((row) => row !== undefined)];
    const csv = `${lines.map((line) => csvFormatRows([line])).join("\r\n")}\r\n`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = `projects${location.search ? `-${new URLSearchParams(location.search).toString().replace(/[^a-z0-9]+/gi, "-")}` : ""}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  });

  const syncPicks = initCompareBar(tbody);

  // Start from the URL, keeping only what the form offers; the URL is corrected to match.
  read(new URLSearchParams(location.search));
  const initial = state();
  if (initial.toString() !== location.search.slice(1)) history.replaceState(null, "", address(initial));
  void show(initial);
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
function initCompareBar(tbody: HTMLTableSectionElement): () => void {
  const bar = document.querySelector<HTMLElement>("#compare-bar");
  const link = document.querySelector<HTMLAnchorElement>("#compare-selected");
  const countLine = document.querySelector<HTMLElement>("#compare-count");
  const names = document.querySelector<HTMLElement>("#compare-names");
  const clear = document.querySelector<HTMLButtonElement>("#compare-clear");
  if (!bar || !link || !countLine || !names || !clear) return () => {};
  // The ticked projects and their titles, kept while a filter draws other rows.
  const picked = new Map<string, string>();
  const base = link.getAttribute("href") ?? "/compare/";
  const titleOf = (box: HTMLInputElement) => box.closest("tr")?.querySelector("th a")?.textContent?.trim() ?? box.value;
  /** The boxes of the rows drawn, ticked as picked; none can be ticked beyond the most the comparison takes. */
  const sync = () => {
    for (const box of tbody.querySelectorAll<HTMLInputElement>("input.pick")) {
      const checked = picked.has(box.value);
      if (box.checked !== checked) box.checked = checked;
      const disabled = !checked && picked.size >= MAX_COMPARED;
      if (box.disabled !== disabled) box.disabled = disabled;
    }
  };
  const update = () => {
    const ids = [...picked.keys()];
    bar.hidden = ids.length === 0;
    countLine.textContent = message(countLine, "message", { count: ids.length, max: Number(countLine.dataset.max) });
    names.textContent = [...picked.values()].join("; ");
    const ready = ids.length >= MIN_COMPARED;
    link.href = ready ? `${base}?ids=${ids.join(",")}` : base;
    link.textContent = ready ? message(link, "message", { count: ids.length }) : (link.dataset.one ?? "");
    if (ready) link.removeAttribute("aria-disabled");
    else link.setAttribute("aria-disabled", "true");
    sync();
  };
  // The boxes are in the rows (ProjectTableRow, shown only where scripts run), built or drawn.
  tbody.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches("input.pick")) return;
    if (box.checked) picked.set(box.value, titleOf(box));
    else picked.delete(box.value);
    update();
  });
  // A box the browser ticked again (Back to this page) is picked again.
  for (const box of tbody.querySelectorAll<HTMLInputElement>("input.pick:checked")) picked.set(box.value, titleOf(box));
  if (picked.size > 0) update();
  link.addEventListener("click", (event) => {
    if (picked.size < MIN_COMPARED) event.preventDefault();
  });
  clear.addEventListener("click", () => {
    picked.clear();
    update();
  });
  return sync;
}

init();
