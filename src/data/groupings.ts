/** Projects grouped for the ways in: by member state and by fund. */
import { rollups } from "d3-array";
import type { Project } from "../lib/derive.ts";
import { useLocalization } from "../i18n/index.ts";

export interface Group {
  key: string;
  label: string;
  projects: Project[];
}

/** Member states with their projects, sorted by name in the reader's language. */
export function groupByMemberState(projects: readonly Project[], lang = "en"): Group[] {
  const f = useLocalization(lang).format;
  return rollups(projects, (list) => list, (p) => p.memberState)
    .map(([key, list]) => ({ key, label: f.country(key), projects: list }))
    .sort((a, b) => f.compareText(a.label, b.label));
}
