/**
 * The project list's filters and orders, on the values of its rows (the `data-*` attributes the
 * list's view writes, by their dataset names: `memberState`, `charts`...), wherever the rows come
 * from: the filter script applies them to the list's index (/projects/list.json), and the build
 * tests to the same file, so that what a link to the filtered list shows is checked without a
 * browser. The index itself: column names once, then each row as an array of values
 * (src/data/views/project-list.ts, `getProjectListIndex`).
 */
import { matchesKeywords } from "./search.ts";

/** The filters of the list, as named in its address (`?member_state=IT&q=kosovo`). */
export const LIST_FILTERS = ["q", "member_state", "fund", "period", "status", "managing_entity", "element", "has_results", "has_budget", "chart"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** The row value each filter reads. */
const DATA: Record<ListFilter, string> = {
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
/** Filters whose row value holds several ids, separated by spaces. */
const SEVERAL = new Set<ListFilter>(["element", "managing_entity", "chart"]);

/** A row's values by their dataset names; absent or "" = not reported. */
export type ListValues = Readonly<Record<string, string | undefined>>;

/** Whether a row passes every filter `params` gives (an empty value filters nothing). */
export function matchesListFilters(row: ListValues, params: URLSearchParams): boolean {
  return LIST_FILTERS.every((name) => {
    const wanted = params.get(name);
    if (!wanted) return true;
    const value = row[DATA[name]] ?? "";
    if (name === "q") return matchesKeywords(wanted, value);
    // The elements a record lists; the managing organisation and those it is a unit of; the chart values it is behind.
    if (SEVERAL.has(name)) return value.split(" ").includes(wanted);
    return name === "fund" && wanted === "none" ? value === "" : value === wanted;
  });
}

const numberKey = (value: string | undefined): [string, number] | undefined => (value ? ["", Number(value)] : undefined);
/** Sort keys, largest first; rows without the value come last. */
export const LIST_SORTS: Record<string, (row: ListValues) => [string, number] | undefined> = {
  start: (row) => numberKey(row.start),
  end: (row) => numberKey(row.end),
  // Amounts are compared only within a currency: currencies in alphabetical order.
  total: (row) => (row.total ? [row.currency ?? "", Number(row.total)] : undefined),
  eu_rate: (row) => numberKey(row.euRate),
  returned: (row) => numberKey(row.returned),
};

/** The rows in the order `sort` asks (a stable sort: ties keep the list's order, newest first); unknown or none: as given. */
export function sortListRows<T>(rows: readonly T[], sort: string | null, values: (row: T) => ListValues): T[] {
  const key = sort ? LIST_SORTS[sort] : undefined;
  if (!key) return [...rows];
  return [...rows].sort((a, b) => {
    const ka = key(values(a));
    const kb = key(values(b));
    if (!ka || !kb) return ka ? -1 : kb ? 1 : 0;
    return ka[0].localeCompare(kb[0]) || kb[1] - ka[1];
  });
}

/** The list's index as published: column names once, then one array of values per row. */
export interface ListIndex {
  columns: string[];
  rows: string[][];
}

/** A row of the index: its cells' texts (by column name) and its data attributes (by attribute name and by dataset name). */
export interface ListIndexRow {
  id: string;
  cells: Readonly<Record<string, string>>;
  /** `[attribute, value]` in the order the static row writes them. */
  attributes: [string, string][];
  values: ListValues;
}

/** `data-member-state` → `memberState`, as `HTMLElement.dataset` names it. */
const datasetName = (attribute: string) => attribute.slice("data-".length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Reads the index into rows; a file without the columns the list needs is refused by name. */
export function readListIndex(index: ListIndex): ListIndexRow[] {
  const idAt = index.columns.indexOf("data-id");
  if (idAt < 0) throw new Error(`list index: column "data-id" missing (columns: ${index.columns.join(", ")})`);
  const names = index.columns.map((c) => (c.startsWith("data-") ? datasetName(c) : undefined));
  return index.rows.map((values) => {
    const cells: Record<string, string> = {};
    const data: Record<string, string> = {};
    const attributes: [string, string][] = [];
    index.columns.forEach((column, i) => {
      const value = values[i] ?? "";
      const name = names[i];
      if (name === undefined) cells[column] = value;
      else {
        data[name] = value;
        attributes.push([column, value]);
      }
    });
    return { id: values[idAt] ?? "", cells, attributes, values: data };
  });
}
