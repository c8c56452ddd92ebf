/** What /projects/ renders: every project as a table row, and the options of its filters. */
import { STATUSES } from "../../lib/derive.ts";
import { fundPeriodKey, fundShortName } from "../../lib/present/names.ts";
import { getElementsOverview } from "../elements.ts";
import { groupByMemberState } from "../groupings.ts";
import { getProjects } from "../projects.ts";
import { funds } from "../reference.ts";
import { projectRows, type ProjectRow } from "./project-rows.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface Option {
  value: string;
  label: string;
}

export interface ProjectListView {
  count: { value: number; text: string };
  rows: ProjectRow[];
  options: {
    memberStates: Option[];
    funds: Option[];
    periods: Option[];
    statuses: Option[];
    managingEntities: Option[];
    elements: Option[];
  };
}

export async function getProjectListView(lang: string): Promise<ProjectListView> {
  const l = useLocalization(lang);
  const items = await getProjects();
  const projects = items.map((item) => item.project);
  const usedFunds = funds.filter((f) => projects.some((p) => p.fund === f.id));
  const periods = [...new Set(usedFunds.map(fundPeriodKey).filter(Boolean))].sort();
  const entities = [...new Set(projects.map((p) => p.managingEntity))].sort(l.format.compareText);
  const elementUses = (await getElementsOverview()).supported;
  return {
    count: { value: projects.length, text: l.count(projects.length) },
    rows: projectRows(items, lang),
    options: {
      memberStates: groupByMemberState(projects, lang).map((g) => ({ value: g.key, label: g.label })),
      funds: usedFunds.map((f) => ({ value: f.id, label: fundShortName(f, lang) })),
      periods: periods.map((p) => ({ value: p, label: p.replace("-", "–") })),
      statuses: STATUSES.filter((s) => projects.some((p) => p.status === s)).map((s) => ({ value: s, label: l.t(`status.${s}`) })),
      managingEntities: entities.map((e) => ({ value: e, label: e })),
      elements: elementUses.map((u) => ({ value: u.element.id, label: `${l.text(u.element.label)} (${l.count(u.projects.length)})` })),
    },
  };
}
