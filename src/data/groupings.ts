/** Projects grouped for the ways in: by member state and by fund. */
import { rollups } from "d3-array";
import type { Project } from "../lib/derive.ts";
import type { Fund } from "../lib/schema/reference-data.ts";
import { EU_CODE } from "../lib/iso-codes.ts";
import { useLocalization } from "../i18n/index.ts";

export interface Group {
  key: string;
  label: string;
  projects: Project[];
}

/**
 * Member states with their projects, sorted by name in the reader's language, then the
 * EU-level group (networks and multi-country projects, `member_state: EU`) last, under its own
 * label: it is never listed as if it were a member state.
 */
export function groupByMemberState(projects: readonly Project[], lang = "en"): Group[] {
  const l = useLocalization(lang);
  const f = l.format;
  return rollups(projects, (list) => list, (p) => p.memberState)
    .map(([key, list]) => ({ key, label: key === EU_CODE ? l.t("euLevel.group") : f.country(key), projects: list }))
    .sort((a, b) => Number(a.key === EU_CODE) - Number(b.key === EU_CODE) || f.compareText(a.label, b.label));
}

/** The fund pages' groups: every fund with its projects, and "not-stated" for projects whose sources name no fund. */
export function groupByFund(projects: readonly Project[], funds: readonly Fund[]): { id: string; fund: Fund | undefined; projects: Project[] }[] {
  return [
    ...funds.map((fund) => ({ id: fund.id, fund, projects: projects.filter((p) => p.fund === fund.id) })),
    { id: "not-stated", fund: undefined, projects: projects.filter((p) => p.fund === undefined) },
  ];
}
