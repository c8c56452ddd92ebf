/** Projects grouped for the ways in: by member state and by fund. */
import { rollups } from "d3-array";
import type { Project } from "../lib/derive.ts";
import { formatCountry } from "../lib/format.ts";

export interface Group {
  key: string;
  label: string;
  projects: Project[];
}

/** Member states with their projects, by name. */
export function groupByMemberState(projects: readonly Project[]): Group[] {
  return rollups(projects, (list) => list, (p) => p.memberState)
    .map(([key, list]) => ({ key, label: formatCountry(key), projects: list }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
}
