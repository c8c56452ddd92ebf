/** What the methodology page renders beside its prose: how complete each field is, and every conflict between sources. */
import { completeness } from "../../lib/aggregate.ts";
import type { Project } from "../../lib/derive.ts";
import { completenessPct } from "../../lib/present/completeness.ts";
import { langMark } from "../../lib/present/lang.ts";
import { getProjects } from "../projects.ts";
import { getTranslatedFields, getTranslatedTitles } from "../titles.ts";
import { pageCount, pageSlice } from "../../lib/present/paging.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface MethodologyView {
  lead: string;
  fields: { field: string; label: string; count: number; ofTotal: string; share: string }[];
  conflictsLead: string;
  /** This page's records with conflicts (PAGE_SIZE at most, by id), each with its conflicts in the page's language where its translation has them, else in English (`conflictLang`). */
  conflicted: { project: Project; translatedTitle?: string | undefined; conflicts: string[]; conflictLang: string | undefined }[];
  /** Which page of the list of conflicts, of how many, and how many records it has in all. */
  page: { current: number; count: number; total: number };
}

/** /methodology/ (`page` 1), or a later page of its list of conflicts (/methodology/page/<n>/). */
export async function getMethodologyView(lang: string, page = 1): Promise<MethodologyView> {
  let whole = cache.get(lang);
  if (!whole) cache.set(lang, (whole = wholeView(lang)));
  const { conflicted, ...rest } = await whole;
  return { ...rest, page: { current: page, count: pageCount(conflicted.length), total: conflicted.length }, conflicted: pageSlice(conflicted, page) };
}

/** The view with every conflicted record, once per language (each page of the list cuts its own). */
const cache = new Map<string, Promise<Omit<MethodologyView, "page">>>();

async function wholeView(lang: string): Promise<Omit<MethodologyView, "page">> {
  const l = useLocalization(lang);
  const projects = (await getProjects()).map((item) => item.project);
  const titles = await getTranslatedTitles(lang);
  const translated = await getTranslatedFields(lang);
  const conflicted = projects.filter((p) => p.conflicts.length > 0).sort((a, b) => (a.id < b.id ? -1 : 1));
  const conflictCount = conflicted.reduce((n, p) => n + p.conflicts.length, 0);
  return {
    lead: l.t("methodology.completenessLead", { total: projects.length }),
    fields: completeness(projects).map((c) => {
      const v = c.values[0]!;
      return {
        field: v.key,
        label: l.t(`charts.field.${v.key}`),
        count: v.value,
        ofTotal: l.t("methodology.ofTotal", { count: l.count(v.value), total: l.count(c.total) }),
        share: l.percent(completenessPct(v.value, c.total)),
      };
    }),
    conflictsLead: l.t("methodology.conflictsLead", { conflicts: conflictCount, projects: l.t("count.projects", { count: conflicted.length }) }),
    conflicted: conflicted.map((p) => {
      const own = translated.get(p.id)?.conflicts;
      return { project: p, translatedTitle: titles.get(p.id), conflicts: own ?? p.conflicts, conflictLang: own ? undefined : langMark(lang) };
    }),
  };
}
