/**
 * /compare/?ids=a,b,c: fetches each project's published JSON and draws the comparison that
 * `src/lib/present/comparison.ts` builds from it, with the figures written as on the project
 * pages. `ids` may be comma-separated or repeated (as the picker form sends it).
 */
// First: the shared chunk of these scripts is named after its last module, the search rules (tests/build/budgets.test.ts).
import { markReady } from "./page-ready.ts";
import { idsFrom, MAX_COMPARED as MAX, MIN_COMPARED as MIN } from "../lib/compare.ts";
import { formatCsv } from "../lib/export/csv.ts";
import { buildComparison, comparisonCsvRows, type CompareScriptData } from "../lib/present/comparison.ts";
import { createFormatter } from "../lib/present/formatter.ts";
import type { PublishedProject } from "../lib/present/published-project.ts";
import { formatMessage, type CompiledMessage } from "../lib/i18n.ts";
import { matchesKeywords } from "../lib/search.ts";
import { pageFormatter } from "./page-locale.ts";

/**
 * The picker: a filter over its list (every word must begin a word of the project's title,
 * acronym, member state or organisations), and, in the bar that stays at the bottom of the
 * screen, how many are ticked; no more than the comparison takes can be ticked.
 */
function initPicker(): void {
  const form = document.querySelector<HTMLFormElement>("#compare-form");
  const find = document.querySelector<HTMLInputElement>("#compare-find");
  const findCount = document.querySelector<HTMLElement>("#compare-find-count");
  const picked = document.querySelector<HTMLElement>("#compare-picked");
  if (!form || !find || !findCount || !picked) return;
  const f = pageFormatter();
  const items = [...form.querySelectorAll<HTMLLIElement>(".compare-pick li")];
  const boxes = [...form.querySelectorAll<HTMLInputElement>("input[name=ids]")];
  const message = (element: HTMLElement, values: Record<string, string | number>) =>
    formatMessage(JSON.parse(element.dataset.message ?? "") as CompiledMessage, values, f);
  const filter = () => {
    let shown = 0;
    for (const item of items) {
      item.hidden = !matchesKeywords(find.value, item.dataset.keywords ?? "");
      if (!item.hidden) shown += 1;
    }
    findCount.textContent = find.value.trim() ? message(findCount, { count: shown, total: Number(findCount.dataset.total) }) : "";
  };
  const count = () => {
    const ticked = boxes.filter((b) => b.checked);
    const names = ticked.map((b) => b.closest("label")?.querySelector("span")?.textContent?.trim() ?? b.value);
    const text = `${message(picked, { count: ticked.length, max: MAX })} ${names.join("; ")}`.trim();
    // The page is built with the line for none ticked: it is written again only when it changes.
    if (picked.textContent?.trim() !== text) picked.textContent = text;
    for (const b of boxes) {
      const full = !b.checked && ticked.length >= MAX;
      // Only what changes is written: 150 untouched boxes are not styled again.
      if (b.disabled !== full) b.disabled = full;
    }
  };
  find.addEventListener("input", filter);
  // Enter in the filter filters; it does not send the form.
  find.addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault();
  });
  form.addEventListener("change", count);
  count();
}
import "./language-links.ts";

async function run(): Promise<void> {
  initPicker();
  const box = document.querySelector<HTMLElement>("#compare-result");
  const table = document.querySelector<HTMLTableElement>("#compare-table");
  const warningsList = document.querySelector<HTMLUListElement>("#compare-warnings");
  if (!box || !table || !warningsList) return;
  const { strings, locale } = JSON.parse(box.dataset.script ?? "{}") as CompareScriptData;
  document.querySelector("#compare-no-js")?.setAttribute("hidden", "");
  const ids = idsFrom(location.search);
  // Tick the picked projects in the form, so that one more can be added.
  for (const input of document.querySelectorAll<HTMLInputElement>("#compare-form input[name=ids]")) {
    if (input.checked !== ids.includes(input.value)) input.checked = ids.includes(input.value);
  }
  document.querySelector("#compare-form")?.dispatchEvent(new Event("change"));
  if (ids.length === 0) return;

  const loaded = await Promise.all(
    ids.slice(0, MAX).map(async (id) => {
      const response = await fetch(`/projects/${id}.json`);
      return response.ok ? ((await response.json()) as PublishedProject) : id;
    }),
  );
  const projects = loaded.filter((p): p is PublishedProject => typeof p !== "string");
  const unknown = loaded.filter((p): p is string => typeof p === "string");
  const comparison = buildComparison(projects, unknown, ids.length, { min: MIN, max: MAX }, strings, createFormatter(locale), document.documentElement.lang);

  warningsList.replaceChildren(...comparison.warnings.map((w) => Object.assign(document.createElement("li"), { textContent: w })));
  const head = table.createTHead().insertRow();
  head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: strings.heading }));
  for (const column of comparison.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.dataset.id = column.id;
    th.append(Object.assign(document.createElement("a"), { href: column.href, textContent: column.name }));
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of comparison.rows) {
    const tr = body.insertRow();
    tr.dataset.measure = row.measure;
    tr.append(Object.assign(document.createElement("th"), { scope: "row", textContent: row.label }));
    for (const cell of row.cells) {
      const td = tr.insertCell();
      td.textContent = cell.text;
      if (!cell.reported) td.className = "not-reported";
    }
  }
  box.hidden = false;

  document.querySelector("#compare-download")?.addEventListener("click", () => {
    const { header, rows } = comparisonCsvRows(comparison);
    const csv = formatCsv(header, rows);
    const name = `compare-${comparison.columns.map((c) => c.id).join("-")}`.slice(0, 196);
    const link = Object.assign(document.createElement("a"), {
      href: URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" })),
      download: `${name}.csv`,
    });
    document.body.append(link);
    link.click();
    link.remove();
  });
}

void run().finally(() => markReady(true));
