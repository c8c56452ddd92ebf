/** Projects grouped for the ways in: by member state and by fund. */
import { rollups } from "d3-array";
import type { Project } from "../lib/derive.ts";
import { formatCountry } from "../lib/format.ts";
import { getLocale } from "../i18n/index.ts";

export interface Group {
  key: string;
  label: string;
  projects: Project[];
}

/** Member states with their projects, sorted by name in the reader's language. */
export function groupByMemberState(projects: readonly Project[], lang = "en"): Group[] {
  const intl = getLocale(lang).intl;
  return rollups(projects, (list) => list, (p) => p.memberState)
    .map(([key, list]) => ({ key, label: formatCountry(key, intl), projects: list }))
    .sort((a, b) => a.label.localeCompare(b.label, intl));
}
