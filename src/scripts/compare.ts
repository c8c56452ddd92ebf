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
import { keywordText, matchesKeywords } from "../lib/search.ts";
import { readListIndex, type ListIndex, type ListIndexRow } from "../lib/list-query.ts";
import { pageFormatter } from "./page-locale.ts";

/** How many matches the picker lists at most: the reader narrows with more words. */
const LISTED = 20;

interface PickerData {
  index: string;
  total: number;
  startNotReported: string;
  endNotReported: string;
}

/**
 * The picker: a search-as-you-type over the project list's index (/projects/list.json, fetched
 * when the reader first types, or when the address names projects), every word beginning a word
 * of the project's title, acronym, member state or organisations. The ticked projects stay in
 * the list, in the order ticked, above the matches; in the bar that stays at the bottom of the
 * screen, how many are ticked; no more than the comparison takes can be ticked. Without
 * JavaScript the form takes the ids in a text field instead, sent the same way (`?ids=`).
 */
function initPicker(ids: readonly string[]): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("#compare-form");
  const find = document.querySelector<HTMLInputElement>("#compare-find");
  const findCount = document.querySelector<HTMLElement>("#compare-find-count");
  const picked = document.querySelector<HTMLElement>("#compare-picked");
  const list = document.querySelector<HTMLUListElement>("#compare-pick");
  const template = document.querySelector<HTMLTemplateElement>("#compare-pick-item");
  const field = document.querySelector<HTMLInputElement>("#compare-ids");
  if (!form || !find || !findCount || !picked || !list || !template) return Promise.resolve();
  // The boxes send the ids; the text field (for a browser without scripts) does not.
  if (field) field.disabled = true;
  const f = pageFormatter();
  const data = JSON.parse(list.dataset.picker ?? "{}") as PickerData;
  const say = (json: string | undefined, values: Record<string, string | number>) => formatMessage(JSON.parse(json ?? "") as CompiledMessage, values, f);
  let index: Promise<Map<string, ListIndexRow>> | undefined;
  const loadIndex = () =>
    (index ??= fetch(data.index).then(async (response) => {
      if (!response.ok) throw new Error(`${data.index}: ${response.status}`);
      return new Map(readListIndex((await response.json()) as ListIndex).map((row) => [row.id, row]));
    }));
  /** The ids ticked, in the order ticked. */
  const chosen: string[] = [];
  const items = new Map<string, HTMLLIElement>();
  /** A project's item, made once from the template: its box, its name, member state, page link, dates and total. */
  const itemOf = (row: ListIndexRow): HTMLLIElement => {
    const known = items.get(row.id);
    if (known) return known;
    const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const c = row.cells;
    li.querySelector("input")!.value = row.id;
    const name = li.querySelector("label > span:not([data-slot])")!;
    name.textContent = c.title ?? row.id;
    if (c.titleLang) name.setAttribute("lang", c.titleLang);
    li.querySelector("[data-slot=country]")!.textContent = c.country ?? "";
    const link = li.querySelector("a")!;
    link.href = c.href ?? "";
    link.setAttribute("aria-label", say(template.dataset.open, { title: c.title ?? row.id }));
    // Dates as the project page writes them, then the total cost.
    const dates = c.start || c.end ? `${c.start || data.startNotReported} – ${c.end || data.endNotReported}` : "";
    const facts = [dates, c.total].filter(Boolean).join(" · ");
    const factsLine = li.querySelector(".pick-facts")!;
    if (facts) factsLine.textContent = facts;
    else factsLine.remove();
    items.set(row.id, li);
    return li;
  };
  const count = () => {
    const ticked = chosen.map((id) => items.get(id)?.querySelector("label > span:not([data-slot])")?.textContent?.trim() ?? id);
    const text = `${say(picked.dataset.message, { count: ticked.length, max: MAX })} ${ticked.join("; ")}`.trim();
    // The page is built with the line for none ticked: it is written again only when it changes.
    if (picked.textContent?.trim() !== text) picked.textContent = text;
    for (const b of list.querySelectorAll<HTMLInputElement>("input[name=ids]")) {
      const full = !b.checked && chosen.length >= MAX;
      if (b.disabled !== full) b.disabled = full;
    }
  };
  /** The ticked projects, then the first matches of the words typed. */
  let searching = 0;
  const draw = async () => {
    const run = ++searching;
    const query = find.value.trim();
    if (!query && chosen.length === 0) {
      list.replaceChildren();
      findCount.textContent = "";
      return count();
    }
    const rows = await loadIndex();
    if (run !== searching) return;
    const matches = query
      ? [...rows.values()].filter(
          (row) => !chosen.includes(row.id) && matchesKeywords(query, `${row.values.keywords ?? ""} ${keywordText([row.cells.country])}`),
        )
      : [];
    const shown = matches.slice(0, LISTED);
    list.replaceChildren(...[...chosen.map((id) => rows.get(id)).filter((row) => row !== undefined), ...shown].map(itemOf));
    for (const box of list.querySelectorAll<HTMLInputElement>("input[name=ids]")) box.checked = chosen.includes(box.value);
    findCount.textContent = !query
      ? ""
      : matches.length > shown.length
        ? say(findCount.dataset.more, { count: matches.length, shown: shown.length })
        : say(findCount.dataset.message, { count: matches.length, total: data.total });
    count();
  };
  find.addEventListener("input", () => void draw());
  // Enter in the filter filters; it does not send the form.
  find.addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault();
  });
  list.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    if (box.checked && !chosen.includes(box.value)) chosen.push(box.value);
    if (!box.checked && chosen.includes(box.value)) chosen.splice(chosen.indexOf(box.value), 1);
    count();
  });
  // The projects the address compares are ticked, so that one more can be added.
  chosen.push(...ids.slice(0, MAX));
  return draw();
}
import "./language-links.ts";

async function run(): Promise<void> {
  const ids = idsFrom(location.search);
  const picker = initPicker(ids);
  const box = document.querySelector<HTMLElement>("#compare-result");
  const table = document.querySelector<HTMLTableElement>("#compare-table");
  const warningsList = document.querySelector<HTMLUListElement>("#compare-warnings");
  if (!box || !table || !warningsList) return;
  const { strings, locale } = JSON.parse(box.dataset.script ?? "{}") as CompareScriptData;
  document.querySelector("#compare-no-js")?.setAttribute("hidden", "");
  if (ids.length === 0) return picker;

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
  await picker;
}

void run().finally(() => markReady(true));
