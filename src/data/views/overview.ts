/** The ways into the register (home page, funds page): member states and funds with their numbers of projects. */
import { fundLabel } from "../../lib/present/names.ts";
import { groupByMemberState } from "../groupings.ts";
import { getProjects } from "../projects.ts";
import { funds } from "../reference.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface WayIn {
  label: string;
  href: string;
  count: number;
  countText: string;
  /** `3 projects`, in the page's language. */
  projectsText: string;
}

export interface OverviewView {
  projects: WayIn;
  /** Member states (and the EU level, where records are EU-level), by name. */
  states: WayIn[];
  /** Member states only, for "in N countries". */
  countryCount: number;
  hasEuLevel: boolean;
  funds: WayIn[];
  /** Records whose sources name no fund. */
  noFund: WayIn;
}

export async function getOverviewView(lang: string): Promise<OverviewView> {
  const l = useLocalization(lang);
  const projects = (await getProjects()).map((item) => item.project);
  const way = (label: string, path: string, count: number): WayIn => ({
    label,
    href: l.path(path),
    count,
    countText: l.count(count),
    projectsText: l.t("count.projects", { count }),
  });
  const states = groupByMemberState(projects, lang);
  return {
    projects: way(l.t("breadcrumb.projects"), "/projects/", projects.length),
    states: states.map((g) => way(g.label, `/countries/${g.key.toLowerCase()}/`, g.projects.length)),
    countryCount: states.filter((g) => g.key !== "EU").length,
    hasEuLevel: states.some((g) => g.key === "EU"),
    funds: funds.map((f) => way(fundLabel(f, lang), `/funds/${f.id}/`, projects.filter((p) => p.fund === f.id).length)),
    noFund: way(l.t("fund.notStated"), "/funds/not-stated/", projects.filter((p) => p.fund === undefined).length),
  };
}
