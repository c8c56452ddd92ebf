/** What /changes/ renders: the editors' changelog, and every record grouped by the day it was last checked. */
import { formatIsoPrecisionDate, toPrecisionDate } from "../../lib/dates.ts";
import type { Project } from "../../lib/derive.ts";
import { projectName } from "../../lib/present/names.ts";
import { getProjects } from "../projects.ts";
import { changelog } from "../reference.ts";
import { getTranslatedTitles } from "../titles.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface ChangesView {
  entries: { iso: string; date: string; title: string; description: string }[];
  /** Newest day first; within a day, projects by the name lists show. */
  byChecked: { iso: string; date: string; heading: string; projects: { project: Project; translatedTitle?: string | undefined }[] }[];
}

export async function getChangesView(lang: string): Promise<ChangesView> {
  const l = useLocalization(lang);
  const projects = (await getProjects()).map((item) => item.project);
  const titles = await getTranslatedTitles(lang);
  const name = (p: Project) => projectName(p, titles.get(p.id));
  return {
    entries: changelog.map((entry) => ({ iso: entry.date, date: l.date(toPrecisionDate(entry.date)), title: l.text(entry.title), description: l.text(entry.description) })),
    byChecked: [...Map.groupBy(projects, (p) => formatIsoPrecisionDate(p.checked))]
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
      .map(([iso, group]) => ({
        iso,
        date: l.date(group[0]!.checked),
        heading: l.t("count.projects", { count: group.length }),
        projects: group.sort((a, b) => l.format.compareText(name(a), name(b))).map((p) => ({ project: p, translatedTitle: titles.get(p.id) })),
      })),
  };
}
