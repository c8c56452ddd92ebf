/**
 * Where a chart's values lead: the project list (/projects/) filtered to exactly the records
 * behind the value, through the list's URL filters. A value whose records are one member
 * state's (projects by member state) uses the list's `member_state` filter; every other value
 * uses the `chart` filter, `chart=<chart id>/<row key>`, which keeps the rows whose
 * `data-charts` names that value. The tokens on the rows come from the same chart rows
 * (`chartMemberships`), so a link and its rows cannot disagree; the link stays short however
 * many records are behind it (a list of ids would not, at 10,000 records).
 */
import type { Chart, ChartLocalization, ChartRow } from "../charts.ts";

/** Charts whose every row is exactly one member state's records. */
const BY_MEMBER_STATE = new Set(["projects-by-member-state"]);
/** The chart whose rows a chart draws: a map of a member-state chart shares its values, and its links. */
const dataOf = (chart: Pick<Chart, "id" | "dataOf">) => chart.dataOf ?? chart.id;

/** The token of a chart value, as `chart=` takes it and `data-charts` lists it. */
export const chartToken = (chart: Pick<Chart, "id" | "dataOf">, key: string) => `${dataOf(chart)}/${key}`;
/** The token of the records a chart leaves out for one reason. */
export const leftOutToken = (chart: Pick<Chart, "id" | "dataOf">, reason: string) => `${dataOf(chart)}/left-out-${reason}`;

/** The query (without `?`) of the project list that shows exactly the records behind a row; undefined when none are. */
export function chartRowQuery(chart: Chart, row: ChartRow): string | undefined {
  if (chart.context || row.ids.length === 0) return undefined;
  if (BY_MEMBER_STATE.has(dataOf(chart))) return new URLSearchParams({ member_state: row.key.toUpperCase() }).toString();
  return new URLSearchParams({ chart: chartToken(chart, row.key) }).toString();
}

/** The query of the project list that shows the records a chart leaves out for `reason`. */
export function leftOutQuery(chart: Chart, reason: string): string {
  return new URLSearchParams({ chart: leftOutToken(chart, reason) }).toString();
}

/** For each record, the chart values it is behind (the tokens of `chart=`), for the rows of /projects/. */
export function chartMemberships(charts: readonly Chart[]): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  const add = (id: string, token: string) => {
    const list = tokens.get(id);
    if (list) list.push(token);
    else tokens.set(id, [token]);
  };
  for (const chart of charts) {
    if (chart.context || chart.dataOf || BY_MEMBER_STATE.has(chart.id)) continue;
    for (const row of chart.rows) for (const id of row.ids) add(id, chartToken(chart, row.key));
    for (const group of chart.leftOut) for (const id of group.ids) add(id, leftOutToken(chart, group.reason));
  }
  return tokens;
}

/**
 * Where each value and each left-out group of a chart leads: the project list at `list`
 * (`/projects/` in the reader's language), within `scope` when the chart is a group's
 * (`member_state=IT`: the group's records behind the value, since a group's chart is the same
 * chart drawn from the group's records).
 */
export function chartHrefs(chart: Chart, list: string, scope?: string): { rows: Map<string, string>; leftOut: Map<string, string> } {
  const at = (query: string) => `${list}?${scope ? `${scope}&` : ""}${query}`;
  const rows = new Map<string, string>();
  for (const row of chart.rows) {
    const query = chartRowQuery(chart, row);
    if (query) rows.set(row.key, at(query));
  }
  return { rows, leftOut: new Map(chart.leftOut.map((group) => [group.reason, at(leftOutQuery(chart, group.reason))])) };
}

/** One reason a chart leaves records out, as a link to exactly those records: "no start date: 12". */
export interface LeftOutLink {
  text: string;
  href: string;
  count: number;
}

/** The records a chart leaves out, a link per reason (`hrefs` from `chartHrefs`): what every chart figure and chart page lists under "Left out". */
export function leftOutLinks(chart: Chart, hrefs: { leftOut: ReadonlyMap<string, string> }, l: Pick<ChartLocalization, "t" | "count">): LeftOutLink[] {
  return chart.leftOut.map((group) => ({
    text: l.t("charts.leftOutCount", { reason: l.t(`charts.leftOut.${group.reason}`), count: l.count(group.ids.length) }),
    href: hrefs.leftOut.get(group.reason)!,
    count: group.ids.length,
  }));
}
